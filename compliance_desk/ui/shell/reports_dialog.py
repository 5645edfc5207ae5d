"""The Reports dialog: kind, language, period, options; a progress bar with Cancel; Save or Print."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain.errors import KnownError, Msg
from compliance_desk.domain.validation import parse_date
from compliance_desk.reports import export
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.date_edit import DateEdit
from compliance_desk.ui.widgets.format import ltr, number, typed_number
from compliance_desk.ui.widgets.icons import icon
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

KINDS = ("ropa", "disclosures", "kyc", "screening", "requests", "breaches", "record", "workbook", "pack")


class Cancelled(Exception):
    pass


class PeriodProblem(Exception):
    """A period date that is not a date; the message is the date field's own words."""


class ReportsDialog(QDialog):
    def __init__(self, register: Register, settings: Settings, lang: str, parent: QWidget | None = None,
                 reference: str = "") -> None:
        super().__init__(parent)
        self.register = register
        self.settings = settings
        self.lang = lang
        self.cancelled = False
        self.running = False
        self.printed_steps: list[str] = []
        self.setObjectName("reports_dialog")
        self.setWindowTitle(self.tr("Reports"))
        self.resize(560, 480)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, text in zip(KINDS, [self.tr("Record of processing activities (PDF)"),
                                     self.tr("Third-party disclosures and transparency (PDF)"),
                                     self.tr("KYC document checks (PDF)"),
                                     self.tr("Sanctions screening for a period (PDF)"),
                                     self.tr("Data-subject requests for a period (PDF)"),
                                     self.tr("Personal-data breaches for a period (PDF)"),
                                     self.tr("Record sheet with its audit history (PDF)"),
                                     self.tr("Register workbook (Excel)"),
                                     self.tr("Audit pack: every report in both languages (folder)")], strict=True):
            self.kind.addItem(text, key)
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.get("report_language")), 0))
        self.date_from = DateEdit(lang)
        self.date_from.setObjectName("date_from")
        self.date_to = DateEdit(lang)
        self.date_to.setObjectName("date_to")
        self.hijri = QCheckBox(self.tr("Show the Umm al-Qura Hijri date"))
        self.hijri.setChecked(settings.get("report_hijri"))
        self.reveal = QCheckBox(self.tr("Show identifiers in full"))
        self.reveal.setChecked(settings.get("report_reveal_identifiers"))
        self.reference = QLineEdit(reference)
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("e.g. PA-0001, DSC-2026-0001, CUS-00001"))
        self.as_of = QLineEdit()
        self.as_of.setObjectName("as_of")
        self.as_of.setPlaceholderText(self.tr("Seal of an earlier report"))
        self.as_of.setToolTip(self.tr("Leave empty for the register as it stands now; give a seal to re-make the "
                                      "report as the register was right after that export."))
        org = records.organisation(register) or {}
        self.control = {}
        for key, name in (("version", "report_version"), ("prepared_by", "report_prepared_by"),
                          ("approved_by", "report_approved_by"), ("distribution", "report_distribution")):
            value = str(org.get(name) or "")
            editor = QLineEdit(number(value) if key == "version" and value else value)  # "١٫٠" in Arabic digits
            editor.setObjectName(f"control_{key}")
            self.control[key] = editor
        self.control["prepared_by"].setPlaceholderText(self.tr("The officer the report belongs to"))
        self.output = QLineEdit()
        self.output.setObjectName("output")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        self.reference_label = QLabel(self.tr("Record"))
        form.addRow(self.reference_label, self.reference)
        self.as_of_label = QLabel(self.tr("As of seal (optional)"))
        form.addRow(self.as_of_label, self.as_of)
        form.addRow(self.tr("From"), self.date_from.box())
        form.addRow(self.tr("To"), self.date_to.box())
        form.addRow("", self.hijri)
        form.addRow("", self.reveal)
        form.addRow(self.tr("Document version"), self.control["version"])
        form.addRow(self.tr("Prepared by"), self.control["prepared_by"])
        form.addRow(self.tr("Approved by"), self.control["approved_by"])
        form.addRow(self.tr("Distribution"), self.control["distribution"])
        form.addRow(self.tr("Save to"), out_row)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.read_only_note = QLabel(self.tr(
            "This register is open read-only, so this export cannot be recorded in its audit trail. The report "
            "carries the seal of the register as it stands now."))
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("background: #e8f0fe; color: #0b2e63; padding: 6px;")
        self.read_only_note.setVisible(register.read_only)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.written: Path | None = None
        self.open_button = QPushButton(icon("open"), self.tr("Open"))
        self.open_button.setObjectName("open_written")
        self.open_button.clicked.connect(self.open_written)
        self.folder_button = QPushButton(icon("folder"), self.tr("Show in folder"))
        self.folder_button.setObjectName("show_folder")
        self.folder_button.clicked.connect(self.show_folder)
        after = QHBoxLayout()
        after.addWidget(self.open_button)
        after.addWidget(self.folder_button)
        after.addStretch(1)
        for button in (self.open_button, self.folder_button):
            button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.generate_button = self.buttons.addButton(self.tr("Generate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.generate_button.setIcon(icon("reports"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setIcon(icon("print"))
        self.print_button.clicked.connect(self.print_report)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(after)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        """Offer a file name that fits the report, in the folder the officer last chose."""
        kind = self.kind.currentData()
        self.print_button.setEnabled(kind in ("ropa", "disclosures", "kyc", "screening", "requests", "breaches", "record"))
        self.language.setEnabled(kind != "pack")
        self.reference.setVisible(kind == "record")
        self.reference_label.setVisible(kind == "record")
        for widget in (self.as_of, self.as_of_label):
            widget.setVisible(kind in ("ropa", "disclosures", "kyc", "record"))
        current = Path(self.output.text()) if self.output.text().strip() else Path.home() / "report"
        folder = current if current.is_dir() and not current.suffix else current.parent
        self.output.setText(str(folder / self.default_name()))

    def default_name(self) -> str:
        """What, in which language, as of when: "ropa-ar-2026-03-14.pdf", "audit-pack-2026-03-14"."""
        kind, lang, today = self.kind.currentData(), self.language.currentData(), clock.today().isoformat()
        if kind == "pack":
            return f"audit-pack-{today}"
        if kind == "workbook":
            return f"workbook-{lang}-{today}.xlsx"
        stem = self.reference.text().strip() if kind == "record" and self.reference.text().strip() else kind
        return f"{stem}-{lang}-{today}.pdf"

    def _browse(self) -> None:
        if self.kind.currentData() == "pack":
            path = QFileDialog.getExistingDirectory(self, self.tr("Audit pack folder"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), self.output.text())
        if path:
            self.output.setText(path)

    # ------------------------------------------------------------------ running
    def _tick(self, step: str = "") -> bool:
        """Keep the window alive during a long report; False when the officer cancelled."""
        if step:
            self.progress.setFormat(step)
            self.progress.setValue(min(self.progress.value() + 1, self.progress.maximum()))
        QApplication.processEvents()
        if self.cancelled:
            raise Cancelled()
        return True

    def cancel(self) -> None:
        self.cancelled = True

    def _period(self) -> tuple[str | None, str | None]:
        for field in (self.date_from, self.date_to):
            if field.problem():
                raise PeriodProblem(self.tr("Period: %1").replace("%1", field.problem()))
        try:
            return parse_date(self.date_from.value()), parse_date(self.date_to.value())
        except ValueError as error:
            raise KnownError("invalid_value", field=self.tr("Period"), reason=Msg("invalid_date", value=str(error))) \
                from None

    def _start(self, steps: int) -> None:
        self.running, self.cancelled = True, False
        self.message.setStyleSheet("")
        self.message.setText("")
        self.progress.setRange(0, steps)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.generate_button.setEnabled(False)
        self.print_button.setEnabled(False)

    def _finish(self, text: str, error: bool = False) -> None:
        self.running = False
        self.progress.hide()
        self.cancel_button.hide()
        self.generate_button.setEnabled(True)
        self._kind_changed()
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def generate(self, target: Path | None = None) -> Path | None:
        """Write the chosen report to the chosen place; returns its path (None: cancelled or failed).

        A file (or a non-empty pack folder) already there is replaced only when the officer says so.
        """
        kind = self.kind.currentData()
        chosen = target is None
        target = target or Path(self.output.text().strip())
        occupied = target.is_file() or (target.is_dir() and any(target.iterdir()))
        if chosen and occupied and not ask.confirm(
                self, self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it with this report?").replace("%1", ltr(str(target))),
                yes=self.tr("Replace"), no=self.tr("Keep it")):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Nothing was written: choose another name, or replace the file."))
            return None
        for button in (self.open_button, self.folder_button):
            button.hide()
        lang = self.language.currentData()
        self._start(2 * (len(export.PACK_KINDS) + 1) if kind == "pack" else 1)
        control = {key: editor.text().strip() for key, editor in self.control.items()}
        control["version"] = typed_number(control["version"])  # the report prints it as its own digits
        try:
            date_from, date_to = self._period()
            self._tick(self.tr("Working…"))
            if kind == "workbook":
                path, _ = export.export_workbook(self.register, target, lang=lang, reveal=self.reveal.isChecked(),
                                                 progress=lambda _sheet, _n: self._tick(), control=control)
            elif kind == "pack":
                path, _ = export.pack(self.register, target, date_from=date_from, date_to=date_to,
                                      reveal=self.reveal.isChecked(), hijri=self.hijri.isChecked(),
                                      progress=self._tick, control=control)
            else:
                path, _ = export.export_pdf(self.register, kind, target, lang=lang, date_from=date_from,
                                            date_to=date_to, reveal=self.reveal.isChecked(),
                                            hijri=self.hijri.isChecked(), progress=self._tick,
                                            reference=self.reference.text().strip(), control=control,
                                            as_of=self.as_of.text().strip() or None)
        except (Cancelled, InterruptedError):
            self._finish(self.tr("Cancelled; no report was written."))
            return None
        except PeriodProblem as problem:
            self._finish(str(problem), error=True)
            return None
        except KnownError as error:
            self._finish(error.text(self.lang), error=True)
            return None
        except OSError as error:
            self._finish(f"{target}: {error.strerror}", error=True)
            return None
        self._finish(self.tr("Written to %1").replace("%1", ltr(str(path))))
        self.written = Path(path)
        if chosen:
            self.open_button.setVisible(self.written.is_file())
            self.folder_button.show()
        return Path(path)

    def open_written(self) -> QUrl | None:
        """Open the report just written in the workstation's viewer."""
        if self.written is None:
            return None
        url = QUrl.fromLocalFile(str(self.written))
        QDesktopServices.openUrl(url)
        return url

    def show_folder(self) -> QUrl | None:
        if self.written is None:
            return None
        folder = self.written if self.written.is_dir() else self.written.parent
        url = QUrl.fromLocalFile(str(folder))
        QDesktopServices.openUrl(url)
        return url

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Generate the report into a private temporary folder, print its pages, delete it. Returns pages."""
        with tempfile.TemporaryDirectory(prefix="compliance-desk-") as folder:
            path = self.generate(Path(folder) / "report.pdf")
            if path is None:
                return 0
            self.progress.show()
            try:
                pages = print_pdf(path, printer, self._printing)
            finally:
                self.progress.hide()
            self.message.setText(self.tr("Sent %Ln page(s) to the printer.", "", pages))
            return pages

    def _printing(self, page: int, pages: int) -> None:
        """Page progress while printing: "Printing page 3 of 12"."""
        self.progress.setRange(0, pages)
        self.progress.setValue(page)
        self.progress.setFormat(self.tr("Printing page %1 of %2").replace("%1", number(page)).replace("%2", number(pages)))
        self.printed_steps.append(self.progress.format())
        QApplication.processEvents()


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Paint every page of a PDF onto `printer` (A4 portrait, as the reports are laid out)."""
    import pypdfium2 as pdfium
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    # the pages already carry their margins: print them edge to edge at their own size
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return 0
        for index in range(len(document)):
            if progress is not None:
                progress(index + 1, len(document))
            if index:
                printer.newPage()
            rendered = document[index].render(scale=300 / 72).to_pil().convert("RGB")
            image = QImage(rendered.tobytes(), rendered.width, rendered.height, rendered.width * 3,
                           QImage.Format.Format_RGB888)
            target = QRectF(painter.viewport())
            painter.drawImage(target, image)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
