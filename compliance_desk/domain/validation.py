"""Turn what a user, an import or a test supplies into the values a register stores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pycountry

from compliance_desk.domain.entities import Entity, Field
from compliance_desk.domain.errors import Msg, ValidationError

MAX_TEXT = 500
MAX_LONGTEXT = 20_000
_TRUE = {"1", "true", "yes", "y", "نعم", "x", "✓"}
_FALSE = {"0", "false", "no", "n", "لا", ""}


def parse_date(value: object) -> str | None:
    """An ISO date string from a date, a datetime or 'YYYY-MM-DD' text; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if len(text) < 10:
        raise ValueError(text)
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(text) from None


def country_code(value: object) -> str | None:
    """ISO 3166-1 alpha-2 for a code (alpha-2 or alpha-3) or an English name; None when empty."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        raise ValueError(text) from None
    return str(country.alpha_2)


def _clean_field(f: Field, value: Any) -> Any:
    if f.kind in ("text", "longtext"):
        text = "" if value is None else str(value).strip()
        limit = MAX_TEXT if f.kind == "text" else MAX_LONGTEXT
        if len(text) > limit:
            raise ValidationError(f.name, Msg("text_too_long", limit=limit))
        return text or None
    if f.kind == "date":
        try:
            return parse_date(value)
        except ValueError:
            raise ValidationError(f.name, Msg("invalid_date", value=value)) from None
    if f.kind in ("int", "ref"):
        if value is None or value == "":
            return None
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise ValidationError(f.name, Msg("invalid_integer", value=value)) from None
        if number < 0:
            raise ValidationError(f.name, Msg("negative_number"))
        return number
    if f.kind == "bool":
        if isinstance(value, bool | int):
            return int(bool(value))
        text = "" if value is None else str(value).strip().casefold()
        if text in _TRUE:
            return 1
        if text in _FALSE:
            return 0
        raise ValidationError(f.name, Msg("unknown_code", value=value, choices="yes, no"))
    if f.kind == "country":
        try:
            return country_code(value)
        except ValueError:
            raise ValidationError(f.name, Msg("invalid_country", value=value)) from None
    assert f.vocabulary is not None, f.name
    if f.kind == "code":
        if value is None or str(value).strip() == "":
            return None
        code = f.vocabulary.lookup(str(value))
        if code is None:
            raise ValidationError(
                f.name, Msg("unknown_code", value=value, choices=", ".join(f.vocabulary.codes))
            )
        return code
    # codes: a list, or text separated by commas, semicolons or the Arabic comma
    if value is None or value == "":
        items: Iterable[Any] = []
    elif isinstance(value, str):
        items = [p for p in value.replace("؛", ",").replace("،", ",").replace(";", ",").split(",")]
    else:
        items = value
    codes: list[str] = []
    for item in items:
        if str(item).strip() == "":
            continue
        code = f.vocabulary.lookup(str(item))
        if code is None:
            raise ValidationError(
                f.name, Msg("unknown_code", value=item, choices=", ".join(f.vocabulary.codes))
            )
        if code not in codes:
            codes.append(code)
    return codes


def clean(entity: Entity, values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validated values for `entity`; with `partial`, only the fields given (for an update).

    Unknown field names are refused: a typo must not vanish silently.
    """
    unknown = set(values) - set(entity.names)
    if unknown:
        raise ValidationError(sorted(unknown)[0], Msg("unknown_code", value=sorted(unknown)[0],
                                                     choices=", ".join(entity.names)))
    out: dict[str, Any] = {}
    for f in entity.fields:
        if f.name in values:
            out[f.name] = _clean_field(f, values[f.name])
        elif not partial:
            out[f.name] = [] if f.kind == "codes" else f.default
        if f.name in out and f.required and out[f.name] in (None, ""):
            raise ValidationError(f.name, Msg("required"))
    if not partial and entity.one_of and not any(out.get(n) for n in entity.one_of):
        raise ValidationError(entity.one_of[0], Msg("required"))
    return out


def check_one_of(entity: Entity, row: Mapping[str, Any]) -> None:
    """After an update, the entity still has one of its `one_of` fields."""
    if entity.one_of and not any(row.get(n) for n in entity.one_of):
        raise ValidationError(entity.one_of[0], Msg("required"))
