"""Dates as officers read them: Gregorian, with the Umm al-Qura Hijri date beside it when asked,
in Latin or Arabic-Indic digits."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian

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
