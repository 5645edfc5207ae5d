"""`compliance-desk server init|add-user` and `verify` on a server: exit codes and plain lines."""

from __future__ import annotations

import pytest

from compliance_desk.cli import main
from compliance_desk.storage import records
from compliance_desk.storage.migrations_pg import LATEST_PG
from tests import pg
from tests.cli.test_cli import assert_plain_error, run
from tests.conftest import PASSPHRASE


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, password: str,
        new_password: str | None = None) -> tuple[int, str, str]:
    monkeypatch.setenv("COMPLIANCE_DESK_PASSPHRASE", password)
    if new_password is not None:
        monkeypatch.setenv("COMPLIANCE_DESK_NEW_PASSPHRASE", new_password)
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's refusal of bad usage
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_verify_on_both_engines(any_register, engine: str, capsys, monkeypatch) -> None:
    for n in range(3):
        records.create(any_register, "activity", {"name_en": f"Activity {n}", "name_ar": "نشاط", "status": "active"})
    target, password = ((str(any_register.path), PASSPHRASE) if engine == "sqlcipher"
                        else (any_register.target, "user secret"))
    code, out, err = cli(capsys, monkeypatch, "verify", target, password=password)
    assert (code, err) == (0, "")
    assert any_register.seal() in out and f"{any_register.audit_count()} audit entries" in out
    code, _out, err = cli(capsys, monkeypatch, "verify", target, password="not it")
    assert code == 3 and len(err.strip().splitlines()) == 1


def test_server_init_add_user_and_verify(pg_cluster, capsys, monkeypatch) -> None:
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE cli_register")
    url = pg_cluster.url("cli_register")
    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", "the owner's register passphrase")
    code, out, err = cli(capsys, monkeypatch, "server", "init", url, password=pg.SUPERUSER_PASSWORD)
    assert (code, err) == (0, "")
    assert f"is ready (schema {LATEST_PG}; roles officer, auditor, admin)" in out
    assert cli(capsys, monkeypatch, "server", "init", url, password=pg.SUPERUSER_PASSWORD)[0] == 0  # again: nothing new

    code, out, err = cli(capsys, monkeypatch, "server", "add-user", url, "noura", "--role", "auditor",
                         password=pg.SUPERUSER_PASSWORD, new_password="noura's own secret")
    assert (code, err) == (0, "")
    assert "noura can now log in" in out and "as auditor" in out
    noura = url.replace(f"{pg.SUPERUSER}@", "noura@")
    code, out, err = cli(capsys, monkeypatch, "verify", noura, password="noura's own secret")
    assert (code, err) == (0, "")
    assert "3 audit entries" in out  # "create", "register_key_made", "user_added" (the second init: nothing)

    with pg.admin(pg_cluster, "cli_register") as superuser:
        superuser.execute("SET session_replication_role = replica")
        superuser.execute("UPDATE audit SET ts = '2000-01-01T00:00:00Z' WHERE seq = 2")
    code, out, err = cli(capsys, monkeypatch, "verify", noura, password="noura's own secret")
    assert code == 1
    assert "audit entry 2" in err

    code, _out, err = cli(capsys, monkeypatch, "server", "add-user", url, "x", "--role", "janitor",
                          password=pg.SUPERUSER_PASSWORD, new_password="whatever it is")
    assert code == 2
    code, _out, err = cli(capsys, monkeypatch, "server", "add-user", url, "bad name;", "--role", "officer",
                          password=pg.SUPERUSER_PASSWORD, new_password="whatever it is")
    assert code == 2 and "cannot be a user name" in err


def test_wrong_password_server_down_and_not_a_url_are_plain(pg_cluster, tmp_path) -> None:
    url = pg_cluster.url("postgres")
    result = run("server", "init", url, passphrase="wrong")
    assert_plain_error(result, 3)
    assert "Wrong user name or password" in result.stderr
    result = run("verify", f"postgresql://someone@/register?host={tmp_path}", passphrase="x", env={
        "COMPLIANCE_DESK_LANG": "ar"})
    assert_plain_error(result, 1)
    assert "تعذّر الوصول إلى الخادم" in result.stderr
    result = run("server", "init", str(tmp_path / "file.cdesk"), passphrase="x")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run("init", url, "--org-name", "Acme", passphrase="x")
    assert result.returncode == 2 and "server init" in result.stderr and "Traceback" not in result.stderr


