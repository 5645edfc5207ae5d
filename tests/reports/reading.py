"""Reading a PDF report back: text per page, and where each character sits (PDFium char boxes), so
tests check the order a reader sees, not only the strings."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader


@dataclass(frozen=True)
class Char:
    text: str
    x: float  # left edge
    y: float  # bottom edge
    right: float


def pages_text(path: Path) -> list[str]:
    """Text of each page as PDFium extracts it (it puts right-to-left runs in reading order), NFKC."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [unicodedata.normalize("NFKC", document[i].get_textpage().get_text_range())
                for i in range(len(document))]
    finally:
        document.close()


def latin_text(path: Path) -> str:
    """pypdf's extraction: Latin tokens intact (PDFium can split one that sits inside an Arabic line)."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def chars(path: Path, page: int) -> list[Char]:
    """Every character drawn on a page (0-based) with its box, NFKC-folded (Arabic presentation
    forms become plain letters)."""
    document = pdfium.PdfDocument(str(path))
    try:
        textpage = document[page].get_textpage()
        text = textpage.get_text_range()
        out = []
        for index, ch in enumerate(text):
            if ch in "\r\n":
                continue
            left, bottom, right, _top = textpage.get_charbox(index)
            out.append(Char(unicodedata.normalize("NFKC", ch), left, bottom, right))
        return out
    finally:
        document.close()


def line_at(found: list[Char], y: float, tolerance: float = 2.5) -> list[Char]:
    """The characters on the printed line at height `y`, left to right as they appear."""
    return sorted((c for c in found if abs(c.y - y) <= tolerance and c.text.strip()), key=lambda c: c.x)


def visual_line(found: list[Char], y: float) -> str:
    return "".join(c.text for c in line_at(found, y))


def occurrences(found: list[Char], token: str) -> list[list[Char]]:
    """Every place a Latin or digit `token` is drawn, as its characters left to right, from the top
    of the page down (spaces ignored; Arabic letters, whose boxes sit at uneven heights, left out)."""
    latin = [c for c in found if c.text.strip() and not ("\u0600" <= c.text <= "\u06ff")]
    rows: list[list[Char]] = []
    for c in sorted(latin, key=lambda c: -c.y):
        if rows and abs(rows[-1][0].y - c.y) <= 2.5:
            rows[-1].append(c)
        else:
            rows.append([c])
    runs = []
    for row in rows:
        row.sort(key=lambda c: c.x)
        text = "".join(c.text for c in row)
        start = text.find(token)
        while start >= 0:
            runs.append(row[start:start + len(token)])
            start = text.find(token, start + 1)
    return runs


def find(found: list[Char], token: str) -> list[Char]:
    """The characters of the topmost place `token` is drawn."""
    runs = occurrences(found, token)
    if not runs:
        raise AssertionError(f"{token!r} not drawn")
    return runs[0]


def outline(path: Path) -> list[tuple[int, str]]:
    """The PDF's bookmarks as (depth, title)."""
    reader = PdfReader(path)
    found: list[tuple[int, str]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(reader.outline, 0)
    return found


def drawn(path: Path, page: int) -> list[str]:
    """The strings as the PDF draws them, each left to right on the page (visual order), NFKC."""
    found: list[str] = []

    def visit(text: str, *_: object) -> None:
        if text.strip():
            found.append(unicodedata.normalize("NFKC", text))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found
