"""Bulk import from xlsx or csv: every row validated, a per-row error report, all or nothing.

Nothing is written when any row is invalid, unless the officer asks to import only the valid
rows. All rows go in one transaction, so an import never stops half-way.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance_desk.domain import disclosures as rules
from compliance_desk.domain.entities import CUSTOMER, DISCLOSURE, Entity
from compliance_desk.domain.errors import InvalidInput, KnownError, Msg, ValidationError
from compliance_desk.domain.messages import message
from compliance_desk.domain.validation import clean
from compliance_desk.storage import records
from compliance_desk.storage.register import Register


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
    errors: list[RowError] = field(default_factory=list)
    valid: int = 0


def read_table(path: Path) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """Headers (lower-cased, trimmed) and (row number, values) of the first sheet or the csv."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            sheet = book.worksheets[0]
            rows = list(sheet.iter_rows(values_only=True))
            book.close()
        else:
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "cp1256"):  # Excel's csv on an Arabic Windows is cp1256
                try:
                    text = raw.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise ValueError("unknown text encoding")
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
            rows = [tuple(r) for r in csv.reader(text.splitlines(), dialect)]
    except Exception as error:  # openpyxl and csv raise many kinds for a foreign file
        raise InvalidInput("import_unreadable", path=str(path), detail=type(error).__name__) from None
    if not rows:
        raise InvalidInput("import_missing_columns", path=str(path), columns="*")
    headers = [str(h or "").strip().lower() for h in rows[0]]
    body = []
    for number, values in enumerate(rows[1:], start=2):
        if all(v in (None, "") for v in values):
            continue
        body.append((number, {h: v for h, v in zip(headers, values, strict=False) if h}))
    return headers, body


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
    prepare: Callable[[Register, dict[str, Any]], dict[str, Any]]  # raises ValidationError
    write: Callable[[Register, dict[str, Any]], int]
    key: str = "reference"  # the column that must be unique within the file


def run(register: Register, spec: Spec, path: Path | str, *, only_valid: bool = False) -> ImportResult:
    path = Path(path)
    headers, rows = read_table(path)
    missing = [c for c in spec.required if c not in headers]
    if missing:
        raise InvalidInput("import_missing_columns", path=str(path), columns=", ".join(missing))
    result = ImportResult()
    prepared: list[dict[str, Any]] = []
    references: set[str] = set()
    for number, values in rows:
        given = {k: _text(v) for k, v in values.items() if k in spec.required + spec.optional}
        try:
            row = spec.prepare(register, given)
            if row.get("_reference") in references:
                raise ValidationError(spec.key, Msg("register_exists", path=row["_reference"]))
            if row.get("_reference"):
                references.add(row["_reference"])
            prepared.append(row)
        except ValidationError as error:
            result.errors.append(RowError(number, error.field, error.reason))
        except KnownError as error:
            result.errors.append(RowError(number, "*", Msg(error.key, **error.params)))
    result.valid = len(prepared)
    if result.errors and not only_valid:
        return result
    with register.atomic():
        for values in prepared:
            spec.write(register, values)
            result.imported += 1
        register.log("import", {"kind": spec.entity.name, "from": str(path), "rows": result.imported,
                                "skipped": len(result.errors)})
    return result


# ---------------------------------------------------------------- disclosures
DISCLOSURE_COLUMNS = ("received_date", "requester_type", "requester_name", "request_type", "legal_ground",
                      "jurisdiction", "due_date", "decision", "decision_reason", "disclosed_date", "accounts",
                      "emergency", "subject_notification")
_DSC = re.compile(r"^DSC-(\d{4})-\d{4}$")


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
    reference = str(given.get("reference") or "").strip()
    if reference:
        if not _DSC.match(reference):
            raise ValidationError("reference", Msg("unknown_code", value=reference, choices="DSC-YYYY-NNNN"))
        if records.find_by_reference(register, DISCLOSURE, reference):
            raise ValidationError("reference", Msg("register_exists", path=reference))
        cleaned["_reference"] = reference
    return cleaned


def _write_disclosure(register: Register, values: dict[str, Any]) -> int:
    values = dict(values)
    reference = values.pop("_reference", None) or records.next_reference(register, DISCLOSURE, values)
    return register.insert(DISCLOSURE, {"reference": reference, **clean(DISCLOSURE, values)})


DISCLOSURES = Spec(DISCLOSURE, ("received_date", "requester_type", "requester_name", "request_type"),
                   ("reference",) + DISCLOSURE_COLUMNS, _prepare_disclosure, _write_disclosure)


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
    if register.conn.execute("SELECT 1 FROM customers WHERE client_ref = ?", (cleaned["client_ref"],)).fetchone():
        raise ValidationError("client_ref", Msg("register_exists", path=cleaned["client_ref"]))
    cleaned["_reference"] = cleaned["client_ref"]  # duplicates inside the file are caught by run()
    return cleaned


def _write_customer(register: Register, values: dict[str, Any]) -> int:
    values = {k: v for k, v in values.items() if k != "_reference"}
    return register.insert(CUSTOMER, {"reference": records.next_reference(register, CUSTOMER, values), **values})


CUSTOMERS = Spec(CUSTOMER, ("client_ref",), CUSTOMER_COLUMNS, _prepare_customer, _write_customer, "client_ref")
SPECS: Mapping[str, Spec] = {"disclosures": DISCLOSURES, "customers": CUSTOMERS}
