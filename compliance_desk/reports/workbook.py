"""The register workbook (xlsx): a summary sheet (the controller and its officers, document control,
how identifiers are shown, the seal, counts) and one sheet per register, each a complete record by
itself (see sheets.py).

Written in openpyxl's write-only mode, streaming rows from the register, so memory stays flat
however large the register. No user value ever becomes a formula. Every sheet prints landscape on
A4 with its header row repeated, wrapped text, a header (title, marking, organisation) and a footer
(seal, page X of Y), one page wide where that keeps the text readable.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.domain.entities import ORGANISATION
from compliance_desk.reports.cells import EXCEL_CELL_LIMIT, clean_text, display
from compliance_desk.reports.labels import label
from compliance_desk.reports.sheets import SHEETS, Column, Context, Sheet
from compliance_desk.reports.spill import beside_destination
from compliance_desk.storage import records
from compliance_desk.storage.files import create_private, publish, temporary_name
from compliance_desk.storage.register import Register

__all__ = ["SHEETS", "Column", "Sheet", "write_workbook", "safe_cell", "fast_value"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
WIDTHS = {"date": 10.5, "datetime": 16, "bool": 7, "int": 8, "ref": 9, "code": 16, "codes": 24, "country": 22,
          "text": 18, "longtext": 30}
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
DATE_FORMAT = "yyyy-mm-dd"
# A4 landscape holds about 150 characters of column width at 100 %; past READABLE characters a sheet
# prints more than one page wide (its reference column repeated) rather than below 55 % size.
PAGE_CHARACTERS = 150
READABLE = PAGE_CHARACTERS / 0.55

TITLES = {
    "summary": ("Summary", "ملخص"),
    "activities": ("Processing activities", "أنشطة المعالجة"),
    "recipients": ("Recipients", "الجهات المستلمة"),
    "disclosures": ("Disclosures", "الإفصاحات"),
    "requests": ("Data-subject requests", "طلبات أصحاب البيانات"),
    "customers": ("Customers", "العملاء"),
    "documents": ("Documents", "الوثائق"),
    "checks": ("Checks", "الفحوصات"),
    "screening_hits": ("Screening hits", "تطابقات الفحص"),
    "breaches": ("Personal-data breaches", "حوادث تسرب البيانات الشخصية"),
}
SUMMARY_LABELS = {
    "title": ("Register workbook", "مصنف السجل"),
    "organisation": ("Organisation", "المنشأة"),
    "generated": ("Generated (UTC)", "تاريخ الإنشاء (بالتوقيت العالمي)"),
    "seal": ("Register seal", "ختم السجل"),
    "masked": ("Identifiers", "المعرّفات"),
    "records": ("Records", "عدد السجلات"),
    "none_recorded": ("0 — none recorded", "0 — لا يوجد"),
}


def _label(key: str, lang: str) -> str:
    en, ar = SUMMARY_LABELS.get(key) or TITLES[key]
    return ar if lang == "ar" else en


def fast_value(sheet: Any, value: Any) -> Any:
    """What to append for a data cell: the plain value where openpyxl writes it as it is (much faster
    than a cell object), a guarded cell where it would not (formula-like or over-long text)."""
    if isinstance(value, str):
        return safe_cell(sheet, value) if value.startswith(FORMULA_START) or len(value) > EXCEL_CELL_LIMIT else value
    if isinstance(value, dt.date):
        return _date_cell(sheet, value)
    return value


def _date_cell(sheet: Any, value: dt.date) -> WriteOnlyCell:
    """A date cell, top-aligned like the text beside it (its style built once per workbook)."""
    book = sheet.parent
    style = getattr(book, "_date_style", None)
    if style is None:
        template = safe_cell(sheet, value)
        book._date_style = template._style
        return template
    cell = WriteOnlyCell(sheet)
    cell._value, cell.data_type = value, "d"  # what binding a date sets, without its style lookups
    cell._style = StyleArray(style)
    return cell


def safe_cell(sheet: Any, value: Any, *, header: bool = False, bold: bool = False) -> WriteOnlyCell:
    """A cell that shows `value` and can never run as a formula."""
    if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
        marker = f" … [truncated: {len(value)} characters]"
        value = value[: EXCEL_CELL_LIMIT - len(marker)] + marker
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True  # and Excel keeps it text even when the cell is edited
    elif hasattr(value, "isoformat"):
        cell.number_format = DATE_FORMAT
        cell.alignment = WRAP  # top-aligned like the text beside it
    if header:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    elif bold:
        cell.font = Font(bold=True, color="B00020")
    return cell


def _rows(register: Register, query: str) -> Iterator[dict[str, Any]]:
    cursor = register.conn.execute(query)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(2000):
        for values in batch:
            yield dict(zip(names, values, strict=True))


WRAP = Alignment(wrap_text=True, vertical="top")


def _wrap_by_default(book: Workbook) -> None:
    """Every plain cell wraps its text, top-aligned: the default cell format (index 0) carries the
    alignment, so plain values stream as fast as before and still print whole."""
    wrap = book._alignments.add(WRAP)
    default = StyleArray()
    default.alignmentId = wrap
    book._cell_styles = IndexedList([default])
    book._named_styles["Normal"].alignment = WRAP  # LibreOffice reads a plain cell's format from here


def _header_text(text: str) -> str:
    """Text for a print header or footer, where "&" starts a code."""
    return clean_text(text).replace("&", "&&")[:80]


def _print_setup(sheet: Any, lang: str, title: str, organisation: str, seal: str, reveal: bool,
                 widths: Sequence[float]) -> None:
    sheet.sheet_view.rightToLeft = lang == "ar"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4 in the OOXML paper-size table
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.page_setup.fitToWidth = max(1, math.ceil(sum(widths) / READABLE))
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.75, bottom=0.75, header=0.3, footer=0.3)
    sheet.print_options.gridLines = True
    sheet.print_title_rows = "1:1"
    if sheet.page_setup.fitToWidth > 1:
        sheet.print_title_cols = "A:A"  # each page across shows which record a row is
    marking = label("confidential", lang) + (f" — {label('revealed_marking', lang)}" if reveal else "")
    start, end = (sheet.oddHeader.right, sheet.oddHeader.left) if lang == "ar" else \
        (sheet.oddHeader.left, sheet.oddHeader.right)
    start.text, end.text = _header_text(title), _header_text(organisation)
    sheet.oddHeader.center.text = _header_text(marking)
    sheet.oddHeader.center.font = "-,Bold"
    foot_start, foot_end = (sheet.oddFooter.right, sheet.oddFooter.left) if lang == "ar" else \
        (sheet.oddFooter.left, sheet.oddFooter.right)
    # LibreOffice drops the space before a page field in right-to-left text: "صفحة: 2 / 5" reads right
    foot_start.text = "صفحة: &P / &N" if lang == "ar" else "Page &P of &N"
    foot_end.text = f"{_header_text(label('seal', lang))}: \u2066{seal}\u2069"  # the hash isolated, whole
    for index, width in enumerate(widths, start=1):
        column = sheet.column_dimensions[get_column_letter(index)]
        column.width = width
        column.alignment = WRAP  # the default format again: LibreOffice applies a column's format to its cells


LINE_HEIGHT = 15.0  # points, one line of the default 11-point font


def _height(values: Sequence[Any], characters: Sequence[float]) -> float | None:
    """The height a row of wrapped text needs (None: one line), as spreadsheets do not all measure it
    when they open a file (LibreOffice does not). Estimated from characters per line of each column."""
    lines = 1
    for value, room in zip(values, characters, strict=False):
        if isinstance(value, str) and (len(value) > room or "\n" in value):
            lines = max(lines, sum(max(1, math.ceil(len(part) / room)) for part in value.split("\n")))
    return lines * LINE_HEIGHT if lines > 1 else None


def _width(column: Column, lang: str) -> float:
    return max(WIDTHS[column.field.kind], min(len(column.header(lang)) + 2, 24))


Progress = Callable[[str, int], bool | None] | None


def _summary(book: Workbook, register: Register, lang: str, organisation: str, seal: str, reveal: bool,
             control: Mapping[str, Any] | None) -> None:
    from compliance_desk.reports.common import document_control

    org = records.organisation(register) or {}
    title = _label("summary", lang)
    sheet = book.create_sheet(title)
    _print_setup(sheet, lang, f"{_label('title', lang)} — {title}", organisation, seal, reveal, [38, 80])
    sheet.append([safe_cell(sheet, _label("title", lang), header=True), safe_cell(sheet, organisation, header=True)])
    doc = document_control(register, "workbook", control)
    rows: list[tuple[str, Any]] = [
        (_label("organisation", lang), organisation),
        (label("period", lang), label("as_at", lang, date=clock.today().isoformat())),
        (_label("generated", lang), clock.now().strftime("%Y-%m-%d %H:%M")),
        (_label("seal", lang), seal),
        *([(label("seal_entry", lang), getattr(seal, "entry", 0)),
           (label("exported_at", lang), str(getattr(seal, "at", ""))[:16].replace("T", " ") + " UTC")]
          if getattr(seal, "entry", 0) else []),
        (label("classification", lang), label("confidential", lang)),
        (_label("masked", lang), label("revealed_note" if reveal else "masked_note", lang)),
        (label("version", lang), doc.version or None),
        (label("prepared_by", lang), doc.prepared_by or None),
        (label("approved_by", lang), doc.approved_by or label("not_yet_approved", lang)),
        (label("distribution", lang), doc.distribution or None),
    ]
    wanted = ("legal_name_ar", "legal_name_en", "commercial_registration", "address", "address_en", "country", "officer_name",
              "officer_email", "officer_phone", "aml_officer_name", "aml_officer_email", "aml_officer_phone",
              "regulators")
    rows += [(ORGANISATION.field(n).label(lang), display(ORGANISATION.field(n), org.get(n), lang)) for n in wanted]
    for key, value in rows:
        blank = value in (None, "")
        sheet.append([safe_cell(sheet, key), safe_cell(sheet, label("missing", lang) if blank else value, bold=blank)])
    sheet.append([])
    sheet.append([safe_cell(sheet, _label("records", lang), header=True), safe_cell(sheet, "", header=True)])
    for spec in SHEETS:
        count = register.conn.execute(f"SELECT count(*) FROM {spec.key}").fetchone()[0]  # noqa: S608
        sheet.append([safe_cell(sheet, _label(spec.key, lang)),
                      count if count else safe_cell(sheet, _label("none_recorded", lang), bold=True)])


@beside_destination  # openpyxl's spill files: private, beside the output, removed at the end
def write_workbook(register: Register, destination: Path | str, *, lang: str = "en", reveal: bool = False,
                   seal: str | None = None, progress: Progress = None, only: tuple[str, ...] | None = None,
                   limit: int | None = None, columns: int | None = None,
                   control: Mapping[str, Any] | None = None) -> Path:
    """Write the workbook to `destination` (atomically: a temporary file is renamed at the end)."""
    from compliance_desk.reports.common import organisation_name

    destination = Path(destination)
    book = Workbook(write_only=True)
    _wrap_by_default(book)
    organisation = organisation_name(register, lang)
    seal = seal or register.seal()
    book.properties.title = f"{_label('title', lang)} — {organisation}"
    book.properties.creator = f"Compliance Desk {__version__}"
    book.properties.created = clock.now().replace(tzinfo=None)
    book.properties.subject = f"seal {seal}"
    book.properties.language = "ar-SA" if lang == "ar" else "en"
    _summary(book, register, lang, organisation, seal, reveal, control)
    context = Context(register.conn, lang)
    for spec in SHEETS:
        if only is not None and spec.key not in only:
            continue
        if columns is not None:  # (benchmarks: a fixed number of columns)
            spec = Sheet(spec.key, spec.columns[:columns], spec.query)
        if limit is not None:
            spec = Sheet(spec.key, spec.columns, f"{spec.query} LIMIT {int(limit)}")
        title = _label(spec.key, lang)
        sheet = book.create_sheet(title[:31])
        _print_setup(sheet, lang, f"{_label('title', lang)} — {title}", organisation, seal, reveal,
                     [_width(c, lang) for c in spec.columns])
        sheet.freeze_panes = "B2"
        sheet.append([safe_cell(sheet, c.header(lang), header=True) for c in spec.columns])
        plain = all(c.compute is None for c in spec.columns)
        characters = [_width(c, lang) * 1.2 for c in spec.columns]
        count = 0
        for row in _rows(register, spec.query):
            if plain:
                values = [display(c.field, row.get(c.key), lang, reveal=reveal) for c in spec.columns]
            else:
                values = [c.compute(row, lang, context) if c.compute else
                          display(c.field, row.get(c.key), lang, reveal=reveal) for c in spec.columns]
            height = _height(values, characters)
            if height:  # written with the row, then dropped: memory stays flat
                sheet.row_dimensions[count + 2].height = height
            sheet.append([fast_value(sheet, value) for value in values])
            if height:
                del sheet.row_dimensions[count + 2]
            count += 1
            if progress is not None and count % 5000 == 0 and progress(spec.key, count) is False:
                raise InterruptedError("cancelled")
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{count + 1}"
    temporary = temporary_name(destination, "writing")
    create_private(temporary)  # reports hold personal data: owner-only from the first byte
    try:
        book.save(temporary)
        publish(temporary, destination, replace=True)
    finally:
        temporary.unlink(missing_ok=True)
    return destination
