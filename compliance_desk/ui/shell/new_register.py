"""Create a register: the organisation profile and a passphrase entered twice, with a strength meter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import ORGANISATION
from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.passphrase import MINIMUM_LENGTH, acceptable, strength
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import number
from compliance_desk.ui.widgets.record_form import ERROR_STYLE, RecordForm


class NewRegisterDialog(QDialog):
    created = Signal(object)  # the open Register

    def __init__(self, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.actor = actor
        self.setObjectName("new_register_dialog")
        self.setWindowTitle(self.tr("New register"))
        self.resize(620, 640)

        self.path = QLineEdit()
        self.path.setObjectName("register_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.form = RecordForm(ORGANISATION, lang, ["legal_name_ar", "legal_name_en", "commercial_registration",
                                                    "address", "country", "officer_name", "officer_email",
                                                    "officer_phone", "aml_officer_name", "aml_officer_email",
                                                    "aml_officer_phone", "regulators", "default_language"])
        self.form.editors["default_language"].set_value(lang)
        self.form.changed.connect(self._validate)

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strength")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(True)
        for line in (self.passphrase, self.again, self.path):
            line.textChanged.connect(self._validate)
        secrets = QFormLayout()
        secrets.addRow(self.tr("Register file"), path_row)
        secrets.addRow(self.tr("Passphrase"), self.passphrase)
        secrets.addRow(self.tr("Passphrase again"), self.again)
        secrets.addRow(self.tr("Strength"), self.meter)
        warning = QLabel(self.tr("The passphrase cannot be recovered. Without it the register cannot be opened: "
                                 "keep it safe, and keep backups."))
        warning.setWordWrap(True)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create register"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Organisation")))
        layout.addWidget(self.form)
        layout.addLayout(secrets)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._validate()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New register"), "register.cdesk", self.tr("Compliance Desk register (*.cdesk)"))
        if path:
            self.path.setText(path if path.endswith(".cdesk") else path + ".cdesk")

    def problems(self) -> list[str]:
        problems = list(self.form.field_errors().values())
        values = self.form.values()
        if not (values["legal_name_ar"].strip() or values["legal_name_en"].strip()):
            problems.append(self.tr("Enter the organisation's name in Arabic or English."))
        if not self.path.text().strip():
            problems.append(self.tr("Choose where to save the register."))
        elif Path(self.path.text()).exists():
            problems.append(self.tr("That file already exists."))
        if not acceptable(self.passphrase.text()):
            problems.append(self.tr("The passphrase needs at least %1 characters.").replace("%1", number(MINIMUM_LENGTH)))
        elif self.passphrase.text() != self.again.text():
            problems.append(self.tr("The two passphrases differ."))
        return problems

    def _validate(self) -> None:
        score = strength(self.passphrase.text())
        self.meter.setValue(score)
        label = self.tr("weak") if score < 40 else self.tr("fair") if score < 60 else self.tr("strong")
        self.meter.setFormat(label)
        problems = self.problems()
        self.message.setText(problems[0] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def create(self) -> None:
        if self.problems():
            return
        try:
            register = Register.create(self.path.text().strip(), self.passphrase.text(), self.form.values(),
                                       actor=self.actor)
        except KnownError as error:
            self.message.setText(error.text(self.lang))
            return
        except OSError as error:
            self.message.setText(f"{self.path.text()}: {error.strerror}")
            return
        self.passphrase.clear()
        self.again.clear()
        self.created.emit(register)
        self.accept()
