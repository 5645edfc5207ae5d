from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import clock
from compliance_desk.domain.completeness import missing
from compliance_desk.domain.entities import ACTIVITY, RECIPIENT
from compliance_desk.domain.errors import ValidationError
from compliance_desk.storage import activities, listing, records
from compliance_desk.storage.errors import RecordReferenced
from compliance_desk.storage.history import record_history
from compliance_desk.storage.register import Register


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

COMPLETE = {
    "name_en": "Payments", "department": "Finance", "purposes": ["payment_processing"],
    "legal_bases": ["contract"], "subject_categories": ["customers"], "data_categories": ["payment_card"],
    "sources": ["data_subject"], "retention_months": 120, "security_measures": ["masking"], "status": "active",
}


@pytest.fixture
def gateway(register: Register) -> int:
    return activities.save_recipient(register, None, {"name_en": "Gulf Pay", "recipient_type": "payment_gateway"})


def test_save_with_recipients_and_transfers_in_one_transaction(register: Register, gateway: int) -> None:
    activity = activities.save_activity(register, None, COMPLETE, [gateway],
                                        [{"country": "AE", "safeguard": "standard_clauses", "recipient_id": gateway}])
    recipients, transfers = activities.links(register, activity)
    assert recipients == [gateway]
    assert [(t["country"], t["safeguard"]) for t in transfers] == [("AE", "standard_clauses")]
    activities.save_activity(register, activity, {"notes": "x"}, [], [])
    assert activities.links(register, activity) == ([], [])
    assert register.verify().ok
    kinds = [(e.entity, e.action) for e in record_history(register, "activity", activity)]
    assert ("activity_recipient", "insert") in kinds and ("transfer", "delete") in kinds


def test_invalid_transfer_rolls_back_the_whole_save(register: Register) -> None:
    with pytest.raises(ValidationError):
        activities.save_activity(register, None, COMPLETE, [], [{"country": "Atlantis"}])
    assert register.count(ACTIVITY) == 0


def test_next_review_must_follow_last_review(register: Register) -> None:
    with pytest.raises(ValidationError) as caught:
        activities.save_activity(register, None, {**COMPLETE, "last_review": "2026-05-01",
                                                  "next_review": "2026-04-01"})
    assert caught.value.field == "next_review"


def test_duplicate_is_a_draft_copy_with_links(register: Register, gateway: int) -> None:
    original = activities.save_activity(register, None, {**COMPLETE, "name_ar": "المدفوعات"}, [gateway])
    copy = activities.duplicate_activity(register, original)
    row = records.get(register, ACTIVITY, copy)
    assert row["reference"] == "PA-0002" and row["status"] == "draft"
    assert row["name_en"] == "Payments (copy)" and row["name_ar"] == "المدفوعات (نسخة)"
    assert activities.links(register, copy)[0] == [gateway]


def test_referenced_records_are_retired_not_deleted(register: Register, gateway: int) -> None:
    activity = activities.save_activity(register, None, COMPLETE, [gateway])
    with pytest.raises(RecordReferenced):
        activities.delete_recipient(register, gateway)
    disclosure = records.create(register, "disclosure", {
        "received_date": "2026-02-01", "requester_type": "court", "requester_name": "Court",
        "request_type": "court_order"})
    records.create(register, "disclosure_activity", {"disclosure_id": disclosure, "activity_id": activity})
    with pytest.raises(RecordReferenced):
        activities.delete_activity(register, activity)
    activities.retire_activity(register, activity)
    assert records.get(register, ACTIVITY, activity)["status"] == "retired"


def test_unreferenced_activity_is_deleted_with_its_links(register: Register, gateway: int) -> None:
    activity = activities.save_activity(register, None, COMPLETE, [gateway], [{"country": "DE"}])
    activities.delete_activity(register, activity)
    assert register.count(ACTIVITY) == 0
    activities.delete_recipient(register, gateway)  # free now
    assert register.count(RECIPIENT) == 0
    assert register.verify().ok


