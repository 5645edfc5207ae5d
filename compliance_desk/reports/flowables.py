"""The pieces a report page is made of: paragraphs laid out for the report's language, headings that
stay with what follows them (and mark the PDF outline), and tables whose columns run from the right
in Arabic, that never leave one row alone on a page and say "(continued)" when they go on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from compliance_desk.reports.labels import label
from compliance_desk.reports.text import BOLD, REGULAR, printable, register_fonts, visual, wrap
from compliance_desk.reports.text import width as width_of

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 42 * mm
NAVY = colors.HexColor("#1F3864")
GREY = colors.HexColor("#5A5A5A")
LIGHT = colors.HexColor("#E9EEF6")
RED = colors.HexColor("#B00020")
PADDING = 4
MIN_ROWS = 2  # rows of a table kept together at a page's foot and carried to the next page
MAX_CELL_LINES = 40  # a longer cell continues in a row of its own (a row taller than a page cannot print)


@dataclass(frozen=True)
class Mark:
    """A value that must stand out (Missing, Overdue, Expired): drawn bold, in red unless told."""

    text: str
    color: Any = RED
    bold: bool = True

    def __str__(self) -> str:
        return self.text


def missing(lang: str) -> Mark:
    return Mark(label("missing", lang))


def or_missing(value: Any, lang: str) -> Any:
    """The value, or a red "Missing" when it is blank."""
    return value if value not in (None, "") else missing(lang)


class Text(Flowable):
    """A paragraph of plain text, laid out for its language: never parsed as markup.

    The base direction is the report's language: an Arabic paragraph reads right to left even when
    it starts with a reference or an English name, which read left to right inside it."""

    def __init__(self, text: Any, lang: str, size: float = 9.5, bold: bool = False, color: Any = colors.black,
                 align: str | None = None, space_after: float = 0, leading: float | None = None) -> None:
        super().__init__()
        self.text = "" if text is None else str(text)
        self.lang = lang
        self.size = size
        self.font = BOLD if bold else REGULAR
        self.color = color
        self.rtl = lang == "ar"
        self.align = align or ("right" if self.rtl else "left")
        self.space_after = space_after
        self.leading = leading or size * 1.45
        self.lines: list[str] = []

    def _copy(self, text: str, space_after: float = 0) -> Text:
        return Text(text, self.lang, self.size, self.font == BOLD, self.color, self.align, space_after, self.leading)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = wrap(self.text, self.font, self.size, max(available_width, 20))
        self.height = len(self.lines) * self.leading + self.space_after
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height // self.leading)
        if fit < min(MIN_ROWS, len(self.lines)) or fit >= len(self.lines):
            return []
        if len(self.lines) - fit < MIN_ROWS:  # no single line carried to the next page
            fit = len(self.lines) - MIN_ROWS
            if fit < MIN_ROWS:
                return []
        return [self._copy("\n".join(self.lines[:fit])), self._copy("\n".join(self.lines[fit:]), self.space_after)]

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(self.color)
        y = self.height - self.space_after - self.size
        for line in self.lines:
            shown = visual(line, self.rtl)
            if self.align == "right":
                c.drawRightString(self.width, y, shown)
            elif self.align == "center":
                c.drawCentredString(self.width / 2, y, shown)
            else:
                c.drawString(0, y, shown)
            y -= self.leading


class Heading(Text):
    """A heading: an entry of the PDF's outline (bookmarks) where it is drawn."""

    def __init__(self, text: str, lang: str, level: int = 1, outline: bool | None = None) -> None:
        size = {1: 15, 2: 12.5, 3: 11}[level]
        super().__init__(text, lang, size=size, bold=True, color=NAVY, space_after=4 if level > 1 else 6)
        self.level = level
        self.outline = level <= 2 if outline is None else outline

    def draw(self) -> None:
        super().draw()
        if self.outline:
            add_outline(self.canv, self.text, self.level - 1)


