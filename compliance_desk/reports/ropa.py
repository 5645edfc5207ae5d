"""The record of processing activities (PDPL Art. 31, Implementing Regulation Art. 33, SDAIA's RoPA
guideline): exceptions first, the controller and its officers, the activities at a glance, then
every activity with the minimum content first (recipients, transfers abroad with their recipient
and basis, sensitive data marked) and its further details; a sign-off block at the end."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain import clock, transfers
from compliance_desk.domain.completeness import missing as missing_minimum
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.entities import ACTIVITY, ORGANISATION, RECIPIENT
from compliance_desk.domain.language_cue import cued
from compliance_desk.domain.notice import in_language
from compliance_desk.domain.vocabularies import DATA_CATEGORIES, SAFEGUARDS
from compliance_desk.reports.cells import clean_text
from compliance_desk.reports.common import info, officer_gaps, overdue_mark, text
from compliance_desk.reports.flowables import (
    KeepWithNext,
    Mark,
    Text,
    heading,
    key_values,
    missing,
    section,
    table,
)
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.storage import activities as activity_store
from compliance_desk.storage import records
from compliance_desk.storage.register import Register

MINIMUM_FIELDS = ["name_ar", "name_en", "department", "role", "purposes", "legal_bases", "subject_categories",
                  "data_categories", "sources", "retention_period", "retention_months", "retention_reason",
                  "security_measures"]
# PDPL Art. 1 defines sensitive data (origin, belief, criminal and security, biometric, genetic,
# credit and health data, unknown parentage): the vocabulary's "special categories".
SENSITIVE = frozenset({"special_category"})


def _activities(register: Register) -> list[dict[str, Any]]:
    cursor = register.conn.execute("SELECT id FROM activities ORDER BY reference")
    return [records.get(register, ACTIVITY, row_id) for (row_id,) in cursor]


def _name(row: dict[str, Any], lang: str) -> str:
    first, second = ("name_ar", "name_en") if lang == "ar" else ("name_en", "name_ar")
    return clean_text(str(row.get(first) or row.get(second) or ""))


def sensitive(row: dict[str, Any]) -> list[str]:
    return [c for c in row.get("data_categories") or [] if c in SENSITIVE]


def _categories(row: dict[str, Any], lang: str) -> str:
    separator = "، " if lang == "ar" else ", "
    return separator.join(DATA_CATEGORIES.label(c, lang) + (f" ({label('sensitive_mark', lang)})" if c in SENSITIVE
                                                             else "") for c in row.get("data_categories") or [])


def recipient_line(register: Register, recipient_id: int | None, lang: str) -> str:
    if not recipient_id:
        return ""
    r = records.get(register, RECIPIENT, recipient_id)
    where = country_name(r["country"], lang) if r.get("country") else ""
    kind = text(RECIPIENT.field("recipient_type"), r["recipient_type"], lang)
    # who they are and what they do with the data (migration 0013), in the report's language first
    described = clean_text(in_language(r.get("description"), r.get("description_ar"), lang)[0])
    return f"{r['reference']} — {_name(r, lang)} ({kind})" + (f" — {where}" if where else "") + \
        (f": {described}" if described else "")


def transfer_line(register: Register, transfer: dict[str, Any], lang: str) -> str:
    """Country — recipient — safeguard and the law it rests on."""
    code = transfer.get("safeguard") or "none"
    receiver = recipient_line(register, transfer.get("recipient_id"), lang) or label("missing", lang)
    safeguard = SAFEGUARDS.label(code, lang)
    basis = "" if transfers.unsafeguarded(code) else f" ({transfers.basis(code, lang)})"
    return f"{country_name(transfer['country'], lang)} — {receiver} — {safeguard}{basis}"


def story(register: Register, lang: str) -> list[Flowable]:
    rows = _activities(register)
    links = {row["id"]: activity_store.links(register, row["id"]) for row in rows}
    today = clock.today().isoformat()
    out = exceptions([
        (label("x_incomplete", lang), sum(1 for r in rows if missing_minimum(r)), label("activities", lang)),
        (label("x_retention_reason", lang), sum(1 for r in rows if not in_language(
            r.get("retention_reason"), r.get("retention_reason_ar"), lang)[0]),
         label("activities", lang)),
        (label("x_review_overdue", lang), sum(1 for r in rows if r.get("next_review") and r["next_review"] < today),
         label("summary", lang)),
        (label("x_dpia", lang), sum(1 for r in rows if r.get("dpia_required") and not r.get("dpia_done")),
         label("activities", lang)),
        (label("x_no_safeguard", lang), sum(1 for r in rows for t in links[r["id"]][1]
                                            if transfers.unsafeguarded(t.get("safeguard"))), label("activities", lang)),
        (label("x_sensitive", lang), sum(1 for r in rows if sensitive(r)), label("activities", lang)),
        (label("x_officer", lang), officer_gaps(register), label("controller", lang)),
    ], lang, empty=None if rows else label("empty_ropa", lang))
    out += controller(register, lang)
    summary: list[list[Any]] = [[label("reference", lang), label("name", lang), ACTIVITY.field("purposes").label(lang),
                                 ACTIVITY.field("legal_bases").label(lang), label("sensitive_mark", lang).capitalize(),
                                 ACTIVITY.field("status").label(lang), ACTIVITY.field("next_review").label(lang)]]
    for row in rows:
        summary.append([row["reference"], _name(row, lang), text(ACTIVITY.field("purposes"), row["purposes"], lang),
                        text(ACTIVITY.field("legal_bases"), row["legal_bases"], lang),
                        Mark(label("yes", lang)) if sensitive(row) else label("no", lang),
                        text(ACTIVITY.field("status"), row["status"], lang), overdue_mark(row.get("next_review"), lang)])
    out += [Spacer(1, 6 * mm)]
    out += section(label("summary", lang), lang, [table(summary, [12, 25, 22, 16, 9, 8, 14], lang, size=8,
                                                        caption=label("summary", lang))] if rows else [], level=1)
    if rows:
        out += [Spacer(1, 6 * mm), heading(label("activities", lang), lang, 1)]
    for row in rows:
        out += _activity(register, row, links[row["id"]], lang)
    return out


# free texts kept in English (`x`) and in Arabic (`x_ar`): one line, in the report's language first
TWINS = {f.name for f in ACTIVITY.fields if f.name.endswith("_ar") and f.name != "name_ar"
         and ACTIVITY.has(f.name.removesuffix("_ar"))}
_IN_ENGLISH = (" (English)", " (بالإنجليزية)")


def _label(name: str, lang: str) -> str:
    text = ACTIVITY.field(name).label(lang)
    if f"{name}_ar" in TWINS:
        for mark in _IN_ENGLISH:
            text = text.replace(mark, "")
    return text


def _value(row: dict[str, Any], name: str, lang: str) -> Any:
    if name == "data_categories":
        return _categories(row, lang) or missing(lang)
    value = row[name]
    if f"{name}_ar" in TWINS:  # the report's language first; only the other written: said so
        value, other = in_language(row[name], row.get(f"{name}_ar"), lang)
        if value:
            return cued(value, lang) if other else value
    shown = text(ACTIVITY.field(name), value or None, lang)
    required = name in ("department", "purposes", "legal_bases", "subject_categories", "sources", "retention_period",
                        "retention_reason", "security_measures") or (name == "name_ar" and not row.get("name_en")) \
        or (name == "name_en" and not row.get("name_ar"))
    return shown if shown or not required else missing(lang)


def _activity(register: Register, row: dict[str, Any], link: tuple[list[int], list[dict[str, Any]]],
              lang: str) -> list[Flowable]:
    recipient_ids, transfer_rows = link
    recipient_text = "\n".join(recipient_line(register, r, lang) for r in recipient_ids) or \
        label("no_outside" if row.get("no_outside_recipients") else "none", lang)  # "none" confirmed, or not recorded
    transfer_text = "\n".join(transfer_line(register, t, lang) for t in transfer_rows) or label("none", lang)
    minimum: list[tuple[str, Any]] = [(_label(n, lang), _value(row, n, lang)) for n in MINIMUM_FIELDS]
    minimum.insert(9, (label("recipients", lang), recipient_text))
    minimum.insert(10, (label("transfers", lang), transfer_text))
    minimum.insert(9, (label("sensitive", lang), Mark(label("yes", lang)) if sensitive(row) else label("no", lang)))
    gaps = missing_minimum(row)
    if gaps:
        separator = "، " if lang == "ar" else ", "
        minimum.append((label("missing", lang), Mark(separator.join(g.label(lang) for g in gaps))))
    others = [(_label(f.name, lang), _value(row, f.name, lang)) for f in ACTIVITY.fields
              if f.name not in MINIMUM_FIELDS and f.name not in TWINS and f.name != "no_outside_recipients"
              and row.get(f.name) not in (None, "", [], 0)]  # (the flag reads in the recipients' line)
    title = f"{row['reference']} — {_name(row, lang)}"
    first = KeepWithNext(Text(label("minimum", lang), lang, size=9, bold=True, space_after=2),
                         key_values(minimum, lang, caption=title))
    body: list[Flowable] = [Spacer(1, 3 * mm)]
    body += section(label("other_fields", lang), lang, [key_values(others, lang, caption=title)] if others
                    else [Text(label("none", lang), lang)], level=3)
    return [Spacer(1, 6 * mm), *section(title, lang, [first, *body], level=2)]


def controller(register: Register, lang: str) -> list[Flowable]:
    """The controller block: who the organisation is and who its officers are ("Missing" where blank)."""
    org = records.organisation(register) or {}
    wanted = ("legal_name_ar", "legal_name_en", "commercial_registration", "address", "address_en", "country", "officer_name",
              "officer_email", "officer_phone", "aml_officer_name", "aml_officer_email", "aml_officer_phone",
              "regulators")
    required = {"commercial_registration", "address", "officer_name", "officer_email"}
    pairs = []
    for name in wanted:
        f = ORGANISATION.field(name)
        shown = text(f, org.get(name), lang)
        pairs.append((f.label(lang), shown if shown or name not in required else missing(lang)))
    return [Spacer(1, 6 * mm), *section(label("controller", lang), lang,
                                        [key_values(pairs, lang, caption=label("controller", lang))], level=1)]


def write(register: Register, path: Any, lang: str, seal: str, *, hijri: bool = False, progress: Any = None,
          control: Any = None, reveal: bool = False, **_: Any) -> Any:
    report = info(register, lang, "ropa", seal, hijri=hijri, control=control, reveal=reveal, identifiers=False)
    return build(path, report, story(register, lang), progress)
