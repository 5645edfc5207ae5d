"""A record's audit history, for the history panel and the single-record report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain.entities import ENTITIES
from compliance_desk.storage.register import Register


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    ts: str
    actor: str
    action: str
    entity: str
    entity_id: int
    changes: dict[str, list[Any]]


def _children(entity_name: str) -> list[tuple[str, str]]:
    """(child entity, its field pointing at `entity_name`) for rows that belong to a record."""
    return [(e.name, f.name) for e in ENTITIES.values() for f in e.fields
            if f.kind == "ref" and f.target == entity_name]


def record_history(register: Register, entity_name: str, record_id: int) -> list[HistoryEntry]:
    """Entries of the record itself and of rows attached to it (links, transfers, documents…)."""
    clauses = ["(entity = ? AND entity_id = ?)"]
    params: list[Any] = [entity_name, record_id]
    for child, field_name in _children(entity_name):
        clauses.append(
            f"(entity = ? AND (json_extract(changes, '$.{field_name}[1]') = ?"
            f" OR json_extract(changes, '$.{field_name}[0]') = ?))")
        params += [child, record_id, record_id]
    cursor = register.conn.execute(
        "SELECT seq, ts, actor, action, entity, entity_id, changes FROM audit WHERE "  # noqa: S608
        + " OR ".join(clauses) + " ORDER BY seq", params)
    return [HistoryEntry(seq, ts, actor, action, entity, entity_id, _opened(register, json.loads(changes)))
            for seq, ts, actor, action, entity, entity_id, changes in cursor]


def _opened(register: Register, changes: dict[str, Any]) -> dict[str, Any]:
    """Values sealed on a server (the chain records them as stored) read as the officer reads the row."""
    return {k: [register.opened_value(k, x) for x in v] if isinstance(v, list) and len(v) == 2 else v
            for k, v in changes.items()}
