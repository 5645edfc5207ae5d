"""The 72-hour clock to SDAIA at its hour boundaries and across zones, and a breach's rules."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from compliance_desk.domain import breaches as b
from compliance_desk.domain.entities import BREACH
from compliance_desk.domain.errors import InvalidInput, ValidationError
from compliance_desk.domain.validation import clean

RIYADH = ZoneInfo("Asia/Riyadh")
AWARE = "2026-03-10T09:00"  # Riyadh: 06:00 UTC
AWARE_UTC = dt.datetime(2026, 3, 10, 6, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)


def breach(**values: Any) -> dict[str, Any]:
    base = {"title": "Leaked export", "aware_at": AWARE, "category": "confidentiality", "cause": "attack"}
    return clean(BREACH, b.prepare({**base, **values}))


def test_the_deadline_is_72_hours_after_aware_at_in_riyadh_time() -> None:
    assert b.deadline(breach()) == AWARE_UTC + dt.timedelta(hours=72)
    assert b.deadline(breach()).astimezone(RIYADH).strftime("%Y-%m-%d %H:%M") == "2026-03-13 09:00"


@pytest.mark.parametrize(("before_deadline", "stage"), [
    (dt.timedelta(hours=24, seconds=1), "more_than_24h"),
    (dt.timedelta(hours=24), "last_24h"),
    (dt.timedelta(hours=12, seconds=1), "last_24h"),
    (dt.timedelta(hours=12), "last_12h"),
    (dt.timedelta(hours=1, seconds=1), "last_12h"),
    (dt.timedelta(hours=1), "last_hour"),
    (dt.timedelta(seconds=1), "last_hour"),
    (dt.timedelta(0), "overdue"),
    (-dt.timedelta(hours=5), "overdue"),
])
def test_clock_stages_at_the_hour_boundaries(before_deadline: dt.timedelta, stage: str) -> None:
    now = AWARE_UTC + dt.timedelta(hours=72) - before_deadline
    found = b.clock(breach(), now)
    assert found.running and found.stage == stage
    assert found.hours_left == pytest.approx(before_deadline.total_seconds() / 3600)


def test_clock_texts_say_the_hours_in_both_languages() -> None:
    running = b.clock(breach(), AWARE_UTC + dt.timedelta(hours=30, minutes=40))
    assert running.text("en") == "41 h 20 min left to notify SDAIA"
    assert "41 س 20 د" in running.text("ar") and "سدايا" in running.text("ar")
    late = b.clock(breach(), AWARE_UTC + dt.timedelta(hours=75, minutes=5))
    assert late.text("en") == "SDAIA notice overdue by 3 h 05 min"


@pytest.mark.parametrize(("wall", "zone"), [
    ("2026-03-10T06:00", "UTC"),
    ("2026-03-10T06:00", "Europe/London"),       # GMT in March, before the change
    ("2026-03-10T02:00", "America/New_York"),    # EDT from 8 March 2026
    ("2026-03-10T11:30", "Asia/Kolkata"),
    ("2026-03-10T09:00", "Asia/Riyadh"),
])
def test_a_breach_discovered_abroad_has_the_same_deadline_instant(wall: str, zone: str) -> None:
    assert b.deadline(breach(aware_at=wall, time_zone=zone)) == AWARE_UTC + dt.timedelta(hours=72)


def test_an_instant_with_an_offset_is_stored_as_wall_time_in_the_breach_zone() -> None:
    values = breach(aware_at="2026-03-10T06:00Z")
    assert values["aware_at"] == AWARE and values["time_zone"] == "Asia/Riyadh"
    london = breach(aware_at=dt.datetime(2026, 3, 10, 9, 0, tzinfo=RIYADH), time_zone="Europe/London")
    assert london["aware_at"] == "2026-03-10T06:00"
    assert b.deadline(london) == b.deadline(values)


def test_across_a_daylight_saving_change_the_clock_counts_real_hours() -> None:
    # London moves to summer time at 01:00 UTC on 29 March 2026: 72 real hours, not 72 wall hours
    values = breach(aware_at="2026-03-28T12:00", time_zone="Europe/London")
    assert b.deadline(values).astimezone(ZoneInfo("Europe/London")).strftime("%m-%d %H:%M") == "03-31 13:00"


def test_riyadh_without_the_zone_database_is_utc_plus_three(monkeypatch: pytest.MonkeyPatch) -> None:
    """One fallback (domain.clock) serves the breach clock and the request clock alike."""
    from zoneinfo import ZoneInfoNotFoundError

    from compliance_desk.domain import clock
    from compliance_desk.domain.requests import deadlines

    def missing(key: str) -> None:
        raise ZoneInfoNotFoundError(key)

    monkeypatch.setattr(clock, "ZoneInfo", missing)
    assert b.deadline(breach()) == AWARE_UTC + dt.timedelta(hours=72)
    assert b.zone("Asia/Riyadh").utcoffset(None) == dt.timedelta(hours=3)
    assert deadlines.zone("Asia/Riyadh").utcoffset(None) == dt.timedelta(hours=3)
    assert clock.wall_text("2026-03-10T09:00", "Asia/Riyadh") == "2026-03-10 09:00 (Asia/Riyadh, UTC+3)"
    with pytest.raises(ValidationError):
        b.zone("Europe/London")
    with pytest.raises(deadlines.UnknownZone):
        deadlines.zone("Europe/London")


def test_a_wall_time_reads_with_its_zone_and_offset() -> None:
    from compliance_desk.domain import clock

    assert clock.wall_text("2026-03-01T14:05", "Asia/Riyadh") == "2026-03-01 14:05 (Asia/Riyadh, UTC+3)"
    assert clock.wall_text("2026-03-01T14:05", None) == "2026-03-01 14:05 (Asia/Riyadh, UTC+3)"
    assert clock.wall_text("2026-07-01T08:00", "Europe/London") == "2026-07-01 08:00 (Europe/London, UTC+1)"
    assert clock.wall_text("2026-01-01T08:00", "Asia/Kolkata") == "2026-01-01 08:00 (Asia/Kolkata, UTC+5:30)"
    assert clock.wall_text("2026-01-01T08:00", "Mars/Olympus") == "2026-01-01 08:00 (Mars/Olympus)"
    assert clock.wall_text("", "Asia/Riyadh") == ""


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        b.check(breach(time_zone="Mars/Olympus"), NOW)
    assert caught.value.field == "time_zone"


def test_notice_at_the_deadline_is_on_time_a_minute_after_is_late() -> None:
    on_time = breach(sdaia_notified_at="2026-03-13T09:00", sdaia_decision="notify")
    assert b.timing(on_time) == "on_time" and b.hours_to_notify(on_time) == 72
    b.check(on_time, NOW)
    late = breach(sdaia_notified_at="2026-03-13T09:01", sdaia_decision="notify")
    assert b.timing(late) == "late"
    with pytest.raises(ValidationError) as caught:
        b.check(late, NOW)
    assert caught.value.field == "late_reason" and "72" in caught.value.text("en")
    b.check({**late, "late_reason": "The processor told us on day 4"}, NOW)
    assert b.clock(on_time, NOW).state == "notified"


@pytest.mark.parametrize(("values", "field", "key"), [
    ({"aware_at": "2026-03-21T09:00"}, "aware_at", "aware_in_future"),
    ({"occurred_from": "2026-03-10T10:00"}, "aware_at", "aware_before_occurred"),
    ({"occurred_from": "2026-03-05T10:00", "occurred_to": "2026-03-04T10:00"}, "occurred_to",
     "occurred_to_before_from"),
    ({"sdaia_notified_at": "2026-03-10T08:59"}, "sdaia_notified_at", "notified_before_aware"),
    ({"sdaia_decision": "not_notifiable"}, "sdaia_decision_reason", "breach_reason_required"),
    ({"subject_count_approximate": 1}, "subject_count", "approximate_needs_count"),
    ({"stage": "notified", "severity": "high", "sdaia_decision": "notify"}, "sdaia_notified_at", "required"),
    ({"closed_at": "2026-03-09T10:00"}, "closed_at", "time_before_aware"),
])
def test_bad_values_are_refused_with_the_field_named(values: dict[str, Any], field: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        b.check(breach(**values), NOW)
    assert caught.value.field == field and caught.value.reason.key == key
    assert caught.value.text("ar") != caught.value.text("en")


def test_aware_at_now_is_allowed_a_minute_later_is_not() -> None:
    b.check(breach(aware_at="2026-03-20T15:00"), NOW)  # NOW is 15:00 in Riyadh
    with pytest.raises(ValidationError):
        b.check(breach(aware_at="2026-03-20T15:01"), NOW)


@pytest.mark.parametrize("given", ["-5", -5])
def test_negative_counts_are_refused(given: object) -> None:
    with pytest.raises(ValidationError) as caught:
        breach(subject_count=given)
    assert caught.value.field == "subject_count"
    with pytest.raises(ValidationError):
        breach(subjects_notified_count=given)


@pytest.mark.parametrize("given", ["about 500", "~500", "500+", "حوالي 500", "≈ 500", "٥٠٠ تقريباً"])
def test_an_approximate_count_needs_the_mark(given: str) -> None:
    with pytest.raises(ValidationError) as caught:
        breach(subject_count=given)
    assert caught.value.reason.key == "count_approximate_unmarked"
    marked = breach(subject_count=given, subject_count_approximate="yes")
    assert marked["subject_count"] == 500 and marked["subject_count_approximate"] == 1


def test_exact_counts_read_with_separators_and_arabic_digits() -> None:
    assert breach(subject_count="1,250")["subject_count"] == 1250
    assert breach(subject_count="١٢٥٠")["subject_count"] == 1250
    with pytest.raises(ValidationError):
        breach(subject_count="many")


@pytest.mark.parametrize(("values", "field", "key"), [
    ({}, "severity", "required"),
    ({"severity": "high"}, "sdaia_decision", "breach_not_decided"),
    ({"severity": "high", "sdaia_decision": "notify"}, "subjects_decision", "breach_subjects_not_decided"),
    ({"severity": "high", "sdaia_decision": "notify", "subjects_decision": "pending"}, "subjects_decision",
     "breach_subjects_not_decided"),
])
def test_the_assessment_takes_the_severity_and_both_decisions(values: dict[str, Any], field: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        b.check_step("assessed", breach(**values))
    assert caught.value.field == field and caught.value.reason.key == key
    assert caught.value.text("ar") != caught.value.text("en")
    b.check_step("assessed", breach(severity="low", sdaia_decision="notify", subjects_decision="not_required"))


def test_later_stages_never_wait_for_a_field_their_step_does_not_ask() -> None:
    """Containment does not wait for the notice to SDAIA nor the severity; the notice does not wait
    for the severity: what the assessment asks is checked by the assessment step alone."""
    contained = breach(stage="contained", sdaia_decision="notify")
    b.check(contained, NOW)
    b.check(breach(stage="contained"), NOW)  # an assessment recorded before both decisions were asked
    b.check_step("contained", contained)
    b.check(breach(stage="notified", sdaia_notified_at="2026-03-11T09:00"), NOW)
    b.check_step("notified", breach(sdaia_notified_at="2026-03-11T09:00"))


def test_a_breach_closes_only_once_sdaia_is_notified_or_it_is_decided_not_notifiable() -> None:
    for decision in ("notify", "pending"):
        with pytest.raises(InvalidInput) as caught:
            b.check({**breach(stage="closed", closed_at="2026-03-12T09:00", sdaia_decision=decision),
                     "reference": "BRC-2026-0001"}, NOW)
        assert caught.value.key == "breach_close_unnotified"
        assert "BRC-2026-0001" in caught.value.text("ar") and "سدايا" in caught.value.text("ar")
    b.check(breach(stage="closed", closed_at="2026-03-12T09:00", sdaia_decision="notify",
                   sdaia_notified_at="2026-03-11T09:00"), NOW)
    b.check(breach(stage="closed", closed_at="2026-03-12T09:00", sdaia_decision="not_notifiable",
                   sdaia_decision_reason="Encrypted disk"), NOW)


def test_the_notice_to_sdaia_is_offered_at_any_stage_once_the_decision_is_to_notify() -> None:
    assert b.offered({"stage": "open"}) == ("assessed",)
    assert b.offered({"stage": "assessed", "sdaia_decision": "notify"}) == ("notified", "contained")
    assert b.offered({"stage": "contained", "sdaia_decision": "notify"}) == ("notified", "closed")
    assert b.offered({"stage": "contained", "sdaia_decision": "notify", "sdaia_notified_at": "x"}) == ("closed",)
    assert b.offered({"stage": "assessed", "sdaia_decision": "not_notifiable"}) == ("contained",)
    assert b.offered({"stage": "closed", "sdaia_decision": "notify"}) == ()
    assert (b.stage_after("assessed", "notified"), b.stage_after("contained", "notified")) == ("notified", "contained")
    b.check_transition("BRC-2026-0001", "contained", "notified", {"sdaia_decision": "notify"})
    with pytest.raises(InvalidInput) as caught:
        b.check_transition("BRC-2026-0001", "open", "notified", {})
    assert caught.value.key == "breach_notice_undecided"


def test_stages_move_forward_only_and_not_notifiable_skips_the_notice() -> None:
    b.check_transition("BRC-2026-0001", "open", "assessed", {})
    with pytest.raises(InvalidInput):
        b.check_transition("BRC-2026-0001", "open", "closed", {})
    with pytest.raises(InvalidInput) as caught:
        b.check_transition("BRC-2026-0001", "assessed", "notified", {"sdaia_decision": "not_notifiable"})
    assert caught.value.key == "breach_not_notifiable"
    b.check_transition("BRC-2026-0001", "assessed", "contained", {"sdaia_decision": "not_notifiable"})


def test_closing_with_open_steps_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        b.check_close("BRC-2026-0001", [{"action": "Reset passwords", "done_on": "2026-03-11"},
                                        {"action": "Rotate keys", "done_on": None}])
    assert "Rotate keys" in caught.value.text("en") and "1" in caught.value.text("en")
    b.check_close("BRC-2026-0001", [{"action": "Reset passwords", "done_on": "2026-03-11"}])


def test_a_not_notifiable_or_closed_breach_stops_the_clock() -> None:
    quiet = breach(sdaia_decision="not_notifiable", sdaia_decision_reason="Encrypted laptop, key not lost")
    assert b.clock(quiet, NOW).state == "not_notifiable" and b.timing(quiet) == "not_notifiable"
    assert b.clock(breach(stage="closed"), NOW).state == "closed"
    assert b.timing(breach()) == "pending"


def test_breach_times_read_in_the_organisation_zone_with_the_recorded_zone_as_a_note() -> None:
    from compliance_desk.domain import breach_times as t

    assert t.time_text("2026-12-04T18:27", "Europe/London", "Asia/Riyadh", "en") == \
        "2026-12-04 21:27 (Asia/Riyadh, UTC+3) — recorded as 18:27 Europe/London"
    assert t.time_text("2026-12-04T18:27", "Europe/London", None, "ar") == \
        "2026-12-04 الساعة 21:27 بتوقيت الرياض (UTC+3) — سُجِّل 18:27 بتوقيت لندن"
    assert t.time_text("2026-12-04T22:30", "Europe/London", "Asia/Riyadh", "en").endswith(
        "— recorded as 2026-12-04 22:30 Europe/London")  # 01:30 the next day in Riyadh
    assert t.time_text("2026-12-04T21:27", "Asia/Riyadh", "Asia/Riyadh", "ar") == \
        "2026-12-04 الساعة 21:27 بتوقيت الرياض (UTC+3)"  # no note when recorded in the same zone
    assert t.time_text("2026-12-04T21:27", "Pacific/Chatham", "Pacific/Chatham", "ar").endswith(
        "بتوقيت Pacific/Chatham (UTC+13:45)")  # a zone without an Arabic name keeps its IANA name
    assert t.time_text(None, "Asia/Riyadh", None, "en") == ""
    london = breach(aware_at="2026-03-10T06:00", time_zone="Europe/London")
    assert t.deadline_text(london, "Asia/Riyadh", "en") == "2026-03-13 09:00 (Asia/Riyadh, UTC+3)"


def test_subjects_not_entered_read_not_recorded_never_zero() -> None:
    from compliance_desk.domain.breach_figures import figures

    assert figures([breach()]).subjects_text("en") == "not recorded"
    assert figures([breach()]).subjects_text("ar") == "غير مسجَّل"
    assert figures([breach(subject_count=0)]).subjects_text("en") == "0"  # a count of none, entered
    assert figures([breach(subject_count=5), breach()]).subjects_text("en") == "5 (recorded for 1 of 2 breaches)"


def test_the_arabic_says_breach_with_the_pdpl_term_everywhere() -> None:
    """"حوادث تسرب البيانات الشخصية" for the register, "حادثة التسرب" or "الحادثة" for one breach: never
    تسربات, تسريبات, or a bare التسرب / تسرب."""
    import re
    from pathlib import Path

    from compliance_desk.domain.breach_texts import MESSAGES
    from compliance_desk.reports import breaches as report

    bare = re.compile(r"تسريبات|تسربات|(?<!حادثة )(?<!حوادث )(?<!بحادثة )\b(?:ال|بال|لل)?تسرب\b")
    texts = [m["ar"] for m in MESSAGES.values()] + [BREACH.label("ar")]
    texts += [ar for _en, ar in report.LABELS.values()]
    ts = Path(__file__).resolve().parents[2] / "i18n" / "compliance_desk_ar.ts"
    texts += re.findall(r"<translation>([^<]*)</translation>", ts.read_text(encoding="utf-8"))
    offending = [t for t in texts if bare.search(t)]
    assert offending == []
