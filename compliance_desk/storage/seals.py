"""Seals and the files they cover: a printed seal found in the chain and what changed since, the
export that produced a file, and the list of every export.

A report's seal is the hash of the `export` entry its export wrote before rendering. Once the
files are written, an `export_files` entry records each file's name, SHA-256 and size and the
number of the export entry it completes (two entries, not one completed in place: the chain is
append-only, and the seal must be known before the first page is drawn).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance_desk.domain.errors import ActionFailed, InvalidInput
from compliance_desk.storage import audit
from compliance_desk.storage.register import Register

MIN_PREFIX = 12
_HEX = re.compile(r"^[0-9a-f]{1,64}$")
_SCANNED = re.compile(r"\bseal=([0-9A-Fa-f]+)")
ROW_ACTIONS = ("insert", "update", "delete", "migrate")


class Seal(str):
    """A seal as printed: the export entry's hash, knowing that entry's number and time."""

    entry: int
    at: str

    def __new__(cls, value: str, entry: int = 0, at: str = "") -> Seal:
        made = super().__new__(cls, value)
        made.entry, made.at = entry, at
        return made


@dataclass(frozen=True)
class Entry:
    seq: int
    ts: str
    actor: str
    action: str
    hash: str
    details: dict[str, Any]


@dataclass
class Since:
    """What followed an entry: record changes by (entity, action), the first and last of them, and
    how many other entries (exports, opens, backups) there were."""

    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    first: Entry | None = None
    last: Entry | None = None
    other: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.counts)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class SealAnswer:
    entry: Entry
    files: list[dict[str, Any]]
    since: Since

    @property
    def exit_code(self) -> int:
        return 1 if self.since.changed else 0


@dataclass
class FileAnswer:
    name: str
    sha256: str
    size: int
    export: Entry | None = None  # the export that produced this exact file
    same_name: Entry | None = None  # else an export that produced a file of that name
    expected: str = ""  # that file's SHA-256

    @property
    def exit_code(self) -> int:
        return 0 if self.export is not None else 1


class ChainBroken(ActionFailed):
    def __init__(self, problem: audit.Problem) -> None:
        super().__init__("seal_chain_broken", where=problem.where, detail=problem.detail)


def parse(text: str) -> str:
    """A seal as typed or pasted: hex, at least MIN_PREFIX characters (spaces and case ignored); the
    text of a report's QR code ("compliance-desk seal=… entry=… kind=…") gives its seal."""
    scanned = _SCANNED.search(text or "")
    if scanned:
        text = scanned.group(1)
    cleaned = re.sub(r"[\s:\-\u2066-\u2069\u200e\u200f]", "", text or "").lower()
    if not cleaned or not _HEX.match(cleaned):
        raise InvalidInput("seal_not_hex", seal=(text or "").strip()[:80])
    if len(cleaned) < MIN_PREFIX:
        raise InvalidInput("seal_too_short", seal=cleaned, minimum=MIN_PREFIX)
    return cleaned


def check_chain(register: Register, start: int = 1, tally: audit.Tally | None = None) -> int:
    """Walk the chain from entry `start` to the head; refuse (naming the first broken entry) when it does
    not hold. Returns the entries walked.

    A seal's answer rests on its own entry and every entry after it (what changed since, what an
    as-of report undoes): those are walked, in time proportional to the entries since the seal.
    Entries before it cannot be altered without changing the seal's own hash, unless the chain is
    broken there, which `verify` (the whole chain) finds."""
    count, _head, problem = audit.verify_chain(register.conn, start=start, tally=tally)
    if problem is not None:
        raise ChainBroken(problem)
    return count


def _entry(row: Iterable[Any]) -> Entry:
    seq, ts, actor, action, digest, changes = row
    return Entry(seq, ts, actor, action, digest, json.loads(changes))


_COLUMNS = "seq, ts, actor, action, hash, changes"


def entry_at(register: Register, seq: int) -> Entry | None:
    row = register.conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE seq = ?", (seq,)).fetchone()  # noqa: S608
    return _entry(row) if row else None


def find(register: Register, text: str) -> Entry:
    """The entry a seal (or a prefix of it) names; InvalidInput when it is not in this chain."""
    prefix = parse(text)
    rows = register.conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE hash >= ? AND hash < ?"  # noqa: S608
                                 " ORDER BY seq LIMIT 2", (prefix, prefix + "~")).fetchall()
    if not rows:
        raise InvalidInput("seal_not_found", seal=prefix, path=register.path.name)
    if len(rows) > 1:
        raise InvalidInput("seal_ambiguous", seal=prefix)
    return _entry(rows[0])


