"""The requests commands: import requests, letters, a person's export, report requests and record:DSR."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_plain_error, run


def test_import_letter_export_and_reports(tmp_path: Path) -> None:
    register = tmp_path / "r.cdesk"
    assert run("init", str(register), "--org-name", "Acme").returncode == 0
    customers = tmp_path / "customers.csv"
    customers.write_text("client_ref,full_name_en,email\nC-1,Huda Al-Harbi,huda@example.com\n", encoding="utf-8")
    assert run("import", "customers", str(register), str(customers)).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("received_at,rights,client_ref\n2026-03-05T22:30Z,access,C-1\n2026-03-06,flying,\n",
                   encoding="utf-8")
    result = run("import", "requests", str(register), str(bad))
    assert result.returncode == 2 and "row 3" in result.stderr and "flying" in result.stderr
    good = tmp_path / "requests.csv"
    good.write_text("received_at,rights,client_ref,outcome,response_date,response_method\n"
                    "2026-03-05T22:30Z,access;erasure,C-1,refused,2026-03-20,email\n", encoding="utf-8")
    result = run("import", "requests", str(register), str(good))
    assert result.returncode == 0, result.stderr
    letter = tmp_path / "refusal.pdf"
    result = run("letter", str(register), "DSR-2026-0001", "refusal", "-o", str(letter), "--lang", "ar")
    assert result.returncode == 0 and letter.exists(), result.stderr
    assert_plain_error(run("letter", str(register), "DSR-2026-0001", "identity", "-o", str(tmp_path / "x.pdf")), 2)
    assert_plain_error(run("letter", str(register), "DSR-2026-0404", "answer", "-o", str(tmp_path / "x.pdf")), 2)
    result = run("person-export", str(register), "C-1", "-o", str(tmp_path / "huda"))
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "huda.json").read_text(encoding="utf-8"))
    assert data["tables"]["requests"][0]["reference"] == "DSR-2026-0001"
    assert_plain_error(run("person-export", str(register), "C-404", "-o", str(tmp_path / "nobody")), 2)
    for kind in ("requests", "record:DSR-2026-0001"):
        result = run("report", kind, str(register), "-o", str(tmp_path / f"{kind[:7]}.pdf"))
        assert result.returncode == 0, result.stderr
    assert run("verify", str(register)).returncode == 0
