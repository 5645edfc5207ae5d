"""The application's states — locked (unlock window) and open (main window) — and moves between them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from platformdirs import user_data_dir
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage.lock import current_user
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.errors import show_notices
from compliance_desk.ui.shell.i18n import apply_language
from compliance_desk.ui.shell.idle import IdleWatcher
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.shell.unlock import UnlockWindow
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.format import ltr

if TYPE_CHECKING:  # imported when first needed: the unlock window must not wait for every page
    from compliance_desk.ui.policy.policy_page import PolicyPage
    from compliance_desk.ui.shell.main_window import MainWindow
    from compliance_desk.ui.shell.new_register import NewRegisterDialog
    from compliance_desk.ui.widgets.register_page import RegisterPage

DEMO_PASSPHRASE = "demo-passphrase"


def demo_path() -> Path:
    override = os.environ.get("COMPLIANCE_DESK_DATA_DIR")
    folder = Path(override) if override else Path(user_data_dir("compliance-desk", appauthor=False))
    return folder / "demo.cdesk"


class Controller(QObject):
    def __init__(self, settings: Settings, lang: str | None = None, path: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.lang_override = lang
        self.lang = lang or settings.language()
        self.display = settings.display(self.lang)
        self.start_path = path
        self.register: Register | None = None
        self.main: MainWindow | None = None
        self.unlock: UnlockWindow | None = None
        self.new_dialog: NewRegisterDialog | None = None
        self.drafts: dict[str, tuple[int | None, dict[str, Any]]] = {}
        self.message_box: Any = None
        self.policy_state: tuple[str, bool] | None = None  # the policy page's text, and whether it was checked
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock(auto=True))

    # ------------------------------------------------------------------ state changes
    def start(self) -> None:
        apply_language(self.lang, self.display.arabic_digits)
        self.show_unlock(self.start_path)

    def actor(self) -> str:
        return self.settings.get("officer_name") or current_user()

    def window(self) -> QWidget | None:
        return self.main or self.unlock

    def show_unlock(self, path: str | None = None, notice: str = "") -> None:
        self.unlock = UnlockWindow(self.settings, self.lang, self.actor(), path, notice=notice)
        self.unlock.unlocked.connect(self.opened)
        self.unlock.create_requested.connect(self.create_register)
        self.unlock.demo_requested.connect(self.open_demo)
        self.unlock.help_requested.connect(self.show_help)
        self.unlock.show()

    def show_help(self) -> None:
        from compliance_desk.ui.shell.help import HelpDialog

        self.help = HelpDialog(self.window())
        self.help.open()

    def open_demo(self) -> None:
        """Build the demo register on the fly (once) in the user's data folder and open it."""
        from compliance_desk.storage import demo

        path = demo_path()
        window = self.unlock
        if window is not None:
            window.setCursor(Qt.CursorShape.WaitCursor)
        try:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                demo.build(path, DEMO_PASSPHRASE, actor=self.actor())
            register = Register.open(path, DEMO_PASSPHRASE, actor=self.actor(), record_open=True)
        except KnownError as error:
            if window is not None:
                window.message.setText(error.text(self.lang))
            return
        finally:
            if window is not None:
                window.unsetCursor()
        self.settings.add_recent(str(path.resolve()))
        self.opened(register)

    def create_register(self) -> None:
        from compliance_desk.ui.shell.new_register import NewRegisterDialog

        self.new_dialog = NewRegisterDialog(self.lang, self.actor(), self.unlock)
        self.new_dialog.created.connect(self._created)
        self.new_dialog.open()

    def _created(self, register: Register) -> None:
        self.settings.add_recent(str(register.path.resolve()))
        self.opened(register)

    def opened(self, register: Register) -> None:
        self.register = register
        if self.unlock is not None:
            self.unlock.close()
            self.unlock.deleteLater()
            self.unlock = None
        self._show_main()
        show_notices(self.main, register, self.lang)
        self.restart_idle()
        self._restore_drafts()

    def _show_main(self) -> None:
        assert self.register is not None
        from compliance_desk.ui.shell.main_window import MainWindow

        self.main = MainWindow(self.register, self.settings, self.lang)
        self.main.lock_requested.connect(self.lock)
        self.main.settings_requested.connect(self.open_settings)
        self.main.quit_requested.connect(self.quit)
        self.main.restore_requested.connect(self.restore)
        self.main.show()

    def restart_idle(self) -> None:
        self.idle.start(int(self.settings.get("idle_lock_minutes")) * 60_000)

    def lock(self, auto: bool = False) -> bool:
        """Close the register and return to the unlock window. Returns False if the officer cancelled."""
        if self.main is not None and self.main.busy:  # a maintenance task uses the register: not now
            if auto:
                self.restart_idle()
            return False
        if self.main is None or self.register is None:
            return True
        for page in self.main.register_pages():
            draft = page.draft()
            if draft is None:
                continue
            if auto:  # nobody is there to answer: keep the edits in memory, offer them after unlock
                self.drafts[page.entity.name] = draft
                continue
            can_save = page.dialog is not None and not page.dialog.errors()
            text = self.tr("Save the record you are editing before locking?") if can_save else \
                self.tr("The record you are editing cannot be saved as it stands. Discard its changes and lock?")
            answer = ask.save_discard_cancel(self.main, self.tr("Unsaved changes"), text, can_save=can_save)
            if answer == "cancel":
                return False
            if answer == "save" and page.dialog is not None and not page.dialog.save():
                return False
        notice = ""
        if auto:
            minutes = int(self.settings.get("idle_lock_minutes"))
            notice = self.tr("Locked after %Ln minute(s) without activity.", "", minutes)
            if self.drafts:
                notice += " " + self.tr("Your unsaved edits are kept: they reopen, still unsaved, when you unlock.")
        self.policy_state = self._policy_state(self.main)
        path = str(self.register.path)
        self.idle.stop()
        self.main.save_geometry()
        self.main.clear()
        self.register.close()
        self.register = None
        self.main.close()
        self.main.deleteLater()
        self.main = None
        self.show_unlock(path, notice)
        return True

    def restore(self, request: Any) -> bool:
        """Restore a checked backup (restore_dialog.RestoreRequest). Replacing the open register: a safety
        copy of it first, then it is closed, replaced, and the restored register opened."""
        from compliance_desk.ui.shell.maintenance import run_backup
        from compliance_desk.ui.shell.restore_dialog import run_restore, safety_copy_path

        if self.main is None or self.register is None:
            return False
        safety: Path | None = None
        if request.replace:
            safety = safety_copy_path(self.register.path)
            text, ok = run_backup(self.register, safety, self.lang, self.main)
            if not ok:
                self._tell(self.tr("Nothing was restored: the safety copy of the open register failed. %1")
                           .replace("%1", text), error=True)
                return False
            if not self.lock():
                return False
        ok, error = run_restore(request, self.actor(), self.lang, self.window())
        if not ok:
            self._tell(self.tr("The restore failed; the register was left as it was. %1").replace("%1", error),
                       error=True)
            return False
        if not request.replace and not ask.confirm(self.window(), self.tr("Restored"), self.tr(
                "The backup was restored to %1. Open it now? The register open now will be closed.").replace(
                "%1", ltr(str(request.target)))):
            return True
        if not request.replace and not self.lock():
            return True
        try:
            register = Register.open(request.target, request.passphrase, actor=self.actor(), record_open=True)
        except KnownError as failure:
            if self.unlock is not None:
                self.unlock.select_path(str(request.target))
            self._tell(failure.text(self.lang), error=True)
            return False
        self.settings.add_recent(str(Path(request.target).resolve()))
        self.opened(register)
        if safety is not None:
            self._tell(self.tr("Restored from %1. The register as it was before is kept at %2.")
                       .replace("%1", ltr(str(request.backup))).replace("%2", ltr(str(safety))))
        return True

    def _tell(self, text: str, error: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
                          self.tr("Restore from a backup"), text, QMessageBox.StandardButton.Ok, self.window())
        box.setObjectName("restore_result")
        box.open()
        self.message_box = box

    @staticmethod
    def _policy_state(main: MainWindow) -> tuple[str, bool] | None:
        """The policy page's text and whether it was checked; None when the page was never shown."""
        page = cast("PolicyPage | None", main.built("policy"))
        return page.state() if page is not None else None

    def _restore_drafts(self, after_lock: bool = True) -> None:
        if self.main is not None and self.policy_state is not None:
            self.main.policy.restore_state(*self.policy_state)
            self.policy_state = None
        if not self.drafts or self.main is None:
            return
        from compliance_desk.ui.shell.pages import REGISTER_PAGES

        for key, entity in REGISTER_PAGES.items():
            draft = self.drafts.pop(entity, None)
            if draft is not None:
                self.main.show_page(key)  # builds the page if it was never shown
                page = cast("RegisterPage", self.main.pages[key])
                dialog = page._open_dialog(draft[0])
                if dialog is not None:
                    dialog.restore_draft(draft[1], after_lock=after_lock)

    def open_settings(self) -> None:
        if self.main is None:
            return
        from compliance_desk.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.main)
        dialog.accepted.connect(self.settings_changed)
        dialog.open()

    def settings_changed(self) -> None:
        self.restart_idle()
        if self.register is not None and self.register.engine == "sqlcipher":
            # on the file the audit actor is the officer's name from Settings (DESIGN), from the next entry on;
            # on a server it stays the database user, never a name typed here
            self.register.actor = self.actor()
        lang = self.settings.language()  # a choice made in Settings overrides --lang from now on
        if lang != self.lang or self.settings.display(lang) != self.display:
            self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Switch the whole UI at once: translators, direction, and a rebuilt main window.

        Edits open in a dialog are carried over into the rebuilt window, never lost.
        """
        self.lang = lang
        self.lang_override = None
        self.display = self.settings.display(lang)
        apply_language(lang, self.display.arabic_digits)
        if self.main is not None and self.register is not None:
            old = self.main
            for page in old.register_pages():
                draft = page.draft()
                if draft is not None:
                    self.drafts[page.entity.name] = draft
                page.close_dialog()
            self.policy_state = self._policy_state(old)
            old.save_geometry()
            if old.live is not None:  # one listener per connection: the new window's
                old.live.stop()
            self._show_main()
            old.close()
            old.deleteLater()
            self._restore_drafts(after_lock=False)
        elif self.unlock is not None:
            path, notice = self.unlock.path, self.unlock.notice_text
            self.unlock.close()
            self.unlock.deleteLater()
            self.show_unlock(path, notice)

    def quit(self) -> None:
        if self.lock():
            if self.unlock is not None:
                self.unlock.close()

    def shutdown(self) -> None:
        """Close everything without asking: the register, every window, the idle watch.

        For an embedding program (and the tests) that start several controllers in one process:
        a controller left behind would keep watching every event of the application."""
        self.idle.detach()
        if self.main is not None:
            self.main.clear()
        if self.register is not None:
            self.register.close()
            self.register = None
        for window in (self.main, self.unlock, self.new_dialog):
            if window is not None and shiboken6.isValid(window):
                window.close()
                window.deleteLater()
        self.main = self.unlock = self.new_dialog = None
