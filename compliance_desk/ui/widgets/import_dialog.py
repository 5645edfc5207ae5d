"""Import rows from xlsx/csv: show every invalid row, import all, or only the valid ones on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.messages import message
from compliance_desk.storage import importing
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import number


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, register: Register, spec: importing.Spec, path: Path, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.spec = spec
        self.path = path
        self.lang = lang
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(640, 420)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("import_errors")
        # a row's reason can be long (a date's accepted forms): wrap it rather than scroll sideways
        self.errors.setWordWrap(True)
        self.errors.setResizeMode(QListView.ResizeMode.Adjust)
        self.errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.valid_button = self.buttons.addButton(self.tr("Import the valid rows"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.valid_button.clicked.connect(self.import_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.result: importing.ImportResult | None = None

    def start(self) -> importing.ImportResult | None:
        """Import everything if every row is valid; otherwise list the problems and wait."""
        try:
            self.result = importing.run(self.register, self.spec, self.path)
        except KnownError as error:
            self.summary.setText(error.text(self.lang))
            self.valid_button.hide()
            self.open()
            return None
        if not self.result.invalid:
            self.imported.emit(self.result.imported)
            return self.result
        bad_rows = self.result.invalid
        self.summary.setText(self.tr("%1 rows are invalid, so nothing was imported. Correct the file and import it "
                                     "again, or import only the %2 valid rows.")
                             .replace("%1", number(bad_rows)).replace("%2", number(self.result.valid)))
        for error in self.result.errors:
            self.errors.addItem(error.text(self.lang))
        if self.result.invalid > len(self.result.errors):
            self.errors.addItem(message("import_more_errors", self.lang,
                                        count=self.result.invalid - len(self.result.errors)))
        self.valid_button.setEnabled(self.result.valid > 0)
        self.open()
        return self.result

    def import_valid(self) -> None:
        try:
            self.result = importing.run(self.register, self.spec, self.path, only_valid=True)
        except KnownError as error:
            self.summary.setText(error.text(self.lang))
            return
        self.imported.emit(self.result.imported)
        self.accept()
