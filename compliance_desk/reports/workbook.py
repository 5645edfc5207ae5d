"""The register workbook (xlsx): a summary sheet and one sheet per register.

Written in openpyxl's write-only mode, streaming rows from the register, so memory stays flat
however large the register. No user value ever becomes a formula.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.domain.entities import (
    ACTIVITY,
    CHECK,
    CUSTOMER,
    DISCLOSURE,
    DOCUMENT,
    RECIPIENT,
    Entity,
    Field,
)
from compliance_desk.reports.cells import EXCEL_CELL_LIMIT, display
from compliance_desk.reports.spill import beside_destination
from compliance_desk.storage import records
from compliance_desk.storage.files import create_private, publish, temporary_name
from compliance_desk.storage.register import Register

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
WIDTHS = {"date": 12, "bool": 9, "int": 10, "ref": 10, "code": 22, "codes": 42, "country": 20,
          "text": 26, "longtext": 48}
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
DATE_FORMAT = "yyyy-mm-dd"

TITLES = {
    "summary": ("Summary", "ملخص"),
    "activities": ("Processing activities", "أنشطة المعالجة"),
    "recipients": ("Recipients", "الجهات المستلمة"),
    "disclosures": ("Disclosures", "الإفصاحات"),
    "customers": ("Customers", "العملاء"),
    "documents": ("Documents", "الوثائق"),
    "checks": ("Checks", "الفحوصات"),
}
SUMMARY_LABELS = {
    "title": ("Register workbook", "مصنف السجل"),
    "organisation": ("Organisation", "المنشأة"),
    "officer": ("Data protection officer", "مسؤول حماية البيانات"),
    "generated": ("Generated (UTC)", "تاريخ الإنشاء (بالتوقيت العالمي)"),
    "seal": ("Register seal", "ختم السجل"),
    "masked": ("Identifiers", "المعرّفات"),
    "masked_yes": ("Masked", "مخفية جزئياً"),
    "masked_no": ("Shown in full", "معروضة كاملة"),
    "records": ("Records", "عدد السجلات"),
    "confidential": ("Confidential: contains personal data", "سري: يحتوي على بيانات شخصية"),
    "reference": ("Reference", "المرجع"),
    "customer": ("Customer", "العميل"),
    "recipients": ("Recipients", "الجهات المستلمة"),
    "document": ("Document", "الوثيقة"),
}


@dataclass(frozen=True)
class Column:
    key: str
    field: Field

    def header(self, lang: str) -> str:
        return self.field.label(lang)


def _label(key: str, lang: str) -> str:
    en, ar = SUMMARY_LABELS.get(key) or TITLES[key]
    return ar if lang == "ar" else en


def _virtual(name: str, kind: str = "text") -> Field:
    en, ar = SUMMARY_LABELS[name]
    return Field(name, kind, en, ar)


def _entity_columns(entity: Entity, skip: tuple[str, ...] = ()) -> list[Column]:
    columns = [Column("reference", _virtual("reference"))] if entity.prefix else []
    return columns + [Column(f.name, f) for f in entity.fields if f.kind != "ref" and f.name not in skip]


@dataclass(frozen=True)
class Sheet:
    key: str
    columns: list[Column]
    query: str


SHEETS = [
    Sheet("activities",
          _entity_columns(ACTIVITY) + [Column("recipient_names", _virtual("recipients"))],
          "SELECT a.*, (SELECT group_concat(coalesce(r.name_en, r.name_ar), '; ') FROM activity_recipients ar"
          " JOIN recipients r ON r.id = ar.recipient_id WHERE ar.activity_id = a.id) AS recipient_names"
          " FROM activities a ORDER BY a.reference"),
    Sheet("recipients", _entity_columns(RECIPIENT), "SELECT * FROM recipients ORDER BY reference"),
    Sheet("disclosures", _entity_columns(DISCLOSURE), "SELECT * FROM disclosures ORDER BY received_date, reference"),
    Sheet("customers", _entity_columns(CUSTOMER), "SELECT * FROM customers ORDER BY reference"),
    Sheet("documents", [Column("customer_reference", _virtual("customer"))] + _entity_columns(DOCUMENT),
          "SELECT d.*, c.reference AS customer_reference FROM documents d JOIN customers c ON c.id = d.customer_id"
          " ORDER BY d.customer_id, d.id"),
    Sheet("checks", [Column("customer_reference", _virtual("customer")),
                     Column("doc_type", DOCUMENT.field("doc_type"))] + _entity_columns(CHECK),
          "SELECT k.*, c.reference AS customer_reference, d.doc_type FROM checks k"
          " JOIN documents d ON d.id = k.document_id JOIN customers c ON c.id = d.customer_id"
          " ORDER BY d.customer_id, k.checked_on"),
]


def fast_value(sheet: Any, value: Any) -> Any:
    """What to append for a data cell: the plain value where openpyxl writes it as it is (much faster
    than a cell object), a guarded cell where it would not (formula-like or over-long text)."""
    if isinstance(value, str) and (value.startswith(FORMULA_START) or len(value) > EXCEL_CELL_LIMIT):
        return safe_cell(sheet, value)
    return value


def safe_cell(sheet: Any, value: Any, *, header: bool = False) -> WriteOnlyCell:
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
    if header:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def _rows(register: Register, query: str) -> Iterator[dict[str, Any]]:
    cursor = register.conn.execute(query)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(2000):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def _new_sheet(book: Workbook, title: str, lang: str, widths: list[int]) -> Any:
    sheet = book.create_sheet(title[:31])
    sheet.sheet_view.rightToLeft = lang == "ar"
    # When printed: landscape A4 with the header row on every page (the PDF reports are the
    # regulator-ready print; forcing 30 columns onto one page width makes them unreadable).
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4 in the OOXML paper-size table
    sheet.print_title_rows = "1:1"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    return sheet


Progress = Callable[[str, int], bool | None] | None


@beside_destination  # openpyxl's spill files: private, beside the output, removed at the end
def write_workbook(register: Register, destination: Path | str, *, lang: str = "en", reveal: bool = False,
                   seal: str | None = None, progress: Progress = None, only: tuple[str, ...] | None = None,
                   limit: int | None = None, columns: int | None = None) -> Path:
    """Write the workbook to `destination` (atomically: a temporary file is renamed at the end)."""
    destination = Path(destination)
    book = Workbook(write_only=True)
    org = records.organisation(register) or {}
    organisation = (org.get("legal_name_ar") if lang == "ar" else org.get("legal_name_en")) or \
        org.get("legal_name_en") or org.get("legal_name_ar") or ""
    book.properties.title = f"{_label('title', lang)} — {organisation}"
    book.properties.creator = f"Compliance Desk {__version__}"
    book.properties.created = clock.now().replace(tzinfo=None)
    book.properties.subject = f"seal {seal or register.seal()}"

    summary = _new_sheet(book, _label("summary", lang), lang, [34, 70])
    summary.append([safe_cell(summary, _label("title", lang), header=True), safe_cell(summary, organisation, header=True)])
    for key, value in [
        ("organisation", organisation),
        ("officer", org.get("officer_name") or ""),
        ("generated", clock.now().strftime("%Y-%m-%d %H:%M")),
        ("seal", seal or register.seal()),
        ("masked", _label("masked_no" if reveal else "masked_yes", lang)),
        ("confidential", ""),
    ]:
        summary.append([safe_cell(summary, _label(key, lang)), safe_cell(summary, value)])
    summary.append([])
    summary.append([safe_cell(summary, _label("records", lang), header=True), safe_cell(summary, "", header=True)])
    for spec in SHEETS:
        count = register.conn.execute(f"SELECT count(*) FROM {spec.key}").fetchone()[0]  # noqa: S608
        summary.append([safe_cell(summary, _label(spec.key, lang)), count])

    for spec in SHEETS:
        if only is not None and spec.key not in only:
            continue
        if columns is not None:  # (benchmarks: a fixed number of columns)
            spec = Sheet(spec.key, spec.columns[:columns], spec.query)
        if limit is not None:
            spec = Sheet(spec.key, spec.columns, f"{spec.query} LIMIT {int(limit)}")
        sheet = _new_sheet(book, _label(spec.key, lang), lang,
                           [max(WIDTHS[c.field.kind], min(len(c.header(lang)) + 4, 40)) for c in spec.columns])
        sheet.freeze_panes = "A2"
        sheet.append([safe_cell(sheet, c.header(lang), header=True) for c in spec.columns])
        count = 0
        for row in _rows(register, spec.query):
            sheet.append([fast_value(sheet, display(c.field, row.get(c.key), lang, reveal=reveal))
                          for c in spec.columns])
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
