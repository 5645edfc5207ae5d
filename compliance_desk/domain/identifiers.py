"""Identifier arithmetic: Luhn and Saudi national ID / residence numbers."""

from __future__ import annotations


def luhn_valid(number: str) -> bool:
    if not number.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        digit = int(ch)
        if i % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    """The digit that makes `partial` + digit pass the Luhn check."""
    for digit in "0123456789":
        if luhn_valid(partial + digit):
            return digit
    raise ValueError(partial)


def saudi_id_valid(number: str) -> bool:
    """Saudi national ID (starts with 1) or residence number (starts with 2): 10 digits, Luhn."""
    return len(number) == 10 and number[:1] in ("1", "2") and luhn_valid(number)


def mask(value: str | None, visible: int = 4) -> str:
    """All but the last `visible` characters replaced, for identifiers shown on screen or paper."""
    if not value:
        return ""
    if len(value) <= visible:
        return "•" * len(value)
    return "•" * (len(value) - visible) + value[-visible:]
