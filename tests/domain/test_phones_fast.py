"""The fast path of phones.to_e164 answers exactly as phonenumbers does, over many generated shapes."""

from __future__ import annotations

import random

import pytest

from compliance_desk.domain import phones
from compliance_desk.domain.errors import ValidationError

REGIONS = ["SA", "AE", "KW", "QA", "BH", "OM", "EG", "JO", "IN", "US", "GB", None, "ZZ"]
CODES = ["966", "971", "965", "974", "973", "968", "20", "962", "91", "1", "44", "9", "96"]
LEADS = "0123456789"


def _answer(function, text: str, region: str | None) -> str:
    try:
        return str(function(text, region))
    except ValidationError as error:
        return f"error {error.field} {error.reason.key} {error.reason.params}"


def _spaced(rng: random.Random, digits: str) -> str:
    out = []
    for char in digits:
        out.append(char)
        if rng.random() < 0.15:
            out.append(rng.choice([" ", "-", "  ", " - "]))
    return "".join(out)


def _numbers(count: int, seed: int) -> list[tuple[str, str | None]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        region = rng.choice(REGIONS)
        own = str(phones._GULF.get(region or "SA", rng.choice(CODES)))
        code = own if rng.random() < 0.7 else rng.choice(CODES)
        if rng.random() < 0.7:  # the common shapes: mobiles and land lines of the Gulf
            lead = rng.choice(["5", "50", "53", "55", "56", "59", "58", "9", "6", "3", "7", "1", "11", "12", "0"])
            national = lead + "".join(rng.choice(LEADS) for _ in range(rng.choice([7, 8, 8, 9, 9, 10]) - len(lead)))
        else:
            national = "".join(rng.choice(LEADS) for _ in range(rng.randint(5, 12)))
        shape = rng.choice(["0{n}", "0{n}", "+{c}{n}", "+{c} {n}", "00{c}{n}", "{n}", "{c}{n}", "+{c}0{n}",
                            "0{c}{n}", "+{n}", "00{n}"])
        text = shape.format(c=code, n=national)
        if rng.random() < 0.4:
            text = _spaced(rng, text)
        if rng.random() < 0.05:
            text = rng.choice([" ", "\t", "(", "٠", "x", "+"]) + text + rng.choice(["", " ", " ext 12", "#", "٥"])
        out.append((text, region))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_fast_path_answers_as_phonenumbers(seed: int) -> None:
    numbers = _numbers(2500, seed)
    fast = sum(1 for text, region in numbers if phones._fast(text.strip(), region or "SA") is not None)
    assert fast > 30  # the fast path was taken often enough for the comparison to mean something
    for text, region in numbers:
        assert _answer(phones.to_e164, text, region) == _answer(phones._parsed, text, region), (text, region)


def test_mobiles_as_back_offices_export_them() -> None:
    """Local and international mobiles of every Gulf region, spaced or not: nearly all take the fast
    path, all answer as phonenumbers."""
    rng = random.Random(7)
    fast = 0
    for _ in range(6000):
        region = rng.choice(list(phones._GULF))
        length = 9 if region in ("SA", "AE") else 8
        national = rng.choice("35679") + "".join(rng.choice(LEADS) for _ in range(length - 1))
        text = rng.choice(["0{n}", "+{c}{n}", "00{c}{n}", "+{c} {n}"]).format(c=phones._GULF[region], n=national)
        if rng.random() < 0.3:
            text = _spaced(rng, text)
        fast += phones._fast(text, region) is not None
        assert _answer(phones.to_e164, text, region) == _answer(phones._parsed, text, region), (text, region)
    assert fast > 1500


def test_the_common_saudi_shapes() -> None:
    for text in ("0501234567", "050 123 4567", "050-123-4567", "+966501234567", "+966 50 123 4567",
                 "00966501234567", "966501234567"):
        assert phones.to_e164(text, "SA") == "+966501234567"
    assert phones.to_e164("+971501234567", "SA") == "+971501234567"
    assert phones.to_e164("0501234567", "AE") == "+971501234567"
    assert phones.to_e164("", "SA") is None
    with pytest.raises(ValidationError):
        phones.to_e164("0001234567", "SA")
    with pytest.raises(ValidationError):
        phones.to_e164("+966 0 12", "SA")
