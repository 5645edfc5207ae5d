"""Edit dialogs of the register of processing activities: activities (with recipients, transfers
and the completeness check) and recipients."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.completeness import missing
from compliance_desk.domain.entities import ACTIVITY, RECIPIENT
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.notice_lines import VAGUE
from compliance_desk.domain.rules import check_activity
from compliance_desk.storage import activities, listing
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.record_form import COLUMN, CheckList, countries


class ActivityDialog(RecordDialog):
    EXTRA_LABELS = {"_transfers": ("Transfers abroad", "النقل خارج المملكة")}
    # the free texts the privacy notice quotes are kept in Arabic and in English (it is written in both);
    # two columns where a tab would otherwise scroll in the smallest window (1024 × 700)
    GROUPS = [
        ("General", "عام", ["name_ar", "name_en", "department", "role", "status", "systems", COLUMN, "description",
                            "purpose_details_ar", "purpose_details"]),
        ("Purposes and data", "الأغراض والبيانات",
         ["purposes", "legal_bases", "legal_obligation_law_ar", "legal_obligation_law", COLUMN, "subject_categories",
          "data_categories", "sources", "no_outside_recipients"]),
        ("Retention and security", "الاحتفاظ والأمن",
         ["retention_months", "retention_period_ar", "retention_period", "retention_event_ar", "retention_event",
          "retention_reason_ar", "retention_reason", COLUMN, "security_measures", "security_details"]),
        ("Reviews and risk", "المراجعة والمخاطر",
         ["automated_decisions", "automated_details_ar", "automated_details", COLUMN, "dpia_required", "dpia_done",
          "last_review", "next_review", "notes"]),
        # what the privacy notice says of this activity beyond the codes: the items collected, what
        # follows if they are not given (PDPL Art. 13), how and where they are kept (Art. 12)
        ("In the privacy notice", "في إشعار الخصوصية",
         ["data_items_ar", "consequences_ar", "storage_means_ar", COLUMN, "data_items", "consequences",
          "storage_means"]),
    ]

    def __init__(self, register: Register, record_id: int | None, lang: str,
                 parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        self._recipient_choices = listing.choices(register, RECIPIENT, "name_ar" if lang == "ar" else "name_en")
        self._links = activities.links(register, record_id) if record_id is not None else ([], [])
        super().__init__(ACTIVITY, register, record_id, lang, self._save_activity, parent, initial)

    def _extra_tabs(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Recipients of the data")))
        self.recipients = CheckList(list(self._recipient_choices))
        self.recipients.setObjectName("recipients")
        self.recipients.changed.connect(self._on_changed)
        layout.addWidget(self.recipients, 1)
        layout.addWidget(QLabel(self.tr("Transfers abroad")))
        self.transfers = QTableWidget(0, 3)
        self.transfers.setObjectName("transfers")
        self.transfers.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Safeguard"), self.tr("Recipient")])
        self.transfers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.transfers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.transfers, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add transfer"))
        add.clicked.connect(lambda: self.add_transfer({}))
        remove = QPushButton(self.tr("Remove transfer"))
        remove.clicked.connect(self._remove_transfer)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.insertTab(2, page, self.tr("Recipients and transfers"))
        self.completeness = QLabel()
        self.completeness.setObjectName("completeness")
        self.completeness.setWordWrap(True)
        self.tabs.setCornerWidget(None)
        self.layout().insertWidget(0, self.completeness)

    def add_transfer(self, transfer: dict[str, Any]) -> None:
        row = self.transfers.rowCount()
        self.transfers.insertRow(row)
        # a new transfer names no country and no safeguard until the officer chooses them: a silent
        # default ("None recorded" to some country) would read as a decision nobody made
        country = QComboBox()
        country.addItem(self.tr("Choose a country…"), None)
        for code, name in countries(self.lang):
            country.addItem(name, code)
        country.setCurrentIndex(max(country.findData(transfer.get("country")), 0))
        safeguard = QComboBox()
        safeguard.addItem(self.tr("Choose the safeguard…"), None)
        for term in v.SAFEGUARDS:
            safeguard.addItem(term.label(self.lang), term.code)
        safeguard.setCurrentIndex(max(safeguard.findData(transfer.get("safeguard")), 0))
        recipient = QComboBox()
        recipient.addItem("", None)
        for recipient_id, label in self._recipient_choices:
            recipient.addItem(label, recipient_id)
        recipient.setCurrentIndex(max(recipient.findData(transfer.get("recipient_id")), 0))
        for column, combo in enumerate((country, safeguard, recipient)):
            combo.setProperty("transfer_id", transfer.get("id"))
            combo.currentIndexChanged.connect(lambda _i: self._on_changed())
            self.transfers.setCellWidget(row, column, combo)
        self._on_changed()

    def _remove_transfer(self) -> None:
        row = self.transfers.currentRow()
        if row >= 0:
            self.transfers.removeRow(row)
            self._on_changed()

    def _load(self, row: dict[str, Any]) -> None:
        super()._load(row)
        self.recipients.set_checked(list(row.get("_recipients", self._links[0])))
        self.transfers.setRowCount(0)  # (a restored draft replaces the rows, never adds to them)
        for transfer in row.get("_transfers", self._links[1]):
            self.add_transfer(transfer)

    def extra_values(self) -> dict[str, Any]:
        if not hasattr(self, "transfers"):
            return {}
        recipients = self.recipients.checked()
        transfers = []
        for row in range(self.transfers.rowCount()):
            combos = [self.transfers.cellWidget(row, c) for c in range(3)]
            transfers.append({"id": combos[0].property("transfer_id"), "country": combos[0].currentData(),
                              "safeguard": combos[1].currentData(), "recipient_id": combos[2].currentData()})
        return {"_recipients": recipients, "_transfers": transfers}

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if hasattr(self, "completeness"):
            gaps = missing(values)
            if gaps:
                text = self.tr("Missing for a complete record of processing: %1").replace(
                    "%1", ("، " if self.lang == "ar" else ", ").join(g.label(self.lang) for g in gaps))
                self.completeness.setText("⚠ " + text)
                self.completeness.setStyleSheet("color: #8a5300;")
            else:
                self.completeness.setText("✓ " + self.tr("All minimum fields of a record of processing are filled."))
                self.completeness.setStyleSheet("color: #1b5e20;")
        problems: dict[str, str] = {}
        if any(t["country"] is None or t["safeguard"] is None for t in self.extra_values().get("_transfers", [])):
            problems["_transfers"] = self.tr("Choose the country and the safeguard of each transfer abroad.")
        try:
            check_activity(values)
        except ValidationError as error:
            problems[error.field] = error.reason.text(self.lang)
        return problems

    @staticmethod
    def _save_activity(register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        values = dict(values)
        recipients = values.pop("_recipients", None)
        transfers = values.pop("_transfers", None)
        return activities.save_activity(register, record_id, values, recipients, transfers)


class RecipientDialog(RecordDialog):
    # who the recipient is, as the privacy notice says it, Arabic beside English (1024 × 700 without scrolling)
    GROUPS = [("Record", "السجل", ["name_ar", "name_en", "recipient_type", "country", "role", "contract_reference",
                                   "status", COLUMN, "description_ar", "description", "notes"])]

    def __init__(self, register: Register, record_id: int | None, lang: str,
                 parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        super().__init__(RECIPIENT, register, record_id, lang, activities.save_recipient, parent, initial)

    def _extra_tabs(self) -> None:
        # a prompt, not a refusal: the register may hold a recipient before the officer knows how to
        # describe it; the notice marks it and lists it among its problems meanwhile
        self.vague = QLabel()
        self.vague.setObjectName("vague_recipient")
        self.vague.setWordWrap(True)
        self.vague.setStyleSheet("color: #8a5300;")
        self.layout().insertWidget(0, self.vague)

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if hasattr(self, "vague"):
            kind = values.get("recipient_type")
            vague = kind in VAGUE and not (values.get("description") or values.get("description_ar"))
            self.vague.setText("⚠ " + self.tr("The privacy notice names this recipient only as «%1»: describe who "
                                               "they are and what they do with the data.").replace(
                "%1", v.PARTY_TYPES.label(kind, self.lang)) if vague else "")
            self.vague.setVisible(vague)
        return {}
