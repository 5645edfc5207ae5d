"""The lexicon of the policy check: phrases per (kind, code), in data files an officer can extend.

    KIND CODE: phrase | phrase | …

A phrase is a run of words; each word matches whatever its attached prefixes and endings (see
words.stems), unless written "=word" (that exact word, folded). Inside a phrase, "…" stands for up
to four other words. A phrase written "-phrase"
is an exclusion: where it matches, the other phrases of the same code do not count ("الدورات
التدريبية" are courses, not staff training).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from compliance_desk.domain.arabic import normalise
from compliance_desk.domain.policy.words import tokens

KINDS = ("data_category", "purpose", "recipient", "right", "retention", "legal_basis", "transfer", "security")
GAP = frozenset({"…"})  # the stems of a gap marker
MAX_GAP = 4


@dataclass(frozen=True)
class Entry:
    kind: str
    code: str
    phrase: tuple[frozenset[str], ...]  # the stems of each word; GAP for "…"
    exclusion: bool = False


@lru_cache(maxsize=4)
def lexicon(lang: str) -> tuple[Entry, ...]:
    text = resources.files("compliance_desk.domain").joinpath("lexicon", f"{lang}.txt").read_text(encoding="utf-8")
    return parse_lexicon(text)


def parse_lexicon(text: str) -> tuple[Entry, ...]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, phrases = line.partition(":")
        parts = head.split()
        if len(parts) != 2 or parts[0] not in KINDS or not phrases.strip():
            raise ValueError(f"lexicon line {number}: expected 'KIND CODE: phrase | phrase'")
        for phrase in phrases.split("|"):
            phrase = phrase.strip()
            exclusion = phrase.startswith("-")
            words: list[frozenset[str]] = []
            for piece in phrase.lstrip("-").replace("...", " … ").replace("…", " … ").split():
                if piece == "…":
                    if words and words[-1] is not GAP:
                        words.append(GAP)
                elif piece.startswith("=") and len(piece) > 1:
                    words.append(frozenset({normalise(piece[1:])}))
                else:
                    words += [s for s, _start, _end in tokens(piece)]
            while words and words[-1] is GAP:
                words.pop()
            if words:
                entries.append(Entry(parts[0], parts[1], tuple(words), exclusion))
    return tuple(entries)


Words = Sequence[tuple[frozenset[str], int, int]]


def match_at(words: Words, position: int, phrase: tuple[frozenset[str], ...]) -> int | None:
    """The index of the last word of `phrase` matched from `position`, or None."""
    if not phrase:
        return position - 1
    if phrase[0] is GAP:
        for skip in range(MAX_GAP + 1):
            end = match_at(words, position + skip, phrase[1:])
            if end is not None:
                return end
        return None
    if position >= len(words) or not words[position][0] & phrase[0]:
        return None
    return match_at(words, position + 1, phrase[1:])


def matches(words: Words, index: dict[str, set[int]], entry: Entry) -> list[tuple[int, int]]:
    """(first word, last word) of every place `entry` matches."""
    starts = set().union(*(index.get(c, set()) for c in entry.phrase[0]))
    found = []
    for position in sorted(starts):
        end = match_at(words, position + 1, entry.phrase[1:])
        if end is not None:
            found.append((position, end))
    return found


def word_index(words: Words) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    for position, (candidates, _start, _end) in enumerate(words):
        for candidate in candidates:
            index.setdefault(candidate, set()).add(position)
    return index
