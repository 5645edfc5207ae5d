"""Words, light stems and sentences of a policy, with offsets into the original text."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from compliance_desk.domain.arabic import normalise

_PREFIXES = sorted(["و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "فال", "كال", "لل", "وب", "ول", "فب", "فل", "ولل",
                    "وبال", "وس", "س", "فس"], key=len, reverse=True)
_SUFFIXES = sorted(["ها", "هم", "هما", "هن", "كم", "كما", "نا", "ك", "ي", "ه", "ات", "ون", "ين", "يه", "ان",
                    "تها", "تهم", "تك", "تكم", "اتها", "اتهم", "اتك", "اتكم", "اتنا"],
                   key=len, reverse=True)
# letters and digits (Arabic punctuation such as "،" is not \w) plus Arabic combining marks
WORD = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+(?:['’-](?:[^\W_]|[\u064b-\u065f\u0670])+)*")
# a full stop inside "info@site.com" or "3.5" does not end a sentence, nor the colon of "https://"
SENTENCE_END = re.compile(r"\.(?![A-Za-z0-9])|:(?!//)|[!?؟\n•؛;]")
CLAUSE_END = re.compile(r"\.(?![A-Za-z0-9])|:(?!//)|[!?؟\n•؛;،,()]")
_ARABIC = re.compile("[\u0600-\u06ff]")


@lru_cache(maxsize=100_000)
def stems(word: str) -> frozenset[str]:
    """Every light stem a word may have: with or without an attached prefix (و ف ب ك ل ال …) and a
    common ending (ـك ـها ـهم ـات ـون …) for Arabic, since "بريدك" may be "ب+ريد+ك" or "بريد+ك";
    without a plural "s" for English. Two words meet when their stems intersect."""
    w = normalise(word).strip("'’-")
    found = {w}
    if _ARABIC.search(w):
        for prefix in ("", *_PREFIXES):
            if not w.startswith(prefix) or len(w) - len(prefix) < 3:
                continue
            rest = w[len(prefix):]
            found.add(rest)
            for suffix in _SUFFIXES:
                if rest.endswith(suffix) and len(rest) - len(suffix) >= 3:
                    found.add(rest[: -len(suffix)])
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        found.add(w[:-1])
    return frozenset(found)


def tokens(text: str) -> list[tuple[frozenset[str], int, int]]:
    """(stems, start, end in `text`) of every word."""
    return [(stems(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


@lru_cache(maxsize=16)
def _marks(text: str, clauses: bool) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentence (or clause) delimiters of `text`, once per text."""
    found = list((CLAUSE_END if clauses else SENTENCE_END).finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence around `offset`."""
    starts, ends = _marks(text, False)
    before = bisect.bisect_right(ends, offset) - 1
    after = bisect.bisect_left(starts, offset)
    return (ends[before] if before >= 0 else 0), (starts[after] if after < len(starts) else len(text))


def clause_start(text: str, offset: int) -> int:
    """Where the clause holding `offset` starts (after a comma, a bracket, a full stop …)."""
    _starts, ends = _marks(text, True)
    before = bisect.bisect_right(ends, offset) - 1
    return ends[before] if before >= 0 else 0


def sentence_at(text: str, offset: int) -> tuple[int, str]:
    start, end = sentence_span(text, offset)
    return start, " ".join(text[start:end].split())


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence."""
    spans = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ة": "ه", "ؤ": "و",
                          **{chr(0x0660 + i): str(i) for i in range(10)},
                          **{chr(0x06F0 + i): str(i) for i in range(10)}})


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if _MARKS.match(ch):
        return ""
    if ord(ch) > 0xFB4F:  # presentation forms and compatibility characters
        ch = unicodedata.normalize("NFKC", ch) or ch
    return ch.translate(_LETTERS).casefold()


@lru_cache(maxsize=4096)
def folded(text: str) -> tuple[str, list[int]]:
    """`text` folded like arabic.normalise (letters, marks, tatweel, digits, case), and for each
    character of the folded text its offset in `text`: patterns run on the folded text, findings
    point into the original. (Cached: callers must not change the list.)"""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        out.append(piece)
        where.extend([i] * len(piece))
    where.append(len(text))
    return "".join(out), where
