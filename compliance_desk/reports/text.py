"""Right-to-left text for reportlab, which cannot lay out Arabic by itself.

Lines are broken on the logical text first (word widths measured with the real font); then each
line is shaped into Arabic presentation forms (joined letters that still extract as text) and put
into visual order by the Unicode bidi algorithm, which also mirrors brackets and keeps numbers and
Latin words left-to-right. Breaking before reordering is what keeps wrapped lines top to bottom.
User text never reaches reportlab's markup parser: it is drawn as plain strings.
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


def register_fonts() -> None:
    """Amiri (static TTFs shipped by fontpkg-amiri) for Arabic and Latin alike."""
    global _registered
    if _registered:
        return
    from fontpkg_amiri import ROOT

    pdfmetrics.registerFont(TTFont(REGULAR, str(ROOT / "files" / "Amiri-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(ROOT / "files" / "Amiri-Bold.ttf")))
    _registered = True


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


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


@lru_cache(maxsize=65536)
def visual(line: str, rtl: bool) -> str:
    """One logical line in drawing order (left to right on the page)."""
    text = shaped(line)
    if not _RTL.search(text) and not rtl:
        return text
    return get_display(text, base_dir="R" if rtl else "L")


@lru_cache(maxsize=65536)
def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(shaped(text), font, size)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Logical lines of `text` that fit `max_width`, breaking at spaces (or inside an overlong word)."""
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in clean_text(text).split("\n"):
        words = paragraph.split(" ")
        current: list[str] = []
        current_width = 0.0
        for word in words:
            w = width(word, font, size)
            if w > max_width:  # an unbroken run longer than the column: cut it
                if current:
                    lines.append(" ".join(current))
                    current, current_width = [], 0.0
                piece = ""
                for ch in word:
                    if width(piece + ch, font, size) > max_width and piece:
                        lines.append(piece)
                        piece = ""
                    piece += ch
                current, current_width = [piece], width(piece, font, size)
                continue
            extra = w + (space if current else 0)
            if current and current_width + extra > max_width:
                lines.append(" ".join(current))
                current, current_width = [word], w
            else:
                current.append(word)
                current_width += extra
        lines.append(" ".join(current))
    return lines
