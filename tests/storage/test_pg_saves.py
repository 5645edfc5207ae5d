"""A save on a server takes the writers' lock at its first write, not at BEGIN: what it read before is
checked under the lock, two officers never fork the chain nor deadlock (a real throwaway cluster,
tests/pg.py)."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import psycopg
import pytest

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.storage.errors import StaleRecord
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.pg.schema import WRITER_LOCK
from compliance_desk.storage.register import Register
from tests import pg


@pytest.fixture
def officer(pg_cluster, pg_url):
    register = pg.officer_register(pg_cluster, pg_url, "layla")
    yield register
    register.close()


@pytest.fixture
def omar(pg_cluster, pg_url, officer):
    register = Register.open(pg.add_user(pg_cluster, pg_url, "omar", "officer"), "user secret")
    # a save that waits for the writers' lock Layla holds (were it taken at her BEGIN) fails, not hangs
    register.conn.execute("SET lock_timeout = '5s'")
    yield register
    register.close()


def _activities(register: Register, count: int) -> list[int]:
    return [records.create(register, "activity", {"name_en": f"Activity {n}", "status": "active"})
            for n in range(count)]


def _last_entry(register: Register, row_id: int) -> tuple[str, dict[str, Any]]:
    actor, changes = register.conn.execute(
        "SELECT actor, changes FROM audit WHERE entity = 'activity' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
        (row_id,)).fetchone()
    return actor, json.loads(changes)


def _no_fork(register: Register) -> None:
    verdict = register.verify()
    assert verdict.ok, verdict.problems
    links = register.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
    assert links[0] == links[1] == verdict.entries


def _begin(messages: list[list[str]]) -> list[list[str]]:
    """Each statement's first words (as many as tell them apart)."""
    def words(text: str) -> str:
        for known in ("SELECT *, xmin::text AS cd_xmin FROM activities", "SELECT seq, hash FROM audit",
                      "UPDATE activities SET", "INSERT INTO audit", "INSERT INTO activities_fts", "SELECT pg_notify("):
            if text.startswith(known):
                return known
        return text
    return [[words(text) for text in message] for message in messages]


def test_a_save_is_three_messages_the_lock_sent_with_its_update(officer: PgRegister) -> None:
    """BEGIN and the row's read go first, without the lock; the lock, the head and the UPDATE as one
    message; the audit entry, the search index, the notice and COMMIT as one. Statements sent again
    are prepared once and executed by name after."""
    [activity] = _activities(officer, 2)[:1]
    trips: list[str] = []
    statements: list[list[str]] = []
    send, message = officer.conn.send, officer.conn._messages.message

    def counted(query, params, **options):
        trips.append(query)
        return send(query, params, **options)

    def listed(queued):
        statements.append([text for text, *_ in queued])
        return message(queued)

    officer.conn.send = counted  # type: ignore[method-assign]
    officer.conn._messages.message = listed  # type: ignore[method-assign]
    for n in range(3):
        records.update(officer, ACTIVITY, activity, {"department": f"Treasury {n}"})
        assert len(trips) == 3, trips
        assert _begin(statements) == [
            ["BEGIN", "SELECT *, xmin::text AS cd_xmin FROM activities"],
            [f"SELECT pg_advisory_xact_lock({WRITER_LOCK})", "SELECT seq, hash FROM audit", "UPDATE activities SET"],
            ["INSERT INTO audit", "INSERT INTO activities_fts", "SELECT pg_notify(", "COMMIT"]]
        if n == 2:
            assert trips[1].startswith("EXECUTE cd_") and "PREPARE" not in "".join(trips)
        trips.clear()
        statements.clear()
    _no_fork(officer)


def test_a_save_reads_while_another_writer_holds_the_lock(pg_cluster, pg_url, officer: PgRegister) -> None:
    """While another transaction holds the writers' lock, the save has read its row (its backend holds
    the table's read lock) and waits for the lock only at its UPDATE: the lock is not taken at BEGIN."""
    [activity] = _activities(officer, 1)
    pid = officer.conn.raw.info.backend_pid
    failures: list[BaseException] = []

    def save() -> None:
        try:
            records.update(officer, ACTIVITY, activity, {"department": "Treasury"})
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    with pg.admin(pg_cluster, pg.database(pg_url)) as holder, pg.admin(pg_cluster, pg.database(pg_url)) as watcher:
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
        thread = threading.Thread(target=save)
        thread.start()
        try:
            for _ in range(500):
                waiting = watcher.execute("SELECT count(*) FROM pg_locks WHERE pid = %s AND locktype = 'advisory'"
                                          " AND NOT granted", (pid,)).fetchone()[0]
                if waiting or not thread.is_alive():
                    break
                time.sleep(0.01)
            read_lock = watcher.execute(
                "SELECT mode FROM pg_locks WHERE pid = %s AND relation = 'activities'::regclass AND granted",
                (pid,)).fetchall()
            query = watcher.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()[0]
        finally:
            holder.execute("COMMIT")
            thread.join()
    assert failures == []
    assert waiting == 1
    assert read_lock == [("AccessShareLock",)]  # the row was read before the lock; nothing written
    assert "UPDATE activities" in query  # the lock waited for is the one sent with the UPDATE
    assert records.get(officer, ACTIVITY, activity)["department"] == "Treasury"
    _no_fork(officer)


