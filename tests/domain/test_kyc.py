from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import kyc, mrz
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.phones import to_e164

TODAY = dt.date(2026, 6, 15)
# The specimens of ICAO Doc 9303 (Part 4, TD3 passport; Part 5, TD1 card).
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n"
       "7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")


def test_icao_specimens_parse_and_verify() -> None:
    passport = mrz.parse(TD3, TODAY)
    assert passport.valid and passport.format == "TD3"
    assert (passport.surname, passport.given_names, passport.number) == ("ERIKSSON", "ANNA MARIA", "L898902C3")
    assert (passport.birth_date, passport.expiry_date) == (dt.date(1974, 8, 12), dt.date(2012, 4, 15))
    assert (passport.issuing_state, passport.nationality, passport.sex) == ("UTO", "UTO", "F")
    card = mrz.parse(TD1, TODAY)
    assert card.valid and card.format == "TD1"
    assert (card.number, card.surname, card.birth_date) == ("D23145890", "ERIKSSON", dt.date(1974, 8, 12))


@pytest.mark.parametrize(("text", "position", "check"), [
    (TD3, 45 + 2, "number"),        # a digit of the document number
    (TD3, 45 + 15, "birth_date"),   # a digit of the birth date
    (TD3, 45 + 23, "expiry_date"),  # a digit of the expiry date
    (TD1, 8, "number"),
    (TD1, 31 + 2, "birth_date"),
])
def test_one_changed_digit_fails_its_check(text: str, position: int, check: str) -> None:
    digit = text[position]
    changed = text[:position] + str((int(digit) + 1) % 10) + text[position + 1:]
    parsed = mrz.parse(changed, TODAY)
    assert not parsed.valid
    assert check in parsed.failed and "composite" in parsed.failed


def test_malformed_mrz_is_refused() -> None:
    with pytest.raises(ValueError):
        mrz.parse("P<UTOERIKSSON<<ANNA\nL898902C3", TODAY)
    with pytest.raises(ValueError):
        mrz.parse(TD3.replace("L898", "l8!8"), TODAY)


def test_mrz_compared_with_the_entered_fields() -> None:
    parsed = mrz.parse(TD3, TODAY)
    assert mrz.mismatches(parsed, number="L898902C3", birth_date="1974-08-12", expiry_date="2012-04-15",
                          name="Anna Maria Eriksson") == []
    assert mrz.mismatches(parsed, number="L898902C4", birth_date="1975-08-12", expiry_date="2012-04-15",
                          name="Sara Ali") == ["number", "birth_date", "name"]


def test_identity_document_valid_on_the_check_date() -> None:
    passport = {"doc_type": "passport", "issue_date": "2020-01-01", "expiry_date": "2026-06-15"}
    assert kyc.identity_valid_on(passport, TODAY) == []
    assert kyc.identity_valid_on(passport, TODAY + dt.timedelta(days=1)) == ["expired"]
    assert kyc.identity_valid_on({"doc_type": "passport"}, TODAY) == ["expired"]


def test_proof_of_address_not_older_than_allowed() -> None:
    bill = {"doc_type": "utility_bill_water", "issue_date": "2026-03-17"}  # 90 days before TODAY
    assert kyc.address_recent_on(bill, TODAY) == []
    assert kyc.address_recent_on(bill, TODAY + dt.timedelta(days=1)) == ["older_than_allowed"]
    assert kyc.address_recent_on(bill, TODAY, max_days=30) == ["older_than_allowed"]


def test_saudi_numbers_and_mrz_in_check_problems() -> None:
    customer = {"full_name_en": "Anna Maria Eriksson", "date_of_birth": "1974-08-12"}
    good_id = {"doc_type": "national_id", "issuing_country": "SA", "number": "1087654324",
               "expiry_date": "2030-01-01"}
    from compliance_desk.domain.identifiers import saudi_id_valid

    valid_number = next(f"108765432{d}" for d in "0123456789" if saudi_id_valid(f"108765432{d}"))
    assert kyc.check_problems({**good_id, "number": valid_number}, customer, TODAY) == []
    wrong = str((int(valid_number[-1]) + 1) % 10)
    assert kyc.check_problems({**good_id, "number": valid_number[:-1] + wrong}, customer, TODAY) == \
        ["mrz_check_digit"]
    passport = {"doc_type": "passport", "number": "L898902C3", "expiry_date": "2012-04-15", "mrz": TD3}
    assert kyc.check_problems(passport, customer, dt.date(2011, 1, 1)) == []
    assert kyc.check_problems(passport, customer, TODAY) == ["expired"]
    tampered = {**passport, "expiry_date": "2032-04-15"}
    assert kyc.check_problems(tampered, customer, dt.date(2011, 1, 1)) == ["suspected_forgery"]


