"""The register on a PostgreSQL server: the same `Register` to the use cases, another engine below.

What differs from the file (storage/register.py):
- the passphrase is the user's database password, and the audit actor is the database user
  (`current_user`), never a name typed in Settings;
- every write transaction first takes one advisory lock (`pg_advisory_xact_lock`), held until it
  commits or rolls back: the audit chain's head is read and extended by one writer at a time, so
  two officers never fork it (and an omitted id is max(id) + 1, as on the file, without a race);
- `verify` reads one snapshot (REPEATABLE READ, READ ONLY) and walks the chain and the rows; the
  file's page checks have no equivalent (the server keeps its own checksums);
- the schema is migrated by `compliance-desk server init` (its owner), never by an officer's open;
- passphrase change, file backup and restore are the server's own business (its roles and tools).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

from compliance_desk import __version__
from compliance_desk.domain.arabic import words
from compliance_desk.domain.entities import Entity
from compliance_desk.storage import audit
from compliance_desk.storage.migrations import Migration
from compliance_desk.storage.migrations_pg import MIGRATIONS_PG
from compliance_desk.storage.pg import migrate
from compliance_desk.storage.pg.connection import DatabaseError, PgConnection, connect, shown
from compliance_desk.storage.pg.errors import (
    ConnectionLost,
    NeedsUpgrade,
    NotInitialised,
    NotOnServer,
    ServerTooNew,
)
from compliance_desk.storage.pg.messages import Queued
from compliance_desk.storage.pg.schema import NOTIFY_HEAD, WRITER_LOCK, schema_version
from compliance_desk.storage.pg.sealing import Offered, Sealing
from compliance_desk.storage.register import Register
from compliance_desk.storage.rows import SEARCH_INDEX_VERSION


class _RowMoved(Exception):
    """The row an update read before the writers' lock was written since: read it again under the lock."""

    def __init__(self, expected_version: int | None) -> None:
        super().__init__()
        self.expected_version = expected_version


class ServerTarget(str):
    """Where a register on a server is, shown as its URL without the password; it answers what a
    file's path is asked in messages and reports (`name`, `stem`, `resolve()`)."""

    @property
    def name(self) -> str:
        return str(self)

    @property
    def stem(self) -> str:
        return str(self)

    def resolve(self) -> ServerTarget:
        return self


