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
from compliance_desk.storage.pg.schema import NOTIFY_HEAD, WRITER_LOCK, schema_version
from compliance_desk.storage.pg.sealing import Offered, Sealing
from compliance_desk.storage.register import Register
from compliance_desk.storage.rows import SEARCH_INDEX_VERSION


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
    # server process, while the writers' lock is held. Statements without parameters that always
    # run together go as one message (the simple query protocol runs them in order and stops at the
    # first error, which is raised here as any statement's error).
    _BEGIN = (f"BEGIN; SELECT pg_advisory_xact_lock({int(WRITER_LOCK)});"  # noqa: S608 - a constant
              " SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    _COMMIT = f"{NOTIFY_HEAD}; COMMIT"
    # An entry written only if it follows the chain's head as it stands when the INSERT runs (read by
    # the statement itself): the head read with the lock is used without a round trip of its own, and
    # an entry written since by any other way (a bulk copy, a savepoint rolled back) is found here.
    _APPEND_ON_HEAD = (
        "INSERT INTO audit (seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash, hash)"
        " SELECT ?::bigint, ?, ?, ?, ?, ?::bigint, ?, ?, ?, ?"
        " WHERE (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1) = ?")
    _head: tuple[int, str] | None = None  # the chain's head in this transaction, as this register wrote it

    def _begin(self) -> None:
        """BEGIN under the writers' advisory lock, and the chain's head read after it (one round trip):
        two officers' saves never fork the chain, and every read of the transaction comes after the
        lock, so it sees the state written over."""
        self._head = None
        try:
            found = self.conn.execute(self._BEGIN).last_result().fetchone()
        except BaseException:
            self._undo()
            raise
        self._head = (int(found[0]), str(found[1])) if found else None

    def _commit(self) -> None:
        """The chain's new head told to the other officers, then COMMIT, in one round trip: PostgreSQL
        delivers the notice only if the COMMIT happens (storage/pg/live.py)."""
        self._head = None
        self.conn.execute(self._COMMIT)

    def _undo(self) -> None:
        if self._depth == 0:
            self._head = None
        super()._undo()

    def _append(self, *, actor: str, action: str, entity: str | None = None, entity_id: int | None = None,
                changes: Mapping[str, Any] | None = None, row: Mapping[str, Any] | None = None) -> str:
        """The entry after the head this transaction knows, written only if that is still the head;
        else (the head moved by another way) read the head and append as the file does."""
        entry: dict[str, Any] = {"actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                                 "changes": changes, "row": row}
        head, self._head = self._head, None
        if head is not None:
            values = audit.make_entry(head[0] + 1, head[1], **entry)
            if self.conn.execute(self._APPEND_ON_HEAD, (*values, head[1])).rowcount == 1:
                self._head = (int(values[0]), str(values[-1]))
                return str(values[-1])
        return super()._append(**entry)

    def _update_row(self, entity: Entity, row_id: int, changed: Mapping[str, Any]) -> dict[str, Any]:
        """UPDATE … RETURNING the row as stored after it (no trigger changes a register row after its
        UPDATE on the server): one round trip, where the file reads the row again."""
        assignments = ", ".join(f"{k} = ?" for k in changed)
        with self.conn.as_stored():  # sealed values as stored: what the chain hashes
            cursor = self.conn.execute(f"UPDATE {entity.table} SET {assignments} WHERE id = ? RETURNING *",  # noqa: S608
                                       (*changed.values(), row_id))
            found = cursor.fetchone()
        assert found is not None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

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
