"""ICAO Doc 9303 machine-readable zones: TD3 (passports, 2 × 44) and TD1 (ID cards, 3 × 30).

Parses the lines, verifies every check digit, and compares the MRZ with the fields an officer
typed, so a mistyped number or a tampered document shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

WEIGHTS = (7, 3, 1)


def char_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise ValueError(f"invalid MRZ character {ch!r}")


def check_digit(text: str) -> int:
    return sum(char_value(ch) * WEIGHTS[i % 3] for i, ch in enumerate(text)) % 10


def _date(yymmdd: str, *, expiry: bool, today: dt.date) -> dt.date | None:
    if not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if expiry:
        year = 2000 + yy  # documents expiring in the 1900s are long gone
    else:
        year = 1900 + yy if 2000 + yy > today.year else 2000 + yy
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


@dataclass
class MRZ:
    format: str  # TD1 | TD3
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    number: str
    nationality: str
    birth_date: dt.date | None
    sex: str
    expiry_date: dt.date | None
    checks: dict[str, bool] = field(default_factory=dict)  # check digit name -> holds

    @property
    def valid(self) -> bool:
        return all(self.checks.values()) and self.birth_date is not None and self.expiry_date is not None

    @property
    def failed(self) -> list[str]:
        return [name for name, ok in self.checks.items() if not ok]


def _names(field_text: str) -> tuple[str, str]:
    surname, _, given = field_text.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _digit_ok(text: str, digit: str) -> bool:
    return digit.isdigit() and check_digit(text) == int(digit)


def parse(text: str, today: dt.date | None = None) -> MRZ:
    """Parse two TD3 lines or three TD1 lines (spaces ignored); raises ValueError on a wrong shape."""
    today = today or dt.date.today()
    lines = ["".join(line.split()).upper() for line in text.strip().splitlines() if line.strip()]
    for line in lines:
        for ch in line:
            char_value(ch)
    if len(lines) == 2 and all(len(line) == 44 for line in lines):
        return _td3(lines, today)
    if len(lines) == 3 and all(len(line) == 30 for line in lines):
        return _td1(lines, today)
    raise ValueError("an MRZ has two lines of 44 characters (passport) or three of 30 (ID card)")


def _td3(lines: list[str], today: dt.date) -> MRZ:
    first, second = lines
    surname, given = _names(first[5:44])
    number, number_cd = second[0:9], second[9]
    birth, birth_cd = second[13:19], second[19]
    expiry, expiry_cd = second[21:27], second[27]
    optional, optional_cd = second[28:42], second[42]
    composite = second[0:10] + second[13:20] + second[21:43]
    checks = {
        "number": _digit_ok(number, number_cd),
        "birth_date": _digit_ok(birth, birth_cd),
        "expiry_date": _digit_ok(expiry, expiry_cd),
        # an empty optional field may carry '<' instead of 0 as its check digit
        "optional": _digit_ok(optional, optional_cd) or (optional.strip("<") == "" and optional_cd in "<0"),
        "composite": _digit_ok(composite, second[43]),
    }
    return MRZ("TD3", first[0:2].replace("<", ""), first[2:5].replace("<", ""), surname, given,
               number.replace("<", ""), second[10:13].replace("<", ""), _date(birth, expiry=False, today=today),
               second[20], _date(expiry, expiry=True, today=today), checks)


def _td1(lines: list[str], today: dt.date) -> MRZ:
    first, second, third = lines
    number, number_cd = first[5:14], first[14]
    birth, birth_cd = second[0:6], second[6]
    expiry, expiry_cd = second[8:14], second[14]
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    surname, given = _names(third)
    checks = {
        "number": _digit_ok(number, number_cd),
        "birth_date": _digit_ok(birth, birth_cd),
        "expiry_date": _digit_ok(expiry, expiry_cd),
        "composite": _digit_ok(composite, second[29]),
    }
    return MRZ("TD1", first[0:2].replace("<", ""), first[2:5].replace("<", ""), surname, given,
               number.replace("<", ""), second[15:18].replace("<", ""), _date(birth, expiry=False, today=today),
               second[7], _date(expiry, expiry=True, today=today), checks)


def _fold(name: str) -> str:
    return "".join(ch for ch in name.upper() if ch.isalpha())


def mismatches(mrz: MRZ, *, number: str | None = None, birth_date: str | None = None,
               expiry_date: str | None = None, name: str | None = None) -> list[str]:
    """Which entered fields disagree with the MRZ: 'number', 'birth_date', 'expiry_date', 'name'."""
    found = []
    if number and "".join(ch for ch in number.upper() if ch.isalnum()) != mrz.number:
        found.append("number")
    if birth_date and mrz.birth_date and birth_date[:10] != mrz.birth_date.isoformat():
        found.append("birth_date")
    if expiry_date and mrz.expiry_date and expiry_date[:10] != mrz.expiry_date.isoformat():
        found.append("expiry_date")
    if name:
        typed = set(_fold(part) for part in name.replace("-", " ").split() if part)
        written = set(_fold(part) for part in f"{mrz.surname} {mrz.given_names}".split() if part)
        if written and not written & typed:
            found.append("name")
    return found