class PgRegister(Sealing, Register):
    """An open register on a server. Use `Register.open(URL, password)`."""

    engine = "postgresql"
    conn: PgConnection  # type: ignore[assignment]

    def __init__(self, target: str, conn: PgConnection, *, read_only: bool,
                 migrations: list[Migration] | None = None) -> None:
        actor = str(conn.execute("SELECT current_user").fetchone()[0])
        self.target = ServerTarget(shown(target))
        super().__init__(self.target, conn, "", actor, None,  # type: ignore[arg-type]
                         migrations or MIGRATIONS_PG, writable=not read_only)
        conn.audit_written = self._audit_written

    @classmethod
    def open_server(cls, target: str, password: str, *, read_only: bool = False, record_open: bool = False,
                    migrations: list[Migration] | None = None, register_passphrase: Offered = None) -> PgRegister:
        """`register_passphrase` opens this person's wrap of the register key (storage/pg/sealing.py)."""
        conn = connect(target, password)
        try:
            register = cls(target, conn, read_only=read_only, migrations=migrations)
        except BaseException:
            conn.close()
            raise
        register._login = (target, password)  # kept in memory only, as the file's passphrase is
        try:
            register._check_is_register()
            register._open_key(register_passphrase)
            if not read_only and record_open:
                with register.atomic():
                    register.log("open", {"version": __version__})
        except BaseException:
            register.close()
            raise
        return register

    def _check_is_register(self) -> None:
        version = self.schema_version
        known = self.migrations[-1].version
        if version == 0:
            raise NotInitialised(self.target)
        if version > known:
            raise ServerTooNew(self.target, version, known)
        # a migration numbered below the highest applied may be missing too (numbers land out of order)
        applied = {int(r[0]) for r in self.conn.execute("SELECT version FROM schema_migrations")}
        missing = [m.version for m in self.migrations if m.version not in applied]
        if missing:
            raise NeedsUpgrade(self.target, version if version < known else min(missing) - 1, known)

    _login: tuple[str, str] | None = None

    def close(self) -> None:
        self._lock = None
        self._login = None
        super().close()

    @property
    def connection_lost(self) -> bool:
        """True once the server connection was found broken (a restart, a network cut, a killed session)."""
        return self.conn is not None and (self.conn.raw.broken or self.conn.raw.closed)

    def reconnect(self) -> None:
        """A new connection as the same user, in place of a lost one (raises ServerUnavailable & co.
        with one plain line when the server is still out of reach). A transaction that was open on the
        lost connection is gone whole: the server rolled it back."""
        if self.conn is None or self._login is None:
            return
        target, password = self._login
        conn = connect(target, password)
        conn.sealer = self.conn.sealer
        conn.audit_written = self._audit_written
        old, self.conn = self.conn, conn
        with suppress(Exception):  # already broken: closing it only tidies up
            old.close()

    def __enter__(self) -> PgRegister:
        return self

    @property
    def identity(self) -> str:
        return self.target

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    def _fts_tables(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_name LIKE '%\\_fts'").fetchall()
        return {r[0] for r in rows}

    def _index_body(self, entity: Entity, row: Mapping[str, Any]) -> str:
        """The folded text's words, space-separated: searched as ' word…' prefixes (storage/search.py)."""
        return " ".join(words(super()._index_body(entity, self._unsealed(row))))

    def _checkpoint(self, *, complete: bool = False) -> None:
        return None

    def _migrate(self, *, backup: bool) -> None:
        if migrate.run(self.conn, self.migrations, self.actor):
            self.conn.refresh_catalogue()
            self._searchable = self._fts_tables()
            if self.meta().get("search_index_version") not in (None, SEARCH_INDEX_VERSION):
                self.rebuild_search_index()

    # ---------------------------------------------------------------- transactions
    # Register.atomic and _undo serve both engines; the server's outermost transaction differs only
    # in how it starts and ends.
    UNDO_ERRORS = (DatabaseError, ConnectionLost)

    # A save's round trips are its cost on a busy server: each is a wake-up of the client and of its
    # server process, and those made while the writers' lock is held are every officer's wait. What
    # nobody reads the result of goes in the message of the next statement (PgConnection.queue):
    # BEGIN, the lock and the head with the first statement; the audit entry, the search index, the
    # notice and COMMIT as one message.
    _LOCK = f"SELECT pg_advisory_xact_lock({int(WRITER_LOCK)})"
    _HEAD = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"
    _NOTIFY = "SELECT pg_notify('compliance_desk', ?)"  # as NOTIFY_HEAD tells it
    _told: tuple[int, str, str] | None = None  # the last entry this transaction wrote: seq, hash, actor
    _head: tuple[int, str] | None = None  # the chain's head in this transaction, read under the lock or written here
    _locked = False  # this transaction holds the writers' lock (its head read under it)
    _late = False  # this transaction takes the writers' lock at its first write (`atomic(late_lock=True)`)

    def _begin(self, late_lock: bool = False) -> None:
        """BEGIN, the writers' advisory lock and the chain's head read under it, sent with the
        transaction's first statement (one round trip): two officers' saves never fork the chain, and
        every read of the transaction comes after the lock, so it sees the state written over.

        `late_lock`: the lock and the head go with the transaction's first statement that may write
        or lock rows instead (PgConnection.writes), so the reads before it run while another officer
        holds the lock. Reads before the lock carry no row lock, and no row is written or locked
        without the lock held: a transaction waiting for the lock holds nothing another writer waits
        for, so two saves cannot deadlock. What was read before the lock is checked under it: the row
        an update writes over by its xmin (and its version, when one was checked), in the UPDATE's own
        WHERE; a row written since is read again under the lock and the update done over (`update`)."""
        self._head, self._locked, self._late = None, False, late_lock
        self._read_before_lock: dict[tuple[str, int], tuple[str, dict[str, Any]]] = {}
        self._versions: dict[tuple[str, int], int] = {}
        self._ready = None
        self.conn.queue("BEGIN")
        lock: list[Queued] = [(self._LOCK, (), None), (self._HEAD, (), self._head_read)]
        if late_lock:
            self.conn.lock_before_write(lock)
        else:
            for statement in lock:
                self.conn.queue(*statement)

    def _head_read(self, cursor: Any) -> None:
        found = cursor.fetchone()
        self._locked = True
        self._head = (int(found[0]), str(found[1])) if found else (0, audit.GENESIS)

    def _take_lock(self) -> None:
        """The writers' lock held from here (sent now if it waits for a first write)."""
        if not self._locked:
            self.conn.take_lock()

    def _audit_written(self) -> None:
        """An entry written by a statement of its own (audit.append, a bulk copy): the head read again."""
        self._head = None

    def _end(self) -> None:
        self._head, self._locked, self._late, self._ready, self._told = None, False, False, None, None
        self.conn.lock_before_write([])

    def _commit(self) -> None:
        """What is queued (the audit entry, the search index), the chain's new head told to the other
        officers, then COMMIT, in one round trip: PostgreSQL delivers the notice only if the COMMIT
        happens (storage/pg/live.py). A transaction that never reached the server sends nothing; one
        that wrote nothing (its lock never taken) tells nothing."""
        locked, head, told = self._locked, self._head, self._told
        self._end()
        if self.conn.begin_queued:
            self.conn.drop_queued()
            return
        if locked and told is not None and told[:2] == head:  # the head this transaction wrote: told as it is
            self.conn.queue(self._NOTIFY, (json.dumps({"seq": told[0], "seal": told[1], "actor": told[2]}),))
        elif locked:
            self.conn.queue(NOTIFY_HEAD)
        self.conn.execute("COMMIT")

    def _undo(self) -> None:
        """Statements still queued are dropped: the rollback undoes them, or they never reached the
        server (an unsent BEGIN: nothing to roll back). A savepoint rolled back may take entries with it:
        the head is read again at the next entry."""
        self.conn.drop_queued()
        self._head, self._ready = None, None
        if self._depth == 0:
            self._end()
        super()._undo()

    def _append(self, *, actor: str, action: str, entity: str | None = None, entity_id: int | None = None,
                changes: Mapping[str, Any] | None = None, row: Mapping[str, Any] | None = None) -> str:
        """The entry after the head this transaction knows, queued for the message of COMMIT (or of the
        next statement); without a head known (an entry written by another way), read the head and
        append as the file does. The audit's primary key is the last wall: an entry queued over a head
        that moved (an entry numbered as it) fails the transaction whole, never forks the chain."""
        self._take_lock()
        head = self._head
        if head is None:
            return super()._append(actor=actor, action=action, entity=entity, entity_id=entity_id,
                                   changes=changes, row=row)
        ready = self._ready_for(row)
        values = audit.make_entry(head[0] + 1, head[1], actor=actor, action=action, entity=entity,
                                  entity_id=entity_id, changes=changes, row=row, hashed=ready and ready[1])
        self.conn.queue(audit.INSERT_SQL, values)
        self._head = (int(values[0]), str(values[-1]))
        self._told = (*self._head, str(values[2]))
        return str(values[-1])

    def _index(self, entity: Entity, row: Mapping[str, Any]) -> None:
        """The row's search-index body, queued with the audit entry (nobody reads its result)."""
        if entity.search and f"{entity.table}_fts" in self._searchable:
            ready = self._ready_for(row)
            body = ready[2] if ready is not None and ready[2] is not None else self._index_body(entity, row)
            self.conn.queue(f"INSERT OR REPLACE INTO {entity.table}_fts (rowid, body) VALUES (?, ?)",  # noqa: S608
                            (row["id"], body))

    def _claim_token(self) -> None:
        """A save's token is checked and recorded under the lock (its entry's number is the head's next)."""
        self._take_lock()
        super()._claim_token()

    def stored_row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """Read before the writers' lock (a late-lock transaction): with its xmin, kept for the UPDATE
        that writes over it to check that nobody wrote the row since (`_update_row`)."""
        if self._locked or not self._late:
            return super().stored_row(table, row_id)
        with self.conn.as_stored():
            cursor = self.conn.execute(f"SELECT *, xmin::text AS cd_xmin FROM {table} WHERE id = ?",  # noqa: S608
                                       (row_id,))
            found = cursor.fetchone()
        if found is None:
            return None
        row = dict(zip(cursor.names(), found, strict=True))
        self._read_before_lock[(table, row_id)] = (str(row.pop("cd_xmin")), dict(row))
        return row

    def _check_version(self, entity: Entity, row_id: int, before: Mapping[str, Any], expected: int) -> None:
        """Checked when asked (a stale save refused at once), and again by the UPDATE, under the lock."""
        super()._check_version(entity, row_id, before, expected)
        self._versions[(entity.table, row_id)] = expected

    def update(self, entity: Entity, row_id: int, values: Mapping[str, Any],
               expected_version: int | None = None, *, before: Mapping[str, Any] | None = None,
               ) -> dict[str, tuple[Any, Any]]:
        """As on the file; when the row was written by another officer between its read (before the
        lock) and the UPDATE, it is read again under the lock and the update done over: validated, the
        version checked, the changes taken from the row as it now is."""
        try:
            return super().update(entity, row_id, values, expected_version, before=before)
        except _RowMoved as moved:
            self._take_lock()
            return super().update(entity, row_id, values, moved.expected_version, before=None)

    def _update_row(self, entity: Entity, row_id: int, changed: Mapping[str, Any]) -> dict[str, Any]:
        """UPDATE … RETURNING the row as stored after it (no trigger changes a register row after its
        UPDATE on the server): one round trip, where the file reads the row again. A row read before
        the lock is written only if it is as read (its xmin, the version checked): else _RowMoved."""
        key = (entity.table, row_id)
        (xmin, before), version = self._read_before_lock.pop(key, (None, None)), self._versions.pop(key, None)
        if xmin is None and not self._locked:  # read before the lock some other way: read it again under it
            raise _RowMoved(version)
        expected = self._expect(entity, before, changed)
        guard, guarded = "", list[Any]()
        if xmin is not None:
            guard = " AND xmin = ?::xid"
            guarded = [xmin]
        if version is not None:
            guard += " AND (SELECT coalesce(max(seq), 0) FROM audit WHERE entity = ? AND entity_id = ?) = ?::bigint"
            guarded += [entity.name, row_id, version]
        assignments = ", ".join(f"{k} = ?" for k in changed)
        with self.conn.as_stored():  # sealed values as stored: what the chain hashes
            cursor = self.conn.execute(f"UPDATE {entity.table} SET {assignments} WHERE id = ?{guard} RETURNING *",  # noqa: S608
                                       (*changed.values(), row_id, *guarded))
            found = cursor.fetchone()
        if found is None:
            raise _RowMoved(version)
        after = dict(zip(cursor.names(), found, strict=True))
        if expected is not None and after == expected[0]:
            self._ready = (after, *expected[1:])
        return after

    # What the audit entry and the search index need of the row after an update (its hash, its index
    # body) is worked out before the UPDATE, out of the lock, from the row as read and the values
    # written; used only when the row the UPDATE returns is that row exactly.
    _ready: tuple[dict[str, Any], str, str | None] | None = None

    def _expect(self, entity: Entity, before: dict[str, Any] | None, changed: Mapping[str, Any],
                ) -> tuple[dict[str, Any], str, str | None] | None:
        self._ready = None
        if before is None:
            return None
        expected = {**before, **changed}
        body = self._index_body(entity, expected) if entity.search and f"{entity.table}_fts" in self._searchable \
            else None
        return expected, audit.row_hash(expected), body

    def _ready_for(self, row: Mapping[str, Any] | None) -> tuple[dict[str, Any], str, str | None] | None:
        ready = self._ready
        return ready if ready is not None and ready[0] is row else None

    @contextmanager
    def plain_errors(self, path: Any = None) -> Iterator[None]:
        yield

    def explain(self, error: BaseException, path: Any = None) -> BaseException:
        return error

    # ---------------------------------------------------------------- verify, and what the server does itself
    def verify(self, progress: audit.Progress = None) -> audit.Verdict:
        """The audit chain and the rows against it, in one snapshot."""
        began = not self.conn.in_transaction
        if began:
            self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            problems: list[audit.Problem] = []
            with self.conn.as_stored():  # the chain hashes what is stored: no key needed
                count, seal, broken = audit.verify_chain(self.conn, progress)
                if broken:
                    problems.append(broken)
                problems.extend(audit.verify_rows(self.conn))
        finally:
            if began:
                with suppress(DatabaseError):
                    self.conn.execute("COMMIT")
        return audit.Verdict(count, seal, problems)

    def damaged_pages(self) -> list[int]:
        return []

    def rekey(self, new_passphrase: str) -> None:
        raise NotOnServer("rekey")

    def backup(self, destination: Any, *, audit_it: bool = True) -> str:
        raise NotOnServer("backup")
