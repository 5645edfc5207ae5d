"""The cursor a statement on a server returns, as the use cases read the file's (DB-API)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import pq


class Cursor:
    """The DB-API cursor the use cases expect (fetch…, description, iteration, lastrowid).

    With a `sealer` (storage/pg/sealed.py), the text of a sealed column is read opened."""

    def __init__(self, cursor: psycopg.Cursor[Any], returns_id: bool, sealer: Any = None) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        # whether the statement returns rows, asked of the result's status: psycopg's `description`
        # builds a column object per column at each call (a save asked it seven times)
        result = cursor.pgresult
        self._rows = result is not None and result.status == pq.ExecStatus.TUPLES_OK
        self._description: Any = None
        if returns_id:
            row = cursor.fetchone()
            self.lastrowid = int(row[0]) if row else None
        self._sealed: list[tuple[int, str]] = []
        if sealer is not None and self._rows:
            from compliance_desk.storage.pg.sealed import COLUMNS

            self._sealed = [(i, name) for i, name in enumerate(self.names()) if name in COLUMNS]
        self._sealer = sealer

    def names(self) -> list[str]:
        """The result's column names, read from the result itself: psycopg's `description` builds a
        column object per column (a save read two rows of 40 columns)."""
        result = self._cursor.pgresult
        if result is None or not self._rows:
            return []
        return [(result.fname(i) or b"").decode() for i in range(result.nfields)]  # the schema's names are ASCII

    def _opened(self, row: Any) -> Any:
        if not self._sealed or row is None:
            return row
        values = list(row)
        for i, name in self._sealed:
            if isinstance(values[i], str):
                values[i] = self._sealer.open_text(name, values[i])
        return tuple(values)

    @property
    def description(self) -> Any:
        """DB-API's seven items per column, the name first (what the use cases read); None for none."""
        if self._description is None and self._rows:
            self._description = [(name, None, None, None, None, None, None) for name in self.names()]
        return self._description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def last_result(self) -> Cursor:
        """After statements sent as one (`BEGIN; …; SELECT …`): the last one's result."""
        while self._cursor.nextset():
            pass
        return Cursor(self._cursor, False, self._sealer)

    def fetchone(self) -> Any:
        return self._opened(self._cursor.fetchone()) if self._rows else None

    def fetchall(self) -> list[Any]:
        rows = self._cursor.fetchall() if self._rows else []
        return [self._opened(r) for r in rows] if self._sealed else rows

    def fetchmany(self, size: int) -> list[Any]:
        rows = self._cursor.fetchmany(size) if self._rows else []
        return [self._opened(r) for r in rows] if self._sealed else rows

    def __iter__(self) -> Iterator[Any]:
        if not self._rows:
            return iter(())
        return (self._opened(r) for r in self._cursor) if self._sealed else iter(self._cursor)
