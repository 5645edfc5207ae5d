"""Use cases of the KYC register: customers, their documents, the officer's checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from compliance_desk.domain import clock, kyc
from compliance_desk.domain.entities import CHECK, CUSTOMER, DOCUMENT
from compliance_desk.domain.errors import Msg, ValidationError
from compliance_desk.domain.messages import isolate
from compliance_desk.domain.mrz import MrzError
from compliance_desk.domain.mrz import parse as parse_mrz
from compliance_desk.domain.phones import to_e164
from compliance_desk.domain.queue import QueueItem, stage_for
from compliance_desk.domain.validation import clean, country_code
from compliance_desk.domain.vocabularies import (
    DOCUMENT_TYPES,
    IDENTITY_DOCUMENTS,
    REASON_CODES,
    RISK_RATINGS,
)
from compliance_desk.storage import records
from compliance_desk.storage.register import Register


def _customer_values(values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    out = dict(values)
    if "phone" in out:
        try:
            region = country_code(out.get("country") or (current or {}).get("country"))
        except ValueError:
            region = None  # `clean` names the bad country
        out["phone"] = to_e164(out["phone"], region or "SA")
    kyc.check_email(out.get("email"))
    return out


def save_customer(register: Register, customer_id: int | None, values: Mapping[str, Any]) -> int:
    """Create or update a customer; the phone is stored in E.164."""
    with register.atomic():
        if customer_id is None:
            kyc.check_customer(clean(CUSTOMER, values, partial=True))
            return records.create(register, CUSTOMER, _customer_values(values))
        current = records.get(register, CUSTOMER, customer_id)
        kyc.check_customer({**current, **clean(CUSTOMER, values, partial=True)})
        records.update(register, CUSTOMER, customer_id, _customer_values(values, current))
        refresh_customer(register, customer_id)
        return customer_id


def save_document(register: Register, document_id: int | None, values: Mapping[str, Any]) -> int:
    """Create or update an identity or address document; an MRZ must be readable."""
    text = str(values.get("mrz") or "").strip()
    if text:
        try:
            parse_mrz(text, clock.today())
        except MrzError as error:
            raise ValidationError("mrz", Msg(error.key)) from None
    with register.atomic():
        if document_id is None:
            document_id = records.create(register, DOCUMENT, values)
        else:
            records.update(register, DOCUMENT, document_id, values)
        refresh_customer(register, records.get(register, DOCUMENT, document_id)["customer_id"])
        return document_id


def check_problems(register: Register, document_id: int, checked_on: str | dt.date,
                   address_max_days: int = kyc.ADDRESS_MAX_DAYS) -> list[str]:
    """The rules the document breaks for a check on `checked_on`, as reason codes."""
    document = records.get(register, DOCUMENT, document_id)
    customer = records.get(register, CUSTOMER, document["customer_id"])
    on = checked_on if isinstance(checked_on, dt.date) else dt.date.fromisoformat(str(checked_on)[:10])
    return kyc.check_problems(document, customer, on, address_max_days)


def record_check(register: Register, values: Mapping[str, Any], *,
                 address_max_days: int = kyc.ADDRESS_MAX_DAYS,
                 review_years: Mapping[str, int] = kyc.REVIEW_YEARS, lang: str = "en") -> int:
    """Record a check of a document. Saving "verified" over a broken rule needs an override reason,
    which stays on the check (and in its audit entry) with the rules it overrode."""
    cleaned = clean(CHECK, {"checked_on": clock.today().isoformat(), **values})
    problems = check_problems(register, cleaned["document_id"], cleaned["checked_on"], address_max_days)
    if cleaned["result"] == "verified" and problems and not cleaned.get("override_reason"):
        labels = ", ".join(REASON_CODES.label(code, lang) for code in problems)
        raise ValidationError("override_reason", Msg("override_needed", reasons=labels))
    cleaned["reason_codes"] = list(dict.fromkeys([*cleaned.get("reason_codes", []), *problems]))
    kyc.check_result(cleaned)
    with register.atomic():
        document = records.get(register, DOCUMENT, cleaned["document_id"])
        customer = records.get(register, CUSTOMER, document["customer_id"])
        cleaned["next_review"] = cleaned.get("next_review") or kyc.review_due(
            cleaned["checked_on"], customer["risk_rating"], review_years)
        check_id = register.insert(CHECK, cleaned)
        refresh_customer(register, customer["id"], review_years)
        return check_id


def latest_checks(register: Register, customer_id: int) -> dict[int, dict[str, Any]]:
    """The most recent check of each of a customer's documents, by document id."""
    cursor = register.conn.execute(
        "SELECT k.* FROM checks k JOIN documents d ON d.id = k.document_id WHERE d.customer_id = ?"
        " ORDER BY k.checked_on, k.id", (customer_id,))
    names = [c[0] for c in cursor.description]
    latest: dict[int, dict[str, Any]] = {}
    for row in cursor:
        check = dict(zip(names, row, strict=True))
        latest[check["document_id"]] = check
    return latest


