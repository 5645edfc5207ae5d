"""The part of `PgRegister` that seals values before they reach the server (storage/pg/sealed.py).

A register on a server either has a register key (RK: `server init` with a register passphrase
made one) or not (initialised before there were keys, or by a tool without one: its values are
stored as they are, as on the file). With a key:
- every write seals the sensitive identifiers and an attachment's bytes; a person who has not
  opened RK (no wrap, or no register passphrase given) is refused such a write (KeyNeeded), never
  silently stored in clear;
- every read opens them (the connection does it); without RK they read as "encrypted — no key";
- the audit chain records and hashes the row as stored — ciphertext — so `verify` needs no key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from cryptography.exceptions import InvalidTag

from compliance_desk.domain.entities import Entity
from compliance_desk.storage.pg import keys
from compliance_desk.storage.pg.sealed import COLUMNS, SEALED, KeyNeeded, Sealer, is_sealed

Offered = str | Callable[[], str | None] | None
SEAL_BATCH = 2000  # rows read, sealed and written at a time by seal_existing

# What the search box of a register finds by exact value through the blind index, besides its
# full-text words: entity → (table, the column naming the entity's id, sealed columns).
LOOKUPS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "customer": (("customers", "id", ("email", "phone", "date_of_birth")),
                 ("documents", "customer_id", ("number", "mrz"))),
    "request": (("requests", "id", ("requester_contact",)),),
}


def plausible(column: str, value: str) -> bool:
    """Whether `value` could be a value of `column` (else its blind index is not looked up)."""
    text = value.strip()
    digits = sum(ch.isdigit() for ch in text)
    if column == "date_of_birth":
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None
    if column == "email":
        return "@" in text
    if column == "phone":
        return digits >= 6 and re.fullmatch(r"[\d+\s\-()]+", text) is not None
    if column == "requester_contact":
        return "@" in text or digits >= 6
    return digits > 0  # a document number, an MRZ line


def _to_seal(table: str, data: Mapping[str, Any]) -> bool:
    """Whether writing `data` to `table` seals anything (a value in clear in a sealed column)."""
    if table == "attachments":
        return isinstance(data.get("content"), bytes | bytearray | memoryview) and not is_sealed(data["content"])
    return any(isinstance(data.get(c), str) and data[c] and not is_sealed(data[c]) for c in SEALED.get(table, ()))


class Sealing:
    """Mixed into PgRegister: what a register key changes in reading and writing rows."""

    conn: Any
    actor: str
    register_key: keys.RegisterKey | None = None
    keyed = False  # the register has a register key (somebody holds a wrap)

    def _open_key(self, offered: Offered) -> None:
        """Open RK with this person's register passphrase (`offered`, or what the command line was
        given); a person without a wrap, or who gave none, opens the register without it."""
        self.keyed = keys.any_wrap(self.conn)
        if offered is None:
            offered = keys.OFFERED.get()
        if self.keyed and offered is not None and keys.holds_wrap(self.conn, self.actor):
            passphrase = offered() if callable(offered) else offered
            if passphrase:
                opened = keys.open_wrap(self.conn, self.actor, passphrase)
                self.register_key, self._private = opened.key, opened.private
        elif self.keyed and isinstance(offered, str) and offered:
            raise keys.NoRegisterKey(self.actor)  # a passphrase given for a key this person does not hold
        self.use_key(self.register_key)

    _private: Any = None  # this person's private key (X25519), opened with RK, kept as RK is
    _wrapped: bytes | None = None  # the wrap RK came from: another one there means a rotation since

    def use_key(self, key: keys.RegisterKey | None) -> None:
        """Read and write with `key` (and the keys rotations retired, which it opens)."""
        self.register_key = key
        retired = keys.retired(self.conn, key) if key is not None else []
        self._wrapped = keys.current_wrap(self.conn, self.actor) if key is not None else None
        if not self.keyed:
            self.conn.sealer = None
        elif self.conn.sealer is not None:  # the same object: cursors being read hold it
            self.conn.sealer.adopt(key, retired)
        else:
            self.conn.sealer = Sealer(key, retired=retired)
            self.conn.sealer.renew = self._renewed

    def _renewed(self) -> bool:
        """The key a rotation made since this session opened RK, opened with the private key kept
        in memory and adopted; False when there is none (or no way to open it)."""
        wrapped = keys.current_wrap(self.conn, self.actor) if self.register_key is not None else None
        if wrapped is None or wrapped == self._wrapped or self._private is None:
            return False
        try:
            key = keys.open_sealed(self._private, self.actor, wrapped)
        except InvalidTag:
            return False
        self.use_key(key)
        return True

    def _fresh_key(self) -> None:
        """Before sealing a value (inside the write's transaction, under the writers' lock): the key
        this session holds is still the register's. After a rotation, the new one (opened with the
        private key kept in memory); this person's wrap gone (removed, or a first-release wrap a
        rotation could not renew): refused, never sealed under a retired key."""
        if self.register_key is None or self._key_checked:
            return
        wrapped = keys.current_wrap(self.conn, self.actor)
        if wrapped != self._wrapped and (wrapped is None or not self._renewed()):
            raise keys.NoRegisterKey(self.actor)
        self._key_checked = True  # no rotation until this transaction ends: it waits for the writers' lock

    _depth: int
    _key_checked = False

    @contextmanager
    def atomic(self, *, late_lock: bool = False) -> Iterator[None]:
        """Register.atomic; a new transaction checks the key again before it seals (`_fresh_key`)."""
        if self._depth == 0:
            self._key_checked = False
        with super().atomic(late_lock=late_lock):  # type: ignore[misc]  # Register.atomic
            yield

    def opened_value(self, column: str, value: Any) -> Any:
        if self.conn.sealer is None or column not in COLUMNS or not isinstance(value, str):
            return value
        return self.conn.sealer.open_text(column, value)

    def sealed_columns(self, table: str) -> tuple[str, ...]:
        """The columns of `table` whose stored values are sealed: SQL cannot sort by them (a listing
        sorted by one is shown in reference order instead, storage/listing.py)."""
        return SEALED.get(table, ()) if self.keyed else ()

    @property
    def sealer(self) -> Sealer:
        return self.conn.sealer or Sealer(None)

    def _sealing(self, entity: Entity, data: dict[str, Any]) -> dict[str, Any]:
        if not self.keyed:
            return data
        if _to_seal(entity.table, data):
            self._fresh_key()
        sealer = self.sealer
        if entity.table == "attachments" and isinstance(data.get("content"), bytes | bytearray | memoryview) \
                and not is_sealed(data["content"]):
            plain = bytes(data["content"])
            row_id = data.get("id") or int(self.conn.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM attachments").fetchone()[0])  # under the writers' lock
            data = {**data, "id": row_id, "content": sealer.seal_blob("attachments", row_id, plain),
                    "sha256": sealer.digest(plain)}
        if entity.table in SEALED:
            data = sealer.seal_row(entity.table, data)
        return data

    def stored_row(self, table: str, row_id: int) -> dict[str, Any] | None:
        with self.conn.as_stored():
            return self.row(table, row_id)  # type: ignore[attr-defined, no-any-return]  # Register.row

    def opened_row(self, row: dict[str, Any]) -> dict[str, Any]:
        if self.conn.sealer is None:
            return row
        return {k: self.conn.sealer.open_text(k, v) if k in COLUMNS and isinstance(v, str) else v
                for k, v in row.items()}

    def _unsealed(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """The row without its sealed columns: in a register with a key, they never enter the
        full-text index, read in clear or not (found whole through the blind index instead)."""
        if not self.keyed:
            return dict(row)
        return {k: v for k, v in row.items() if k not in COLUMNS}

    def attachment_bytes(self, attachment_id: int, size: int, stored: bytes) -> bytes:
        """An attachment's bytes opened (KeyNeeded without RK)."""
        if not is_sealed(stored):
            return bytes(stored)
        if self.register_key is None:
            raise KeyNeeded("content")
        return self.sealer.open_blob("attachments", attachment_id, size, stored)

    def find_sealed(self, table: str, column: str, value: str) -> list[int]:
        """Ids of the rows whose `column` equals `value` (normalised): by the blind index when
        sealed, by the value itself when stored in clear (written before the register had a key)."""
        if column not in SEALED.get(table, ()):
            raise ValueError(f"{table}.{column} is not sealed")
        ids: list[int] = []
        if self.register_key is not None:
            prefix = self.sealer.lookup_prefix(column, value)
            ids += [int(r[0]) for r in self.conn.execute(
                f"SELECT id FROM {table} WHERE substr({column}, 1, ?) = ? ORDER BY id",  # noqa: S608 - our names
                (len(prefix), prefix))]
        ids += [int(r[0]) for r in self.conn.execute(
            f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id", (value.strip(),))]  # noqa: S608
        return sorted(set(ids))

    def sealed_match(self, entity: Entity, query: str) -> tuple[str, list[Any]] | None:
        """A condition on `rowid` (the entity's id) true for the rows holding `query` exactly in a
        sealed column (a passport number, an e-mail): ORed with the full-text match, so the search box
        still finds a customer by a value the full-text index no longer holds. The blind-index lookups
        (indexed) run first; None when they find nothing, so a name search costs no more than before."""
        if self.register_key is None or entity.name not in LOOKUPS or not query.strip():
            return None
        sealer, selects, params = self.sealer, [], []
        for table, id_column, columns in LOOKUPS[entity.name]:
            for column in columns:
                if plausible(column, query):  # a name holds no digits, no @: no lookup at all
                    prefix = sealer.lookup_prefix(column, query)
                    selects.append(f"SELECT {id_column} FROM {table} WHERE substr({column}, 1, {len(prefix)}) = ?")  # noqa: S608
                    params.append(prefix)
        if not selects:
            return None
        ids = {int(r[0]) for r in self.conn.execute(" UNION ".join(selects), params) if r[0] is not None}
        if not ids:
            return None
        return f"rowid IN ({', '.join('?' for _ in ids)})", sorted(ids)

    def seal_existing(self) -> int:
        """Seal, in one transaction, every value of a sealed column still stored in clear (a register
        imported from a file, or keyed after it was filled): each row changed gets one audit entry
        `sealed_at_rest` naming the fields (never their values) with the row's new hash. The entries
        before it keep what they recorded; returns the rows sealed.

        In batches (an import seals every customer and document: 700 000 rows at full size): the rows
        read as stored, BATCH at a time, and their UPDATEs and entries sent together (psycopg's
        pipeline); the transaction holds the writers' lock, so the chain's head is read once and
        extended here, and each row as stored after its UPDATE is the row read with its sealed values."""
        from compliance_desk.domain.entities import BY_TABLE
        from compliance_desk.storage import audit

        if self.register_key is None:
            raise KeyNeeded("content")
        sealer, count = self.sealer, 0
        targets = [(table, columns) for table, columns in SEALED.items()] + [("attachments", ("content",))]
        with self.atomic():  # type: ignore[attr-defined]
            seq, prev = audit.head(self.conn)
            for table, columns in targets:
                after = 0
                while True:
                    with self.conn.as_stored():
                        cursor = self.conn.execute(
                            f"SELECT * FROM {table} WHERE id > ? ORDER BY id LIMIT ?",  # noqa: S608
                            (after, SEAL_BATCH if table != "attachments" else 20))  # attachments: whole files
                        names = [d[0] for d in cursor.description]
                        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
                    if not rows:
                        break
                    after = int(rows[-1]["id"])
                    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
                    entries = []
                    for row in rows:
                        plain = {c: row[c] for c in columns
                                 if row[c] is not None and row[c] != "" and not is_sealed(row[c])}
                        if not plain:
                            continue
                        if table == "attachments":
                            data = bytes(plain["content"])
                            plain = {"content": sealer.seal_blob(table, row["id"], data), "sha256": sealer.digest(data)}
                        else:
                            plain = sealer.seal_row(table, plain)
                        updates.setdefault(tuple(plain), []).append((*plain.values(), row["id"]))
                        values = audit.make_entry(seq + 1, prev, actor=self.actor, action="sealed_at_rest",
                                                  entity=BY_TABLE[table].name, entity_id=row["id"],
                                                  changes={"fields": sorted(plain)}, row={**row, **plain})
                        entries.append(values)
                        seq, prev = seq + 1, str(values[-1])
                    for assigned, params in updates.items():
                        assignments = ", ".join(f"{c} = ?" for c in assigned)
                        self.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", params)  # noqa: S608
                    if entries:
                        self.conn.executemany(audit.INSERT_SQL, entries)
                    count += len(entries)
            if count:  # the sealed values leave the full-text index
                self.rebuild_search_index()  # type: ignore[attr-defined]
        return count
