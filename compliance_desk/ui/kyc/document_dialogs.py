"""KYC dialogs of a customer's documents: a document with its MRZ and scans, and a check of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from compliance_desk.domain import clock, kyc
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import CHECK, CUSTOMER, DOCUMENT
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.messages import message
from compliance_desk.domain.mrz import MrzError, mismatches
from compliance_desk.domain.mrz import parse as parse_mrz
from compliance_desk.domain.validation import clean
from compliance_desk.storage import kyc as kyc_store
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.attachments_panel import AttachmentsPanel
from compliance_desk.ui.widgets.format import ltr
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.record_form import COLUMN
from compliance_desk.ui.widgets.style import ALERT as WARNING_STYLE
from compliance_desk.ui.widgets.style import MUTED


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
        self.mrz_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the MRZ reads left to right
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiry_warning")
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setStyleSheet(WARNING_STYLE)
        self.expiry_label.hide()
        self.layout().insertWidget(0, self.mrz_label)
        self.layout().insertWidget(0, self.expiry_label)
        mrz = self.editor("mrz")
        if mrz is not None:  # a machine-readable zone is read in a fixed-width font, left to right
            fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            mrz.widget.setFont(fixed)
            mrz.widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            mrz.widget.setFixedHeight(QFontMetrics(fixed).lineSpacing() * 3 + 12)
            mrz.changed.connect(self.fill_from_mrz)
            self.mrz_label.setFont(fixed)
        self.attachments = AttachmentsPanel(self.register, "document", self.record_id, self.lang)
        self.tabs.addTab(self.attachments, self.tr("Scans"))

    def extra_values(self) -> dict[str, Any]:
        return {"customer_id": self.customer_id}

    def fill_from_mrz(self) -> list[str]:
        """Fill the empty fields from a readable MRZ (typed values are never overwritten, only compared);
        the customer's empty Latin name and date of birth too, when the customer's dialog is open."""
        try:
            parsed = parse_mrz(str(self.editor("mrz").value() or ""), clock.today())  # type: ignore[union-attr]
        except ValueError:
            return []
        found = {"number": parsed.number, "expiry_date": parsed.expiry_date.isoformat() if parsed.expiry_date else None,
                 "doc_type": MRZ_TYPES.get(parsed.document_code[:1]),
                 "issuing_country": alpha_2(parsed.issuing_state)}
        filled = []
        for name, value in found.items():
            editor = self.editor(name)
            if editor is not None and value and not editor.value():
                editor.set_value(value)
                filled.append(name)
        customer = self.parent()  # the customer's dialog, when the document was opened from it
        if isinstance(customer, RecordDialog) and customer.entity is CUSTOMER and customer.record_id == self.customer_id:
            person = {"full_name_en": " ".join(p for p in (parsed.given_names, parsed.surname) if p).title(),
                      "date_of_birth": parsed.birth_date.isoformat() if parsed.birth_date else None}
            for name, value in person.items():
                editor = customer.editor(name)
                if editor is not None and value and not editor.value():
                    editor.set_value(value)
                    filled.append(name)
        return filled

    def expired_on(self, values: dict[str, Any]) -> str | None:
        """The expiry date of an identity document that has already expired (None otherwise)."""
        try:
            cleaned = clean(DOCUMENT, {k: values.get(k) for k in ("doc_type", "expiry_date")}, partial=True)
        except ValidationError:
            return None
        expiry = cleaned.get("expiry_date")
        if cleaned.get("doc_type") in v.IDENTITY_DOCUMENTS and expiry and expiry < clock.today().isoformat():
            return str(expiry)
        return None

    def save(self) -> bool:
        """An expired identity document is saved only after the officer confirms it."""
        expired = self.expired_on(self.values())
        if expired and not self.errors() and not ask.confirm(
                self, self.tr("Expired document"),
                self.tr("This %1 expired on %2: a check of it will fail, and the customer needs a current one. "
                        "Save it anyway?").replace("%1", self.label_of_type()).replace("%2", ltr(expired)),
                yes=self.tr("Save anyway"), no=self.tr("Keep editing")):
            return False
        return super().save()

    def label_of_type(self) -> str:
        return v.DOCUMENT_TYPES.label(self.values().get("doc_type") or "other_government_id", self.lang).lower() \
            if self.lang != "ar" else v.DOCUMENT_TYPES.label(self.values().get("doc_type") or "", self.lang)

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if not hasattr(self, "mrz_label"):
            return {}
        expired = self.expired_on(values)
        self.expiry_label.setText("⚠ " + self.tr("Expired on %1: a check of this document will fail.")
                                  .replace("%1", ltr(expired or "")))
        self.expiry_label.setVisible(bool(expired))
        text = str(values.get("mrz") or "").strip()
        self.mrz_label.setVisible(bool(text))
        if not text:
            self.mrz_label.setText("")
            return {}
        try:
            parsed = parse_mrz(text, clock.today())
        except MrzError as error:
            return {"mrz": message(error.key, self.lang)}
        customer = records.get(self.register, CUSTOMER, self.customer_id) if self.customer_id else {}
        differ = mismatches(parsed, number=values.get("number"), birth_date=customer.get("date_of_birth"),
                            expiry_date=values.get("expiry_date"), name=customer.get("full_name_en"))
        separator = "، " if self.lang == "ar" else ", "
        state = self.tr("check digits hold") if parsed.valid else self.tr("check digits FAIL: %1").replace(
            "%1", separator.join(self.digit_label(name) for name in parsed.failed))
        lines = [ltr(f"MRZ {parsed.format}: {parsed.surname} {parsed.given_names} · {parsed.number} · "
                     f"{parsed.birth_date} → {parsed.expiry_date}") + " — " + state]
        if differ:
            lines.append(self.tr("Differs from the entered data: %1").replace(
                "%1", separator.join(self.mismatch_label(name) for name in differ)))
        self.mrz_label.setText("\n".join(lines))
        self.mrz_label.setStyleSheet("color: #1b5e20;" if parsed.valid and not differ else "color: #b00020;")
        return {}

    def mismatch_label(self, name: str) -> str:
        """The label of the field an MRZ disagrees with (never its column name)."""
        if name == "name":
            return CUSTOMER.field("full_name_en").label(self.lang)
        if name == "birth_date":
            return CUSTOMER.field("date_of_birth").label(self.lang)
        return DOCUMENT.field(name).label(self.lang) if DOCUMENT.has(name) else name

    def digit_label(self, name: str) -> str:
        return {"number": self.tr("document number"), "birth_date": self.tr("date of birth"),
                "expiry_date": self.tr("expiry date"), "optional": self.tr("optional data"),
                "composite": self.tr("whole line")}.get(name, name)


MRZ_TYPES = {"P": "passport", "I": "national_id", "A": "national_id", "C": "national_id"}


def alpha_2(alpha_3: str) -> str | None:
    """ISO 3166 alpha-2 of an MRZ's issuing state (None for a code pycountry does not know, e.g. UTO)."""
    try:
        return clean(DOCUMENT, {"issuing_country": alpha_3}, partial=True).get("issuing_country")
    except ValidationError:
        return None


