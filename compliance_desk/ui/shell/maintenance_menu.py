"""The Register menu's maintenance actions — Verify, Back up, Restore, Change passphrase — for one
main window. While one of them works on the register, `busy` holds off the idle lock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from compliance_desk.ui.shell.main_window import MainWindow


class Maintenance(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.busy = False
        self.verify_action = self._action(self.tr("Verify…"), "verify", self.verify)
        self.backup_action = self._action(self.tr("Back up…"), "backup", self.backup)
        self.restore_action = self._action(self.tr("Restore from a backup…"), "restore", self.restore)
        self.passphrase_action = self._action(self.tr("Change passphrase…"), "change_passphrase",
                                              self.change_passphrase)
        if main.register.engine == "postgresql":  # the server's own tools and roles do these
            why = self.tr("Not for a register on a server: its administrator backs it up and manages the "
                          "logins with the server's own tools.")
            for action in (self.backup_action, self.restore_action, self.passphrase_action):
                action.setEnabled(False)
                action.setToolTip(why)
        elif main.register.read_only:
            why = self.tr("Opened read-only: the register is in use for changes elsewhere.")
            for action in (self.backup_action, self.passphrase_action):
                action.setEnabled(False)
                action.setToolTip(why)
        self.verify_dialog: QWidget | None = None
        self.restore_dialog: QWidget | None = None
        self.passphrase_dialog: QWidget | None = None
        self.backup_result: QMessageBox | None = None

    @property
    def actions(self) -> tuple[QAction, QAction, QAction, QAction]:
        return self.verify_action, self.backup_action, self.restore_action, self.passphrase_action

    def _action(self, text: str, name: str, slot: object) -> QAction:
        action = QAction(text, self.main)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _track(self, dialog: QWidget) -> None:
        """No idle lock while a maintenance window is open (its work uses the register)."""
        self.busy = True
        dialog.finished.connect(lambda _r: setattr(self, "busy", False))  # type: ignore[attr-defined]

    def verify(self) -> QWidget:
        from compliance_desk.ui.shell.maintenance import VerifyDialog

        dialog = VerifyDialog(self.main.register, self.main.lang, self.main)
        self._track(dialog)
        dialog.open()
        self.verify_dialog = dialog
        return dialog

    def backup(self, target: Path | str | None = None) -> tuple[str, bool] | None:
        """Back up to `target` (None: ask where); the result is shown, and returned as (text, succeeded)."""
        from compliance_desk.ui.shell.maintenance import choose_backup_target, run_backup

        register = self.main.register
        if register.read_only:
            return None
        path = Path(target) if target else choose_backup_target(register, self.main)
        if path is None:
            return None
        self.busy = True
        try:
            text, ok = run_backup(register, path, self.main.lang, self.main)
        finally:
            self.busy = False
        self.main._update_status()
        box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning, self.tr("Back up"),
                          text, QMessageBox.StandardButton.Ok, self.main)
        box.setObjectName("backup_result")
        box.open()
        self.backup_result = box
        return text, ok

    def restore(self) -> QWidget:
        from compliance_desk.ui.shell.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.main.register, self.main.lang, self.main)
        dialog.restore_requested.connect(self.main.restore_requested)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def change_passphrase(self) -> QWidget | None:
        from compliance_desk.ui.shell.maintenance import PassphraseDialog

        if self.main.register.read_only:
            return None
        dialog = PassphraseDialog(self.main.register, self.main.lang, self.main)
        dialog.changed.connect(self.main._update_status)
        self._track(dialog)
        dialog.open()
        self.passphrase_dialog = dialog
        return dialog
