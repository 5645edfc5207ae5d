"""Contacts that are placeholders, not a way to reach anyone: addresses at the example domains kept
for documentation (RFC 2606, RFC 6761: example, example.com, .test, .invalid, .localhost) and phone
numbers holding a counting run or one repeated digit ("+966 11 234 5678", "0500000000").

A privacy notice must tell the data subject how to reach the controller and its officer (PDPL
Art. 12 and 13; the officer: Implementing Regulation Art. 32); a placeholder published as that
contact reaches nobody, so the notice and the policy check both list it as a gap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from compliance_desk.domain.entities import ORGANISATION
from compliance_desk.domain.notice_words import say

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
URL = re.compile(r"(?:https?://|www\.)(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)[^\s<>()،]*")
PHONE = re.compile(r"(?<![\w/-])\+?\d[\d\s-]{6,16}\d(?![\w/-])")
# a number is read as a phone when written as one (+966…, 00…, 05…, 9200…, 800…) or said to be one
PHONE_START = ("+", "00", "05", "9200", "800")
PHONE_WORD = re.compile(r"هاتف|جوال|الرقم|اتصل|الاتصال|واتساب|phone|tel\b|call|mobile|whatsapp", re.I)
RESERVED_TOP = frozenset({"example", "test", "invalid", "localhost"})
RESERVED_NAMES = frozenset({"example", "yourdomain", "yourcompany", "mydomain", "domain", "companyname"})
# the profile's contacts the notice publishes
CONTACT_FIELDS = ("officer_email", "officer_phone", "rights_email", "rights_phone", "rights_web_form", "website")


def placeholder_host(host: str) -> bool:
    labels = host.lower().rstrip(".").split(".")
    return labels[-1] in RESERVED_TOP or any(label in RESERVED_NAMES for label in labels[:-1])


def placeholder_phone(text: str) -> bool:
    """A counting run of seven digits (1234567, 9876543) or one digit six times over, after the
    country code (shorter runs occur in real numbers: 920012345)."""
    digits = re.sub(r"\D", "", text)
    for prefix in ("00966", "966"):
        if digits.startswith(prefix):
            digits = digits[len(prefix):]
            break
    if len(digits) < 7:
        return False
    run_up = run_down = same = 1
    for before, after in zip(digits, digits[1:], strict=False):
        step = int(after) - int(before)
        run_up = run_up + 1 if step == 1 else 1
        run_down = run_down + 1 if step == -1 else 1
        same = same + 1 if step == 0 else 1
        if max(run_up, run_down) >= 7 or same >= 6:
            return True
    return False


def placeholder(value: str) -> bool:
    """Whether a contact (e-mail, web address or phone number) is a placeholder."""
    value = value.strip()
    host = EMAIL.search(value) or URL.search(value)
    if host:
        return placeholder_host(host.group("host"))
    if "." in value and " " not in value and not re.search(r"\d{4}", value):
        return placeholder_host(value.split("/")[0])
    return bool(PHONE.fullmatch(value)) and placeholder_phone(value)


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where placeholder contacts stand in a text: (start, end) of each, in order."""
    spans = [m.span() for m in EMAIL.finditer(text) if placeholder_host(m.group("host"))]
    spans += [m.span() for m in URL.finditer(text) if placeholder_host(m.group("host"))
              and not any(a <= m.start() < b for a, b in spans)]
    spans += [m.span() for m in PHONE.finditer(text) if placeholder_phone(m.group())
              and (m.group().startswith(PHONE_START) or PHONE_WORD.search(_before(text, m.start())))]
    return sorted(spans)


def _before(text: str, start: int) -> str:
    """The words before `start` in its own sentence (at most 40 characters)."""
    return re.split(r"[.\n!؟؛;]", text[max(0, start - 40):start])[-1]


def placeholder_problems(organisation: Mapping[str, Any], lang: str) -> list[str]:
    """In `lang`: each contact of the profile the notice would publish that is a placeholder."""
    return [say("problem_placeholder", lang, field=ORGANISATION.field(name).label(lang), value=organisation[name])
            for name in CONTACT_FIELDS if organisation.get(name) and placeholder(str(organisation[name]))]


__all__ = ["placeholder", "placeholder_problems", "placeholder_spans"]
