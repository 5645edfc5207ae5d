"""One record for a legal file (`record:REF`): its exceptions, every field in the form's order (links
shown by reference), the records attached to it, and its audit history with references, not ids."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain import clock
from compliance_desk.domain.completeness import missing as missing_minimum
from compliance_desk.domain.disclosures import deadline
from compliance_desk.domain.entities import ENTITIES, Entity, Field
from compliance_desk.domain.errors import InvalidInput
from compliance_desk.domain.identifiers import mask
from compliance_desk.domain.shown_facts import shown
from compliance_desk.domain.vocabularies import DOCUMENT_TYPES, IDENTITY_DOCUMENTS
from compliance_desk.reports.common import info, officers, text
from compliance_desk.reports.flowables import chunked_tables, key_values, section
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.storage import kyc as kyc_store
from compliance_desk.storage import records
from compliance_desk.storage.history import record_history
from compliance_desk.storage.register import Register

HIDDEN = {"created_at", "updated_at", "id"}
ROW_ACTIONS = ("insert", "update", "delete")


def find(register: Register, reference: str) -> tuple[Entity, dict[str, Any]]:
    for entity in ENTITIES.values():
        if entity.prefix and reference.upper().startswith(entity.prefix + "-"):
            row = records.find_by_reference(register, entity, reference.upper())
            if row is not None:
                return entity, row
    raise InvalidInput("unknown_code", value=reference, choices="PA-…, REC-…, DSC-…, CUS-…, DSR-…, BRC-…")


class References:
    """What a link points at, as a reader knows it: a reference (CUS-00133), or for a document its
    type and masked number with its customer's reference."""

    def __init__(self, register: Register, lang: str, reveal: bool) -> None:
        self.register, self.lang, self.reveal = register, lang, reveal
        self.lookup = lru_cache(maxsize=4096)(self._lookup)

    def _lookup(self, target: str, row_id: int) -> str:
        entity = ENTITIES[target]
        row = self.register.row(entity.table, int(row_id))
        if row is None:
            return f"#{row_id}"
        if entity.prefix:
            return str(row["reference"])
        if target == "document":
            number = row.get("number") if self.reveal else mask(row.get("number"))
            owner = self._lookup("customer", row["customer_id"])
            return " ".join(p for p in (DOCUMENT_TYPES.label(row["doc_type"], self.lang), number, f"({owner})") if p)
        return f"#{row_id}"

    def value(self, field: Field, value: Any) -> str:
        if value in (None, ""):
            return ""
        if field.kind == "ref" and field.target in ENTITIES:
            return self.lookup(field.target, int(value))
        return text(field, value, self.lang, reveal=self.reveal)


def _fields(entity: Entity, row: dict[str, Any], refs: References, lang: str) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = [(label("reference", lang), row["reference"])]
    for f in entity.fields:
        fact = shown(entity.name, f.name, row, lang)  # "Occurred: not known", never "… is unknown: No"
        if fact is not None and fact.hidden:
            continue
        value = clock.wall_text(row.get(f.name), row.get("time_zone")) if f.kind == "datetime" \
            else refs.value(f, row.get(f.name))  # a time with its zone
        if fact is not None:
            value = fact.text if fact.text is not None else f"{value}{fact.suffix}" if value else value
        pairs.append((fact.label if fact is not None and fact.label else f.label(lang), value))
    return pairs


