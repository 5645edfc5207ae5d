"""On the file the audit actor is the officer's name from Settings (DESIGN: "actor (officer name from the
workstation profile)"): a name given in Settings while a register is open is written from the next
entry on, not only after the register is opened again. On a server the actor stays the database user."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from compliance_desk.storage.lock import current_user
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.shell.settings_dialog import SettingsDialog
from compliance_desk.ui.widgets.history_panel import HistoryPanel

NAME = "Noura Al-Qahtani"


def name_in_settings(app: Controller, name: str) -> None:
    """The officer types their name in Settings and presses OK."""
    app.open_settings()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
    dialog.officer.setText(name)
    dialog.accept()


def test_a_name_given_in_settings_is_the_actor_of_the_next_entries(qtbot, unlocked_app: Controller,
                                                                   settings: Settings) -> None:
    register = unlocked_app.main.register
    assert settings.get("officer_name") == "" and register.actor == current_user()  # no name yet: the login
    name_in_settings(unlocked_app, NAME)
    main = unlocked_app.main
    main.show_page("recipients")
    dialog = main.recipients.new()
    dialog.editor("name_en").set_value("Courier")
    dialog.editor("recipient_type").set_value("service_provider")
    assert dialog.save() is True
    seq, actor, record = register.conn.execute(
        "SELECT seq, actor, entity_id FROM audit WHERE action = 'insert' AND entity = 'recipient' "
        "ORDER BY seq DESC LIMIT 1").fetchone()
    assert actor == NAME
    before = register.conn.execute("SELECT actor FROM audit WHERE seq < ? AND action = 'open'", (seq,)).fetchall()
    assert before and all(row[0] == current_user() for row in before)  # entries already written stay as they are
    panel = HistoryPanel("en")
    qtbot.addWidget(panel)
    panel.show_record(register, "recipient", record)
    assert panel.topLevelItem(0).text(1) == NAME
    assert register.verify().ok


def test_on_a_server_the_actor_stays_the_database_user(qtbot, server_app: Controller, settings: Settings) -> None:
    name_in_settings(server_app, NAME)
    assert server_app.main.register.actor == "amal"
