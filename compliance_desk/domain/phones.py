"""Phone numbers stored in E.164, parsed with the customer's country as the default region."""

from __future__ import annotations

import phonenumbers

from compliance_desk.domain.errors import Msg, ValidationError


def to_e164(text: str | None, region: str | None = "SA") -> str | None:
    """'+966 50 123 4567', '0501234567' (with region SA) … → '+966501234567'; None when empty."""
    if not text or not str(text).strip():
        return None
    try:
        number = phonenumbers.parse(str(text), region or "SA")
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", Msg("invalid_phone", value=text)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", Msg("invalid_phone", value=text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
