from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain.entities import ACTIVITY, CUSTOMER, DISCLOSURE
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.identifiers import luhn_check_digit, mask, saudi_id_valid
from compliance_desk.domain.validation import clean


def test_codes_from_text_in_either_language() -> None:
    values = clean(ACTIVITY, {"name_ar": "الرواتب", "legal_bases": "contract، التزام نظامي",
                              "purposes": ["Marketing", "marketing"]})
    assert values["legal_bases"] == ["contract", "legal_obligation"]
    assert values["purposes"] == ["marketing"]
    assert values["status"] == "draft"


@pytest.mark.parametrize("bad", ["2026-02-30", "30/01/2026", "tomorrow", "2026-13-01"])
def test_invalid_dates_are_refused_with_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean(CUSTOMER, {"client_ref": "1", "full_name_en": "A", "date_of_birth": bad})
    assert caught.value.field == "date_of_birth"
    assert "YYYY-MM-DD" in caught.value.text("en")
    assert "تاريخاً" in caught.value.text("ar")


def test_dates_and_countries_are_normalised() -> None:
    values = clean(CUSTOMER, {"client_ref": "1", "full_name_en": "A", "date_of_birth": dt.date(1990, 5, 1),
                              "nationality": "SAU", "country": "United Arab Emirates"})
    assert values["date_of_birth"] == "1990-05-01"
    assert (values["nationality"], values["country"]) == ("SA", "AE")


def test_required_unknown_and_one_of() -> None:
    with pytest.raises(ValidationError) as caught:
        clean(DISCLOSURE, {"received_date": "2026-01-01", "requester_type": "court", "request_type": "court_order"})
    assert caught.value.field == "requester_name"
    with pytest.raises(ValidationError):
        clean(ACTIVITY, {"description": "nameless"})
    with pytest.raises(ValidationError):
        clean(ACTIVITY, {"name_en": "x", "legal_base": "consent"})  # typo in a field name
    with pytest.raises(ValidationError):
        clean(ACTIVITY, {"name_en": "x", "legal_bases": "whim"})


def test_luhn_and_saudi_ids() -> None:
    partial = "108765432"
    number = partial + luhn_check_digit(partial)
    assert saudi_id_valid(number)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not saudi_id_valid(wrong)
    assert not saudi_id_valid("3" + number[1:])
    assert not saudi_id_valid(number[:-1])
    assert mask("1087654321") == "••••••4321"


def test_control_and_bidi_characters_never_reach_a_stored_value() -> None:
    """Every write path cleans (records.create/update and imports all call `clean`)."""
    values = clean(CUSTOMER, {"client_ref": "BO\x00-7\u202e", "full_name_en": "invoice\u202efdp.exe",
                              "full_name_ar": "مي\u200cلاد\u2067", "address": "line 1\r\nline 2\x1b[31m\u2069",
                              "notes": "tab\there\x85"})
    assert values["client_ref"] == "BO-7"
    assert values["full_name_en"] == "invoicefdp.exe"
    assert values["full_name_ar"] == "مي\u200cلاد"  # the zero-width non-joiner of Arabic/Persian spelling stays
    assert values["address"] == "line 1\nline 2[31m"
    assert values["notes"] == "tab\there"


@pytest.mark.parametrize(("given", "stored"), [
    ("1410-03-01", "1989-09-30"), ("1410-03-01 هـ", "1989-09-30"), ("1989-09-30T00:00:00", "1989-09-30"),
    ("1900-01-01", "1900-01-01"), ("2100-12-31", "2100-12-31"), ("1343-01-01", "1924-08-01"),
    ("1500-12-30", "2077-11-16"),
])
def test_dates_at_the_edges_of_the_calendars(given: str, stored: str) -> None:
    assert clean(CUSTOMER, {"client_ref": "1", "full_name_en": "A", "date_of_birth": given})["date_of_birth"] == stored


@pytest.mark.parametrize("bad", ["1899-12-31", "2101-01-01", "1342-12-29 هـ", "1501-01-01 AH", "1990-12-31 junk",
                                 "1990-12-31T25:99", "1990-12-31T23:60", "2990-01-01", "0001-01-01"])
def test_dates_past_the_edges_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean(CUSTOMER, {"client_ref": "1", "full_name_en": "A", "date_of_birth": bad})
    assert caught.value.field == "date_of_birth"
