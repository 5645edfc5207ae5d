from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from compliance_desk.domain import clock
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.domain.errors import InvalidInput, KnownError, ValidationError
from compliance_desk.storage import disclosures, importing, listing, records
from compliance_desk.storage.register import Register


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

COURT = {"received_date": "2026-06-01", "requester_type": "court", "requester_name": "المحكمة العامة بالرياض",
         "request_type": "court_order", "legal_ground": "Court order 12/1447", "jurisdiction": "SA",
         "categories_requested": ["identity", "transactions"], "accounts": 2}


@pytest.fixture(autouse=True)
def today():
    clock.fix(dt.datetime(2026, 6, 10, 9, 0))
    yield dt.date(2026, 6, 10)
    clock.fix(None)


def test_full_workflow_records_who_and_when(register: Register) -> None:
    request = disclosures.create(register, COURT)
    row = records.get(register, DISCLOSURE, request)
    assert (row["reference"], row["stage"], row["due_date"]) == ("DSC-2026-0001", "received", "2026-06-15")
    disclosures.advance(register, request, "legal_review", {"counsel_name": "Advocate Salem"})
    with pytest.raises(ValidationError):  # no opinion yet
        disclosures.advance(register, request, "decided", {"decision": "complied"})
    disclosures.advance(register, request, "decided", {"decision": "complied", "review_date": "2026-06-05",
                                                       "legal_opinion": "Lawful and proportionate."})
    row = records.get(register, DISCLOSURE, request)
    assert (row["decided_on"], row["decided_by"]) == ("2026-06-10", "tester")
    with pytest.raises(ValidationError):
        disclosures.advance(register, request, "disclosed", {"disclosure_method": "sealed_letter"})
    disclosures.advance(register, request, "disclosed", {"disclosure_method": "sealed_letter",
                                                         "categories_disclosed": ["identity"]})
    disclosures.advance(register, request, "closed")
    row = records.get(register, DISCLOSURE, request)
    assert (row["stage"], row["disclosed_date"], row["closed_date"]) == ("closed", "2026-06-10", "2026-06-10")
    stages = [json.loads(c)["stage"][1] for (c,) in register.conn.execute(
        "SELECT changes FROM audit WHERE entity = 'disclosure' AND changes LIKE '%\"stage\"%' ORDER BY seq")]
    assert stages == ["received", "legal_review", "decided", "disclosed", "closed"]
    assert register.verify().ok


def test_closed_requests_are_read_only(register: Register) -> None:
    request = disclosures.create(register, {**COURT, "legal_review_required": 0})
    disclosures.advance(register, request, "decided", {"decision": "withdrawn"})
    disclosures.advance(register, request, "closed")
    with pytest.raises(KnownError) as caught:
        disclosures.update(register, request, {"notes": "edited later"})
    assert "closed" in caught.value.text("en")
    with pytest.raises(KnownError):
        disclosures.advance(register, request, "closed")
    with pytest.raises(KnownError):
        disclosures.delete(register, request)


def test_a_step_cannot_be_skipped(register: Register) -> None:
    request = disclosures.create(register, COURT)
    with pytest.raises(InvalidInput):
        disclosures.advance(register, request, "disclosed", {"disclosure_method": "sealed_letter",
                                                             "categories_disclosed": ["identity"]})


def test_overdue_and_due_soon_listing(register: Register) -> None:
    overdue = disclosures.create(register, {**COURT, "received_date": "2026-05-01"})  # due 05-15
    soon = disclosures.create(register, {**COURT, "received_date": "2026-06-01"})  # due 06-15
    emergency = disclosures.create(register, {**COURT, "request_type": "emergency_request", "emergency": 1,
                                              "received_date": "2026-06-10"})  # due 06-11
    later = disclosures.create(register, {**COURT, "request_type": "regulator_inquiry"})  # due 07-01
    answered = disclosures.create(register, {**COURT, "received_date": "2026-05-02", "legal_review_required": 0})
    disclosures.advance(register, answered, "decided", {"decision": "refused", "decision_reason": "No ground."})
    due = [row["id"] for row in disclosures.due(register)]
    assert due == [emergency, overdue, soon]
    assert later not in due and answered not in due
    query = listing.ListQuery(DISCLOSURE, due_within_days=0)
    assert [r["id"] for r in listing.page(register, query, 0, 10)] == [overdue]
    assert listing.count(register, listing.ListQuery(DISCLOSURE, open_only=True)) == 4