def test_expiry_windows_and_review_due() -> None:
    doc = {"expiry_date": (TODAY + dt.timedelta(days=45)).isoformat()}
    assert kyc.expiry_window(doc, TODAY) == 60
    assert kyc.expiry_window({"expiry_date": "2030-01-01"}, TODAY) is None
    assert kyc.expiry_window({"expiry_date": "2020-01-01"}, TODAY) is None
    assert kyc.review_due("2026-01-10", "high") == "2027-01-10"
    assert kyc.review_due("2026-01-10", "medium") == "2028-01-10"
    assert kyc.review_due("2026-01-10", "low") == "2031-01-10"
    assert kyc.review_due("2026-01-10", "high", {"high": 3, "medium": 4, "low": 6}) == "2029-01-10"
    assert kyc.review_due(None, "high") is None


def test_status_derivation() -> None:
    customer = {"status": "pending"}
    identity = {"id": 1, "doc_type": "passport", "expiry_date": "2030-01-01"}
    bill = {"id": 2, "doc_type": "bank_statement", "issue_date": "2026-06-01"}
    verified = {"result": "verified", "checked_on": "2026-06-10"}
    assert kyc.derive_status(customer, [identity, bill], {}, TODAY).status == "pending"
    both = kyc.derive_status(customer, [identity, bill], {1: verified, 2: verified}, TODAY)
    assert (both.status, both.last_verified) == ("verified", "2026-06-10")
    assert kyc.derive_status(customer, [identity], {1: verified}, TODAY).status == "restricted"  # no address
    rejected = {"result": "rejected", "checked_on": "2026-06-10"}
    assert kyc.derive_status(customer, [identity, bill], {1: verified, 2: rejected}, TODAY).status == "restricted"
    more = {"result": "more_information", "checked_on": "2026-06-10"}
    assert kyc.derive_status(customer, [identity, bill], {1: verified, 2: more}, TODAY).status == "pending"
    expired = {**identity, "expiry_date": "2026-06-01"}
    assert kyc.derive_status(customer, [expired, bill], {1: verified, 2: verified}, TODAY).status == "restricted"
    refused = {"status": "refused_information"}
    assert kyc.derive_status(refused, [identity, bill], {1: verified, 2: verified}, TODAY).status == \
        "refused_information"


def test_phone_numbers_to_e164() -> None:
    assert to_e164("050 123 4567", "SA") == "+966501234567"
    assert to_e164("+971 50 123 4567", "SA") == "+971501234567"
    assert to_e164("", "SA") is None
    with pytest.raises(ValidationError):
        to_e164("12", "SA")


# ---------------------------------------------------------------- renewals the action queue asks for
def held(doc_id: int, expiry: dt.date | None, result: str | None = "verified",
         doc_type: str = "passport") -> kyc.HeldDocument:
    return kyc.HeldDocument(doc_id, doc_type, expiry, result)


def test_an_identity_document_asks_for_renewal_within_ninety_days_or_once_expired() -> None:
    for days, expected in [(-5000, True), (-1, True), (0, True), (90, True), (91, False)]:
        document = held(1, TODAY + dt.timedelta(days=days))
        assert kyc.needs_renewal(document, [document], TODAY) is expected, days
    assert not kyc.needs_renewal(held(1, None), [held(1, None)], TODAY)
    bill = held(2, TODAY - dt.timedelta(days=10), doc_type="utility_bill_water")
    assert not kyc.needs_renewal(bill, [bill], TODAY)


def test_a_rejected_document_does_not_ask_for_renewal_for_ever() -> None:
    rejected = held(1, TODAY - dt.timedelta(days=5344), "rejected")
    assert not kyc.needs_renewal(rejected, [rejected], TODAY)
    unchecked = held(1, TODAY - dt.timedelta(days=3), None)
    assert kyc.needs_renewal(unchecked, [unchecked], TODAY)


def test_a_superseded_document_does_not_ask() -> None:
    old = held(1, TODAY - dt.timedelta(days=400))
    new = held(2, TODAY + dt.timedelta(days=2000), None)  # a newer passport, not checked yet
    assert not kyc.needs_renewal(old, [old, new], TODAY)
    national_id = held(3, TODAY + dt.timedelta(days=700), "verified", "national_id")
    assert not kyc.needs_renewal(old, [old, national_id], TODAY)  # another identity document covers it
    refused = held(2, TODAY + dt.timedelta(days=2000), "rejected")
    assert kyc.needs_renewal(old, [old, refused], TODAY)  # a rejected one does not replace it
    earlier = held(4, TODAY - dt.timedelta(days=900))
    assert not kyc.needs_renewal(earlier, [earlier, old], TODAY) and kyc.needs_renewal(old, [earlier, old], TODAY)
