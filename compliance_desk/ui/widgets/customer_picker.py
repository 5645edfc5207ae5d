"""Choose customers by name or reference (Arabic-aware search), instead of typing client references."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import records, search
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.format import natural, number
from compliance_desk.ui.widgets.icons import icon

ID = 0x0100  # Qt.ItemDataRole.UserRole
REFERENCE = re.compile(r"^\s*CUS-\d+\s*$", re.IGNORECASE)
LIMIT = 30


class CustomerPicker(QWidget):
    """A search field, its matches, and the customers chosen; `changed` when the choice changes."""

    changed = Signal()

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.setObjectName("customer_picker")
        self.query = QLineEdit()
        self.query.setObjectName("customer_search")
        self.query.setPlaceholderText(self.tr("Find a customer: name (Arabic or Latin), client reference or CUS-…"))
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.find)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._add_first)
        self.matches = QListWidget()
        self.matches.setObjectName("customer_matches")
        self.matches.itemActivated.connect(self._add_item)
        self.matches.itemDoubleClicked.connect(self._add_item)
        self.chosen = QListWidget()
        self.chosen.setObjectName("customers_chosen")
        self.hint = QLabel()
        self.hint.setStyleSheet(style.MUTED)
        add = QPushButton(icon("new"), self.tr("Add"))
        add.clicked.connect(lambda: self._add_item(self.matches.currentItem()))
        remove = QPushButton(icon("delete"), self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.matches, 1)
        left.addWidget(self.hint)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Customers concerned")))
        right.addWidget(self.chosen, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.GAP * 2)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def describe(self, row: dict[str, object]) -> str:
        names = [row.get("full_name_ar"), row.get("full_name_en")]
        if self.lang != "ar":
            names.reverse()
        name = " / ".join(str(n) for n in names if n)
        return f"{row['reference']} · {row['client_ref']} · {natural(name)}"

    def find(self) -> list[int]:
        """Fill the matches for the query (its words as prefixes, folded the Arabic way)."""
        text = self.query.text()
        self.matches.clear()
        if not text.strip():
            self.hint.setText("")
            return []
        found: list[int] = []
        if REFERENCE.match(text):
            row = records.find_by_reference(self.register, CUSTOMER, text.strip().upper())
            found = [int(row["id"])] if row else []
        else:
            found = search.search_ids(self.register, CUSTOMER, text, limit=LIMIT + 1)
        for customer_id in found[:LIMIT]:
            row = records.get(self.register, CUSTOMER, customer_id)
            item = QListWidgetItem(self.describe(row))
            item.setData(ID, customer_id)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        self.hint.setText(self.tr("No customer matches.") if not found else
                          self.tr("More than %1 match: type more of the name.").replace("%1", number(LIMIT))
                          if len(found) > LIMIT else self.tr("Double-click or press Return to add."))
        return found[:LIMIT]

    def _add_first(self) -> None:
        self._timer.stop()
        self.find()
        if self.matches.count():
            self._add_item(self.matches.item(0))

    def _add_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.add(int(item.data(ID)))

    def add(self, customer_id: int) -> None:
        if customer_id in self.ids():
            return
        row = records.get(self.register, CUSTOMER, customer_id)
        item = QListWidgetItem(self.describe(row))
        item.setData(ID, customer_id)
        self.chosen.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def ids(self) -> list[int]:
        return [int(self.chosen.item(i).data(ID)) for i in range(self.chosen.count())]

    def set_ids(self, ids: list[int]) -> None:
        self.chosen.clear()
        for customer_id in ids:
            row = records.get(self.register, CUSTOMER, customer_id)
            item = QListWidgetItem(self.describe(row))
            item.setData(ID, customer_id)
            self.chosen.addItem(item)
        self.changed.emit()
