"""Writing register rows with their audit entries and search-index bodies (part of `Register`)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.arabic import index_terms
from compliance_desk.domain.entities import Entity
from compliance_desk.storage import audit, save_tokens
from compliance_desk.storage.connection import Connection, DatabaseError
from compliance_desk.storage.errors import RecordMissing, StaleRecord
from compliance_desk.storage.migrations import LATEST

# Bump when what goes into the full-text index changes (domain.arabic.index_terms): registers
# indexed by an older app are re-indexed when next opened for writing.
SEARCH_INDEX_VERSION = "2"


class RowWrites:
    """The row-level door of `Register`: every write leaves its audit entry in the same transaction."""

    conn: Connection
    actor: str
    _searchable: set[str]
    migrations: list[Any]

    def _require_transaction(self) -> None:
        raise NotImplementedError

    def atomic(self) -> Any:
        raise NotImplementedError

    def _fts_tables(self) -> set[str]:
        try:
            return {n for (n,) in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB '*_fts'")}
        except DatabaseError:
            return set()

    def rebuild_search_index(self) -> None:
        """Fill the full-text tables from the rows (after a migration, or to repair them)."""
        from compliance_desk.domain.entities import ENTITIES

        with self.atomic():
            for entity in ENTITIES.values():
                if f"{entity.table}_fts" not in self._searchable:
                    continue
                self.conn.execute(f"DELETE FROM {entity.table}_fts")  # noqa: S608
                for row in audit.iter_rows(self.conn, entity.table):
                    self._index(entity, row)
            self.conn.execute("INSERT OR REPLACE INTO register_meta (key, value) VALUES ('search_index_version', ?)",
                              (SEARCH_INDEX_VERSION,))


    def log(self, action: str, details: Mapping[str, Any] | None = None) -> str:
        """Audit an action that is not a row change (open, export, backup, rekey …)."""
        self._require_transaction()
        return self._append(actor=self.actor, action=action, changes=details or {})

    def _append(self, *, actor: str, action: str, entity: str | None = None, entity_id: int | None = None,
                changes: Mapping[str, Any] | None = None, row: Mapping[str, Any] | None = None) -> str:
        """Append one audit entry in this transaction (audit.append); returns its hash, the new seal."""
        return audit.append(self.conn, actor=actor, action=action, entity=entity, entity_id=entity_id,
                            changes=changes, row=row)

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))  # noqa: S608
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

    def insert(self, entity: Entity, values: Mapping[str, Any]) -> int:
        """Insert a row of stored values (see records.py) and its audit entry; returns its id."""
        self._require_transaction()
        if "_save_token" in self.__dict__:
            self._claim_token()
        now = clock.timestamp()
        data = self._sealing(entity, {k: _stored(v) for k, v in values.items()})
        if self.migrations[-1].version < LATEST:  # an older schema (tests of migrations): its columns only
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({entity.table})")}  # noqa: S608
            data = {k: v for k, v in data.items() if k in have or v not in (None, "[]")}
        data.setdefault("created_at", now)
        data.setdefault("updated_at", now)
        columns = ", ".join(data)
        marks = ", ".join("?" for _ in data)
        cursor = self.conn.execute(f"INSERT INTO {entity.table} ({columns}) VALUES ({marks})",  # noqa: S608
                                   tuple(data.values()))
        row_id = int(cursor.lastrowid)
        stored = self.stored_row(entity.table, row_id)
        assert stored is not None
        changes = {k: (None, v) for k, v in stored.items() if v is not None and k != "id"}
        self._append(actor=self.actor, action="insert", entity=entity.name,
                     entity_id=row_id, changes=changes, row=stored)
        self._index(entity, stored)
        return row_id

    def bulk_insert(self, entity: Entity, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """Insert many rows of stored values with their audit entries (imports, benchmarks).

        The same rows and entries as `insert` one by one, written with executemany. Every column
        but the id must be given, so the row hashed is the row stored.
        """
        self._require_transaction()
        columns = [r[1] for r in self.conn.execute(f"PRAGMA table_info({entity.table})")]  # noqa: S608
        seq, prev = audit.head(self.conn)
        next_id = int(self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {entity.table}").fetchone()[0])  # noqa: S608
        now = clock.timestamp()
        table_rows, audit_rows, fts_rows, ids = [], [], [], []
        for values in rows:
            data = self._sealing(entity, {k: _stored(v) for k, v in values.items()})
            data.setdefault("created_at", now)
            data.setdefault("updated_at", now)
            missing = set(columns) - set(data) - {"id"}
            if missing:
                raise ValueError(f"bulk_insert into {entity.table} lacks {sorted(missing)}")
            full = {c: data.get(c) for c in columns}
            full["id"] = next_id
            changes = {k: (None, v) for k, v in full.items() if v is not None and k != "id"}
            seq += 1
            entry = audit.make_entry(seq, prev, actor=self.actor, action="insert", entity=entity.name,
                                     entity_id=next_id, changes=changes, row=full, ts=now)
            prev = entry[-1]
            table_rows.append(tuple(full[c] for c in columns))
            audit_rows.append(entry)
            if entity.search and f"{entity.table}_fts" in self._searchable:
                fts_rows.append((next_id, self._index_body(entity, full)))
            ids.append(next_id)
            next_id += 1
        marks = ", ".join("?" for _ in columns)
        self.conn.executemany(f"INSERT INTO {entity.table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                              table_rows)
        self.conn.executemany(audit.INSERT_SQL, audit_rows)
        if fts_rows:
            self.conn.executemany(f"INSERT INTO {entity.table}_fts (rowid, body) VALUES (?, ?)",  # noqa: S608
                                  fts_rows)
        return ids

    def row_version(self, entity: Entity, row_id: int) -> int:
        """The row's version: the number of its last audit entry (0 for none). Every write of the row
        appends an entry in its own transaction, so the number moves on with every change, whoever
        made it, on either engine; no column of the row holds it."""
        last = self.conn.execute("SELECT max(seq) FROM audit WHERE entity = ? AND entity_id = ?",
                                 (entity.name, row_id)).fetchone()
        return int(last[0] or 0) if last else 0

    @contextmanager
    def expecting(self, entity: Entity, row_id: int | None, version: int | None) -> Iterator[None]:
        """Within the block, the first `update` of that row checks it is still at `version` (as if
        `expected_version` had been passed): an edit dialog guards whatever use case saves it."""
        if row_id is None or version is None:
            yield
            return
        expected: dict[tuple[str, int], int] = self.__dict__.setdefault("_expected", {})
        expected[(entity.name, row_id)] = version
        try:
            yield
        finally:
            expected.pop((entity.name, row_id), None)

    @contextmanager
    def saving(self, token: str | None) -> Iterator[None]:
        """Within the block, the first row write records `token` in its transaction, or raises
        AlreadySaved when a save carrying it was committed before (storage/save_tokens.py)."""
        if token is None:
            yield
            return
        self.__dict__["_save_token"] = token
        try:
            yield
        finally:
            self.__dict__.pop("_save_token", None)

    def _claim_token(self) -> None:
        """The first row write of a save under `saving`: its token checked and recorded, once."""
        token = self.__dict__.pop("_save_token", None)
        if token is not None:
            save_tokens.claim(self.conn, token, self.actor)

    def last_change(self, entity: Entity, row_id: int) -> tuple[int, str, str] | None:
        """The row's last audit entry: its number (the row's version), actor and time."""
        last = self.conn.execute(
            "SELECT seq, actor, ts FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1",
            (entity.name, row_id)).fetchone()
        return (int(last[0]), str(last[1]), str(last[2])) if last is not None else None

    def _check_version(self, entity: Entity, row_id: int, before: Mapping[str, Any], expected: int) -> None:
        """Refuse to write over a change saved since the editor read the row (version `expected`)."""
        last = self.last_change(entity, row_id)
        if last is not None and int(last[0]) != expected:
            raise StaleRecord(str(before.get("reference") or row_id), str(last[1]), str(last[2]), int(last[0]))

    def update(self, entity: Entity, row_id: int, values: Mapping[str, Any],
               expected_version: int | None = None, *, before: Mapping[str, Any] | None = None,
               ) -> dict[str, tuple[Any, Any]]:
        """Apply changed values to a row with one audit entry; returns {field: (before, after)}.

        `expected_version`: the row's version when the editor read it (`row_version`); a row
        changed since is refused (StaleRecord, naming who changed it and when), never overwritten.
        `before`: the row as stored, when the caller has just read it (`stored_row`) in this transaction and
        nothing was executed since; not read a second time. It is the state written over: the file's
        write lock is held from the transaction's start; a server's save that reads before its lock
        (`atomic(late_lock=True)`) writes only if the row is still as read (storage/pg/register.py).
        """
        self._require_transaction()
        if before is None:
            before = self.stored_row(entity.table, row_id)
        if before is None:
            raise RecordMissing(entity.name, row_id)
        if "_save_token" in self.__dict__:  # before the version: a retried save finds its own change
            self._claim_token()
        if expected_version is None:  # an edit dialog's version for the row (`expecting`), checked once
            expected_version = self.__dict__.get("_expected", {}).pop((entity.name, row_id), None)
        if expected_version is not None:
            self._check_version(entity, row_id, before, expected_version)
        data = {k: _stored(v) for k, v in values.items()}
        shown = self.opened_row(dict(before))
        changed = self._sealing(entity, {k: v for k, v in data.items() if shown.get(k) != v})
        if not changed:
            return {}
        changed["updated_at"] = clock.timestamp()
        after = self._update_row(entity, row_id, changed)
        changes = {k: (before[k], after[k]) for k in changed}
        self._append(actor=self.actor, action="update", entity=entity.name,
                     entity_id=row_id, changes=changes, row=after)
        self._index(entity, after)
        return changes

    def _update_row(self, entity: Entity, row_id: int, changed: Mapping[str, Any]) -> dict[str, Any]:
        """Write `changed` to the row; the row as stored after it."""
        assignments = ", ".join(f"{k} = ?" for k in changed)
        self.conn.execute(f"UPDATE {entity.table} SET {assignments} WHERE id = ?",  # noqa: S608
                          (*changed.values(), row_id))
        after = self.stored_row(entity.table, row_id)
        assert after is not None
        return after

    def delete(self, entity: Entity, row_id: int) -> dict[str, Any]:
        self._require_transaction()
        if "_save_token" in self.__dict__:
            self._claim_token()
        before = self.stored_row(entity.table, row_id)
        if before is None:
            raise RecordMissing(entity.name, row_id)
        self.conn.execute(f"DELETE FROM {entity.table} WHERE id = ?", (row_id,))  # noqa: S608
        changes = {k: (v, None) for k, v in before.items() if v is not None and k != "id"}
        self._append(actor=self.actor, action="delete", entity=entity.name,
                     entity_id=row_id, changes=changes)
        if f"{entity.table}_fts" in self._searchable:
            self.conn.execute(f"DELETE FROM {entity.table}_fts WHERE rowid = ?", (row_id,))  # noqa: S608
        return self.opened_row(before)

    # Values sealed before they are stored (a register on a server: storage/pg/sealed.py); on the file,
    # encrypted whole, every value is stored as it is. The audit chain hashes the row as stored.
    def _sealing(self, entity: Entity, data: dict[str, Any]) -> dict[str, Any]:
        """`data` as it is to be stored."""
        return data

    def stored_row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """The row as stored (what its audit entry records and hashes)."""
        return self.row(table, row_id)

    def opened_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """A stored row as the officer reads it."""
        return row

    def opened_value(self, column: str, value: Any) -> Any:
        """One stored value of `column` as the officer reads it (an audit entry's before or after)."""
        return value

    def attachment_bytes(self, attachment_id: int, size: int, stored: bytes) -> bytes:
        """An attachment's bytes as stored, opened."""
        return bytes(stored)

    def _index(self, entity: Entity, row: Mapping[str, Any]) -> None:
        if not entity.search or f"{entity.table}_fts" not in self._searchable:
            return
        self.conn.execute(f"INSERT OR REPLACE INTO {entity.table}_fts (rowid, body) VALUES (?, ?)",  # noqa: S608
                          (row["id"], self._index_body(entity, row)))

    def _index_body(self, entity: Entity, row: Mapping[str, Any]) -> str:
        """What this engine's full-text table holds for a row (PostgreSQL: its words, storage/search.py)."""
        return _search_body(entity, row)


def _search_body(entity: Entity, row: Mapping[str, Any]) -> str:
    """What the full-text index holds for a row: its reference and searchable fields, folded."""
    parts = [str(row.get("reference") or "")] + [str(row[f]) for f in entity.search if row.get(f)]
    return index_terms(" ".join(parts))


def _stored(value: Any) -> Any:
    """The value as SQLite stores it: lists of codes become JSON text."""
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value
