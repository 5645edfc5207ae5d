"""How stored values read on screen, in the UI language."""

from __future__ import annotations

import json
from typing import Any

from compliance_desk.domain.countries import country_name
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


def timestamp_text(value: str | None) -> str:
    return ltr((value or "")[:16].replace("T", " "))


def display_text(field: Field, value: Any, lang: str, *, reveal: bool = False) -> str:
    """One line of text for a table cell."""
    if value is None or value == "" or value == "[]":
        return ""
    if field.sensitive and not reveal and field.kind != "date":
        return mask(str(value))
    if field.kind == "bool":
        return YES_NO[lang][0 if value else 1]
    if field.kind == "date":
        return ltr(str(value))
    if field.kind == "country":
        return country_name(str(value), lang)
    if field.kind == "code" and field.vocabulary is not None:
        return field.vocabulary.label(str(value), lang)
    if field.kind == "codes" and field.vocabulary is not None:
        codes = json.loads(value) if isinstance(value, str) else value
        return ("، " if lang == "ar" else ", ").join(field.vocabulary.label(c, lang) for c in codes)
    text = str(value)
    return text.replace("\n", " ")[:300]
