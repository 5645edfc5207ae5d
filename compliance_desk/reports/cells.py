"""How a stored value reads in a report cell: labels, dates, masks, and safe text."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from compliance_desk.domain.countries import country_name
from compliance_desk.domain.entities import Field
from compliance_desk.domain.identifiers import mask

EXCEL_CELL_LIMIT = 32_767
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidi embeddings, overrides and isolates in user text could reorder what surrounds them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
YES_NO = {"en": ("Yes", "No"), "ar": ("نعم", "لا")}


def clean_text(text: str) -> str:
    """User text with control characters and bidi overrides removed."""
    return _BIDI_CONTROLS.sub("", _CONTROL.sub("", text))


def masked(field: Field, value: Any) -> Any:
    if value in (None, ""):
        return value
    text = str(value)
    if field.name == "email" and "@" in text:
        local, _, domain = text.partition("@")
        return f"{local[:1]}•••@{domain}"
    if field.kind == "date":
        return text[:4]  # the year alone
    if field.kind == "longtext":
        return "•••"
    return mask(text)


def display(field: Field, value: Any, lang: str, *, reveal: bool = False) -> Any:
    """A report-ready value: a label, a date, a number or text; sensitive values masked."""
    if value is None or value == "":
        return None
    if field.sensitive and not reveal:
        return masked(field, value)
    if field.kind == "date":
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    if field.kind == "datetime":  # wall-clock time in the record's zone: shown as written, not converted
        return str(value).replace("T", " ")
    if field.kind == "bool":
        return YES_NO[lang][0 if value else 1]
    if field.kind in ("int", "ref"):
        return int(value)
    if field.kind == "country":
        return country_name(str(value), lang)
    if field.kind == "code" and field.vocabulary is not None:
        return field.vocabulary.label(str(value), lang)
    if field.kind == "codes" and field.vocabulary is not None:
        codes = json.loads(value) if isinstance(value, str) else value
        separator = "، " if lang == "ar" else ", "
        return separator.join(field.vocabulary.label(c, lang) for c in codes) or None
    return clean_text(str(value))