def test_a_row_written_between_the_read_and_the_lock_is_read_again(monkeypatch, officer, omar) -> None:
    """Omar saves the row after Layla's save read it and before it took the lock: her UPDATE finds the
    row changed (its xmin) and her save is done over under the lock, its entry's 'before' is Omar's."""
    [activity] = _activities(officer, 1)
    check = records.check_one_of
    meddled: list[int] = []

    def omar_saves_meanwhile(*args: Any) -> None:
        if not meddled:
            meddled.append(1)
            records.update(omar, ACTIVITY, activity, {"department": "Treasury", "notes": "by omar"})
        check(*args)

    monkeypatch.setattr(records, "check_one_of", omar_saves_meanwhile)
    records.update(officer, ACTIVITY, activity, {"department": "Sales"})
    row = records.get(officer, ACTIVITY, activity)
    assert (row["department"], row["notes"]) == ("Sales", "by omar")
    assert _last_entry(officer, activity) == ("layla", {"department": ["Treasury", "Sales"],
                                                        "updated_at": _last_entry(officer, activity)[1]["updated_at"]})
    _no_fork(officer)


def test_a_stale_save_found_between_its_check_and_the_lock_is_refused(monkeypatch, officer, omar) -> None:
    """Layla's version is checked before the lock and passes; Omar saves before her UPDATE: the UPDATE
    finds it, the check is made again under the lock and her save is refused naming Omar."""
    [activity] = _activities(officer, 1)
    opened = records.version(officer, ACTIVITY, activity)
    last_change = officer.last_change
    meddled: list[int] = []

    def omar_saves_after_the_check(*args: Any) -> Any:
        found = last_change(*args)
        if not meddled:
            meddled.append(1)
            records.update(omar, ACTIVITY, activity, {"department": "Treasury"})
        return found

    monkeypatch.setattr(officer, "last_change", omar_saves_after_the_check)
    with pytest.raises(StaleRecord) as stale:
        records.update(officer, ACTIVITY, activity, {"department": "Sales"}, expected_version=opened)
    assert stale.value.actor == "omar"
    assert records.get(officer, ACTIVITY, activity)["department"] == "Treasury"
    _no_fork(officer)


def test_a_version_moved_without_the_row_is_found_by_the_update(monkeypatch, officer, omar) -> None:
    """An entry about the row that leaves the row as it is (its version moves, its xmin does not),
    written between the check and the lock: the UPDATE's own version check finds it."""
    [activity] = _activities(officer, 1)
    opened = records.version(officer, ACTIVITY, activity)
    last_change = officer.last_change
    meddled: list[int] = []

    def omar_notes_the_row(*args: Any) -> Any:
        found = last_change(*args)
        if not meddled:
            meddled.append(1)
            with omar.atomic():
                omar._append(actor="omar", action="reviewed", entity="activity", entity_id=activity, changes={})
        return found

    monkeypatch.setattr(officer, "last_change", omar_notes_the_row)
    with pytest.raises(StaleRecord) as stale:
        records.update(officer, ACTIVITY, activity, {"department": "Sales"}, expected_version=opened)
    assert stale.value.actor == "omar"
    assert records.get(officer, ACTIVITY, activity)["department"] is None


def test_two_officers_on_the_same_and_other_rows_never_deadlock_nor_fork(officer, omar) -> None:
    """Saves of one row by both and of each one's own row, each alone (the lock at the UPDATE) or two in
    one transaction (the lock at BEGIN, then both rows written), and new records, mixed: a design that
    wrote a row before taking the writers' lock would deadlock here (one holding the row and waiting
    for the lock, the other holding the lock and waiting for the row; the server ends one) or fork."""
    [shared, layla_own, omar_own] = _activities(officer, 3)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def write(register: Register, name: str, own: int) -> None:
        try:
            start.wait()
            for n in range(30):
                records.update(register, ACTIVITY, shared, {"notes": f"{name} {n}"})
                records.update(register, ACTIVITY, own, {"notes": f"{name} {n}"})
                if n % 3 == 0:
                    with register.atomic():
                        records.update(register, ACTIVITY, own, {"department": f"{name} {n}"})
                        records.update(register, ACTIVITY, shared, {"department": f"{name} {n}"})
                if n % 10 == 0:
                    records.create(register, "activity", {"name_en": f"{name} {n}", "status": "active"})
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=write, args=(officer, "layla", layla_own)),
               threading.Thread(target=write, args=(omar, "omar", omar_own))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    counts = officer.conn.execute("SELECT actor, action, count(*) FROM audit WHERE entity = 'activity'"
                                  " GROUP BY actor, action ORDER BY actor, action").fetchall()
    assert counts == [("layla", "insert", 6), ("layla", "update", 80), ("omar", "insert", 3), ("omar", "update", 80)]
    _no_fork(officer)