def test_server_import_prints_the_same_seal(pg_cluster, demo_path, capsys, monkeypatch) -> None:
    from compliance_desk.storage.register import Register

    with Register.open(demo_path, PASSPHRASE, read_only=True) as original:
        seal = original.seal()
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE cli_import")
    url = pg_cluster.url("cli_import")
    monkeypatch.setenv("COMPLIANCE_DESK_FILE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", "the importer's register passphrase")
    code, out, err = cli(capsys, monkeypatch, "server", "import", url, str(demo_path), password=pg.SUPERUSER_PASSWORD)
    assert (code, err) == (0, "")
    assert f"the seal is the same: {seal}" in out
    assert "sensitive values were sealed at rest; the file's seal stays in the chain, the seal is now" in out
    head = out.rsplit("the seal is now ", 1)[1].split(".")[0]
    code, out, err = cli(capsys, monkeypatch, "verify", url, password=pg.SUPERUSER_PASSWORD)
    assert code == 0 and head in out
    code, out, err = cli(capsys, monkeypatch, "verify", url, "--seal", seal[:16], password=pg.SUPERUSER_PASSWORD)
    # the seal printed from the file is an entry of the server's chain; what followed is the sealing at rest
    assert (code, err) == (1, ""), out
    assert "Customer: sealed_at_rest × " in out and "Changes to records that followed" in out
    assert "Activity" not in out.split("followed", 1)[1]  # nothing else changed
    code, out, err = cli(capsys, monkeypatch, "verify", url, "--seal", "ab" * 8, password=pg.SUPERUSER_PASSWORD)
    assert code == 2  # not a seal of this register
    code, out, err = cli(capsys, monkeypatch, "server", "import", url, str(demo_path), password=pg.SUPERUSER_PASSWORD)
    assert code == 1 and "already holds a register" in err
    snapshot = demo_path.with_name("snapshot.cdesk")
    code, out, err = cli(capsys, monkeypatch, "server", "snapshot", url, str(snapshot), password=pg.SUPERUSER_PASSWORD)
    assert (code, err) == (0, "") and f"seal {head}" in out  # the reports wrote nothing since
    code, out, err = cli(capsys, monkeypatch, "verify", str(snapshot), password=PASSPHRASE)
    assert code == 0 and head in out


def test_a_report_from_the_server_is_the_report_from_the_file(pg_cluster, demo_path, tmp_path, capsys,
                                                               monkeypatch) -> None:
    """The reports do not know the engine: the same workbook's sheets from the file and from its copy."""
    from compliance_desk.storage.pg import transfer

    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE cli_report")
    url = pg_cluster.url("cli_report")
    transfer.import_file(url, pg.SUPERUSER_PASSWORD, demo_path, PASSPHRASE)
    outputs = {}
    for name, target, password in (("file", str(demo_path), PASSPHRASE), ("server", url, pg.SUPERUSER_PASSWORD)):
        outputs[name] = tmp_path / f"{name}.xlsx"
        code, _out, err = cli(capsys, monkeypatch, "report", "workbook", target, "-o", str(outputs[name]),
                              "--lang", "ar", password=password)
        assert (code, err) == (0, "")
    for command in (["breaches", "--format", "json"], ["lists"], ["seals"]):  # the same answers from both
        answers = []
        for target, password in ((str(demo_path), PASSPHRASE), (url, pg.SUPERUSER_PASSWORD)):
            code, out, err = cli(capsys, monkeypatch, command[0], target, *command[1:], password=password)
            answers.append((code, err, out.replace(target, "REGISTER") if command[0] != "seals" else out.count("\n")))
        assert answers[0] == answers[1], command
    on_file, on_server = sheets(outputs["file"]), sheets(outputs["server"])
    assert list(on_file) == list(on_server)
    for sheet in list(on_file)[1:]:  # the summary (first) names the register and its export's seal
        assert on_server[sheet] == on_file[sheet], sheet
    assert sum(len(rows) for rows in on_file.values()) > 500  # the demo's registers, row for row


def sheets(path) -> dict[str, list[tuple]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in book}
    finally:
        book.close()


def test_an_auditors_write_through_the_cli_is_refused_in_one_line(pg_cluster, pg_url, capsys, monkeypatch) -> None:
    from pathlib import Path

    auditor = pg.add_user(pg_cluster, pg_url, "khalid", "auditor")
    un_list = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "un_small.xml"
    for lang, expected in (("en", "khalid may read this register but not change it"), ("ar", "رفض الخادم")):
        code, out, err = cli(capsys, monkeypatch, "--lang", lang, "lists", "import", auditor, str(un_list),
                             "--kind", "un", password="user secret")
        assert code == 1 and expected in err and len(err.strip().splitlines()) == 1, err
    code, out, err = cli(capsys, monkeypatch, "lists", auditor, password="user secret")
    assert code == 0  # reading is the auditor's


def test_what_only_a_file_does_is_refused_plainly_on_a_server(officer_url, capsys, monkeypatch, tmp_path) -> None:
    code, _out, err = cli(capsys, monkeypatch, "backup", officer_url, str(tmp_path / "copy.cdesk"),
                          password="user secret")
    assert code == 2 and "server snapshot" in err and len(err.strip().splitlines()) == 1, err


