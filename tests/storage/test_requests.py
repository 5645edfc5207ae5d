"""Data-subject requests in a real register: the clock, the workflow, decisions, holds, the queue."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import clock
from compliance_desk.domain.entities import CUSTOMER, REQUEST, REQUEST_RIGHT
from compliance_desk.domain.errors import InvalidInput, KnownError, ValidationError
from compliance_desk.storage import (
    activities,
    disclosures,
    kyc,
    listing,
    persons,
    queue,
    records,
    requests,
)
from compliance_desk.storage.register import Register


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

ASK = {"received_at": "2026-06-01T22:30Z", "channel": "email", "requester_name": "Huda Al-Harbi",
       "requester_contact": "huda@example.com", "rights": ["access", "erasure"]}


@pytest.fixture(autouse=True)
def today():
    clock.fix(dt.datetime(2026, 6, 10, 9, 0))
    yield dt.date(2026, 6, 10)
    clock.fix(None)


def customer(register: Register, ref: str = "C-1", **extra: object) -> int:
    return kyc.save_customer(register, None, {"client_ref": ref, "full_name_en": f"Customer {ref}", **extra})


def test_received_in_riyadh_time_with_its_clock(register: Register) -> None:
    request_id = requests.create(register, ASK)
    row = records.get(register, REQUEST, request_id)
    assert (row["reference"], row["received_at"], row["received_date"]) == (
        "DSR-2026-0001", "2026-06-02T01:30+03:00", "2026-06-02")
    assert (row["first_due_date"], row["due_date"], row["stage"]) == ("2026-07-02", "2026-07-02", "received")
    assert [r["right_code"] for r in requests.rights_of(register, request_id)] == ["access", "erasure"]


def test_the_organisations_zone_moves_the_day(register: Register) -> None:
    records.save_organisation(register, {"time_zone": "Europe/London"})
    row = records.get(register, REQUEST, requests.create(register, ASK))
    assert (row["received_date"], row["due_date"]) == ("2026-06-01", "2026-07-01")
    records.save_organisation(register, {"time_zone": "Nowhere/Else"})
    with pytest.raises(ValidationError, match="not a time zone"):
        requests.create(register, ASK)


def test_bad_input_is_refused_with_a_message(register: Register) -> None:
    with pytest.raises(ValidationError, match="not a date and time"):
        requests.create(register, {**ASK, "received_at": "last Tuesday"})
    with pytest.raises(ValidationError, match="which right"):
        requests.create(register, {**ASK, "rights": []})
    with pytest.raises(ValidationError, match="before the request was received"):
        requests.create(register, {**ASK, "response_date": "2026-05-30"})
    assert register.conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0


def test_one_extension_with_notice_before_the_first_due_date(register: Register) -> None:
    request_id = requests.create(register, ASK)
    with pytest.raises(ValidationError, match="before the first due date"):
        requests.extend(register, request_id, "many_requests", "Several requests at once", "2026-07-03")
    with pytest.raises(ValidationError, match="in advance"):
        requests.update(register, request_id, {"extension_days": 30})
    assert requests.extend(register, request_id, "many_requests", "Several requests at once", "2026-06-10",
                           20) == "2026-07-22"
    with pytest.raises(InvalidInput, match="one extension only"):
        requests.extend(register, request_id, "many_requests", "Again", "2026-06-10", 30)
    row = records.get(register, REQUEST, request_id)
    assert (row["first_due_date"], row["due_date"], row["extension_days"]) == ("2026-07-02", "2026-07-22", 20)


def test_workflow_decisions_and_answer(register: Register) -> None:
    request_id = requests.create(register, ASK)
    requests.advance(register, request_id, "awaiting_identity")
    with pytest.raises(ValidationError, match="identity must be verified"):
        requests.decide(register, request_id, {"access": {"decision": "granted"}})
    with pytest.raises(ValidationError, match="how the requester"):
        requests.advance(register, request_id, "verified")
    requests.advance(register, request_id, "verified", {"identity_method": "copy_received"})
    with pytest.raises(ValidationError, match="reason code"):
        requests.decide(register, request_id, {"erasure": {"decision": "refused"}})
    requests.decide(register, request_id, {"access": {"decision": "granted", "action": "data_exported",
                                                      "action_date": "2026-06-10"}})
    assert records.get(register, REQUEST, request_id)["stage"] == "verified"  # erasure still pending
    with pytest.raises(ValidationError, match="decide every right"):
        requests.advance(register, request_id, "decided")
    requests.decide(register, request_id, {"erasure": {"decision": "refused", "refusal_reason": "not_held",
                                                       "reason": "We hold nothing else."}})
    row = records.get(register, REQUEST, request_id)
    assert (row["stage"], row["outcome"], row["identity_checked_by"]) == ("decided", "partly", "tester")
    with pytest.raises(ValidationError, match="answer needs"):
        requests.advance(register, request_id, "answered")
    requests.advance(register, request_id, "answered", {"response_method": "email"})
    requests.advance(register, request_id, "closed")
    with pytest.raises(KnownError, match="is closed"):
        requests.update(register, request_id, {"notes": "late"})
    actions = [e for e in register.conn.execute(
        "SELECT entity, action FROM audit WHERE entity IN ('request', 'request_right')")]
    assert ("request", "insert") in actions and ("request_right", "update") in actions


# ---------------------------------------------------------------- legal holds
def hold_setup(register: Register) -> tuple[int, int]:
    customer_id = customer(register, "C-9", status="verified")
    kyc.save_document(register, None, {"customer_id": customer_id, "doc_type": "national_id", "number": "1000000008",
                                       "expiry_date": "2030-01-01"})
    request_id = requests.create(register, {**ASK, "customer_id": customer_id, "identity_method": "kyc_document"})
    requests.advance(register, request_id, "verified", {"identity_method": "kyc_document"})
    return customer_id, request_id


def test_aml_hold_blocks_erasure_unless_overridden_and_is_recorded(register: Register) -> None:
    customer_id, request_id = hold_setup(register)
    held = persons.holds_for(register, customer_id)
    assert [(h.kind, h.ends) for h in held] == [("aml_retention", None)]
    erased = {"decision": "granted", "action": "erased", "action_date": "2026-06-10"}
    with pytest.raises(ValidationError) as caught:
        requests.decide(register, request_id, {"erasure": erased})
    assert caught.value.field == "override_reason" and "AML Law Art. 12" in caught.value.text("en")
    assert "would breach AML Law Art. 12" in caught.value.text("en")
    assert "يخالف المادة 12 من نظام مكافحة غسل الأموال" in caught.value.text("ar")
    assert "سجلات العناية الواجبة وصور وثائق الهوية" in caught.value.text("ar")  # the holds in Arabic too
    requests.decide(register, request_id, {"erasure": {**erased, "override_reason": "Approved by the MLRO"},
                                           "access": {"decision": "granted"}})
    right = next(r for r in requests.rights_of(register, request_id) if r["right_code"] == "erasure")
    assert "AML Law Art. 12" in right["holds_overridden"] and "CUS-00001" in right["holds_overridden"]
    assert right["override_reason"] == "Approved by the MLRO"


def test_aml_hold_ends_ten_years_after_the_customer_is_closed(register: Register) -> None:
    customer_id, _ = hold_setup(register)
    kyc.save_customer(register, customer_id, {"status": "closed"})
    held = persons.holds_for(register, customer_id)
    assert [(h.kind, h.ends) for h in held] == [("aml_retention", dt.date(2036, 6, 10))]
    assert persons.holds_for(register, customer_id, dt.date(2036, 6, 10)) == []


def test_gagged_disclosure_and_activity_retention_hold(register: Register) -> None:
    customer_id = customer(register, "C-7")
    disclosure_id = disclosures.create(register, {
        "received_date": "2026-06-01", "requester_type": "public_prosecution", "requester_name": "Public Prosecution",
        "request_type": "official_request", "subject_notification": "prohibited"}, customer_ids=[customer_id])
    activities.save_activity(register, None, {"name_en": "Orders", "subject_categories": ["customers"],
                                              "data_categories": ["transactions"], "retention_months": 120,
                                              "status": "active", "retention_reason": "Commercial law"})
    kinds = [(h.kind, h.reference) for h in persons.holds_for(register, customer_id)]
    assert kinds == [("gag", "DSC-2026-0001"), ("activity_retention", "PA-0001")]
    view = persons.person(register, customer_id)
    assert [d["reference"] for d in view.gagged] == ["DSC-2026-0001"]
    assert [a["reference"] for a in view.activities] == ["PA-0001"]
    disclosures.update(register, disclosure_id, {"subject_notification": "notified"})
    assert [h.kind for h in persons.holds_for(register, customer_id)] == ["activity_retention"]


def test_an_erasure_without_holds_needs_no_override(register: Register) -> None:
    customer_id = customer(register, "C-3")
    request_id = requests.create(register, {**ASK, "customer_id": customer_id, "rights": ["erasure"]})
    requests.advance(register, request_id, "verified", {"identity_method": "account_login"})
    requests.decide(register, request_id, {"erasure": {"decision": "granted", "action": "erased",
                                                       "action_date": "2026-06-10"}})
    right = requests.rights_of(register, request_id)[0]
    assert right["holds_overridden"] is None and records.get(register, REQUEST, request_id)["outcome"] == "granted"


# ---------------------------------------------------------------- queue, search, listing, export
def test_overdue_requests_are_in_the_action_queue(register: Register) -> None:
    old = requests.create(register, {**ASK, "received_at": "2026-05-01T10:00+03:00"})
    soon = requests.create(register, {**ASK, "received_at": "2026-05-12T10:00+03:00"})
    requests.create(register, {**ASK, "received_at": "2026-06-09T10:00+03:00"})  # due in July: not yet listed
    items = [i for i in queue.collect(register, dt.date(2026, 6, 10)) if i.entity == "request"]
    assert [(i.record_id, i.stage, i.group) for i in items] == [(old, "overdue", "legal"), (soon, "soon", "legal")]
    assert "PDPL IR Art. 3" in items[0].detail_en


def test_search_and_filters(register: Register) -> None:
    requests.create(register, ASK)
    requests.create(register, {**ASK, "requester_name": "هدى الحربي", "rights": ["object_marketing"]})
    found = listing.page(register, listing.ListQuery(REQUEST, search="الحربى"), 0, 10)
    assert [r["requester_name"] for r in found] == ["هدى الحربي"]
    marketing = listing.ListQuery(REQUEST, filters={"rights": "object_marketing"})
    assert listing.count(register, marketing) == 1
    assert listing.count(register, listing.ListQuery(REQUEST, open_only=True)) == 2


def test_export_names_every_row_of_the_person_and_nothing_of_others(register: Register) -> None:
    me, other = customer(register, "C-1"), customer(register, "C-2")
    for who in (me, other):
        document = kyc.save_document(register, None, {"customer_id": who, "doc_type": "passport", "number": f"P{who}",
                                                     "expiry_date": "2030-01-01"})
        kyc.record_check(register, {"document_id": document, "checked_on": "2026-06-01", "result": "verified"})
        requests.create(register, {**ASK, "customer_id": who})
    shared = disclosures.create(register, {"received_date": "2026-06-01", "requester_type": "court",
                                           "requester_name": "Court", "request_type": "court_order"},
                                customer_ids=[me, other])
    gagged = disclosures.create(register, {"received_date": "2026-06-02", "requester_type": "law_enforcement",
                                           "requester_name": "Police", "request_type": "official_request",
                                           "subject_notification": "prohibited"}, customer_ids=[me])
    rows = persons.export_rows(register, me)
    assert [r["id"] for r in rows["customers"]] == [me]
    assert {r["customer_id"] for r in rows["documents"]} == {me}
    assert len(rows["checks"]) == 1 and len(rows["requests"]) == 1 and len(rows["request_rights"]) == 2
    assert [d["id"] for d in rows["disclosures"]] == [shared]
    assert {r["customer_id"] for r in rows["disclosure_customers"]} == {me}
    assert "screening_hits" not in rows
    everything = persons.export_rows(register, me, for_subject=False)
    assert [d["id"] for d in everything["disclosures"]] == [shared, gagged]
    text = repr(rows)
    assert "Customer C-2" not in text and f"P{other}" not in text


def test_import_requests_all_or_nothing(register: Register, tmp_path) -> None:
    from compliance_desk.storage import importing

    customer(register, "C-1")
    good = tmp_path / "requests.csv"
    good.write_text(
        "reference,received_at,channel,client_ref,requester_name,rights,outcome,response_date,response_method\n"
        "DSR-2026-0040,2026-03-05T22:30Z,email,C-1,,access;erasure,partly,2026-03-20,email\n"
        ",2026-04-01 10:00,phone,,Walk-in caller,object_marketing,,,\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(good.read_text(encoding="utf-8")
                   + ",2026-04-02,post,,Someone,access,granted,2026-04-01,post\n", encoding="utf-8")
    result = importing.run(register, importing.SPECS["requests"], bad)
    assert (result.imported, result.invalid) == (0, 1)
    assert "before the request was received" in result.errors[0].text("en") and result.errors[0].row == 4
    assert register.conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    result = importing.run(register, importing.SPECS["requests"], good)
    assert (result.imported, result.invalid) == (2, 0)
    first = records.find_by_reference(register, REQUEST, "DSR-2026-0040")
    assert first is not None
    assert (first["received_date"], first["due_date"], first["stage"], first["customer_id"]) == (
        "2026-03-06", "2026-04-05", "answered", 1)
    assert [(r["right_code"], r["decision"]) for r in requests.rights_of(register, first["id"])] == [
        ("access", "partly"), ("erasure", "partly")]
    second = records.find_by_reference(register, REQUEST, "DSR-2026-0041")
    assert second is not None and second["stage"] == "received"
    assert records.get(register, CUSTOMER, 1)["client_ref"] == "C-1"
    assert register.conn.execute("SELECT count(*) FROM request_rights").fetchone()[0] == 3
    _ = REQUEST_RIGHT


def test_the_identity_document_is_the_requesters_own(register: Register) -> None:
    mine, other = customer(register, "C-1"), customer(register, "C-2")
    theirs = kyc.save_document(register, None, {"customer_id": other, "doc_type": "passport", "number": "X1"})
    own = kyc.save_document(register, None, {"customer_id": mine, "doc_type": "passport", "number": "X2"})
    request_id = requests.create(register, {**ASK, "customer_id": mine})
    with pytest.raises(ValidationError, match="own KYC documents"):
        requests.advance(register, request_id, "verified", {"identity_method": "kyc_document",
                                                            "identity_document_id": theirs})
    requests.advance(register, request_id, "verified", {"identity_method": "kyc_document", "identity_document_id": own})
    assert records.get(register, REQUEST, request_id)["identity_document_id"] == own
