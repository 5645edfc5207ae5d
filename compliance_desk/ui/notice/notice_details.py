"""The organisation profile fields the privacy notice needs: the officer, the rights channels, cookies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import ORGANISATION
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import digits
from compliance_desk.ui.widgets.record_dialog import TWO_COLUMNS_WIDTH
from compliance_desk.ui.widgets.record_form import COLUMN, ERROR_STYLE, RecordForm

# two tabs of two columns, to fit the smallest window (1024 × 700): how to reach the organisation, and
# the texts the notice quotes, Arabic beside English (the notice is written in both)
TABS = [("Contact and requests", "التواصل والطلبات",
         ["officer_name", "officer_email", "officer_phone", "address", "address_en", "website", COLUMN, "rights_channels",
          "rights_email", "rights_phone", "rights_web_form", "rights_postal_address", "rights_answer_days"]),
        ("Texts of the notice", "نصوص الإشعار",
         ["rights_fee_ar", "identity_check_ar", "cookie_statement_ar", COLUMN, "rights_fee", "identity_check",
          "cookie_statement"])]
FIELDS = [name for _en, _ar, names in TABS for name in names if name != COLUMN]


class Forms:
    """Several forms read and checked as one."""

    def __init__(self, forms: list[RecordForm]) -> None:
        self.forms = forms
        self.editors = {name: editor for form in forms for name, editor in form.editors.items()}

    def set_values(self, row: dict[str, Any]) -> None:
        for form in self.forms:
            form.set_values(row)

    def values(self) -> dict[str, Any]:
        return {name: value for form in self.forms for name, value in form.values().items()}

    def field_errors(self) -> dict[str, str]:
        return {name: text for form in self.forms for name, text in form.field_errors().items()}


class NoticeDetailsDialog(QDialog):
    """Edits the profile fields the notice reads; saved through the organisation use case (audited)."""

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.setObjectName("notice_details")
        self.setWindowTitle(self.tr("Notice details"))
        self.resize(TWO_COLUMNS_WIDTH, 640)
        intro = QLabel(digits(self.tr("What the privacy notice tells people about reaching you and exercising their "
                               "rights. Requests are answered within 30 days (PDPL Implementing Regulation, Art. 3).")))
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        forms = []
        for en, ar, names in TABS:
            form = RecordForm(ORGANISATION, lang, names)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.tabs.addTab(scroll, ar if lang == "ar" else en)
            forms.append(form)
        self.form = Forms(forms)
        self.form.set_values(records.organisation(register) or {})
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # our own words: Qt's Arabic catalogue says "احفظ"/"ألغِ" (imperatives) for these
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        errors = self.form.field_errors()
        if errors:
            name, text = next(iter(errors.items()))
            self.message.setText(f"{ORGANISATION.field(name).label(self.lang)}: {text}")
            return False
        try:
            records.save_organisation(self.register, self.form.values())
        except KnownError as error:
            self.message.setText(error.text(self.lang))
            return False
        self.accept()
        return True
