"""Register maintenance from the Register menu: verify, back up, change the passphrase.

Each runs off the UI thread with progress; verify and backup can be cancelled (a cancelled backup
leaves no file). Restore lives in restore_dialog.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ENTITIES
from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.passphrase import MINIMUM_LENGTH, acceptable, strength
from compliance_desk.storage.audit import Problem, Verdict
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.tasks import Progress, Task, TaskDialog
from compliance_desk.ui.widgets.format import digits, ltr, number
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

translate = QCoreApplication.translate
OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = ERROR_STYLE + " font-weight: bold;"


# ---------------------------------------------------------------- verify
class VerifyDialog(QDialog):
    """Checks the register (pages, structure, audit chain, rows against the chain) and names the
    first broken entry. Starts when shown; Cancel stops it."""

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.verdict: Verdict | None = None
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Verify the register"))
        self.resize(600, 380)
        intro = QLabel(self.tr("Checks every page's integrity code, the database structure, the audit chain "
                               "entry by entry, and that every record matches its last audit entry."))
        intro.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("verify_progress")
        self.step = QLabel()
        self.step.setObjectName("verify_step")
        self.headline = QLabel()
        self.headline.setObjectName("verify_result")
        self.headline.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("verify_problems")
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        layout.addWidget(self.headline)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.task: Task | None = None

    def start(self) -> None:
        total = max(self.register.audit_count(), 1)
        structure = self.tr("Checking pages and structure…")
        chain = self.tr("Checking the audit chain: %1 of %2 entries")
        rows = self.tr("Comparing every record with its audit entry…")

        def work(progress: Progress) -> Verdict:
            progress.report(0, 0, structure)

            def walked(done: int) -> bool:
                going = progress.report(done, total, chain.replace("%1", number(done)).replace("%2", number(total)))
                if done >= total:
                    progress.report(0, 0, rows)
                return going

            return self.register.verify(walked)

        self.bar.setRange(0, 0)
        self.task = Task(work, self)
        self.task.progress.changed.connect(self._progressed)
        self.task.done.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.start()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        if self.task is None:
            self.start()

    def running(self) -> bool:
        return self.task is not None and self.task.isRunning()

    def wait(self) -> Verdict | None:
        """Block (keeping the UI alive) until the check ends; for tests and scripted use."""
        from PySide6.QtWidgets import QApplication

        while self.running() or (self.task is not None and self.verdict is None and not self.headline.text()):
            if self.task is not None:
                self.task.wait(20)
            QApplication.processEvents()
        return self.verdict

    def _progressed(self, done: int, total: int, step: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.step.setText(step)

    def _close_button(self) -> None:
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.bar.hide()
        self.step.hide()

    def _finished(self, verdict: Verdict) -> None:
        self._close_button()
        if self.task is not None and self.task.progress.cancelled:
            self.headline.setStyleSheet("")
            self.headline.setText(self.tr("Verification cancelled: the register was not checked to the end."))
            return
        self.verdict = verdict
        if verdict.ok:
            self.headline.setStyleSheet(OK_STYLE)
            self.headline.setText(self.tr("The register is intact: %1 audit entries verified. Seal %2.")
                                  .replace("%1", number(verdict.entries)).replace("%2", ltr(verdict.seal[:16])))
            return
        self.headline.setStyleSheet(BAD_STYLE)
        self.headline.setText(self.tr("The register does not verify. First problem: %1")
                              .replace("%1", problem_text(verdict.problems[0], self.lang)) + "\n" + self.tr(
            "Keep this file as it is, for the record, and restore the register from a backup made before the "
            "problem (Register menu, Restore from a backup…)."))
        self.problems.clear()
        for problem in verdict.problems:
            self.problems.addItem(problem_text(problem, self.lang))
        self.problems.setVisible(len(verdict.problems) > 1)

    def _failed(self, error: BaseException) -> None:
        self._close_button()
        cancelled = self.task is not None and self.task.progress.cancelled
        self.headline.setStyleSheet("" if cancelled else BAD_STYLE)
        if cancelled:
            self.headline.setText(self.tr("Verification cancelled: the register was not checked to the end."))
        elif isinstance(error, KnownError):
            self.headline.setText(error.text(self.lang))
        else:
            self.headline.setText(self.tr("The check could not run: %1").replace("%1", str(error)))

    def reject(self) -> None:
        if self.running():
            assert self.task is not None
            self.task.progress.cancelled = True
            self.step.setText(self.tr("Cancelling…"))
            self.register.conn.interrupt()  # stops the row comparison too, not only the chain walk
            return
        super().reject()


def problem_text(problem: Problem, lang: str) -> str:
    """A problem verify found, in the officer's language: where (entry, record) and what."""
    if lang != "ar":
        return str(problem)
    where = problem.where
    match = re.fullmatch(r"audit entry (\d+)", where)
    if match:
        where = f"قيد التدقيق رقم {digits(match.group(1))}"
    else:
        entity, _, ref = where.partition(" ")
        if entity in ENTITIES:
            where = f"{ENTITIES[entity].ar} {ref}"
        elif entity == "file":
            where = "ملف السجل"
        elif entity == "database":
            where = "قاعدة البيانات"
    detail = problem.detail
    for pattern, arabic in _DETAILS_AR:
        found = re.fullmatch(pattern, detail)
        if found:
            detail = arabic.format(*(digits(g) for g in found.groups()))
            break
    return f"{where}: {detail}"


