"""The shared PDF layout: A4 pages with header and footer (page X of Y, time, marking, seal), a cover,
bidi-aware text and tables whose columns run from the right in Arabic."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from compliance_desk import __version__
from compliance_desk.domain.dates import hijri_text
from compliance_desk.reports.cells import clean_text
from compliance_desk.reports.labels import label
from compliance_desk.reports.text import BOLD, REGULAR, is_rtl, register_fonts, visual, wrap
from compliance_desk.reports.text import width as width_of
from compliance_desk.storage.files import create_private, publish, remove_leftovers, temporary_name

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
NAVY = colors.HexColor("#1F3864")
GREY = colors.HexColor("#5A5A5A")
LIGHT = colors.HexColor("#E9EEF6")


class Text(Flowable):
    """A paragraph of plain text, laid out for its language: never parsed as markup."""

    def __init__(self, text: Any, lang: str, size: float = 9.5, bold: bool = False, color: Any = colors.black,
                 align: str | None = None, space_after: float = 0, leading: float | None = None) -> None:
        super().__init__()
        self.text = "" if text is None else str(text)
        self.lang = lang
        self.size = size
        self.font = BOLD if bold else REGULAR
        self.color = color
        self.rtl = lang == "ar"
        # a paragraph reads in the direction of its first strong letter (an English value in an
        # Arabic report stays left-to-right); alignment follows the report's language
        # text without letters (numbers, dates, masked identifiers) reads left to right: is_rtl is False
        self.base_rtl = is_rtl(self.text)
        self.align = align or ("right" if self.rtl else "left")
        self.space_after = space_after
        self.leading = leading or size * 1.45
        self.lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = wrap(self.text, self.font, self.size, max(available_width, 20))
        self.height = len(self.lines) * self.leading + self.space_after
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        head = Text("\n".join(self.lines[:fit]), self.lang, self.size, self.font == BOLD, self.color, self.align)
        tail = Text("\n".join(self.lines[fit:]), self.lang, self.size, self.font == BOLD, self.color, self.align,
                    self.space_after)
        return [head, tail]

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(self.color)
        y = self.height - self.space_after - self.size
        for line in self.lines:
            shown = visual(line, self.base_rtl)
            if self.align == "right":
                c.drawRightString(self.width, y, shown)
            elif self.align == "center":
                c.drawCentredString(self.width / 2, y, shown)
            else:
                c.drawString(0, y, shown)
            y -= self.leading


def heading(text: str, lang: str, level: int = 1) -> Text:
    size = {1: 15, 2: 12.5, 3: 11}[level]
    return Text(text, lang, size=size, bold=True, color=NAVY, space_after=4 if level > 1 else 6)


PADDING = 4


def _cell(value: Any, lang: str, size: float, bold: bool, color: Any, width: float) -> Any:
    """A cell: a plain visual string when it fits one line (fast to lay out), else a wrapping Text."""
    text = clean_text("" if value is None else str(value))
    font = BOLD if bold else REGULAR
    if "\n" not in text and width_of(text, font, size) <= width - 2 * PADDING - 1:
        return visual(text, is_rtl(text))
    return Text(text, lang, size=size, bold=bold, color=color)


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], lang: str, *, header: bool = True,
          size: float = 8.5, zebra: bool = True) -> Table:
    """A table of text cells; in Arabic its columns run from the right (widths mirrored too)."""
    register_fonts()
    rtl = lang == "ar"
    total = sum(widths)
    scaled = [w * CONTENT_WIDTH / total for w in widths]
    data = []
    for r, row in enumerate(rows):
        head = header and r == 0
        color = colors.white if head else colors.black
        cells = [_cell(value, lang, size, head, color, w) for value, w in zip(row, scaled, strict=False)]
        data.append(list(reversed(cells)) if rtl else cells)
    result = Table(data, colWidths=list(reversed(scaled)) if rtl else scaled, repeatRows=1 if header else 0)
    style = [
        # how plain string cells are drawn (Text cells carry their own font)
        ("FONT", (0, 0), (-1, -1), REGULAR, size),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
        ("LEADING", (0, 0), (-1, -1), size * 1.45),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8C2D6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
        style.append(("FONT", (0, 0), (-1, 0), BOLD, size))
        style.append(("TEXTCOLOR", (0, 0), (-1, 0), colors.white))
    if zebra:
        for r in range(1 if header else 0, len(data)):
            if r % 2 == 0:
                style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    result.setStyle(TableStyle(style))
    return result


def key_values(pairs: Sequence[tuple[str, Any]], lang: str, size: float = 9) -> Table:
    """A two-column table of label → value, the label column on the reading side."""
    return table([[k, v] for k, v in pairs], [32, 68], lang, header=False, size=size)


def chunked_tables(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float], lang: str,
                   chunk: int = 300, size: float = 8) -> list[Flowable]:
    """Long lists as several tables (one huge Table is slow to lay out), each with the header."""
    if not rows:
        return [Text(label("nothing", lang), lang)]
    return [table([header, *rows[i:i + chunk]], widths, lang, size=size) for i in range(0, len(rows), chunk)]


@dataclass
class ReportInfo:
    lang: str
    title: str
    organisation: str
    officer: str
    seal: str
    period: str
    generated: dt.datetime
    hijri: bool = False
    cover_lines: Sequence[tuple[str, str]] = ()


def _line(c: Any, text: str, x: float, y: float, lang: str, font: str, size: float, align: str) -> None:
    c.setFont(font, size)
    shown = visual(text, is_rtl(text) if any(unicodedata.bidirectional(ch) in ("L", "R", "AL") for ch in text)
                   else lang == "ar")
    {"right": c.drawRightString, "center": c.drawCentredString, "left": c.drawString}[align](x, y, shown)


def _canvas_class(info: ReportInfo) -> type[pdfcanvas.Canvas]:
    lang = info.lang
    start, end = ("right", "left") if lang == "ar" else ("left", "right")
    x_start = PAGE_WIDTH - MARGIN if lang == "ar" else MARGIN
    x_end = MARGIN if lang == "ar" else PAGE_WIDTH - MARGIN

    class NumberedCanvas(pdfcanvas.Canvas):
        """Draws the header and the footer once the page count is known ("page X of Y")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            page = self._pageNumber
            self.setFillColor(GREY)
            self.setStrokeColor(colors.HexColor("#B8C2D6"))
            if page > 1:
                _line(self, info.organisation, x_start, PAGE_HEIGHT - 12 * mm, lang, BOLD, 9, start)
                _line(self, info.title, x_end, PAGE_HEIGHT - 12 * mm, lang, REGULAR, 9, end)
                self.line(MARGIN, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 14 * mm)
            self.line(MARGIN, 16 * mm, PAGE_WIDTH - MARGIN, 16 * mm)
            _line(self, label("page", lang, page=page, pages=total), x_start, 11 * mm, lang, BOLD, 8.5, start)
            _line(self, label("confidential", lang), PAGE_WIDTH / 2, 11 * mm, lang, BOLD, 8.5, "center")
            when = info.generated.strftime("%Y-%m-%d %H:%M")
            _line(self, label("generated", lang, when=when), x_end, 11 * mm, lang, REGULAR, 8, end)
            _line(self, f"{label('seal', lang)}: {info.seal}", PAGE_WIDTH / 2, 7 * mm, lang, REGULAR, 7, "center")

    return NumberedCanvas


