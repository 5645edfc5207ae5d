"""One view of a person: what the register holds about a customer, and whether it can be erased.

Their KYC record and documents, their data-subject requests, the disclosures that named them (with
a warning where the order forbids or defers telling them), the activities that hold customers'
data, and the legal holds in force with their reasons and ends (storage.persons).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import (
    ACTIVITY,
    CHECK,
    CUSTOMER,
    DISCLOSURE,
    DOCUMENT,
    REQUEST,
    Entity,
)
from compliance_desk.domain.requests.deadlines import deadline
from compliance_desk.storage import persons
from compliance_desk.storage.clocks import time_zone, today
from compliance_desk.storage.register import Register
from compliance_desk.ui.requests.hold_banner import ErasureBlocked
from compliance_desk.ui.widgets.format import (
    LRI,
    MOMENT_FIELDS,
    PDI,
    DisplayOptions,
    digits,
    display_text,
    natural,
    number,
    uses_arabic_digits,
)

WARNING_STYLE = "background: #fdecea; color: #8a1c1c; padding: 8px; border: 1px solid #f5c2c0;"
CLEAR_STYLE = "background: #e8f5e9; color: #1b5e20; padding: 8px; border: 1px solid #b9dfbb;"
CUSTOMER_FIELDS = ("client_ref", "full_name_ar", "full_name_en", "date_of_birth", "nationality", "country", "phone",
                   "email", "address", "risk_rating", "pep", "status", "last_verified", "next_review")


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    return table


def _wrapped(table: QTableWidget, stretch: int, width: tuple[int, int]) -> None:
    """Long text read whole: one column takes the room left, one has a set width, the text wraps and each
    row is as high as its text (a hold's legal reason runs to several lines); the whole text is a tooltip."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(width[0], QHeaderView.ResizeMode.Interactive)
    header.resizeSection(*width)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is not None:
                item.setToolTip(item.text())


class PersonView(QDialog):
    """The page an officer needs to answer "what do we hold about this person and can we erase it"."""

    def __init__(self, register: Register, customer_id: int, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register, self.customer_id, self.lang = register, customer_id, lang
        self.setObjectName("person_view")
        self.person = persons.person(register, customer_id)
        self.options = DisplayOptions(arabic_digits=uses_arabic_digits())
        self.zone = time_zone(register)
        customer = self.person.customer
        name = customer.get("full_name_ar" if lang == "ar" else "full_name_en") or customer.get(
            "full_name_en" if lang == "ar" else "full_name_ar") or ""
        self.setWindowTitle(self.tr("One view of %1").replace("%1", f"{natural(name)} ({customer['reference']})"))
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{natural(name)}</h2>{customer['reference']}")
        title.setObjectName("person_title")
        layout.addWidget(title)
        # holds in force: what must be kept, on what basis and until when; the rest can be erased
        self.blocked = ErasureBlocked()
        self.blocked.show_holds(self.person.holds, f"{natural(name)} ({customer['reference']})", lang)
        layout.addWidget(self.blocked)
        self.holds_label = QLabel("✓ " + self.tr("No legal hold is in force over this person's data."))
        self.holds_label.setObjectName("holds")
        self.holds_label.setWordWrap(True)
        self.holds_label.setStyleSheet(CLEAR_STYLE)
        self.holds_label.setVisible(not self.person.holds)
        layout.addWidget(self.holds_label)
        self.gag_label = QLabel()
        self.gag_label.setObjectName("gag")
        self.gag_label.setWordWrap(True)
        self.gag_label.setStyleSheet(WARNING_STYLE)
        gagged = self.person.gagged
        if gagged:
            self.gag_label.setText("⚠ " + self.tr("Do not tell this person about these authority requests (the order "
                                                 "forbids or defers it): %1").replace(
                "%1", ", ".join(d["reference"] for d in gagged)))
        self.gag_label.setVisible(bool(gagged))
        layout.addWidget(self.gag_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("person_tabs")
        self._fill_tabs()
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export this person's data (xlsx + JSON)…"))
        self.export_button.setObjectName("export_person")
        self.export_button.clicked.connect(self.choose_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _text(self, entity: Entity, row: dict[str, Any], name: str) -> str:
        """A value as the tables show it: the display setting's digits, a receipt in the organisation's zone."""
        field = entity.field(name)
        if field.name in MOMENT_FIELDS:
            return display_text(field, row.get(name), self.lang, options=self.options, zone=self.zone)
        text = display_text(field, row.get(name), self.lang, options=self.options)
        if field.sensitive and field.kind != "date" and text:
            # a masked value ("•••••••••3645") is one left-to-right run: in an Arabic view the visible
            # characters would otherwise show on the wrong side of the dots
            return LRI + text + PDI
        return natural(text)

    def _fill_tabs(self) -> None:
        lang, p = self.lang, self.person
        record = [[CUSTOMER.field(n).label(lang), self._text(CUSTOMER, p.customer, n)] for n in CUSTOMER_FIELDS]
        self.tabs.addTab(_table([self.tr("Field"), self.tr("Value")], record, "kyc_record"), self.tr("KYC record"))
        docs = []
        for d in p.documents:
            last = d["checks"][0] if d["checks"] else {}
            docs.append([self._text(DOCUMENT, d, "doc_type"), self._text(DOCUMENT, d, "number"),
                         self._text(DOCUMENT, d, "expiry_date"),
                         self._text(CHECK, last, "result") if last else "",
                         self._text(CHECK, last, "checked_on") if last else ""])
        self.tabs.addTab(_table([DOCUMENT.field(n).label(lang) for n in ("doc_type", "number", "expiry_date")]
                                + [CHECK.field("result").label(lang), CHECK.field("checked_on").label(lang)],
                                docs, "documents"), self.tr("Documents (%1)").replace("%1", number(len(docs))))
        day = today(self.register)
        reqs = [[r["reference"], self._text(REQUEST, r, "received_at"), self._text(REQUEST, r, "rights"),
                 self._text(REQUEST, r, "stage"), digits(deadline(r, day).text(lang))] for r in p.requests]
        self.tabs.addTab(_table([self.tr("Reference"), REQUEST.field("received_at").label(lang),
                                 REQUEST.field("rights").label(lang), REQUEST.field("stage").label(lang),
                                 self.tr("Deadline")], reqs, "requests"),
                         self.tr("Requests (%1)").replace("%1", number(len(reqs))))
        gagged = {d["id"] for d in p.gagged}
        discs = [[("⚠ " if d["id"] in gagged else "") + d["reference"], self._text(DISCLOSURE, d, "received_date"),
                  natural(d.get("requester_name") or ""), self._text(DISCLOSURE, d, "request_type"),
                  self._text(DISCLOSURE, d, "subject_notification"), self._text(DISCLOSURE, d, "stage")]
                 for d in p.disclosures]
        self.tabs.addTab(_table([self.tr("Reference")] + [DISCLOSURE.field(n).label(lang) for n in (
            "received_date", "requester_name", "request_type", "subject_notification", "stage")], discs, "disclosures"),
            self.tr("Disclosures naming them (%1)").replace("%1", number(len(discs))))
        acts = [[a["reference"], natural(a.get("name_ar" if lang == "ar" else "name_en") or a.get("name_en") or ""),
                 self._text(ACTIVITY, a, "data_categories"), self._text(ACTIVITY, a, "retention_period")
                 or (number(a["retention_months"]) if a.get("retention_months") else "")] for a in p.activities]
        self.tabs.addTab(_table([self.tr("Reference")] + [ACTIVITY.field(n).label(lang) for n in (
            "name_en", "data_categories", "retention_period")], acts, "activities"),
            self.tr("Activities holding their data (%1)").replace("%1", number(len(acts))))
        held = [[h.reference, digits(h.kept(lang) + " — " + h.basis(lang)), digits(h.until(lang))] for h in p.holds]
        holds = _table([self.tr("Reference"), self.tr("What is kept, and why"), self.tr("Until")], held, "holds_table")
        _wrapped(holds, stretch=1, width=(2, 240))
        self.tabs.addTab(holds, self.tr("Holds in force (%1)").replace("%1", number(len(held))))

    def choose_export(self) -> None:
        base, _ = QFileDialog.getSaveFileName(self, self.tr("Export this person's data"),
                                              f"{self.person.customer['reference']}.xlsx", "Excel (*.xlsx)")
        if base:
            self.export(Path(base))

    def export(self, base: Path) -> tuple[Path, Path]:
        from compliance_desk.reports.person_export import export_person

        xlsx, data, _seal = export_person(self.register, self.customer_id, base.with_suffix(""), lang=self.lang)
        return xlsx, data
