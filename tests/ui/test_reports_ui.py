"""The Reports dialog: generate with progress, cancel, print through Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from compliance_desk.ui.shell.controller import Controller


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    return unlocked_app


def test_generate_a_report_from_the_dialog(app: Controller, tmp_path: Path) -> None:
    dialog = app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ropa"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    target = tmp_path / "ropa-ar.pdf"
    dialog.output.setText(str(target))
    path = dialog.generate()
    assert path == target and PdfReader(target).metadata.title == "سجل أنشطة المعالجة"
    assert str(target) in dialog.message.text()
    assert dialog.progress.isHidden()
    app.main._update_status()
    assert app.main.seal_label.text() == f"Seal {app.register.seal()[:12]}"


def test_cancel_stops_and_writes_nothing(app: Controller, tmp_path: Path) -> None:
    dialog = app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("pack"))
    dialog.output.setText(str(tmp_path / "pack"))
    original = dialog._tick

    def cancel_on_first_step(step: str = "") -> bool:
        dialog.cancel()
        return original(step)

    dialog._tick = cancel_on_first_step
    assert dialog.generate() is None
    assert "Cancelled" in dialog.message.text()
    assert not (tmp_path / "pack" / "manifest.json").exists()


def test_invalid_period_is_a_plain_message(app: Controller, tmp_path: Path) -> None:
    dialog = app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("disclosures"))
    dialog.date_from.setText("2026-13-01")
    dialog.output.setText(str(tmp_path / "d.pdf"))
    assert dialog.generate() is None
    assert dialog.message.text() == "Period: There is no such day in the calendar."
    assert not (tmp_path / "d.pdf").exists()


def test_print_sends_every_page_to_the_printer(app: Controller, tmp_path: Path) -> None:
    dialog = app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("kyc"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = dialog.print_to(printer)
    assert pages > 1
    assert dialog.printed_steps[0] == f"Printing page 1 of {pages}"  # page progress while printing
    assert dialog.printed_steps[-1] == f"Printing page {pages} of {pages}" and len(dialog.printed_steps) == pages
    assert len(PdfReader(printed).pages) == pages
    leftovers = [p for p in Path("/tmp").glob("compliance-desk-*") if (p / "report.pdf").exists()]
    assert leftovers == []  # the temporary plaintext report is gone


def test_record_sheet_of_the_selected_record(app: Controller, tmp_path: Path) -> None:
    app.main.show_page("activities")
    app.main.activities.select_id(3)
    dialog = app.main.open_reports()
    assert dialog.reference.text() == "PA-0003"
    dialog.kind.setCurrentIndex(dialog.kind.findData("record"))
    assert dialog.reference.isVisibleTo(dialog)
    dialog.output.setText(str(tmp_path / "PA-0003.pdf"))
    path = dialog.generate()
    assert path is not None and "PA-0003" in PdfReader(path).metadata.title
    dialog.reference.setText("PA-9999")
    assert dialog.generate(tmp_path / "x.pdf") is None and "PA-9999" in dialog.message.text()


def test_default_names_carry_kind_language_and_date(app: Controller) -> None:
    from compliance_desk.domain import clock

    today = clock.today().isoformat()
    dialog = app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ropa"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert Path(dialog.output.text()).name == f"ropa-en-{today}.pdf"
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert Path(dialog.output.text()).name == f"ropa-ar-{today}.pdf"
    dialog.kind.setCurrentIndex(dialog.kind.findData("workbook"))
    assert Path(dialog.output.text()).name == f"workbook-ar-{today}.xlsx"
    dialog.kind.setCurrentIndex(dialog.kind.findData("pack"))
    assert Path(dialog.output.text()).name == f"audit-pack-{today}"


def test_overwrite_asks_then_open_and_show_in_folder(app: Controller, tmp_path: Path, answers,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("kyc"))
    target = tmp_path / "kyc.pdf"
    target.write_bytes(b"an older report")
    dialog.output.setText(str(target))
    answers.queue = [False]
    assert dialog.generate() is None and "already exists" in answers.asked[-1]
    assert target.read_bytes() == b"an older report"  # kept
    assert not dialog.open_button.isVisibleTo(dialog)
    answers.queue = [True]
    assert dialog.generate() == target and target.read_bytes().startswith(b"%PDF")
    assert dialog.open_button.isVisibleTo(dialog) and dialog.folder_button.isVisibleTo(dialog)
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened == [str(target), str(tmp_path)]
    assert "\u2066" + str(target) + "\u2069" in dialog.message.text()  # the path reads left to right
