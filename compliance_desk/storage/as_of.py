"""The register as it stood right after an entry of its audit chain, for re-making a report as of a seal.

The chain records every row change with its values before and after. The tables a report reads
are copied into a temporary in-memory database, and every later row entry is undone there, newest
first: an insert is deleted, an update or migration gets its values before back, a delete is
inserted again. The register itself is never written. Attachments are not reconstructed: their
rows (name, size, hash) are, their content is not (the chain keeps only its SHA-256).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ENTITIES
from compliance_desk.storage import seals
from compliance_desk.storage.register import Register

# The tables a report of each kind reads (others are created empty); None: every table.
_ALWAYS = ("organisation", "register_meta", "schema_migrations")
_ROPA = ("activities", "recipients", "activity_recipients", "transfers", "disclosure_activities", "attachments")
KIND_TABLES: dict[str, tuple[str, ...] | None] = {
    "ropa": _ROPA,
    "disclosures": ("disclosures", "disclosure_customers", "disclosure_activities", "activities", "attachments"),
}
_SKIPPED = ("audit",)  # the chain itself is not part of the state (the record sheet takes its part)


@dataclass(frozen=True)
class AsOf:
    """What a report re-made as of a seal says of it: the entry, its time and hash."""

    seq: int
    ts: str
    hash: str

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.strptime(self.ts[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)


def _fts_or_internal(name: str, sql: str) -> bool:
    return name.startswith("sqlite_") or "_fts" in name or sql.upper().startswith("CREATE VIRTUAL")


def _copy(source: Any, target: Any, kind: str, upto: int) -> dict[str, dict[str, str]]:
    """Schema of every table, rows of the tables `kind` reads; returns each table's column types."""
    wanted = KIND_TABLES.get(kind)
    objects = source.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                             " AND type IN ('table', 'index') ORDER BY type DESC").fetchall()
    columns: dict[str, dict[str, str]] = {}
    for kind_of, name, table, sql in objects:
        if _fts_or_internal(table, sql) or table in _SKIPPED:
            continue
        target.execute(sql)
        if kind_of != "table":
            continue
        types = {r[1]: str(r[2]).upper() for r in source.execute(f"PRAGMA table_info({name})")}  # noqa: S608
        columns[name] = types
        if wanted is not None and name not in wanted and name not in _ALWAYS:
            continue
        # blobs (attachment content) stay out: the chain cannot give them back as they were
        chosen = ", ".join("X''" if t == "BLOB" else f'"{c}"' for c, t in types.items())
        marks = ", ".join("?" for _ in types)
        cursor = source.execute(f"SELECT {chosen} FROM {name}")  # noqa: S608 - names from sqlite_master
        insert = f"INSERT INTO {name} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in types)}) VALUES ({marks})"  # noqa: S608
        while rows := cursor.fetchmany(5000):
            target.executemany(insert, rows)
    audit_sql = source.execute("SELECT sql FROM sqlite_master WHERE name = 'audit'").fetchone()
    if audit_sql and (wanted is None):  # a record sheet shows its record's history up to the entry
        target.execute(audit_sql[0])
        cursor = source.execute("SELECT * FROM audit WHERE seq <= ? ORDER BY seq", (upto,))
        while rows := cursor.fetchmany(5000):
            target.executemany(f"INSERT INTO audit VALUES ({', '.join('?' for _ in rows[0])})", rows)  # noqa: S608
    return columns


def _value(value: Any, column_type: str) -> Any:
    if column_type == "BLOB" and isinstance(value, str) and value.startswith("sha256:"):
        return b""
    return value


def _undo(source: Any, target: Any, columns: dict[str, dict[str, str]], kind: str, after: int) -> None:
    """Undo every row entry after `after`, newest first, in the copy."""
    wanted = KIND_TABLES.get(kind)
    tables = {name: e.table for name, e in ENTITIES.items() if e.table in columns
              and (wanted is None or e.table in wanted or e.table in _ALWAYS)}
    if not tables:
        return
    marks = ", ".join("?" for _ in tables)
    cursor = source.execute(
        f"SELECT action, entity, entity_id, changes FROM audit WHERE seq > ? AND entity IN ({marks})"  # noqa: S608
        " ORDER BY seq DESC", (after, *tables))
    while rows := cursor.fetchmany(5000):
        for action, entity, row_id, changes in rows:
            table = tables[entity]
            types = columns[table]
            values = {k: _value(v[0], types.get(k, "")) for k, v in json.loads(changes).items()
                      if k in types and isinstance(v, list) and len(v) == 2}
            if action == "insert":
                target.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))  # noqa: S608
            elif action == "delete" and values:
                names = ["id", *values]
                target.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",  # noqa: S608
                               (row_id, *values.values()))
            elif action in ("update", "migrate") and values:
                assignments = ", ".join(f"{k} = ?" for k in values)
                target.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id))  # noqa: S608


@contextmanager
def register_as_of(register: Register, seal: str, kind: str = "") -> Iterator[Register]:
    """A read-only register over the state right after the entry `seal` names (refused, naming the
    first broken entry, when the chain from that entry on does not hold). Closed at the end of the block."""
    if register.engine != "sqlcipher":  # the copy reads the file's own catalogue: the server's state in
        yield from _on_server(register, seal, kind)  # memory first (one consistent read), then as below
        return
    entry = seals.find(register, seal)
    seals.check_chain(register, entry.seq)  # the entries undone, and the seal's own
    copy = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        copy.execute("BEGIN")
        columns = _copy(register.conn, copy, kind, entry.seq)
        _undo(register.conn, copy, columns, kind, entry.seq)
        copy.execute("COMMIT")
        state = Register(register.path, copy, "", register.actor, None, register.migrations, writable=False)
        state.as_of = AsOf(entry.seq, entry.ts, entry.hash)  # type: ignore[attr-defined]
        state.generated = clock.now()  # type: ignore[attr-defined]
        yield state
    finally:
        copy.close()


def _on_server(register: Register, seal: str, kind: str) -> Iterator[Register]:
    from compliance_desk.storage.pg.snapshot import in_memory

    entry = seals.find(register, seal)  # a seal not in the chain is refused before anything is copied
    seals.check_chain(register, entry.seq)
    wanted = KIND_TABLES.get(kind)
    with in_memory(register, None if wanted is None else (*wanted, *_ALWAYS)) as local:  # type: ignore[arg-type]
        with register_as_of(local, seal, kind) as state:
            yield state