def test_an_entry_queued_over_a_moved_head_fails_the_save_whole(pg_cluster, pg_url, officer: PgRegister) -> None:
    """The audit entry is sent with COMMIT, its result read by nobody: an entry numbered as it, written
    meanwhile behind the register's back, makes the primary key refuse it, and the whole transaction
    is rolled back (the row's change with it), never a fork nor a change without its entry."""
    [first, second] = _activities(officer, 2)
    seal = officer.seal()
    with pytest.raises(psycopg.errors.UniqueViolation), officer.atomic():
        records.update(officer, ACTIVITY, first, {"department": "Treasury"})
        seq = officer._head[0]  # type: ignore[index]
        # behind the connection's back: the register does not know the head moved
        officer.conn.raw.execute("INSERT INTO audit (seq, ts, actor, action, changes, prev_hash, hash)"
                                 " VALUES (%s, 'now', 'layla', 'note', '{}', 'x', 'y')", (seq + 1,))
        records.update(officer, ACTIVITY, second, {"department": "Sales"})
    assert not officer.conn.in_transaction
    assert officer.seal() == seal
    assert [records.get(officer, ACTIVITY, i)["department"] for i in (first, second)] == [None, None]
    records.update(officer, ACTIVITY, second, {"department": "Sales"})  # the register goes on
    _no_fork(officer)


@pytest.mark.parametrize("conforming", ["on", "off"])
def test_values_bound_in_messages_come_back_as_written(officer: PgRegister, conforming: str) -> None:
    """Values are written into the messages as literals (prepared statements' arguments from the second
    save on): quotes, backslashes, percent signs, semicolons and Arabic come back as written, also in a
    session whose strings are not standard-conforming (then quoted by psycopg)."""
    [activity] = _activities(officer, 1)
    officer.conn.execute(f"SET standard_conforming_strings = {conforming}")
    for n in range(3):
        notes = f"it's 100% \\\\ done %s ? ''; DROP TABLE audit; -- ملاحظة {n}"
        records.update(officer, ACTIVITY, activity, {"notes": notes, "department": None if n else "x"})
        row = records.get(officer, ACTIVITY, activity)
        assert (row["notes"], row["department"]) == (notes, None if n else "x")
    assert officer.conn.execute("SELECT count(*) FROM audit WHERE entity = 'activity' AND entity_id = ?",
                                (activity,)).fetchone()[0] == 4
    _no_fork(officer)


def test_a_transaction_whose_begin_is_still_queued_is_one_to_its_readers(officer: PgRegister) -> None:
    """BEGIN waits for the transaction's first statement: `verify` inside a block that sent nothing yet
    reads inside that transaction (and leaves it to the block) rather than beginning and ending one."""
    [activity] = _activities(officer, 1)
    with officer.atomic():
        assert officer.conn.in_transaction
        assert officer.verify().ok
        records.update(officer, ACTIVITY, activity, {"department": "Treasury"})
    assert not officer.conn.in_transaction
    assert records.get(officer, ACTIVITY, activity)["department"] == "Treasury"
    _no_fork(officer)


def test_statements_prepared_then_gone_are_prepared_again(officer: PgRegister) -> None:
    """Statements are prepared on the connection from their second use; were they dropped (a session
    reset, a schema change that voids a plan), the message that finds it — a transaction's first — is
    rolled back and sent again with the statements prepared afresh: the save goes through."""
    [activity] = _activities(officer, 1)
    for n in range(2):
        records.update(officer, ACTIVITY, activity, {"notes": f"prepared {n}"})
    officer.conn.raw.execute("DEALLOCATE ALL")
    records.update(officer, ACTIVITY, activity, {"notes": "again"})
    assert records.get(officer, ACTIVITY, activity)["notes"] == "again"
    count = "SELECT count(*) FROM activities WHERE id = ?"
    with pytest.raises(psycopg.errors.InvalidSqlStatementName), officer.atomic():  # mid-transaction: not sent again
        records.update(officer, ACTIVITY, activity, {"notes": "lost"})
        assert [officer.conn.execute(count, (activity,)).fetchone()[0] for _ in range(2)] == [1, 1]  # prepared
        officer.conn.raw.execute("DEALLOCATE ALL")
        officer.conn.execute(count, (activity,))
    assert records.get(officer, ACTIVITY, activity)["notes"] == "again"
    _no_fork(officer)
