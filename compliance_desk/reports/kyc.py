"""KYC status for the AML officer: exceptions first; customers by status and risk rating; politically
exposed persons; pending customers (those with no document too); restricted and refused-information
customers; expired identity documents apart from those expiring within 90 days; failed checks still
unresolved apart from those a later check resolved; overdue re-verifications. Document numbers are
masked unless asked; the AML officer is named on the cover."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain import clock
from compliance_desk.domain import kyc as rules
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.identifiers import mask
from compliance_desk.reports.cells import clean_text
from compliance_desk.reports.common import info, officer_gaps, officers, overdue_mark
from compliance_desk.reports.flowables import Mark, chunked_tables, section
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.storage import kyc as store
from compliance_desk.storage.register import Register


def _name(row: dict[str, Any], lang: str) -> str:
    first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
    return clean_text(str(row.get(first) or row.get(second) or ""))


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "—"


def _block(title: str, header: Sequence[str], rows: list[list[Any]], widths: Sequence[float],
           lang: str) -> list[Flowable]:
    content = chunked_tables(header, rows, widths, lang, caption=title) if rows else []
    return [Spacer(1, 6 * mm), *section(title, lang, content, level=1)]


def story(register: Register, lang: str, reveal: bool = False) -> list[Flowable]:
    today = clock.today()
    counts = dict(register.conn.execute("SELECT status, count(*) FROM customers GROUP BY status").fetchall())
    risks = dict(register.conn.execute("SELECT risk_rating, count(*) FROM customers WHERE status != 'closed'"
                                       " GROUP BY risk_rating").fetchall())
    total = sum(counts.values())
    expired = store.expired_documents(register)
    expiring = store.expiring_documents(register, 90, expired=False)
    failed = store.failed_checks(register)
    unresolved = [f for f in failed if not f["resolved_on"] and f["status"] != "closed"]
    resolved = [f for f in failed if f["resolved_on"]]
    overdue = store.overdue_reviews(register)
    pending = store.pending_customers(register)
    peps = store.pep_customers(register)
    restricted = store.restricted_customers(register)
    out = exceptions([
        (label("x_expired", lang), len(expired), label("expired", lang)),
        (label("x_expiring", lang), len(expiring), label("expiring", lang)),
        (label("x_unresolved", lang), len(unresolved), label("unresolved", lang)),
        (label("x_reviews", lang), len(overdue), label("overdue_reviews", lang)),
        (label("x_pending_customers", lang), len(pending), label("pending_customers", lang)),
        (label("x_no_document", lang), sum(1 for c in pending if not c["documents"]), label("pending_customers", lang)),
        (label("x_restricted", lang), len(restricted), label("restricted", lang)),
        (label("x_pep", lang), len(peps), label("pep", lang)),
        (label("x_high_risk", lang), risks.get("high", 0), label("risk_spread", lang)),
        (label("x_officer", lang), officer_gaps(register, dpo=False, aml=True), label("cover_page", lang)),
    ], lang, empty=None if total else label("empty_kyc", lang))

    status_rows = [[v.CUSTOMER_STATUSES.label(t.code, lang), str(counts.get(t.code, 0)),
                    _share(counts.get(t.code, 0), total)] for t in v.CUSTOMER_STATUSES]
    header = [label("customers", lang), label("number_of", lang), label("share", lang)]
    out += _block(label("by_status", lang), header, [*status_rows, [label("total", lang), str(total), ""]],
                  [60, 20, 20], lang)
    served = sum(risks.values())
    risk_rows = [[v.RISK_RATINGS.label(t.code, lang), str(risks.get(t.code, 0)), _share(risks.get(t.code, 0), served)]
                 for t in v.RISK_RATINGS]
    out += _block(label("risk_spread", lang), [label("risk", lang), label("number_of", lang), label("share", lang)],
                  risk_rows, [60, 20, 20], lang)

    people = [label("customer", lang), label("name", lang), label("risk", lang), label("status", lang),
              label("review_due", lang)]
    out += _block(label("pep", lang), people, [
        [c["reference"], _name(c, lang), v.RISK_RATINGS.label(c["risk_rating"], lang),
         v.CUSTOMER_STATUSES.label(c["status"], lang), overdue_mark(c["next_review"], lang)] for c in peps],
        [14, 36, 14, 16, 20], lang)
    out += _block(label("pending_customers", lang),
                  [label("customer", lang), label("name", lang), label("risk", lang), label("documents_on_file", lang)],
                  [[c["reference"], _name(c, lang), v.RISK_RATINGS.label(c["risk_rating"], lang),
                    str(c["documents"]) if c["documents"] else Mark(label("no_document", lang))] for c in pending],
                  [16, 44, 16, 24], lang)
    out += _block(label("restricted", lang),
                  [label("customer", lang), label("name", lang), label("status", lang), label("note", lang)],
                  [[c["reference"], _name(c, lang), v.CUSTOMER_STATUSES.label(c["status"], lang),
                    clean_text(str(c.get("refusal_note") or c.get("notes") or ""))] for c in restricted],
                  [14, 28, 18, 40], lang)

    documents = [label("customer", lang), label("name", lang), label("document", lang), label("number", lang)]
    out += _block(label("expired", lang), [*documents, label("expires", lang), label("days_expired", lang)], [
        [d["customer_reference"], _name(d, lang), v.DOCUMENT_TYPES.label(d["doc_type"], lang), _number(d, reveal),
         d["expiry_date"], Mark(str((today - dt.date.fromisoformat(d["expiry_date"])).days))] for d in expired],
        [13, 27, 18, 15, 14, 13], lang)
    out += _block(label("expiring", lang), [*documents, label("expires", lang), label("window", lang)], [
        [d["customer_reference"], _name(d, lang), v.DOCUMENT_TYPES.label(d["doc_type"], lang), _number(d, reveal),
         d["expiry_date"], label("days", lang, days=rules.expiry_window(d, today) or 90)] for d in expiring],
        [13, 27, 18, 15, 14, 13], lang)

    checks = [label("customer", lang), label("name", lang), label("document", lang), label("checked_on", lang),
              label("result", lang), label("reasons", lang)]
    out += _block(label("unresolved", lang), checks, [_check(f, lang) for f in unresolved], [13, 24, 17, 12, 13, 21],
                  lang)
    out += _block(label("resolved", lang), [*checks, label("resolved_on", lang)],
                  [[*_check(f, lang), f["resolved_on"]] for f in resolved], [12, 21, 15, 11, 11, 18, 12], lang)
    out += _block(label("overdue_reviews", lang),
                  [label("customer", lang), label("name", lang), label("risk", lang), label("review_due", lang)],
                  [[c["reference"], _name(c, lang), v.RISK_RATINGS.label(c["risk_rating"], lang),
                    overdue_mark(c["next_review"], lang)] for c in overdue], [16, 40, 16, 28], lang)
    return out


def _number(document: dict[str, Any], reveal: bool) -> str:
    return str(document["number"] or "") if reveal else mask(document["number"] or "")


def _check(row: dict[str, Any], lang: str) -> list[Any]:
    separator = "، " if lang == "ar" else ", "
    reasons = separator.join(v.REASON_CODES.label(code, lang) for code in json.loads(row["reason_codes"] or "[]"))
    return [row["reference"], _name(row, lang), v.DOCUMENT_TYPES.label(row["doc_type"], lang), row["checked_on"],
            v.CHECK_RESULTS.label(row["result"], lang), reasons]


def write(register: Register, path: Any, lang: str, seal: str, *, reveal: bool = False, hijri: bool = False,
          progress: Any = None, control: Any = None, **_: Any) -> Any:
    report = info(register, lang, "kyc", seal, hijri=hijri, control=control, reveal=reveal,
                  cover_lines=officers(register, lang, dpo=True, aml=True))
    return build(path, report, story(register, lang, reveal), progress)
