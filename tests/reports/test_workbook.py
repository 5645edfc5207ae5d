from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from compliance_desk.reports.export import export_workbook
from compliance_desk.storage import records, seals
from compliance_desk.storage.register import Register

SHEETS_EN = ["Summary", "Processing activities", "Recipients", "Disclosures", "Data-subject requests", "Customers", "Documents", "Checks",
             "Screening hits",
             "Personal-data breaches"]
SHEETS_AR = ["ملخص", "أنشطة المعالجة", "الجهات المستلمة", "الإفصاحات", "طلبات أصحاب البيانات", "العملاء", "الوثائق", "الفحوصات",
             "تطابقات الفحص", "حوادث تسرب البيانات الشخصية"]


def test_sheets_headers_freeze_filter_and_dates(demo_register: Register, tmp_path: Path) -> None:
    path, seal = export_workbook(demo_register, tmp_path / "w.xlsx", lang="en")
    book = load_workbook(path)
    assert book.sheetnames == SHEETS_EN
    activities = book["Processing activities"]
    assert activities.freeze_panes == "B2"  # the header row and the reference column
    assert activities["A1"].value == "Reference" and activities["A1"].font.b
    assert activities.auto_filter.ref == f"A1:{get_column_letter(activities.max_column)}15"
    references = [r[0].value for r in activities.iter_rows(min_row=2)]
    assert references == [f"PA-{n:04d}" for n in range(1, 15)]
    headers = [c.value for c in activities[1]]
    legal = activities.cell(2, headers.index("Legal bases") + 1).value
    assert legal == "Performance of a contract"
    review = activities.cell(2, headers.index("Last review") + 1)
    assert review.is_date and isinstance(review.value, dt.datetime)
    assert not activities.sheet_view.rightToLeft
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows(min_row=2) if r[0].value}
    assert summary["Register seal"] == seal == seals.find(demo_register, seal).hash
    assert summary["Audit entry"] == seal.entry and summary["Exported"] == seal.at[:16].replace("T", " ") + " UTC"
    assert summary["Customers"] == 300
    assert book.properties.creator.startswith("Compliance Desk")
    assert book.properties.title.startswith("Register workbook")


def test_arabic_workbook_is_right_to_left_with_arabic_labels(demo_register: Register, tmp_path: Path) -> None:
    path, _ = export_workbook(demo_register, tmp_path / "w.xlsx", lang="ar")
    book = load_workbook(path)
    assert book.sheetnames == SHEETS_AR
    for sheet in book.worksheets:
        assert sheet.sheet_view.rightToLeft, sheet.title
    activities = book["أنشطة المعالجة"]
    headers = [c.value for c in activities[1]]
    assert "الأساس النظامي" in headers
    assert activities.cell(2, headers.index("الأساس النظامي") + 1).value == "تنفيذ عقد"
    disclosures = book["الإفصاحات"]
    column = [c.value for c in disclosures[1]].index("نوع الجهة الطالبة") + 1
    requesters = {disclosures.cell(r, column).value for r in range(2, disclosures.max_row + 1)}
    assert "محكمة" in requesters and "court" not in requesters


def test_identifiers_are_masked_unless_asked(demo_register: Register, tmp_path: Path) -> None:
    number = demo_register.conn.execute("SELECT number FROM documents WHERE number IS NOT NULL LIMIT 1").fetchone()[0]
    masked, _ = export_workbook(demo_register, tmp_path / "m.xlsx")
    shown, _ = export_workbook(demo_register, tmp_path / "s.xlsx", reveal=True)

    def numbers(path: Path) -> list[str]:
        sheet = load_workbook(path)["Documents"]
        col = [c.value for c in sheet[1]].index("Number") + 1
        return [sheet.cell(r, col).value for r in range(2, sheet.max_row + 1)]

    assert number not in numbers(masked)
    assert f"••••••{number[-4:]}" in numbers(masked)
    assert number in numbers(shown)


