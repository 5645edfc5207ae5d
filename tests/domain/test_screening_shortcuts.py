"""The shortcuts that make screening fast find what scoring every name would: the parts found to
agree, the bound on a list name's score, the quick score, and skipping candidates that cannot reach
the threshold."""

from __future__ import annotations

import random

import pytest

from compliance_desk.domain.screening.entries import Alias, BirthDate, Document, ListEntry
from compliance_desk.domain.screening.evidence import Profile
from compliance_desk.domain.screening.matching import (
    PART_FLOOR,
    NameIndex,
    _QueryScorer,
    part_similarity,
)
from compliance_desk.domain.screening.names import parse
from compliance_desk.domain.screening.screener import Screener

GIVEN = [("محمد", "Mohammed"), ("ناصر", "Nasser"), ("حسن", "Hassan"), ("سلمان", "Salman"), ("نورة", "Noura"),
         ("عائشة", "Aisha"), ("أحمد", "Ahmed"), ("عبد الله", "Abdullah"), ("ولي", "Wali"), ("خالد", "Khalid")]
FAMILIES = [("الأنصاري", "Al-Ansari"), ("الحسيني", "Al-Husseini"), ("الشمري", "Al-Shammari"),
            ("الغماري", "Al-Ghamari"), ("القحطاني", "Al-Qahtani"), ("جان", "Jan"), ("المصري", "Al-Masri"),
            ("العتيبي", "Al-Otaibi")]
QUERIES = ["Mohammed Al-Shammari", "ناصر الأنصاري", "Nasser Al-Ansari", "Hassan Al-Husseini", "Walijan",
           "ولي جان", "Salman Ansari", "Noura Al-Husseini", "Aisha Al-Ghamari", "Mohamad el-Masri",
           "Abdallah Nasir Al-Qahtani", "Khaled Otaibi", "عبدالله خالد العتيبي", "Ahmad Hasan", "Qahtani",
           "عبد الظاهر حقاني"]


def listed(count: int = 400, seed: int = 19) -> list[ListEntry]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        first, father, family = rng.choice(GIVEN), rng.choice(GIVEN), rng.choice(FAMILIES)
        kind = "individual" if n % 9 else "entity"
        day = f"{rng.randint(1950, 1990)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        dates = (BirthDate("exact", date=day, year=int(day[:4])),) if n % 3 else \
            (BirthDate("approximately", year=rng.randint(1950, 1990)),)
        out.append(ListEntry(
            f"E{n}", kind, f"{first[1]} bin {father[1]} {family[1]}", f"{first[0]} بن {father[0]} {family[0]}",
            aliases=(Alias(f"{first[1]} {family[1]}", "low" if n % 4 == 0 else "good"),),
            birth_dates=dates if kind == "individual" else (), gender="female" if first[1] in ("Noura", "Aisha") else "",
            nationalities=(rng.choice(["Saudi Arabia", "Egypt", "Yemen"]),),
            documents=(Document(f"A{rng.randint(10**6, 10**7)}"),) if n % 5 == 0 else ()))
    out.append(ListEntry("J1", "individual", "Walijan"))
    # عبدالظاهر agrees with Abdulqadir and Abdulbari only by close skeletons (bdlzr / bdlkdr / bdlbr)
    out += [ListEntry("K1", "individual", "Abdul Qadir Haqqani"), ListEntry("K2", "individual", "Abdul Bari Chaudhry")]
    return out


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(listed())


def test_every_part_that_agrees_is_among_the_parts_found_to(index: NameIndex) -> None:
    listed_parts = {p.uid: p for _e, name, _q in index.names for p in name.parts}
    for query in QUERIES:
        for q in parse(query).parts:
            agreeing = index.agreement.agreeing(q)
            missed = [e.text for uid, e in listed_parts.items()
                      if part_similarity(q, e) >= PART_FLOOR and uid not in agreeing]
            assert not missed, (q.text, missed)
            assert len(agreeing) < len(listed_parts)   # and it is a shortcut


def test_the_quick_score_is_the_score_of_compare(index: NameIndex) -> None:
    for query in QUERIES:
        name = parse(query)
        scorer = _QueryScorer(index, name)
        for name_id, (_e, other, quality) in enumerate(index.names):
            assert scorer.score(index._listed[name_id]) == index.compare(name, other, quality).score


def test_the_bound_spares_scoring_not_results(index: NameIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    scored = 0
    score = _QueryScorer.score

    def counting(self: _QueryScorer, names: tuple) -> float:  # type: ignore[type-arg]
        nonlocal scored
        scored += 1
        return score(self, names)

    monkeypatch.setattr(_QueryScorer, "score", counting)
    floors = (0.5, 0.6, 0.8)
    with_bound = [[(c.entry, c.match) for c in index.search(parse(q), floor)] for floor in floors for q in QUERIES]
    spared = scored
    monkeypatch.setattr(index.agreement, "exact", False)    # every candidate scored
    without = [[(c.entry, c.match) for c in index.search(parse(q), floor)] for floor in floors for q in QUERIES]
    assert with_bound == without and any(without)
    assert spared < scored - spared


def test_candidates_that_cannot_reach_the_threshold_are_not_weighed_and_nothing_is_lost() -> None:
    entries = listed()
    screener = Screener(entries)
    rng = random.Random(7)
    near_the_threshold = 0
    for n in range(300):
        entry = rng.choice(entries)
        first, father, family = entry.name.replace(" bin ", " ").split(" ", 2) if " bin " in entry.name else \
            (entry.name, "", "")
        names = rng.choice([f"{first} {family}", f"{first} {father}", f"{first} {rng.choice(FAMILIES)[1]}",
                            f"{rng.choice(GIVEN)[1]} {father} {family}"])
        days = [d.date for d in entry.birth_dates if d.date]
        dob = rng.choice([None, f"{rng.randint(1950, 1990)}-05-15", *days, *days])
        documents = tuple(("passport", d.number, "") for d in entry.documents) if n % 7 == 0 else ()
        profile = Profile(n, f"C{n}", (names,), dob, rng.choice([None, "SA", "EG", "YE"]), documents)
        everything = [f for f in screener.findings(profile, threshold=0) if f.score >= screener.threshold]
        assert screener.findings(profile) == everything
        near_the_threshold += any(abs(f.score - screener.threshold) <= 15 for f in screener.findings(profile, 0))
    assert near_the_threshold > 50
