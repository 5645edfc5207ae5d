"""Evidence beside the name: date of birth (at its edges), nationality, gender, documents."""

from __future__ import annotations

import pytest

from compliance_desk.domain.screening.entries import BirthDate, Document, ListEntry
from compliance_desk.domain.screening.evidence import Profile, weigh
from compliance_desk.domain.screening.matching import NameMatch

NAME = NameMatch(0.9, "Ahmed Ali", "AHMED ALI", (("ahmed", "ahmed", 1.0),))


def entry(**kwargs: object) -> ListEntry:
    return ListEntry("X1", "individual", "AHMED ALI", **kwargs)  # type: ignore[arg-type]


def points(profile: Profile, listed: ListEntry, code: str) -> int | None:
    found = [r for r in weigh(profile, listed, NAME).reasons if r.code == code]
    return found[0].points if found else None


def person(dob: str | None = None, nationality: str | None = None, names: tuple[str, ...] = ("Ahmed Ali",),
           documents: tuple[tuple[str, str, str], ...] = ()) -> Profile:
    return Profile(1, "CUS-00001", names, dob, nationality, documents)


@pytest.mark.parametrize("dob, dates, code, value", [
    ("1966-05-01", (BirthDate("exact", date="1966-05-01", year=1966),), "dob_exact", 15),
    ("1966-05-01", (BirthDate("exact", year=1966),), "dob_year", 7),
    ("1961-05-01", (BirthDate("approximately", year=1960),), "dob_year", 7),    # ±1: the edge agrees
    ("1962-05-01", (BirthDate("approximately", year=1960),), "dob_near", 3),    # 2 years: near
    ("1963-05-01", (BirthDate("approximately", year=1960),), "dob_near", 3),    # 3 years: the edge
    ("1963-01-01", (BirthDate("between", year=1963, year_to=1965),), "dob_year", 7),
    ("1965-12-31", (BirthDate("between", year=1963, year_to=1965),), "dob_year", 7),
    ("1967-01-01", (BirthDate("between", year=1963, year_to=1965),), "dob_mismatch", -20),
    ("1968-01-01", (BirthDate("exact", year=1966),), "dob_mismatch", -20),
    ("1990-01-01", (BirthDate("exact", year=1966),), "dob_mismatch", -30),
    ("1967-03-03", (BirthDate("exact", year=1966),), "dob_close", 0),           # a year off: no points
    ("1966-03-03", (BirthDate("exact", date="1966-05-01", year=1966),), "dob_same_year", 0),
])
def test_date_of_birth_at_its_edges(dob: str, dates: tuple[BirthDate, ...], code: str, value: int) -> None:
    assert points(person(dob), entry(birth_dates=dates), code) == value


def test_no_date_of_birth_neither_raises_nor_lowers() -> None:
    assert points(person(None), entry(birth_dates=(BirthDate("exact", year=1966),)), "dob_unknown") == 0


def test_nationality_supports_or_contradicts() -> None:
    listed = entry(nationalities=("Kingdom of Saudi Arabia", "Bahrain (Citizenship Revoked)"))
    assert points(person(nationality="SA"), listed, "nationality_match") == 5
    assert points(person(nationality="BH"), listed, "nationality_match") == 5
    assert points(person(nationality="EG"), listed, "nationality_mismatch") == -8


def test_a_womans_given_name_against_a_male_entry_lowers() -> None:
    listed = entry(gender="male")
    assert points(person(names=("فاطمة علي",)), listed, "gender_mismatch") == -15
    assert points(person(names=("Ahmed Ali",)), listed, "gender_mismatch") is None


def test_an_exact_document_number_raises_whatever_the_name() -> None:
    listed = entry(documents=(Document("Afghan passport number SE 012820", "Passport"),))
    profile = person(documents=(("passport", "SE-012820", "AF"),))
    finding = weigh(profile, listed, None)
    assert [r.code for r in finding.reasons][:1] == ["document_match"]
    assert finding.score == 80
    assert weigh(profile, listed, NAME).score == 100


def test_an_organisation_entry_counts_less_against_a_person() -> None:
    organisation = ListEntry("E1", "entity", "AHMED ALI TRADING")
    assert weigh(person(), organisation, NAME).score < weigh(person(), entry(), NAME).score
