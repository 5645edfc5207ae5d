"""The server's messages in the user's language: a wrong password names the server as the officer typed it
(server, database, user), not as a raw postgresql:// address; a lost connection on an Arabic screen does not
quote PostgreSQL's English words (they are in the tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from compliance_desk.storage.pg.connection import shown
from compliance_desk.storage.pg.errors import ConnectionLost, ServerWrongPassword
from compliance_desk.ui.shell import connect_dialog
from compliance_desk.ui.shell.connect_dialog import ConnectDialog
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.i18n import apply_language
from compliance_desk.ui.shell.settings import Settings

BIDI = {ord(c): None for c in "\u2066\u2067\u2068\u2069\u200e\u200f"}


@pytest.mark.parametrize(("lang", "host", "named"), [
    ("en", "/tmp/pg-socket", "on this computer"), ("ar", "/tmp/pg-socket", "على هذا الحاسوب"),
    ("en", "db.example.sa", "db.example.sa"), ("ar", "db.example.sa", "db.example.sa")])
def test_a_wrong_password_names_server_database_and_user(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str, host: str, named: str) -> None:
    def refuse(url: str, password: str, register_passphrase: str = ""):
        raise ServerWrongPassword(shown(url))  # as storage.pg.connection.connect raises it

    monkeypatch.setattr(connect_dialog, "open_server", refuse)
    apply_language(lang)
    dialog = ConnectDialog(lang)
    qtbot.addWidget(dialog)
    dialog.host.setText(host)
    dialog.database.setText("compliance")
    dialog.user.setText("amal")
    dialog.password.setText("wrong")
    dialog.connect_server()
    text = dialog.message.text().translate(BIDI)
    assert "postgresql://" not in text and "host=" not in text and "/tmp" not in text, text
    assert named in text and "compliance" in text and "amal" in text, text
    if lang == "ar":
        assert "قاعدة البيانات" in text and "المستخدم" in text and "database" not in text, text
    else:
        assert text == "Wrong user name or password for the server db.example.sa (database compliance, user amal)." \
            or "server on this computer (database compliance, user amal)" in text, text
    assert dialog.message.toolTip().startswith("postgresql://")  # the exact address, for an administrator


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_lost_connection_does_not_quote_the_server_in_arabic(unlocked_app: Controller, settings: Settings,
                                                               answers, lang: str) -> None:
    settings.set("language", lang)
    unlocked_app.settings_changed()
    page = unlocked_app.main.activities
    unlocked_app.main.show_page("activities")
    page.select_row(0)
    dialog = page.edit()
    words = "terminating connection due to administrator command"

    def lost(*_args, **_kwargs):
        raise ConnectionLost(words)

    dialog._save = lost
    dialog.forms[0].editors["department"].set_value("Treasury")
    QApplication.processEvents()
    assert dialog.save() is False
    shown_text = dialog.message.text()
    assert dialog.message.toolTip() == words
    if lang == "ar":
        assert words not in shown_text and "terminating" not in shown_text
        assert "تعذّر الوصول إلى الخادم" in shown_text or "الخادم" in shown_text
    else:
        assert words in shown_text and "Your edit is kept here" in shown_text
    answers.queue = ["discard"]
    dialog.reject()
