"""The PDF floor: the strings a report draws, recorded once, then drawn bare with `canvas.drawString`.

`recorded()` watches every string reportlab's canvas draws (platypus tables, our text flowables,
the page header and footer, chart labels) with its page, font, size and absolute position. `draw()`
writes a PDF with the same strings at the same positions and nothing else: no database, no layout
engine, no shaping or bidi (the strings are already in drawing order), no rules or fills. Its time
is what reportlab needs to put that text on pages on this machine: the PDF figure's baseline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

# (page, font, size, x, y, text) with x, y the string's left end on the page, in points
Drawn = tuple[int, str, float, float, float, str]


@contextmanager
def recorded() -> Iterator[list[Drawn]]:
    """Inside the block, every string any reportlab canvas draws is appended to the list yielded."""
    strings: list[Drawn] = []
    originals = {name: getattr(Canvas, name) for name in ("drawString", "drawRightString", "drawCentredString")}
    shift = {"drawString": 0.0, "drawRightString": 1.0, "drawCentredString": 0.5}

    def watch(name: str) -> Any:
        original = originals[name]

        def drawing(self: Any, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:
            a, b, c, d, e, f = self._currentMatrix
            left = x - shift[name] * stringWidth(text, self._fontname, self._fontsize)
            strings.append((self._pageNumber, self._fontname, self._fontsize, a * left + c * y + e,
                            b * left + d * y + f, text))
            return original(self, x, y, text, *args, **kwargs)

        return drawing

    for name in originals:
        setattr(Canvas, name, watch(name))
    try:
        yield strings
    finally:
        for name, original in originals.items():
            setattr(Canvas, name, original)


def save(strings: list[Drawn], path: Path) -> Path:
    path.write_text(json.dumps(strings, ensure_ascii=False), encoding="utf-8")
    return path


def load(path: Path) -> list[list[tuple[str, float, float, float, str]]]:
    """The recorded strings, page by page (font, size, x, y, text)."""
    pages: dict[int, list[tuple[str, float, float, float, str]]] = {}
    for page, font, size, x, y, text in json.loads(path.read_text(encoding="utf-8")):
        pages.setdefault(page, []).append((font, size, x, y, text))
    return [pages[number] for number in sorted(pages)]


def draw(pages: list[list[tuple[str, float, float, float, str]]], path: Path, fonts: dict[str, str]) -> Path:
    """A4 pages with the strings at their positions; `fonts` maps font names to TTF files."""
    for name, file in fonts.items():
        pdfmetrics.registerFont(TTFont(name, file))
    canvas = Canvas(str(path), pagesize=A4)
    for page in pages:
        current: tuple[str, float] | None = None
        for font, size, x, y, text in page:
            if (font, size) != current:
                canvas.setFont(font, size)
                current = (font, size)
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()
    return path
