"""The "Due" dashboard: disclosure requests overdue or due in 14 days, identity documents expiring
in 90 days, and customers overdue for re-verification, the most urgent first."""

from __future__ import annotations

import datetime as dt

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
from compliance_desk.storage import disclosures, kyc
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import DisplayOptions, ltr, natural

DOCUMENT_DAYS = 90


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
        self.table.setHorizontalHeaderLabels([self.tr("Deadline"), self.tr("Item"), self.tr("Reference"),
                                              self.tr("Customer or requester"), self.tr("Due")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("Nothing is overdue or coming due."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Disclosure requests due within 14 days, identity documents expiring within "
                                        "90 days, and customers overdue for re-verification.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.register: Register | None = None

    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.refresh()

    def _days_text(self, days: int) -> str:
        if days < 0:
            return self.tr("Overdue by %1 days").replace("%1", str(-days))
        if days == 0:
            return self.tr("Due today")
        return self.tr("In %1 days").replace("%1", str(days))

    def items(self) -> list[tuple[int, str, str, str, str, str, str, int, bool]]:
        """(days left, deadline words, what, reference, who, due date, page key, record id, emergency)."""
        if self.register is None:
            return []
        today = clock.today()
        found = []
        for row in disclosures.due(self.register, DUE_SOON_DAYS):
            state = deadline(row, today)
            found.append((state.days, state.text(self.lang), v.REQUEST_TYPES.label(row["request_type"], self.lang),
                          row["reference"], row["requester_name"], row["due_date"], "disclosures", row["id"],
                          state.emergency))
        for doc in kyc.expiring_documents(self.register, DOCUMENT_DAYS):
            days = (dt.date.fromisoformat(doc["expiry_date"]) - today).days
            words = self.tr("Expired %1 days ago").replace("%1", str(-days)) if days < 0 else \
                self.tr("Expires in %1 days").replace("%1", str(days))
            name = doc["full_name_ar"] if self.lang == "ar" and doc["full_name_ar"] else doc["full_name_en"] or ""
            found.append((days, words, v.DOCUMENT_TYPES.label(doc["doc_type"], self.lang), doc["customer_reference"],
                          name, doc["expiry_date"], "kyc", doc["customer_id"], False))
        for customer in kyc.overdue_reviews(self.register):
            days = (dt.date.fromisoformat(customer["next_review"]) - today).days
            name = customer["full_name_ar"] if self.lang == "ar" and customer["full_name_ar"] else \
                customer["full_name_en"] or ""
            found.append((days, self._days_text(days), self.tr("Re-verification"), customer["reference"], name,
                          customer["next_review"], "kyc", customer["id"], False))
        found.sort(key=lambda item: (not item[8], item[0]))
        return found

    def refresh(self) -> None:
        self.table.setRowCount(0)
        items = self.items()
        overdue = 0
        for days, words, what, reference, who, due, key, record_id, emergency in items:
            overdue += days < 0
            cells = [words, what, reference, who, due or ""]
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                if self.options.arabic_digits and column in (0, 4):
                    text = arabic_digits(text)
                item = QTableWidgetItem(ltr(text) if column == 4 else natural(text))
                item.setData(Qt.ItemDataRole.UserRole, (key, record_id))
                if days < 0:
                    item.setForeground(QColor("#b00020"))
                if emergency:
                    item.setBackground(QColor("#fdecea"))
                self.table.setItem(row, column, item)
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        self.title.setText(self.tr("Due: %1 items, %2 overdue").replace("%1", self.options.number(len(items)))
                           .replace("%2", self.options.number(overdue)))
        self.empty.setVisible(not items)

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            key, record_id = item.data(Qt.ItemDataRole.UserRole)
            self.open_record.emit(key, int(record_id))
