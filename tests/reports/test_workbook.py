from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from compliance_desk.reports.export import export_workbook
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

SHEETS_EN = ["Summary", "Processing activities", "Recipients", "Disclosures", "Customers", "Documents", "Checks",
             "Screening hits"]
SHEETS_AR = ["ملخص", "أنشطة المعالجة", "الجهات المستلمة", "الإفصاحات", "العملاء", "الوثائق", "الفحوصات",
             "تطابقات الفحص"]


@pytest.fixture
def demo_register(demo_path: Path):
    with Register.open(demo_path, PASSPHRASE) as register:
        yield register


def test_sheets_headers_freeze_filter_and_dates(demo_register: Register, tmp_path: Path) -> None:
    path, seal = export_workbook(demo_register, tmp_path / "w.xlsx", lang="en")
    book = load_workbook(path)
    assert book.sheetnames == SHEETS_EN
    activities = book["Processing activities"]
    assert activities.freeze_panes == "A2"
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
    assert summary["Register seal"] == seal == demo_register.seal()
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
    action, = register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "export"
    assert register.verify().seal == seal
    assert oct(path.stat().st_mode & 0o777) == "0o600"


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
