"""The shared PDF frame of every report: A4 pages with a header (organisation, title) and a footer
(page X of Y, time, marking, seal), the cover with document control, the sign-off block, and the
document's metadata (title, author, language) and outline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from compliance_desk import __version__
from compliance_desk.domain.dates import hijri_text
from compliance_desk.domain.language_cue import cued
from compliance_desk.reports.flowables import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    GREY,
    MARGIN,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RED,
    Mark,
    Text,
    add_outline,
    heading,
    key_values,
    or_missing,
    section,
    table,
)
from compliance_desk.reports.labels import label
from compliance_desk.reports.text import BOLD, REGULAR, printable, register_fonts, visual, wrap
from compliance_desk.reports.text import width as width_of
from compliance_desk.storage.files import create_private, publish, remove_leftovers, temporary_name

TIMESTAMP = "%Y-%m-%d %H:%M"  # every time in a report reads this way (dates: ISO YYYY-MM-DD)


@dataclass
class DocumentControl:
    """Printed on the cover: which version of the document this is, who prepared and approved it,
    and who receives it."""

    version: str = ""
    prepared_by: str = ""
    approved_by: str = ""
    distribution: str = ""


@dataclass
class ReportInfo:
    lang: str
    title: str
    organisation: str
    seal: str
    period: str
    generated: dt.datetime
    hijri: bool = False
    cover_lines: Sequence[tuple[str, Any]] = ()
    control: DocumentControl = field(default_factory=DocumentControl)
    reveal: bool = False
    identifiers: bool = True  # the report can hold personal identifiers: say how they are shown
    kind: str = ""
    public: bool = False  # a document for the public (the privacy notice): no cover, no confidential marking
    sealed: bool = True  # the register seal in the footer (False: the public privacy notice, a text to publish)
    seal_entry: int = 0  # the export entry the seal is the hash of, and its time (ISO UTC)
    sealed_at: str = ""
    as_of: str = ""  # "as of entry N, DATE" for a report re-made as of a seal (storage/as_of.py)
    as_of_note: str = ""  # what the cover says of that
    front: Sequence[Flowable] | None = None  # a document's own first block in place of the report cover
    closing: Sequence[Flowable] = ()  # a document's own last block, after the sign-off


QR_SIZE = 17 * mm  # the QR code in the footer of the cover and the last page, at the reading side
QR_BOTTOM = 3 * mm


def qr_payload(info: ReportInfo) -> str:
    """What the footer's QR code holds: the seal, its entry number and the report kind, so an auditor's
    phone reads them without retyping 64 characters (`verify --seal` and the app accept the text)."""
    return f"compliance-desk seal={info.seal} entry={info.seal_entry} kind={info.kind or 'report'}"


def qr_box(info: ReportInfo) -> tuple[float, float, float]:
    """x, y and size of the footer's QR code."""
    x = PAGE_WIDTH - MARGIN - QR_SIZE if info.lang == "ar" else MARGIN
    return x, QR_BOTTOM, QR_SIZE


def draw_qr(c: Any, info: ReportInfo) -> None:
    from reportlab.graphics import renderPDF

    x, y, size = qr_box(info)
    renderPDF.draw(_qr_drawing(qr_payload(info), size), c, x, y)