def cover(info: ReportInfo) -> list[Flowable]:
    lang = info.lang
    date = info.generated.date()
    date_text = date.isoformat()
    if info.hijri:
        extra = hijri_text(date, lang)
        date_text = f"{date_text} ({extra})" if extra else date_text
    story: list[Flowable] = [Spacer(1, 40 * mm), Text(info.organisation, lang, size=14, bold=True, color=GREY,
                                                        align="center", space_after=10),
                             Text(info.title, lang, size=24, bold=True, color=NAVY, align="center", space_after=18)]
    pairs = [(label("period", lang), info.period), (label("report_date", lang), date_text),
             (label("officer", lang), info.officer), *info.cover_lines,
             (label("seal", lang), info.seal)]
    story.append(key_values(pairs, lang, size=10))
    story += [Spacer(1, 8 * mm), Text(label("seal_note", lang), lang, size=8.5, color=GREY)]
    story.append(PageBreak())
    return story


def build(path: Path | str, info: ReportInfo, story: list[Flowable],
          progress: Callable[[], bool | None] | None = None) -> Path:
    """Write the PDF atomically (a temporary file renamed at the end), owner-only."""
    register_fonts()
    path = Path(path)
    remove_leftovers(path.parent)
    temporary = temporary_name(path, "writing")
    create_private(temporary)  # reports hold personal data: owner-only from the first byte
    document = BaseDocTemplate(str(temporary), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                               topMargin=20 * mm, bottomMargin=22 * mm, title=info.title,
                               author=info.organisation, creator=f"Compliance Desk {__version__}",
                               subject=f"{label('seal', 'en')} {info.seal}")
    frame = Frame(MARGIN, 22 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 42 * mm, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        document.setPageCallBack(lambda _n: _check(progress))
    try:
        document.build(cover(info) + story, canvasmaker=_canvas_class(info))
        publish(temporary, path, replace=True)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _check(progress: Callable[[], bool | None]) -> None:
    if progress() is False:
        raise InterruptedError("cancelled")
