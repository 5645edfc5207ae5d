"""Right-to-left text for reportlab, which cannot lay out Arabic by itself.

Lines are broken on the logical text first (word widths measured with the real font; an English
word too long for its column is hyphenated); then each line is shaped into Arabic presentation
forms (joined letters that still extract as text) and put into visual order.

A paragraph's base direction is the report's language, never its first letter: in an Arabic
report every paragraph reads right to left, and each run of Latin words or numbers inside it (a
reference, a date, a name in English) is isolated and reads left to right as one block, as the
Unicode bidi algorithm's isolates do. In an English report runs of Arabic are isolated the same
way. Breaking before reordering is what keeps wrapped lines top to bottom. Characters the font
lacks (emoji, other scripts) print as a visible code ("[U+1F600]"), never as an empty box. User
text never reaches reportlab's markup parser: it is drawn as plain strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from compliance_desk.reports.cells import clean_text

REGULAR, BOLD = "Amiri", "Amiri-Bold"
_registered = False
_covered: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Amiri (static TTFs shipped by fontpkg-amiri) for Arabic and Latin alike."""
    global _registered, _covered
    if _registered:
        return
    from fontpkg_amiri import ROOT

    regular = TTFont(REGULAR, str(ROOT / "files" / "Amiri-Regular.ttf"))
    bold = TTFont(BOLD, str(ROOT / "files" / "Amiri-Bold.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    _covered = frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)
    _registered = True


@lru_cache(maxsize=65536)
def printable(text: str) -> str:
    """`text` without control characters and bidi overrides, every character the font lacks replaced
    by its code point in brackets; invisible joiners and variation selectors it lacks are dropped."""
    register_fonts()
    text = clean_text(text)
    if all(ord(ch) in _covered or ch in "\n\t" for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in _covered or ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) not in ("Mn", "Me", "Cf"):
            out.append(f"[U+{ord(ch):04X}]")
    return "".join(out)


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})
_STRONG_RTL = ("R", "AL")
_NUMBER = ("EN", "AN")
_CLOSING = {")": "(", "]": "[", "}": "{", "»": "«", ">": "<"}
_OPENING = frozenset(_CLOSING.values())
# Neutral, unmirrored characters that stand for an isolated run while the rest of a line is reordered.
_PLACEHOLDERS = [chr(c) for c in range(0x2400, 0x2427)]


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=65536)
def shaped(word: str) -> str:
    return _RESHAPER.reshape(word) if _RTL.search(word) else word


def _kind(ch: str) -> str:
    return unicodedata.bidirectional(ch)


def _closing_brackets(text: str, start: int, end: int) -> int:
    """`end` moved past the closing brackets that follow a run and close brackets it opened."""
    run = text[start:end]
    opened = sum(ch in _OPENING for ch in run) - sum(ch in _CLOSING for ch in run)
    while opened > 0 and end < len(text) and text[end] in _CLOSING:
        end += 1
        opened -= 1
    return end


def ltr_runs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each left-to-right run of a right-to-left line: Latin words and numbers with
    the spaces and punctuation between them, never a right-to-left letter. A sign or mask glued to
    a number belongs to it (+966…, ••••3756, 45%); so do brackets the run opens and closes."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        kind = _kind(text[i])
        if kind != "L" and kind not in _NUMBER:
            i += 1
            continue
        start = i
        floor = runs[-1][1] if runs else 0
        while start > floor and (_kind(text[start - 1]) in ("ES", "ET") or text[start - 1] in "•*"):
            start -= 1
        last = i
        j = i + 1
        while j < n:
            kind_j = _kind(text[j])
            if kind_j in _STRONG_RTL:
                break
            if kind_j == "L" or kind_j in _NUMBER or (kind_j == "ET" and last == j - 1 and
                                                       _kind(text[last]) in _NUMBER):
                last = j
            j += 1
        end = _unopened(text, start, _closing_brackets(text, start, last + 1))
        runs.append((start, end))
        i = end
    return runs


def _unopened(text: str, start: int, end: int) -> int:
    """`end` moved back before a bracket the run opens but does not close (it pairs outside)."""
    depth = 0
    cut = None
    for index in range(start, end):
        if text[index] in _OPENING:
            depth += 1
            if depth == 1:
                cut = index
        elif text[index] in _CLOSING and depth:
            depth -= 1
    if not depth or cut is None:
        return end
    while cut > start + 1 and text[cut - 1] == " ":
        cut -= 1
    return cut