def files_of(register: Register, seq: int) -> list[dict[str, Any]]:
    """The files the export entry `seq` produced (name, sha256, bytes), as its export_files entry says."""
    row = register.conn.execute(
        "SELECT changes FROM audit WHERE action = 'export_files' AND seq > ?"
        " AND json_extract(changes, '$.export') = ? ORDER BY seq LIMIT 1", (seq, seq)).fetchone()
    return list(json.loads(row[0]).get("files") or []) if row else []


def since(register: Register, seq: int) -> Since:
    """What changed in the register's records after entry `seq`."""
    found = Since()
    first = last = None
    for entity, action, count, low, high in register.conn.execute(
            "SELECT entity, action, count(*), min(seq), max(seq) FROM audit WHERE seq > ? AND entity IS NOT NULL"
            " GROUP BY entity, action ORDER BY entity, action", (seq,)):
        found.counts[(entity, action)] = count
        first = low if first is None else min(first, low)
        last = high if last is None else max(last, high)
    if first is not None and last is not None:
        found.first, found.last = entry_at(register, first), entry_at(register, last)
    found.other = int(register.conn.execute(
        "SELECT count(*) FROM audit WHERE seq > ? AND entity IS NULL", (seq,)).fetchone()[0])
    return found


def check_seal(register: Register, text: str) -> SealAnswer:
    """Everything `verify --seal` says: the chain first (refused when broken), then the entry."""
    entry = find(register, text)
    tally: audit.Tally = {}
    check_chain(register, entry.seq, tally)
    return SealAnswer(entry, files_of(register, entry.seq), _since_walked(register, tally))


def _since_walked(register: Register, tally: audit.Tally) -> Since:
    """`since` from the counts the chain's walk kept: the same answer without reading the entries again
    (a second pass was a third of `verify --seal` on a seal 50 000 entries back, issue 22)."""
    found = Since()
    first = last = None
    for (entity, action), (count, low, high) in sorted(tally.items(), key=lambda item: (
            item[0][0] is not None, item[0][0] or "", item[0][1])):
        if entity is None:
            found.other += count
            continue
        found.counts[(entity, action)] = count
        first = low if first is None else min(first, low)
        last = high if last is None else max(last, high)
    if first is not None and last is not None:
        found.first, found.last = entry_at(register, first), entry_at(register, last)
    return found


def digest(path: Path) -> tuple[str, int]:
    sha = hashlib.sha256()
    size = 0
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
            size += len(block)
    return sha.hexdigest(), size


def _files_entries(register: Register, needle: str) -> list[tuple[int, dict[str, Any]]]:
    cursor = register.conn.execute("SELECT seq, changes FROM audit WHERE action = 'export_files'"
                                   " AND instr(changes, ?) > 0 ORDER BY seq DESC", (needle,))
    return [(seq, json.loads(changes)) for seq, changes in cursor]


def check_file(register: Register, path: Path) -> FileAnswer:
    """Was this exact file produced from this register? (by its SHA-256, as export_files recorded it)"""
    path = Path(path)
    try:
        sha, size = digest(path)
    except OSError as error:
        raise InvalidInput("file_unreadable", path=path, detail=error.strerror or str(error)) from None
    answer = FileAnswer(path.name, sha, size)
    for _seq, changes in _files_entries(register, f'"sha256":"{sha}"'):
        answer.export = entry_at(register, int(changes["export"]))
        check_chain(register, int(changes["export"]))
        return answer
    name = json.dumps(path.name, ensure_ascii=False)
    for _seq, changes in _files_entries(register, f'"name":{name}'):
        for produced in changes.get("files") or []:
            if produced.get("name") == path.name:
                answer.same_name = entry_at(register, int(changes["export"]))
                answer.expected = produced.get("sha256", "")
                check_chain(register, int(changes["export"]))
                return answer
    return answer


@dataclass
class Export:
    entry: Entry
    files: list[dict[str, Any]]


def exports(register: Register) -> list[Export]:
    """Every export in the chain, oldest first, with the files it produced."""
    files: dict[int, list[dict[str, Any]]] = {}
    for (changes,) in register.conn.execute("SELECT changes FROM audit WHERE action = 'export_files' ORDER BY seq"):
        details = json.loads(changes)
        files.setdefault(int(details.get("export") or 0), list(details.get("files") or []))
    cursor = register.conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE action = 'export' ORDER BY seq")  # noqa: S608
    return [Export(e, files.get(e.seq, [])) for e in map(_entry, cursor)]