def test_a_report_as_of_a_seal_on_a_server(officer_url, capsys, monkeypatch, tmp_path) -> None:
    from compliance_desk.storage.register import Register

    with Register.open(officer_url, "user secret") as register:
        seal = register.seal()
    code, _out, err = cli(capsys, monkeypatch, "report", "ropa", officer_url, "-o", str(tmp_path / "r.pdf"),
                          "--as-of", seal[:12], password="user secret")
    assert code == 0, err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    code, _out, err = cli(capsys, monkeypatch, "report", "ropa", officer_url, "-o", str(tmp_path / "x.pdf"),
                          "--as-of", "ab" * 8, password="user secret")
    assert code == 2 and len(err.strip().splitlines()) == 1 and not (tmp_path / "x.pdf").exists(), err


@pytest.fixture
def officer_url(pg_cluster, pg_url) -> str:
    return pg.add_user(pg_cluster, pg_url, "layla", "officer")


def test_register_passphrases_on_the_command_line(pg_cluster, capsys, monkeypatch, tmp_path) -> None:
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE cli_keyed")
    url = pg_cluster.url("cli_keyed")
    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", "the owner's register passphrase")
    assert cli(capsys, monkeypatch, "server", "init", url, password=pg.SUPERUSER_PASSWORD)[0] == 0
    monkeypatch.setenv("COMPLIANCE_DESK_NEW_REGISTER_PASSPHRASE", "sara's register passphrase")
    code, _out, err = cli(capsys, monkeypatch, "server", "add-user", url, "sara", "--role", "officer",
                          password=pg.SUPERUSER_PASSWORD, new_password="sara's own secret")
    assert (code, err) == (0, "")
    monkeypatch.delenv("COMPLIANCE_DESK_NEW_REGISTER_PASSPHRASE")
    sara = url.replace(f"{pg.SUPERUSER}@", "sara@")

    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", "not sara's")
    code, _out, err = cli(capsys, monkeypatch, "verify", sara, password="sara's own secret")
    assert code == 3 and err.strip() == "Wrong register passphrase for sara: the register key did not open."
    code, _out, err = cli(capsys, monkeypatch, "--lang", "ar", "verify", sara, password="sara's own secret")
    assert code == 3 and len(err.strip().splitlines()) == 1 and "مفتاح السجل" in err

    monkeypatch.delenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE")  # no key: verify works, a snapshot is refused
    assert cli(capsys, monkeypatch, "verify", sara, password="sara's own secret")[0] == 0
    monkeypatch.setenv("COMPLIANCE_DESK_FILE_PASSPHRASE", "a long snapshot passphrase 2026")
    code, _out, err = cli(capsys, monkeypatch, "server", "snapshot", sara, str(tmp_path / "s.cdesk"),
                          password="sara's own secret")
    assert code == 3 and "register key" in err and len(err.strip().splitlines()) == 1
    (tmp_path / "rp").write_text("sara's register passphrase\n")
    code, out, err = cli(capsys, monkeypatch, "server", "snapshot", sara, str(tmp_path / "s.cdesk"),
                         "--register-passphrase-file", str(tmp_path / "rp"), password="sara's own secret")
    assert (code, err) == (0, "") and (tmp_path / "s.cdesk").exists()


def test_server_init_without_a_register_passphrase_says_how_to_give_one(pg_cluster, capsys, monkeypatch) -> None:
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE cli_no_key")
    monkeypatch.delenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", raising=False)
    code, _out, err = cli(capsys, monkeypatch, "server", "init", pg_cluster.url("cli_no_key"),
                          password=pg.SUPERUSER_PASSWORD)
    assert code == 2 and err.strip().startswith("No register passphrase given: set COMPLIANCE_DESK_REGISTER_PASSPHRASE")
    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", "short")
    code, _out, err = cli(capsys, monkeypatch, "server", "init", pg_cluster.url("cli_no_key"),
                          password=pg.SUPERUSER_PASSWORD)
    assert code == 2 and len(err.strip().splitlines()) == 1  # as weak a passphrase is refused for a file


def test_a_server_register_newer_than_the_app_is_refused_in_one_line(pg_cluster, pg_url, capsys, monkeypatch) -> None:
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
        owner.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')")
    for lang, expected in (("en", "was made by a newer version of Compliance Desk; update this app to open it"),
                           ("ar", "بإصدار أحدث من مكتب الامتثال؛ حدّث هذا التطبيق لفتحه")):
        code, out, err = cli(capsys, monkeypatch, "--lang", lang, "verify", pg_url, password=pg.SUPERUSER_PASSWORD)
        assert code == 1 and expected in err and len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err and pg.SUPERUSER_PASSWORD not in err
