"""How stored values read on screen, in the UI language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain.countries import country_name
from compliance_desk.domain.dates import arabic_digits, format_date
from compliance_desk.domain.entities import Field
from compliance_desk.domain.identifiers import mask

YES_NO = {"en": ("Yes", "No"), "ar": ("نعم", "لا")}
LRM = "\u200e"


def ltr(text: str) -> str:
    """Text that must read left to right (dates, times, references) even in a right-to-left view.

    "2026-11-23 03:34" in a right-to-left paragraph would show its two runs swapped; a leading
    left-to-right mark makes the paragraph left-to-right.
    """
    return LRM + text if text else text


@dataclass(frozen=True)
class DisplayOptions:
    """How dates and numbers read on screen (Settings: digits, Hijri dates)."""

    arabic_digits: bool = False
    hijri: bool = False

    def number(self, value: int) -> str:
        return arabic_digits(str(value)) if self.arabic_digits else str(value)


PLAIN = DisplayOptions()


def timestamp_text(value: str | None, options: DisplayOptions = PLAIN) -> str:
    text = (value or "")[:16].replace("T", " ")
    return ltr(arabic_digits(text) if options.arabic_digits else text)


def display_text(field: Field, value: Any, lang: str, *, reveal: bool = False,
                 options: DisplayOptions = PLAIN) -> str:
    """One line of text for a table cell."""
    if value is None or value == "" or value == "[]":
        return ""
    if field.sensitive and not reveal and field.kind != "date":
        return mask(str(value))
    if field.kind == "bool":
        return YES_NO[lang][0 if value else 1]
    if field.kind == "date":
        return ltr(format_date(str(value), lang, with_hijri=options.hijri, arabic_numerals=options.arabic_digits))
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