def documents_of(register: Register, customer_id: int) -> list[dict[str, Any]]:
    cursor = register.conn.execute("SELECT * FROM documents WHERE customer_id = ? ORDER BY id", (customer_id,))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def checks_of(register: Register, document_id: int) -> list[dict[str, Any]]:
    cursor = register.conn.execute("SELECT * FROM checks WHERE document_id = ? ORDER BY checked_on DESC, id DESC",
                                   (document_id,))
    names = [c[0] for c in cursor.description]
    return [records.decode(CHECK, dict(zip(names, row, strict=True))) for row in cursor]


def refresh_customer(register: Register, customer_id: int,
                     review_years: Mapping[str, int] = kyc.REVIEW_YEARS) -> str:
    """Re-derive a customer's status, last verification and review date from the checks."""
    customer = records.get(register, CUSTOMER, customer_id)
    verdict = kyc.derive_status(customer, documents_of(register, customer_id), latest_checks(register, customer_id),
                                clock.today())
    status = verdict.status
    if status not in kyc.MANUAL_STATUSES and _sanctioned(register, customer_id):
        status = "restricted"  # a confirmed sanctions match keeps the customer restricted (storage/screening.py)
    changes = {"status": status, "last_verified": verdict.last_verified,
               "next_review": kyc.review_due(verdict.last_verified, customer["risk_rating"], review_years)
               or customer.get("next_review")}
    register.update(CUSTOMER, customer_id, changes)
    return status


def _sanctioned(register: Register, customer_id: int) -> bool:
    return register.conn.execute("SELECT 1 FROM screening_hits WHERE customer_id = ? AND decision = 'true_match'"
                                 " LIMIT 1", (customer_id,)).fetchone() is not None


def expiring_documents(register: Register, days: int = 90, *, expired: bool = True) -> list[dict[str, Any]]:
    """Identity documents expiring within `days` of customers still served; with `expired`, those
    already expired too (the Due page), else from today on (the KYC report lists those apart)."""
    kinds = sorted(IDENTITY_DOCUMENTS)
    limit = (clock.today() + dt.timedelta(days=days)).isoformat()
    start = "0000-01-01" if expired else clock.today().isoformat()
    marks = ", ".join("?" * len(kinds))  # placeholders only; the values are bound
    sql = ("SELECT d.*, c.reference AS customer_reference, c.full_name_ar, c.full_name_en FROM documents d"  # noqa: S608
           f" JOIN customers c ON c.id = d.customer_id WHERE d.doc_type IN ({marks})"
           " AND d.expiry_date IS NOT NULL AND d.expiry_date >= ? AND d.expiry_date <= ?"
           " AND c.status NOT IN ('closed', 'refused_information') ORDER BY d.expiry_date")
    return _dicts(register.conn.execute(sql, (*kinds, start, limit)))


