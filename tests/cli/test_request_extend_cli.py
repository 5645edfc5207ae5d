"""`compliance-desk extend`: the one extension with how the requester was told (the extension
letter says it); `import requests` takes the method as a column too. Exit codes per DESIGN."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import assert_plain_error, run
from tests.reports.reading import pages_text


def test_extend_records_how_the_requester_was_told_and_the_letter_says_it(tmp_path: Path) -> None:
    register = tmp_path / "r.cdesk"
    assert run("init", str(register), "--org-name", "Acme").returncode == 0
    requests = tmp_path / "requests.csv"
    requests.write_text("received_at,rights,requester_name\n2026-03-05T10:00+03:00,access,Huda Al-Harbi\n"
                        "2026-03-06T10:00+03:00,access,Sara Ali\n", encoding="utf-8")
    assert run("import", "requests", str(register), str(requests)).returncode == 0
    base = ("extend", str(register), "DSR-2026-0001", "--ground", "disproportionate_effort",
            "--reasons", "Records sit in three systems.", "--told-on", "2026-03-20")
    wrong = run(*base, "--told-by", "pigeon")  # not a method: bad usage
    assert wrong.returncode == 2 and "pigeon" in wrong.stderr and "Traceback" not in wrong.stderr
    assert_plain_error(run(*base[:-2], "--told-on", "2026-05-01", "--told-by", "email"), 2)  # after the due date
    result = run(*base, "--told-by", "phone")
    assert result.returncode == 0, result.stderr
    assert "DSR-2026-0001" in result.stdout and "2026-05-04" in result.stdout
    assert_plain_error(run(*base[:-2], "--told-on", "2026-03-21", "--told-by", "email"), 2)  # one extension only
    letter = tmp_path / "extension.pdf"
    assert run("letter", str(register), "DSR-2026-0001", "extension", "-o", str(letter), "--lang", "en").returncode == 0
    text = " ".join(" ".join(pages_text(letter)).split())
    assert "We told you of this extension by phone on 2026-03-20" in text


def test_import_requests_takes_the_extension_notice_method(tmp_path: Path) -> None:
    register = tmp_path / "r.cdesk"
    assert run("init", str(register), "--org-name", "Acme").returncode == 0
    requests = tmp_path / "requests.csv"
    requests.write_text("received_at,rights,requester_name,extension_reason,extension_details,extension_notice_on,"
                        "extension_notice_method,extension_days\n"
                        "2026-03-05T10:00+03:00,access,Huda Al-Harbi,many_requests,Many requests.,2026-03-20,"
                        "email,30\n", encoding="utf-8")
    result = run("import", "requests", str(register), str(requests))
    assert result.returncode == 0, result.stderr
    letter = tmp_path / "extension.pdf"
    assert run("letter", str(register), "DSR-2026-0001", "extension", "-o", str(letter), "--lang", "en").returncode == 0
    text = " ".join(" ".join(pages_text(letter)).split())
    assert "We told you of this extension by e-mail on 2026-03-20" in text and "DRAFT" not in text
