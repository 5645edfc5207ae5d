"""The data export of one person (PDPL access and portability): every register row that names
them, as an xlsx workbook (a sheet per kind of record) and a JSON file, and nothing of anyone else
(storage.persons.export_rows). Both files are written owner-only and the export is audited first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.domain.entities import BY_TABLE, CUSTOMER
from compliance_desk.reports.workbook import safe_cell
from compliance_desk.storage import persons, records
from compliance_desk.storage.files import atomic_output
from compliance_desk.storage.register import Register

SHEETS = {
    "customers": ("Your record", "سجلك"), "documents": ("Documents", "الوثائق"), "checks": ("Checks", "الفحوصات"),
    "attachments": ("Files (described)", "الملفات (وصفها)"), "requests": ("Your requests", "طلباتك"),
    "request_rights": ("Rights asked", "الحقوق المطلوبة"),
    "request_activities": ("Activities of your requests", "أنشطة طلباتك"),
    "disclosures": ("Disclosures", "الإفصاحات"), "disclosure_customers": ("Disclosure links", "روابط الإفصاحات"),
    "screening_hits": ("Screening hits", "تطابقات الفحص"),
}


def _header(table: str, column: str, lang: str) -> str:
    entity = BY_TABLE.get(table)
    if entity is not None and entity.has(column):
        return entity.field(column).label(lang)
    return column


def _value(value: Any) -> Any:
    if isinstance(value, bytes):
        return None
    return value


def write(rows: dict[str, list[dict[str, Any]]], base: Path, lang: str, seal: str,
          meta: dict[str, Any]) -> tuple[Path, Path]:
    """`base`.xlsx and `base`.json from the person's rows."""
    xlsx, data = base.with_suffix(".xlsx"), base.with_suffix(".json")
    book = Workbook(write_only=True)
    for table, found in rows.items():
        title = SHEETS.get(table, (table, table))[lang == "ar"]
        sheet = book.create_sheet(title[:31])
        if lang == "ar":
            sheet.sheet_view.rightToLeft = True
        columns = list(found[0]) if found else ["id"]
        sheet.append([safe_cell(sheet, _header(table, c, lang), header=True) for c in columns])
        for row in found:
            sheet.append([safe_cell(sheet, _value(row.get(c))) for c in columns])
    book.properties.creator = f"Compliance Desk {__version__}"
    book.properties.subject = f"seal {seal}"
    with atomic_output(xlsx) as temporary:
        book.save(temporary)
    document = {**meta, "seal": seal, "tables": rows}
    with atomic_output(data) as temporary:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return xlsx, data


def export_person(register: Register, customer_id: int, base: Path | str, *, lang: str = "ar",
                  for_subject: bool = True) -> tuple[Path, Path, str]:
    """Write the person's export (`base`.xlsx and `base`.json) as an audited export."""
    from compliance_desk.reports.export import _audit

    customer = records.get(register, CUSTOMER, customer_id)
    base = Path(base)
    rows = persons.export_rows(register, customer_id, for_subject=for_subject)
    seal = _audit(register, {"kind": "person_export", "record": customer["reference"], "to": str(base),
                             "for_subject": for_subject, "rows": sum(len(r) for r in rows.values())})
    meta = {"person": customer["reference"], "generated": clock.now().isoformat(timespec="seconds"),
            "format": 1, "for_subject": for_subject,
            "organisation": (records.organisation(register) or {}).get("legal_name_en")}
    xlsx, data = write(rows, base, lang, seal, meta)
    return xlsx, data, seal