def expired_documents(register: Register) -> list[dict[str, Any]]:
    """Identity documents already expired, of customers still served (the oldest first)."""
    yesterday = (clock.today() - dt.timedelta(days=1)).isoformat()
    kinds = sorted(IDENTITY_DOCUMENTS)
    marks = ", ".join("?" * len(kinds))
    sql = ("SELECT d.*, c.reference AS customer_reference, c.full_name_ar, c.full_name_en FROM documents d"  # noqa: S608
           f" JOIN customers c ON c.id = d.customer_id WHERE d.doc_type IN ({marks})"
           " AND d.expiry_date IS NOT NULL AND d.expiry_date <= ?"
           " AND c.status NOT IN ('closed', 'refused_information') ORDER BY d.expiry_date")
    return _dicts(register.conn.execute(sql, (*kinds, yesterday)))


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def failed_checks(register: Register) -> list[dict[str, Any]]:
    """Every check that did not verify, newest first, with `resolved_on`: the date of the customer's
    first later check that verified a document of the same kind (identity, or proof of address),
    None while the failure stands."""
    kinds = sorted(IDENTITY_DOCUMENTS)
    marks = ", ".join("?" * len(kinds))
    sql = ("SELECT k.id, k.checked_on, k.result, k.reason_codes, d.doc_type, c.reference, c.full_name_ar,"  # noqa: S608
           " c.full_name_en, c.status,"
           " (SELECT min(k2.checked_on) FROM documents d2 JOIN checks k2 ON k2.document_id = d2.id"
           "  WHERE d2.customer_id = d.customer_id AND k2.result = 'verified'"
           f"  AND (d2.doc_type IN ({marks})) = (d.doc_type IN ({marks}))"
           "  AND (k2.checked_on > k.checked_on OR (k2.checked_on = k.checked_on AND k2.id > k.id))) AS resolved_on"
           " FROM checks k JOIN documents d ON d.id = k.document_id JOIN customers c ON c.id = d.customer_id"
           " WHERE k.result != 'verified' ORDER BY k.checked_on DESC, k.id DESC")
    return _dicts(register.conn.execute(sql, (*kinds, *kinds)))


def customers_where(register: Register, condition: str, order: str = "c.reference") -> list[dict[str, Any]]:
    """Customers matching a fixed SQL condition (written here, never from user input), each with how
    many documents they have on file."""
    return _dicts(register.conn.execute(
        "SELECT c.*, (SELECT count(*) FROM documents d WHERE d.customer_id = c.id) AS documents"  # noqa: S608
        f" FROM customers c WHERE {condition} ORDER BY {order}"))


def pending_customers(register: Register) -> list[dict[str, Any]]:
    return customers_where(register, "c.status = 'pending'")


def pep_customers(register: Register) -> list[dict[str, Any]]:
    return customers_where(register, "c.pep = 1 AND c.status != 'closed'")


def restricted_customers(register: Register) -> list[dict[str, Any]]:
    return customers_where(register, "c.status IN ('restricted', 'refused_information')", "c.status, c.reference")


def overdue_reviews(register: Register) -> list[dict[str, Any]]:
    """Customers whose re-verification date has passed."""
    cursor = register.conn.execute(
        "SELECT * FROM customers WHERE next_review IS NOT NULL AND next_review < ?"
        " AND status NOT IN ('closed', 'refused_information') ORDER BY next_review", (clock.today().isoformat(),))
    return _dicts(cursor)


# ---------------------------------------------------------------- the action queue
def _name(row: Mapping[str, Any], lang: str) -> str:
    first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
    return isolate(row.get(first) or row.get(second) or row.get("reference") or "")


