"""The breach commands of the CLI: the list with its clocks, the notice and the letter, the import,
the period report; bad input gets one plain line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance_desk.storage import breaches
from compliance_desk.storage.register import Register
from tests.cli.test_cli import assert_plain_error, run


@pytest.fixture
def with_breach(register: Register, register_path: Path) -> Path:
    breaches.create(register, {"title": "Lost laptop", "aware_at": "2026-01-05 10:00", "category": "confidentiality",
                               "cause": "lost_device", "data_categories": ["contact"]})
    breaches.create(register, {"title": "Card list e-mailed out", "aware_at": "2026-01-06 10:00",
                               "category": "confidentiality", "cause": "misdirected_email",
                               "data_categories": ["payment_card"], "subjects_decision": "notify"})
    register.close()
    return register_path


@pytest.mark.slow
def test_list_notice_letter_report_and_import(with_breach: Path, tmp_path: Path) -> None:
    path = str(with_breach)
    listed = run("breaches", path, "--format", "json")
    assert listed.returncode == 1, listed.stderr  # the notice is overdue
    row = json.loads(listed.stdout)[0]
    assert (row["reference"], row["clock_stage"], row["deadline_utc"]) == ("BRC-2026-0001", "overdue",
                                                                          "2026-01-08T07:00Z")
    text = run("breach-notice", path, "brc-2026-0001", "-o", str(tmp_path / "n.txt"), "--lang", "en")
    assert text.returncode == 0, text.stderr
    assert "1. What happened" in (tmp_path / "n.txt").read_text(encoding="utf-8")
    # no letter to the subjects before the decision to notify them: one plain line, exit 2, no file
    refused = run("breach-letter", path, "BRC-2026-0001", "-o", str(tmp_path / "l0.pdf"), "--lang", "en")
    assert_plain_error(refused, 2)
    assert "decision to notify the data subjects is not recorded" in refused.stderr
    assert not (tmp_path / "l0.pdf").exists()
    letter = run("breach-letter", path, "BRC-2026-0002", "-o", str(tmp_path / "l.pdf"), "--lang", "ar")
    assert letter.returncode == 0 and (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
    report = run("report", "breaches", path, "-o", str(tmp_path / "b.pdf"))
    assert report.returncode == 0, report.stderr
    assert_plain_error(run("breach-notice", path, "BRC-2026-0099", "-o", str(tmp_path / "x.pdf")), 2)
    bad = tmp_path / "b.csv"
    bad.write_text("title,aware_at,category,cause,subject_count\nLeak,2026-02-01 10:00,confidentiality,attack,-4\n",
                   encoding="utf-8")
    result = run("import", "breaches", path, str(bad))
    assert result.returncode == 2 and "row 2, subject_count" in result.stderr
    good = tmp_path / "g.csv"
    good.write_text("title,aware_at,category,cause\nLeak,2026-02-01 10:00,confidentiality,attack\n", encoding="utf-8")
    assert run("import", "breaches", path, str(good)).returncode == 0
    assert run("verify", path).returncode == 0
