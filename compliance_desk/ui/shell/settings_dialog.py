"""Settings: language, idle lock, officer profile, KYC rule, report defaults."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.ui.shell.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.digits.addItem(self.tr("As the language writes them"), "auto")
        self.digits.addItem(self.tr("Latin (0123)"), "latin")
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣)"), "arabic")
        self.digits.setCurrentIndex(max(self.digits.findData(settings.get("digits")), 0))
        self.hijri_dates = QCheckBox(self.tr("Show Hijri (Umm al-Qura) dates beside Gregorian dates"))
        self.hijri_dates.setObjectName("hijri_dates")
        self.hijri_dates.setChecked(settings.get("hijri_dates"))
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_lock_minutes")
        self.idle.setRange(0, 240)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get("idle_lock_minutes"))
        self.officer = QLineEdit(settings.get("officer_name"))
        self.officer.setObjectName("officer_name")
        self.officer.setPlaceholderText(self.tr("Your name, as written in the audit trail"))
        self.address_days = QSpinBox()
        self.address_days.setObjectName("proof_of_address_days")
        self.address_days.setRange(7, 730)
        self.address_days.setSuffix(self.tr(" days"))
        self.address_days.setValue(settings.get("proof_of_address_days"))
        self.report_language = QComboBox()
        self.report_language.setObjectName("report_language")
        self.report_language.addItem("العربية", "ar")
        self.report_language.addItem("English", "en")
        self.report_language.setCurrentIndex(max(self.report_language.findData(settings.get("report_language")), 0))
        self.hijri = QCheckBox(self.tr("Reports: show the Umm al-Qura Hijri date beside Gregorian dates"))
        self.hijri.setChecked(settings.get("report_hijri"))
        self.reveal = QCheckBox(self.tr("Reports: show identifiers in full (masked by default)"))
        self.reveal.setChecked(settings.get("report_reveal_identifiers"))

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Digits"), self.digits)
        form.addRow("", self.hijri_dates)
        form.addRow(self.tr("Lock after inactivity"), self.idle)
        form.addRow(self.tr("Officer name"), self.officer)
        form.addRow(self.tr("Oldest proof of address"), self.address_days)
        form.addRow(self.tr("Report language"), self.report_language)
        form.addRow("", self.hijri)
        form.addRow("", self.reveal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.set("digits", self.digits.currentData())
        self.settings.set("hijri_dates", self.hijri_dates.isChecked())
        self.settings.set("idle_lock_minutes", self.idle.value())
        self.settings.set("officer_name", self.officer.text().strip())
        self.settings.set("proof_of_address_days", self.address_days.value())
        self.settings.set("report_language", self.report_language.currentData())
        self.settings.set("report_hijri", self.hijri.isChecked())
        self.settings.set("report_reveal_identifiers", self.reveal.isChecked())
        super().accept()
