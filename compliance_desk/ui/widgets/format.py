"""How stored values read on screen, in the UI language."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain.clock import offset_label, rewall, wall_text, zone_text
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.dates import arabic_digits, format_date, latin_digits, written_date
from compliance_desk.domain.entities import Field
from compliance_desk.domain.identifiers import mask
from compliance_desk.domain.language_cue import cue
from compliance_desk.domain.language_cue import cued_field as is_prose

YES_NO = {"en": ("Yes", "No"), "ar": ("نعم", "لا")}
LRI, FSI, PDI, LRM = "\u2066", "\u2068", "\u2069", "\u200e"
_LEADING_DATE = re.compile(r"[0-9\u0660-\u0669][0-9\u0660-\u0669:/.\- ]*[0-9\u0660-\u0669]")


def ltr(text: str) -> str:
    """Dates and times as a left-to-right isolate, whatever the view's direction or digits.

    "2026-11-23 03:34" laid out right-to-left would show its two runs swapped. With Arabic-Indic
    digits a hyphen does not join the numbers either: "٢٠٢٦-١١-٢٣" would show as ٢٣-١١-٢٠٢٦ beside
    "٢٣/١١/٢٠٢٦" shown whole (a slash joins them), so the reader could not tell the order. One
    left-to-right unit each, like every number.
    """
    if not text:
        return text
    date = _LEADING_DATE.match(text)  # "٢٠٢٤-٠٣-١١ (١ رمضان ١٤٤٥ هـ)": only the date reads left to right
    if date is None:
        return LRI + text + PDI
    # Arabic-Indic digits count as right-to-left for the hyphens and spaces between them, even in a
    # left-to-right isolate ("٢٠٢٦-١١-٢٤ ١٢:٤٥" would show as ٢٠٢٦-١١-١٢:٤٥ ٢٤): a left-to-right mark
    # on each side of a hyphen or a space holds the date and the time together, in order
    unit, rest = date.group(0), text[date.end():]
    if any("\u0660" <= ch <= "\u0669" for ch in unit):
        unit = unit.replace("-", LRM + "-" + LRM).replace(" ", LRM + " " + LRM)
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in rest):  # "… 08:00 (Asia/Riyadh, UTC+3)"
        return LRI + unit + rest + PDI
    return LRI + unit + PDI + rest


def natural(text: str) -> str:
    """`text` as a first-strong isolate: laid out in the direction of its own first letter.

    Item views force the view's direction on every cell, so in an Arabic table
    "Express Delivery Co." would show its period on the left, and in an English one an Arabic name
    ending in a bracket would mirror it. An isolate gives each cell its own direction.
    """
    if any(unicodedata.bidirectional(ch) in ("L", "R", "AL") for ch in text):
        return FSI + text + PDI
    return text


def language_cue(text: str, lang: str) -> str:
    """A free text written only in the other language, shown as it is with that language said once:
    on an Arabic screen "Treasury team" reads "⁨Treasury team⁩ (بالإنجليزية)"; on an English one an
    Arabic-only text ends "(Arabic)". Text in the screen's language (or mixed) comes back unchanged
    (the rule: domain/language_cue.py)."""
    said = cue(text, lang)
    return f"{natural(text)} {said}" if said else text


def cued_field(field: Field, lang: str) -> bool:
    """Whether a field's value gets the language cue: free text whose label does not name its language."""
    return is_prose(field)


@dataclass(frozen=True)
class DisplayOptions:
    """How dates and numbers read on screen (Settings: digits, Hijri dates)."""

    arabic_digits: bool = False
    hijri: bool = False

    def number(self, value: int) -> str:
        return arabic_digits(str(value)) if self.arabic_digits else str(value)


PLAIN = DisplayOptions()

# The digits the whole interface writes numbers in, set once with the language (ui/shell/i18n.py)
# so that every label — counts, filters, banners, rules — follows the one setting.
_arabic_digits = False


def use_arabic_digits(on: bool) -> None:
    global _arabic_digits
    _arabic_digits = on


def uses_arabic_digits() -> bool:
    return _arabic_digits


def digits(text: str) -> str:
    """`text` with its digits as the display setting writes them (never use it on references or paths)."""
    return arabic_digits(text) if _arabic_digits else text


def number(value: int | float | str) -> str:
    """A count or figure in the display setting's digits (Arabic-Indic ones with the Arabic decimal mark)."""
    text = str(value)
    return arabic_digits(text).replace(".", "\u066b") if _arabic_digits else text


def typed_number(text: str) -> str:
    """A figure typed or shown in either digits ("١٫٠") as stored: Latin digits, a full stop as decimal mark."""
    return latin_digits(text).replace("\u066b", ".")


def date_text(value: object) -> str:
    """A stored date ("2026-03-14") as a table or label shows it, in the display setting's digits."""
    return ltr(written_date(str(value)[:10] if value else None, arabic_numerals=_arabic_digits))


# a word of prose that is an address or a dial string, whose digits stay as written
_LITERAL = re.compile(r"@|://|^www\.|^\(?\+|[A-Za-z]")


def prose_digits(text: str) -> str:
    """Running text (e.g. the privacy notice) with its figures in the display setting's digits; web and
    e-mail addresses, phone numbers and words with Latin letters (references) keep theirs."""
    if not _arabic_digits:
        return text
    return re.sub(r"\S+", lambda m: m.group(0) if _LITERAL.search(m.group(0)) else arabic_digits(m.group(0)), text)


