"""Transparency figures for a period: government and legal demands (by requester, type, decision and
jurisdiction) apart from commercial disclosures, shares of decided requests, response times."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.errors import Msg
from compliance_desk.domain.transparency import Transparency
from compliance_desk.domain.validation import parse_date
from compliance_desk.storage import disclosures
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.date_edit import DateEdit
from compliance_desk.ui.widgets.format import DisplayOptions
from compliance_desk.ui.widgets.outage import out_of_reach, reads
from compliance_desk.ui.widgets.record_form import ERROR_STYLE


class TransparencyPage(QWidget):
    def __init__(self, lang: str, options: DisplayOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.options = options
        self.setObjectName("page_transparency")
        self.register: Register | None = None
        year = clock.today().year
        self.date_from = DateEdit(lang)
        self.date_from.set_value(f"{year}-01-01")
        self.date_from.setObjectName("date_from")
        self.date_to = DateEdit(lang)
        self.date_to.set_value(f"{year}-12-31")
        self.date_to.setObjectName("date_to")
        compute = QPushButton(self.tr("Show figures"))
        compute.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.date_from.box())
        period.addWidget(QLabel(self.tr("To")))
        period.addWidget(self.date_to.box())
        period.addWidget(compute)
        period.addStretch(1)

        self.summary = QFormLayout()
        # each figure right beside its label, not at the far edge of a wide window
        self.summary.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.summary.setHorizontalSpacing(style.GAP * 3)
        keys = ("requests", "decided", "produced", "accounts", "emergency", "commercial", "median", "overdue")
        self.summary_labels = {key: QLabel() for key in keys}
        for key, label in self.summary_labels.items():
            label.setObjectName(f"figure_{key}")
            style.heading(label, style.SECTION)
        self.summary.addRow(self.tr("Government and legal demands received"), self.summary_labels["requests"])
        self.summary.addRow(self.tr("Decided (complied, partly complied, refused)"), self.summary_labels["decided"])
        self.summary.addRow(self.tr("Some data disclosed (share of decided requests)"), self.summary_labels["produced"])
        self.summary.addRow(self.tr("Accounts requested / affected by a disclosure"), self.summary_labels["accounts"])
        self.summary.addRow(self.tr("Emergency requests"), self.summary_labels["emergency"])
        self.summary.addRow(self.tr("Commercial disclosures (partners, mergers)"), self.summary_labels["commercial"])
        self.summary.addRow(self.tr("Median days from receipt to decision"), self.summary_labels["median"])
        self.summary.addRow(self.tr("Open requests past their due date"), self.summary_labels["overdue"])
        summary_box = QGroupBox(self.tr("Summary"))
        summary_box.setLayout(self.summary)

        self.tables = {key: self._table() for key in ("requester", "request_type", "decision", "jurisdiction")}
        grid = QGridLayout()
        for index, (key, title) in enumerate([
            ("requester", self.tr("By requesting authority")), ("request_type", self.tr("By request type")),
            ("decision", self.tr("By decision")), ("jurisdiction", self.tr("By jurisdiction")),
        ]):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(self.tables[key])
            grid.addWidget(box, index // 2, index % 2)

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.message)
        layout.addWidget(summary_box)
        layout.addLayout(grid, 1)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Requests")])
        # the count right beside its category: the category takes the width, the count only what it needs
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        return table

    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.refresh()

    @reads
    def refresh(self) -> Transparency | None:
        if out_of_reach(self.register):  # the figures shown stay until the server answers
            return None
        for table in self.tables.values():
            table.setRowCount(0)
        if self.register is None:
            return None
        problem = self.date_from.problem() or self.date_to.problem()
        if problem:
            self.message.setText(problem)
            return None
        try:
            start, end = parse_date(self.date_from.value()), parse_date(self.date_to.value())
        except ValueError as error:
            self.message.setText(Msg("invalid_date", value=str(error)).text(self.lang))
            return None
        self.message.setText("")
        figures = disclosures.transparency(self.register, start, end)
        government, n = figures.government, self.options.number
        percent = "٪" if self.options.arabic_digits else "%"
        self.summary_labels["requests"].setText(n(government.requests))
        self.summary_labels["decided"].setText(n(government.decided))
        share = n(round(government.produced_share * 100))
        self.summary_labels["produced"].setText(f"{n(government.produced)} ({share}{percent})")
        self.summary_labels["accounts"].setText(f"{n(government.accounts_requested)} / {n(government.accounts_disclosed)}")
        self.summary_labels["emergency"].setText(n(government.emergency))
        self.summary_labels["commercial"].setText(n(figures.commercial.requests))
        median = figures.response.median
        self.summary_labels["median"].setText("—" if median is None else n(round(median)))
        self.summary_labels["overdue"].setText(n(figures.response.overdue_open))
        self._fill("requester", {v.PARTY_TYPES.label(k, self.lang): c for k, c in government.by_requester.items()})
        self._fill("request_type", {v.REQUEST_TYPES.label(k, self.lang): c
                                    for k, c in government.by_request_type.items()})
        self._fill("decision", {v.DECISIONS.label(k, self.lang): c for k, c in government.by_decision.items()})
        self._fill("jurisdiction", {country_name(k, self.lang) if k != "—" else "—": c
                                    for k, c in government.by_jurisdiction.items()})
        return figures

    def _fill(self, key: str, counts: dict[str, int]) -> None:
        table = self.tables[key]
        for label, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(label))
            figure = QTableWidgetItem(self.options.number(count))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 1, figure)
