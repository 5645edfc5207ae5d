"""Register ▸ Check a report…: a seal (typed, pasted, or the text of a report's QR code) or a file, and
the same answer `verify --seal/--file` gives, in the app's language. The chain is walked off the UI
thread (a million entries take a few seconds)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import seal_answers, seals
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.tasks import Progress, Task
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

OK_STYLE = "color: #1b5e20; font-weight: bold;"
WARN_STYLE = "color: #8a5a00; font-weight: bold;"
BAD_STYLE = ERROR_STYLE + " font-weight: bold;"


class CheckReportDialog(QDialog):
    """Is this seal, or this file, from this register, and what changed since?"""

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.answer: Any = None
        self.task: Task | None = None
        self.setObjectName("check_report_dialog")
        self.setWindowTitle(self.tr("Check a report"))
        self.resize(720, 420)
        intro = QLabel(self.tr("Type or paste the seal printed on a report (at least 12 characters, or the text its "
                               "QR code holds), or choose the report's file: the answer says whether it was issued "
                               "from this register, when and by whom, and what changed since."))
        intro.setWordWrap(True)
        self.seal = QLineEdit()
        self.seal.setObjectName("check_seal")
        self.seal.setPlaceholderText(self.tr("Seal, e.g. 3f2a9c41d07be5a2…"))
        self.seal.setClearButtonEnabled(True)
        self.seal.returnPressed.connect(self.check)
        self.file = QLineEdit()
        self.file.setObjectName("check_file")
        self.file.setPlaceholderText(self.tr("A report (PDF), workbook (xlsx) or manifest.json"))
        self.seal.textEdited.connect(lambda _t: self.file.clear())
        self.file.textEdited.connect(lambda _t: self.seal.clear())
        browse = QPushButton(self.tr("Choose a file…"))
        browse.setObjectName("check_browse")
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Seal"), self.seal)
        form.addRow(self.tr("Or a file"), row)
        self.headline = QLabel()
        self.headline.setObjectName("check_headline")
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("check_answer")
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("check_button")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a report"), str(self.register.path.parent),
                                              self.tr("Reports (*.pdf *.xlsx *.json);;All files (*)"))
        if name:
            self.file.setText(name)
            self.seal.clear()
            self.check()

    def check(self) -> None:
        """Check what was given (the seal when both are filled); the answer shows when the chain is walked."""
        if self.task is not None and self.task.isRunning():
            return
        seal, file = self.seal.text().strip(), self.file.text().strip()
        if not seal and not file:
            self._show(BAD_STYLE, self.tr("Type a seal or choose a file."), [])
            return
        self.check_button.setEnabled(False)
        self._show("", self.tr("Checking the audit chain…"), [])
        register = self.register

        def work(_progress: Progress) -> Any:
            if seal:
                return seals.check_seal(register, seal)
            return seals.check_file(register, Path(file))

        self.task = Task(work, self)
        self.task.done.connect(self._answered)
        self.task.failed.connect(self._failed)
        self.task.start()

    def wait(self) -> Any:
        """Block (keeping the UI alive) until the answer shows; for tests."""
        while self.task is not None and (self.task.isRunning() or not self.check_button.isEnabled()):
            self.task.wait(20)
            QApplication.processEvents()
        return self.answer

    def _answered(self, answer: Any) -> None:
        self.answer = answer
        self.check_button.setEnabled(True)
        if isinstance(answer, seals.SealAnswer):
            lines = seal_answers.seal_lines(answer, self.lang)
            if answer.since.changed:
                self._show(WARN_STYLE, self.tr("This seal is from this register; records changed after it."), lines)
            else:
                self._show(OK_STYLE, self.tr("This seal is from this register; nothing changed since."), lines)
            return
        lines = seal_answers.file_lines(answer, self.lang)
        if answer.export is not None:
            self._show(OK_STYLE, self.tr("This exact file was produced from this register."), lines)
        elif answer.same_name is not None:
            self._show(BAD_STYLE, self.tr("This file was changed after it was exported."), lines)
        else:
            self._show(BAD_STYLE, self.tr("This file was not produced from this register."), lines)

    def _failed(self, error: BaseException) -> None:
        self.answer = error
        self.check_button.setEnabled(True)
        if isinstance(error, KnownError):
            self._show(BAD_STYLE, error.text(self.lang), [])
            return
        from compliance_desk.diagnostics import record_exception

        record_exception(error)
        self._show(BAD_STYLE, self.tr("The check failed unexpectedly; the log has the details."), [])

    def _show(self, style: str, headline: str, lines: list[str]) -> None:
        self.headline.setStyleSheet(style)
        self.headline.setText(headline)
        self.details.setPlainText("\n".join(lines))
