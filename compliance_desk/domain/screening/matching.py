"""Name matching: an index over every name of the loaded list entries, and a name score.

The score of a customer's name against a list name (0–1):
- each part of one name is paired with at most one part of the other (order free: name parts
  are written in many orders, and lists put the family name first in "Last, First" aliases);
- two parts agree when the common-names table says they are the same name (Mohammed / محمد /
  Muhammad), or when their consonant skeletons are close (Levenshtein, normalised); the same
  script also compares the spelling itself (Indel, normalised); two different known names never
  agree (محمد / محمود);
- parts weigh by how rare they are among the list's names (and very common given names weigh
  little), so "Mohammed Abdullah" matching two common parts of a long name stays low;
- the score is 0.6 × the weighted share of the customer's name explained + 0.4 × the share of
  the list name explained, so missing middle names lower it only a little; matching first and
  last parts add a small bonus; a match on common parts only is discounted; a "low quality" UN
  alias counts 0.9.

The index finds candidates through the skeletons of the query's rarer parts (and skeletons one
edit away), so a full register is screened without comparing every pair; of those it scores only
the names whose parts that may agree with the query's (`agreement`) can reach the floor, which
bounds the score, so it finds what scoring them all would.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from rapidfuzz.distance import Indel, Levenshtein

from compliance_desk.domain.screening.agreement import SLACK, Agreement
from compliance_desk.domain.screening.entries import ListEntry
from compliance_desk.domain.screening.names import Name, Part, parse, table

PART_FLOOR = 0.75          # below this two parts do not agree at all
LOW_QUALITY = 0.9          # factor for the UN list's "Low" quality aliases
QUERY_SHARE = 0.6          # weight of the customer's name explained (the rest: the list name's)
END_BONUS = 0.03           # first part with first part, last with last
COMMON_WEIGHT = 0.3        # ceiling of the weight of a very common given name
SKELETON_FACTOR = 0.95     # close skeletons (Levenshtein) count this much of their closeness


_SIMILARITY: dict[tuple[int, int], float] = {}


def part_similarity(a: Part, b: Part) -> float:
    """How far two name parts agree, 0–1 (see the module text); remembered per pair of parts."""
    key = (a.uid, b.uid)
    found = _SIMILARITY.get(key)
    if found is None or not a.uid or not b.uid:
        found = _similarity(a, b)
        if len(_SIMILARITY) > 2_000_000:
            _SIMILARITY.clear()
        _SIMILARITY[key] = found
    return found


def _similarity(a: Part, b: Part) -> float:
    if a.script == b.script and a.text == b.text:
        return 1.0
    if a.canon and b.canon:
        return 1.0 if a.canon & b.canon else 0.0
    skeleton = 0.0
    for sa in a.skeletons:
        for sb in b.skeletons:
            if not sa or not sb:
                continue
            if sa == sb:
                return max(0.95 if len(sa) >= 3 else 0.85, _spelling(a, b))
            if min(len(sa), len(sb)) >= 3:
                skeleton = max(skeleton, SKELETON_FACTOR * Levenshtein.normalized_similarity(sa, sb))
    return max(skeleton, _spelling(a, b))


def _spelling(a: Part, b: Part) -> float:
    if a.script != b.script:
        return 0.0
    spelling = Indel.normalized_similarity(a.text, b.text)
    return spelling * 0.8 if min(len(a.text), len(b.text)) <= 3 and spelling < 1.0 else spelling


@dataclass(frozen=True)
class NameMatch:
    """The best agreement of one query name with one list name."""

    score: float
    query: str
    listed: str
    pairs: tuple[tuple[str, str, float], ...]   # (query part, list part, similarity)
    weak_alias: bool = False


@dataclass(frozen=True)
class Candidate:
    entry: int          # index into NameIndex.entries
    match: NameMatch


class NameIndex:
    """Every name of the entries, parsed once, with postings by skeleton and known name."""

    def __init__(self, entries: Sequence[ListEntry]) -> None:
        self.entries = list(entries)
        self.names: list[tuple[int, Name, str]] = []          # (entry index, name, quality)
        postings: dict[str, list[int]] = defaultdict(list)
        for index, entry in enumerate(self.entries):
            for text, quality in entry.names():
                name = parse(text)
                if not name.parts:
                    continue
                name_id = len(self.names)
                self.names.append((index, name, quality))
                for key in {k for p in name.parts for k in _keys(p)} | {_joined_key(name)}:
                    postings[key].append(name_id)
        self.postings = dict(postings)
        self.total = max(1, len(self.names))
        self._log_total = math.log(self.total + 1)
        self._near: dict[str, set[str]] = defaultdict(set)    # one deletion away -> skeleton keys
        for key in self.postings:
            if key.startswith("s:") and len(key) >= 6:        # skeletons of 4+ letters
                for variant in _deletions(key[2:]):
                    self._near[variant].add(key)
        self._near_cache: dict[str, tuple[str, ...]] = {}
        self.common_limit = max(50, self.total // 20)
        self._weights: dict[int, float] = {}
        self._hits_cache: dict[int, frozenset[int]] = {}
        self._name_weight = [sum(self.weight(p) for p in name.parts) for _e, name, _q in self.names]
        # what `compare` reads of each list name, laid out once; names with the same parts and
        # quality (aliases written alike) share a group and are scored once per search
        self._listed: list[tuple[tuple[Part, ...], tuple[float, ...], float, str, bool]] = []
        groups: dict[tuple[tuple[tuple[str, str], ...], str], int] = {}
        self._group: list[int] = []
        for _e, name, quality in self.names:
            we = [self.weight(p) for p in name.parts]
            self._listed.append((name.parts, tuple(we), sum(we), name.joined_skeleton, quality == "low"))
            group = (tuple((p.text, p.script) for p in name.parts), quality)
            self._group.append(groups.setdefault(group, len(groups)))
        self._joined_length = [len(name.joined_skeleton) for _e, name, _q in self.names]
        self._longest_joined = max(self._joined_length, default=0)
        self.agreement = Agreement([name for _e, name, _q in self.names], self.weight, PART_FLOOR, SKELETON_FACTOR)

    # ------------------------------------------------------------------ weights
    def weight(self, p: Part) -> float:
        found = self._weights.get(p.uid)
        if found is None:
            found = self._weights[p.uid] = self._weight(p)
        return found

    def _weight(self, p: Part) -> float:
        df = len(self.postings.get("s:" + p.skeleton, ())) if p.skeleton else 0
        w = max(0.2, math.log((self.total + 1) / (df + 1)) / self._log_total) if df else 1.0
        if p.canon & table().common:
            w = min(w, COMMON_WEIGHT)
        if len(p.skeleton) <= 2:
            w = min(w, 0.6)
        return w

    # ------------------------------------------------------------------ comparing two names
    def compare(self, query: Name, listed: Name, quality: str = "good") -> NameMatch:
        pairs = []
        for i, q in enumerate(query.parts):
            for j, e in enumerate(listed.parts):
                s = part_similarity(q, e)
                if s >= PART_FLOOR:
                    pairs.append((s, i, j))
        pairs.sort(reverse=True)
        used_q: dict[int, tuple[int, float]] = {}
        used_e: set[int] = set()
        for s, i, j in pairs:
            if i not in used_q and j not in used_e:
                used_q[i] = (j, s)
                used_e.add(j)
        wq = [self.weight(p) for p in query.parts]
        we = [self.weight(p) for p in listed.parts]
        got_q = sum(wq[i] * s for i, (_j, s) in used_q.items())
        got_e = sum(we[j] * s for _i, (j, s) in used_q.items())
        score = QUERY_SHARE * got_q / sum(wq) + (1 - QUERY_SHARE) * got_e / sum(we)
        if used_q.get(0, (-1, 0))[0] == 0 and len(query.parts) > 1:
            score += END_BONUS
        last_q, last_e = len(query.parts) - 1, len(listed.parts) - 1
        if last_q > 0 and used_q.get(last_q, (-1, 0))[0] == last_e:
            score += END_BONUS
        matched_weight = sum(max(wq[i], we[j]) for i, (j, _s) in used_q.items())
        score *= 0.75 + 0.25 * min(1.0, matched_weight / 0.9)
        joined_q, joined_e = query.joined_skeleton, listed.joined_skeleton
        if len(query.parts) != len(listed.parts) and min(len(joined_q), len(joined_e)) >= 4:
            if joined_q == joined_e:
                score = max(score, 0.9)
            elif min(len(joined_q), len(joined_e)) >= 6:
                score = max(score, 0.9 * Levenshtein.normalized_similarity(joined_q, joined_e) ** 2)
        if quality == "low":
            score *= LOW_QUALITY
        shown = tuple((query.parts[i].text, listed.parts[j].text, round(s, 2))
                      for i, (j, s) in sorted(used_q.items()))
        return NameMatch(min(1.0, score), query.original, listed.original, shown, quality == "low")

    # ------------------------------------------------------------------ searching
    def _near_keys(self, key: str) -> tuple[str, ...]:
        cached = self._near_cache.get(key)
        if cached is None:
            found = set()
            skeleton = key[2:]
            if len(skeleton) >= 4:
                for variant in (skeleton, *_deletions(skeleton)):
                    found |= self._near.get(variant, set())
            found.discard(key)
            cached = self._near_cache[key] = tuple(sorted(found))
        return cached

    def _hits(self, p: Part) -> frozenset[int]:
        """The names holding this part, or a part one skeleton edit away (remembered)."""
        found = self._hits_cache.get(p.uid)
        if found is None:
            hits: set[int] = set()
            for key in _keys(p):
                hits.update(self.postings.get(key, ()))
                if key.startswith("s:"):
                    for near in self._near_keys(key):
                        hits.update(self.postings.get(near, ()))
            found = frozenset(hits)
            if len(self._hits_cache) > 200_000:
                self._hits_cache.clear()
            self._hits_cache[p.uid] = found
        return found

    def _joinable(self, query: Name, floor: float) -> list[bool]:
        """By length: whether a list name's joined skeleton may lift its score to `floor` (see
        `compare`: equal, or close enough by Levenshtein, which a difference in length caps)."""
        mine = len(query.joined_skeleton)
        out = [False] * (self._longest_joined + 1)
        if mine >= 4:
            for length in range(4, len(out)):
                out[length] = length == mine or (min(length, mine) >= 6 and 0.9 * (
                    1 - abs(length - mine) / max(length, mine)) ** 2 >= floor - SLACK)
        return out

    def search(self, query: Name, floor: float) -> list[Candidate]:
        """List names that may score at least `floor` against `query`, best per entry.

        A list name is a candidate when the weight of the query parts it holds (or parts of a near
        skeleton) can reach `floor`; a candidate is scored only when the parts that may agree with
        the query's (see `agreement`) can reach it, or its skeleton written as one word can
        (Walijan / ولي جان): a bound, so the same names are found as if all were scored."""
        if not query.parts:
            return []
        weights = [self.weight(p) for p in query.parts]
        total = sum(weights)
        unbounded = 0.0
        common: list[tuple[frozenset[int], float]] = []
        looked_up: list[tuple[frozenset[int], float]] = []
        for p, w in zip(query.parts, weights, strict=True):
            hits = self._hits(p)
            if len(hits) > self.common_limit and len(query.parts) > 1:
                common.append((hits, w))   # too common to look up alone
            else:
                looked_up.append((hits, w))
        joined = self.postings.get(_joined_key(query), ())             # Walijan / ولي جان
        # the names holding a part looked up, in the order they are met; the weight of the query
        # parts each holds (`got`, below) is added up only for those that get that far
        found: dict[int, float | None] = dict.fromkeys(chain(*(hits for hits, _w in looked_up), joined))
        joined_set = frozenset(joined)
        if common and not found:
            # only common parts (e.g. "Mohammed Ahmed"): names holding all of them
            shared = frozenset.intersection(*(hits for hits, _w in common))
            found = dict.fromkeys(shared, sum(w for _hits, w in common))
        else:
            unbounded = sum(w for _hits, w in common)   # they may match anything found
        # the score can exceed QUERY_SHARE * share of the query + the rest + bonuses only
        needed = (floor - (1 - QUERY_SHARE) - 2 * END_BONUS) / QUERY_SHARE
        best: dict[int, NameMatch] = {}
        scorer = _QueryScorer(self, query)
        scored: dict[int, float] = {}      # group -> score (names with the same parts score alike)
        name_weight, group_of, listed = self._name_weight, self._group, self._listed
        exact = self.agreement.exact and all(p.uid for p in query.parts)
        agreeing = [(w, self.agreement.contributions(p)) for p, w in zip(query.parts, weights, strict=True)] \
            if exact else []
        joinable = self._joinable(query, floor)
        joined_length = self._joined_length
        candidates: Iterable[int] = found
        if exact:   # the others cannot reach the floor (below): passed over in one sweep
            holding = set().union(*(contributions for _w, contributions in agreeing))
            keep = found.keys() & holding
            keep.update(n for n in found.keys() - holding if joinable[joined_length[n]])
            candidates = filter(keep.__contains__, found)
        for name_id in candidates:
            got = found[name_id]
            if got is None:
                got = 0.0
                for hits, w in looked_up:
                    if name_id in hits:
                        got += w
                if name_id in joined_set:
                    got = max(got, total)
            if exact:
                # at most: every query part with a part that may agree, and every such list part, agree fully
                query_weight = listed_weight = 0.0
                for w, contributions in agreeing:
                    held = contributions.get(name_id)
                    if held is not None:
                        query_weight += w
                        listed_weight += held
            share = (got + unbounded) / total
            # the list name can be explained at most by the weight the query brings (with slack)
            bound = QUERY_SHARE * share + (1 - QUERY_SHARE) * min(1.0, 1.25 * (got + unbounded)
                                                                  / name_weight[name_id])
            if share < needed or bound + 2 * END_BONUS < floor:
                continue
            if exact:
                most = QUERY_SHARE * query_weight / total + (1 - QUERY_SHARE) * listed_weight / name_weight[name_id]
                if most + 2 * END_BONUS < floor - SLACK and not (joinable[joined_length[name_id]]
                                                                 and scorer.joined_reaches(listed[name_id], floor)):
                    continue
            group = group_of[name_id]
            score = scored.get(group)
            if score is None:
                score = scored[group] = scorer.score(listed[name_id])
            if score < floor:
                continue
            entry = self.names[name_id][0]
            if entry in best and score <= best[entry].score:
                continue
            _e, name, quality = self.names[name_id]
            best[entry] = self.compare(query, name, quality)
        return sorted((Candidate(e, m) for e, m in best.items()), key=lambda c: -c.match.score)

    def search_all(self, queries: Iterable[Name], floor: float) -> dict[int, NameMatch]:
        """The best match per entry over several names of one customer (Arabic and Latin)."""
        best: dict[int, NameMatch] = {}
        for query in queries:
            for candidate in self.search(query, floor):
                if candidate.entry not in best or candidate.match.score > best[candidate.entry].score:
                    best[candidate.entry] = candidate.match
        return best


class _QueryScorer:
    """`NameIndex.compare`'s score of one query against many list names, without building the
    match: the same steps and the same arithmetic (so the same number), with the query's weights
    and its part similarities looked up once per search."""

    def __init__(self, index: NameIndex, query: Name) -> None:
        self.parts = query.parts
        self.wq = [index.weight(p) for p in query.parts]
        self.sum_wq = sum(self.wq)
        self.joined = query.joined_skeleton
        self.rows: list[dict[int, float]] = [{} for _p in query.parts]   # list part uid -> similarity

    def joined_reaches(self, listed: tuple[tuple[Part, ...], tuple[float, ...], float, str, bool],
                       floor: float) -> bool:
        """Whether the score's step on the skeletons written as one word reaches `floor`."""
        parts, _we, _sum_we, joined_e, _low = listed
        joined_q = self.joined
        if len(self.parts) == len(parts) or min(len(joined_q), len(joined_e)) < 4:
            return False
        if joined_q == joined_e:
            return 0.9 >= floor
        return min(len(joined_q), len(joined_e)) >= 6 and \
            0.9 * Levenshtein.normalized_similarity(joined_q, joined_e) ** 2 >= floor

    def score(self, listed: tuple[tuple[Part, ...], tuple[float, ...], float, str, bool]) -> float:
        parts, we, sum_we, joined_e, low = listed
        pairs = []
        for i, q in enumerate(self.parts):
            row = self.rows[i]
            for j, e in enumerate(parts):
                s = row.get(e.uid) if e.uid else None
                if s is None:
                    s = part_similarity(q, e)
                    if e.uid:
                        row[e.uid] = s
                if s >= PART_FLOOR:
                    pairs.append((s, i, j))
        pairs.sort(reverse=True)
        used_q: dict[int, tuple[int, float]] = {}
        used_e: set[int] = set()
        for s, i, j in pairs:
            if i not in used_q and j not in used_e:
                used_q[i] = (j, s)
                used_e.add(j)
        wq = self.wq
        got_q = sum(wq[i] * s for i, (_j, s) in used_q.items())
        got_e = sum(we[j] * s for _i, (j, s) in used_q.items())
        score = QUERY_SHARE * got_q / self.sum_wq + (1 - QUERY_SHARE) * got_e / sum_we
        n_query = len(self.parts)
        if used_q.get(0, (-1, 0))[0] == 0 and n_query > 1:
            score += END_BONUS
        last_q, last_e = n_query - 1, len(parts) - 1
        if last_q > 0 and used_q.get(last_q, (-1, 0))[0] == last_e:
            score += END_BONUS
        matched_weight = sum(max(wq[i], we[j]) for i, (j, _s) in used_q.items())
        score *= 0.75 + 0.25 * min(1.0, matched_weight / 0.9)
        joined_q = self.joined
        if n_query != len(parts) and min(len(joined_q), len(joined_e)) >= 4:
            if joined_q == joined_e:
                score = max(score, 0.9)
            elif min(len(joined_q), len(joined_e)) >= 6:
                score = max(score, 0.9 * Levenshtein.normalized_similarity(joined_q, joined_e) ** 2)
        if low:
            score *= LOW_QUALITY
        return min(1.0, score)


def _keys(p: Part) -> list[str]:
    return ["c:" + c for c in sorted(p.canon)] + ["s:" + s for s in p.skeletons if s]


def _joined_key(name: Name) -> str:
    return "j:" + name.joined_skeleton


def _deletions(text: str) -> set[str]:
    return {text[:i] + text[i + 1:] for i in range(len(text))}


def parse_names(texts: Iterable[str | None]) -> list[Name]:
    return [n for n in (parse(t) for t in texts if t) if n.parts]
