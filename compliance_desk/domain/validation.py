"""Turn what a user, an import or a test supplies into the values a register stores."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from compliance_desk.domain.dates import HIJRI_YEARS, gregorian_from_hijri
from compliance_desk.domain.entities import Entity, Field
from compliance_desk.domain.errors import Msg, ValidationError

MAX_TEXT = 500
MAX_LONGTEXT = 20_000
DATE_YEARS = (1900, 2100)  # Gregorian years a register's dates may hold
_TRUE = {"1", "true", "yes", "y", "نعم", "x", "✓"}
_FALSE = {"0", "false", "no", "n", "لا", ""}


class InvalidDate(ValueError):
    """A value that is not a date the register can store; `reason` says why, in either language."""

    def __init__(self, value: object, reason: Msg) -> None:
        super().__init__(str(value))
        self.reason = reason


# ASCII digits only: `\d` would also take Arabic-Indic digits, which are translated first.
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
                  r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.ASCII)
# A Hijri date is marked "هـ" (or "ه"), "AH" or "H" after it, as Saudi forms write it.
_HIJRI_MARK = re.compile(r"\s*(?:هـ|ه|A\.?H\.?|H)\s*$", re.IGNORECASE)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_date(value: object) -> str | None:
    """An ISO date string from a date, a datetime or text; None when empty. Raises InvalidDate.

    Text is `YYYY-MM-DD` (a valid time may follow: an export's midnight), nothing else after
    it. A Hijri date is taken when it is marked (`1447-07-15 هـ`, `… AH`) or when its year lies
    in the Umm al-Qura calendar's range (1343–1500, which no Gregorian date of a register
    has), and is converted to Gregorian with the Umm al-Qura tables (hijridate). Gregorian years
    outside 1900–2100 are refused: a birth date in 2990 or in year 1 is a typing error.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _in_range(value, value).isoformat()
    text = clean_text(str(value)).translate(_DIGITS).strip()
    if not text:
        return None
    marked = _HIJRI_MARK.search(text)
    if marked:
        text = text[:marked.start()]
    found = _ISO.fullmatch(text)
    if not found:
        raise InvalidDate(value, Msg("invalid_date", value=value))
    year, month, day = (int(part) for part in found.group(1, 2, 3))
    if found.group(4) is not None:
        try:
            dt.time(int(found.group(4)), int(found.group(5)), int(found.group(6) or 0))
        except ValueError:
            raise InvalidDate(value, Msg("invalid_date", value=value)) from None
    if marked or year in HIJRI_YEARS:
        try:
            return _in_range(gregorian_from_hijri(year, month, day), value).isoformat()
        except OverflowError:
            raise InvalidDate(value, Msg("hijri_out_of_range", value=value)) from None
        except ValueError:
            raise InvalidDate(value, Msg("invalid_hijri_date", value=value)) from None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise InvalidDate(value, Msg("invalid_date", value=value)) from None
    return _in_range(date, value).isoformat()


_DATETIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?", re.ASCII)


def parse_datetime(value: object) -> str | None:
    """A wall-clock time `YYYY-MM-DDTHH:MM` from a naive datetime or text; None when empty.

    A date alone is that day's midnight. A time with a zone offset (`Z`, `+03:00`) or an aware
    datetime is refused here: the record's own zone field says which zone its times are in, and
    `domain.breaches.wall_times` converts an instant into it first. Raises InvalidDate.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise InvalidDate(value, Msg("datetime_has_offset", value=value))
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    else:
        text = clean_text(str(value)).translate(_DIGITS).strip()
        if not text:
            return None
        found = _DATETIME.fullmatch(text)
        if not found:
            if _ISO.fullmatch(text):
                raise InvalidDate(value, Msg("datetime_has_offset", value=value))
            raise InvalidDate(value, Msg("invalid_datetime", value=value))
        parts = [int(p) if p else 0 for p in found.groups()]
        try:
            moment = dt.datetime(parts[0], parts[1], parts[2], parts[3], parts[4])
        except ValueError:
            raise InvalidDate(value, Msg("invalid_datetime", value=value)) from None
    _in_range(moment.date(), value)
    return moment.strftime("%Y-%m-%dT%H:%M")


def _in_range(date: dt.date, value: object) -> dt.date:
    if not DATE_YEARS[0] <= date.year <= DATE_YEARS[1]:
        raise InvalidDate(value, Msg("date_out_of_range", value=value, first=DATE_YEARS[0], last=DATE_YEARS[1]))
    return date


# Format characters that reorder or hide text (bidi embeddings, overrides, isolates and marks,
# the Arabic letter mark, BOM, interlinear annotation), C0 and C1 controls: never stored.
_HIDDEN = (set(range(0x00, 0x20)) | set(range(0x7F, 0xA0)) | {0x061C, 0x200E, 0x200F, 0xFEFF}
           | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | set(range(0xFFF9, 0xFFFC)))
_ONE_LINE = {c: None for c in _HIDDEN} | {c: " " for c in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029)}
_MULTILINE = {**_ONE_LINE, 0x0A: "\n", 0x2028: "\n", 0x2029: "\n", 0x09: "\t"}


def clean_text(text: str, *, multiline: bool = False) -> str:
    """`text` without control characters and bidi controls (U+202E and its kin).

    A right-to-left override turns `invoice<RLO>fdp.exe` into what reads as `invoiceexe.pdf`,
    and a NUL cuts a value short in other tools. Line breaks become spaces unless `multiline`;
    CR LF becomes LF. Joiners (ZWJ, ZWNJ), which Arabic and Persian spelling need, stay.
    """
    if text.isprintable():
        return text
    if multiline:
        text = text.replace("\r\n", "\n")
    return text.translate(_MULTILINE if multiline else _ONE_LINE)


def country_code(value: object) -> str | None:
    """ISO 3166-1 alpha-2 for a code (alpha-2 or alpha-3) or an English name; None when empty."""
    if value is None or str(value).strip() == "":
        return None
    found = _alpha_2(str(value).strip())
    if found is None:
        raise ValueError(str(value).strip())
    return found


@functools.lru_cache(maxsize=512)
def _alpha_2(text: str) -> str | None:
    # pycountry searches every country per lookup; an import asks for the same few per row.
    import pycountry  # (imported when a country is first read: its import costs the app's start)

    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


def _clean_field(f: Field, value: Any) -> Any:
    if f.kind in ("text", "longtext"):
        text = "" if value is None else clean_text(str(value), multiline=f.kind == "longtext").strip()
        limit = MAX_TEXT if f.kind == "text" else MAX_LONGTEXT
        if len(text) > limit:
            raise ValidationError(f.name, Msg("text_too_long", limit=limit))
        return text or None
    if f.kind == "date":
        try:
            return parse_date(value)
        except InvalidDate as error:
            raise ValidationError(f.name, error.reason) from None
    if f.kind == "datetime":
        try:
            return parse_datetime(value)
        except InvalidDate as error:
            raise ValidationError(f.name, error.reason) from None
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