class CheckDialog(RecordDialog):
    GROUPS = [("Check", "الفحص", ["checked_on", "checked_by", "method", "result", COLUMN, "reason_codes",
                                  "override_reason", "notes"])]

    def __init__(self, register: Register, document_id: int, lang: str, parent: QWidget | None = None,
                 address_days: int = kyc.ADDRESS_MAX_DAYS) -> None:
        self.document_id = document_id
        self.address_days = address_days
        self._auto_reasons: list[str] | None = None
        today = clock.today().isoformat()
        detected = kyc_store.check_problems(register, document_id, today, address_days)
        super().__init__(CHECK, register, None, lang, self._record, parent,
                         {"checked_on": today, "checked_by": register.actor, "reason_codes": detected})
        self._auto_reasons = detected  # pre-ticked: the problems the rules found
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

    def _follow_problems(self, problems: list[str]) -> None:
        """Keep the reasons ticked as the rules find them (another check date), until the officer edits them."""
        reasons = self.editor("reason_codes")
        if self._auto_reasons is None or reasons is None or sorted(reasons.value()) != sorted(self._auto_reasons):
            return
        if sorted(problems) != sorted(self._auto_reasons):
            self._auto_reasons = list(problems)
            reasons.widget.blockSignals(True)
            reasons.set_value(problems)
            reasons.widget.blockSignals(False)

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if not hasattr(self, "problems_label"):
            return {}
        problems = self.problems(values)
        self._follow_problems(problems)
        if self.editor("reason_codes") is not None:
            values = {**values, "reason_codes": self.editor("reason_codes").value()}  # type: ignore[union-attr]
        if problems:
            labels = ", ".join(v.REASON_CODES.label(code, self.lang) for code in problems)
            self.problems_label.setText("⚠ " + self.tr("This document breaks: %1").replace("%1", labels))
            self.problems_label.setStyleSheet(WARNING_STYLE)
        elif not values.get("result"):  # no result yet: the rule check, neutral, is no "check passed"
            self.problems_label.setText(self.tr("The document meets every rule on this date; choose the result."))
            self.problems_label.setStyleSheet(MUTED)
        else:
            self.problems_label.setText("✓ " + self.tr("The document meets every rule on this date."))
            self.problems_label.setStyleSheet("color: #1b5e20;")
        if values.get("result") == "verified" and problems and not str(values.get("override_reason") or "").strip():
            return {"override_reason": self.tr("Saving as verified overrides these rules: give the reason.")}
        try:
            kyc.check_result(values)
        except ValidationError as error:
            return {error.field: error.reason.text(self.lang)}
        return {}

    def _record(self, register: Register, _record_id: int | None, values: dict[str, Any]) -> int:
        return kyc_store.record_check(register, values, address_max_days=self.address_days, lang=self.lang)
