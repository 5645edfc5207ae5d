"""Dates as officers read and write them.

Reading: Gregorian, with the Umm al-Qura Hijri date beside it when asked, in Latin or
Arabic-Indic digits. Writing: what people type — ISO (2026-02-28), day/month/year as Saudi users
write it (28/02/2026), year first with slashes (2026/02/28), Arabic-Indic digits (٢٨/٠٢/٢٠٢٦),
month names in English or Arabic (28 فبراير 2026), and Hijri dates (Umm al-Qura), marked with
هـ / AH or recognisable by their year, converted to the Gregorian date the register stores.
A month-first order (02/28/2026) is never guessed: in the Kingdom the day comes first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from compliance_desk.domain.arabic import normalise

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Bidi controls that a copy from an Arabic document brings along (LRM, RLM, ALM, embeddings, isolates).
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

# Years outside this range are typing mistakes for a register's dates (birth dates, expiries, deadlines).
FIRST_YEAR, LAST_YEAR = 1900, 2199
# Umm al-Qura years the Hijri calendar converter covers (1343–1500 AH, i.e. 1924–2077).
HIJRI_YEARS = range(1343, 1501)

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")
# Other names people type for the Gregorian months: Levantine/Iraqi names and Egyptian spellings.
_MONTH_ALIASES = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يونيه": 6, "يوليه": 7, "اغسطس": 8,
}


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, (en, ar) in enumerate(zip(MONTHS_EN, MONTHS_AR, strict=True), start=1):
        names[normalise(en)] = number
        names[normalise(en)[:3]] = number
        names[normalise(ar)] = number
    names["sept"] = 9
    names.update({normalise(k): v for k, v in _MONTH_ALIASES.items()})
    return names


_MONTHS = _month_names()
_MONTH_WORDS = sorted(_MONTHS, key=len, reverse=True)  # "تشرين الثاني" before "تشرين"…
_HIJRI_MARK = re.compile(r"(\s*(ه|هـ|ah|a\.h\.)\s*)$")
_GREGORIAN_MARK = re.compile(r"(\s*(م|ad|a\.d\.)\s*)$")


def arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_DIGITS)


def latin_digits(text: str) -> str:
    """Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits as 0–9; the rest unchanged."""
    return text.translate(_LATIN_DIGITS)


class DateNotUnderstood(ValueError):
    """Text that is not a date. `reason`: format | two_digit_year | no_such_day | year_range | hijri_range."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text)
        self.text = text
        self.reason = reason


@dataclass(frozen=True)
class DateReading:
    """What a typed date was understood as: the Gregorian date, and the Hijri date typed, if any."""

    date: dt.date
    hijri: tuple[int, int, int] | None = None

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _gregorian(year: int, month: int, day: int, text: str) -> dt.date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateNotUnderstood(text, "year_range")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateNotUnderstood(text, "no_such_day") from None


def _from_hijri(year: int, month: int, day: int, text: str) -> DateReading:
    if year not in HIJRI_YEARS:
        raise DateNotUnderstood(text, "hijri_range")
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        raise DateNotUnderstood(text, "no_such_day") from None
    return DateReading(dt.date(gregorian.year, gregorian.month, gregorian.day), (year, month, day))


def _words(folded: str, text: str) -> tuple[int, int, int] | None:
    """(year, month, day) from '28 February 2026', 'Feb 28, 2026', '28 فبراير 2026'; None without a month name."""
    for word in _MONTH_WORDS:
        match = re.search(rf"(?<![^\W\d_]){re.escape(word)}[a-z]*\.?(?![^\W\d_])", folded)
        if match:
            rest = (folded[:match.start()] + " " + folded[match.end():]).replace(",", " ").replace("،", " ")
            numbers = rest.split()
            if len(numbers) != 2 or not all(n.isdigit() for n in numbers):
                raise DateNotUnderstood(text, "format")
            year = next((int(n) for n in numbers if len(n) == 4), None)
            day = next((int(n) for n in numbers if len(n) <= 2), None)
            if year is None or day is None:
                raise DateNotUnderstood(text, "two_digit_year" if day is not None else "format")
            return year, _MONTHS[word], day
    return None


