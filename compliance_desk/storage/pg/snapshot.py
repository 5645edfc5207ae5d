"""`server snapshot`: a register on a server written to an encrypted file, for audit preparation
offline. The reverse of `server import`, one way only.

One REPEATABLE READ, READ ONLY transaction on the server is one consistent state: every row and
every audit entry of that state is copied, as it is, into a new SQLCipher file (under a temporary
name, renamed only once complete). The file verifies on its own and its seal is the server's at
that moment. It is marked a snapshot (`register_meta.snapshot_of`): it opens read-only, never for
writing, so it cannot grow a history of its own beside the server's. An auditor's login is enough
for a register without a register key.

A register with a register key (storage/pg/sealing.py) needs it: the snapshot holds every value in
clear — inside its own whole-file encryption — so it works offline as any register. The audit chain
hashed the values as the server stored them (ciphertext), so each sealed cell's stored form is kept
beside, in `sealed_cells`, and the file's `verify` hashes a row with those (storage/audit.py): the
chain and the rows verify as on the server; that the clear values are what the ciphertexts hold
was true when the key opened them, at the snapshot (the file is read-only and encrypted whole).
Without the key the snapshot is refused (it would hold "encrypted — no key" where the data was).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from compliance_desk.domain import clock
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import audit, cipher
from compliance_desk.storage.connection import create_register
from compliance_desk.storage.errors import RegisterExists
from compliance_desk.storage.files import (
    create_private,
    publish,
    remove_leftovers,
    remove_with_sidecars,
    temporary_name,
)
from compliance_desk.storage.lock import current_user
from compliance_desk.storage.migrations import MIGRATIONS
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.pg.sealed import COLUMNS, is_sealed
from compliance_desk.storage.pg.transfer import BATCH, Imported, ImportRefused
from compliance_desk.storage.register import Register

SEALED_CELLS = ("CREATE TABLE IF NOT EXISTS sealed_cells (table_name TEXT NOT NULL, row_id INTEGER NOT NULL,"
                " column_name TEXT NOT NULL, stored ANY, PRIMARY KEY (table_name, row_id, column_name))")


def _copy(source: PgRegister, target: Register, table: str, opened: bool = False) -> int:
    """Copy `table` as stored; `opened`: sealed values in clear, their stored form in `sealed_cells`."""
    have = [r[1] for r in target.conn.execute(f"PRAGMA table_info({table})")]
    columns = [r[1] for r in source.conn.execute(f"PRAGMA table_info({table})") if r[1] in have]
    names = ", ".join(columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"  # noqa: S608
    order = "seq" if table == "audit" else ("id" if "id" in columns else columns[0])
    with source.conn.as_stored():
        cursor = source.conn.execute(f"SELECT {names} FROM {table} ORDER BY {order}")  # noqa: S608 - our names
    sealed_at = [i for i, c in enumerate(columns) if c in COLUMNS or (table == "attachments" and c == "content")] \
        if opened else []
    count = 0
    while rows := cursor.fetchmany(BATCH):
        if sealed_at:
            rows, cells = _opened(source, table, columns, sealed_at, rows)
            target.conn.executemany("INSERT INTO sealed_cells (table_name, row_id, column_name, stored)"
                                    " VALUES (?, ?, ?, ?)", cells)
        target.conn.executemany(insert, rows)
        count += len(rows)
    return count


def _opened(source: PgRegister, table: str, columns: list[str], sealed_at: list[int],
            rows: list[Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    out, cells = [], []
    where = {c: i for i, c in enumerate(columns)}
    for row in rows:
        values = list(row)
        for i in sealed_at:
            stored = values[i]
            if not is_sealed(stored):
                continue
            if isinstance(stored, str):
                values[i] = source.sealer.open_text(columns[i], stored)
            else:
                values[i] = source.attachment_bytes(values[where["id"]], int(values[where["size"]]), stored)
            cells.append((table, values[where["id"]], columns[i], stored))
        out.append(tuple(values))
    return out, cells


def snapshot(target: str, password: str, destination: Path, passphrase: str,
             register_passphrase: str | None = None) -> Imported:
    """Write the server register at `target` to a new encrypted file at `destination`
    (`register_passphrase`: the person's, for the register key; else what the command line offers)."""
    destination = Path(destination)
    if destination.exists() or destination.is_symlink():
        raise RegisterExists(str(destination))
    remove_leftovers(destination.parent)
    temporary = temporary_name(destination, "creating")
    remove_with_sidecars(temporary)
    with PgRegister.open_server(target, password, read_only=True, register_passphrase=register_passphrase) as server:
        if server.keyed and server.register_key is None:
            raise SnapshotNeedsKey(server.actor)
        server.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            keys = cipher.new_keys(passphrase)
            create_private(temporary)
            copy = Register(temporary, create_register(temporary, keys), passphrase, current_user(), None,
                            MIGRATIONS, writable=True, keys=keys)
            try:
                copy._migrate(backup=False)  # a new file: the schema, no entries
                tables = [n for (n,) in server.conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    " AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%\\_fts'"
                    " AND table_name NOT IN ('schema_migrations', 'register_keys', 'register_key_ring')")]
                rows = 0
                with copy.atomic():
                    copy.conn.execute("PRAGMA defer_foreign_keys = ON")  # parents and children in any order
                    if server.keyed:
                        copy.conn.execute(SEALED_CELLS)
                    for table in tables:
                        counted = _copy(server, copy, table, opened=server.keyed)
                        rows += counted if table not in ("audit", "register_meta") else 0
                    copy.conn.executemany("INSERT OR REPLACE INTO register_meta (key, value) VALUES (?, ?)", [
                        ("engine", "sqlcipher"), ("snapshot_of", server.target), ("snapshot_at", clock.timestamp())])
                copy.rebuild_search_index()
                verdict = copy.verify()
                head = server.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
                if not verdict.ok or (verdict.entries, verdict.seal) != ((head[0], head[1]) if head else (0, audit.GENESIS)):
                    raise ImportRefused("server_import_differs", problem=str(verdict.problems[:1] or verdict.seal))
            finally:
                copy.close()
        except BaseException:
            remove_with_sidecars(temporary)
            raise
        finally:
            server.conn.execute("COMMIT")
    try:
        publish(temporary, destination)
    except FileExistsError:
        remove_with_sidecars(temporary)
        raise RegisterExists(str(destination)) from None
    return Imported(verdict.entries, verdict.seal, rows)


