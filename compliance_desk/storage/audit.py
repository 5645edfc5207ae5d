"""The tamper-evident audit chain.

Each entry holds what happened (actor, action, entity, id, changed fields before/after), the
hash of the row as it stands afterwards, the previous entry's hash, and its own SHA-256 over a
canonical serialisation of all that. `verify` recomputes the chain and compares every register
row with the row hash its last audit entry recorded, so edits made outside the app show.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import BY_TABLE, ENTITIES

GENESIS = "0" * 64
ENTRY_FIELDS = ("seq", "ts", "actor", "action", "entity", "entity_id", "changes", "row_hash",
                "prev_hash")
ROW_ACTIONS = ("insert", "update", "delete")


# Canonical serialisations are unit/record-separated strings (no JSON round trip when verifying a
# million entries): fields joined by US (0x1F); each value typed (n: null, i: integer, f: float,
# s: text, b: blob's SHA-256). Control characters never occur unescaped in the values: the changes
# are JSON text (which escapes them) and actors are cleaned before they are written.
US, RS = "\x1f", "\x1e"
_CONTROL = str.maketrans({chr(c): " " for c in range(32)})
# One encoder for every entry (json.dumps builds a new one per call when given options).
_CHANGES = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_changes(changes: Mapping[str, Any]) -> str:
    """The changes as stored: JSON with sorted keys, no spaces, UTF-8 as is."""
    return _CHANGES.encode(changes)  # json.dumps(changes, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def plain(value: Any) -> Any:
    """A JSON-able stand-in for a stored value; blobs become their SHA-256."""
    kind = type(value)
    if kind is str or kind is int or value is None:  # nearly every value: returned as is, at once
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def _typed(value: Any) -> str:
    kind = type(value)
    if kind is str:  # the common types first, each written as the general case below writes it
        return "s" + value
    if kind is int:
        return f"i{value}"
    if value is None:
        return "n"
    if isinstance(value, bool | int):
        return f"i{int(value)}"
    if isinstance(value, float):
        return f"f{value!r}"
    if isinstance(value, bytes | bytearray | memoryview):
        return "b" + hashlib.sha256(bytes(value)).hexdigest()
    return f"s{value}"


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 of a row's columns, sorted by name, each typed."""
    text = RS.join([f"{k}{US}{_typed(row[k])}" for k in sorted(row)])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 of an entry's fields in a fixed order (`changes` as its stored JSON text)."""
    changes = entry["changes"]
    if not isinstance(changes, str):
        changes = canonical_changes(changes)
    parts = (entry["seq"], entry["ts"], entry["actor"], entry["action"], entry["entity"], entry["entity_id"],
             changes, entry["row_hash"], entry["prev_hash"])
    return hashlib.sha256(US.join([_typed(p) for p in parts]).encode("utf-8", "surrogatepass")).hexdigest()


def head(conn: Any) -> tuple[int, str]:
    """The last entry's sequence number and hash (0 and the genesis hash when empty)."""
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (last[0], last[1]) if last else (0, GENESIS)


INSERT_SQL = ("INSERT INTO audit (seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash, hash)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def make_entry(seq: int, prev: str, *, actor: str, action: str, entity: str | None = None,
               entity_id: int | None = None, changes: Mapping[str, Any] | None = None,
               row: Mapping[str, Any] | None = None, ts: str | None = None,
               hashed: str | None = None) -> tuple[Any, ...]:
    """The column values of entry `seq` following the entry hashed `prev` (its hash last); `hashed`:
    the row's hash (`row_hash(row)`), when the caller has it already."""
    body = {k: [plain(b), plain(a)] for k, (b, a) in (changes or {}).items()} \
        if action in ROW_ACTIONS else dict(changes or {})
    entry = {"seq": seq, "ts": ts or clock.timestamp(), "actor": actor.translate(_CONTROL), "action": action,
             "entity": entity, "entity_id": entity_id, "changes": canonical_changes(body),
             "row_hash": hashed or (row_hash(row) if row is not None else None), "prev_hash": prev}
    return (*(entry[k] for k in ENTRY_FIELDS), entry_hash(entry))


