"""The CLI contract: commands, exit codes, one-line errors, passphrases never on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, passphrase: str | None = PASSPHRASE, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("COMPLIANCE_DESK_PASS")}
    environment["COMPLIANCE_DESK_LANG"] = "en"
    if passphrase is not None:
        environment["COMPLIANCE_DESK_PASSPHRASE"] = passphrase
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "compliance_desk", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, input=stdin if stdin is not None else "",
                          timeout=120)


def assert_plain_error(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "sqlcipher" not in result.stderr.lower() and "ERROR CORE" not in result.stderr


def test_init_verify_backup_restore_rekey(tmp_path: Path) -> None:
    register = tmp_path / "org.cdesk"
    result = run("init", str(register), "--org-name", "متجر النخبة")
    assert result.returncode == 0, result.stderr
    assert run("verify", str(register)).returncode == 0

    backup = tmp_path / "backup.cdesk"
    result = run("backup", str(register), str(backup))
    assert result.returncode == 0, result.stderr
    restored = tmp_path / "restored.cdesk"
    assert run("restore", str(backup), str(restored)).returncode == 0
    assert_plain_error(run("restore", str(backup), str(restored)), 2)  # refuses without --force
    assert run("restore", str(backup), str(restored), "--force").returncode == 0

    result = run("rekey", str(register), env={"COMPLIANCE_DESK_NEW_PASSPHRASE": "another long passphrase"})
    assert result.returncode == 0, result.stderr
    assert_plain_error(run("verify", str(register)), 3)
    assert run("verify", str(register), passphrase="another long passphrase").returncode == 0

    with Register.open(restored, PASSPHRASE, read_only=True) as reg:
        from compliance_desk.storage import records

        assert records.organisation(reg)["legal_name_ar"] == "متجر النخبة"


def test_verify_prints_entries_and_seal(demo_path: Path) -> None:
    result = run("verify", str(demo_path))
    assert result.returncode == 0
    with Register.open(demo_path, PASSPHRASE, read_only=True) as register:
        seal, count = register.seal(), register.audit_count()
    assert f"{count} audit entries" in result.stdout
    assert seal in result.stdout


def test_wrong_passphrase_is_exit_3_with_one_plain_line(demo_path: Path) -> None:
    result = run("verify", str(demo_path), passphrase="wrong passphrase")
    assert_plain_error(result, 3)
    assert "Wrong passphrase" in result.stderr


def test_wrong_passphrase_in_arabic(demo_path: Path) -> None:
    result = run("--lang", "ar", "verify", str(demo_path), passphrase="wrong passphrase")
    assert_plain_error(result, 3)
    assert "عبارة المرور غير صحيحة" in result.stderr


def test_damaged_file_is_exit_1_and_names_the_page(demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    page = len(data) // 4096 // 2
    data[4096 * (page - 1) + 64] ^= 0x55
    demo_path.write_bytes(bytes(data))
    result = run("verify", str(demo_path))
    assert result.returncode == 1
    assert f"[{page}]" in result.stderr
    assert "Traceback" not in result.stderr


def test_truncated_file_is_damaged_not_wrong_passphrase(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[:-777])
    result = run("verify", str(demo_path))
    assert_plain_error(result, 1)
    assert "damaged" in result.stderr


def test_tampered_register_fails_verify_with_exit_1(demo_path: Path) -> None:
    with Register.open(demo_path, PASSPHRASE) as register:
        register.conn.execute("UPDATE customers SET full_name_en = 'Someone Else' WHERE id = 7")
    result = run("verify", str(demo_path))
    assert result.returncode == 1
    assert "customer CUS-00007" in result.stderr


def test_passphrase_file(tmp_path: Path, demo_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run("verify", str(demo_path), "--passphrase-file", str(secret), passphrase=None).returncode == 0


def test_passphrase_is_never_a_command_line_argument(demo_path: Path) -> None:
    result = run("verify", str(demo_path), "--passphrase", PASSPHRASE, passphrase=None)
    assert result.returncode == 2


def test_no_passphrase_and_no_terminal_is_bad_usage(demo_path: Path) -> None:
    assert_plain_error(run("verify", str(demo_path), passphrase=None), 2)


def test_short_passphrase_for_a_new_register_is_refused(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "x.cdesk"), "--org-name", "X", passphrase="short")
    assert_plain_error(result, 2)
    assert not (tmp_path / "x.cdesk").exists()


def test_guessable_passphrase_for_a_new_register_or_a_rekey_is_refused(tmp_path: Path,
                                                                      demo_path: Path) -> None:
    result = run("init", str(tmp_path / "x.cdesk"), "--org-name", "X", passphrase="password12")
    assert_plain_error(result, 2)
    assert "easy to guess" in result.stderr and "common password" in result.stderr
    assert not (tmp_path / "x.cdesk").exists()
    result = run("init", str(tmp_path / "x.cdesk"), "--org-name", "Nakheel Jewels",
                 passphrase="NakheelJewels")
    assert_plain_error(result, 2)
    assert "organisation's or the officer's name" in result.stderr
    result = run("rekey", str(demo_path), env={"COMPLIANCE_DESK_NEW_PASSPHRASE": "qwertyuiop123"})
    assert_plain_error(result, 2)
    assert run("verify", str(demo_path)).returncode == 0  # the old passphrase still opens it


def test_init_without_a_name_and_no_terminal(tmp_path: Path) -> None:
    assert_plain_error(run("init", str(tmp_path / "x.cdesk")), 2)


def test_missing_register_is_bad_input(tmp_path: Path) -> None:
    assert_plain_error(run("verify", str(tmp_path / "none.cdesk")), 2)


def test_not_a_register(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert_plain_error(run("verify", str(plain)), 3)


def test_unknown_command_is_bad_usage() -> None:
    assert run("frobnicate", "x", "y").returncode == 2


@pytest.mark.slow
def test_demo_builds_the_documented_organisation(tmp_path: Path) -> None:
    register = tmp_path / "demo.cdesk"
    result = run("demo", str(register))
    assert result.returncode == 0, result.stderr
    with Register.open(register, PASSPHRASE, read_only=True) as reg:
        counts = {t: reg.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("activities", "disclosures", "customers", "documents", "checks", "recipients")}
        months = reg.conn.execute(
            "SELECT count(DISTINCT substr(received_date, 1, 7)) FROM disclosures").fetchone()[0]
        failed = reg.conn.execute("SELECT count(*) FROM checks WHERE result != 'verified'").fetchone()[0]
    assert counts["activities"] >= 12
    assert counts["disclosures"] >= 40 and months >= 12
    assert counts["customers"] == 300
    assert counts["documents"] >= 500 and counts["checks"] >= 500
    assert failed > 0


def test_unexpected_error_is_logged_not_shown(tmp_path: Path, demo_path: Path) -> None:
    # A directory where the backup file should go makes os.open fail in an unplanned way.
    logs = tmp_path / "logs"
    result = run("backup", str(demo_path), str(tmp_path), env={"COMPLIANCE_DESK_LOG_DIR": str(logs)})
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_import_disclosures_reports_bad_rows_and_writes_nothing(demo_path: Path, tmp_path: Path) -> None:
    import csv

    path = tmp_path / "log.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["received_date", "requester_type", "requester_name", "request_type", "decision"])
        writer.writerow(["2026-01-03", "court", "Court A", "court_order", "pending"])
        writer.writerow(["2026-01-04", "court", "Court B", "court_order", "maybe"])
    with Register.open(demo_path, PASSPHRASE, read_only=True) as reg:
        before = reg.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0]
    result = run("import", "disclosures", str(demo_path), str(path))
    assert result.returncode == 2  # invalid rows are bad input (the CLI contract), not a failed action
    assert "row 3, decision" in result.stderr and "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("import", "disclosures", str(demo_path), str(path), "--only-valid")
    assert result.returncode == 0, result.stderr
    assert "Imported 1 row(s)" in result.stdout
    with Register.open(demo_path, PASSPHRASE, read_only=True) as reg:
        assert reg.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0] == before + 1
        assert reg.verify().ok


def test_policy_check_json_and_pdf(demo_path: Path, tmp_path: Path) -> None:
    import json

    policy_file = tmp_path / "broker.txt"  # a short policy written for this test
    policy_file.write_text("سياسة الخصوصية\nنجمع الاسم الكامل وتاريخ الميلاد ورقم الهاتف لفتح الحساب.\n"
                           "نفصح عن المعلومات تنفيذًا لأوامر المحكمة.\n", encoding="utf-8")
    result = run("policy-check", str(demo_path), str(policy_file), "--format", "json")
    assert result.returncode == 1, result.stderr  # the demo register and this policy differ
    data = json.loads(result.stdout)
    assert {"findings", "gaps"} == set(data)
    assert {"kind": "recipient", "code": "court"}.items() <= next(
        f for f in data["findings"] if f["code"] == "court").items()
    assert any(g["direction"] == "missing" and g["kind"] == "retention" for g in data["gaps"])
    out = tmp_path / "check.pdf"
    result = run("--lang", "ar", "policy-check", str(demo_path), str(policy_file), "--format", "pdf", "-o", str(out))
    assert result.returncode == 1 and out.read_bytes().startswith(b"%PDF")
    assert_plain_error(run("policy-check", str(demo_path), str(tmp_path / "none.txt")), 2)


def test_notice_in_each_format_and_language_and_the_loop_closes(demo_path: Path, tmp_path: Path) -> None:
    import json

    import lxml.html

    html_file = tmp_path / "notice.html"
    result = run("notice", str(demo_path), "-o", str(html_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Privacy notice written to {html_file}."
    root = lxml.html.fromstring(html_file.read_bytes())
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")  # the register's report language
    assert "channel for rights requests" in result.stderr and "Traceback" not in result.stderr
    # the notice says what the register records: the check finds only what the demo leaves to complete
    # (texts marked on the page) and its placeholder contacts (dpo@alwaha.example, +966112345678)
    checked = run("policy-check", str(demo_path), str(html_file), "--format", "json")
    assert checked.returncode == 1, checked.stdout[-2000:]
    gaps = json.loads(checked.stdout)["gaps"]
    assert {(g["kind"], g["code"]) for g in gaps} == {("contact", "placeholder"), ("template", "placeholder")}
    assert sorted(g["message"].split("«")[1].rstrip("».") for g in gaps if g["kind"] == "contact") == [
        "+966112345678", "dpo@alwaha.example"]
    result = run("--lang", "en", "notice", str(demo_path), "-o", str(tmp_path / "notice.md"))
    # the demo's notice has gaps and placeholder contacts: a marked draft
    assert result.returncode == 0 and (tmp_path / "notice.md").read_text().startswith("# DRAFT — Privacy notice — ")
    assert "**DRAFT — do not publish: still to be completed: " in (tmp_path / "notice.md").read_text()
    checked = run("policy-check", str(demo_path), str(tmp_path / "notice.md"), "--format", "json")
    assert {(g["kind"], g["code"]) for g in json.loads(checked.stdout)["gaps"]} == {
        ("contact", "placeholder"), ("template", "placeholder")}
    result = run("notice", str(demo_path), "-o", str(tmp_path / "notice.out"), "--format", "pdf", "--lang", "en")
    assert result.returncode == 0 and (tmp_path / "notice.out").read_bytes().startswith(b"%PDF")
    assert_plain_error(run("notice", str(demo_path), "-o", str(tmp_path / "nowhere" / "n.pdf")), 2)
    assert_plain_error(run("notice", str(demo_path), "-o", str(tmp_path / "n.pdf"), passphrase="wrong passphrase"), 3)
    assert run("notice", str(demo_path)).returncode == 2  # -o is required


def test_version_names_the_engines() -> None:
    result = run("--version", passphrase=None)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("compliance-desk ")
    assert any(line.startswith("SQLCipher: 4.") for line in lines)
    assert any(line.startswith("Qt: 6.") for line in lines)


def test_import_reads_utf16_and_hijri_and_refuses_a_hostile_file_plainly(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt.csv"  # Excel's "Unicode text": UTF-16 with its mark, tab-delimited
    path.write_text("client_ref\tfull_name\tfull_name_en\tdate_of_birth\n"
                    "BO-7001\tهند\tNUÑEZ Hind\t1410-03-01 هـ\n", encoding="utf-16")
    result = run("import", "customers", str(demo_path), str(path))
    assert result.returncode == 0, result.stderr
    with Register.open(demo_path, PASSPHRASE, read_only=True) as reg:
        assert reg.conn.execute("SELECT full_name_en, date_of_birth FROM customers WHERE client_ref = 'BO-7001'"
                                ).fetchone() == ("NUÑEZ Hind", "1989-09-30")
    huge = tmp_path / "huge.csv"
    huge.write_text("client_ref,full_name_en\nBO-1," + "A" * 50_000_000 + "\n", encoding="utf-8")
    result = run("import", "customers", str(demo_path), str(huge))
    assert_plain_error(result, 2)
    assert "more than 131,072 characters" in result.stderr
