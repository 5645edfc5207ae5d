"""What the workbook's register sheets hold: every declared field of each record, plus what the PDF
reports show beside them (an activity's recipients, its transfers abroad with their recipient and
basis, its sensitive data and missing content; a request's deadline, days to decision and the
customers and activities it concerns; a data-subject request's deadline and decisions by right;
a document's expiry; whether a failed check was resolved)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain import breaches, clock, transfers
from compliance_desk.domain import kyc as kyc_rules
from compliance_desk.domain.completeness import missing
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.disclosures import deadline
from compliance_desk.domain.entities import (
    ACTIVITY,
    BREACH,
    CHECK,
    CUSTOMER,
    DISCLOSURE,
    DOCUMENT,
    RECIPIENT,
    REQUEST,
    SCREENING_HIT,
    Entity,
    Field,
)
from compliance_desk.domain.transparency import days_to_decision
from compliance_desk.domain.vocabularies import IDENTITY_DOCUMENTS, PARTY_TYPES, SAFEGUARDS

TEXTS = {
    "reference": ("Reference", "المرجع"),
    "customer": ("Customer", "العميل"),
    "recipients": ("Recipients", "الجهات المستلمة"),
    "transfers": ("Transfers abroad (country — recipient)", "النقل خارج المملكة (الدولة — الجهة المستلمة)"),
    "safeguards": ("Transfer safeguards and basis", "ضمانات النقل وأساسه"),
    "sensitive": ("Sensitive data (PDPL Art. 1)", "بيانات حساسة (المادة 1 من النظام)"),
    "missing": ("Missing minimum content", "الناقص من الحد الأدنى"),
    "deadline": ("Deadline", "الموعد"),
    "days": ("Days to decision", "أيام حتى القرار"),
    "customers": ("Customers concerned", "العملاء المعنيون"),
    "activities": ("Activities concerned", "الأنشطة المعنية"),
    "expiry": ("Expiry", "حالة الصلاحية"),
    "resolved": ("Failed check resolved on", "تاريخ معالجة الفحص غير الناجح"),
    "expired": ("Expired", "منتهية الصلاحية"),
    "expires_in": ("Expires within {days} days", "تنتهي خلال {days} يوماً"),
    "unresolved": ("Unresolved", "لم يُعالج"),
    "list_version": ("List version", "إصدار القائمة"),
    "decisions": ("Decisions by right", "القرار في كل حق"),
    "sdaia_deadline": ("SDAIA deadline (72 h, same zone)", "موعد إبلاغ سدايا (72 ساعة، بالمنطقة نفسها)"),
    "sdaia_timing": ("Notice to SDAIA", "الإبلاغ إلى سدايا"),
    "hours_to_notify": ("Hours to notify", "ساعات حتى الإبلاغ"),
    "processor": ("Processor involved", "جهة المعالجة المعنية"),
    "open_steps": ("Open steps", "الخطوات المفتوحة"),
}


def text(key: str, lang: str, **params: object) -> str:
    en, ar = TEXTS[key]
    return (ar if lang == "ar" else en).format(**params)


Compute = Callable[[dict[str, Any], str, "Context"], Any]


@dataclass(frozen=True)
class Column:
    key: str
    field: Field
    compute: Compute | None = None  # a value from the whole row, not one stored field

    def header(self, lang: str) -> str:
        return self.field.label(lang)


@dataclass(frozen=True)
class Sheet:
    key: str
    columns: list[Column]
    query: str


class Context:
    """What computed columns look up once per workbook: recipients and transfers of activities."""

    def __init__(self, conn: Any, lang: str) -> None:
        self.lang = lang
        self.today = clock.today()
        cursor = conn.execute("SELECT * FROM recipients")
        names = [d[0] for d in cursor.description]
        self.recipients = {row[0]: dict(zip(names, row, strict=True)) for row in cursor}
        self.links: dict[int, list[int]] = {}
        for activity_id, recipient_id in conn.execute(
                "SELECT activity_id, recipient_id FROM activity_recipients ORDER BY recipient_id"):
            self.links.setdefault(activity_id, []).append(recipient_id)
        self.transfers: dict[int, list[tuple[str, int | None, str]]] = {}
        for activity_id, country, recipient_id, safeguard in conn.execute(
                "SELECT activity_id, country, recipient_id, safeguard FROM transfers ORDER BY id"):
            self.transfers.setdefault(activity_id, []).append((country, recipient_id, safeguard or "none"))

    def recipient(self, recipient_id: int | None) -> str:
        r = self.recipients.get(recipient_id) if recipient_id else None
        if r is None:
            return ""
        first, second = ("name_ar", "name_en") if self.lang == "ar" else ("name_en", "name_ar")
        return f"{r['reference']} {r.get(first) or r.get(second) or ''} ({PARTY_TYPES.label(r['recipient_type'], self.lang)})"


def _virtual(key: str, kind: str = "text") -> Field:
    en, ar = TEXTS[key]
    return Field(key, kind, en, ar)


def computed(key: str, fn: Compute) -> Column:
    return Column(key, _virtual(key), fn)


def _recipients(row: dict[str, Any], lang: str, ctx: Context) -> str:
    return "\n".join(ctx.recipient(r) for r in ctx.links.get(row["id"], []))


def _transfers(row: dict[str, Any], lang: str, ctx: Context) -> str:
    return "\n".join(f"{country_name(c, lang)} — {ctx.recipient(r) or text('unresolved', lang)}"
                     for c, r, _ in ctx.transfers.get(row["id"], []))


def _safeguards(row: dict[str, Any], lang: str, ctx: Context) -> str:
    return "\n".join(f"{SAFEGUARDS.label(s, lang)} ({transfers.basis(s, lang)})" if not transfers.unsafeguarded(s)
                     else SAFEGUARDS.label(s, lang) for _, _, s in ctx.transfers.get(row["id"], []))


def _sensitive(row: dict[str, Any], lang: str, ctx: Context) -> str:
    codes = json.loads(row.get("data_categories") or "[]")
    return ("نعم" if lang == "ar" else "Yes") if "special_category" in codes else ("لا" if lang == "ar" else "No")


def _missing(row: dict[str, Any], lang: str, ctx: Context) -> str:
    values = {k: json.loads(v) if k in CODES and isinstance(v, str) else v for k, v in row.items()}
    return ("، " if lang == "ar" else ", ").join(g.label(lang) for g in missing(values))


CODES = frozenset(f.name for f in ACTIVITY.fields if f.kind == "codes")


def _deadline(row: dict[str, Any], lang: str, ctx: Context) -> str:
    return deadline(row, ctx.today).text(lang)


def _request_deadline(row: dict[str, Any], lang: str, ctx: Context) -> str:
    from compliance_desk.domain.requests.deadlines import deadline as request_deadline

    return request_deadline(row, ctx.today).text(lang)


def _decisions(row: dict[str, Any], lang: str, ctx: Context) -> str:
    """'Access: Granted; Erasure: Refused (A legal retention period applies)'."""
    from compliance_desk.domain.requests.vocab import REFUSAL_REASONS, RIGHT_DECISIONS
    from compliance_desk.domain.vocabularies import RIGHTS

    parts = []
    for item in json.loads(row.get("decisions") or "[]"):
        if not item:
            continue
        code, decision, reason = item
        text_ = f"{RIGHTS.label(code, lang)}: {RIGHT_DECISIONS.label(decision, lang)}"
        if reason:
            text_ += f" ({REFUSAL_REASONS.label(reason, lang)})"
        parts.append(text_)
    return ("؛ " if lang == "ar" else "; ").join(parts)


def _days(row: dict[str, Any], lang: str, ctx: Context) -> int | None:
    return days_to_decision(row)


def _expiry(row: dict[str, Any], lang: str, ctx: Context) -> str:
    if row.get("doc_type") not in IDENTITY_DOCUMENTS or not row.get("expiry_date"):
        return ""
    if str(row["expiry_date"]) < ctx.today.isoformat():
        return text("expired", lang)
    window = kyc_rules.expiry_window(row, ctx.today)
    return text("expires_in", lang, days=window) if window else ""


def _resolved(row: dict[str, Any], lang: str, ctx: Context) -> Any:
    if row.get("result") == "verified":
        return None
    value = row.get("resolved_on")
    return dt.date.fromisoformat(value) if value else text("unresolved", lang)


def _breach_deadline(row: dict[str, Any], lang: str, ctx: Context) -> str:
    return breaches.wall_time(breaches.deadline(row), row.get("time_zone")).replace("T", " ")


def _breach_timing(row: dict[str, Any], lang: str, ctx: Context) -> str:
    """On time / late / not notifiable, or the clock while it runs (words, not colour)."""
    found = breaches.timing(row)
    if found == "pending":
        return breaches.clock(row, clock.now()).text(lang)
    return breaches.TIMING_LABELS[found][1 if lang == "ar" else 0]


def _hours_to_notify(row: dict[str, Any], lang: str, ctx: Context) -> float | None:
    hours = breaches.hours_to_notify(row)
    return round(hours, 1) if hours is not None else None


def _processor(row: dict[str, Any], lang: str, ctx: Context) -> str:
    return ctx.recipient(row.get("processor_id"))


def entity_columns(entity: Entity, skip: tuple[str, ...] = ()) -> list[Column]:
    columns = [Column("reference", _virtual("reference"))] if entity.prefix else []
    return columns + [Column(f.name, f) for f in entity.fields if f.kind != "ref" and f.name not in skip]


IDENTITY = ", ".join(f"'{kind}'" for kind in sorted(IDENTITY_DOCUMENTS))  # fixed codes, not user input

SHEETS = [
    Sheet("activities",
          entity_columns(ACTIVITY) + [computed("sensitive", _sensitive), computed("recipients", _recipients),
                                      computed("transfers", _transfers), computed("safeguards", _safeguards),
                                      computed("missing", _missing)],
          "SELECT a.* FROM activities a ORDER BY a.reference"),
    Sheet("recipients", entity_columns(RECIPIENT), "SELECT * FROM recipients ORDER BY reference"),
    Sheet("disclosures",
          entity_columns(DISCLOSURE) + [computed("deadline", _deadline), Column("days", _virtual("days", "int"), _days),
                                        Column("customer_refs", _virtual("customers")),
                                        Column("activity_refs", _virtual("activities"))],
          "SELECT d.*, (SELECT group_concat(reference, ', ') FROM (SELECT c.reference FROM disclosure_customers dc"
          " JOIN customers c ON c.id = dc.customer_id WHERE dc.disclosure_id = d.id ORDER BY c.reference) AS linked) AS customer_refs,"
          " (SELECT group_concat(reference, ', ') FROM (SELECT a.reference FROM disclosure_activities da"
          " JOIN activities a ON a.id = da.activity_id WHERE da.disclosure_id = d.id ORDER BY a.reference) AS linked) AS activity_refs"
          " FROM disclosures d ORDER BY d.received_date, d.reference"),
    Sheet("requests",
          [Column("reference", _virtual("reference")), Column("customer_reference", _virtual("customer"))]
          + entity_columns(REQUEST)[1:] + [computed("deadline", _request_deadline), computed("decisions", _decisions),
                                           Column("activity_refs", _virtual("activities"))],
          "SELECT q.*, c.reference AS customer_reference,"
          " (SELECT json_group_array(json_array(r.right_code, r.decision, r.refusal_reason)) FROM request_rights r"
          " WHERE r.request_id = q.id) AS decisions,"
          " (SELECT group_concat(reference, ', ') FROM (SELECT a.reference FROM request_activities ra JOIN activities a"
          " ON a.id = ra.activity_id WHERE ra.request_id = q.id ORDER BY a.reference) AS linked) AS activity_refs"
          " FROM requests q LEFT JOIN customers c ON c.id = q.customer_id ORDER BY q.received_date, q.reference"),
    Sheet("customers", entity_columns(CUSTOMER), "SELECT * FROM customers ORDER BY reference"),
    Sheet("documents", [Column("customer_reference", _virtual("customer"))] + entity_columns(DOCUMENT)
          + [computed("expiry", _expiry)],
          "SELECT d.*, c.reference AS customer_reference FROM documents d JOIN customers c ON c.id = d.customer_id"
          " ORDER BY d.customer_id, d.id"),
    Sheet("checks", [Column("customer_reference", _virtual("customer")),
                     Column("doc_type", DOCUMENT.field("doc_type"))] + entity_columns(CHECK)
          + [Column("resolved_on", _virtual("resolved", "date"), _resolved)],
          "SELECT k.*, c.reference AS customer_reference, d.doc_type,"  # noqa: S608 - fixed codes
          " CASE WHEN k.result != 'verified' THEN (SELECT min(k2.checked_on) FROM documents d2"
          " JOIN checks k2 ON k2.document_id = d2.id WHERE d2.customer_id = d.customer_id"
          f" AND k2.result = 'verified' AND (d2.doc_type IN ({IDENTITY})) = (d.doc_type IN ({IDENTITY}))"
          " AND (k2.checked_on > k.checked_on OR (k2.checked_on = k.checked_on AND k2.id > k.id))) END AS resolved_on"
          " FROM checks k JOIN documents d ON d.id = k.document_id JOIN customers c ON c.id = d.customer_id"
          " ORDER BY d.customer_id, k.checked_on"),
    Sheet("screening_hits", [Column("customer_reference", _virtual("customer")),
                             Column("version_reference", _virtual("list_version"))]
          + entity_columns(SCREENING_HIT, skip=("entry_hash", "customer_hash", "reasons")),
          "SELECT h.*, c.reference AS customer_reference, v.reference AS version_reference FROM screening_hits h"
          " JOIN customers c ON c.id = h.customer_id JOIN list_versions v ON v.id = h.version_id"
          " ORDER BY h.first_seen, h.id"),
    Sheet("breaches",
          entity_columns(BREACH) + [computed("sdaia_deadline", _breach_deadline), computed("sdaia_timing", _breach_timing),
                                    Column("hours", _virtual("hours_to_notify", "int"), _hours_to_notify),
                                    computed("processor", _processor), Column("open_steps", _virtual("open_steps", "int")),
                                    Column("customer_refs", _virtual("customers")),
                                    Column("activity_refs", _virtual("activities"))],
          "SELECT b.*, (SELECT count(*) FROM breach_steps s WHERE s.breach_id = b.id AND s.done_on IS NULL) AS open_steps,"
          " (SELECT group_concat(reference, ', ') FROM (SELECT c.reference FROM breach_customers bc"
          " JOIN customers c ON c.id = bc.customer_id WHERE bc.breach_id = b.id ORDER BY c.reference) AS linked) AS customer_refs,"
          " (SELECT group_concat(reference, ', ') FROM (SELECT a.reference FROM breach_activities ba"
          " JOIN activities a ON a.id = ba.activity_id WHERE ba.breach_id = b.id ORDER BY a.reference) AS linked) AS activity_refs"
          " FROM breaches b ORDER BY b.aware_at, b.reference"),
]
