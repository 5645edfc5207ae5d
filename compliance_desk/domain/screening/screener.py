"""Screening one customer after another against the loaded lists: candidates by name or by
document number, then the evidence; the hits are the findings at or above the alert threshold.

The threshold (ALERT) is tuned with `benchmarks/screening.py` on the UN list: it sits where list
names written in the other script or in a common variant are still found, while common Saudi
names of the demo customers raise almost nothing (see the figures in the README).
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from compliance_desk.domain.screening.documents import compact
from compliance_desk.domain.screening.entries import ListEntry
from compliance_desk.domain.screening.evidence import (
    DOB_EXACT,
    DOB_FAR,
    DOB_MISMATCH,
    DOB_NEAR,
    DOB_YEAR,
    GENDER_MISMATCH,
    NATIONALITY_MATCH,
    NATIONALITY_MISMATCH,
    Finding,
    Profile,
    dob_outcome,
    document_keys,
    listed_gender_of,
    names_gender,
    nationality_codes,
    weigh,
)
from compliance_desk.domain.screening.matching import NameIndex, NameMatch, parse_names

ALERT = 80                      # score (0–100) at which a finding becomes a hit to decide
CACHE = 50_000                  # names remembered with their candidates (customers share names)


class Screener:
    def __init__(self, entries: Sequence[ListEntry], threshold: int = ALERT) -> None:
        self.entries = list(entries)
        self.threshold = threshold
        self.index = NameIndex(self.entries)
        self.by_document: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(self.entries):
            for key in document_keys(entry):
                self.by_document[key].append(number)
        # a name must reach this for the other identifiers to lift it to the threshold
        self.name_floor = max(0.3, (threshold - DOB_EXACT - NATIONALITY_MATCH) / 100)
        self._names: OrderedDict[tuple[str, ...], dict[int, NameMatch]] = OrderedDict()
        # the evidence `_reaches` reads of each entry: a person?, its nationality codes, its gender,
        # the days of birth it gives
        self._evidence = [(e.kind == "individual", nationality_codes(tuple(e.nationalities)), listed_gender_of(e),
                           frozenset(d.date for d in e.birth_dates if d.date)) for e in self.entries]

    def name_matches(self, names: Sequence[str]) -> dict[int, NameMatch]:
        key = tuple(sorted(n for n in names if n))
        cached = self._names.get(key)
        if cached is not None:
            self._names.move_to_end(key)
            return cached
        found = self.index.search_all(parse_names(key), self.name_floor)
        self._names[key] = found
        if len(self._names) > CACHE:
            self._names.popitem(last=False)
        return found

    def findings(self, profile: Profile, threshold: int | None = None) -> list[Finding]:
        """Every entry the customer scores at least `threshold` against (default: the alert
        threshold), best first."""
        limit = self.threshold if threshold is None else threshold
        matches = self.name_matches(profile.names)
        candidates = set(matches)
        by_document: set[int] = set()
        for _kind, document, _country in profile.documents:
            by_document.update(self.by_document.get(compact(document or ""), ()))
        candidates |= by_document
        gender = names_gender(tuple(profile.names))
        out = []
        for number in candidates:
            # most candidates cannot reach the threshold whatever the evidence: skip weighing them
            if limit > 0 and number not in by_document and not self._reaches(profile, gender, number, matches[number],
                                                                                limit):
                continue
            finding = weigh(profile, self.entries[number], matches.get(number))
            if finding.score >= limit:
                out.append(replace(finding, entry_index=number))
        return sorted(out, key=lambda f: (-f.score, f.entry_ref))

    def _reaches(self, profile: Profile, gender: str | None, number: int, name: NameMatch, limit: int) -> bool:
        """Whether `weigh` can score the customer at least `limit` (> 0) against entry `number` when
        no document number matches (the entry is not among the customer's document candidates):
        the points it adds up, without building the reasons, the date of birth looked at last."""
        person, codes, listed_gender, days = self._evidence[number]
        points = round(100 * name.score)
        if not person:
            return points - points // 5 >= limit
        if profile.nationality and codes:
            points += NATIONALITY_MATCH if profile.nationality in codes else NATIONALITY_MISMATCH
        if gender and listed_gender and gender != listed_gender:
            points += GENDER_MISMATCH
        dob, dates = profile.date_of_birth, self.entries[number].birth_dates
        if not dob or not dates:
            return points >= limit
        if dob in days:
            return points + DOB_EXACT >= limit
        if points + max(DOB_YEAR, DOB_NEAR) < limit:
            return False
        if points + min(DOB_MISMATCH, DOB_FAR) >= limit:
            return True
        outcome = dob_outcome(dob, dates)
        return points + (outcome[1] if outcome else 0) >= limit