def test_formula_in_a_name_stays_text(register: Register, tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://x","y")'
    records.create(register, "recipient", {"name_en": evil, "recipient_type": "court", "role": "+1+2",
                                           "notes": "@SUM(A1)\x07 and\u202e reversed"})
    path, _ = export_workbook(register, tmp_path / "w.xlsx")
    sheet = load_workbook(path)["Recipients"]
    headers = [c.value for c in sheet[1]]
    name = sheet.cell(2, headers.index("Name (English)") + 1)
    role = sheet.cell(2, headers.index("Role") + 1)
    notes = sheet.cell(2, headers.index("Notes") + 1)
    assert name.value == evil and name.data_type == "s"
    assert role.value == "+1+2" and role.data_type == "s"
    assert notes.value == "@SUM(A1) and reversed" and notes.data_type == "s"


def test_text_over_the_cell_limit_is_flagged_not_cut_silently(register: Register, tmp_path: Path) -> None:
    from compliance_desk.reports.workbook import safe_cell

    cell = safe_cell(None, "x" * 40_000)
    assert len(cell.value) <= 32_767
    assert cell.value.endswith("[truncated: 40000 characters]")


def test_export_is_audited_and_seal_covers_it(register: Register, tmp_path: Path) -> None:
    path, seal = export_workbook(register, tmp_path / "w.xlsx", lang="ar")
    actions = register.conn.execute("SELECT action, hash FROM audit ORDER BY seq DESC LIMIT 2").fetchall()
    assert actions == [("export_files", actions[0][1]), ("export", seal)]  # the seal is the export's entry
    assert register.verify().ok
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def _headers(sheet) -> list:  # type: ignore[no-untyped-def]
    return [c.value for c in sheet[1]]


def _column(sheet, header: str) -> list:  # type: ignore[no-untyped-def]
    index = _headers(sheet).index(header) + 1
    return [sheet.cell(r, index).value for r in range(2, sheet.max_row + 1)]


def test_workbook_is_a_complete_record_by_itself(demo_register: Register, tmp_path: Path) -> None:
    path, _ = export_workbook(demo_register, tmp_path / "w.xlsx", lang="en")
    book = load_workbook(path)
    activities = book["Processing activities"]
    transfers = _column(activities, "Transfers abroad (country — recipient)")
    safeguards = _column(activities, "Transfer safeguards and basis")
    payments = _column(activities, "Reference").index("PA-0003")
    assert transfers[payments] == "United Arab Emirates — REC-0002 Arab Payments Network (Payment gateway)"
    assert safeguards[payments] == "Standard contractual clauses (Transfer Regulation Art. 4(1)(a); risk assessment Art. 7)"
    assert "REC-0001 Gulf Pay Gateway (Payment gateway)" in _column(activities, "Recipients")[payments]
    assert set(_column(activities, "Sensitive data (PDPL Art. 1)")) == {"No"}
    assert _column(activities, "Missing minimum content")[13] == "Retention period"  # PA-0014, employee records
    disclosures = book["Disclosures"]
    assert {"Deadline", "Days to decision", "Customers concerned", "Activities concerned"} <= set(_headers(disclosures))
    assert any(str(v).startswith("CUS-") for v in _column(disclosures, "Customers concerned"))
    assert "Expired" in _column(book["Documents"], "Expiry")
    resolved = _column(book["Checks"], "Failed check resolved on")
    assert "Unresolved" in resolved and any(isinstance(v, dt.datetime) for v in resolved)
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows(min_row=2) if r[0].value}
    assert summary["AML compliance officer"].startswith("فهد") and summary["Officer's e-mail"] == "dpo@alwaha.example"
    assert summary["Document version"] == "1.0" and summary["Period"].startswith("As at ")


def test_workbook_prints_landscape_fitted_with_headers_and_footers(demo_register: Register, tmp_path: Path) -> None:
    path, seal = export_workbook(demo_register, tmp_path / "w.xlsx", lang="ar", reveal=True)
    book = load_workbook(path)
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToHeight == 0
        assert sheet.print_title_rows == "$1:$1"
        header = sheet.oddHeader
        assert header.right.text.startswith("مصنف السجل") and "المعرّفات معروضة كاملة" in header.center.text
        assert seal in sheet.oddFooter.left.text and "&P" in sheet.oddFooter.right.text
    assert book["الجهات المستلمة"].page_setup.fitToWidth == 1 and book["الفحوصات"].page_setup.fitToWidth == 1
    activities = book["أنشطة المعالجة"]
    # (its free texts in English and in Arabic, the law of a legal obligation among them: five pages across at most)
    assert activities.page_setup.fitToWidth <= 5 and activities.print_title_cols == "$A:$A"
    cell = activities.cell(2, 4)  # a plain value: wrapped by the default format, top-aligned
    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    assert activities.row_dimensions[2].height and activities.row_dimensions[2].height > 15
    widths = [activities.column_dimensions[c].width for c in "ABCDEF"]
    assert all(6 <= w <= 40 for w in widths)


def test_bidi_controls_leave_the_workbook_title_and_summary(register: Register, tmp_path: Path) -> None:
    records.save_organisation(register, {"legal_name_en": "Acme\u202e Evil\u202c Co"})
    path, _ = export_workbook(register, tmp_path / "w.xlsx", lang="en")
    book = load_workbook(path)
    assert book.properties.title == "Register workbook — Acme Evil Co"
    values = [str(c.value) for row in book["Summary"].iter_rows() for c in row if c.value]
    assert "Acme Evil Co" in values and not any(ch in v for v in values for ch in "\u202a\u202b\u202c\u202d\u202e")
    assert "Acme Evil Co" in book["Summary"].oddHeader.left.text + book["Summary"].oddHeader.right.text
    assert "Missing" in values  # no officer recorded


def test_screening_hits_sheet(demo_register: Register, tmp_path: Path) -> None:
    from compliance_desk.storage import kyc, sanctions, screening

    sanctions.import_list(demo_register, Path(__file__).parents[1] / "storage" / "fixtures" / "un_small.xml")
    kyc.save_customer(demo_register, None, {"client_ref": "BO-X", "full_name_ar": "رمزي محمد عبدالله بن الشيبة",
                                            "date_of_birth": "1972-05-01", "nationality": "YE"})
    screening.screen(demo_register)
    path, _seal = export_workbook(demo_register, tmp_path / "w.xlsx", lang="en")
    sheet = load_workbook(path)["Screening hits"]
    headers = [c.value for c in sheet[1]]
    rows = [dict(zip(headers, [c.value for c in r], strict=True)) for r in sheet.iter_rows(min_row=2)]
    assert any(r["List reference"] == "QDi.081" and r["List version"] == "LST-0001" and r["Decision"] == "Open: to decide"
               for r in rows)
