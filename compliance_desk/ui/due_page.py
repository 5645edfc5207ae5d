"""The "Due" dashboard: everything overdue or due in the next 14 days, the most urgent first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.dates import arabic_digits
from compliance_desk.domain.disclosures import DUE_SOON_DAYS, deadline
from compliance_desk.storage import disclosures
from compliance_desk.storage.register import Register
from compliance_desk.ui.format import DisplayOptions, ltr, natural


class DuePage(QWidget):
    """Emits `open_record` (page key, record id) when the officer double-clicks an item."""

    open_record = Signal(str, int)

    def __init__(self, lang: str, options: DisplayOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.options = options
        self.setObjectName("page_due")
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("due_table")
        self.table.setHorizontalHeaderLabels([self.tr("Deadline"), self.tr("Reference"), self.tr("Requester"),
                                              self.tr("Request type"), self.tr("Due")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._open)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("Nothing is overdue or due in the next 14 days."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Third-party disclosure requests")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.register: Register | None = None

    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        rows = disclosures.due(self.register, DUE_SOON_DAYS) if self.register is not None else []
        overdue = 0
        today = clock.today()
        for row in rows:
            state = deadline(row, today)
            overdue += state.state == "overdue"
            words = state.text(self.lang)
            cells = [words, row["reference"], row["requester_name"],
                     v.REQUEST_TYPES.label(row["request_type"], self.lang), row["due_date"] or ""]
            index = self.table.rowCount()
            self.table.insertRow(index)
            for column, text in enumerate(cells):
                text = arabic_digits(text) if self.options.arabic_digits and column in (0, 4) else text
                item = QTableWidgetItem(ltr(text) if column == 4 else natural(text))
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                if state.state == "overdue":
                    item.setForeground(QColor("#b00020"))
                if state.emergency:
                    item.setBackground(QColor("#fdecea"))
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        count = self.options.number(len(rows))
        self.title.setText(self.tr("Due: %1 items, %2 overdue").replace("%1", count)
                           .replace("%2", self.options.number(overdue)))
        self.empty.setVisible(not rows)

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_record.emit("disclosures", int(item.data(Qt.ItemDataRole.UserRole)))
