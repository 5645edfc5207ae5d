"""First run: no recent register, so the welcome window offers to create one or open the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.help import AboutDialog, HelpDialog
from compliance_desk.ui.shell.settings import Settings


@pytest.fixture
def fresh(qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COMPLIANCE_DESK_DATA_DIR", str(tmp_path / "data"))
    controller = Controller(settings, "en", None)
    controller.start()
    yield controller
    if controller.register is not None:
        controller.main.clear()
        controller.register.close()
        controller.main.close()
    if controller.unlock is not None:
        controller.unlock.close()


def test_first_run_offers_create_and_demo(fresh: Controller, qtbot, tmp_path: Path) -> None:
    window = fresh.unlock
    assert window.first_run.isVisibleTo(window) and not window.recent.isVisibleTo(window)
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert fresh.register is not None and fresh.main is not None
    assert fresh.register.path == tmp_path / "data" / "demo.cdesk"
    assert fresh.register.count(ACTIVITY) >= 12
    assert fresh.settings.get("recent_registers") == [str((tmp_path / "data" / "demo.cdesk").resolve())]
    fresh.lock()
    assert not fresh.unlock.first_run.isVisibleTo(fresh.unlock)  # no longer a first run


def test_create_button_opens_the_new_register_dialog(fresh: Controller, qtbot) -> None:
    qtbot.mouseClick(fresh.unlock.create_button, Qt.MouseButton.LeftButton)
    assert fresh.new_dialog is not None and fresh.new_dialog.isVisible()
    fresh.new_dialog.reject()


def test_help_says_the_passphrase_cannot_be_recovered(qtbot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "cannot be recovered" in text and "backup" in text.lower() and "seal" in text


def test_about_shows_versions_and_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "SQLCipher: 4." in dialog.versions.text() and "Qt: 6." in dialog.versions.text()
    components = [dialog.licences.item(r, 0).text() for r in range(dialog.licences.rowCount())]
    assert "Amiri font" in components
    assert dialog.licences.item(components.index("Amiri font"), 1).text() == "SIL Open Font License 1.1"
