"""What the desktop app tells about the register file: a read-only medium, a leftover journal."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from compliance_desk.storage import connection
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from tests.conftest import PASSPHRASE

SHOTS = Path(os.environ.get("COMPLIANCE_DESK_SHOTS", "")) if os.environ.get("COMPLIANCE_DESK_SHOTS") else None


def _notice_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "notices"
             and w.isVisible()]
    return boxes[-1] if boxes else None


def _shot(widget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_register_on_a_read_only_medium_offers_read_only(qtbot, settings: Settings, demo_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    from compliance_desk.ui.shell.i18n import apply_language

    monkeypatch.setattr(connection, "folder_writable", lambda folder: False)
    apply_language(lang)
    controller = Controller(settings, lang, str(demo_path))
    controller.start()
    window = controller.unlock
    qtbot.addWidget(window)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    expected = "read-only medium" if lang == "en" else "وسيط للقراءة فقط"
    assert expected in window.message.text() and window.read_only_button.isVisibleTo(window)
    _shot(window, f"unlock-read-only-medium-{lang}")
    window.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.read_only_button, Qt.MouseButton.LeftButton)
    try:
        assert controller.register is not None and controller.register.read_only
        box = _notice_box()
        assert box is not None
        assert ("Read-only medium" if lang == "en" else "وسيط للقراءة فقط") in box.text()
        _shot(box, f"notice-read-only-medium-{lang}")
        assert controller.main.activities.model.rowCount() == 14
        box.close()
    finally:
        controller.main.clear()
        controller.register.close()
        controller.main.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_leftover_journal_set_aside_is_shown_after_unlock(qtbot, settings: Settings, tmp_path: Path,
                                                            demo_path: Path, lang: str) -> None:
    from compliance_desk.ui.shell.i18n import apply_language
    from tests.storage.test_journal import crash_writer, make

    apply_language(lang)

    other = tmp_path / "other.cdesk"
    make(other, "Other", 1)
    crash_writer(other, 3)
    shutil.copyfile(str(other) + "-wal", str(demo_path) + "-wal")
    controller = Controller(settings, lang, str(demo_path))
    controller.start()
    qtbot.addWidget(controller.unlock)
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.unlock()
    try:
        assert controller.register is not None and not controller.register.read_only
        box = _notice_box()
        assert box is not None and "demo.cdesk-wal.orphan-" in box.text()
        assert ("set aside as" if lang == "en" else "فنُحّي جانباً باسم") in box.text()
        _shot(box, f"notice-journal-set-aside-{lang}")
        box.close()
        assert controller.register.verify().ok
    finally:
        controller.main.clear()
        controller.register.close()
        controller.main.close()
