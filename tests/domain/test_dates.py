from __future__ import annotations

import datetime as dt

from compliance_desk.domain.dates import arabic_digits, format_date, hijri, hijri_text


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
