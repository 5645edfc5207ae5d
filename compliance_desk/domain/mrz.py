"""ICAO Doc 9303 machine-readable zones, every format the specification defines:

- TD3, passports: 2 lines of 44 (Doc 9303 Part 4);
- TD1, ID cards: 3 lines of 30 (Part 5);
- TD2, ID cards and residence permits: 2 lines of 36 (Part 6);
- MRV-A and MRV-B, visas: 2 lines of 44 and of 36, document code `V` (Part 7). A visa's
  machine-readable zone has no composite check digit and no check digit over its optional data.

A TD1 or TD2 document number longer than 9 characters (Parts 5 and 6): the first 9 fill the
number field, its check-digit position holds the filler `<`, and the optional data begins with
the rest of the number followed by the check digit computed over the whole number (Part 11,
Appendix D.2 works the example `I<UTOD23145890<7349<<<<<<<<<<<`: number D23145890734, digit 9).

Parses the lines, verifies every check digit (Part 3: weights 7 3 1, `<` = 0, A = 10 … Z = 35),
and compares the MRZ with the fields an officer typed, so a mistyped number or a tampered
document shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

WEIGHTS = (7, 3, 1)
SHAPES = {(3, 30): "TD1", (2, 36): "TD2", (2, 44): "TD3"}


class MrzError(ValueError):
    """An MRZ that cannot be read; `key` is its message (domain.messages)."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(text)
        self.key = key


def char_value(ch: str) -> int:
    if ch.isdigit() and ch.isascii():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise MrzError("mrz_character", f"invalid MRZ character {ch!r}")


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
    format: str  # TD1 | TD2 | TD3 | MRV-A | MRV-B
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    number: str  # the whole document number, a long one's continuation included
    nationality: str
    birth_date: dt.date | None
    sex: str
    expiry_date: dt.date | None
    checks: dict[str, bool] = field(default_factory=dict)  # check digit name -> holds
    optional_data: str = ""  # without a long number's continuation and its check digit

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


def _number(principal: str, digit: str, optional: str, *, may_extend: bool) -> tuple[str, bool, str]:
    """(document number, its check digit holds, optional data left) of a number field.

    With `may_extend` (TD1, TD2), a `<` in the check-digit position says the number goes on in
    the optional data: its characters up to the first `<`, the last of them the check digit.
    """
    if may_extend and digit == "<":
        continuation = optional.split("<", 1)[0]
        if len(continuation) < 2 or "<" in principal:
            return principal.replace("<", ""), False, optional
        number = principal + continuation[:-1]
        return number, _digit_ok(number, continuation[-1]), optional[len(continuation):]
    return principal.replace("<", ""), _digit_ok(principal, digit), optional


def parse(text: str, today: dt.date | None = None) -> MRZ:
    """Parse an MRZ of any Doc 9303 format (spaces ignored); raises MrzError on a wrong shape."""
    today = today or dt.date.today()
    lines = ["".join(line.split()).upper() for line in text.strip().splitlines() if line.strip()]
    for line in lines:
        for ch in line:
            char_value(ch)
    shape = SHAPES.get((len(lines), len(lines[0]) if lines else 0))
    if shape is None or any(len(line) != len(lines[0]) for line in lines):
        raise MrzError("mrz_shape", "an MRZ has 3 lines of 30 characters (ID card, TD1), 2 lines of 36 "
                                    "(TD2, or visa MRV-B) or 2 lines of 44 (passport TD3, or visa MRV-A)")
    if shape == "TD1":
        return _td1(lines, today)
    visa = lines[0][0] == "V"
    return _two_lines(lines, today, {"TD2": "MRV-B", "TD3": "MRV-A"}[shape] if visa else shape)


def _two_lines(lines: list[str], today: dt.date, kind: str) -> MRZ:
    """TD3 (Part 4), TD2 (Part 6), MRV-A and MRV-B (Part 7): the second lines share one layout."""
    first, second = lines
    width = len(second)
    surname, given = _names(first[5:])
    birth, birth_cd = second[13:19], second[19]
    expiry, expiry_cd = second[21:27], second[27]
    optional = second[28:42] if kind == "TD3" else second[28:width - 1] if kind == "TD2" else second[28:]
    number, number_ok, rest = _number(second[0:9], second[9], optional, may_extend=kind == "TD2")
    checks = {"number": number_ok, "birth_date": _digit_ok(birth, birth_cd), "expiry_date": _digit_ok(expiry, expiry_cd)}
    if kind == "TD3":
        # an empty personal number may carry '<' instead of 0 as its check digit (Part 4)
        checks["optional"] = _digit_ok(optional, second[42]) or (optional.strip("<") == "" and second[42] in "<0")
    if kind in ("TD3", "TD2"):
        checks["composite"] = _digit_ok(second[0:10] + second[13:20] + second[21:width - 1], second[width - 1])
    return MRZ(kind, first[0:2].replace("<", ""), first[2:5].replace("<", ""), surname, given, number,
               second[10:13].replace("<", ""), _date(birth, expiry=False, today=today), second[20],
               _date(expiry, expiry=True, today=today), checks, rest.strip("<"))


def _td1(lines: list[str], today: dt.date) -> MRZ:
    """TD1 (Part 5): the number on the first line, dates on the second, the name on the third."""
    first, second, third = lines
    number, number_ok, rest = _number(first[5:14], first[14], first[15:30], may_extend=True)
    birth, birth_cd = second[0:6], second[6]
    expiry, expiry_cd = second[8:14], second[14]
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    surname, given = _names(third)
    checks = {
        "number": number_ok,
        "birth_date": _digit_ok(birth, birth_cd),
        "expiry_date": _digit_ok(expiry, expiry_cd),
        "composite": _digit_ok(composite, second[29]),
    }
    optional = (rest + "<" + second[18:29]).strip("<")
    return MRZ("TD1", first[0:2].replace("<", ""), first[2:5].replace("<", ""), surname, given, number,
               second[15:18].replace("<", ""), _date(birth, expiry=False, today=today), second[7],
               _date(expiry, expiry=True, today=today), checks, optional)


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
