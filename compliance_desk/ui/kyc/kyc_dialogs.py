"""KYC dialogs: a customer with their documents, a document with its MRZ and scans, a check."""

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

from compliance_desk.domain import clock, kyc
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.dates import written_date
from compliance_desk.domain.entities import CHECK, CUSTOMER, DOCUMENT
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.identifiers import mask
from compliance_desk.domain.messages import message
from compliance_desk.domain.mrz import MrzError
from compliance_desk.domain.mrz import parse as parse_mrz
from compliance_desk.domain.phones import to_e164
from compliance_desk.domain.validation import clean
from compliance_desk.storage import disclosures, records
from compliance_desk.storage import kyc as kyc_store
from compliance_desk.storage.register import Register
from compliance_desk.ui.screening.background import service as screening_service
from compliance_desk.ui.widgets.attachments_panel import AttachmentsPanel
from compliance_desk.ui.widgets.format import ltr, natural, uses_arabic_digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog

WARNING_STYLE = "background: #fdecea; color: #7a0010; padding: 6px; border: 1px solid #e6a1a8;"


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
        super().__init__(CUSTOMER, register, record_id, lang, kyc_store.save_customer, parent, initial)
        self.resize(820, 660)
        # screened against the sanctions lists after each save, in the background (ui/screening)
        self.saved.connect(lambda customer_id: screening_service().customer_saved(self.register, customer_id))

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
        self.documents_hint = QLabel(self.tr("Save the customer first, then add documents."))
        layout.addWidget(self.documents_hint)
        self.tabs.addTab(page, self.tr("Documents and checks"))
        self.child: RecordDialog | None = None
        self.refresh_documents()

    def refresh_documents(self) -> None:
        self.documents.setRowCount(0)
        saved = self.record_id is not None
        for button in (self.add_document_button, self.edit_document_button, self.check_button):
            button.setEnabled(saved and not self.register.read_only)
        self.documents_hint.setVisible(not saved)
        if not saved:
            return
        assert self.record_id is not None
        latest = kyc_store.latest_checks(self.register, self.record_id)
        for document in kyc_store.documents_of(self.register, self.record_id):
            check = latest.get(document["id"])
            result = (v.CHECK_RESULTS.label(check["result"], self.lang) + " " + ltr(check["checked_on"])) \
                if check else self.tr("not checked")
            cells = [v.DOCUMENT_TYPES.label(document["doc_type"], self.lang), ltr(mask(document.get("number"))),
                     country_name(document.get("issuing_country"), self.lang), ltr(document.get("expiry_date") or ""),
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
        if self.record_id is None:
            return None
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

    def check(self, values: dict[str, Any]) -> None:
        cleaned = clean(CUSTOMER, values)
        to_e164(values.get("phone"), cleaned.get("country") or "SA")
        kyc.check_customer(cleaned)


class DocumentDialog(RecordDialog):
    GROUPS = [("Document", "الوثيقة", ["doc_type", "number", "issuing_country", "issue_date", "expiry_date", "mrz",
                                       "notes"])]

    def __init__(self, register: Register, record_id: int | None, lang: str, parent: QWidget | None = None,
                 initial: dict[str, Any] | None = None, customer_id: int | None = None) -> None:
        if customer_id is None and record_id is not None:
            customer_id = records.get(register, DOCUMENT, record_id)["customer_id"]
        self.customer_id = customer_id
        super().__init__(DOCUMENT, register, record_id, lang, kyc_store.save_document, parent, initial)

    def _extra_tabs(self) -> None:
        self.mrz_label = QLabel()
        self.mrz_label.setObjectName("mrz_feedback")
        self.mrz_label.setWordWrap(True)
        self.layout().insertWidget(0, self.mrz_label)
        self.attachments = AttachmentsPanel(self.register, "document", self.record_id, self.lang)
        self.tabs.addTab(self.attachments, self.tr("Scans"))

    def extra_values(self) -> dict[str, Any]:
        return {"customer_id": self.customer_id}

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if not hasattr(self, "mrz_label"):
            return {}
        text = str(values.get("mrz") or "").strip()
        if not text:
            self.mrz_label.setText("")
            return {}
        try:
            parsed = parse_mrz(text, clock.today())
        except MrzError as error:
            self.mrz_label.setText("")
            return {"mrz": message(error.key, self.lang)}
        customer = records.get(self.register, CUSTOMER, self.customer_id) if self.customer_id else {}
        from compliance_desk.domain.mrz import mismatches

        differ = mismatches(parsed, number=values.get("number"), birth_date=customer.get("date_of_birth"),
                            expiry_date=values.get("expiry_date"), name=customer.get("full_name_en"))
        state = self.tr("check digits hold") if parsed.valid else self.tr("check digits FAIL: %1").replace(
            "%1", ", ".join(parsed.failed))
        lines = [f"MRZ {parsed.format}: {parsed.surname} {parsed.given_names} · {parsed.number} · "
                 f"{parsed.birth_date} → {parsed.expiry_date} — {state}"]
        if differ:
            labels = {"number": DOCUMENT.field("number"), "birth_date": CUSTOMER.field("date_of_birth"),
                      "expiry_date": DOCUMENT.field("expiry_date"), "name": CUSTOMER.field("full_name_en")}
            lines.append(self.tr("Differs from the entered data: %1").replace(
                "%1", "، ".join(labels[d].label(self.lang) for d in differ) if self.lang == "ar"
                else ", ".join(labels[d].label(self.lang) for d in differ)))
        self.mrz_label.setText(ltr("\n".join(lines)) if self.lang != "ar" else "\n".join(lines))
        self.mrz_label.setStyleSheet("color: #1b5e20;" if parsed.valid and not differ else "color: #b00020;")
        return {}


class CheckDialog(RecordDialog):
    GROUPS = [("Check", "الفحص", ["checked_on", "checked_by", "method", "result", "reason_codes",
                                  "override_reason", "notes"])]

    def __init__(self, register: Register, document_id: int, lang: str, parent: QWidget | None = None,
                 address_days: int = kyc.ADDRESS_MAX_DAYS) -> None:
        self.document_id = document_id
        self.address_days = address_days
        super().__init__(CHECK, register, None, lang, self._record, parent,
                         {"checked_on": clock.today().isoformat(), "checked_by": register.actor})
        document = records.get(register, DOCUMENT, document_id)
        self.setWindowTitle(self.tr("Check of %1").replace("%1", v.DOCUMENT_TYPES.label(document["doc_type"], lang))
                            + "[*]")

    def _extra_tabs(self) -> None:
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.layout().insertWidget(0, self.problems_label)

    def extra_values(self) -> dict[str, Any]:
        return {"document_id": self.document_id}

    def problems(self, values: dict[str, Any]) -> list[str]:
        try:
            on = clean(CHECK, {"checked_on": values.get("checked_on")}, partial=True)["checked_on"]
        except ValidationError:
            return []
        return kyc_store.check_problems(self.register, self.document_id, on or clock.today(), self.address_days)

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if not hasattr(self, "problems_label"):
            return {}
        problems = self.problems(values)
        if problems:
            labels = ", ".join(v.REASON_CODES.label(code, self.lang) for code in problems)
            self.problems_label.setText("⚠ " + self.tr("This document breaks: %1").replace("%1", labels))
            self.problems_label.setStyleSheet(WARNING_STYLE)
        else:
            self.problems_label.setText("✓ " + self.tr("The document meets every rule on this date."))
            self.problems_label.setStyleSheet("color: #1b5e20;")
        if values.get("result") == "verified" and problems and not str(values.get("override_reason") or "").strip():
            return {"override_reason": self.tr("Saving as verified overrides these rules: give the reason.")}
        return {}

    def _record(self, register: Register, _record_id: int | None, values: dict[str, Any]) -> int:
        return kyc_store.record_check(register, values, address_max_days=self.address_days, lang=self.lang)