def add_outline(canvas: Any, title: str, level: int) -> None:
    """A bookmark to this page in the PDF outline (levels never skip one, as PDF readers need)."""
    count = getattr(canvas, "_outline_count", 0) + 1
    deepest = getattr(canvas, "_outline_level", -1)
    level = max(0, min(level, deepest + 1))
    key = f"outline-{count}"
    canvas.bookmarkPage(key)
    canvas.addOutlineEntry(printable(title).replace("\n", " "), key, level=level, closed=level > 0)
    canvas._outline_count, canvas._outline_level = count, level


def heading(text: str, lang: str, level: int = 1, outline: bool | None = None) -> Heading:
    return Heading(text, lang, level, outline)


def _start_height(flowable: Flowable, available_width: float, available_height: float) -> float:
    """How much of `flowable` must sit under its heading: a table's header and first rows, a
    paragraph's first lines, anything else whole."""
    _, height = flowable.wrap(available_width, available_height)
    if isinstance(flowable, Table):
        rows = flowable._rowHeights
        head = flowable.repeatRows if isinstance(flowable.repeatRows, int) else len(flowable.repeatRows)
        return float(sum(rows[:head + MIN_ROWS]))
    if isinstance(flowable, Text):
        return min(height, MIN_ROWS * flowable.leading)
    if isinstance(flowable, KeepWithNext):
        return _start_height(flowable.heading, available_width, available_height) + \
            _start_height(flowable.following, available_width, available_height)
    return float(height)


class KeepWithNext(Flowable):
    """A heading kept on the same page as the start of what follows it (never stranded at a foot)."""

    def __init__(self, heading: Flowable, following: Flowable) -> None:
        super().__init__()
        self.heading = heading
        self.following = following

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # never placed whole: the frame always asks split(), which hands over the two parts
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        _, head = self.heading.wrap(available_width, available_height)
        need = head + _start_height(self.following, available_width, available_height - head)
        if need > available_height and available_height < FRAME_HEIGHT - 1:
            return []
        return [self.heading, self.following]

    def draw(self) -> None:  # pragma: no cover - split() always replaces it
        pass


def section(title: str, lang: str, content: Sequence[Flowable], level: int = 2) -> list[Flowable]:
    """A heading and its content, the heading kept with the content's start."""
    items = list(content) or [Text(label("nothing", lang), lang)]
    return [KeepWithNext(heading(title, lang, level), items[0]), *items[1:]]


class ReportTable(Table):
    """A table that keeps at least two rows together at both ends of a page break, and starts its
    continuation with "<caption> (continued)" above the repeated header."""

    caption = ""
    lang = "en"

    def onSplit(self, part: Any) -> None:  # noqa: N802 - reportlab's name
        part.caption, part.lang = self.caption, self.lang

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._calc(available_width, available_height)
        heights = self._rowHeights
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        total = len(heights)
        fits, used = 0, 0.0
        while fits < total and used + heights[fits] <= available_height:
            used += heights[fits]
            fits += 1
        body = total - head
        at_top = available_height >= FRAME_HEIGHT - 1
        if fits - head < min(MIN_ROWS, body) and not at_top:
            return []  # to the next page whole rather than a heading row and one line here
        if 0 < total - fits < MIN_ROWS and fits - head - (MIN_ROWS - (total - fits)) >= MIN_ROWS:
            fits -= MIN_ROWS - (total - fits)  # no single row alone at the top of the next page
        parts = Table.split(self, available_width, sum(heights[:max(fits, head + 1)]) + 0.01)
        if len(parts) == 2 and self.caption:
            caption = Text(f"{self.caption} ({label('continued', self.lang)})", self.lang, size=8.5, bold=True,
                           color=GREY, space_after=2)
            return [parts[0], PageBreak(), caption, parts[1]]
        return list(parts)