def queue_items(register: Register, today: dt.date) -> list[QueueItem]:
    """The "kyc" group: identity documents to renew (domain.kyc.needs_renewal) and re-verifications
    due (overdue, or within REVIEW_SOON_DAYS), for customers still served."""
    kinds = sorted(IDENTITY_DOCUMENTS)
    marks = ", ".join("?" * len(kinds))
    served = ", ".join("?" * len(kyc.SERVED_STATUSES))
    limit = (today + dt.timedelta(days=kyc.RENEW_WITHIN_DAYS)).isoformat()
    # Customers holding an identity document expired or expiring by `limit`, less those no longer served;
    # then every identity document they hold, with its latest check (all from covering indexes, 0006).
    candidates = {c for (c,) in register.conn.execute(
        f"SELECT customer_id FROM documents WHERE expiry_date <= ? AND doc_type IN ({marks})",  # noqa: S608
        (limit, *kinds))}
    candidates -= {c for (c,) in register.conn.execute(
        f"SELECT id FROM customers WHERE status NOT IN ({served})", kyc.SERVED_STATUSES)}  # noqa: S608
    held: dict[int, list[kyc.HeldDocument]] = {}
    ordered_ids = sorted(candidates)
    for start in range(0, len(ordered_ids), 500):
        chunk = ordered_ids[start:start + 500]
        cursor = register.conn.execute(
            "SELECT d.id, d.customer_id, d.doc_type, d.expiry_date, (SELECT k.result FROM checks k"  # noqa: S608
            " WHERE k.document_id = d.id ORDER BY k.checked_on DESC, k.id DESC LIMIT 1) FROM documents d"
            f" WHERE d.customer_id IN ({', '.join('?' * len(chunk))}) AND d.doc_type IN ({marks})", (*chunk, *kinds))
        for doc_id, customer_id, doc_type, expiry, result in cursor:
            held.setdefault(customer_id, []).append(kyc.HeldDocument(doc_id, doc_type, _day(expiry), result))
    renew = [(customer_id, doc) for customer_id, docs in held.items() for doc in docs
             if kyc.needs_renewal(doc, docs, today)]
    customers = _customers(register, {customer_id for customer_id, _ in renew})
    items = []
    for customer_id, doc in renew:
        customer = customers[customer_id]
        assert doc.expiry is not None
        items.append(QueueItem(
            group="kyc", stage=stage_for(doc.expiry, today, kyc.EXPIRY_WINDOWS[0]), key=f"document:{doc.id}:expiry",
            entity="document", record_id=doc.id, reference=str(customer["reference"]),
            title_en=f"{DOCUMENT_TYPES.label(doc.doc_type, 'en')} of {_name(customer, 'en')}",
            title_ar=f"{DOCUMENT_TYPES.label(doc.doc_type, 'ar')} — {_name(customer, 'ar')}",
            due=doc.expiry, detail_en="Obtain a valid identity document", detail_ar="الحصول على وثيقة هوية سارية",
            extra={"customer_id": customer_id}))
    review_limit = (today + dt.timedelta(days=kyc.REVIEW_SOON_DAYS)).isoformat()
    cursor = register.conn.execute(
        "SELECT id, reference, full_name_ar, full_name_en, next_review, risk_rating FROM customers"  # noqa: S608
        f" WHERE next_review IS NOT NULL AND next_review <= ? AND +status IN ({served})",  # "+": by date, not status
        (review_limit, *kyc.SERVED_STATUSES))
    names = [c[0] for c in cursor.description]
    for row in cursor:
        customer = dict(zip(names, row, strict=True))
        due = dt.date.fromisoformat(str(customer["next_review"])[:10])
        items.append(QueueItem(
            group="kyc", stage=stage_for(due, today, kyc.REVIEW_SOON_DAYS), key=f"customer:{customer['id']}:review",
            entity="customer", record_id=int(customer["id"]), reference=str(customer["reference"]),
            title_en=f"Re-verify {_name(customer, 'en')}", title_ar=f"إعادة التحقق من {_name(customer, 'ar')}",
            due=due, detail_en=f"Risk: {RISK_RATINGS.label(customer['risk_rating'], 'en')}",
            detail_ar=f"درجة المخاطر: {RISK_RATINGS.label(customer['risk_rating'], 'ar')}",
            extra={"customer_id": int(customer["id"])}))
    return items


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _customers(register: Register, ids: set[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    ordered_ids = sorted(ids)
    for start in range(0, len(ordered_ids), 500):
        chunk = ordered_ids[start:start + 500]
        cursor = register.conn.execute(
            "SELECT id, reference, full_name_ar, full_name_en FROM customers"  # noqa: S608 - placeholders only
            f" WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        names = [c[0] for c in cursor.description]
        for row in cursor:
            found[row[0]] = dict(zip(names, row, strict=True))
    return found
