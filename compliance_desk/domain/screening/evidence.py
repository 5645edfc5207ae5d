"""The score of a customer against a list entry: the name, then the other identifiers as evidence.

FATF Recommendation 6 and 10 guidance and the UN committees' own notes ask that a name match be
confirmed or ruled out on the other identifiers the list gives; so the score (0–100) starts from
the name score and moves with:
- date of birth: the same day +15; the same year (or within an "approximately" year ±1, or inside
  a "between" range) +7; an "approximately" year within 3 years +3; a year that agrees with none
  of the list's dates −20 (an exact year more than a year away, an approximate one more than
  five), −30 when it is more than four years beyond that;
- nationality: one of the list's nationalities +5; none of them −8 (nationalities change and are
  revoked, so this weighs little);
- gender (of a given name the name table knows): different from the list's −15;
- an identity document number equal to one of the list's +80, whatever the names say (enough to
  raise a hit on its own: an exact number is the strongest identifier a list gives);
- a list entry that is an organisation or a vessel, against a customer (a person): −1/5 of the
  name's points.
Every step is kept as a reason, so the hit card and the reports show why a hit scored what it did.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache

from compliance_desk.domain.screening.documents import compact, numbers_in
from compliance_desk.domain.screening.entries import BirthDate, ListEntry
from compliance_desk.domain.screening.matching import NameMatch
from compliance_desk.domain.screening.names import given_name_gender, parse

DOB_EXACT, DOB_YEAR, DOB_NEAR, DOB_MISMATCH, DOB_FAR = 15, 7, 3, -20, -30
NATIONALITY_MATCH, NATIONALITY_MISMATCH = 5, -8
GENDER_MISMATCH = -15
DOCUMENT_MATCH = 80


@dataclass(frozen=True)
class Profile:
    """What screening reads of a customer."""

    customer_id: int
    reference: str
    names: tuple[str, ...]                               # Arabic and Latin full names
    date_of_birth: str | None = None                     # YYYY-MM-DD
    nationality: str | None = None                       # ISO 3166 alpha-2
    documents: tuple[tuple[str, str, str], ...] = ()     # (type, number, issuing country)

    def fingerprint(self) -> str:
        """SHA-256 of what screening compares: a change means earlier decisions are looked at again."""
        data = [sorted(n for n in self.names if n), self.date_of_birth, self.nationality,
                sorted(compact(d[1]) for d in self.documents if d[1])]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Reason:
    """One step of a score: a code the faces label, the points it moved, and its values."""

    code: str
    points: int
    params: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "points": self.points, "params": self.params}


@dataclass(frozen=True)
class Finding:
    customer_id: int
    entry_ref: str
    score: int
    name_score: int
    customer_name: str
    listed_name: str
    reasons: tuple[Reason, ...]
    entry_index: int = -1        # position of the entry in the screener's list


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO alpha-2 for a country as lists write it ("Kingdom of Saudi Arabia", "Bahrain
    (Citizenship Revoked)", "Iran (Islamic Republic of)", "Türkiye"); None when unknown."""
    import pycountry

    from compliance_desk.domain.screening.documents import DEMONYMS

    cleaned = " ".join(text.replace("(", " (").split())
    candidates = [cleaned, cleaned.split(" (")[0], DEMONYMS.get(cleaned.lower(), ""),
                  cleaned.replace("Kingdom of ", ""), cleaned.split(",")[0]]
    aliases = {"turkiye": "TR", "türkiye": "TR", "state of palestine": "PS", "syria": "SY", "iran": "IR",
               "russia": "RU", "democratic republic of the congo": "CD", "congo": "CG", "uk": "GB",
               "united kingdom": "GB", "usa": "US", "united states": "US", "south korea": "KR",
               "north korea": "KP", "kosovo": "XK"}
    for candidate in candidates:
        if not candidate:
            continue
        alias = aliases.get(candidate.lower())
        if alias:
            return alias
        try:
            return str(pycountry.countries.lookup(candidate).alpha_2)
        except LookupError:
            continue
    return None


def _dob_reason(dob: str | None, dates: tuple[BirthDate, ...]) -> Reason | None:
    if not dates:
        return None
    listed = ", ".join(d.text() for d in dates if d.text())
    outcome = dob_outcome(dob, dates)
    if outcome is None:
        return None
    code, points = outcome
    params = {"list": listed} if code == "dob_unknown" else {"customer": dob or "", "list": listed}
    return Reason(code, points, params)


