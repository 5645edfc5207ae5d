"""One record with all its fields and its audit history, for a legal file (`record:REF`)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain.entities import ENTITIES, Entity
from compliance_desk.domain.errors import InvalidInput
from compliance_desk.reports.common import info, text
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import build, chunked_tables, heading, key_values
from compliance_desk.storage import records
from compliance_desk.storage.history import record_history
from compliance_desk.storage.register import Register

HIDDEN = {"created_at", "updated_at", "id"}


def find(register: Register, reference: str) -> tuple[Entity, dict[str, Any]]:
    for entity in ENTITIES.values():
        if entity.prefix and reference.upper().startswith(entity.prefix + "-"):
            row = records.find_by_reference(register, entity, reference.upper())
            if row is not None:
                return entity, row
    raise InvalidInput("unknown_code", value=reference, choices="PA-…, REC-…, DSC-…, CUS-…")


def story(register: Register, entity: Entity, row: dict[str, Any], lang: str, reveal: bool) -> list[Flowable]:
    pairs = [(label("reference", lang), row["reference"])]
    pairs += [(f.label(lang), text(f, row.get(f.name), lang, reveal=reveal)) for f in entity.fields if f.kind != "ref"]
    out: list[Flowable] = [heading(f"{entity.label(lang)} {row['reference']}", lang), key_values(pairs, lang),
                           Spacer(1, 6 * mm), heading(label("history", lang), lang, 2)]
    body = []
    for entry in record_history(register, entity.name, row["id"]):
        owner = ENTITIES.get(entry.entity)
        changes = []
        for name, (before, after) in sorted(entry.changes.items()):
            if name in HIDDEN or owner is None:
                continue
            field = owner.field(name) if owner.has(name) else None
            if field is None:
                continue
            # "»" is in the font (→ is not) and the bidi algorithm mirrors it to "«" in Arabic lines
            changes.append(f"{field.label(lang)}: {text(field, before, lang, reveal=reveal) or '—'} » "
                           f"{text(field, after, lang, reveal=reveal) or '—'}")
        action = label(entry.action, lang) if entry.action in ("insert", "update", "delete") else entry.action
        if owner is not None and entry.entity != entity.name:
            action += f" — {owner.label(lang)}"
        body.append([str(entry.seq), entry.ts[:19].replace("T", " "), entry.actor, action, "\n".join(changes)])
    header = ["#", label("when", lang), label("who", lang), label("action", lang), label("changes", lang)]
    out += chunked_tables(header, body, [6, 16, 12, 18, 48], lang, size=7.5)
    if entity.name == "customer":
        from compliance_desk.reports.screening import customer_history

        out += customer_history(register, row["id"], lang)
    return out


def write(register: Register, path: Any, lang: str, seal: str, *, reference: str = "", reveal: bool = False,
          hijri: bool = False, progress: Any = None, **_: Any) -> Any:
    entity, row = find(register, reference)
    title = f"{label('record', lang)} {row['reference']}"
    return build(path, info(register, lang, "record", seal, hijri=hijri, title=title),
                 story(register, entity, row, lang, reveal), progress)
