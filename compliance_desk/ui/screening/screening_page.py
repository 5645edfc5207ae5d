"""The Screening page: the hits (open and escalated first), the hit card of the selected one, and
screening everyone again on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import sanctions, screening
from compliance_desk.storage.register import Register
from compliance_desk.ui.screening.background import Task, service, start
from compliance_desk.ui.screening.hit_card import DECISION_COLOURS, HitCard
from compliance_desk.ui.widgets.fold import Fold
from compliance_desk.ui.widgets.format import ltr, natural, number
from compliance_desk.ui.widgets.outage import out_of_reach, reads

FILTERS = {"to_decide": ("open", "escalated"), "true_match": ("true_match",), "false_positive": ("false_positive",),
           "lapsed": ("lapsed",), "all": ()}


class ScreeningPage(QWidget):
    """`lists_requested` asks the window for Register ▸ Lists; `changed` tells it hits were decided."""

    lists_requested = Signal()
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.register: Register | None = None
        self.setObjectName("screening_page")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setObjectName("hit_filter")
        for key, label in [("to_decide", self.tr("To decide (open and escalated)")),
                           ("true_match", v.HIT_DECISIONS.label("true_match", lang)),
                           ("false_positive", v.HIT_DECISIONS.label("false_positive", lang)),
                           ("lapsed", v.HIT_DECISIONS.label("lapsed", lang)), ("all", self.tr("All hits"))]:
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.filter)
        self.screen_button = QPushButton(self.tr("Screen all customers now"))
        self.screen_button.setObjectName("screen_all")
        self.screen_button.clicked.connect(self.screen_all)
        top.addWidget(self.screen_button)
        self.lists_button = QPushButton(self.tr("Lists…"))
        self.lists_button.setObjectName("open_lists")
        self.lists_button.clicked.connect(self.lists_requested)
        top.addWidget(self.lists_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("screening_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("hits")
        self.table.setHorizontalHeaderLabels([self.tr("Hit"), self.tr("Customer"), self.tr("Name"), self.tr("List"),
                                              self.tr("Entry"), self.tr("Score"), self.tr("Decision")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())
        splitter.addWidget(self.table)
        self.card = HitCard(lang)
        self.card.decided.connect(self._decided)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        self.fold = Fold(self, splitter, shares=(2, 3))  # a narrow window: the hit card under the hits
        layout.addWidget(splitter, 1)
        self.hits: list[dict[str, Any]] = []
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        # a bound slot: Qt drops the connection when the page goes (a lambda would outlive it)
        service().screened.connect(self._customer_screened)

    def _customer_screened(self, _result: object) -> None:
        if self.isVisible():
            self.refresh()

    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.refresh()

    @reads
    def refresh(self, select: int | None = None) -> None:
        if out_of_reach(self.register):  # the hits shown stay until the server answers
            return
        if select is None and self.card.hit is not None:
            select = int(self.card.hit["id"])
        self.table.setRowCount(0)
        self.hits = []
        if self.register is None or not self.register.is_open:
            self.card.show_hit(None, None)
            self.summary.setText("")
            return
        versions = sanctions.current_versions(self.register)
        loaded = bool(versions)
        self.screen_button.setEnabled(not self.register.read_only and loaded)
        self.screen_button.setToolTip("" if loaded else self.tr("No sanctions list is loaded: open Lists… and import one."))
        decisions = FILTERS[self.filter.currentData()]
        self.hits = screening.hits(self.register, decisions=decisions or None)
        self.table.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            name = hit["full_name_ar"] if self.lang == "ar" else hit["full_name_en"]
            cells = [ltr(hit["reference"]), ltr(hit["customer_reference"]),
                     natural(name or hit["full_name_en"] or hit["full_name_ar"] or ""),
                     v.LIST_SOURCES.label(hit["source"], self.lang), ltr(hit["entry_ref"]), str(hit["score"]),
                     v.HIT_DECISIONS.label(hit["decision"], self.lang)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, hit["id"])
                if column == 6:
                    item.setBackground(QColor(DECISION_COLOURS[hit["decision"]]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._summarise(versions)
        ids = [h["id"] for h in self.hits]
        if ids:
            row = ids.index(select) if select in ids else 0
            self.table.setCurrentCell(row, 0)  # (selectRow does nothing in a right-to-left table)
        self._show_current()

    def _summarise(self, versions: list[dict[str, Any]]) -> None:
        assert self.register is not None
        if not versions:
            self.summary.setText(self.tr("No sanctions list is loaded: open Lists… and import one."))
            return
        pending = len(screening.hits(self.register, decisions=("open", "escalated")))
        confirmed = len(screening.hits(self.register, decisions=("true_match",)))
        lists = "; ".join(f"{v_['reference']} {v_['title']} ({number(v_['entry_count'])})" for v_ in versions)
        self.summary.setText(natural(self.tr("%1 to decide, %2 confirmed. Lists: %3").replace("%1", number(pending))
                                     .replace("%2", number(confirmed)).replace("%3", lists)))

    def current_hit(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def _show_current(self) -> None:
        self.card.show_hit(self.register, self.current_hit())

    def select_hit(self, hit_id: int) -> None:
        self.filter.setCurrentIndex(self.filter.findData("all"))
        self.refresh(select=hit_id)

    def _decided(self, hit_id: int) -> None:
        self.refresh(select=hit_id)
        self.changed.emit()

    # ------------------------------------------------------------------ screening everyone
    def screen_all(self) -> Task | None:
        if self.register is None or self.register.read_only:
            return None
        if not screening.has_lists(self.register):
            self.summary.setText(self.tr("No sanctions list is loaded: open Lists… and import one."))
            return None
        self.progress = QProgressDialog(self.tr("Screening customers against the lists …"), self.tr("Cancel"),
                                        0, 100, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        register = self.register
        task = Task(lambda progress: screening.compute(register, None, progress))
        self.progress.canceled.connect(lambda: setattr(task, "cancelled", True))
        task.progress.changed.connect(lambda done, total, _step: self.progress.setValue(int(100 * done / max(1, total)))
                                      if self.progress else None)
        task.done.connect(self._screened)
        task.failed.connect(self._failed)
        self.screen_button.setEnabled(False)
        self.task = start(task)
        return task

    def _screened(self, computed: screening.Computed) -> None:
        if self.progress is not None:
            self.progress.reset()
        if self.register is None or not self.register.is_open:
            return
        run = screening.record(self.register, computed, "manual")
        self.refresh()
        self.summary.setText(self.summary.text() + "\n" + self.tr(
            "%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.")
            .replace("%1", run.reference).replace("%2", number(run.customers)).replace("%3", number(run.raised))
            .replace("%4", number(run.suppressed)))
        self.changed.emit()

    def _failed(self, error: object) -> None:
        if self.progress is not None:
            self.progress.reset()
        self.screen_button.setEnabled(True)
        self.summary.setText(error.text(self.lang) if isinstance(error, KnownError) else str(error))