def append(
    conn: Any,
    *,
    actor: str,
    action: str,
    entity: str | None = None,
    entity_id: int | None = None,
    changes: Mapping[str, Any] | None = None,
    row: Mapping[str, Any] | None = None,
) -> str:
    """Append one entry inside the caller's transaction; returns its hash (the new seal)."""
    seq, prev = head(conn)
    values = make_entry(seq + 1, prev, actor=actor, action=action, entity=entity, entity_id=entity_id,
                        changes=changes, row=row)
    conn.execute(INSERT_SQL, values)
    return str(values[-1])


@dataclass(frozen=True)
class Problem:
    """One thing verify found wrong, with where it is."""

    kind: str  # chain | row_changed | row_added | row_deleted | integrity
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}"


@dataclass
class Verdict:
    entries: int
    seal: str
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


Progress = Callable[[int], bool] | None  # called with entries done; returning False cancels


def _stored_entry_hash(r: tuple[Any, ...]) -> str:
    """entry_hash for a stored row (seq … prev_hash, hash), without building a dict: the hot loop of
    verifying a million entries. Must agree with entry_hash (a test holds them together)."""
    seq, ts, actor, action, entity, entity_id, changes, row, prev = r[:9]
    text = (f"i{seq}{US}s{ts}{US}s{actor}{US}s{action}{US}{'n' if entity is None else 's' + entity}{US}"
            f"{'n' if entity_id is None else 'i' + str(entity_id)}{US}s{changes}{US}"
            f"{'n' if row is None else 's' + row}{US}s{prev}")
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


Tally = dict[tuple[Any, Any], list[int]]  # (entity, action) → [entries, first seq, last seq]


def verify_chain(conn: Any, progress: Progress = None, start: int = 1,
                 tally: Tally | None = None) -> tuple[int, str, Problem | None]:
    """Walk the chain; return the count, the head hash and the first broken entry, if any.

    `start` > 1 walks from that entry to the head only (it must follow the hash stored for the one
    before it): what a seal's answer rests on, in time proportional to the entries since. `tally`
    counts the verified entries after `start` by (entity, action) on the way, so that what changed
    since a seal needs no second pass over them (storage.seals)."""
    expected_seq, prev, prev_ts, count = 1, GENESIS, "", 0
    if start > 1:
        before = conn.execute("SELECT seq, ts, hash FROM audit WHERE seq = ?", (start - 1,)).fetchone()
        if before is not None:
            expected_seq, prev_ts, prev = start, before[1], before[2]
    cursor = conn.execute(
        "SELECT seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash, hash"
        " FROM audit WHERE seq >= ? ORDER BY seq", (expected_seq,)
    )
    while rows := cursor.fetchmany(5000):
        for r in rows:
            seq = r[0]
            if seq == expected_seq and r[8] == prev and r[1] >= prev_ts and _stored_entry_hash(r) == r[9]:
                prev, prev_ts, expected_seq = r[9], r[1], seq + 1
                count += 1
                if tally is not None and seq > start:
                    _tally(tally, r)
                continue
            entry = dict(zip((*ENTRY_FIELDS, "hash"), r, strict=True))
            where = f"audit entry {seq}"
            if seq != expected_seq:
                detail = (f"entries {expected_seq}–{seq - 1} are missing" if seq > expected_seq
                          else f"out of order (expected entry {expected_seq})")
                return count, prev, Problem("chain", where, detail)
            if entry["prev_hash"] != prev:
                return count, prev, Problem(
                    "chain", where,
                    f"does not follow entry {seq - 1} (an entry was altered, removed or inserted)")
            if entry_hash(entry) != entry["hash"]:
                return count, prev, Problem("chain", where, "its content was altered after it was written")
            if entry["ts"] < prev_ts:
                return count, prev, Problem("chain", where, "is dated before the entry it follows")
            prev, prev_ts, expected_seq = entry["hash"], entry["ts"], seq + 1
            count += 1
            if tally is not None and seq > start:
                _tally(tally, r)
        if progress is not None and progress(count) is False:
            break
    return count, prev, None


def _tally(tally: Tally, r: tuple[Any, ...]) -> None:
    found = tally.get((r[4], r[3]))
    if found is None:
        tally[(r[4], r[3])] = [1, r[0], r[0]]
    else:
        found[0] += 1
        found[2] = r[0]  # the walk goes in sequence order


