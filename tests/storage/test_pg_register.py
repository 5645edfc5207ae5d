"""The register on a PostgreSQL server: roles, the append-only chained audit, concurrent writers,
and what goes wrong (a real throwaway cluster, tests/pg.py)."""

from __future__ import annotations

import json
import threading

import psycopg
import pytest

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.storage.errors import RegisterTooNew
from compliance_desk.storage.migrations import LATEST, MIGRATIONS
from compliance_desk.storage.migrations_pg import LATEST_PG, MIGRATIONS_PG
from compliance_desk.storage.pg.errors import (
    NeedsUpgrade,
    NotInitialised,
    ServerUnavailable,
    ServerWrongPassword,
    WriteRefused,
)
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.register import Register
from tests import pg


@pytest.fixture
def officer(pg_cluster, pg_url):
    register = pg.officer_register(pg_cluster, pg_url, "layla")
    yield register
    register.close()


def _activities(register: Register, count: int, name: str = "Activity") -> list[int]:
    return [records.create(register, "activity", {"name_en": f"{name} {n}", "status": "active"})
            for n in range(count)]


def test_the_actor_is_the_database_user_and_the_chain_verifies(officer: PgRegister) -> None:
    _activities(officer, 3)
    records.update(officer, "activity", 2, {"status": "retired"})
    verdict = officer.verify()
    assert verdict.ok, verdict.problems
    actors = dict(officer.conn.execute("SELECT action, actor FROM audit WHERE entity = 'activity'"
                                       " GROUP BY action, actor").fetchall())
    assert actors == {"insert": "layla", "update": "layla"}
    assert verdict.seal == officer.seal() and verdict.entries == officer.audit_count()
    user_added = officer.conn.execute("SELECT actor, changes FROM audit WHERE action = 'user_added'").fetchone()
    assert (user_added[0], json.loads(user_added[1])) == (pg.SUPERUSER, {"role": "officer", "user": "layla"})


def test_the_schema_matches_the_files_table_for_table_and_column_for_column(officer: PgRegister, register) -> None:
    def columns(conn) -> dict[str, list[str]]:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables
                if not t.startswith("sqlite_") and "_fts_" not in t}

    on_file, on_server = columns(register.conn), columns(officer.conn)
    assert on_server.pop("register_keys") == ["username", "kdf", "salt", "wrapped", "created_at", "created_by",
                                              "scheme", "public_key", "private_key"]
    assert on_server.pop("register_key_ring") == ["generation", "sealed", "retired_at", "retired_by"]
    assert sorted(on_server) == sorted(on_file)  # the register key's tables are the server's only
    for table, names in on_file.items():
        expected = ["rowid", "body"] if table.endswith("_fts") else names  # FTS5's body; rowid is implicit
        assert on_server[table] == expected, table
    # every file migration since the server's first has its twin; 0016 (the register key's) is the server's only
    on_file_numbers = {m.version for m in MIGRATIONS if m.version >= 10}
    assert on_file_numbers <= {m.version for m in MIGRATIONS_PG} and LATEST == MIGRATIONS[-1].version
    assert {m.version for m in MIGRATIONS_PG} - on_file_numbers <= {16} and LATEST_PG >= LATEST


def test_an_auditor_reads_but_the_database_refuses_its_writes(pg_cluster, pg_url, officer: PgRegister) -> None:
    _activities(officer, 1)
    url = pg.add_user(pg_cluster, pg_url, "khalid", "auditor")
    with Register.open(url, "user secret") as auditor:
        assert auditor.verify().ok
        assert records.get(auditor, ACTIVITY, 1)["name_en"] == "Activity 0"
        with pytest.raises(WriteRefused) as refused:
            records.update(auditor, "activity", 1, {"status": "retired"})
        # written nowhere: the transaction was rolled back, the chain is as it was
        assert auditor.conn.in_transaction is False
        assert refused.value.exit_code == 1
        assert refused.value.text("en") == ("The server refused the change: khalid may read this register but "
                                            "not change it (ask an administrator for the officer role).")
        assert "khalid" in refused.value.text("ar") and "رفض الخادم" in refused.value.text("ar")
        with pytest.raises(WriteRefused):  # nor around the app
            auditor.conn.execute("INSERT INTO audit (seq, ts, actor, action, changes, prev_hash, hash)"
                                 " VALUES (99, 'x', 'x', 'x', '{}', 'x', 'x')")
    assert records.get(officer, ACTIVITY, 1)["status"] == "active"


