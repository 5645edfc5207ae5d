"""Create a register: the organisation profile and a passphrase entered twice, with a strength meter."""

from __future__ import annotations

import re
from pathlib import Path

from platformdirs import user_documents_dir
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
from compliance_desk.domain.passphrase import Verdict, assess
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import digits
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

        self.path = QLineEdit(str(default_register_path("")))
        self.path.setObjectName("register_path")
        self._auto_path = self.path.text()  # follows the organisation's name until the officer edits it
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
        self.form.changed.connect(self._follow_name)
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New register"), self.path.text(),
                                              self.tr("Compliance Desk register (*.cdesk)"))
        if path:
            self.path.setText(path if path.endswith(".cdesk") else path + ".cdesk")

    def _follow_name(self) -> None:
        """Name the file after the organisation while the officer has not chosen a path of their own."""
        if self.path.text() != self._auto_path:
            return
        values = self.form.values()
        self._auto_path = str(default_register_path(values["legal_name_en"] or values["legal_name_ar"] or ""))
        self.path.setText(self._auto_path)

    def verdict(self) -> Verdict:
        values = self.form.values()
        hints = [values.get("legal_name_ar") or "", values.get("legal_name_en") or "",
                 values.get("officer_name") or "", Path(self.path.text()).stem]
        return assess(self.passphrase.text(), hints)

    def problems(self) -> list[str]:
        problems = list(self.form.field_errors().values())
        values = self.form.values()
        if not (values["legal_name_ar"].strip() or values["legal_name_en"].strip()):
            problems.append(self.tr("Enter the organisation's name in Arabic or English."))
        if not self.path.text().strip():
            problems.append(self.tr("Choose where to save the register."))
        elif Path(self.path.text()).exists():
            problems.append(self.tr("That file already exists."))
        verdict = self.verdict()
        if not verdict.acceptable:
            problems.append(digits(verdict.text(self.lang)))
        elif self.passphrase.text() != self.again.text():
            problems.append(self.tr("The two passphrases differ."))
        return problems

    def _validate(self) -> None:
        verdict = self.verdict()
        typed = bool(self.passphrase.text())
        self.meter.setValue(verdict.score * 25 if typed else 0)
        levels = {"weak": self.tr("weak"), "fair": self.tr("fair"), "strong": self.tr("strong")}
        self.meter.setFormat(levels[verdict.level] if typed else "")
        colour = {"weak": "#b00020", "fair": "#a86b00", "strong": "#2e7d32"}[verdict.level]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        problems = self.problems()
        # a neutral hint until the officer has typed a passphrase: nothing is wrong yet
        self.message.setStyleSheet(ERROR_STYLE if typed else "")
        self.message.setText(problems[0] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def create(self) -> None:
        if self.problems():
            return
        try:
            Path(self.path.text().strip()).parent.mkdir(parents=True, exist_ok=True)
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


def default_register_path(name: str) -> Path:
    """Documents/Compliance Desk/<organisation>.cdesk, never over an existing file."""
    folder = Path(user_documents_dir()) / "Compliance Desk"
    stem = re.sub(r"[^\w\-]+", "-", name.strip(), flags=re.UNICODE).strip("-")[:60] or "register"
    path = folder / f"{stem}.cdesk"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.cdesk"
        number += 1
    return path