def _last_row_hashes(conn: Any) -> dict[tuple[str, int], tuple[str | None, int]]:
    """For every audited row: the row hash its last entry recorded (None when it was deleted) and
    that entry's sequence number."""
    cursor = conn.execute(
        "SELECT a.entity, a.entity_id, a.action, a.row_hash, a.seq FROM audit a"
        " JOIN (SELECT entity, entity_id, max(seq) AS seq FROM audit"
        "       WHERE entity IS NOT NULL GROUP BY entity, entity_id) last ON last.seq = a.seq"
    )
    return {(e, i): (None if action == "delete" else h, seq) for e, i, action, h, seq in cursor}


def added_columns(conn: Any) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Per table, the columns each migration added to it and that migration's entry number."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    cursor = conn.execute("SELECT seq, changes FROM audit WHERE action = 'migrate' AND entity IS NULL"
                          " AND changes LIKE '%columns_added%' ORDER BY seq")
    for seq, changes in cursor:
        for table, columns in (json.loads(changes).get("columns_added") or {}).items():
            found.setdefault(table, []).append((seq, tuple(columns)))
    return found


def iter_rows(conn: Any, table: str) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608 - table names are ours
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(2000):
        for r in rows:
            yield dict(zip(names, r, strict=True))


def _tables(conn: Any) -> list[str]:
    present = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in BY_TABLE if t in present]


def _sealed_cells(conn: Any) -> dict[tuple[str, int], dict[str, Any]]:
    """A snapshot of a register on a server holds its sealed values in clear and, in `sealed_cells`,
    as the server stored them (sealed): what the chain hashed (storage/pg/snapshot.py)."""
    present = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    found: dict[tuple[str, int], dict[str, Any]] = {}
    if "sealed_cells" in present:
        for table, row_id, column, value in conn.execute(
                "SELECT table_name, row_id, column_name, stored FROM sealed_cells"):
            found.setdefault((table, row_id), {})[column] = value
    return found


def _as_of(row: dict[str, Any], seq: int, later: list[tuple[int, tuple[str, ...]]]) -> dict[str, Any]:
    """The row as an entry numbered `seq` hashed it: without the columns added after it while empty."""
    out = row
    for added_at, columns in later:
        if added_at > seq:
            for c in columns:
                if c in out and out[c] is None:
                    if out is row:
                        out = dict(row)
                    del out[c]
    return out


def _row_findings(conn: Any) -> Iterator[tuple[str, str, int, dict[str, Any] | None]]:
    """(kind, entity, id, row) for every row that differs from its audit trail; row is None for a
    row the trail says exists but the table does not hold."""
    expected = _last_row_hashes(conn)
    added = added_columns(conn)
    stored = _sealed_cells(conn)
    for table in _tables(conn):
        entity = BY_TABLE[table]
        later = added.get(table)
        for row in iter_rows(conn, table):
            key = (entity.name, row["id"])
            if stored and (table, row["id"]) in stored:  # a snapshot of a server: hashed as the server stored it
                row = {**row, **stored[(table, row["id"])]}
            found = expected.pop(key, None)
            if found is None or found[0] is None:
                yield "row_added", entity.name, row["id"], row
            elif found[0] != row_hash(_as_of(row, found[1], later) if later else row):
                yield "row_changed", entity.name, row["id"], row
    for (entity_name, entity_id), (h, _seq) in sorted(expected.items()):
        if h is not None and entity_name in ENTITIES:
            yield "row_deleted", entity_name, entity_id, None


def row_mismatches(conn: Any) -> dict[tuple[str, int], dict[str, Any] | None]:
    """Every row that does not match its audit trail, by (entity, id)."""
    return {(entity, row_id): row for _kind, entity, row_id, row in _row_findings(conn)}


def verify_rows(conn: Any, limit: int = 20) -> list[Problem]:
    """Register rows whose content differs from what the audit trail says (first `limit`)."""
    problems: list[Problem] = []
    for kind, entity_name, row_id, row in _row_findings(conn):
        if kind == "row_deleted":
            problems.append(Problem(kind, f"{entity_name} {row_id}",
                                    "was deleted outside the app (its audit trail says it exists)"))
        else:
            assert row is not None
            where = f"{entity_name} {row.get('reference') or row_id}"
            problems.append(Problem(kind, where, "was added outside the app (no audit entry)" if kind == "row_added"
                                    else "differs from its last audit entry (edited outside the app)"))
        if len(problems) >= limit:
            break
    return problems
