"""Dates as officers read them: Gregorian, with the Umm al-Qura Hijri date beside it when asked,
in Latin or Arabic-Indic digits."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

HIJRI_YEARS = (1343, 1500)  # the Umm al-Qura tables' range (Gregorian 1924-08-01 to 2077-11-16)
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_DIGITS)


def hijri(date: dt.date) -> tuple[int, int, int] | None:
    """The Umm al-Qura date (year, month, day), or None outside the calendar's range (1924–2077)."""
    try:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return h.year, h.month, h.day


def gregorian_from_hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Umm al-Qura date.

    Raises OverflowError outside the tables' years and ValueError for a day the month lacks.
    """
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def hijri_text(date: dt.date, lang: str) -> str:
    """'13 Jumada al-Akhirah 1448 AH' / '13 جمادى الآخرة 1448 هـ'; '' outside the calendar's range."""
    try:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
    except (OverflowError, ValueError):
        return ""
    if lang == "ar":
        return f"{h.day} {h.month_name('ar')} {h.year} {h.notation('ar')}"
    return f"{h.day} {h.month_name()} {h.year} {h.notation()}"


def format_date(value: str | dt.date | None, lang: str, *, with_hijri: bool = False,
                arabic_numerals: bool = False) -> str:
    """An ISO date for display, optionally followed by its Hijri date, in the chosen digits."""
    if not value:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
    if with_hijri:
        try:
            extra = hijri_text(dt.date.fromisoformat(text), lang)
        except ValueError:
            extra = ""
        if extra:
            text = f"{text} ({extra})"
    return arabic_digits(text) if arabic_numerals else text
