"""Arabic-aware full-text search in the register (FTS5 over normalised text)."""

from __future__ import annotations

from compliance_desk.domain.arabic import normalise
from compliance_desk.domain.entities import Entity
from compliance_desk.storage.register import Register


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word of the folded query, as a prefix. None if empty."""
    words = [w for w in normalise(query).replace('"', " ").split() if w]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_ids(register: Register, entity: Entity, query: str, limit: int = 1000) -> list[int]:
    """Ids of `entity` rows whose indexed text holds every word of `query` (prefix match)."""
    expression = match_expression(query)
    if expression is None:
        return []
    cursor = register.conn.execute(
        f"SELECT rowid FROM {entity.table}_fts WHERE {entity.table}_fts MATCH ? ORDER BY rowid LIMIT ?",  # noqa: S608
        (expression, limit))
    return [r[0] for r in cursor]