_DETAILS_AR = (
    (r"entries (\d+)–(\d+) are missing", "القيود من {0} إلى {1} مفقودة"),
    (r"out of order \(expected entry (\d+)\)", "خارج الترتيب (كان المتوقع القيد {0})"),
    (r"does not follow entry (\d+) .*", "لا يتبع القيد {0}: عُدّل قيد أو حُذف أو أُدرج"),
    (r"its content was altered after it was written", "عُدّل محتواه بعد كتابته"),
    (r"is dated before the entry it follows", "تاريخه أسبق من القيد الذي قبله"),
    (r"was added outside the app.*", "أُضيف من خارج التطبيق (لا قيد تدقيق له)"),
    (r"differs from its last audit entry.*", "يختلف عن آخر قيد تدقيق له (عُدّل من خارج التطبيق)"),
    (r"was deleted outside the app.*", "حُذف من خارج التطبيق (سجل التدقيق يقول إنه موجود)"),
    (r"pages (.*) fail their HMAC", "الصفحات {0} لا تجتاز فحص السلامة"),
    (r"refers to a missing (\w+) row", "يشير إلى سجل {0} غير موجود"),
)


# ---------------------------------------------------------------- backup
def default_backup_name(register: Register) -> Path:
    return register.path.with_name(f"{register.path.stem}-backup-{clock.today().isoformat()}{register.path.suffix}")


def choose_backup_target(register: Register, parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Maintenance", "Back up the register"), str(default_backup_name(register)),
        translate("Maintenance", "Compliance Desk register (*.cdesk)"))
    if not path:
        return None
    return Path(path if path.endswith(".cdesk") else path + ".cdesk")


def run_backup(register: Register, target: Path, lang: str, parent: QWidget) -> tuple[str, bool]:
    """Write an encrypted copy to `target` off the UI thread; returns (message, succeeded)."""
    dialog = TaskDialog(translate("Maintenance", "Back up the register"),
                        translate("Maintenance", "Writing an encrypted copy to %1. It opens with the register's passphrase.")
                        .replace("%1", ltr(str(target))),
                        lambda progress: register.backup(target), parent, cancel=register.conn.interrupt)
    size = max(register.path.stat().st_size, 1)

    def grown() -> None:
        try:
            written = target.stat().st_size
        except OSError:
            return
        dialog.bar.setRange(0, 100)
        dialog.bar.setValue(min(99, written * 100 // size))

    timer = QTimer(dialog)
    timer.timeout.connect(grown)
    timer.start(200)
    seal = dialog.run()
    timer.stop()
    if dialog.error is not None or seal is None:
        if dialog.cancelled:
            target.unlink(missing_ok=True)
            return translate("Maintenance", "Backup cancelled; no file was kept."), False
        error = dialog.error
        text = error.text(lang) if isinstance(error, KnownError) else \
            f"{target}: {error.strerror}" if isinstance(error, OSError) else str(error)
        return translate("Maintenance", "The backup failed: %1").replace("%1", text), False
    return translate("Maintenance", "Backup written to %1 (seal %2). Keep it on another disk; it opens with the register's "
                     "passphrase.").replace("%1", ltr(str(target))).replace("%2", ltr(str(seal)[:16])), True


# ---------------------------------------------------------------- change the passphrase
class PassphraseDialog(QDialog):
    """Current passphrase, then the new one twice; the change runs off the UI thread, uninterrupted."""

    changed = Signal()

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang = lang
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.resize(520, 320)
        self.current = QLineEdit()
        self.current.setObjectName("current_passphrase")
        self.new = QLineEdit()
        self.new.setObjectName("new_passphrase")
        self.again = QLineEdit()
        self.again.setObjectName("new_passphrase_again")
        for line in (self.current, self.new, self.again):
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.textChanged.connect(self._validate)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("New passphrase again"), self.again)
        form.addRow(self.tr("Strength"), self.meter)
        warning = QLabel(self.tr("Every page of the register is encrypted again; this cannot be interrupted. "
                                 "Backups made before keep the old passphrase: make a new backup afterwards."))
        warning.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("passphrase_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._validate()

    def problem(self) -> str:
        if not self.current.text():
            return self.tr("Enter the current passphrase.")
        if not acceptable(self.new.text()):
            return self.tr("The new passphrase needs at least %1 characters.").replace("%1", number(MINIMUM_LENGTH))
        if self.new.text() == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        if self.new.text() != self.again.text():
            return self.tr("The two new passphrases differ.")
        return ""

    def _validate(self) -> None:
        score = strength(self.new.text())
        self.meter.setValue(score)
        self.meter.setFormat(self.tr("weak") if score < 40 else self.tr("fair") if score < 60 else self.tr("strong"))
        problem = self.problem()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(problem if self.current.text() or self.new.text() else "")
        self.ok.setEnabled(not problem)

    def change(self) -> bool:
        if self.problem():
            return False
        current, new = self.current.text(), self.new.text()
        path = self.register.path

        def work(progress: Progress) -> None:
            # the current passphrase proves who asks: it must open the file (read-only, a second connection)
            Register.open(path, current, read_only=True).close()
            self.register.rekey(new)

        task = TaskDialog(self.tr("Change the passphrase"), self.tr("Encrypting the register again…"), work, self,
                          cancellable=False)
        task.run()
        self.current.clear()
        self.new.clear()
        self.again.clear()
        if task.error is not None:
            error = task.error
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error.text(self.lang) if isinstance(error, KnownError) else str(error))
            return False
        self.changed.emit()
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("The passphrase is changed. Make a new backup: older ones still open with the "
                                     "old passphrase."))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        return True
