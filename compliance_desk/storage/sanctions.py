"""Use cases of the sanctions lists: import a list file as a new version, list the versions, read
the entries of the current versions.

An import is one transaction: the version row, one row per entry (each audited), the previous
version of the same list marked superseded, and an audit entry `list_import` with the file's
SHA-256, the source, the publisher's generation date, the entry count and what was added, changed
and removed. The file is parsed completely before anything is written, so a refused or failing
file leaves the register as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import LIST_ENTRY, LIST_VERSION
from compliance_desk.domain.screening.entries import ListEntry, ParsedList, difference
from compliance_desk.storage import lists, records
from compliance_desk.storage.register import Register


@dataclass
class ImportResult:
    version_id: int | None
    reference: str
    source: str
    title: str
    entries: int
    sha256: str
    generated: str | None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: bool = False          # the same file as the current version: nothing was written
    previous: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoredEntry:
    entry_id: int
    version_id: int
    source: str
    content_hash: str
    entry: ListEntry


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def current_version(register: Register, source: str, title: str) -> dict[str, Any] | None:
    row = register.conn.execute(
        "SELECT id FROM list_versions WHERE source = ? AND title = ? AND status = 'current' ORDER BY id DESC LIMIT 1",
        (source, title)).fetchone()
    return records.get(register, LIST_VERSION, row[0]) if row else None


def _hashes(register: Register, version_id: int) -> dict[str, str]:
    return dict(register.conn.execute(
        "SELECT entry_ref, content_hash FROM list_entries WHERE version_id = ?", (version_id,)).fetchall())


def import_list(register: Register, path: Path | str, kind: str | None = None, *,
                parsed: ParsedList | None = None) -> ImportResult:
    """Read a list file and store it as the new current version of its list."""
    path = Path(path)
    parsed = parsed or lists.read(path, kind)
    digest = file_sha256(path)
    unique: dict[str, ListEntry] = {}
    for entry in parsed.entries:
        unique.setdefault(entry.ref, entry)
    counts = parsed.counts()
    with register.atomic():
        previous = current_version(register, parsed.source, parsed.title)
        result = ImportResult(None, "", parsed.source, parsed.title, len(unique), digest, parsed.generated,
                              previous=previous["reference"] if previous else None, notes=list(parsed.notes))
        if previous is not None and previous["sha256"] == digest:
            result.unchanged, result.version_id, result.reference = True, previous["id"], previous["reference"]
            return result
        before = _hashes(register, previous["id"]) if previous else {}
        hashes = {ref: entry.content_hash() for ref, entry in unique.items()}
        diff = difference(before, hashes)
        result.added, result.changed, result.removed = diff.added, diff.changed, diff.removed
        version_id = records.create(register, LIST_VERSION, {
            "source": parsed.source, "title": parsed.title, "file_name": path.name, "sha256": digest,
            "generated": parsed.generated, "entry_count": len(unique), "individuals": counts.get("individual", 0),
            "entities": counts.get("entity", 0), "vessels": counts.get("vessel", 0),
            "added": len(diff.added), "changed": len(diff.changed), "removed": len(diff.removed),
            "previous_id": previous["id"] if previous else None, "notes": "; ".join(parsed.notes) or None})
        now = clock.timestamp()
        rows = [{"version_id": version_id, "entry_ref": ref, "kind": entry.kind, "name": entry.name[:500],
                 "name_original": entry.name_original[:500] or None, "listed_on": entry.listed_on,
                 "program": entry.program[:500] or None,
                 "content": json.dumps(entry.content(), ensure_ascii=False, sort_keys=True),
                 "content_hash": hashes[ref], "created_at": now, "updated_at": now}
                for ref, entry in unique.items()]
        for start in range(0, len(rows), 5000):
            register.bulk_insert(LIST_ENTRY, rows[start:start + 5000])
        if previous is not None:
            register.update(LIST_VERSION, previous["id"], {"status": "superseded"})
        result.version_id = version_id
        result.reference = records.get(register, LIST_VERSION, version_id)["reference"]
        register.log("list_import", {
            "list": result.reference, "source": parsed.source, "title": parsed.title, "file": path.name,
            "sha256": digest, "generated": parsed.generated, "entries": len(unique),
            "added": len(diff.added), "changed": len(diff.changed), "removed": len(diff.removed),
            "previous": result.previous})
    return result


def versions(register: Register) -> list[dict[str, Any]]:
    """Every list version loaded, newest first."""
    cursor = register.conn.execute("SELECT * FROM list_versions ORDER BY id DESC")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def current_versions(register: Register) -> list[dict[str, Any]]:
    return [v for v in versions(register) if v["status"] == "current"]


def current_entries(register: Register, progress: Callable[[int], object] | None = None) -> list[StoredEntry]:
    """The entries of every current list version, as the matcher reads them."""
    out = []
    cursor = register.conn.execute(
        "SELECT e.id, e.version_id, v.source, e.content_hash, e.content FROM list_entries e"
        " JOIN list_versions v ON v.id = e.version_id WHERE v.status = 'current' ORDER BY e.id")
    while rows := cursor.fetchmany(5000):
        for entry_id, version_id, source, content_hash, content in rows:
            out.append(StoredEntry(entry_id, version_id, source, content_hash,
                                   ListEntry.from_content(json.loads(content))))
        if progress is not None:
            progress(len(out))
    return out


def entry(register: Register, entry_id: int) -> ListEntry:
    row = register.conn.execute("SELECT content FROM list_entries WHERE id = ?", (entry_id,)).fetchone()
    return ListEntry.from_content(json.loads(row[0]))