def rtl_runs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each right-to-left run of a left-to-right line: from a right-to-left letter
    to the last one before the next Latin letter."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if _kind(text[i]) not in _STRONG_RTL:
            i += 1
            continue
        last = i
        j = i + 1
        while j < n and _kind(text[j]) != "L":
            if _kind(text[j]) in _STRONG_RTL or unicodedata.category(text[j]) == "Mn":
                last = j
            j += 1
        runs.append((i, last + 1))
        i = last + 1
    return runs


def _right_to_left(text: str) -> str:
    """A right-to-left line in drawing order, its left-to-right runs isolated."""
    if not _RTL.search(text):
        return text  # no right-to-left letter at all (an English name, a date, a masked number)
    pool = [p for p in _PLACEHOLDERS if p not in text]
    pieces: dict[str, str] = {}
    parts: list[str] = []
    last = 0
    for (start, end), holder in zip(ltr_runs(text), pool, strict=False):
        parts += [text[last:start], holder]
        pieces[holder] = text[start:end]
        last = end
    parts.append(text[last:])
    shown = get_display("".join(parts), base_dir="R")  # marks stay before their letter, as Amiri draws them
    for holder, piece in pieces.items():
        shown = shown.replace(holder, piece)
    return shown


def _left_to_right(text: str) -> str:
    """A left-to-right line in drawing order, its right-to-left runs isolated."""
    if not _RTL.search(text):
        return text
    parts: list[str] = []
    last = 0
    for start, end in rtl_runs(text):
        parts += [text[last:start], _right_to_left(text[start:end])]
        last = end
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=65536)
def visual(line: str, rtl: bool) -> str:
    """One logical line in drawing order (left to right on the page); `rtl` is the paragraph's base
    direction, which is the report's language."""
    text = shaped(line)
    return _right_to_left(text) if rtl else _left_to_right(text)


@lru_cache(maxsize=65536)
def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(shaped(text), font, size)


@lru_cache(maxsize=1)
def _hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_GB")


def _breaks(word: str, syllables: bool) -> list[tuple[int, str]]:
    """Where an overlong word may break, as (position, text added at the end of the first part):
    after its own hyphens and slashes; with `syllables`, for an English word, between syllables with
    a hyphen. Identifiers and hashes get no hyphen added (it would change them)."""
    if not syllables:
        return [(i + 1, "") for i, ch in enumerate(word[:-1]) if ch in "-/‐_"]
    found: list[tuple[int, str]] = []
    if not _RTL.search(word) and any(ch.isalpha() for ch in word):
        for piece_start, piece in _pieces(word):
            if piece.isalpha() and len(piece) > 4:
                found += [(piece_start + p, "-") for p in _hyphenator().positions(piece)]  # type: ignore[attr-defined]
    return found


def _pieces(word: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", word)]


def _split_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    """An unbroken run longer than the column, cut into pieces that fit: at a hyphen or a syllable
    where one fits, else (a hash, a long number) between characters."""
    pieces: list[str] = []
    rest = word
    while width(rest, font, size) > max_width:
        offset = len(word) - len(rest)
        fitting: list[tuple[int, str]] = []
        for syllables in (False, True):  # the word's own hyphen before a syllable of ours
            fitting = [(p - offset, extra) for p, extra in _breaks(word, syllables) if 0 < p - offset < len(rest)
                       and width(rest[:p - offset] + extra, font, size) <= max_width]
            if fitting:
                break
        if fitting:
            cut, extra = fitting[-1]
        else:
            cut, extra = 1, ""
            while cut < len(rest) and width(rest[:cut + 1], font, size) <= max_width:
                cut += 1
        pieces.append(rest[:cut] + extra)
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Logical lines of `text` that fit `max_width`, breaking at spaces (or inside an overlong word)."""
    return list(_wrapped(text, font, size, max_width))


@lru_cache(maxsize=65536)
def _wrapped(text: str, font: str, size: float, max_width: float) -> tuple[str, ...]:
    """(a cell is wrapped several times while a table is measured, split and drawn)"""
    register_fonts()
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in printable(text).split("\n"):
        words = paragraph.split(" ")
        current: list[str] = []
        current_width = 0.0
        for word in words:
            w = width(word, font, size)
            if w > max_width:  # an unbroken run longer than the column: cut it
                if current:
                    lines.append(" ".join(current))
                pieces = _split_word(word, font, size, max_width)
                lines += pieces[:-1]
                current, current_width = [pieces[-1]], width(pieces[-1], font, size)
                continue
            extra = w + (space if current else 0)
            if current and current_width + extra > max_width:
                lines.append(" ".join(current))
                current, current_width = [word], w
            else:
                current.append(word)
                current_width += extra
        lines.append(" ".join(current))
    return tuple(lines)
