"""The PDPL clock of data-subject requests and their rules (PDPL IR Art. 3; PDPL Art. 18; AML Law Art. 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain.dates import format_date
from compliance_desk.domain.errors import InvalidInput, ValidationError
from compliance_desk.domain.requests import deadlines, holds, rules
from compliance_desk.domain.requests.vocab import ALL

RIYADH = deadlines.zone("Asia/Riyadh")
D = dt.date.fromisoformat


def day(value: str, tz: dt.tzinfo = RIYADH) -> dt.date:
    return deadlines.received_day(deadlines.received_moment(value, tz), tz)


# ---------------------------------------------------------------- receipt in the organisation's zone
def test_an_email_late_at_night_utc_arrives_the_next_day_in_riyadh() -> None:
    assert day("2026-03-05T22:30Z") == D("2026-03-06")
    assert deadlines.first_due(day("2026-03-05T22:30Z")) == D("2026-04-05")


def test_the_last_minute_of_a_riyadh_day_stays_on_that_day() -> None:
    assert day("2026-03-05T20:59Z") == D("2026-03-05")  # 23:59 in Riyadh
    assert day("2026-03-05T21:00Z") == D("2026-03-06")  # 00:00 in Riyadh
    assert day("2026-03-05 23:59") == D("2026-03-05")  # a local time as typed
    assert day("2026-03-05T23:59+03:00") == D("2026-03-05")


def test_another_zone_moves_the_boundary() -> None:
    london = deadlines.zone("Europe/London")
    assert day("2026-03-05T22:30Z", london) == D("2026-03-05")
    with pytest.raises(deadlines.UnknownZone):
        deadlines.zone("Mars/Olympus")
    assert deadlines.zone("") == deadlines.zone("Asia/Riyadh")


def test_a_date_alone_is_that_local_day_and_nonsense_is_refused() -> None:
    assert day("2026-03-05") == D("2026-03-05")
    assert deadlines.stored_moment(deadlines.received_moment("2026-03-05T22:30Z", RIYADH)) == "2026-03-06T01:30+03:00"
    with pytest.raises(ValueError):
        deadlines.received_moment("yesterday", RIYADH)


def test_a_request_on_a_friday_evening_counts_calendar_days() -> None:
    friday = D("2026-03-06")
    assert friday.weekday() == 4
    assert day("2026-03-06T21:30+03:00") == friday  # Friday evening in Riyadh
    assert deadlines.first_due(friday) == D("2026-04-05")  # 30 days, a Sunday: no working-day shift
    assert day("2026-03-06T22:00Z") == D("2026-03-07")  # Friday 22:00 UTC is Saturday 01:00 in Riyadh


def test_today_is_the_riyadh_day_at_the_boundary() -> None:
    values = {"received_date": "2026-03-06", "stage": "received"}
    now = dt.datetime(2026, 4, 4, 21, 30, tzinfo=dt.UTC)  # 00:30 on 5 April in Riyadh: the due day
    riyadh = deadlines.deadline(values, deadlines.local_today(now, RIYADH))
    utc = deadlines.deadline(values, now.date())
    assert (riyadh.days, riyadh.text("en")) == (0, "Due today")
    assert (utc.days, utc.text("en")) == (1, "Due in 1 day")


# ---------------------------------------------------------------- 30 days and the one extension
def test_thirty_days_from_receipt() -> None:
    assert deadlines.due({"received_date": "2026-01-31"}) == D("2026-03-02")
    assert deadlines.due({"received_date": "2028-02-01"}) == D("2028-03-02")  # leap year


def extended(notice: str, days: int = 30, **extra: object) -> dict[str, object]:
    return {"received_date": "2026-03-06", "rights": ["access"], "extension_reason": "many_requests",
            "extension_details": "Twelve requests in one week", "extension_notice_on": notice,
            "extension_days": days, **extra}


def test_an_extension_noticed_on_the_first_due_date_counts() -> None:
    values = extended("2026-04-05")
    rules.check(values)
    assert deadlines.extension_counts(values)
    assert deadlines.due(values) == D("2026-05-05")
    assert deadlines.deadline(values, D("2026-05-01")).text("en") == "Due in 4 days (extended)"


def test_an_extension_noticed_after_the_first_due_date_is_refused_and_does_not_count() -> None:
    values = extended("2026-04-06")
    with pytest.raises(ValidationError) as caught:
        rules.check(values)
    assert caught.value.field == "extension_notice_on"
    assert "2026-04-05" in caught.value.text("en")
    assert deadlines.due(values) == D("2026-04-05")


@pytest.mark.parametrize("missing", ["extension_notice_on", "extension_details", "extension_reason"])
def test_an_extension_without_its_notice_or_reasons_is_refused(missing: str) -> None:
    values = extended("2026-03-20")
    values[missing] = None
    with pytest.raises(ValidationError) as caught:
        rules.check(values)
    assert caught.value.field == missing
    assert "in advance" in caught.value.text("en")
    assert not deadlines.extension_counts(values)


def test_an_extension_is_at_most_thirty_days() -> None:
    rules.check(extended("2026-03-20", 30))
    with pytest.raises(ValidationError, match="at most 30"):
        rules.check(extended("2026-03-20", 31))
    assert deadlines.due(extended("2026-03-20", 10)) == D("2026-04-15")


def test_the_notice_cannot_be_dated_in_the_future() -> None:
    with pytest.raises(ValidationError):
        rules.check(extended("2026-03-20"), today=D("2026-03-19"))
    rules.check(extended("2026-03-20"), today=D("2026-03-20"))


def test_one_extension_only() -> None:
    current = extended("2026-03-20")
    rules.check_extension_change("DSR-2026-0001", {"rights": ["access"]}, current)  # the first: fine
    with pytest.raises(InvalidInput, match="one extension only"):
        rules.check_extension_change("DSR-2026-0001", current, {"extension_days": 20})
    with pytest.raises(InvalidInput):
        rules.check_extension_change("DSR-2026-0001", current, {"extension_notice_on": "2026-04-01"})
    rules.check_extension_change("DSR-2026-0001", current, {"extension_days": 30})  # unchanged


# ---------------------------------------------------------------- days left in words and colour
def test_days_left_in_words_and_colour() -> None:
    values = {"received_date": "2026-03-06"}
    overdue = deadlines.deadline(values, D("2026-04-08"))
    assert (overdue.state, overdue.text("en"), overdue.text("ar"), overdue.colour) == (
        "overdue", "Overdue by 3 days", "متأخر 3 أيام", "#b00020")
    soon = deadlines.deadline(values, D("2026-03-30"))
    assert (soon.state, soon.text("en"), soon.colour) == ("due_soon", "Due in 6 days", "#8a5300")
    later = deadlines.deadline(values, D("2026-03-07"))
    assert (later.state, later.colour) == ("open", None)
    done = deadlines.deadline({**values, "stage": "answered"}, D("2026-05-01"))
    assert (done.text("en"), done.text("ar"), done.colour) == ("Answered", "تم الرد", "#2e7d32")


def test_hijri_month_ends_are_shown_not_counted() -> None:
    # 29 Sha'ban 1447 (the month's last day) + 30 days is 30 Ramadan, not "29 Ramadan" a month on
    assert format_date(deadlines.first_due(D("2026-02-17")), "en", with_hijri=True) == \
        "2026-03-19 (30 Ramadan 1447 AH)"
    assert format_date(deadlines.first_due(D("2026-02-18")), "ar", with_hijri=True) == \
        "2026-03-20 (1 شوال 1447 هـ)"


# ---------------------------------------------------------------- the rules
def test_a_response_before_receipt_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        rules.check({"received_date": "2026-03-06", "rights": ["access"], "response_date": "2026-03-05"})
    assert caught.value.field == "response_date"
    assert "before the request was received" in caught.value.text("en")
    assert "قبل تاريخ استلام" in caught.value.text("ar")
    rules.check({"received_date": "2026-03-06", "rights": ["access"], "response_date": "2026-03-06"})


def test_a_request_asks_for_a_right_and_an_agent_shows_authority() -> None:
    with pytest.raises(ValidationError, match="which right"):
        rules.check({"received_date": "2026-03-06", "rights": []})
    with pytest.raises(ValidationError, match="proof of authority"):
        rules.check({"received_date": "2026-03-06", "rights": ["access"], "on_behalf": 1})


def test_a_refusal_needs_its_reason_code_and_reasons() -> None:
    with pytest.raises(ValidationError, match="reason"):
        rules.check_right({"right_code": "erasure", "decision": "refused", "refusal_reason": "legal_retention"},
                          identity_verified=True)
    with pytest.raises(ValidationError):
        rules.check_right({"right_code": "erasure", "decision": "partly", "reason": "AML"}, identity_verified=True)
    rules.check_right({"right_code": "erasure", "decision": "refused", "refusal_reason": "legal_retention",
                       "reason": "AML Law Art. 12"}, identity_verified=False)


def test_nothing_is_granted_before_identity_is_verified() -> None:
    with pytest.raises(ValidationError, match="identity"):
        rules.check_right({"right_code": "access", "decision": "granted"}, identity_verified=False)
    rules.check_right({"right_code": "access", "decision": "granted"}, identity_verified=True)


HOLD = holds.Hold("aml_retention", "CUS-00001", None, "AML Law Art. 12", "المادة 12")


def test_an_erasure_done_under_a_hold_needs_an_override_reason() -> None:
    erased = {"right_code": "erasure", "decision": "granted", "action": "erased", "action_date": "2026-03-10"}
    with pytest.raises(ValidationError) as caught:
        rules.check_right(erased, identity_verified=True, holds=[HOLD])
    assert caught.value.field == "override_reason"
    assert "AML Law Art. 12" in caught.value.text("en")
    rules.check_right({**erased, "override_reason": "Public Prosecution confirmed no case"},
                      identity_verified=True, holds=[HOLD])
    rules.check_right(erased, identity_verified=True, holds=[])


def test_an_action_belongs_to_a_granted_right_and_has_a_date() -> None:
    with pytest.raises(ValidationError, match="granted"):
        rules.check_right({"right_code": "erasure", "decision": "refused", "refusal_reason": "not_held", "reason": "x",
                           "action": "erased", "action_date": "2026-03-10"}, identity_verified=True)
    with pytest.raises(ValidationError, match="when"):
        rules.check_right({"right_code": "erasure", "decision": "granted", "action": "erased"}, identity_verified=True)


def test_stages_and_outcome() -> None:
    with pytest.raises(InvalidInput):
        rules.check_transition("DSR-2026-0001", "received", "answered")
    rules.check_transition("DSR-2026-0001", "received", "awaiting_identity")
    assert rules.outcome(["granted", "granted"]) == "granted"
    assert rules.outcome(["granted", "refused"]) == "partly"
    assert rules.outcome(["refused"]) == "refused"
    assert rules.outcome(["granted", "pending"]) is None
    with pytest.raises(ValidationError, match="answer needs"):
        rules.check({"received_date": "2026-03-06", "rights": ["access"], "stage": "answered", "outcome": "granted"})


# ---------------------------------------------------------------- holds (pure)
CUSTOMER = {"reference": "CUS-00001"}
TODAY = D("2026-06-01")


def test_aml_retention_runs_ten_years_after_the_relationship_ends() -> None:
    open_ended = holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=True, disclosures=[],
                                      activities=[], today=TODAY)
    assert [(h.kind, h.ends) for h in open_ended] == [("aml_retention", None)]
    ended = holds.customer_holds(CUSTOMER, relationship_end=D("2020-02-29"), due_diligence=True, disclosures=[],
                                 activities=[], today=TODAY)
    assert ended[0].ends == D("2030-02-28")
    assert "until 2030-02-28" in ended[0].summary("en")
    assert holds.customer_holds(CUSTOMER, relationship_end=D("2016-05-31"), due_diligence=True, disclosures=[],
                                activities=[], today=TODAY) == []
    assert holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=False, disclosures=[],
                                activities=[], today=TODAY) == []


def test_open_gagged_or_court_ordered_disclosures_hold() -> None:
    disclosures = [
        {"reference": "DSC-2026-0001", "stage": "decided", "subject_notification": "prohibited"},
        {"reference": "DSC-2026-0002", "stage": "received", "subject_notification": "deferred",
         "notification_deferred_until": "2026-07-01"},
        {"reference": "DSC-2026-0003", "stage": "received", "subject_notification": "not_notified",
         "request_type": "court_order"},
        {"reference": "DSC-2026-0004", "stage": "closed", "subject_notification": "prohibited"},
        {"reference": "DSC-2026-0005", "stage": "received", "subject_notification": "deferred",
         "notification_deferred_until": "2026-05-01"},
        {"reference": "DSC-2026-0006", "stage": "received", "subject_notification": "notified",
         "request_type": "official_request"},
    ]
    found = holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=False, disclosures=disclosures,
                                 activities=[], today=TODAY)
    assert [(h.kind, h.reference, h.ends) for h in found] == [
        ("gag", "DSC-2026-0001", None), ("gag", "DSC-2026-0002", D("2026-07-01")), ("order", "DSC-2026-0003", None)]


def test_activity_retention_holds_until_it_runs_out() -> None:
    activity = {"reference": "PA-0001", "name_en": "Orders", "retention_months": 60, "status": "active",
                "subject_categories": ["customers"], "data_categories": ["transactions"], "retention_reason": "Tax"}
    running = holds.customer_holds(CUSTOMER, relationship_end=D("2024-01-15"), due_diligence=False,
                                   disclosures=[], activities=[activity], today=TODAY)
    assert [(h.kind, h.ends, h.categories) for h in running] == [
        ("activity_retention", D("2029-01-15"), ("transactions",))]
    run_out = holds.customer_holds(CUSTOMER, relationship_end=D("2020-01-15"), due_diligence=False,
                                   disclosures=[], activities=[activity], today=TODAY)
    assert run_out == []
    for other in ({**activity, "status": "retired"}, {**activity, "subject_categories": ["employees"]},
                  {**activity, "retention_months": None}):
        assert holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=False, disclosures=[],
                                    activities=[other], today=TODAY) == []


def test_vocabularies_are_bilingual() -> None:
    for vocabulary in ALL:
        for term in vocabulary:
            assert term.en and term.ar and term.ar != term.en


def test_many_activity_holds_read_as_one_line() -> None:
    kept = [holds.Hold("activity_retention", f"PA-000{n}", D(f"2030-0{n}-01"), "x", "س") for n in (1, 2, 3)]
    lines = holds.compact([HOLD, *kept], "en")
    assert len(lines) == 2 and lines[0].startswith("due-diligence records and copies of identity documents — AML Law")
    assert lines[1] == ("customers' data that this activity processes — PDPL Art. 18: the retention periods of 3 "
                        "processing activities (PA-0001, PA-0002, PA-0003), until 2030-03-01")
    open_ended = holds.compact([*kept, holds.Hold("activity_retention", "PA-0009", None, "x", "س")], "ar")
    assert "انقضاء مدة الاحتفاظ" in open_ended[0] and "لأربعة أنشطة معالجة" in open_ended[0]
    assert "لعدد" not in open_ended[0]
    ten = [holds.Hold("activity_retention", f"PA-{n:04}", D("2030-01-01"), "x", "س", ("contact",)) for n in range(10)]
    line = holds.compact(ten, "ar")[0]
    assert "لعشرة أنشطة معالجة" in line and "المادة 18 من نظام حماية البيانات الشخصية" in line
    assert holds.activities_ar(2) == "لنشاطَي معالجة" and holds.activities_ar(11) == "لـ11 نشاطاً للمعالجة"
    assert holds.months_ar(6) == "6 أشهر" and holds.months_ar(60) == "60 شهراً"


def test_a_hold_says_what_it_keeps_its_basis_and_its_end_once() -> None:
    aml = holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=True, disclosures=[],
                               activities=[], today=TODAY)[0]
    en, ar = aml.summary("en"), aml.summary("ar")
    assert en.startswith("due-diligence records and copies of identity documents — AML Law Art. 12")
    assert en.endswith("(CUS-00001), until 10 years after the relationship ends (it has not ended yet)")
    assert "while the relationship lasts" not in en and en.count("10 years") == 1
    assert "المادة 12 من نظام مكافحة غسل الأموال" in ar and "طوال العلاقة" not in ar
    order = holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=False, disclosures=[
        {"reference": "DSC-1", "stage": "received", "request_type": "court_order"}], activities=[], today=TODAY)[0]
    assert "المادة 18 من نظام حماية البيانات الشخصية" in order.summary("ar") and "من النظام" not in order.summary("ar")


def test_the_on_time_rate_counts_only_requests_answered_or_past_due() -> None:
    from compliance_desk.domain.requests.figures import figures

    today = D("2026-06-20")
    rows = [
        {"received_date": "2026-05-01", "due_date": "2026-05-31", "response_date": "2026-05-20", "stage": "answered"},
        {"received_date": "2026-04-01", "due_date": "2026-05-01", "response_date": "2026-05-10", "stage": "closed"},
        {"received_date": "2026-05-01", "due_date": "2026-05-31", "stage": "verified"},  # overdue: late already
        {"received_date": "2026-06-10", "due_date": "2026-07-10", "stage": "received"},  # open, not yet due
        {"received_date": "2026-05-21", "due_date": "2026-06-20", "stage": "decided"},  # due today: not late yet
    ]
    found = figures(rows, today)
    assert (found.total, found.answered, found.on_time, found.late, found.overdue_open) == (5, 2, 1, 1, 1)
    assert found.judged == 3 and found.on_time_rate == pytest.approx(1 / 3)
    assert figures(rows[3:], today).judged == 0 and figures(rows[3:], today).on_time_rate is None


def test_an_erasure_is_blocked_until_the_last_hold_ends() -> None:
    aml = holds.Hold("aml_retention", "CUS-1", D("2036-05-01"), "en", "ar")
    gag = holds.Hold("gag", "DSC-1", D("2026-09-01"), "en", "ar")
    order = holds.Hold("order", "DSC-2", None, "en", "ar")
    assert holds.blocked_until([gag, aml]) == (D("2036-05-01"), aml)
    assert holds.blocked_until([gag, order, aml]) == (None, order)  # open-ended: no end date yet
    assert holds.blocked_until([]) == (None, None)
