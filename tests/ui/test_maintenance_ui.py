"""Maintenance inside the app (Register menu): verify, back up, restore, change the passphrase — off
the UI thread, with progress; and a register opened read-only still produces every report."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.storage.errors import WrongPassphrase
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.main_window import MainWindow
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.shell.tasks import TaskDialog
from tests.conftest import PASSPHRASE


def names(app: Controller) -> list[str]:
    return [a.text() for a in app.main.menuBar().actions()[0].menu().actions() if a.text()]


def test_the_register_menu_holds_the_maintenance(unlocked_app: Controller) -> None:
    assert names(unlocked_app)[:6] == ["Reports…", "Verify…", "Check a report…", "Back up…",
                                      "Restore from a backup…", "Change passphrase…"]
    from compliance_desk.ui.shell.help import HelpDialog

    dialog = HelpDialog()
    help_text = dialog.browser.toPlainText()
    dialog.close()
    assert "compliance-desk backup" not in help_text and "command" not in help_text.lower()
    assert "Register menu" in help_text


# ---------------------------------------------------------------- verify
def test_verify_runs_off_the_ui_thread_and_says_the_register_is_intact(unlocked_app: Controller, qtbot) -> None:
    threads: list[QThread] = []
    register = unlocked_app.register
    original = register.verify
    register.verify = lambda progress=None: (threads.append(QThread.currentThread()), original(progress))[1]
    dialog = unlocked_app.main.maintenance.verify()
    verdict = dialog.wait()
    assert verdict is not None and verdict.ok
    assert threads and threads[0] is not QApplication.instance().thread()
    assert dialog.headline.text().startswith(f"The register is intact: {verdict.entries} audit entries verified.")
    assert dialog.bar.isHidden()
    dialog.accept()


def test_verify_names_the_first_broken_entry(unlocked_app: Controller, settings: Settings) -> None:
    register = unlocked_app.register
    register.conn.execute("DROP TRIGGER audit_no_update")
    register.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 57")
    dialog = unlocked_app.main.maintenance.verify()
    verdict = dialog.wait()
    assert verdict is not None and not verdict.ok
    first, advice = dialog.headline.text().split("\n")
    assert first == "The register does not verify. First problem: audit entry 57: its content was altered after it " \
                    "was written"
    assert "restore the register from a backup" in advice
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    unlocked_app.settings_changed()
    arabic = unlocked_app.main.maintenance.verify()
    arabic.wait()
    assert "قيد التدقيق رقم ٥٧: عُدّل محتواه بعد كتابته" in arabic.headline.text()


def test_a_long_task_can_be_cancelled(qtbot) -> None:
    started = threading.Event()

    def work(progress) -> str:
        started.set()
        done = 0
        while progress.report(done, 0, "working"):
            done += 1
            time.sleep(0.005)
        return "stopped"

    dialog = TaskDialog("Test", "A long job", work)
    qtbot.addWidget(dialog)
    dialog.start()
    assert started.wait(30)
    dialog.reject()  # the window's Cancel, Escape or close
    qtbot.waitUntil(lambda: dialog.settled, timeout=30000)  # a loaded machine is slow; no speed is judged here
    assert dialog.cancelled and dialog.outcome == "stopped"


# ---------------------------------------------------------------- backup
def test_backup_from_the_menu_is_encrypted_audited_and_opens(unlocked_app: Controller, tmp_path: Path) -> None:
    target = tmp_path / "backup.cdesk"
    text, ok = unlocked_app.main.maintenance.backup(target)
    assert ok and str(target) in text
    with Register.open(target, PASSPHRASE, read_only=True) as copy:
        assert copy.verify().ok
    last = unlocked_app.register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == ("backup",)
    assert unlocked_app.main.seal_label.text() == f"Seal {unlocked_app.register.seal()[:12]}"
    again, ok = unlocked_app.main.maintenance.backup(target)  # never over an existing file
    assert not ok and "already exists" in again


def test_a_cancelled_backup_leaves_no_file(unlocked_app: Controller, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    register = unlocked_app.register
    target = tmp_path / "slow.cdesk"

    def slow_backup(destination: Path) -> str:  # half a file, then SQLite work that only an interrupt ends
        destination.write_bytes(b"half written")
        register.conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                              "SELECT count(*) FROM c").fetchone()
        return "never"

    monkeypatch.setattr(register, "backup", slow_backup)

    def cancel() -> None:
        dialogs = unlocked_app.main.findChildren(TaskDialog)
        if dialogs and target.exists():
            dialogs[0].request_cancel()  # the Cancel button: interrupts the statement
        else:
            QTimer.singleShot(50, cancel)

    QTimer.singleShot(50, cancel)
    text, ok = unlocked_app.main.maintenance.backup(target)
    assert not ok and text == "Backup cancelled; no file was kept."
    assert not target.exists()
    assert unlocked_app.register.verify().ok  # the register is untouched and still usable


# ---------------------------------------------------------------- passphrase
def test_change_passphrase_needs_the_current_one(unlocked_app: Controller, demo_path: Path) -> None:
    dialog = unlocked_app.main.maintenance.change_passphrase()
    dialog.current.setText("not the passphrase")
    dialog.new.setText("a brand new passphrase 2027")
    dialog.again.setText("a brand new passphrase 2027")
    assert dialog.ok.isEnabled()
    assert not dialog.change()
    assert "Wrong passphrase" in dialog.message.text()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("short")
    assert not dialog.ok.isEnabled() and "at least 10" in dialog.message.text()
    dialog.new.setText("a brand new passphrase 2027")
    dialog.again.setText("a brand new passphrase 2027")
    assert dialog.change()
    assert "older ones still open with the old passphrase" in dialog.message.text()
    assert unlocked_app.lock(auto=True) is False  # no lock while a maintenance window is open
    dialog.accept()
    assert unlocked_app.lock() is True
    with pytest.raises(WrongPassphrase):
        Register.open(demo_path, PASSPHRASE, read_only=True)
    with Register.open(demo_path, "a brand new passphrase 2027", read_only=True) as register:
        assert register.verify().ok
        assert register.conn.execute("SELECT count(*) FROM audit WHERE action = 'rekey'").fetchone() == (1,)


# ---------------------------------------------------------------- restore
@pytest.fixture
def backed_up(unlocked_app: Controller, tmp_path: Path) -> Path:
    """A backup of the demo register, then a change made after it."""
    target = tmp_path / "before.cdesk"
    unlocked_app.register.backup(target)
    records.update(unlocked_app.register, ACTIVITY, 1, {"department": "Changed after the backup"})
    return target


def test_restore_checks_the_backup_before_anything(unlocked_app: Controller, backed_up: Path,
                                                   tmp_path: Path) -> None:
    dialog = unlocked_app.main.maintenance.restore()
    dialog.backup.setText(str(backed_up))
    dialog.passphrase.setText("wrong passphrase")
    assert dialog.check() is None and "Wrong passphrase" in dialog.findings.text()
    assert not dialog.restore_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    facts = dialog.check()
    assert facts is not None and facts.verdict.ok and dialog.restore_button.isEnabled()
    assert "audit entries verified" in dialog.findings.text()
    assert facts.organisation and facts.organisation in dialog.findings.text()
    dialog.passphrase.setText(PASSPHRASE + " ")  # another passphrase must be checked again
    assert not dialog.restore_button.isEnabled()
    # a tampered backup is refused with its first broken entry
    broken = tmp_path / "broken.cdesk"
    with Register.open(backed_up, PASSPHRASE) as copy:
        copy.backup(broken)
    with Register.open(broken, PASSPHRASE) as copy:
        copy.conn.execute("DROP TRIGGER audit_no_update")
        copy.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 3")
    dialog.backup.setText(str(broken))
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.check() is None
    assert "does not verify" in dialog.findings.text() and "audit entry 3" in dialog.findings.text()
    dialog.reject()


def test_restore_replaces_the_open_register_after_a_safety_copy(unlocked_app: Controller, backed_up: Path,
                                                               demo_path: Path, answers) -> None:
    dialog = unlocked_app.main.maintenance.restore()
    dialog.backup.setText(str(backed_up))
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.check() is not None and dialog.replace.isChecked()
    answers.queue = [True]  # "Replace it?"
    assert dialog.confirm() is not None
    assert any("replaced by the backup" in text for text in answers.asked)
    register = unlocked_app.register
    assert register is not None and unlocked_app.main is not None and register.path == demo_path
    assert records.get(register, ACTIVITY, 1)["department"] != "Changed after the backup"
    assert register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 2").fetchall() == \
        [("open",), ("restore",)]
    safety = list(demo_path.parent.glob("demo.before-restore-*.cdesk"))
    assert len(safety) == 1
    with Register.open(safety[0], PASSPHRASE, read_only=True) as kept:
        assert records.get(kept, ACTIVITY, 1)["department"] == "Changed after the backup"
    assert "kept at" in unlocked_app.message_box.text()


def test_restore_as_a_new_file_leaves_the_open_register(unlocked_app: Controller, backed_up: Path,
                                                        tmp_path: Path, answers) -> None:
    dialog = unlocked_app.main.maintenance.restore()
    dialog.backup.setText(str(backed_up))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check()
    dialog.as_new.setChecked(True)
    dialog.new_path.setText(str(tmp_path / "restored.cdesk"))
    answers.queue = [False]  # "Open it now?" — no
    assert dialog.confirm() is not None
    assert records.get(unlocked_app.register, ACTIVITY, 1)["department"] == "Changed after the backup"
    with Register.open(tmp_path / "restored.cdesk", PASSPHRASE, read_only=True) as restored:
        assert restored.verify().ok
        assert records.get(restored, ACTIVITY, 1)["department"] != "Changed after the backup"


# ---------------------------------------------------------------- read-only
@pytest.fixture
def read_only(qtbot, settings: Settings, demo_path: Path):
    register = Register.open(demo_path, PASSPHRASE, read_only=True)
    main = MainWindow(register, settings, "en")
    qtbot.addWidget(main)
    yield main
    main.clear()
    register.close()


def test_read_only_says_why_and_produces_every_report(read_only: MainWindow, tmp_path: Path) -> None:
    main = read_only
    assert not main.read_only_banner.isHidden()
    assert "Opened read-only" in main.read_only_banner.text() and "every report" in main.read_only_banner.text()
    assert not main.activities.new_action.isEnabled() and not main.backup_action.isEnabled()
    entries = main.register.audit_count()
    dialog = main.open_reports()
    assert dialog is not None and not dialog.read_only_note.isHidden()
    for kind, name in [("ropa", "ropa.pdf"), ("disclosures", "d.pdf"), ("kyc", "kyc.pdf"),
                       ("workbook", "w.xlsx"), ("pack", "pack")]:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.output.setText(str(tmp_path / name))
        assert dialog.generate() is not None, (kind, dialog.message.text())
    dialog.kind.setCurrentIndex(dialog.kind.findData("record"))
    dialog.reference.setText("PA-0001")
    dialog.output.setText(str(tmp_path / "record.pdf"))
    assert dialog.generate() is not None
    seal = main.register.seal()
    assert seal[:16] in "".join(page.extract_text() for page in PdfReader(tmp_path / "ropa.pdf").pages).replace("\n", "")
    assert (tmp_path / "pack" / "manifest.json").exists() and (tmp_path / "w.xlsx").exists()
    assert main.register.audit_count() == entries  # nothing could be written, nothing was
    verify = main.maintenance.verify()
    assert verify.wait().ok  # verify reads: it works read-only too
    verify.accept()