def dob_outcome(dob: str | None, dates: tuple[BirthDate, ...]) -> tuple[str, int] | None:
    """The date of birth's reason code and points against the list's dates (None: nothing to say)."""
    if not dates:
        return None
    if not dob:
        return ("dob_unknown", 0)
    year = int(dob[:4])
    best: tuple[str, int] | None = None
    for d in dates:
        if d.date and d.date == dob:
            return ("dob_exact", DOB_EXACT)
        first = d.year or (int(d.date[:4]) if d.date else None)
        if first is None:
            continue
        last = d.year_to or first
        if d.kind == "between" and first <= year <= last or (not d.date and d.kind == "exact" and year == first) \
                or (d.kind == "approximately" and abs(year - first) <= 1):
            best = ("dob_year", DOB_YEAR)
        elif d.date and year == first and best is None:
            best = ("dob_same_year", 0)
        elif d.kind == "approximately" and abs(year - first) <= 3 and (best is None or best[1] < DOB_NEAR):
            best = ("dob_near", DOB_NEAR)
    if best is not None:
        return best
    near = [d for d in dates if d.year or d.date]
    if not near:
        return None
    tolerance = {"exact": 1, "approximately": 5, "between": 1}
    distance = 999
    for d in near:
        first = d.year or int(str(d.date)[:4])
        last = d.year_to or first
        gap = max(0, first - year, year - last) - tolerance.get(d.kind, 1)
        distance = min(distance, gap)
    if distance <= 0:
        return ("dob_close", 0)
    return ("dob_mismatch", DOB_FAR if distance > 4 else DOB_MISMATCH)


def weigh(profile: Profile, entry: ListEntry, name: NameMatch | None) -> Finding:
    """The score and reasons of one customer against one entry (name match, if any, first)."""
    reasons: list[Reason] = []
    name_points = round(100 * name.score) if name else 0
    if name is not None:
        reasons.append(Reason("name", name_points, {"customer": name.query, "list": name.listed,
                                                    "parts": "; ".join(f"{a} = {b}" for a, b, _s in name.pairs)}))
        if name.weak_alias:
            reasons.append(Reason("weak_alias", 0, {"list": name.listed}))
    if name is not None and entry.kind != "individual":
        reasons.append(Reason("not_a_person", -(name_points // 5), {"kind": entry.kind}))
    documents = _document_reasons(profile, entry)
    reasons += documents
    if entry.kind == "individual":
        dob = _dob_reason(profile.date_of_birth, entry.birth_dates)
        if dob is not None:
            reasons.append(dob)
        codes = nationality_codes(tuple(entry.nationalities))
        if profile.nationality and codes:
            if profile.nationality in codes:
                reasons.append(Reason("nationality_match", NATIONALITY_MATCH, {"customer": profile.nationality}))
            else:
                reasons.append(Reason("nationality_mismatch", NATIONALITY_MISMATCH,
                                      {"customer": profile.nationality, "list": ", ".join(sorted(codes))}))
        gender = names_gender(tuple(profile.names))
        listed_gender = listed_gender_of(entry)
        if gender and listed_gender and gender != listed_gender:
            reasons.append(Reason("gender_mismatch", GENDER_MISMATCH, {"customer": gender, "list": listed_gender}))
    score = max(0, min(100, sum(r.points for r in reasons)))
    return Finding(profile.customer_id, entry.ref, score, name_points, name.query if name else "",
                   name.listed if name else "", tuple(reasons))


@lru_cache(maxsize=65_536)
def names_gender(names: tuple[str, ...]) -> str | None:
    """'m' or 'f' from the first of a customer's names whose given name tells (customers share names)."""
    for text in names:
        found = given_name_gender(parse(text))
        if found:
            return found
    return None


@lru_cache(maxsize=65_536)
def nationality_codes(nationalities: tuple[str, ...]) -> frozenset[str]:
    """The ISO codes of the nationalities a list entry gives (those it can read)."""
    return frozenset(c for c in (country_code(n) for n in nationalities) if c)


def listed_gender_of(entry: ListEntry) -> str | None:
    return {"male": "m", "female": "f"}.get(entry.gender.lower())


def _document_reasons(profile: Profile, entry: ListEntry) -> list[Reason]:
    out = []
    for kind, number, _country in profile.documents:
        mine = compact(number or "")
        if len(mine) < 5:
            continue
        for document in entry.documents:
            if mine in numbers_in(document.number) or mine == compact(document.number):
                out.append(Reason("document_match", DOCUMENT_MATCH,
                                  {"number": mine, "type": kind, "list": document.kind or ""}))
                return out
    return out


def document_keys(entry: ListEntry) -> set[str]:
    """Every compact number of an entry's documents (for the document index)."""
    keys: set[str] = set()
    for document in entry.documents:
        keys |= numbers_in(document.number)
        if len(compact(document.number)) >= 5:
            keys.add(compact(document.number))
    return keys
