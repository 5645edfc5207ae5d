"""KYC dialogs: a customer with their documents (document and check dialogs: document_dialogs.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import kyc
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.dates import written_date
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.identifiers import mask
from compliance_desk.domain.phones import to_e164
from compliance_desk.domain.validation import clean
from compliance_desk.storage import disclosures, records
from compliance_desk.storage import kyc as kyc_store
from compliance_desk.storage.register import Register
from compliance_desk.ui.kyc.document_dialogs import CheckDialog, DocumentDialog
from compliance_desk.ui.widgets.format import date_text, ltr, natural, uses_arabic_digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.style import ALERT as WARNING_STYLE


class CustomerDialog(RecordDialog):
    GROUPS = [
        ("Identity", "الهوية", ["client_ref", "full_name_ar", "full_name_en", "date_of_birth", "nationality",
                                "country"]),
        ("Contact", "الاتصال", ["phone", "email", "address", "city_code"]),
        ("Risk and status", "المخاطر والحالة", ["risk_rating", "pep", "status", "refusal_note", "last_verified",
                                               "next_review", "notes"]),
    ]

    def __init__(self, register: Register, record_id: int | None, lang: str, parent: QWidget | None = None,
                 initial: dict[str, Any] | None = None, address_days: int = kyc.ADDRESS_MAX_DAYS) -> None:
        self.address_days = address_days
        if record_id is None:  # a new customer's risk is nobody's decision yet: not "low" by default
            initial = {"risk_rating": None, **(initial or {})}
        super().__init__(CUSTOMER, register, record_id, lang, kyc_store.save_customer, parent, initial)
        self.resize(820, 660)
        # screened against the sanctions lists after each save, in the background (ui/screening)
        self.saved.connect(self._screen)

    def _screen(self, customer_id: int) -> None:
        # imported here: screening (rapidfuzz, the lists) loads when a customer is first saved, not at start
        from compliance_desk.ui.screening.background import service as screening_service

        screening_service().customer_saved(self.register, customer_id)

    def _extra_tabs(self) -> None:
        self.warning = QLabel()
        self.warning.setObjectName("gag_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.layout().insertWidget(0, self.warning)
        warnings = disclosures.subject_warnings(self.register, self.record_id) if self.record_id else []
        lines = []
        for item in warnings:
            if item.kind == "prohibited":
                lines.append(self.tr("%1: the order prohibits telling this customer about the request.")
                             .replace("%1", item.reference))
            else:
                lines.append(self.tr("%1: telling this customer is deferred until %2.")
                             .replace("%1", item.reference)
                             .replace("%2", written_date(item.until, arabic_numerals=uses_arabic_digits()) or "?"))
        if lines:
            self.warning.setText("⚠ " + self.tr("Do not tip off the customer.") + "\n" + "\n".join(lines))
        self.warning.setVisible(bool(lines))

        page = QWidget()
        layout = QVBoxLayout(page)
        self.documents = QTableWidget(0, 5)
        self.documents.setObjectName("documents")
        self.documents.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Number"), self.tr("Issued by"),
                                                  self.tr("Expires"), self.tr("Latest check")])
        self.documents.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.documents.verticalHeader().hide()
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.cellDoubleClicked.connect(lambda _r, _c: self.edit_document())
        layout.addWidget(self.documents, 1)
        buttons = QHBoxLayout()
        self.add_document_button = QPushButton(self.tr("Add document…"))
        self.add_document_button.clicked.connect(lambda: self.open_document(None))
        self.edit_document_button = QPushButton(self.tr("Edit document…"))
        self.edit_document_button.clicked.connect(self.edit_document)
        self.check_button = QPushButton(self.tr("Record check…"))
        self.check_button.setObjectName("record_check")
        self.check_button.clicked.connect(self.record_check)
        for button in (self.add_document_button, self.edit_document_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.documents_hint = QLabel(self.tr("Adding a document saves the new customer first; this dialog stays "
                                             "open."))
        self.documents_hint.setWordWrap(True)
        layout.addWidget(self.documents_hint)
        self.tabs.addTab(page, self.tr("Documents and checks"))
        self.child: RecordDialog | None = None
        self.refresh_documents()

    def refresh_documents(self) -> None:
        self.documents.setRowCount(0)
        saved = self.record_id is not None
        writable = not self.register.read_only
        self.add_document_button.setEnabled(writable)
        self.add_document_button.setText(self.tr("Add document…") if saved else self.tr("Save and add a document…"))
        for button in (self.edit_document_button, self.check_button):
            button.setEnabled(saved and writable)
        self.documents_hint.setVisible(not saved)
        if not saved:
            return
        assert self.record_id is not None
        latest = kyc_store.latest_checks(self.register, self.record_id)
        for document in kyc_store.documents_of(self.register, self.record_id):
            check = latest.get(document["id"])
            result = (v.CHECK_RESULTS.label(check["result"], self.lang) + " " + date_text(check["checked_on"])) \
                if check else self.tr("not checked")
            cells = [v.DOCUMENT_TYPES.label(document["doc_type"], self.lang), ltr(mask(document.get("number"))),
                     country_name(document.get("issuing_country"), self.lang), date_text(document.get("expiry_date")),
                     natural(result)]
            row = self.documents.rowCount()
            self.documents.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, document["id"])
                self.documents.setItem(row, column, item)
        if self.documents.rowCount():
            self.documents.setCurrentCell(0, 0)  # (selectRow does nothing in a right-to-left table)

    def selected_document(self) -> int | None:
        item = self.documents.item(self.documents.currentRow(), 0) if self.documents.currentRow() >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def open_document(self, document_id: int | None) -> DocumentDialog | None:
        if self.record_id is None:  # save-and-continue: the new customer first, the dialog stays open
            if not self.save_and_continue():
                return None
            self.refresh_documents()
        assert self.record_id is not None
        dialog = DocumentDialog(self.register, document_id, self.lang, self, customer_id=self.record_id)
        dialog.saved.connect(lambda _id: self._child_saved())
        self.child = dialog
        dialog.open()
        return dialog

    def edit_document(self) -> DocumentDialog | None:
        document_id = self.selected_document()
        return self.open_document(document_id) if document_id is not None else None

    def record_check(self) -> CheckDialog | None:
        document_id = self.selected_document()
        if document_id is None:
            return None
        dialog = CheckDialog(self.register, document_id, self.lang, self, address_days=self.address_days)
        dialog.saved.connect(lambda _id: self._child_saved())
        self.child = dialog
        dialog.open()
        return dialog

    def _child_saved(self) -> None:
        self.refresh_documents()
        assert self.record_id is not None
        row = records.get(self.register, CUSTOMER, self.record_id)
        for form in self.forms:
            for name in ("status", "last_verified", "next_review"):
                if name in form.editors:
                    form.editors[name].set_value(row[name])
        self._initial = self.values()
        self._on_changed()
        self.saved.emit(self.record_id)

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        """Contact details are checked on their own, whatever else is still missing."""
        problems: dict[str, str] = {}
        if not values.get("risk_rating"):
            problems["risk_rating"] = self.tr("Decide the customer's risk rating (low, medium or high).")
        try:
            kyc.check_email(values.get("email"))
        except ValidationError as error:
            problems["email"] = error.reason.text(self.lang)
        try:
            country = clean(CUSTOMER, {"country": values.get("country")}, partial=True).get("country")
            to_e164(values.get("phone"), country or "SA")
        except ValidationError as error:
            problems["phone"] = error.reason.text(self.lang)
        return problems

    def check(self, values: dict[str, Any]) -> None:
        kyc.check_customer(clean(CUSTOMER, values))