def _cell(value: Any, lang: str, size: float, bold: bool, color: Any, width: float) -> Any:
    """A cell: plain visual strings, one a line, when it takes no more than MAX_CELL_LINES lines (the
    table draws them in its font, colour and leading, where a Text would draw them: fast to lay out
    and to draw); a Mark, a header's wrapping text, or a longer text (cut into rows by _tall_rows),
    as a wrapping Text."""
    if isinstance(value, Flowable):
        return value
    if isinstance(value, Mark):
        return Text(value.text, lang, size=size, bold=value.bold, color=value.color)
    text = printable("" if value is None else str(value))
    font = BOLD if bold else REGULAR
    if "\n" not in text and width_of(text, font, size) <= width - 2 * PADDING - 1:
        return visual(text, lang == "ar")
    if not bold:  # (a header row's FONT sets its leading to 1.2 × size: its cells stay Text)
        lines = wrap(text, font, size, max(width - 2 * PADDING, 20))  # as Text.wrap in a cell this wide
        if len(lines) <= MAX_CELL_LINES:
            return "\n".join(visual(line, lang == "ar") for line in lines)
    return Text(text, lang, size=size, bold=bold, color=color)


def _tall_rows(cells: list[Any], widths: Sequence[float]) -> list[list[Any]]:
    """A row whose longest cell runs past MAX_CELL_LINES lines, as several rows (a row cannot split)."""
    chunks: list[list[str] | None] = []
    for cell, width in zip(cells, widths, strict=False):
        if type(cell) is Text and len(cell.text) > MAX_CELL_LINES * width / 12:  # could run past the limit
            lines = wrap(cell.text, cell.font, cell.size, max(width - 2 * PADDING, 20))
            chunks.append(lines if len(lines) > MAX_CELL_LINES else None)
        else:
            chunks.append(None)
    longest = max((len(c) for c in chunks if c is not None), default=0)
    if not longest:
        return [cells]
    rows = []
    for start in range(0, longest, MAX_CELL_LINES):
        row = []
        for cell, lines in zip(cells, chunks, strict=False):
            if lines is not None:
                row.append(cell._copy("\n".join(lines[start:start + MAX_CELL_LINES])))
            else:
                row.append(cell if start == 0 else "")
        rows.append(row)
    return rows


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], lang: str, *, header: bool = True,
          size: float = 8.5, zebra: bool = True, caption: str = "") -> ReportTable:
    """A table of text cells; in Arabic its columns run from the right (widths mirrored too).
    `caption` names the table on the pages it continues onto."""
    register_fonts()
    rtl = lang == "ar"
    total = sum(widths)
    scaled = [w * CONTENT_WIDTH / total for w in widths]
    data: list[list[Any]] = []
    shade: list[int] = []
    for r, row in enumerate(rows):
        head = header and r == 0
        color = colors.white if head else colors.black
        cells = [_cell(value, lang, size, head, color, w) for value, w in zip(row, scaled, strict=False)]
        for part in ([cells] if head else _tall_rows(cells, scaled)):
            if zebra and not head and r % 2 == 0:
                shade.append(len(data))
            data.append(list(reversed(part)) if rtl else part)
    result = ReportTable(data, colWidths=list(reversed(scaled)) if rtl else scaled, repeatRows=1 if header else 0)
    result.caption, result.lang = caption, lang
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
    for r in shade:
        style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    result.setStyle(TableStyle(style))
    return result


def key_values(pairs: Sequence[tuple[str, Any]], lang: str, size: float = 9, caption: str = "") -> ReportTable:
    """A two-column table of label → value, the label column on the reading side."""
    return table([[k, v] for k, v in pairs], [32, 68], lang, header=False, size=size, caption=caption)


def chunked_tables(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float], lang: str,
                   chunk: int = 300, size: float = 8, caption: str = "") -> list[Flowable]:
    """Long lists as several tables (one huge Table is slow to lay out), each with the header."""
    if not rows:
        return [Text(label("nothing", lang), lang)]
    return [table([header, *rows[i:i + chunk]], widths, lang, size=size, caption=caption)
            for i in range(0, len(rows), chunk)]