def parse_user_date(text: str) -> DateReading | None:
    """The date a person meant by `text`; None when it is blank. Raises DateNotUnderstood.

    Orders: year first (2026-02-28, 2026/02/28, 20260228) or day first (28/02/2026, 28-02-2026,
    28.02.2026); the year always has four digits. A Hijri date is one marked هـ or AH, or one whose
    year can only be Hijri (1343–1500); it is converted with the Umm al-Qura calendar.
    """
    raw = _BIDI.sub("", text or "").strip()
    if not raw:
        return None
    folded = normalise(latin_digits(raw))
    hijri = bool(_HIJRI_MARK.search(folded))
    folded = _HIJRI_MARK.sub("", _GREGORIAN_MARK.sub("", folded)).strip()
    parts = _words(folded, raw)
    if parts is None:
        if re.fullmatch(r"\d{8}", folded):
            pieces = [folded[:4], folded[4:6], folded[6:]]
        else:
            pieces = [p for p in re.split(r"[-/.\\\s]+", folded) if p]
        if len(pieces) != 3 or not all(p.isdigit() for p in pieces):
            raise DateNotUnderstood(raw, "format")
        if len(pieces[0]) == 4 and len(pieces[1]) <= 2 and len(pieces[2]) <= 2:
            parts = int(pieces[0]), int(pieces[1]), int(pieces[2])
        elif len(pieces[2]) == 4 and len(pieces[0]) <= 2 and len(pieces[1]) <= 2:
            parts = int(pieces[2]), int(pieces[1]), int(pieces[0])
        elif len(pieces[2]) <= 2 and len(pieces[0]) <= 2:
            raise DateNotUnderstood(raw, "two_digit_year")
        else:
            raise DateNotUnderstood(raw, "format")
    year, month, day = parts
    if hijri or year in HIJRI_YEARS:
        return _from_hijri(year, month, day, raw)
    return DateReading(_gregorian(year, month, day, raw))


def written_date(value: str | dt.date | None, *, arabic_numerals: bool = False) -> str:
    """A stored date as a date field shows it: ISO order, in the display setting's digits."""
    if not value:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
    return arabic_digits(text) if arabic_numerals else text


def spoken_date(date: dt.date, lang: str, *, arabic_numerals: bool = False) -> str:
    """'Saturday 28 February 2026' / 'السبت ٢٨ فبراير ٢٠٢٦': a date in words, to show what was understood."""
    if lang == "ar":
        days = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
        text = f"{days[date.weekday()]} {date.day} {MONTHS_AR[date.month - 1]} {date.year}"
    else:
        text = f"{date.strftime('%A')} {date.day} {MONTHS_EN[date.month - 1]} {date.year}"
    return arabic_digits(text) if arabic_numerals else text


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


# ---------------------------------------------------------------- counted days and hours in words
# Arabic counts agree with their noun: 1 and 2 are said with the noun alone (يوم واحد، يومان), 3–10
# take the plural (أيام), 11–99 the singular accusative (يوماً), and hundreds the singular (يوم).
_UNITS_EN = {"day": ("day", "days"), "hour": ("hour", "hours")}
# one, two, few (3–10), many (11–99), other (hundreds)
_UNITS_AR = {"day": ("يوم واحد", "يومين", "أيام", "يوماً", "يوم"),
             "hour": ("ساعة واحدة", "ساعتين", "ساعات", "ساعة", "ساعة")}
# How each phrase reads: English with {n} as "3 days"; Arabic with {n} as "٣ أيام".
_PHRASES = {
    "overdue": ("Overdue by {n}", "متأخر {n}"),
    "due_in": ("Due in {n}", "مستحق خلال {n}"),
    "expired": ("Expired {n} ago", "انتهت منذ {n}"),
    "expires_in": ("Expires in {n}", "تنتهي خلال {n}"),
    "left": ("{n} left", "متبقٍ {n}"),
}


def count_words(n: int, unit: str, lang: str, *, arabic_numerals: bool = False) -> str:
    """'1 day', '3 days' / 'يوم واحد', 'يومين', '٣ أيام', '١١ يوماً', '١٠٠ يوم'."""
    if lang != "ar":
        singular, plural = _UNITS_EN[unit]
        text = f"{n} {singular if n == 1 else plural}"
        return arabic_digits(text) if arabic_numerals else text
    one, two, few, many, other = _UNITS_AR[unit]
    if n == 1:
        return one
    if n == 2:
        return two
    rest = n % 100
    noun = few if 3 <= rest <= 10 else many if 11 <= rest <= 99 else other
    return f"{arabic_digits(str(n)) if arabic_numerals else n} {noun}"


def span_phrase(kind: str, n: int, lang: str, *, unit: str = "day", arabic_numerals: bool = False) -> str:
    """'Overdue by 3 days' / 'متأخر ٣ أيام', 'Expires in 1 day' / 'تنتهي خلال يوم واحد' (kinds: _PHRASES)."""
    en, ar = _PHRASES[kind]
    return (ar if lang == "ar" else en).format(n=count_words(n, unit, lang, arabic_numerals=arabic_numerals))
