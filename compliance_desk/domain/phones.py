"""Phone numbers stored in E.164, parsed with the customer's country as the default region.

The common shapes of Saudi and Gulf numbers ('0501234567' with its region, '+966 50 123 4567',
'00966501234567', ASCII digits with spaces or dashes) take a fast path: the national number is cut
out of the text and checked with phonenumbers' own validity rules, which skips `phonenumbers.parse`
(about half of an import's phone time). Only a number valid that way is answered by the fast path;
every other text, valid or not, goes through phonenumbers as before, so the results are the same
(tests/domain/test_phones_fast.py compares both paths over many generated shapes).

phonenumbers is imported on the first number, not with this module: the desktop app imports it on
its way to the first window, which shows stored numbers and parses none (issue 22).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from compliance_desk.domain.errors import Msg, ValidationError

# Gulf regions whose calling code belongs to that region alone, whose international prefix is "00"
# and whose national prefix, when they have one, is a plain "0".
_GULF = {"SA": 966, "AE": 971, "KW": 965, "QA": 974, "BH": 973, "OM": 968}
_CODES = {str(code): region for region, code in _GULF.items()}
_SHAPE = re.compile(r"\+?[0-9][0-9 \-]*")


@functools.cache
def _library() -> Any:
    import phonenumbers

    return phonenumbers


@functools.cache
def _national_prefix(region: str) -> str | None:
    return getattr(_library().PhoneMetadata.metadata_for_region(region), "national_prefix_for_parsing", None)


def _fast(text: str, region: str) -> str | None:
    """The E.164 form of a common Gulf shape that phonenumbers finds valid; None to ask phonenumbers."""
    if not _SHAPE.fullmatch(text):
        return None
    digits = text.replace(" ", "").replace("-", "")
    if digits.startswith("+"):
        rest = digits[1:]
    elif digits.startswith("00") and region in _GULF:
        rest = digits[2:]
    elif digits.startswith("0") and region in _GULF and _national_prefix(region) == "0":
        national = digits[1:]
        code = _GULF[region]
        return _checked(code, national)
    else:
        return None
    code_text = rest[:3]
    if code_text not in _CODES:
        return None
    return _checked(int(code_text), rest[3:])


def _checked(code: int, national: str) -> str | None:
    if not national or national[0] == "0" or not 7 <= len(national) <= 10:
        return None
    phonenumbers = _library()
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if not phonenumbers.is_valid_number(number):
        return None
    return f"+{code}{national}"


def to_e164(text: str | None, region: str | None = "SA") -> str | None:
    """'+966 50 123 4567', '0501234567' (with region SA) … → '+966501234567'; None when empty."""
    if not text or not str(text).strip():
        return None
    fast = _fast(str(text).strip(), region or "SA")
    if fast is not None:
        return fast
    return _parsed(text, region)


def _parsed(text: str, region: str | None) -> str:
    """phonenumbers' answer for any text (the reference the fast path agrees with)."""
    phonenumbers = _library()
    try:
        number = phonenumbers.parse(str(text), region or "SA")
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", Msg("invalid_phone", value=text)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", Msg("invalid_phone", value=text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
