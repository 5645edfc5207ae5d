"""ICAO Doc 9303 MRZs of every format, tested on the specification's own specimens and on
national specimens their issuers publish."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import kyc, mrz

TODAY = dt.date(2026, 6, 15)
# Doc 9303 Part 6 (TD2) specimen
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
       "D231458907UTO7408122F1204159<<<<<<<6")
# Doc 9303 Part 7 specimens: MRV-A (2 × 44) and MRV-B (2 × 36)
MRV_A = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
         "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
MRV_B = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
         "L8988901C4XXX4009078F9612109<<<<<<<<")
# Doc 9303 Part 11, Appendix D.2: long (12-character) document numbers in a TD1 and a TD2
TD1_LONG = ("I<UTOD23145890<7349<<<<<<<<<<<\n"
            "3407127M9507122UTO<<<<<<<<<<<2\n"
            "STEVENSON<<PETER<JOHN<<<<<<<<<")
TD2_LONG = ("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
            "D23145890<UTO3407127M95071227349<<<8")
# National specimens: Germany's ID card (Personalausweis, TD1) and passport (TD3) as the Federal
# Ministry of the Interior publishes them (Erika Mustermann; sex not shown on the card: '<');
# the United States' visa specimen of the Department of State (MRV-A, "Happy Traveler").
DE_ID = ("IDD<<T220001293<<<<<<<<<<<<<<<\n"
         "6408125<2010315D<<<<<<<<<<<<<4\n"
         "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")
DE_PASSPORT = ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
               "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4")
US_VISA = ("VNUSATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<\n"
           "1234567897CAN6612120M1407282B3XLC000FD142955")


@pytest.mark.parametrize(("text", "kind", "number", "surname", "birth", "expiry", "checks"), [
    (TD2, "TD2", "D23145890", "ERIKSSON", dt.date(1974, 8, 12), dt.date(2012, 4, 15),
     {"number", "birth_date", "expiry_date", "composite"}),
    (MRV_A, "MRV-A", "L8988901C", "ERIKSSON", dt.date(1940, 9, 7), dt.date(2096, 12, 10),
     {"number", "birth_date", "expiry_date"}),
    (MRV_B, "MRV-B", "L8988901C", "ERIKSSON", dt.date(1940, 9, 7), dt.date(2096, 12, 10),
     {"number", "birth_date", "expiry_date"}),
    (TD1_LONG, "TD1", "D23145890734", "STEVENSON", dt.date(1934, 7, 12), dt.date(2095, 7, 12),
     {"number", "birth_date", "expiry_date", "composite"}),
    (TD2_LONG, "TD2", "D23145890734", "STEVENSON", dt.date(1934, 7, 12), dt.date(2095, 7, 12),
     {"number", "birth_date", "expiry_date", "composite"}),
    (DE_ID, "TD1", "T22000129", "MUSTERMANN", dt.date(1964, 8, 12), dt.date(2020, 10, 31),
     {"number", "birth_date", "expiry_date", "composite"}),
    (DE_PASSPORT, "TD3", "C01X00T47", "MUSTERMANN", dt.date(1964, 8, 12), dt.date(2027, 2, 28),
     {"number", "birth_date", "expiry_date", "optional", "composite"}),
    (US_VISA, "MRV-A", "123456789", "TRAVELER", dt.date(1966, 12, 12), dt.date(2014, 7, 28),
     {"number", "birth_date", "expiry_date"}),
])
def test_specimens_of_every_format(text: str, kind: str, number: str, surname: str, birth: dt.date,
                                   expiry: dt.date, checks: set[str]) -> None:
    parsed = mrz.parse(text, TODAY)
    assert parsed.valid, parsed.failed
    assert (parsed.format, parsed.number, parsed.surname) == (kind, number, surname)
    assert (parsed.birth_date, parsed.expiry_date) == (birth, expiry)
    assert set(parsed.checks) == checks  # visas have no composite and no optional-data check digit


def test_specimen_fields_beyond_the_number() -> None:
    visa = mrz.parse(MRV_A, TODAY)
    assert (visa.document_code, visa.issuing_state, visa.nationality, visa.sex) == ("V", "UTO", "XXX", "F")
    assert visa.optional_data == "6ZE184226B"
    card = mrz.parse(DE_ID, TODAY)
    assert (card.issuing_state, card.nationality, card.sex, card.given_names) == ("D", "D", "<", "ERIKA")
    long_card = mrz.parse(TD1_LONG, TODAY)
    assert (long_card.given_names, long_card.optional_data) == ("PETER JOHN", "")


def _change(text: str, position: int) -> str:
    ch = text[position]
    new = str((int(ch) + 1) % 10) if ch.isdigit() else ("B" if ch != "B" else "C")
    return text[:position] + new + text[position + 1:]


@pytest.mark.parametrize(("text", "position", "check"), [
    (TD2, 37 + 3, "number"), (TD2, 37 + 15, "birth_date"), (TD2, 37 + 23, "expiry_date"),
    (TD2, 37 + 30, "composite"),                  # the optional data is in the composite only
    (MRV_A, 45 + 2, "number"), (MRV_A, 45 + 24, "expiry_date"),
    (MRV_B, 37 + 15, "birth_date"),
    (TD1_LONG, 16, "number"),                     # a digit of the number's continuation
    (TD1_LONG, 18, "number"),                     # the long number's check digit
    (TD2_LONG, 37 + 29, "number"),
    (DE_ID, 8, "number"), (DE_PASSPORT, 45 + 30, "optional"),
])
def test_one_changed_character_fails_its_check(text: str, position: int, check: str) -> None:
    parsed = mrz.parse(_change(text, position), TODAY)
    assert not parsed.valid and check in parsed.failed


def test_visa_optional_data_carries_no_check_digit() -> None:
    # any optional data on a visa is valid: there is nothing to check it against (Part 7)
    changed = MRV_A[:-6] + "ABCDEF"
    assert mrz.parse(changed, TODAY).valid
    changed = MRV_B[:-8] + "12345678"
    assert mrz.parse(changed, TODAY).valid


def test_a_long_number_marker_with_nothing_after_it_fails() -> None:
    text = TD1_LONG.replace("D23145890<7349<", "D23145890<<<<<<")
    assert "number" in mrz.parse(text, TODAY).failed
    passport = mrz.parse(DE_PASSPORT.replace("C01X00T478", "C01X00T47<"), TODAY)
    assert "number" in passport.failed  # TD3 has no long numbers: '<' is a failed check digit


@pytest.mark.parametrize("text", [
    "P<UTOERIKSSON<<ANNA\nL898902C3", TD2 + "<", "\n".join(TD2.splitlines()[:1] * 3), TD2.replace("D23", "d2!"),
    "I<UTOD231458907<<<<<<<<<<<<<<<\n" + TD2.splitlines()[1],
])
def test_wrong_shapes_are_refused_with_their_message(text: str) -> None:
    with pytest.raises(mrz.MrzError) as caught:
        mrz.parse(text, TODAY)
    assert caught.value.key in ("mrz_shape", "mrz_character")


def test_long_number_compared_with_the_entered_number() -> None:
    customer = {"full_name_en": "Peter John Stevenson", "date_of_birth": "1934-07-12"}
    card = {"doc_type": "national_id", "issuing_country": "GB", "number": "D231 4589 0734",
            "expiry_date": "2095-07-12", "mrz": TD1_LONG}
    assert kyc.mrz_problems(card, customer, TODAY) == []
    assert kyc.mrz_problems({**card, "number": "D23145890"}, customer, TODAY) == ["suspected_forgery"]
    visa = {"doc_type": "other_government_id", "number": "L8988901C", "expiry_date": "2096-12-10", "mrz": MRV_B}
    assert kyc.mrz_problems(visa, {"full_name_en": "Anna Maria Eriksson", "date_of_birth": "1940-09-07"},
                            TODAY) == []
