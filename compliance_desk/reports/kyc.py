"""KYC status: customers by status, identity documents expiring within 90 days, failed checks with
their reasons, overdue re-verifications. Document numbers are masked unless asked."""

from __future__ import annotations

import json
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.identifiers import mask
from compliance_desk.reports.common import info
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import Text, build, chunked_tables, heading, table
from compliance_desk.storage import kyc as store
from compliance_desk.storage.register import Register


def _name(row: dict[str, Any], lang: str) -> str:
    first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
    return str(row.get(first) or row.get(second) or "")


def story(register: Register, lang: str, reveal: bool = False) -> list[Flowable]:
    counts = dict(register.conn.execute("SELECT status, count(*) FROM customers GROUP BY status").fetchall())
    rows = [[v.CUSTOMER_STATUSES.label(t.code, lang), str(counts.get(t.code, 0))] for t in v.CUSTOMER_STATUSES]
    total = sum(counts.values())
    out: list[Flowable] = [heading(label("by_status", lang), lang),
                           table([[label("customers", lang), str(total)], *rows], [70, 30], lang, size=9)]

    expiring = store.expiring_documents(register, 90)
    header = [label("customer", lang), label("name", lang), label("document", lang), label("number", lang),
              label("expires", lang)]
    body = [[d["customer_reference"], _name(d, lang), v.DOCUMENT_TYPES.label(d["doc_type"], lang),
             d["number"] if reveal else mask(d["number"]), d["expiry_date"]] for d in expiring]
    out += [CondPageBreak(50 * mm), Spacer(1, 6 * mm), heading(label("expiring", lang), lang, 2)]
    out += chunked_tables(header, body, [14, 30, 20, 16, 14], lang)

    failed = register.conn.execute(
        "SELECT c.reference, c.full_name_ar, c.full_name_en, d.doc_type, k.checked_on, k.result, k.reason_codes"
        " FROM checks k JOIN documents d ON d.id = k.document_id JOIN customers c ON c.id = d.customer_id"
        " WHERE k.result != 'verified' ORDER BY k.checked_on DESC").fetchall()
    header = [label("customer", lang), label("name", lang), label("document", lang), label("checked_on", lang),
              label("result", lang), label("reasons", lang)]
    separator = "، " if lang == "ar" else ", "
    body = [[ref, _name({"full_name_ar": ar, "full_name_en": en}, lang), v.DOCUMENT_TYPES.label(kind, lang), on,
             v.CHECK_RESULTS.label(result, lang),
             separator.join(v.REASON_CODES.label(code, lang) for code in json.loads(reasons))]
            for ref, ar, en, kind, on, result, reasons in failed]
    out += [CondPageBreak(50 * mm), Spacer(1, 6 * mm), heading(label("failed", lang), lang, 2)]
    out += chunked_tables(header, body, [13, 24, 17, 12, 13, 21], lang)

    overdue = store.overdue_reviews(register)
    header = [label("customer", lang), label("name", lang), label("risk", lang), label("review_due", lang)]
    body = [[c["reference"], _name(c, lang), v.RISK_RATINGS.label(c["risk_rating"], lang), c["next_review"]]
            for c in overdue]
    out += [CondPageBreak(50 * mm), Spacer(1, 6 * mm), heading(label("overdue_reviews", lang), lang, 2)]
    out += chunked_tables(header, body, [16, 44, 16, 24], lang)
    if not reveal:
        out += [Spacer(1, 4 * mm), Text("••••" + label("number", lang), lang, size=7)]
    return out


def write(register: Register, path: Any, lang: str, seal: str, *, reveal: bool = False, hijri: bool = False,
          progress: Any = None, **_: Any) -> Any:
    return build(path, info(register, lang, "kyc", seal, hijri=hijri), story(register, lang, reveal), progress)