class SnapshotNeedsKey(KnownError):
    exit_code = 3

    def __init__(self, user: str) -> None:
        super().__init__("server_snapshot_needs_key", user=user)


def is_snapshot(meta: dict[str, Any]) -> bool:
    return bool(meta.get("snapshot_of"))


@contextmanager
def in_memory(server: PgRegister, tables: tuple[str, ...] | None = None) -> Iterator[Register]:
    """The server register's state copied, in one consistent read (REPEATABLE READ, READ ONLY), into a
    register in memory with the file's schema: `tables` and the audit chain (None: every table). For
    what reads the file's own catalogue (a report as of a seal, storage/as_of.py). Nothing is written
    to the server; the copy is gone at the end of the block."""
    memory = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        copy = Register(server.path, memory, "", server.actor, None, MIGRATIONS, writable=True)
        copy._migrate(backup=False)  # the file's schema, no entries
        have = {n for (n,) in memory.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        began = not server.conn.in_transaction
        if began:
            server.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            names = [n for (n,) in server.conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                " AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%\\_fts'"
                " AND table_name NOT IN ('schema_migrations', 'register_keys', 'register_key_ring')")]
            opened = server.register_key is not None  # sealed values in clear, as the officer reads them
            with copy.atomic():
                memory.execute("PRAGMA defer_foreign_keys = ON")
                if opened:
                    memory.execute(SEALED_CELLS)
                for table in names:
                    if table in have and (tables is None or table in tables or table == "audit"):
                        _copy(server, copy, table, opened=opened)
        finally:
            if began:
                server.conn.execute("COMMIT")
        yield Register(server.path, memory, "", server.actor, None, MIGRATIONS, writable=False)
    finally:
        memory.close()