@lru_cache(maxsize=4)
def _qr_drawing(payload: str, size: float) -> Any:
    """The QR code as a drawing: encoded once for the first and the last page (reportlab encodes in
    Python, a tenth of a second each)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barBorder=2, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(widget)
    return drawing


def seal_text(info: ReportInfo) -> str:
    text = f"{label('seal', info.lang)}: {info.seal}"
    if info.seal_entry:
        when = info.sealed_at[:16].replace("T", " ")
        text += f" — {label('seal_footer', info.lang, entry=info.seal_entry, when=when)}"
    return text


def _line(c: Any, text: str, x: float, y: float, lang: str, font: str, size: float, align: str) -> None:
    c.setFont(font, size)
    shown = visual(printable(text), lang == "ar")
    {"right": c.drawRightString, "center": c.drawCentredString, "left": c.drawString}[align](x, y, shown)


def _fitted(text: str, font: str, size: float, room: float, smallest: float = 6.5) -> tuple[float, list[str]]:
    """`text` at the largest size down to `smallest` that fits `room` on one line, else on two lines at
    `smallest` (the second shortened with "…" if it still runs over)."""
    text = printable(text).replace("\n", " ")
    while size > smallest and width_of(text, font, size) > room:
        size -= 0.5
    if width_of(text, font, size) <= room:
        return size, [text]
    lines = wrap(text, font, smallest, room)
    if len(lines) > 2:
        second = " ".join(lines[1:])
        while second and width_of(second + "…", font, smallest) > room:
            second = second[:-1]
        lines = [lines[0], second.rstrip() + "…"]
    return smallest, lines


def draw_header(c: Any, info: ReportInfo, page: int) -> None:
    """Organisation at the reading side, title at the other (a long name shrinks, then wraps); the
    full-identifiers marking on every page, the cover too."""
    lang = info.lang
    start, end = ("right", "left") if lang == "ar" else ("left", "right")
    x_start = PAGE_WIDTH - MARGIN if lang == "ar" else MARGIN
    x_end = MARGIN if lang == "ar" else PAGE_WIDTH - MARGIN
    if info.reveal:
        c.setFillColor(RED)
        _line(c, label("revealed_marking", lang), PAGE_WIDTH / 2, PAGE_HEIGHT - 8 * mm, lang, BOLD, 8.5, "center")
    if info.as_of:
        c.setFillColor(NAVY)
        _line(c, info.as_of, PAGE_WIDTH / 2, PAGE_HEIGHT - (4.5 if info.reveal else 8) * mm, lang, BOLD, 8.5, "center")
    if page == 1:
        return
    c.setFillColor(GREY)
    title_size, title_lines = _fitted(info.title, REGULAR, 9, CONTENT_WIDTH * 0.45)
    title_width = max(width_of(t, REGULAR, title_size) for t in title_lines)
    size, lines = _fitted(info.organisation, BOLD, 9, CONTENT_WIDTH - title_width - 8 * mm)
    top = PAGE_HEIGHT - 12 * mm + (size * 1.15 if len(lines) > 1 else 0)
    for i, text in enumerate(lines):
        _line(c, text, x_start, top - i * size * 1.15, lang, BOLD, size, start)
    for i, text in enumerate(title_lines):
        _line(c, text, x_end, PAGE_HEIGHT - 12 * mm - i * title_size * 1.15, lang, REGULAR, title_size, end)
    c.line(MARGIN, PAGE_HEIGHT - 14 * mm - (len(title_lines) - 1) * title_size * 1.15,
           PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 14 * mm - (len(title_lines) - 1) * title_size * 1.15)


def moment(when: dt.datetime) -> str:
    """"2026-03-12 06:00" kept one left-to-right run in a right-to-left line, the date first: joined by
    a narrow no-break space (a common separator between two numbers, as bidi isolates the run), so a
    reader or a text extractor reads the date, then the time, never "06:00 2026-03-12"."""
    return when.strftime(TIMESTAMP).replace(" ", "\u202f")


def draw_footer(c: Any, info: ReportInfo, page: int, total: int) -> None:
    """Page X of Y, the confidentiality marking, when it was generated, and the register seal."""
    lang = info.lang
    start, end = ("right", "left") if lang == "ar" else ("left", "right")
    x_start = PAGE_WIDTH - MARGIN if lang == "ar" else MARGIN
    x_end = MARGIN if lang == "ar" else PAGE_WIDTH - MARGIN
    qr = not info.public and page in (1, total)
    room = QR_SIZE + 3 * mm if qr else 0  # the QR code's side of the footer, kept clear
    c.setFillColor(GREY)
    c.line(MARGIN + (0 if lang == "ar" else room), 16 * mm, PAGE_WIDTH - MARGIN - (room if lang == "ar" else 0), 16 * mm)
    x_page = x_start - room if lang == "ar" else x_start + room
    _line(c, label("page", lang, page=page, pages=total), x_page, 11 * mm, lang, BOLD, 8.5, start)
    if not info.public:
        _line(c, label("confidential", lang), PAGE_WIDTH / 2, 11 * mm, lang, BOLD, 8.5, "center")
    when = moment(info.generated)
    _line(c, label("generated", lang, when=when), x_end, 11 * mm, lang, REGULAR, 8, end)
    if info.sealed:
        sealed = seal_text(info)
        size, middle = 7.0, PAGE_WIDTH / 2 + (-room / 2 if lang == "ar" else room / 2)
        while size > 5.5 and width_of(printable(sealed), REGULAR, size) > CONTENT_WIDTH - 2 * room:
            size -= 0.25
        _line(c, sealed, middle, 7 * mm, lang, REGULAR, size, "center")
    if qr and info.sealed:
        c.setFillColor(colors.black)
        draw_qr(c, info)


def _canvas_class(info: ReportInfo) -> type[pdfcanvas.Canvas]:
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
                self.setStrokeColor(colors.HexColor("#B8C2D6"))
                draw_header(self, info, self._pageNumber)
                draw_footer(self, info, self._pageNumber, total)
                super().showPage()
            self.showOutline()
            super().save()

    return NumberedCanvas


class _Outline(Flowable):
    """A bookmark where it stands (the cover's, which has no heading)."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level = title, level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        add_outline(self.canv, self.title, self.level)


def report_date(info: ReportInfo) -> str:
    date = info.generated.date()
    text = date.isoformat()
    if info.hijri:
        extra = hijri_text(date, info.lang)
        text = f"{text} ({extra})" if extra else text
    return text


def identifiers_note(info: ReportInfo) -> Flowable:
    """How identifiers are shown, as a sentence on the cover."""
    if info.reveal:
        return Text(label("revealed_note", info.lang), info.lang, size=9, bold=True, color=RED, space_after=4)
    return Text(label("masked_note", info.lang), info.lang, size=9, color=GREY, space_after=4)


def seal_pairs(info: ReportInfo) -> list[tuple[str, str]]:
    """The register seal, its entry and time (the cover's lines, and a plain text's)."""
    lang = info.lang
    pairs: list[tuple[str, str]] = [(label("seal", lang), info.seal)]
    if info.seal_entry:
        pairs += [(label("seal_entry", lang), str(info.seal_entry)),
                  (label("exported_at", lang), info.sealed_at[:16].replace("T", " ") + " UTC")]
    return pairs


def cover_seal(info: ReportInfo) -> list[Flowable]:
    """The register seal on the cover, its entry and time, and how to check it."""
    lang = info.lang
    out: list[Flowable] = [key_values(seal_pairs(info), lang, size=9.5), Spacer(1, 2 * mm),
                           Text(label("seal_note", lang), lang, size=8.5, color=GREY, space_after=2),
                           Text(f"compliance-desk verify REGISTER --seal {info.seal[:12]}", "en", size=8.5,
                                color=NAVY, align="center")]
    if info.as_of_note:
        out.insert(0, Text(info.as_of_note, lang, size=9, bold=True, color=RED, space_after=4))
    return out


def cover(info: ReportInfo) -> list[Flowable]:
    lang = info.lang
    control = info.control
    story: list[Flowable] = [
        _Outline(f"{info.title} — {label('cover', lang)}"), Spacer(1, 22 * mm),
        Text(info.organisation, lang, size=14, bold=True, color=GREY, align="center", space_after=10),
        Text(info.title, lang, size=24, bold=True, color=NAVY, align="center", space_after=14)]
    pairs: list[tuple[str, Any]] = [(label("period", lang), info.period), (label("report_date", lang), report_date(info)),
                                    *info.cover_lines]
    story.append(key_values(pairs, lang, size=10))
    story += [Spacer(1, 5 * mm), heading(label("document_control", lang), lang, 3, outline=False),
              key_values([(label("version", lang), or_missing(control.version, lang)),
                          (label("prepared_by", lang), or_missing(control.prepared_by, lang)),
                          (label("approved_by", lang), control.approved_by or label("not_yet_approved", lang)),
                          (label("distribution", lang), or_missing(cued(control.distribution, lang), lang)),
                          (label("classification", lang), label("confidential", lang))], lang, size=9)]
    story.append(Spacer(1, 5 * mm))
    if info.identifiers:
        story.append(identifiers_note(info))
    story += cover_seal(info)
    story.append(PageBreak())
    return story


def sign_off(info: ReportInfo) -> list[Flowable]:
    """Who prepared, reviewed and approved the report, with room to sign: on every kind, at the end."""
    lang = info.lang
    rows = [[label("role", lang), label("name", lang), label("signature", lang), label("date", lang)],
            [label("prepared_by", lang), info.control.prepared_by, "", ""],
            [label("reviewed_by", lang), "", "", ""],
            [label("approved_by", lang), info.control.approved_by, "", ""]]
    signatures = table(rows, [22, 34, 26, 18], lang, size=9, zebra=False)
    signatures.setStyle([("BOTTOMPADDING", (0, 1), (-1, -1), 16)])
    return [Spacer(1, 8 * mm), KeepTogether([heading(label("sign_off", lang), lang, 2), signatures])]


def exceptions(items: Sequence[tuple[str, int, str]], lang: str, empty: str | None = None) -> list[Flowable]:
    """The executive summary at the front: each exception with its count and where it is listed;
    counts above zero in red. `empty` says the register holds nothing to report on."""
    out: list[Flowable] = []
    if empty:
        out.append(Text(empty, lang, size=10, bold=True, color=RED, space_after=4))
    rows: list[list[Any]] = [[label("exception", lang), label("number_of", lang), label("where", lang)]]
    for text, count, where in items:
        rows.append([text, Mark(str(count)) if count else str(count), where])
    out.append(table(rows, [52, 12, 36], lang, size=9, caption=label("executive_summary", lang)))
    return section(label("executive_summary", lang), lang, out, level=1)


def build(path: Path | str, info: ReportInfo, story: list[Flowable],
          progress: Callable[[], bool | None] | None = None) -> Path:
    """Write the PDF atomically (a temporary file renamed at the end), owner-only."""
    register_fonts()
    path = Path(path)
    remove_leftovers(path.parent)
    temporary = temporary_name(path, "writing")
    create_private(temporary)  # reports hold personal data: owner-only from the first byte
    document = BaseDocTemplate(str(temporary), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN,
                               rightMargin=MARGIN, topMargin=20 * mm, bottomMargin=22 * mm,
                               title=printable(info.title), author=printable(info.organisation),
                               creator=f"Compliance Desk {__version__}", lang="ar-SA" if info.lang == "ar" else "en",
                               subject=f"{label('seal', 'en')} {info.seal}", displayDocTitle=True,
                               keywords=[k for k in (info.kind, info.lang, "identifiers shown in full" if info.reveal
                                                     else "identifiers masked") if k])
    frame = Frame(MARGIN, 22 * mm, CONTENT_WIDTH, FRAME_HEIGHT, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        document.setPageCallBack(lambda _n: _check(progress))
    try:
        front, back = ([], []) if info.public else (cover(info), sign_off(info))
        if info.front is not None:
            front = list(info.front)
        document.build(front + story + back + list(info.closing), canvasmaker=_canvas_class(info))
        publish(temporary, path, replace=True)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _check(progress: Callable[[], bool | None]) -> None:
    if progress() is False:
        raise InterruptedError("cancelled")