def test_completeness_in_domain_and_in_sql_agree(register: Register) -> None:
    complete = activities.save_activity(register, None, COMPLETE)
    partial = activities.save_activity(register, None, {"name_ar": "نشاط ناقص", "purposes": ["marketing"]})
    assert missing(records.get(register, ACTIVITY, complete)) == []
    gaps = {r.key for r in missing(records.get(register, ACTIVITY, partial))}
    assert gaps == {"department", "legal_bases", "subjects", "data", "sources", "retention", "security"}
    query = listing.ListQuery(ACTIVITY, incomplete=True)
    assert [r["id"] for r in listing.page(register, query, 0, 10)] == [partial]


def test_listing_filters_sorts_and_pages_in_sql(register: Register) -> None:
    clock.fix(dt.datetime(2026, 6, 1))
    try:
        for n in range(30):
            activities.save_activity(register, None, {
                **COMPLETE, "name_en": f"Activity {n:02d}",
                "legal_bases": ["consent"] if n % 3 == 0 else ["contract"],
                "status": "retired" if n % 5 == 0 else "active",
                "next_review": f"2026-{(n % 12) + 1:02d}-15"})
        by_basis = listing.ListQuery(ACTIVITY, filters={"legal_bases": "consent"})
        assert listing.count(register, by_basis) == 10
        retired = listing.ListQuery(ACTIVITY, filters={"status": "retired"}, sort="name_en", descending=True)
        assert [r["name_en"] for r in listing.page(register, retired, 0, 3)] == [
            "Activity 25", "Activity 20", "Activity 15"]
        due = listing.ListQuery(ACTIVITY, review_due_days=0)
        assert listing.count(register, due) == 15  # months January to May, three each
        pages = [r["id"] for o in range(0, 30, 7) for r in listing.page(register, listing.ListQuery(ACTIVITY), o, 7)]
        assert pages == sorted(pages) and len(set(pages)) == 30
        searched = listing.ListQuery(ACTIVITY, search="activity 1")
        assert listing.count(register, searched) == 10  # "1" is a prefix of the words 10 … 19
    finally:
        clock.fix(None)


def test_position_of_a_record_in_the_current_order(register: Register) -> None:
    ids = [activities.save_activity(register, None, {"name_en": name}) for name in ("b", "c", "a")]
    query = listing.ListQuery(ACTIVITY, sort="name_en")
    assert [listing.position(register, query, i) for i in ids] == [1, 2, 0]
    query.filters = {"status": "active"}
    assert listing.position(register, query, ids[0]) is None


def test_a_save_over_a_later_change_is_refused_and_writes_nothing(register: Register) -> None:
    from compliance_desk.storage.errors import StaleRecord

    activity = activities.save_activity(register, None, COMPLETE)
    opened_at = records.version(register, ACTIVITY, activity)
    activities.save_activity(register, activity, {"department": "Treasury"})  # someone else's save
    seal = register.seal()
    with pytest.raises(StaleRecord) as stale:
        activities.save_activity(register, activity, {"department": "Sales"}, expected_version=opened_at)
    assert register.seal() == seal
    assert records.get(register, ACTIVITY, activity)["department"] == "Treasury"
    assert stale.value.text("en").startswith(f"PA-0001 was changed by {register.actor} at ")
    assert "أعد تحميله" in stale.value.text("ar")
    latest = records.version(register, ACTIVITY, activity)
    activities.save_activity(register, activity, {"department": "Sales"}, expected_version=latest)  # reloaded
    assert records.get(register, ACTIVITY, activity)["department"] == "Sales"


def test_sorting_by_a_name_ignores_case_on_both_engines(register: Register) -> None:
    for name in ("gamma", "Beta", "alpha", "Delta"):
        records.create(register, "activity", {"name_en": name})
    query = listing.ListQuery(ACTIVITY, sort="name_en")
    assert [r["name_en"] for r in listing.page(register, query, 0, 10)] == ["alpha", "Beta", "Delta", "gamma"]
    query = listing.ListQuery(ACTIVITY, sort="name_en", descending=True)
    assert [r["name_en"] for r in listing.page(register, query, 0, 10)] == ["gamma", "Delta", "Beta", "alpha"]
    assert listing.position(register, query, 3) == 3  # "alpha", last
