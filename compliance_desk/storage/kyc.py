"""Use cases of the KYC register: customers, their documents, the officer's checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from compliance_desk.domain import clock, kyc
from compliance_desk.domain.entities import CHECK, CUSTOMER, DOCUMENT
from compliance_desk.domain.errors import Msg, ValidationError
from compliance_desk.domain.mrz import parse as parse_mrz
from compliance_desk.domain.phones import to_e164
from compliance_desk.domain.validation import clean
from compliance_desk.domain.vocabularies import IDENTITY_DOCUMENTS, REASON_CODES
from compliance_desk.storage import records
from compliance_desk.storage.register import Register


def _customer_values(values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    out = dict(values)
    if "phone" in out:
        region = clean(CUSTOMER, {"country": out.get("country") or (current or {}).get("country")},
                       partial=True).get("country")
        out["phone"] = to_e164(out["phone"], region or "SA")
    email = str(out.get("email") or "").strip()
    if email and ("@" not in email or "." not in email.rpartition("@")[2]):
        raise ValidationError("email", Msg("invalid_email", value=email))
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
        except ValueError as error:
            raise ValidationError("mrz", Msg("invalid_mrz", detail=str(error))) from None
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


def expiring_documents(register: Register, days: int = 90) -> list[dict[str, Any]]:
    """Identity documents expiring within `days` (or already expired) of customers still served."""
    kinds = sorted(IDENTITY_DOCUMENTS)
    limit = (clock.today() + dt.timedelta(days=days)).isoformat()
    marks = ", ".join("?" * len(kinds))  # placeholders only; the values are bound
    sql = ("SELECT d.*, c.reference AS customer_reference, c.full_name_ar, c.full_name_en FROM documents d"  # noqa: S608
           f" JOIN customers c ON c.id = d.customer_id WHERE d.doc_type IN ({marks})"
           " AND d.expiry_date IS NOT NULL AND d.expiry_date <= ?"
           " AND c.status NOT IN ('closed', 'refused_information') ORDER BY d.expiry_date")
    cursor = register.conn.execute(sql, (*kinds, limit))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def overdue_reviews(register: Register) -> list[dict[str, Any]]:
    """Customers whose re-verification date has passed."""
    cursor = register.conn.execute(
        "SELECT * FROM customers WHERE next_review IS NOT NULL AND next_review < ?"
        " AND status NOT IN ('closed', 'refused_information') ORDER BY next_review", (clock.today().isoformat(),))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
