from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import disclosures as d
from compliance_desk.domain.errors import InvalidInput, ValidationError
from compliance_desk.domain.transparency import transparency

TODAY = dt.date(2026, 6, 15)
BASE = {"received_date": "2026-06-01", "requester_type": "court", "request_type": "court_order",
        "legal_review_required": 1, "stage": "received", "decision": "pending"}


def test_default_due_dates_follow_the_request_type() -> None:
    assert d.default_due_date("2026-06-01", "court_order") == "2026-06-15"
    assert d.default_due_date("2026-06-01", "regulator_inquiry") == "2026-07-01"
    assert d.default_due_date("2026-06-01", "official_request", emergency=True) == "2026-06-02"


def test_no_decision_without_review_data_when_review_is_required() -> None:
    decided = {**BASE, "stage": "decided", "decision": "complied"}
    with pytest.raises(ValidationError) as caught:
        d.check(decided)
    assert caught.value.field == "legal_opinion"
    d.check({**decided, "counsel_name": "Salem", "review_date": "2026-06-03", "legal_opinion": "Lawful."})
    d.check({**decided, "legal_review_required": 0})
    d.check({**BASE, "stage": "decided", "decision": "withdrawn"})  # a withdrawal needs no review


@pytest.mark.parametrize("decision", ["refused", "partly_complied"])
def test_refusal_and_partial_compliance_need_a_reason(decision: str) -> None:
    values = {**BASE, "stage": "decided", "decision": decision, "legal_review_required": 0}
    with pytest.raises(ValidationError) as caught:
        d.check(values)
    assert caught.value.field == "decision_reason"
    d.check({**values, "decision_reason": "No legal ground cited."})


def test_disclosure_needs_a_producing_decision_and_its_data() -> None:
    values = {**BASE, "legal_review_required": 0, "stage": "disclosed", "decision": "refused",
              "decision_reason": "x", "disclosed_date": "2026-06-05"}
    with pytest.raises(ValidationError):
        d.check(values)
    values.update(decision="complied")
    with pytest.raises(ValidationError):
        d.check(values)  # no method, no data categories
    d.check({**values, "disclosure_method": "sealed_letter", "categories_disclosed": ["identity"]})


def test_dates_cannot_precede_receipt_and_deferral_needs_a_date() -> None:
    with pytest.raises(ValidationError) as caught:
        d.check({**BASE, "due_date": "2026-05-01"})
    assert caught.value.field == "due_date"
    with pytest.raises(ValidationError) as caught:
        d.check({**BASE, "subject_notification": "deferred"})
    assert caught.value.field == "notification_deferred_until"


def test_transitions() -> None:
    d.check_transition("DSC-2026-0001", "received", "legal_review")
    d.check_transition("DSC-2026-0001", "decided", "closed")
    for current, target in [("received", "disclosed"), ("closed", "received"), ("disclosed", "decided")]:
        with pytest.raises(InvalidInput):
            d.check_transition("DSC-2026-0001", current, target)


def test_deadline_states_and_words() -> None:
    assert d.deadline({**BASE, "due_date": "2026-06-12"}, TODAY).text("en") == "Overdue by 3 days"
    assert d.deadline({**BASE, "due_date": "2026-06-12"}, TODAY).state == "overdue"
    assert d.deadline({**BASE, "due_date": "2026-06-15"}, TODAY).text("en") == "Due today"
    assert d.deadline({**BASE, "due_date": "2026-06-17", "emergency": 1}, TODAY).text("en") == \
        "Emergency — Due in 2 days"
    assert d.deadline({**BASE, "due_date": "2026-07-30"}, TODAY).state == "open"
    assert d.deadline({**BASE, "due_date": "2026-06-01", "stage": "closed"}, TODAY).state == "done"
    assert d.deadline({**BASE, "due_date": "2026-06-01", "stage": "decided", "decision": "refused"},
                      TODAY).state == "done"
    assert d.deadline({**BASE, "due_date": "2026-06-12"}, TODAY).text("ar") == "متأخر 3 أيام"


