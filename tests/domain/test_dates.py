from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain.dates import (
    DateNotUnderstood,
    arabic_digits,
    format_date,
    hijri,
    hijri_text,
    latin_digits,
    parse_user_date,
    span_phrase,
    spoken_date,
    written_date,
)


def test_known_umm_al_qura_dates() -> None:
    assert hijri(dt.date(2024, 3, 11)) == (1445, 9, 1)  # 1 Ramadan 1445
    assert hijri(dt.date(2023, 6, 28)) == (1444, 12, 10)  # Eid al-Adha 1444 in Saudi Arabia
    assert hijri_text(dt.date(2024, 3, 11), "ar") == "1 رمضان 1445 هـ"
    assert hijri_text(dt.date(2024, 3, 11), "en") == "1 Ramadan 1445 AH"


def test_outside_the_calendar_range_has_no_hijri_date() -> None:
    assert hijri(dt.date(1900, 1, 1)) is None
    assert format_date("1900-01-01", "ar", with_hijri=True) == "1900-01-01"


def test_format_with_digits_and_hijri() -> None:
    assert arabic_digits("2024-03-11") == "٢٠٢٤-٠٣-١١"
    assert format_date("2024-03-11", "ar", with_hijri=True, arabic_numerals=True) == \
        "٢٠٢٤-٠٣-١١ (١ رمضان ١٤٤٥ هـ)"
    assert format_date(None, "en") == ""


# ---------------------------------------------------------------- dates as people type them
@pytest.mark.parametrize("text", [
    "2026-02-28", "٢٠٢٦-٠٢-٢٨", "28/02/2026", "٢٨/٠٢/٢٠٢٦", "2026/02/28", "28-02-2026", "28.2.2026", "20260228",
    "۲۸/۰۲/۲۰۲۶",                     # Extended Arabic-Indic (Persian/Urdu keyboards)
    "\u200f28/02/2026\u200f",         # with the right-to-left marks a copy from an Arabic document brings
    " 2026-02-28م ",                  # with the Gregorian marker
    "28 February 2026", "Feb 28, 2026", "28 فبراير 2026", "٢٨ فبراير ٢٠٢٦", "28 شباط 2026",
])
def test_the_usual_ways_of_writing_a_date(text: str) -> None:
    reading = parse_user_date(text)
    assert reading is not None and reading.date == dt.date(2026, 2, 28) and reading.hijri is None


def test_day_first_never_month_first() -> None:
    assert parse_user_date("03/04/2026").date == dt.date(2026, 4, 3)  # 3 April, as written in the Kingdom
    with pytest.raises(DateNotUnderstood) as caught:
        parse_user_date("02/28/2026")  # an American month-first date is not guessed
    assert caught.value.reason == "no_such_day"


def test_hijri_dates_marked_or_recognisable_by_their_year() -> None:
    marked = parse_user_date("١٠/٠٨/١٤٤٧ هـ")
    assert marked.date == dt.date(2026, 1, 29) and marked.hijri == (1447, 8, 10)
    assert parse_user_date("1447-08-10").date == dt.date(2026, 1, 29)
    assert parse_user_date("10/8/1447 AH").hijri == (1447, 8, 10)
    assert parse_user_date("1343/01/01").hijri == (1343, 1, 1)   # the first year the calendar converts
    assert parse_user_date("1500/12/29").hijri == (1500, 12, 29)  # … and the last


@pytest.mark.parametrize(("text", "reason"), [
    ("31/02/2026", "no_such_day"), ("29/02/2026", "no_such_day"), ("2026-13-01", "no_such_day"),
    ("28/02/26", "two_digit_year"), ("1/2/3", "two_digit_year"),
    ("31/12/1899", "year_range"), ("01/01/2200", "year_range"), ("1342/12/29", "year_range"),
    ("1342/12/29 هـ", "hijri_range"), ("1447/13/01 هـ", "no_such_day"),
    ("abc", "format"), ("28 Feb", "format"), ("2026-02-28T10:00", "format"), ("28//2026", "format"),
])
def test_what_is_not_a_date_says_why(text: str, reason: str) -> None:
    with pytest.raises(DateNotUnderstood) as caught:
        parse_user_date(text)
    assert caught.value.reason == reason


def test_edges_that_are_dates() -> None:
    assert parse_user_date("29/02/2024").date == dt.date(2024, 2, 29)  # a leap year
    assert parse_user_date("01/01/1900").date == dt.date(1900, 1, 1)
    assert parse_user_date("31/12/2199").date == dt.date(2199, 12, 31)
    assert parse_user_date("") is None and parse_user_date("   ") is None


def test_written_and_spoken_dates() -> None:
    assert written_date("2026-02-28", arabic_numerals=True) == "٢٠٢٦-٠٢-٢٨"
    assert written_date(dt.date(2026, 2, 28)) == "2026-02-28" and written_date(None) == ""
    assert spoken_date(dt.date(2026, 2, 28), "en") == "Saturday 28 February 2026"
    assert spoken_date(dt.date(2026, 2, 28), "ar", arabic_numerals=True) == "السبت ٢٨ فبراير ٢٠٢٦"
    assert latin_digits("٢٨/٠٢/٢٠٢٦ ۱۲") == "28/02/2026 12"


@pytest.mark.parametrize(("n", "arabic"), [
    (1, "متأخر يوم واحد"), (2, "متأخر يومين"), (3, "متأخر ٣ أيام"), (10, "متأخر ١٠ أيام"),
    (11, "متأخر ١١ يوماً"), (99, "متأخر ٩٩ يوماً"), (100, "متأخر ١٠٠ يوم"), (102, "متأخر ١٠٢ يوم"),
    (103, "متأخر ١٠٣ أيام"), (111, "متأخر ١١١ يوماً"),
])
def test_counted_days_agree_in_arabic(n: int, arabic: str) -> None:
    assert span_phrase("overdue", n, "ar", arabic_numerals=True) == arabic


def test_counted_days_and_hours_in_english() -> None:
    assert span_phrase("overdue", 1, "en") == "Overdue by 1 day"
    assert span_phrase("expires_in", 20, "en") == "Expires in 20 days"
    assert span_phrase("left", 1, "en", unit="hour") == "1 hour left"
    assert span_phrase("left", 5, "ar", unit="hour") == "متبقٍ 5 ساعات"
