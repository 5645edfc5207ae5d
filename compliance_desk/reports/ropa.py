"""The record of processing activities (RoPA): summary, then every activity with every field,
the SDAIA / Art. 30 minimum first; controller and officer block; signature lines."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from compliance_desk.domain.completeness import missing
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.entities import ACTIVITY, ORGANISATION, RECIPIENT
from compliance_desk.domain.vocabularies import SAFEGUARDS
from compliance_desk.reports.common import info, text
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import Text, build, heading, key_values, table
from compliance_desk.storage import activities as activity_store
from compliance_desk.storage import records
from compliance_desk.storage.register import Register

MINIMUM_FIELDS = ["name_ar", "name_en", "department", "role", "purposes", "legal_bases", "subject_categories",
                  "data_categories", "sources", "retention_period", "retention_months", "retention_reason",
                  "security_measures"]


def _activities(register: Register) -> list[dict[str, Any]]:
    cursor = register.conn.execute("SELECT id FROM activities ORDER BY reference")
    return [records.get(register, ACTIVITY, row_id) for (row_id,) in cursor]


def _name(row: dict[str, Any], lang: str) -> str:
    first, second = ("name_ar", "name_en") if lang == "ar" else ("name_en", "name_ar")
    return str(row.get(first) or row.get(second) or "")


def story(register: Register, lang: str) -> list[Flowable]:
    rows = _activities(register)
    out: list[Flowable] = [heading(label("summary", lang), lang)]
    summary = [[label("reference", lang), label("name", lang), ACTIVITY.field("purposes").label(lang),
                ACTIVITY.field("legal_bases").label(lang), ACTIVITY.field("status").label(lang),
                ACTIVITY.field("next_review").label(lang)]]
    for row in rows:
        summary.append([row["reference"], _name(row, lang), text(ACTIVITY.field("purposes"), row["purposes"], lang),
                        text(ACTIVITY.field("legal_bases"), row["legal_bases"], lang),
                        text(ACTIVITY.field("status"), row["status"], lang),
                        text(ACTIVITY.field("next_review"), row["next_review"], lang)])
    out.append(table(summary, [13, 27, 25, 18, 9, 12], lang, size=8))
    for row in rows:
        out += _activity(register, row, lang)
    out += _controller(register, lang)
    return out


def _activity(register: Register, row: dict[str, Any], lang: str) -> list[Flowable]:
    recipient_ids, transfers = activity_store.links(register, row["id"])
    recipients = [records.get(register, RECIPIENT, r) for r in recipient_ids]
    recipient_text = "\n".join(
        f"{r['reference']} — {_name(r, lang)} ({text(RECIPIENT.field('recipient_type'), r['recipient_type'], lang)})"
        for r in recipients) or label("none", lang)
    transfer_text = "\n".join(
        f"{country_name(t['country'], lang)} — {SAFEGUARDS.label(t['safeguard'] or 'none', lang)}"
        for t in transfers) or label("none", lang)
    minimum = [(ACTIVITY.field(n).label(lang), text(ACTIVITY.field(n), row[n], lang)) for n in MINIMUM_FIELDS]
    minimum.insert(9, (label("recipients", lang), recipient_text))
    minimum.insert(10, (label("transfers", lang), transfer_text))
    gaps = missing(row)
    if gaps:
        minimum.append((label("missing", lang), "، ".join(g.label(lang) for g in gaps) if lang == "ar"
                        else ", ".join(g.label(lang) for g in gaps)))
    others = [(f.label(lang), text(f, row[f.name], lang)) for f in ACTIVITY.fields
              if f.name not in MINIMUM_FIELDS and row.get(f.name) not in (None, "", [], 0)]
    title = f"{row['reference']} — {_name(row, lang)}"
    return [CondPageBreak(60 * mm), Spacer(1, 6 * mm), heading(title, lang, 2),
            Text(label("minimum", lang), lang, size=9, bold=True, space_after=2), key_values(minimum, lang),
            Spacer(1, 3 * mm), Text(label("other_fields", lang), lang, size=9, bold=True, space_after=2),
            key_values(others, lang) if others else Text(label("none", lang), lang)]


def _controller(register: Register, lang: str) -> list[Flowable]:
    org = records.organisation(register) or {}
    pairs = [(f.label(lang), text(f, org.get(f.name), lang)) for f in ORGANISATION.fields
             if org.get(f.name) and f.name not in ("default_language", "notes")]
    signatures = table([[label("prepared_by", lang), label("signature", lang), label("date", lang)],
                        [org.get("officer_name") or "", "", ""], [label("approved_by", lang), "", ""]],
                       [40, 35, 25], lang, size=9, zebra=False)
    return [CondPageBreak(90 * mm), Spacer(1, 8 * mm),
            KeepTogether([heading(label("controller", lang), lang, 2), key_values(pairs, lang), Spacer(1, 8 * mm),
                          signatures])]


def write(register: Register, path: Any, lang: str, seal: str, *, hijri: bool = False, progress: Any = None,
          **_: Any) -> Any:
    return build(path, info(register, lang, "ropa", seal, hijri=hijri), story(register, lang), progress)