def test_update_and_delete_of_audit_entries_are_revoked_and_refused_by_the_trigger(
        pg_cluster, pg_url, officer: PgRegister) -> None:
    _activities(officer, 2)
    for statement in ("UPDATE audit SET actor = 'x' WHERE seq = 1", "DELETE FROM audit WHERE seq = 1"):
        with pytest.raises(WriteRefused):  # the officer: no privilege
            officer.conn.execute(statement)
    # the table's owner has every privilege on it: the trigger still refuses
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
        for statement in ("UPDATE audit SET actor = 'x' WHERE seq = 1", "DELETE FROM audit WHERE seq = 1",
                          "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                owner.execute(statement)
        privileges = owner.execute(
            "SELECT r, p, has_table_privilege(r, 'audit', p) FROM unnest(ARRAY['officer', 'auditor', 'admin']) r,"
            " unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) p").fetchall()
        assert [row for row in privileges if row[2]] == []
    assert officer.verify().ok


def test_an_entry_altered_by_a_superuser_is_named(pg_cluster, pg_url, officer: PgRegister) -> None:
    _activities(officer, 3)
    with pg.admin(pg_cluster, pg.database(pg_url)) as superuser:
        superuser.execute("SET session_replication_role = replica")  # what a superuser can do: no triggers
        superuser.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 4")
    problems = officer.verify().problems
    assert problems[0].kind == "chain"
    assert problems[0].where == "audit entry 4"
    assert "altered" in problems[0].detail


def test_a_row_edited_around_the_app_is_named(officer: PgRegister) -> None:
    ids = _activities(officer, 2)
    officer.conn.execute("UPDATE activities SET name_en = 'Quietly renamed' WHERE id = ?", (ids[1],))
    problems = officer.verify().problems
    assert [(p.kind, p.where) for p in problems] == [("row_changed", "activity PA-0002")]


def test_two_writers_at_once_never_fork_the_chain(pg_cluster, pg_url, officer: PgRegister) -> None:
    second = pg.add_user(pg_cluster, pg_url, "omar", "officer")
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def write(register: Register, name: str) -> None:
        try:
            start.wait()
            for n in range(25):
                records.create(register, "activity", {"name_en": f"{name} {n}", "status": "active"})
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    with Register.open(second, "user secret") as other:
        threads = [threading.Thread(target=write, args=(officer, "layla")),
                   threading.Thread(target=write, args=(other, "omar"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        verdict = other.verify()
    assert verdict.ok, verdict.problems
    rows = officer.conn.execute("SELECT actor, count(*) FROM audit WHERE action = 'insert' AND entity = 'activity'"
                                " GROUP BY actor ORDER BY actor").fetchall()
    assert rows == [("layla", 25), ("omar", 25)]
    links = officer.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
    assert links[0] == links[1] == verdict.entries  # every entry follows a different one: no fork


def test_the_head_read_with_the_lock_is_checked_again_by_the_entry_that_follows_it(officer: PgRegister) -> None:
    """The head read with the lock is used without reading it again; an entry written since by another
    way (audit.append straight on the connection, a savepoint rolled back) makes the register read the
    head again, and the entry then follows the real head: the chain never forks."""
    from compliance_desk.storage import audit

    [first, second] = _activities(officer, 2)
    with officer.atomic():
        audit.append(officer.conn, actor="layla", action="note", changes={"by": "another way"})
        records.update(officer, ACTIVITY, first, {"department": "Treasury"})
        with pytest.raises(RuntimeError), officer.atomic():
            records.update(officer, ACTIVITY, second, {"department": "Sales"})
            raise RuntimeError("undo this level")
        records.update(officer, ACTIVITY, second, {"department": "Legal"})
    verdict = officer.verify()
    assert verdict.ok, verdict.problems
    links = officer.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
    assert links[0] == links[1] == verdict.entries
    actions = [r[0] for r in officer.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 3")]
    assert actions == ["update", "update", "note"]
    assert records.get(officer, ACTIVITY, second)["department"] == "Legal"


def test_two_officers_one_record_the_stale_save_names_who_changed_it(pg_cluster, pg_url, officer) -> None:
    from compliance_desk.storage.errors import StaleRecord

    [activity] = _activities(officer, 1)
    opened_by_layla = records.version(officer, ACTIVITY, activity)
    with Register.open(pg.add_user(pg_cluster, pg_url, "omar", "officer"), "user secret") as omar:
        records.update(omar, ACTIVITY, activity, {"department": "Treasury"},
                       expected_version=records.version(omar, ACTIVITY, activity))
        changed_at = omar.conn.execute("SELECT ts FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0]
    with pytest.raises(StaleRecord) as stale:
        records.update(officer, ACTIVITY, activity, {"department": "Sales"}, expected_version=opened_by_layla)
    assert stale.value.text("en").startswith(f"PA-0001 was changed by omar at {changed_at} after you opened it")
    assert records.get(officer, ACTIVITY, activity)["department"] == "Treasury"
    assert officer.verify().ok


def test_a_schema_newer_than_the_app_is_refused(pg_cluster, pg_url) -> None:
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
        owner.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')")
    with pytest.raises(RegisterTooNew) as refused:
        Register.open(pg_url, pg.SUPERUSER_PASSWORD)
    assert refused.value.exit_code == 1
    assert "a newer version of Compliance Desk" in refused.value.text("en")
    assert "9999" not in refused.value.text("en")  # no schema numbers in the officer's line


def test_an_older_schema_asks_for_server_init(pg_cluster, pg_url) -> None:
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
        owner.execute("DELETE FROM schema_migrations")
        owner.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, 'old', 'x')")
    with pytest.raises(NeedsUpgrade, match="server init"):
        Register.open(pg_url, pg.SUPERUSER_PASSWORD)


def test_a_database_without_a_register_is_not_one(pg_cluster) -> None:
    with pytest.raises(NotInitialised) as refused:
        Register.open(pg_cluster.url("postgres"), pg.SUPERUSER_PASSWORD)
    assert refused.value.exit_code == 3


def test_wrong_password_and_server_down_are_one_plain_line(pg_cluster, pg_url, tmp_path) -> None:
    with pytest.raises(ServerWrongPassword) as wrong:
        Register.open(pg_url, "not the password")
    assert wrong.value.exit_code == 3
    assert "owner secret" not in wrong.value.text("en")
    assert wrong.value.text("ar").startswith("اسم المستخدم أو كلمة المرور غير صحيحة")
    nowhere = f"postgresql://someone@/register?host={tmp_path}"
    with pytest.raises(ServerUnavailable) as down:
        Register.open(nowhere, "x")
    assert down.value.exit_code == 1
    assert "\n" not in down.value.text("en") and "No such file or directory" in down.value.text("en")


def test_a_remote_server_is_reached_only_over_verified_tls() -> None:
    from compliance_desk.storage.pg.connection import connection_options, shown

    assert connection_options("postgresql://u@db.example.org/r")["sslmode"] == "verify-full"
    assert connection_options("postgresql://u@db.example.org/r?sslmode=disable")["sslmode"] == "verify-full"
    assert "sslmode" not in connection_options("postgresql://u@/r?host=/run/postgresql")
    assert connection_options("postgresql://u@localhost/r?sslmode=disable")["sslmode"] == "disable"
    assert shown("postgresql://u:secret@db.example.org/r") == "postgresql://u@db.example.org/r"


def test_a_file_is_imported_with_its_whole_chain_and_the_same_seal(pg_cluster, demo_path, tmp_path) -> None:
    import shutil

    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage.pg import transfer
    from compliance_desk.storage.search import search_ids
    from tests.conftest import PASSPHRASE

    with Register.open(demo_path, PASSPHRASE, read_only=True) as original:
        seal, entries = original.seal(), original.audit_count()
        arabic_name = original.conn.execute(
            "SELECT id, full_name_ar FROM customers WHERE full_name_ar IS NOT NULL ORDER BY id LIMIT 1").fetchone()
        on_file = search_ids(original, CUSTOMER, arabic_name[1].split()[0])
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE imported")
    url = pg_cluster.url("imported")
    result = transfer.import_file(url, pg.SUPERUSER_PASSWORD, demo_path, PASSPHRASE)
    assert (result.seal, result.entries) == (seal, entries)
    with pg.admin(pg_cluster, "imported") as conn:  # analysed: the planner knows the tables' sizes
        assert conn.execute("SELECT reltuples FROM pg_class WHERE oid = 'customers'::regclass").fetchone()[0] > 0
    reader = pg.add_user(pg_cluster, url, "auditor_of_import", "auditor")
    with Register.open(reader, "user secret") as copy:
        verdict = copy.verify()
        assert verdict.ok and verdict.entries == entries + 1  # + the user added, after the file's chain
        assert copy.conn.execute("SELECT hash FROM audit WHERE seq = ?", (entries,)).fetchone()[0] == seal
        assert search_ids(copy, CUSTOMER, arabic_name[1].split()[0]) == on_file
    with pytest.raises(transfer.ImportRefused, match="already holds a register"):
        transfer.import_file(url, pg.SUPERUSER_PASSWORD, demo_path, PASSPHRASE)

    # a file whose chain does not hold is not copied
    broken = tmp_path / "broken.cdesk"
    shutil.copyfile(demo_path, broken)
    with Register.open(broken, PASSPHRASE) as register:
        register.conn.execute("DROP TRIGGER audit_no_update")
        register.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 5")
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE imported_broken")
    with pytest.raises(transfer.ImportRefused, match="audit entry 5"):
        transfer.import_file(pg_cluster.url("imported_broken"), pg.SUPERUSER_PASSWORD, broken, PASSPHRASE)
    with pg.admin(pg_cluster, "imported_broken") as conn:
        assert conn.execute("SELECT to_regclass('audit')").fetchone()[0] is None  # nothing was made

    # a file at the latest number that misses an earlier migration (numbers land in any order) is
    # refused before anything is made: its rows would not match the server's columns
    behind = tmp_path / "behind.cdesk"
    shutil.copyfile(demo_path, behind)
    earlier = MIGRATIONS[-2].version
    with Register.open(behind, PASSPHRASE) as register:
        register.conn.execute("DELETE FROM schema_migrations WHERE version = ?", (earlier,))
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE imported_behind")
    with pytest.raises(transfer.ImportRefused, match=f"schema changes {earlier}") as refused:
        transfer.import_file(pg_cluster.url("imported_behind"), pg.SUPERUSER_PASSWORD, behind, PASSPHRASE,
                             register_passphrase=None)
    assert "\n" not in refused.value.text("ar") and str(earlier) in refused.value.text("ar")
    with pg.admin(pg_cluster, "imported_behind") as conn:
        assert conn.execute("SELECT to_regclass('audit')").fetchone()[0] is None


def test_a_server_killed_mid_transaction_keeps_what_was_committed_and_nothing_else(durable_server) -> None:
    """Its own cluster (this one is killed), with synchronous commits as a real server has them."""
    from compliance_desk.storage.pg.errors import ConnectionLost

    cluster, url = durable_server
    register = pg.officer_register(cluster, url, "layla")
    committed = _activities(register, 5)
    seal = register.seal()
    with pytest.raises(ConnectionLost) as lost:
        with register.atomic():
            records.create(register, "activity", {"name_en": "Half written", "status": "active"})
            records.update(register, "activity", committed[0], {"status": "retired"})
            cluster.stop()  # `pg_ctl stop -m immediate`: the server dies, no shutdown checkpoint
    register.close()
    assert "\n" not in lost.value.text("en") and lost.value.exit_code == 1
    assert "انقطع الاتصال بالخادم" in lost.value.text("ar")
    cluster.start()  # crash recovery replays the log
    with Register.open(pg.login(url, "layla"), pg.USER_PASSWORD) as again:
        names = [r[0] for r in again.conn.execute("SELECT name_en FROM activities ORDER BY id")]
        assert names == [f"Activity {n}" for n in range(5)]
        assert records.get(again, ACTIVITY, committed[0])["status"] == "active"
        verdict = again.verify()
        assert verdict.ok and verdict.seal == seal


def test_an_officer_is_told_of_what_another_commits_and_of_nothing_else(pg_cluster, pg_url, officer) -> None:
    from compliance_desk.storage.pg.live import Live

    live = Live(officer)
    try:
        _activities(officer, 1)  # its own change: not news to it
        assert live.changes() == []
        with Register.open(pg.add_user(pg_cluster, pg_url, "omar", "officer"), "user secret") as omar:
            with pytest.raises(RuntimeError):
                with omar.atomic():
                    records.create(omar, "activity", {"name_en": "Abandoned", "status": "active"})
                    raise RuntimeError("the officer cancelled")
            _activities(omar, 2, "Omar's")
            seal = omar.seal()
        found = live.changes(wait=10)
        while len(found) < 3:
            more = live.changes(wait=10)
            assert more, found
            found += more
        assert [(c.actor, c.seal) for c in found][-1] == ("omar", seal)
        # omar's login added (by the owner), then omar's two saves; the rolled back one told nobody
        assert [c.actor for c in found] == [pg.SUPERUSER, "omar", "omar"]
        assert found[-1].seq == officer.audit_count()
        assert live.changes() == []
    finally:
        live.close()


def test_a_snapshot_is_the_servers_state_in_a_file_that_opens_read_only(pg_cluster, pg_url, officer,
                                                                        tmp_path) -> None:
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage.errors import SnapshotReadOnly
    from compliance_desk.storage.pg import snapshot
    from compliance_desk.storage.search import search_ids
    from tests.conftest import PASSPHRASE

    _activities(officer, 3)
    customer = records.create(officer, "customer", {"client_ref": "77", "full_name_ar": "مؤسسة الأمل"})
    reader = pg.add_user(pg_cluster, pg_url, "khalid", "auditor")
    seal = officer.seal()
    out = tmp_path / "for-the-auditor.cdesk"
    result = snapshot.snapshot(reader, "user secret", out, PASSPHRASE)
    assert result.seal == seal and result.entries == officer.audit_count()
    with Register.open(out, PASSPHRASE, read_only=True) as copy:
        verdict = copy.verify()
        assert verdict.ok and verdict.seal == seal
        assert copy.count(ACTIVITY) == 3
        assert search_ids(copy, CUSTOMER, "موسسه") == [customer]
        assert copy.meta()["snapshot_of"] == officer.target.replace("layla@", "khalid@")
    with pytest.raises(SnapshotReadOnly):
        Register.open(out, PASSPHRASE)
    with pytest.raises(Exception, match="already exists|exists"):
        snapshot.snapshot(reader, "user secret", out, PASSPHRASE)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_tls_verified_against_the_organisations_ca_and_a_certificate_mismatch_refused() -> None:
    """A server of its own with TLS on a loopback port and a certificate signed by a test CA."""
    from compliance_desk.storage.pg.errors import CertificateRefused

    try:
        cluster = pg.start_cluster(tls_port=pg.free_port())
    except FileNotFoundError as error:
        pytest.skip(str(error))
    try:
        base = f"postgresql://{pg.SUPERUSER}@localhost:{cluster.port}/postgres?sslmode=verify-full"
        with pytest.raises(NotInitialised):  # connected (over verified TLS); the database holds no register
            Register.open(f"{base}&sslrootcert={cluster.folder / 'ca.pem'}", pg.SUPERUSER_PASSWORD)
        from compliance_desk.storage.pg.connection import connect

        conn = connect(f"{base}&sslrootcert={cluster.folder / 'ca.pem'}", pg.SUPERUSER_PASSWORD)
        try:
            assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0] is True
        finally:
            conn.close()
        with pytest.raises(CertificateRefused) as refused:
            Register.open(f"{base}&sslrootcert={cluster.folder / 'other-ca.pem'}", pg.SUPERUSER_PASSWORD)
        assert refused.value.exit_code == 3 and "\n" not in refused.value.text("en")
        assert "certificate" in refused.value.text("en") and "الشهادة" in refused.value.text("ar")
    finally:
        pg.remove_cluster(cluster)


def test_the_apps_connection_reads_its_catalogue_as_information_schema_shows_it_and_runs_no_parallel_query(
        officer: PgRegister, pg_cluster, pg_url) -> None:
    """Catalogue read from pg_catalog, as information_schema.columns shows it to each role; parallel
    query off on the app's own connection (an officer's interactive reads)."""
    auditor = Register.open(pg.add_user(pg_cluster, pg_url, "omar", "auditor"), "user secret", read_only=True)
    try:
        for register in (officer, auditor):
            raw = register.conn.raw
            ids = {r[0] for r in raw.execute(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND column_name = 'id'")}
            texts = {r[0] for r in raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " GROUP BY column_name HAVING bool_and(data_type = 'text')")}
            assert "customers" in ids and "full_name_ar" in texts and "id" not in texts
            assert (register.conn._id_tables, register.conn._text_columns) == (ids, texts)
            assert raw.execute("SHOW max_parallel_workers_per_gather").fetchone()[0] == "0"
        officer.reconnect()  # a new connection is set up the same way
        assert officer.conn.raw.execute("SHOW max_parallel_workers_per_gather").fetchone()[0] == "0"
    finally:
        auditor.close()
