"""Bulk import from xlsx or csv: every row validated, a per-row error report, all or nothing.

Nothing is written when any row is invalid, unless the officer asks to import only the valid
rows. All rows go in one transaction, so an import never stops half-way. Rows are read as a
stream (storage.tables) and written in batches inside that transaction, which is rolled back
when a row is invalid: memory stays flat however long the file, and references are allocated
once per series, so the time grows linearly with the rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance_desk.domain import breaches, clock, kyc
from compliance_desk.domain import disclosures as rules
from compliance_desk.domain.entities import (
    BREACH,
    CUSTOMER,
    DISCLOSURE,
    REQUEST,
    REQUEST_RIGHT,
    Entity,
)
from compliance_desk.domain.errors import InvalidInput, KnownError, Msg, ValidationError
from compliance_desk.domain.messages import message
from compliance_desk.domain.requests import rules as request_rules
from compliance_desk.domain.validation import clean, clean_text
from compliance_desk.storage import records, requests
from compliance_desk.storage.register import Register
from compliance_desk.storage.tables import EXTRA, Table, open_table

BATCH = 1000  # rows per bulk insert
MAX_ERRORS = 1000  # row errors kept for the report; more are counted


@dataclass(frozen=True)
class RowError:
    row: int  # as numbered in the file (the header is row 1)
    column: str
    reason: Msg

    def text(self, lang: str = "en") -> str:
        return message("import_row_error", lang, row=self.row, column=self.column, reason=self.reason.text(lang))


@dataclass
class ImportResult:
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_ERRORS
    valid: int = 0
    invalid: int = 0  # rows with an error, all of them


def _text(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


@dataclass(frozen=True)
class Spec:
    entity: Entity
    required: tuple[str, ...]
    optional: tuple[str, ...]
    # A row's values as stored (every field), with "_key" (unique in the file and the register)
    # and "_reference" when the file sets them; raises ValidationError.
    prepare: Callable[[Register, dict[str, Any]], dict[str, Any]]
    exists: Callable[[Register, str], bool]  # is this key in the register already?
    key: str = "reference"  # the column holding the key
    # Rows that belong to the written rows (e.g. a request's rights), written in the same transaction.
    after: Callable[[Register, list[int], list[dict[str, Any]]], None] | None = None


class _Discard(Exception):
    """Rolls back an import that found invalid rows and was not asked for the valid ones."""


def run(register: Register, spec: Spec, path: Path | str, *, only_valid: bool = False) -> ImportResult:
    """Validate every row of `path` and write them (all, or with `only_valid` the valid ones)."""
    path = Path(path)
    table = open_table(path)
    try:
        return _run(register, spec, path, table, only_valid)
    finally:
        table.close()


def _run(register: Register, spec: Spec, path: Path, table: Table, only_valid: bool) -> ImportResult:
    missing = [c for c in spec.required if c not in table.headers]
    if missing:
        raise InvalidInput("import_missing_columns", path=str(path), columns=", ".join(missing))
    # References the file sets itself are known before any is allocated to a row without one.
    taken = {clean_text(str(v)).strip() for v in table.column("reference") if v not in (None, "")} \
        if "reference" in spec.optional else set()
    result = ImportResult()
    columns = set(spec.required + spec.optional)
    try:
        with register.atomic():
            references = records.References(register, spec.entity, taken)
            seen: dict[str, int] = {}
            batch: list[dict[str, Any]] = []
            for number, values in table.rows():
                given = {k: _text(v) for k, v in values.items() if k in columns}
                try:
                    if EXTRA in values:
                        raise ValidationError("*", Msg("import_extra_values", count=values[EXTRA]))
                    row = spec.prepare(register, given)
                    key = row.pop("_key", None)
                    if key is not None:
                        if key in seen:
                            raise ValidationError(spec.key, Msg("import_duplicate", value=key, row=seen[key]))
                        seen[key] = number
                        if spec.exists(register, key):
                            raise ValidationError(spec.key, Msg("already_in_register", value=key))
                except ValidationError as error:
                    _error(result, RowError(number, error.field, error.reason))
                    continue
                except KnownError as error:
                    _error(result, RowError(number, "*", Msg(error.key, **error.params)))
                    continue
                result.valid += 1
                if result.invalid and not only_valid:
                    continue  # nothing will be written: validate the rest for the report only
                row["reference"] = row.pop("_reference", None) or references.next(row)
                batch.append(row)
                if len(batch) >= BATCH:
                    result.imported += _write(register, spec, batch)
            if result.invalid and not only_valid:
                raise _Discard
            result.imported += _write(register, spec, batch)
            register.log("import", {"kind": spec.entity.name, "from": str(path), "rows": result.imported,
                                    "skipped": result.invalid})
    except _Discard:
        result.imported = 0
    return result


def _error(result: ImportResult, error: RowError) -> None:
    result.invalid += 1
    if len(result.errors) < MAX_ERRORS:
        result.errors.append(error)


def _write(register: Register, spec: Spec, batch: list[dict[str, Any]]) -> int:
    count = len(batch)
    if batch:
        ids = register.bulk_insert(spec.entity, batch)
        if spec.after is not None:
            spec.after(register, ids, batch)
        batch.clear()
    return count


# ---------------------------------------------------------------- disclosures
DISCLOSURE_COLUMNS = ("received_date", "requester_type", "requester_name", "request_type", "legal_ground",
                      "jurisdiction", "due_date", "decision", "decision_reason", "disclosed_date", "accounts",
                      "emergency", "subject_notification")
_DSC = re.compile(r"DSC-[0-9]{4}-[0-9]{4,}")


def _prepare_disclosure(register: Register, given: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in given.items() if k != "reference"}
    # Imported logs are history: their legal review lives in the files they came from.
    values["legal_review_required"] = 0
    cleaned = clean(DISCLOSURE, values, partial=True)
    for name in ("received_date", "requester_type", "requester_name", "request_type"):
        if not cleaned.get(name):
            raise ValidationError(name, Msg("required"))
    decision = cleaned.get("decision") or "pending"
    if decision == "pending":
        cleaned["stage"] = "received"
    elif decision in rules.PRODUCED and cleaned.get("disclosed_date"):
        cleaned["stage"] = "disclosed"
        cleaned.setdefault("disclosure_method", "sealed_letter")
        if not cleaned.get("categories_disclosed"):
            cleaned["categories_disclosed"] = ["identity"]
    else:
        cleaned["stage"] = "decided"
    if cleaned["stage"] != "received":
        cleaned.setdefault("decided_on", cleaned.get("disclosed_date") or cleaned["received_date"])
    if not cleaned.get("due_date"):
        cleaned["due_date"] = rules.default_due_date(cleaned["received_date"], cleaned["request_type"],
                                                     bool(cleaned.get("emergency")))
    rules.check(cleaned)
    row = clean(DISCLOSURE, cleaned)
    reference = clean_text(str(given.get("reference") or "")).strip()
    if reference:
        if not _DSC.fullmatch(reference):
            raise ValidationError("reference", Msg("unknown_code", value=reference, choices="DSC-YYYY-NNNN"))
        row["_key"] = row["_reference"] = reference
    return row


def _disclosure_exists(register: Register, reference: str) -> bool:
    return records.find_by_reference(register, DISCLOSURE, reference) is not None


DISCLOSURES = Spec(DISCLOSURE, ("received_date", "requester_type", "requester_name", "request_type"),
                   ("reference",) + DISCLOSURE_COLUMNS, _prepare_disclosure, _disclosure_exists)


# ---------------------------------------------------------------- customers
CUSTOMER_COLUMNS = ("client_ref", "full_name", "full_name_en", "date_of_birth", "nationality", "country", "phone",
                    "email", "address", "city_code", "risk")


def _prepare_customer(register: Register, given: dict[str, Any]) -> dict[str, Any]:
    from compliance_desk.storage.kyc import _customer_values

    values = {"full_name_ar" if k == "full_name" else "risk_rating" if k == "risk" else k: v for k, v in given.items()}
    for name in ("client_ref", "date_of_birth", "city_code", "phone"):
        if isinstance(values.get(name), int):
            values[name] = str(values[name])
    cleaned = clean(CUSTOMER, _customer_values(values))
    kyc.check_customer(cleaned)
    cleaned["_key"] = cleaned["client_ref"]
    return cleaned


def _customer_exists(register: Register, client_ref: str) -> bool:
    return register.conn.execute("SELECT 1 FROM customers WHERE client_ref = ?", (client_ref,)).fetchone() is not None


CUSTOMERS = Spec(CUSTOMER, ("client_ref",), CUSTOMER_COLUMNS, _prepare_customer, _customer_exists, "client_ref")


# ---------------------------------------------------------------- data-subject requests
# Each row is one request; its stage follows from what the row records (closed date → closed,
# response → answered, outcome → decided, identity method → verified). The rights asked get one
# row each, decided as the row's outcome says. The clock is derived as for a request typed in.
REQUEST_COLUMNS = ("received_at", "channel", "client_ref", "requester_name", "requester_contact", "rights",
                   "data_concerned", "identity_method", "identity_verified_on", "extension_reason",
                   "extension_details", "extension_notice_on", "extension_notice_method", "extension_days", "outcome", "response_date",
                   "response_method", "closed_date", "notes")
_DSR = re.compile(r"DSR-[0-9]{4}-[0-9]{4,}")


def _prepare_request(register: Register, given: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in given.items() if k not in ("reference", "client_ref")}
    ref = clean_text(str(given.get("client_ref") or "")).strip()
    if ref:
        found = register.conn.execute("SELECT id FROM customers WHERE client_ref = ? OR reference = ?",
                                      (ref, ref)).fetchone()
        if found is None:
            raise ValidationError("client_ref", Msg("unknown_customer", value=ref))
        values["customer_id"] = int(found[0])
    derived = requests._derive(register, values)
    if not derived.get("received_date"):
        raise ValidationError("received_at", Msg("required"))
    cleaned = clean(REQUEST, derived, partial=True)
    cleaned["stage"] = ("closed" if cleaned.get("closed_date") else "answered" if cleaned.get("response_date")
                        else "decided" if cleaned.get("outcome") else "verified" if cleaned.get("identity_method")
                        else "received")
    row = clean(REQUEST, cleaned)
    row.update(requests._clock(row))
    request_rules.check(row)
    reference = clean_text(str(given.get("reference") or "")).strip()
    if reference:
        if not _DSR.fullmatch(reference):
            raise ValidationError("reference", Msg("unknown_code", value=reference, choices="DSR-YYYY-NNNN"))
        row["_key"] = row["_reference"] = reference
    return row


def _request_exists(register: Register, reference: str) -> bool:
    return records.find_by_reference(register, REQUEST, reference) is not None


def _request_rights(register: Register, ids: list[int], rows: list[dict[str, Any]]) -> None:
    """One right row per right asked, decided as the request's outcome says."""
    out = []
    for request_id, row in zip(ids, rows, strict=True):
        decision = row.get("outcome") if row.get("outcome") in ("granted", "partly", "refused") else "pending"
        for code in row["rights"]:
            out.append(clean(REQUEST_RIGHT, {
                "request_id": request_id, "right_code": code, "decision": decision,
                "decided_on": row.get("response_date") if decision != "pending" else None,
                "reason": "Imported" if decision in ("partly", "refused") else None}))
    if out:
        register.bulk_insert(REQUEST_RIGHT, out)