def timestamp_text(value: str | None, options: DisplayOptions = PLAIN) -> str:
    text = (value or "")[:16].replace("T", " ")
    return ltr(arabic_digits(text) if options.arabic_digits else text)


def zone_label(moment: dt.datetime) -> str:
    """"UTC+3", "UTC-5:30", "UTC": the offset people read, not an abbreviation that means two things."""
    return offset_label(moment)


def local_time_text(value: str | None, options: DisplayOptions = PLAIN, zone: dt.tzinfo | None = None) -> str:
    """A stored UTC time ("2026-11-23T03:34:15Z") in the workstation's time, with its zone:
    "2026-11-23 06:34 UTC+3". `zone` is for tests; by default the workstation's."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return timestamp_text(value, options)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(zone)
    if options.arabic_digits:  # the zone keeps its Latin digits, as a name ("UTC+3", never "UTC+٣", which
        # mixes scripts in one token), in one left-to-right run: right to left it would read "3+UTC"
        return f"{ltr(arabic_digits(f'{local:%Y-%m-%d %H:%M}'))} {LRI}{zone_label(local)}{PDI}"
    return ltr(f"{local:%Y-%m-%d %H:%M} {zone_label(local)}")


def audit_time_text(value: str | None, zone: dt.tzinfo | None = None) -> str:
    """A stored UTC time as every screen shows one: the workstation's time with the offset in one
    notation, "2026-11-23 06:34 UTC+3" (never "+03" or "AST"), in the display setting's digits."""
    return local_time_text(value, DisplayOptions(arabic_digits=_arabic_digits), zone)


# Text fields that hold a moment with its UTC offset ("2026-03-06T01:30+03:00": a request's receipt),
# shown as a date and time in the organisation's zone, never as the stored ISO text.
MOMENT_FIELDS = frozenset({"received_at"})


def moment_text(value: str | None, options: DisplayOptions = PLAIN, zone: dt.tzinfo | None = None) -> str:
    """A stored moment with its offset in `zone` (the organisation's; None: the offset it was stored
    with): "2026-03-06 01:30 UTC+3", in the display setting's digits."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return timestamp_text(value, options)
    if moment.tzinfo is None:
        return timestamp_text(value, options)
    return local_time_text(value, options, zone or moment.tzinfo)


def zoned_text(value: str | None, zone_key: str | None, options: DisplayOptions = PLAIN) -> str:
    """A record's wall-clock time with its zone and offset, digits per the display setting:
    "2026-03-01 14:05 (Asia/Riyadh, UTC+3)"."""
    if not value:
        return ""
    if not options.arabic_digits:
        return ltr(wall_text(value, zone_key))
    # the zone keeps its Latin digits and its own direction ("UTC+3" is a name, not a number): in a
    # right-to-left line it follows the time, read date, time, zone
    wall = arabic_digits(str(value)[:16].replace("T", " "))
    return f"{wall} ({LRI}{zone_text(value, zone_key)}{PDI})"


_NUMBER_TAIL = re.compile(r"•*[0-9]+")


def masked_text(value: str, options: DisplayOptions = PLAIN) -> str:
    """A sensitive value masked ("•••••••••3645"); a tail of figures (an ID or phone number's last
    four) in the display setting's digits, like every other number on the screen. A tail with
    letters (an e-mail's domain, a passport's letters) stays as written."""
    masked = mask(value)
    if options.arabic_digits and _NUMBER_TAIL.fullmatch(masked):
        return arabic_digits(masked)
    return masked


def display_text(field: Field, value: Any, lang: str, *, reveal: bool = False,
                 options: DisplayOptions = PLAIN, zone: dt.tzinfo | None = None,
                 zone_key: str | None = None, shown_key: str | None = None) -> str:
    """One line of text for a table cell (`zone`: the organisation's, for MOMENT_FIELDS; `zone_key`:
    the record's own zone, for its wall-clock date-times; `shown_key`: the zone to show those in —
    the organisation's, so that a breach recorded abroad reads beside every other clock)."""
    if value is None or value == "" or value == "[]":
        return ""
    if field.name in MOMENT_FIELDS and field.kind == "text":
        return moment_text(str(value), options, zone)
    if field.sensitive and not reveal and field.kind != "date":
        return masked_text(str(value), options)
    if field.kind == "bool":
        return YES_NO[lang][0 if value else 1]
    if field.kind == "date":
        return ltr(format_date(str(value), lang, with_hijri=options.hijri, arabic_numerals=options.arabic_digits))
    if field.kind == "datetime":
        if shown_key and ((zone_key or "").strip() or shown_key) != shown_key:
            return zoned_text(rewall(str(value), zone_key, shown_key), shown_key, options)
        return zoned_text(str(value), zone_key, options)
    if field.kind == "int" and options.arabic_digits:
        return arabic_digits(str(value))
    if field.kind == "country":
        return country_name(str(value), lang)
    if field.kind == "code" and field.vocabulary is not None:
        return field.vocabulary.label(str(value), lang)
    if field.kind == "codes" and field.vocabulary is not None:
        codes = json.loads(value) if isinstance(value, str) else value
        return ("، " if lang == "ar" else ", ").join(field.vocabulary.label(c, lang) for c in codes)
    text = str(value)
    return text.replace("\n", " ")[:300]
