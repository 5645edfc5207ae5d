"""The organisation profile fields the privacy notice needs: the officer, the rights channels, cookies."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from compliance_desk.domain.entities import ORGANISATION
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.record_form import ERROR_STYLE, RecordForm

FIELDS = ["officer_name", "officer_email", "officer_phone", "address", "website", "rights_channels", "rights_email",
          "rights_phone", "rights_web_form", "rights_postal_address", "rights_fee", "rights_answer_days",
          "identity_check", "cookie_statement"]


class NoticeDetailsDialog(QDialog):
    """Edits the profile fields the notice reads; saved through the organisation use case (audited)."""

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.setObjectName("notice_details")
        self.setWindowTitle(self.tr("Notice details"))
        self.resize(640, 720)
        intro = QLabel(self.tr("What the privacy notice tells people about reaching you and exercising their "
                               "rights. Requests are answered within 30 days (PDPL Implementing Regulation, Art. 3)."))
        intro.setWordWrap(True)
        self.form = RecordForm(ORGANISATION, lang, FIELDS)
        self.form.set_values(records.organisation(register) or {})
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
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