def test_gagged_request_warns_on_its_subjects(register: Register) -> None:
    customer = records.create(register, "customer", {"client_ref": "BO-1", "full_name_en": "Omar"})
    other = records.create(register, "customer", {"client_ref": "BO-2", "full_name_en": "Lina"})
    gag = disclosures.create(register, {**COURT, "subject_notification": "prohibited"},
                             customer_ids=disclosures.customer_ids_for(register, ["BO-1"]))
    disclosures.create(register, {**COURT, "subject_notification": "deferred",
                                  "notification_deferred_until": "2026-09-01"}, customer_ids=[customer])
    disclosures.create(register, {**COURT, "subject_notification": "deferred",
                                  "notification_deferred_until": "2026-06-01"}, customer_ids=[customer])
    warnings = disclosures.subject_warnings(register, customer)
    assert [(w.reference, w.kind) for w in warnings] == [("DSC-2026-0001", "prohibited"),
                                                         ("DSC-2026-0002", "deferred")]
    assert disclosures.subject_warnings(register, other) == []
    assert disclosures.links(register, gag)[0] == [customer]
    with pytest.raises(InvalidInput):
        disclosures.customer_ids_for(register, ["BO-404"])


def test_transparency_for_a_period(register: Register) -> None:
    disclosures.create(register, {**COURT, "received_date": "2026-01-10"})
    disclosures.create(register, {**COURT, "received_date": "2026-03-10", "requester_type": "law_enforcement",
                                  "request_type": "official_request", "accounts": 5})
    disclosures.create(register, {**COURT, "received_date": "2025-12-31"})
    figures = disclosures.transparency(register, "2026-01-01", "2026-12-31")
    assert figures.requests == 2
    assert dict(figures.government.by_requester) == {"court": 1, "law_enforcement": 1}
    assert figures.government.accounts_requested == 7


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


HEADER = ["reference", "received_date", "requester_type", "requester_name", "request_type", "legal_ground",
          "jurisdiction", "due_date", "decision", "decision_reason", "disclosed_date", "accounts", "emergency",
          "subject_notification"]


def test_import_with_one_bad_row_reports_it_and_writes_nothing(register: Register, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "log.xlsx", [
        HEADER,
        ["DSC-2025-0007", dt.datetime(2025, 11, 3), "Court", "Riyadh General Court", "court_order", "Order 7",
         "SA", None, "complied", None, dt.datetime(2025, 11, 9), 2, "no", "not_notified"],
        [None, "2025-12-01", "جهة إنفاذ القانون", "شرطة الرياض", "طلب رسمي مكتوب", "", "Saudi Arabia", None,
         "مرفوض", "لا يوجد سند نظامي", None, 1, "نعم", "الإشعار محظور بموجب الأمر"],
        [None, "2025-12-32", "court", "Court", "court_order", "", "SA", None, "pending", None, None, 1, "", ""],
        [None, "2026-01-05", "police", "X", "court_order", "", "SA", None, "pending", None, None, 1, "", ""],
    ])
    result = importing.run(register, importing.DISCLOSURES, path)
    assert result.imported == 0 and result.valid == 2
    assert [(e.row, e.column) for e in result.errors] == [(4, "received_date"), (5, "requester_type")]
    assert "row 4, received_date" in result.errors[0].text("en")
    assert register.count(DISCLOSURE) == 0

    result = importing.run(register, importing.DISCLOSURES, path, only_valid=True)
    assert result.imported == 2
    first = records.find_by_reference(register, DISCLOSURE, "DSC-2025-0007")
    assert (first["requester_type"], first["stage"], first["decision"]) == ("court", "disclosed", "complied")
    second = records.get(register, DISCLOSURE, first["id"] + 1)
    assert (second["requester_type"], second["request_type"], second["decision"], second["emergency"],
            second["subject_notification"], second["reference"]) == (
        "law_enforcement", "official_request", "refused", 1, "prohibited", "DSC-2025-0008")
    assert register.verify().ok


def test_import_csv_in_arabic_windows_encoding(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    with path.open("w", encoding="cp1256", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER[1:5])
        writer.writerow(["2026-02-01", "محكمة", "المحكمة التجارية", "أمر محكمة"])
    result = importing.run(register, importing.DISCLOSURES, path)
    assert (result.imported, result.errors) == (1, [])
    row = records.get(register, DISCLOSURE, 1)
    assert (row["requester_name"], row["request_type"], row["due_date"]) == ("المحكمة التجارية", "court_order",
                                                                           "2026-02-15")


def test_import_refuses_missing_columns_and_duplicate_references(register: Register, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        importing.run(register, importing.DISCLOSURES, _sheet(tmp_path / "a.xlsx", [["received_date"], ["x"]]))
    path = _sheet(tmp_path / "b.xlsx", [HEADER[:5], ["DSC-2026-0001", "2026-01-01", "court", "C", "court_order"],
                                        ["DSC-2026-0001", "2026-01-02", "court", "C", "court_order"]])
    result = importing.run(register, importing.DISCLOSURES, path)
    assert [(e.row, e.column) for e in result.errors] == [(3, "reference")]
    (tmp_path / "c.xlsx").write_bytes(b"MZ not a workbook")
    with pytest.raises(InvalidInput):
        importing.run(register, importing.DISCLOSURES, tmp_path / "c.xlsx")
