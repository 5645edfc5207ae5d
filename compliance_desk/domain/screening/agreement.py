"""Which parts of the list names a customer's name part can agree with, found exactly.

`matching.part_similarity` gives two parts a similarity of at least PART_FLOOR only when (see
`matching._similarity`): they are the same text; or both are names the table knows and they are
the same name; or one of them is unknown to the table and their consonant skeletons are equal or
close (Levenshtein), or their spellings in the same script are close (Indel). So the parts a query
part may agree with are found without comparing it to every list part one by one: the table's
names by their canonical name, skeletons by a dictionary and by rapidfuzz over the distinct
skeletons, spellings by rapidfuzz over the distinct spellings, with cut-offs a hair below the
floor (a few more parts than agree, never fewer).

From these, `contributions` gives per list name the weight of its parts that may agree with the
query part, which bounds the score a name can reach (`NameIndex.search`) so most names are never
scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from compliance_desk.domain.screening.names import Name, Part

SLACK = 1e-9


class Agreement:
    """The distinct parts of the list names, by canonical name, skeleton and spelling."""

    def __init__(self, names: Sequence[Name], weight: Callable[[Part], float], part_floor: float,
                 skeleton_factor: float) -> None:
        occurrences: dict[int, dict[int, int]] = defaultdict(dict)      # part uid -> {name id: times}
        parts: dict[int, Part] = {}
        for name_id, name in enumerate(names):
            for p in name.parts:
                parts[p.uid] = p
                held = occurrences[p.uid]
                held[name_id] = held.get(name_id, 0) + 1
        # parts made past the cache of `names.part` have no number of their own: no shortcut then
        self.exact = 0 not in parts
        self._occurrences = dict(occurrences)
        self._parts = parts
        self._weight = {uid: weight(p) for uid, p in parts.items()}
        self._by_canon: dict[str, list[int]] = defaultdict(list)
        self._by_skeleton: dict[str, list[int]] = defaultdict(list)
        self._by_text: dict[str, dict[str, int]] = defaultdict(dict)   # script -> text -> uid
        for uid, p in parts.items():
            for canon in p.canon:
                self._by_canon[canon].append(uid)
            for skeleton in set(p.skeletons):
                if skeleton:
                    self._by_skeleton[skeleton].append(uid)
            self._by_text[p.script][p.text] = uid
        self._skeletons = sorted(s for s in self._by_skeleton if len(s) >= 3)
        self._texts = {script: list(texts) for script, texts in self._by_text.items()}
        self._skeleton_cutoff = part_floor / skeleton_factor - SLACK
        self._spelling_cutoff = part_floor - SLACK
        self._cache: dict[int, dict[int, float]] = {}

    def agreeing(self, q: Part) -> set[int]:
        """The list parts (uids) whose similarity with `q` may reach the floor."""
        same_name: set[int] = set()
        for canon in q.canon:
            same_name.update(self._by_canon.get(canon, ()))
        close: set[int] = set()
        for skeleton in set(q.skeletons):
            if not skeleton:
                continue
            close.update(self._by_skeleton.get(skeleton, ()))
            if len(skeleton) >= 3:
                for found, _score, _i in process.extract(skeleton, self._skeletons, scorer=Levenshtein.normalized_similarity,
                                                         score_cutoff=self._skeleton_cutoff, limit=None):
                    close.update(self._by_skeleton[found])
        texts = self._by_text.get(q.script, {})
        for found, _score, _i in process.extract(q.text, self._texts.get(q.script, []),
                                                 scorer=Indel.normalized_similarity,
                                                 score_cutoff=self._spelling_cutoff, limit=None):
            close.add(texts[found])
        if q.canon:   # two known names agree only when they are the same name
            close = {uid for uid in close if not self._parts[uid].canon}
        return same_name | close

    def contributions(self, q: Part) -> dict[int, float]:
        """List name id -> the weight of its parts that may agree with `q` (remembered per part)."""
        found = self._cache.get(q.uid) if q.uid else None
        if found is None:
            found = {}
            for uid in self.agreeing(q):
                w = self._weight[uid]
                for name_id, times in self._occurrences[uid].items():
                    found[name_id] = found.get(name_id, 0.0) + w * times
            if q.uid:
                if len(self._cache) > 100_000:
                    self._cache.clear()
                self._cache[q.uid] = found
        return found
