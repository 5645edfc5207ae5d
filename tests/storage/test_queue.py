"""The action queue over a real register: what each register asks for, in the law's order, and the
officer's acknowledgements and snoozes, kept and audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ACTIVITY, CUSTOMER
from compliance_desk.domain.errors import ValidationError
from compliance_desk.storage import disclosures, kyc, records
from compliance_desk.storage import queue as store
from compliance_desk.storage.register import Register


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def today():
    clock.fix(dt.datetime(2026, 6, 15, 8, 0))
    yield
    clock.fix(None)


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def customer(register: Register, ref: str, name: str, **values: object) -> int:
    return kyc.save_customer(register, None, {"client_ref": ref, "full_name_en": name, **values})


def passport(register: Register, customer_id: int, expiry: str, result: str | None = "verified",
             checked_on: str | None = None, doc_type: str = "passport") -> int:
    document = kyc.save_document(register, None, {"customer_id": customer_id, "doc_type": doc_type,
                                                  "number": "A1", "expiry_date": expiry})
    if result is not None:
        reasons = ["expired"] if result == "rejected" else []
        kyc.record_check(register, {"document_id": document, "result": result, "reason_codes": reasons,
                                    "checked_on": checked_on or TODAY.isoformat(), "override_reason": "test"})
    return document


@pytest.fixture
def busy(register: Register) -> Register:
    """A register with one thing of every kind due, and as many things that must not nag."""
    court = {"requester_type": "court", "requester_name": "Riyadh Court", "request_type": "court_order"}
    disclosures.create(register, {**court, "received_date": day(-30), "due_date": day(-4)})       # overdue
    disclosures.create(register, {**court, "received_date": day(-1), "due_date": day(20)})        # not yet
    answered = disclosures.create(register, {**court, "received_date": day(-40), "due_date": day(-20)})
    records.update(register, "disclosure", answered, {"stage": "closed", "decision": "withdrawn",
                                                      "closed_date": day(-10)})
    disclosures.create(register, {**court, "requester_name": "Gag Court", "received_date": day(-90),
                                  "due_date": day(30), "subject_notification": "deferred",
                                  "notification_deferred_until": day(-2)})                    # lapsed deferral
    disclosures.create(register, {**court, "requester_name": "Later Court", "received_date": day(-5),
                                  "due_date": day(30), "subject_notification": "deferred",
                                  "notification_deferred_until": day(200)})                   # deferral far off
    served = customer(register, "C-1", "Served Customer")
    passport(register, served, day(-3), checked_on=day(-300))                                 # expired: nags
    closed = customer(register, "C-2", "Closed Customer")
    passport(register, closed, day(-3), checked_on=day(-300))
    kyc.save_customer(register, closed, {"status": "closed"})
    refused = customer(register, "C-3", "Refused Customer", status="refused_information",
                       refusal_note="would not give an address")
    passport(register, refused, day(-3), checked_on=day(-300))
    rejected = customer(register, "C-4", "Rejected Passport")
    passport(register, rejected, day(-5344), result="rejected", checked_on=day(-5400))        # refused long ago
    renewed = customer(register, "C-5", "Renewed Passport")
    passport(register, renewed, day(-400), checked_on=day(-800))
    passport(register, renewed, day(3000), checked_on=day(-2))                                # supersedes it
    expiring = customer(register, "C-6", "Expiring Soon")
    passport(register, expiring, day(25), doc_type="national_id")
    review = customer(register, "C-7", "Review Overdue", risk_rating="high")
    records.update(register, CUSTOMER, review, {"next_review": day(-1)})
    closed_review = customer(register, "C-8", "Closed Review")
    records.update(register, CUSTOMER, closed_review, {"next_review": day(-100), "status": "closed"})
    records.create(register, ACTIVITY, {"name_en": "Payroll", "status": "active", "next_review": day(10),
                                        "department": "HR", "purposes": ["legal_compliance"],
                                        "legal_bases": ["contract"], "subject_categories": ["employees"],
                                        "data_categories": ["identity"], "sources": ["data_subject"],
                                        "retention_months": 60, "security_measures": ["encryption"]})
    records.create(register, ACTIVITY, {"name_en": "Half written", "status": "active"})           # incomplete
    records.create(register, ACTIVITY, {"name_en": "Old", "status": "retired", "next_review": day(-500)})
    return register


def test_each_register_asks_for_its_due_work_in_the_law_order(busy: Register) -> None:
    items = store.collect(busy, TODAY)
    listed = [(i.group, i.stage, i.reference, i.title_en.replace("\u2068", "").replace("\u2069", ""))
              for i in items]
    assert listed == [
        ("legal", "overdue", "DSC-2026-0001", "Court order from Riyadh Court"),
        ("deferral", "overdue", "DSC-2026-0004", "Notify the subjects of the request from Gag Court"),
        ("kyc", "overdue", "CUS-00001", "Passport of Served Customer"),  # expired 3 days ago
        ("kyc", "overdue", "CUS-00007", "Re-verify Review Overdue"),     # due yesterday
        ("kyc", "soon", "CUS-00006", "National ID of Expiring Soon"),
        ("upkeep", "soon", "PA-0001", "Review “Payroll”"),
        ("upkeep", "soon", "PA-0002", "Complete “Half written”"),
    ]
    document = next(i for i in items if i.entity == "document")
    assert document.extra["customer_id"] == 1 and document.key == f"document:{document.record_id}:expiry"
    assert "Missing:" in items[-1].detail_en and "ينقص" in items[-1].detail_ar


def test_marks_are_kept_audited_and_hide_their_item(busy: Register) -> None:
    request = store.collect(busy, TODAY)[0]
    with pytest.raises(ValidationError) as caught:
        store.mark(busy, request, "acknowledged", "   ")
    assert caught.value.field == "reason"
    before = busy.audit_count()
    store.mark(busy, request, "acknowledged", "The court granted an extension to 30 June")
    entry = busy.conn.execute("SELECT action, entity, actor, changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert busy.audit_count() == before + 1 and entry[:3] == ("insert", "queue_mark", "tester")
    changes = json.loads(entry[3])
    assert changes["reason"][1] == "The court granted an extension to 30 June"
    assert changes["item_key"][1] == request.key and changes["stage"][1] == "overdue"
    listed = store.queue(busy, TODAY)
    assert listed[0].item.key == request.key and listed[0].hidden
    assert listed[0].mark is not None and listed[0].mark.by == "tester"
    assert changes["item_due"][1] == day(-4)
    records.update(busy, "disclosure", request.record_id, {"due_date": day(-2)})  # a new deadline: asked again
    assert not store.queue(busy, TODAY)[0].hidden
    store.mark(busy, request, "cleared")
    assert not store.queue(busy, TODAY)[0].hidden
    assert busy.verify().ok


def test_a_snooze_needs_a_day_after_today_and_at_most_ninety_days(busy: Register) -> None:
    review = next(i for i in store.collect(busy, TODAY) if i.key.startswith("activity:") and "review" in i.key)
    for until, field in [(day(0), "snoozed_until"), (day(91), "snoozed_until"), (None, "snoozed_until")]:
        with pytest.raises(ValidationError) as caught:
            store.mark(busy, review, "snoozed", "on leave", until)
        assert caught.value.field == field
    store.mark(busy, review, "snoozed", "The owner is on leave", day(90))
    hidden = {e.item.key: e.hidden for e in store.queue(busy, TODAY)}
    assert hidden[review.key]
    assert not {e.item.key: e.hidden for e in store.queue(busy, TODAY + dt.timedelta(days=90))}.get(review.key, False)


def test_a_snoozed_legal_deadline_comes_back_on_its_due_date(register: Register) -> None:
    disclosures.create(register, {"requester_type": "court", "requester_name": "Court", "request_type": "court_order",
                                  "received_date": day(-1), "due_date": day(5)})
    request = store.collect(register, TODAY)[0]
    store.mark(register, request, "snoozed", "waiting for the bank's answer", day(30))
    assert store.queue(register, TODAY)[0].hidden
    assert store.queue(register, TODAY + dt.timedelta(days=4))[0].hidden
    assert not store.queue(register, TODAY + dt.timedelta(days=5))[0].hidden


def test_a_register_without_the_marks_table_gets_it_when_opened(tmp_path) -> None:
    from compliance_desk.storage.migrations import MIGRATIONS
    from tests.conftest import PASSPHRASE

    path = tmp_path / "old.cdesk"
    Register.create(path, PASSPHRASE, {"legal_name_en": "Old"}, migrations=MIGRATIONS[:2]).close()
    with Register.open(path, PASSPHRASE) as register:
        assert store.queue(register, TODAY) == []
        assert register.schema_version == MIGRATIONS[-1].version and register.verify().ok
