from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from compliance_desk.domain import clock
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.domain.errors import ValidationError
from compliance_desk.storage import importing, kyc, records
from compliance_desk.storage.register import Register


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


@pytest.fixture(autouse=True)
def today():
    clock.fix(dt.datetime(2026, 6, 15, 8, 0))
    yield
    clock.fix(None)


@pytest.fixture
def customer(register: Register) -> int:
    return kyc.save_customer(register, None, {
        "client_ref": "BO-100", "full_name_ar": "سارة علي", "full_name_en": "Sara Ali", "country": "SA",
        "phone": "050 123 4567", "date_of_birth": "1990-04-01", "risk_rating": "high"})


def test_phone_is_stored_in_e164_and_email_checked(register: Register, customer: int) -> None:
    assert records.get(register, CUSTOMER, customer)["phone"] == "+966501234567"
    with pytest.raises(ValidationError) as caught:
        kyc.save_customer(register, customer, {"email": "not-an-address"})
    assert caught.value.field == "email"
    with pytest.raises(ValidationError):
        kyc.save_customer(register, customer, {"phone": "123"})


def test_checks_drive_the_customer_status(register: Register, customer: int) -> None:
    passport = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                  "number": "A1234567", "issuing_country": "SA",
                                                  "issue_date": "2021-01-01", "expiry_date": "2031-01-01"})
    bill = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "utility_bill_electricity",
                                              "issue_date": "2026-05-20"})
    assert records.get(register, CUSTOMER, customer)["status"] == "pending"
    kyc.record_check(register, {"document_id": passport, "result": "verified", "method": "original_seen"})
    assert records.get(register, CUSTOMER, customer)["status"] == "pending"  # the bill awaits its check
    kyc.record_check(register, {"document_id": bill, "result": "verified"})
    row = records.get(register, CUSTOMER, customer)
    assert (row["status"], row["last_verified"], row["next_review"]) == ("verified", "2026-06-15", "2027-06-15")
    kyc.record_check(register, {"document_id": bill, "result": "rejected", "reason_codes": ["address_mismatch"]})
    assert records.get(register, CUSTOMER, customer)["status"] == "restricted"
    assert register.verify().ok


def test_verified_over_a_broken_rule_needs_an_audited_override(register: Register, customer: int) -> None:
    old_bill = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "bank_statement",
                                                  "issue_date": "2026-01-02"})
    with pytest.raises(ValidationError) as caught:
        kyc.record_check(register, {"document_id": old_bill, "result": "verified"})
    assert caught.value.field == "override_reason" and "Older than allowed" in caught.value.text("en")
    kyc.record_check(register, {"document_id": old_bill, "result": "rejected"})  # a rejection needs no override
    check = kyc.record_check(register, {"document_id": old_bill, "result": "verified",
                                        "override_reason": "Statement stamped by the bank on 2026-06-10."})
    row = records.get(register, "check", check)
    assert row["reason_codes"] == ["older_than_allowed"] and row["override_reason"].startswith("Statement")
    changes = json.loads(register.conn.execute(
        "SELECT changes FROM audit WHERE entity = 'check' AND entity_id = ?", (check,)).fetchone()[0])
    assert changes["override_reason"][1].startswith("Statement")
    assert kyc.check_problems(register, old_bill, "2026-06-15", address_max_days=180) == []


def test_passport_mrz_is_checked(register: Register, customer: int) -> None:
    with pytest.raises(ValidationError) as caught:
        kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport", "mrz": "P<UTO"})
    assert caught.value.field == "mrz"
    passport = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                  "number": "L898902C3", "expiry_date": "2031-04-15", "mrz": TD3})
    problems = kyc.check_problems(register, passport, "2026-06-15")
    assert "name_mismatch" in problems and "suspected_forgery" in problems


def test_due_lists(register: Register, customer: int) -> None:
    soon = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "national_id",
                                              "expiry_date": "2026-07-10"})
    kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport", "expiry_date": "2029-01-01"})
    assert [d["id"] for d in kyc.expiring_documents(register, 90)] == [soon]
    assert kyc.expiring_documents(register, 20) == []
    register_row = records.get(register, CUSTOMER, customer)
    assert register_row["next_review"] is None
    with register.atomic():
        register.update(CUSTOMER, customer, {"next_review": "2026-06-01"})
    assert [c["id"] for c in kyc.overdue_reviews(register)] == [customer]


def test_import_customers_good_and_bad_rows(register: Register, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["client_ref", "full_name", "full_name_en", "date_of_birth", "nationality", "country", "phone",
                  "email", "address", "city_code", "risk"])
    sheet.append(["BO-1", "أحمد سالم", "Ahmed Salem", dt.datetime(1980, 3, 1), "SA", "SA", "0551234567",
                  "ahmed@example.com", "الرياض", 11564, "مرتفع"])
    sheet.append(["BO-2", "ليلى", "Layla", "1985-02-30", "SA", "SA", "", "", "", "", "low"])
    sheet.append(["BO-1", "مكرر", "Duplicate", "1990-01-01", "SA", "SA", "", "", "", "", "low"])
    sheet.append(["BO-3", "", "", "1990-01-01", "Atlantis", "SA", "", "", "", "", "low"])
    path = tmp_path / "customers.xlsx"
    book.save(path)
    result = importing.run(register, importing.CUSTOMERS, path)
    assert result.imported == 0
    assert [(e.row, e.column) for e in result.errors] == [(3, "date_of_birth"), (4, "client_ref"),
                                                          (5, "nationality")]
    assert register.count(CUSTOMER) == 0
    result = importing.run(register, importing.CUSTOMERS, path, only_valid=True)
    assert result.imported == 1
    row = records.find_by_reference(register, CUSTOMER, "CUS-00001")
    assert (row["client_ref"], row["phone"], row["risk_rating"], row["city_code"]) == (
        "BO-1", "+966551234567", "high", "11564")