def test_transparency_figures_on_twenty_hand_made_requests() -> None:
    rows = []
    # 8 court orders (SA): 5 complied, 2 refused, 1 pending; 3 accounts each
    for n in range(8):
        decision = "complied" if n < 5 else "refused" if n < 7 else "pending"
        rows.append({"requester_type": "court", "request_type": "court_order", "decision": decision,
                     "jurisdiction": "SA", "accounts": 3, "emergency": 0,
                     "disclosed_date": "2026-02-01" if decision == "complied" else None})
    # 6 police requests (SA): 2 emergency complied, 3 partly complied, 1 withdrawn; 1 account each
    for n in range(6):
        decision = "complied" if n < 2 else "partly_complied" if n < 5 else "withdrawn"
        rows.append({"requester_type": "law_enforcement", "request_type": "emergency_request" if n < 2
                     else "official_request", "decision": decision, "jurisdiction": "SA", "accounts": 1,
                     "emergency": 1 if n < 2 else 0,
                     "disclosed_date": "2026-03-01" if decision != "withdrawn" else None})
    # 4 regulator inquiries (AE): all complied, none disclosed yet; 2 accounts each
    for _ in range(4):
        rows.append({"requester_type": "regulator", "request_type": "regulator_inquiry", "decision": "complied",
                     "jurisdiction": "AE", "accounts": 2, "emergency": 0, "disclosed_date": None})
    # 2 partner transfers (no jurisdiction): 1 refused, 1 complied
    for n in range(2):
        rows.append({"requester_type": "business_partner", "request_type": "partner_transfer",
                     "decision": "refused" if n == 0 else "complied", "jurisdiction": None, "accounts": 0,
                     "emergency": 0, "disclosed_date": "2026-04-01" if n else None})
    figures = transparency(rows, TODAY)
    government, commercial = figures.government, figures.commercial
    assert (figures.requests, government.requests, commercial.requests) == (20, 18, 2)
    assert dict(government.by_requester) == {"court": 8, "law_enforcement": 6, "regulator": 4}
    assert dict(commercial.by_request_type) == {"partner_transfer": 2}  # transfers are not demands
    assert dict(government.by_jurisdiction) == {"SA": 14, "AE": 4}
    assert government.decided == 5 + 2 + 2 + 3 + 4  # complied, refused, partly; not pending or withdrawn
    assert (government.pending, government.withdrawn) == (1, 1)
    assert government.produced == 5 + 5 and government.produced_share == pytest.approx(10 / 16)
    assert commercial.produced_share == pytest.approx(1 / 2)
    assert government.accounts_requested == 8 * 3 + 6 * 1 + 4 * 2 and commercial.accounts_requested == 0
    assert government.accounts_disclosed == 5 * 3 + 5 * 1
    court = government.authorities["court"]
    assert dict(court.decisions) == {"complied": 5, "refused": 2, "pending": 1}
    assert (court.accounts_requested, court.accounts_disclosed) == (24, 15)
    assert (government.emergency, government.emergency_produced) == (2, 2)
    assert sum(government.by_notification.values()) == 18


def test_response_times_and_overdue_requests() -> None:
    rows = [{**BASE, "received_date": "2026-05-01", "due_date": "2026-05-15", "decision": "complied",
             "decided_on": "2026-05-04", "stage": "closed"},
            {**BASE, "received_date": "2026-05-01", "due_date": "2026-05-05", "decision": "refused",
             "decided_on": "2026-05-11", "stage": "decided"},
            {**BASE, "received_date": "2026-05-20", "due_date": "2026-06-01"},  # still open, past its due date on TODAY
            {**BASE, "received_date": "2026-05-20", "due_date": "2026-06-01", "decision": "withdrawn",
             "decided_on": "2026-05-21", "stage": "decided"}]
    times = transparency(rows, TODAY).response
    assert times.days == [3, 10] and times.median == 6.5 and times.longest == 10
    assert (times.on_time, times.late, times.overdue_open) == (1, 1, 1)
