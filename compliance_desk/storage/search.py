"""Arabic-aware full-text search in the register: FTS5 over normalised text on the SQLCipher file;
on PostgreSQL the same folded text in a plain table, matched word by word as prefixes."""

from __future__ import annotations

from typing import Any

from compliance_desk.domain.arabic import normalise, words
from compliance_desk.domain.entities import Entity
from compliance_desk.storage.register import Register


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word of the folded query, as a prefix. None if empty."""
    found = [w for w in normalise(query).replace('"', " ").split() if w]
    if not found:
        return None
    return " ".join(f'"{w}"*' for w in found)


def _like(word: str) -> str:
    return "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def index_match(register: Register, entity: Entity, query: str) -> tuple[str, list[Any]] | None:
    """The condition on the rows of `{table}_fts` that hold every word of `query` as a word's
    prefix, with its parameters; None for an empty query. On PostgreSQL the index's body is the
    folded text's words (domain.arabic.words) joined by spaces, so `' ' || body` holds ' word…'."""
    if register.engine == "postgresql":
        wanted = words(normalise(query))
        if not wanted:
            return None
        condition, params = " AND ".join("(' ' || body) LIKE ?" for _ in wanted), [_like(w) for w in wanted]
        sealed = register.sealed_match(entity, query)  # type: ignore[attr-defined]  # storage/pg/sealing.py
        if sealed is not None:  # an exact passport number, e-mail …: by its blind index
            condition, params = f"(({condition}) OR {sealed[0]})", [*params, *sealed[1]]
        return condition, params
    expression = match_expression(query)
    if expression is None:
        return None
    return f"{entity.table}_fts MATCH ?", [expression]


def search_ids(register: Register, entity: Entity, query: str, limit: int = 1000) -> list[int]:
    """Ids of `entity` rows whose indexed text holds every word of `query` (prefix match)."""
    match = index_match(register, entity, query)
    if match is None:
        return []
    condition, params = match
    cursor = register.conn.execute(
        f"SELECT rowid FROM {entity.table}_fts WHERE {condition} ORDER BY rowid LIMIT ?",  # noqa: S608
        (*params, limit))
    return [r[0] for r in cursor]
