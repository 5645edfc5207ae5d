"""KYC rules: document validity, proof-of-address age, re-verification, and customer status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain import mrz as mrz_rules
from compliance_desk.domain.identifiers import saudi_id_valid
from compliance_desk.domain.vocabularies import ADDRESS_DOCUMENTS, IDENTITY_DOCUMENTS

ADDRESS_MAX_DAYS = 90
REVIEW_YEARS = {"high": 1, "medium": 2, "low": 5}
EXPIRY_WINDOWS = (30, 60, 90)
SAUDI_NUMBERED = {"national_id", "residence_permit"}


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def check_customer(values: Mapping[str, Any], today: dt.date | None = None) -> None:
    """A customer who refused to provide information keeps the officer's note of it, and a date
    of birth is not in the future (`today`, default the clock's)."""
    from compliance_desk.domain import clock
    from compliance_desk.domain.errors import Msg, ValidationError

    if values.get("status") == "refused_information" and not str(values.get("refusal_note") or "").strip():
        raise ValidationError("refusal_note", Msg("refusal_note_required"))
    born = _date(values.get("date_of_birth"))
    if born is not None and born > (today or clock.today()):
        raise ValidationError("date_of_birth", Msg("birth_in_future"))


def check_result(values: Mapping[str, Any]) -> None:
    """A rejected document names why it was rejected (reason codes).

    The check is part of the customer due-diligence record kept for at least ten years (Saudi AML Law
    Art. 12); "rejected" with no reason tells a later reader — an auditor, SAMA — nothing.
    """
    from compliance_desk.domain.errors import Msg, ValidationError

    if values.get("result") == "rejected" and not values.get("reason_codes"):
        raise ValidationError("reason_codes", Msg("rejection_reason_required"))


def check_email(value: object) -> None:
    """An e-mail address has a local part, an "@" and a domain with a dot (empty: none given)."""
    from compliance_desk.domain.errors import Msg, ValidationError

    email = str(value or "").strip()
    if email and ("@" not in email or "." not in email.rpartition("@")[2] or not email.partition("@")[0]):
        raise ValidationError("email", Msg("invalid_email", value=email))


def identity_valid_on(document: Mapping[str, Any], on: dt.date) -> list[str]:
    """Reason codes why an identity document is not valid on `on` (empty: valid)."""
    reasons = []
    expiry, issued = _date(document.get("expiry_date")), _date(document.get("issue_date"))
    if expiry is None or expiry < on:
        reasons.append("expired")
    if issued is not None and issued > on:
        reasons.append("unreadable")  # a document issued after the check is a data error
    return reasons


def address_recent_on(document: Mapping[str, Any], on: dt.date, max_days: int = ADDRESS_MAX_DAYS) -> list[str]:
    """Reason codes why a proof of address is not acceptable on `on` (older than `max_days`)."""
    issued = _date(document.get("issue_date"))
    if issued is None or (on - issued).days > max_days or issued > on:
        return ["older_than_allowed"]
    return []


def number_problems(document: Mapping[str, Any]) -> list[str]:
    """A Saudi national ID or residence number that fails its rule."""
    number = str(document.get("number") or "").strip()
    if document.get("doc_type") in SAUDI_NUMBERED and document.get("issuing_country") == "SA" and number:
        if not saudi_id_valid(number):
            return ["mrz_check_digit"]
    return []


def mrz_problems(document: Mapping[str, Any], customer: Mapping[str, Any], today: dt.date) -> list[str]:
    text = str(document.get("mrz") or "").strip()
    if not text:
        return []
    try:
        parsed = mrz_rules.parse(text, today)
    except ValueError:
        return ["unreadable"]
    reasons = [] if parsed.valid else ["mrz_check_digit"]
    differ = mrz_rules.mismatches(parsed, number=document.get("number"), birth_date=customer.get("date_of_birth"),
                                  expiry_date=document.get("expiry_date"), name=customer.get("full_name_en"))
    if "name" in differ:
        reasons.append("name_mismatch")
    if {"number", "birth_date", "expiry_date"} & set(differ):
        reasons.append("suspected_forgery")
    return reasons


def check_problems(document: Mapping[str, Any], customer: Mapping[str, Any], on: dt.date,
                   address_max_days: int = ADDRESS_MAX_DAYS) -> list[str]:
    """Every rule the document breaks for a check made on `on`, as reason codes (no duplicates)."""
    kind = document.get("doc_type")
    reasons: list[str] = []
    if kind in IDENTITY_DOCUMENTS:
        reasons += identity_valid_on(document, on)
        reasons += number_problems(document)
        reasons += mrz_problems(document, customer, on)
    elif kind in ADDRESS_DOCUMENTS:
        reasons += address_recent_on(document, on, address_max_days)
    return list(dict.fromkeys(reasons))


def expiring_within(document: Mapping[str, Any], today: dt.date, days: int) -> bool:
    expiry = _date(document.get("expiry_date"))
    return expiry is not None and today <= expiry <= today + dt.timedelta(days=days)


def expiry_window(document: Mapping[str, Any], today: dt.date) -> int | None:
    """30, 60 or 90: the first window the document expires in; None when later, never or past."""
    return next((days for days in EXPIRY_WINDOWS if expiring_within(document, today, days)), None)


def review_due(last_verified: Any, risk: str | None, years: Mapping[str, int] = REVIEW_YEARS) -> str | None:
    """When a customer must be verified again, by risk rating (high 1 year, medium 2, low 5)."""
    last = _date(last_verified)
    if last is None:
        return None
    span = years.get(risk or "low", years["low"])
    try:
        return last.replace(year=last.year + span).isoformat()
    except ValueError:  # 29 February
        return (last + dt.timedelta(days=365 * span)).isoformat()


@dataclass(frozen=True)
class StatusVerdict:
    status: str
    last_verified: str | None


MANUAL_STATUSES = ("refused_information", "closed")


def derive_status(customer: Mapping[str, Any], documents: Iterable[Mapping[str, Any]],
                  latest_checks: Mapping[int, Mapping[str, Any]], today: dt.date) -> StatusVerdict:
    """The customer's status from the latest check of each document.

    verified: an identity document and a proof of address whose latest checks verified them, the
    identity document still in date. restricted: a required document is missing, rejected or
    expired. pending: nothing checked yet, or more information was asked for.
    Refused-information and closed are the officer's decisions and stay.
    """
    if customer.get("status") in MANUAL_STATUSES:
        return StatusVerdict(str(customer["status"]), customer.get("last_verified"))
    docs = list(documents)
    if not any(d["id"] in latest_checks for d in docs):
        return StatusVerdict("pending", customer.get("last_verified"))

    def verified(d: Mapping[str, Any]) -> bool:
        check = latest_checks.get(d["id"])
        in_date = d.get("doc_type") not in IDENTITY_DOCUMENTS or not identity_valid_on(d, today)
        return check is not None and check.get("result") == "verified" and in_date

    def failed(d: Mapping[str, Any]) -> bool:
        check = latest_checks.get(d["id"])
        expired = d.get("doc_type") in IDENTITY_DOCUMENTS and bool(identity_valid_on(d, today))
        return check is not None and (check.get("result") in ("rejected", "expired") or expired)

    identity = [d for d in docs if d.get("doc_type") in IDENTITY_DOCUMENTS]
    address = [d for d in docs if d.get("doc_type") in ADDRESS_DOCUMENTS]
    good_identity = [d for d in identity if verified(d)]
    good_address = [d for d in address if verified(d)]
    if good_identity and good_address:
        dates = [str(latest_checks[d["id"]].get("checked_on")) for d in good_identity + good_address]
        return StatusVerdict("verified", min(dates))
    missing = not identity or not address
    rejected = (not good_identity and any(failed(d) for d in identity)) or \
        (not good_address and any(failed(d) for d in address))
    if missing or rejected:
        return StatusVerdict("restricted", customer.get("last_verified"))
    return StatusVerdict("pending", customer.get("last_verified"))


# ---------------------------------------------------------------- what the action queue asks of KYC
# Customers the organisation still serves. Closed relationships and customers who refused to give
# information are decided: their documents no longer need renewing.
SERVED_STATUSES = ("pending", "verified", "restricted")
RENEW_WITHIN_DAYS = EXPIRY_WINDOWS[-1]
REVIEW_SOON_DAYS = 30


@dataclass(frozen=True)
class HeldDocument:
    """An identity document a customer holds, with the result of its latest check (None: unchecked)."""

    id: int
    doc_type: str
    expiry: dt.date | None
    latest_result: str | None


def needs_renewal(document: HeldDocument, held: Iterable[HeldDocument], today: dt.date,
                  within_days: int = RENEW_WITHIN_DAYS) -> bool:
    """An identity document of a served customer, expired or expiring within `within_days`, still relied on.

    Due diligence rests on a valid identity document (Saudi AML Law Art. 7; Implementing Regulation
    7/2(a): identity verified with reliable, independent source documents) kept up to date (SAMA
    AML/CTF guide, updating customer information). A document does not ask for renewal when:
    - its latest check rejected it: it is not relied on, so there is nothing to renew (the customer's
      status shows the missing document); this ends "expired 5 344 days ago" for a refused passport;
    - it is superseded: the customer holds another identity document, not rejected, expiring later.
    """
    if document.doc_type not in IDENTITY_DOCUMENTS or document.expiry is None:
        return False
    if document.latest_result == "rejected":
        return False
    if document.expiry > today + dt.timedelta(days=within_days):
        return False
    return not any(other.id != document.id and other.doc_type in IDENTITY_DOCUMENTS
                   and other.latest_result != "rejected" and other.expiry is not None
                   and other.expiry > document.expiry for other in held)
