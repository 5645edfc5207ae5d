"""A breach's containment and remediation steps: dated, with an owner, marked done (every write
through storage.breaches, audited). A breach closes only once every step is done."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import BREACH, BREACH_STEP
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import breaches, records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.date_edit import DateEdit
from compliance_desk.ui.widgets.format import ltr
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

COLUMNS = ("kind", "action", "owner", "due_date", "done_on")


class StepsDialog(QDialog):
    changed = Signal()

    def __init__(self, register: Register, breach_id: int, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register, self.breach_id, self.lang = register, breach_id, lang
        self.setObjectName("steps_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        reference = records.get(register, BREACH, breach_id)["reference"]
        self.setWindowTitle(self.tr("Containment and remediation steps — %1").replace("%1", reference))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("steps")
        self.table.setHorizontalHeaderLabels([BREACH_STEP.field(c).label(lang) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 280)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("step_kind")
        for term in v.STEP_KINDS:
            self.kind.addItem(term.label(lang), term.code)
        self.action = QLineEdit()
        self.action.setObjectName("step_action")
        self.action.setPlaceholderText(BREACH_STEP.field("action").label(lang))
        self.owner = QLineEdit()
        self.owner.setObjectName("step_owner")
        self.owner.setPlaceholderText(BREACH_STEP.field("owner").label(lang))
        self.due = DateEdit(lang)
        self.due.setObjectName("step_due")
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setObjectName("add_step")
        self.add_button.clicked.connect(self.add)
        for widget in (self.kind, self.action, self.owner, self.due, self.add_button):
            row.addWidget(widget, 2 if widget is self.action else 1)
        layout.addLayout(row)
        self.done_button = QPushButton(self.tr("Mark the selected step done today"))
        self.done_button.setObjectName("mark_done")
        self.done_button.clicked.connect(self.mark_done)
        layout.addWidget(self.done_button)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.steps = breaches.steps(self.register, self.breach_id)
        self.table.setRowCount(len(self.steps))
        for r, step in enumerate(self.steps):
            for c, name in enumerate(COLUMNS):
                value = step.get(name) or ""
                if name == "kind":
                    value = v.STEP_KINDS.label(str(value), self.lang)
                elif name in ("due_date", "done_on"):
                    value = ltr(str(value)) if value else ("—" if name == "due_date" else self.tr("open"))
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        writable = not self.register.read_only and records.get(self.register, BREACH, self.breach_id)["stage"] != "closed"
        for widget in (self.add_button, self.done_button):
            widget.setEnabled(writable)

    def _run(self, action: object, *args: object) -> bool:
        try:
            action(*args)  # type: ignore[operator]
        except KnownError as error:
            self.message.setText(f'<span style="{ERROR_STYLE}">{html.escape(error.text(self.lang))}</span>')
            return False
        self.message.clear()
        self.refresh()
        self.changed.emit()
        return True

    def add(self) -> bool:
        values = {"kind": self.kind.currentData(), "action": self.action.text(), "owner": self.owner.text(),
                  "due_date": self.due.value()}
        if self._run(breaches.add_step, self.register, self.breach_id, values):
            self.action.clear()
            return True
        return False

    def mark_done(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        step = self.steps[rows[0].row()]
        return self._run(breaches.update_step, self.register, step["id"], {"done_on": clock.today().isoformat()})