def _exceptions(register: Register, entity: Entity, row: dict[str, Any], lang: str) -> list[tuple[str, int, str]]:
    """What is wrong with this record now, by kind of record."""
    today = clock.today().isoformat()
    found: list[tuple[str, int, str]] = []
    if entity.name == "activity":
        found.append((label("x_incomplete", lang), int(bool(missing_minimum(row))), label("fields", lang)))
        found.append((label("x_review_overdue", lang), int(bool(row.get("next_review") and row["next_review"] < today)),
                      label("fields", lang)))
    elif entity.name == "disclosure":
        found.append((label("x_overdue", lang), int(deadline(row, clock.today()).state == "overdue"),
                      label("fields", lang)))
    elif entity.name == "request":
        from compliance_desk.domain.requests.deadlines import deadline as request_deadline

        found.append((label("x_overdue", lang), int(request_deadline(row, clock.today()).state == "overdue"),
                      label("fields", lang)))
    elif entity.name == "breach":
        from compliance_desk.domain import breaches

        found.append((label("x_overdue", lang), int(breaches.clock(row, clock.now()).stage == "overdue"),
                      label("fields", lang)))
    elif entity.name == "customer":
        expired = [d for d in kyc_store.documents_of(register, row["id"])
                   if d.get("expiry_date") and d["expiry_date"] < today and d["doc_type"] in IDENTITY_DOCUMENTS]
        found.append((label("x_expired", lang), len(expired), label("history", lang)))
        found.append((label("x_reviews", lang), int(bool(row.get("next_review") and row["next_review"] < today
                                                          and row["status"] not in ("closed", "refused_information"))),
                      label("fields", lang)))
    return found


def history_rows(register: Register, entity: Entity, row: dict[str, Any], refs: References,
                 lang: str) -> list[list[Any]]:
    """The record's audit entries: when, who, what, and each changed field (in the form's order)."""
    body = []
    for entry in record_history(register, entity.name, row["id"]):
        owner = ENTITIES.get(entry.entity)
        changes = []
        if owner is not None and entry.action in ROW_ACTIONS:
            for f in owner.fields:
                if f.name in HIDDEN or f.name not in entry.changes:
                    continue
                before, after = entry.changes[f.name]
                # "»" is in the font (→ is not) and the bidi layout mirrors it to "«" in Arabic lines
                changes.append(f"{f.label(lang)}: {refs.value(f, before) or '—'} » {refs.value(f, after) or '—'}")
        elif entry.changes.get("columns_added"):
            changes.append(", ".join(str(c) for c in entry.changes["columns_added"]))
        action = label(entry.action, lang) if entry.action in (*ROW_ACTIONS, "migrate") else entry.action
        if owner is not None and entry.entity != entity.name:
            action += f" — {owner.label(lang)}"
        when = entry.ts[:16].replace("T", " ")  # YYYY-MM-DD HH:MM UTC, as pdf.TIMESTAMP prints the footer
        body.append([str(entry.seq), when, entry.actor, action, "\n".join(changes)])
    return body


def story(register: Register, entity: Entity, row: dict[str, Any], lang: str, reveal: bool) -> list[Flowable]:
    refs = References(register, lang, reveal)
    title = f"{entity.label(lang)} {row['reference']}"
    out = exceptions(_exceptions(register, entity, row, lang), lang)
    out += [Spacer(1, 5 * mm), *section(title, lang, [key_values(_fields(entity, row, refs, lang), lang,
                                                                   caption=title)], level=1)]
    header = ["#", label("when", lang), label("who", lang), label("action", lang), label("changes", lang)]
    history = chunked_tables(header, history_rows(register, entity, row, refs, lang), [6, 16, 12, 18, 48], lang,
                             size=7.5, caption=f"{label('history', lang)} — {row['reference']}")
    out += [Spacer(1, 6 * mm), *section(label("history", lang), lang, history, level=1)]
    if entity.name == "breach":
        from compliance_desk.reports.breach_notice import steps_section

        out += steps_section(register, row["id"], lang)
    if entity.name == "customer":
        from compliance_desk.reports.screening import customer_history

        out += customer_history(register, row["id"], lang)
    return out


def write(register: Register, path: Any, lang: str, seal: str, *, reference: str = "", reveal: bool = False,
          hijri: bool = False, progress: Any = None, control: Any = None, **_: Any) -> Any:
    entity, row = find(register, reference)
    title = f"{label('record', lang)} {row['reference']}"
    report = info(register, lang, "record", seal, hijri=hijri, title=title, control=control, reveal=reveal,
                  cover_lines=officers(register, lang, aml=entity.name == "customer"))
    return build(path, report, story(register, entity, row, lang, reveal), progress)
