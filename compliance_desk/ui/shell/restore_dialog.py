"""Restore a register from a backup: check the backup first, then replace the open register (after a
safety copy of it) or write a new file.

The check opens the backup read-only with its own passphrase and verifies it entry by entry, off
the UI thread; nothing is replaced until it holds. `storage.register.restore` checks it again
before it writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import records
from compliance_desk.storage.audit import Verdict
from compliance_desk.storage.backups import restore
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.maintenance import BAD_STYLE, OK_STYLE, problem_text
from compliance_desk.ui.shell.tasks import Progress, TaskDialog
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.format import audit_time_text, ltr, number
from compliance_desk.ui.widgets.record_form import ERROR_STYLE


@dataclass(frozen=True)
class BackupFacts:
    """What the check found in a backup: its verdict, whose it is and how recent."""

    verdict: Verdict
    organisation: str
    last_change: str


@dataclass(frozen=True)
class RestoreRequest:
    backup: Path
    target: Path
    passphrase: str
    replace: bool  # True: the open register is replaced (the controller closes it first)


def check_backup(path: Path, passphrase: str, lang: str, progress: Progress, total_text: str) -> BackupFacts:
    """Open a backup read-only and verify it; raises KnownError when it does not open."""
    with Register.open(path, passphrase, read_only=True) as backup:
        total = max(backup.audit_count(), 1)
        verdict = backup.verify(lambda done: progress.report(
            done, total, total_text.replace("%1", number(done)).replace("%2", number(total))))
        organisation = records.organisation(backup) or {}
        name = (organisation.get("legal_name_ar") if lang == "ar" else organisation.get("legal_name_en")) or \
            organisation.get("legal_name_en") or organisation.get("legal_name_ar") or ""
        last = backup.conn.execute("SELECT ts FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return BackupFacts(verdict, str(name), str(last[0]) if last else "")


class RestoreDialog(QDialog):
    """Emits `restore_requested` with a RestoreRequest once the backup checked out and the officer
    confirmed; the controller does the replacing (it must close the open register first)."""

    restore_requested = Signal(object)

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.facts: BackupFacts | None = None
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 420)
        self.backup = QLineEdit()
        self.backup.setObjectName("backup_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup, 1)
        backup_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("backup_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("The passphrase the register had when the backup was made"))
        self.check_button = QPushButton(self.tr("Check the backup"))
        self.check_button.setObjectName("check_backup")
        self.check_button.clicked.connect(self.check)
        self.findings = QLabel()
        self.findings.setObjectName("backup_findings")
        self.findings.setWordWrap(True)

        self.replace = QRadioButton(self.tr("Replace this register (%1); a copy of it is kept beside it first")
                                    .replace("%1", ltr(register.path.name)))
        self.replace.setObjectName("restore_replace")
        self.as_new = QRadioButton(self.tr("Restore as a new register file:"))
        self.as_new.setObjectName("restore_new")
        self.new_path = QLineEdit(str(register.path.with_name(f"{register.path.stem}-restored{register.path.suffix}")))
        self.new_path.setObjectName("restore_new_path")
        choice = QButtonGroup(self)
        choice.addButton(self.replace)
        choice.addButton(self.as_new)
        if register.read_only:  # another process writes it: it cannot be replaced from here
            self.replace.setEnabled(False)
            self.replace.setToolTip(self.tr("Opened read-only: the register is in use and cannot be replaced."))
            self.as_new.setChecked(True)
        else:
            self.replace.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Backup file"), backup_row)
        form.addRow(self.tr("Its passphrase"), self.passphrase)
        form.addRow("", self.check_button)
        target = QVBoxLayout()
        target.addWidget(self.replace)
        target.addWidget(self.as_new)
        target.addWidget(self.new_path)
        self.message = QLabel()
        self.message.setObjectName("restore_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.findings)
        layout.addWidget(QLabel(self.tr("Restore to")))
        layout.addLayout(target)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.backup.textChanged.connect(self._forget)
        self.passphrase.textChanged.connect(self._forget)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.register.path.parent),
                                              self.tr("Compliance Desk register (*.cdesk)"))
        if path:
            self.backup.setText(path)

    def _forget(self) -> None:
        """A different file or passphrase must be checked again before anything is restored."""
        self.facts = None
        self.restore_button.setEnabled(False)
        self.findings.clear()

    # ------------------------------------------------------------------ checking
    def check(self) -> BackupFacts | None:
        path = Path(self.backup.text().strip())
        self.message.clear()
        if not self.backup.text().strip():
            self.message.setText(self.tr("Choose the backup file."))
            return None
        if path.resolve() == self.register.path.resolve():
            self.message.setText(self.tr("That is the open register itself, not a backup of it."))
            return None
        passphrase, lang = self.passphrase.text(), self.lang
        walked = self.tr("Checking the backup's audit chain: %1 of %2 entries")
        task = TaskDialog(self.tr("Check the backup"), self.tr("Opening and verifying %1…").replace(
            "%1", ltr(path.name)), lambda progress: check_backup(path, passphrase, lang, progress, walked), self)
        facts = task.run()
        if task.error is not None:
            self.findings.setStyleSheet(BAD_STYLE)
            if task.cancelled:
                self.findings.setText(self.tr("Check cancelled."))
            elif isinstance(task.error, KnownError):
                self.findings.setText(task.error.text(self.lang))
            else:
                self.findings.setText(str(task.error))
            return None
        assert isinstance(facts, BackupFacts)
        verdict = facts.verdict
        if not verdict.ok:
            self.findings.setStyleSheet(BAD_STYLE)
            self.findings.setText(self.tr("This backup does not verify, so it cannot be restored. First problem: %1")
                                  .replace("%1", problem_text(verdict.problems[0], self.lang)))
            return None
        self.facts = facts
        self.findings.setStyleSheet(OK_STYLE)
        self.findings.setText(self.tr("Backup of %1: %2 audit entries verified, last change %3, seal %4.")
                              .replace("%1", facts.organisation or "—").replace("%2", number(verdict.entries))
                              .replace("%3", local_time(facts.last_change)).replace("%4", ltr(verdict.seal[:16])))
        self.restore_button.setEnabled(True)
        return facts

    # ------------------------------------------------------------------ restoring
    def request(self) -> RestoreRequest | None:
        if self.facts is None:
            return None
        if self.replace.isChecked():
            target = self.register.path
        else:
            text = self.new_path.text().strip()
            if not text:
                self.message.setText(self.tr("Choose where to write the restored register."))
                return None
            target = Path(text if text.endswith(".cdesk") else text + ".cdesk")
            if target.exists():
                self.message.setText(self.tr("That file already exists."))
                return None
        return RestoreRequest(Path(self.backup.text().strip()), target, self.passphrase.text(),
                              self.replace.isChecked())

    def confirm(self) -> RestoreRequest | None:
        request = self.request()
        if request is None:
            return None
        if request.replace and not ask.confirm(self, self.tr("Replace the register"), self.tr(
                "The open register will be closed and replaced by the backup. Changes made since the backup "
                "(%1) are kept only in the safety copy. Replace it?").replace(
                "%1", local_time(self.facts.last_change if self.facts else ""))):
            return None
        self.accept()
        self.restore_requested.emit(request)
        return request


def local_time(timestamp: str) -> str:
    """An audit time (UTC) as the officer's clock shows it, with the offset ("UTC+3", the one notation
    of every screen), in the display digits."""
    return audit_time_text(timestamp)


def safety_copy_path(register_path: Path) -> Path:
    stamp = clock.now().strftime("%Y%m%dT%H%M%S")
    return register_path.with_name(f"{register_path.stem}.before-restore-{stamp}{register_path.suffix}")


def run_restore(request: RestoreRequest, actor: str, lang: str, parent: QWidget | None) -> tuple[bool, str]:
    """Write the backup to the request's target (the open register is already closed when replacing)."""
    translate = QCoreApplication.translate
    task = TaskDialog(translate("RestoreDialog", "Restore from a backup"),
                      translate("RestoreDialog", "Restoring %1…").replace("%1", ltr(request.backup.name)),
                      lambda progress: restore(request.backup, request.target, request.passphrase,
                                               force=request.replace, actor=actor), parent, cancellable=False)
    task.run()
    if task.error is not None:
        error = task.error
        return False, error.text(lang) if isinstance(error, KnownError) else str(error)
    return True, ""
