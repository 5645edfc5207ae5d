"""Use cases that write records: validate, give a reference, write the row and its audit entry.

Every function here is one user action and runs in one transaction. Faces call these; they never
compose SQL or write audit entries themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ENTITIES, ORGANISATION, Entity
from compliance_desk.domain.references import (
    format_reference,
    reference_number,
    reference_pattern,
    reference_year,
)
from compliance_desk.domain.validation import check_one_of, clean
from compliance_desk.storage.errors import RecordMissing, RecordReferenced
from compliance_desk.storage.register import Register


def _entity(name: str | Entity) -> Entity:
    return name if isinstance(name, Entity) else ENTITIES[name]


def next_reference(register: Register, entity: Entity, values: Mapping[str, Any]) -> str | None:
    """The next free reference of the entity's series (per year for disclosures and breaches)."""
    if entity.prefix is None:
        return None
    year = reference_year(entity.prefix, values, clock.today().isoformat())
    last = register.conn.execute(
        f"SELECT reference FROM {entity.table} WHERE reference GLOB ?"  # noqa: S608
        " ORDER BY length(reference) DESC, reference DESC LIMIT 1",
        (reference_pattern(entity.prefix, year),),
    ).fetchone()
    number = reference_number(last[0]) + 1 if last else 1
    return format_reference(entity.prefix, number, year)


class References:
    """Hands out the next references of an entity's series, asking the register once per series.

    For an import: `next_reference` reads the series' last reference each time (a scan), which
    makes a 100 000-row import quadratic. `taken` are references the import sets itself: the
    series continues after the highest of them, as it would had they been written first. Use
    inside the transaction that writes the rows.
    """

    def __init__(self, register: Register, entity: Entity, taken: Iterable[str] = ()) -> None:
        self.register = register
        self.entity = entity
        self.taken = set(taken)
        self._next: dict[int | None, int] = {}

    def next(self, values: Mapping[str, Any]) -> str | None:
        prefix = self.entity.prefix
        if prefix is None:
            return None
        year = reference_year(prefix, values, clock.today().isoformat())
        if year not in self._next:
            first = next_reference(self.register, self.entity, values)
            series = reference_pattern(prefix, year)[:-1]
            given = [reference_number(r) for r in self.taken
                     if r.startswith(series) and r[len(series):].isdigit() and r[len(series):].isascii()]
            self._next[year] = max([reference_number(first) if first else 1, *(n + 1 for n in given)])
        while True:
            number = self._next[year]
            self._next[year] = number + 1
            reference = format_reference(prefix, number, year)
            if reference not in self.taken:
                return reference


def create(register: Register, entity: str | Entity, values: Mapping[str, Any]) -> int:
    """Create a record; returns its id."""
    entity = _entity(entity)
    cleaned = clean(entity, values)
    with register.atomic():
        reference = next_reference(register, entity, cleaned)
        row = {"reference": reference, **cleaned} if reference else dict(cleaned)
        return register.insert(entity, row)


def update(register: Register, entity: str | Entity, record_id: int,
           values: Mapping[str, Any], *, expected_version: int | None = None) -> dict[str, tuple[Any, Any]]:
    """Change some fields of a record; returns what changed (empty when nothing did).

    `expected_version` (from `version` when the record was read for editing): refused with
    StaleRecord when someone saved the record since — two officers, one record.

    On a server the writers' lock is taken at the UPDATE (`late_lock`): the row read here and the
    version checked are checked again by the UPDATE itself, under the lock (Register.update)."""
    entity = _entity(entity)
    cleaned = clean(entity, values, partial=True)
    with register.atomic(late_lock=True):
        stored = register.stored_row(entity.table, record_id)
        if stored is None:
            raise RecordMissing(entity.name, record_id)
        check_one_of(entity, {**decode(entity, register.opened_row(stored)), **cleaned})
        return register.update(entity, record_id, cleaned, expected_version, before=stored)


def version(register: Register, entity: str | Entity, record_id: int) -> int:
    """The record's version, to hand back to `update` with the edit (optimistic concurrency)."""
    return register.row_version(_entity(entity), record_id)


def delete(register: Register, entity: str | Entity, record_id: int) -> None:
    """Delete a record that nothing refers to (others are retired, not deleted)."""
    entity = _entity(entity)
    with register.atomic():
        row = register.row(entity.table, record_id)
        if row is None:
            raise RecordMissing(entity.name, record_id)
        count = references_to(register, entity, record_id)
        if count:
            raise RecordReferenced(str(row.get("reference") or record_id), count)
        register.delete(entity, record_id)


def references_to(register: Register, entity: Entity, record_id: int) -> int:
    """How many rows of other entities point at this record."""
    total = 0
    for other in ENTITIES.values():
        for f in other.fields:
            if f.kind == "ref" and f.target == entity.name:
                total += register.conn.execute(
                    f"SELECT count(*) FROM {other.table} WHERE {f.name} = ?", (record_id,)  # noqa: S608
                ).fetchone()[0]
    return int(total)


def decode(entity: Entity, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as the domain sees it: JSON code lists become lists."""
    out = dict(row)
    for f in entity.fields:
        if f.kind == "codes" and isinstance(out.get(f.name), str):
            out[f.name] = json.loads(out[f.name])
    return out


def get(register: Register, entity: str | Entity, record_id: int) -> dict[str, Any]:
    entity = _entity(entity)
    row = register.row(entity.table, record_id)
    if row is None:
        raise RecordMissing(entity.name, record_id)
    return decode(entity, row)


def find_by_reference(register: Register, entity: str | Entity, reference: str) -> dict[str, Any] | None:
    entity = _entity(entity)
    cursor = register.conn.execute(f"SELECT id FROM {entity.table} WHERE reference = ?", (reference,))  # noqa: S608
    found = cursor.fetchone()
    return get(register, entity, found[0]) if found else None


def organisation(register: Register) -> dict[str, Any] | None:
    row = register.row(ORGANISATION.table, 1)
    return decode(ORGANISATION, row) if row else None


def save_organisation(register: Register, values: Mapping[str, Any]) -> None:
    """Create or update the organisation profile (there is one per register)."""
    with register.atomic():
        if register.row(ORGANISATION.table, 1) is None:
            register.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, values)})
        else:
            cleaned = clean(ORGANISATION, values, partial=True)
            check_one_of(ORGANISATION, {**(organisation(register) or {}), **cleaned})
            register.update(ORGANISATION, 1, cleaned)