REQUESTS = Spec(REQUEST, ("received_at", "rights"), ("reference",) + REQUEST_COLUMNS, _prepare_request,
                _request_exists, after=_request_rights)
# ---------------------------------------------------------------- breaches
BREACH_COLUMNS = ("title", "aware_at", "time_zone", "category", "cause", "description", "occurred_from", "occurred_to",
                  "discovered_at", "discovered_by", "systems", "data_categories", "special_category",
                  "subject_categories", "subject_count", "subject_count_approximate", "consequences", "severity",
                  "severity_reasoning", "measures_taken", "sdaia_decision", "sdaia_decision_reason",
                  "sdaia_notified_at", "sdaia_reference", "late_reason", "subjects_decision",
                  "subjects_notified_at", "subjects_notified_count", "closed_at", "notes")
_BRC = re.compile(r"BRC-[0-9]{4}-[0-9]{4,}")


def _prepare_breach(register: Register, given: dict[str, Any]) -> dict[str, Any]:
    """A breach log row: the stage follows from what the row records (closed, notified, assessed,
    open), and the same rules as a breach recorded by hand apply (domain.breaches.check)."""
    values = {k: v for k, v in given.items() if k != "reference"}
    cleaned = clean(BREACH, breaches.prepare(values))
    decided = cleaned.get("sdaia_decision") != "pending" and cleaned.get("severity")
    if cleaned.get("closed_at"):
        cleaned["stage"] = "closed"
    elif cleaned.get("sdaia_notified_at"):
        cleaned["stage"] = "notified"
    elif decided:
        cleaned["stage"] = "assessed"
    breaches.check(cleaned, clock.now())
    reference = clean_text(str(given.get("reference") or "")).strip()
    if reference:
        if not _BRC.fullmatch(reference):
            raise ValidationError("reference", Msg("unknown_code", value=reference, choices="BRC-YYYY-NNNN"))
        cleaned["_key"] = cleaned["_reference"] = reference
    return cleaned


def _breach_exists(register: Register, reference: str) -> bool:
    return register.conn.execute("SELECT 1 FROM breaches WHERE reference = ?", (reference,)).fetchone() is not None


BREACHES = Spec(BREACH, ("title", "aware_at", "category", "cause"), ("reference",) + BREACH_COLUMNS,
                _prepare_breach, _breach_exists)
SPECS: Mapping[str, Spec] = {"disclosures": DISCLOSURES, "customers": CUSTOMERS, "requests": REQUESTS,
                             "breaches": BREACHES}
