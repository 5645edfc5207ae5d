"""The connect dialog and the unlock window tell the server's two secrets apart: the database password
(the person's login to the server) and the register passphrase (their own, for the encrypted fields)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from tests.storage.test_pg_sealed import LAYLA_KEY, keyed
from tests.ui.helpers import connect_dialog, fill_connect, remembered

NEVER = ("The address is remembered among the recent registers; the database password and the register "
         "passphrase are never remembered.")


def texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_connect_dialog_names_both_secrets_and_focuses_the_wrong_one(qtbot, settings, pg_cluster, pg_url):
    layla = keyed(pg_cluster, pg_url)
    controller, dialog = connect_dialog(settings)
    shown = texts(dialog)
    assert "Database password" in shown and "Password" not in shown
    assert "Register passphrase" in shown
    assert dialog.passphrase_hint.text() == (
        "Your own passphrase: it unlocks the register's encrypted documents and identifiers (each person has "
        "their own). Left blank, those fields read \u201cencrypted \u2014 no key\u201d.")
    QApplication.processEvents()
    hint = dialog.passphrase_hint
    assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())  # read whole, not cut
    assert dialog.plain.text() == "Plain connection, no TLS (only to a server on this computer)"
    assert dialog.note.text() == NEVER
    fill_connect(dialog, layla, "layla", "user secret", "not hers")
    dialog.host.setFocus()
    dialog.connect_button.click()
    assert controller.main is None
    assert dialog.message.text().startswith("Wrong register passphrase")
    assert dialog.focusWidget() is dialog.register_passphrase
    assert dialog.register_passphrase.selectedText() == "not hers"
    dialog.password.setText("not my login")
    dialog.register_passphrase.setText(LAYLA_KEY)
    dialog.host.setFocus()
    dialog.connect_button.click()
    assert controller.main is None and "password" in dialog.message.text().lower()
    assert dialog.focusWidget() is dialog.password
    assert dialog.password.selectedText() == "not my login"
    controller.shutdown()


def test_the_unlock_window_tells_a_remembered_servers_secrets_apart(qtbot, settings, pg_cluster, pg_url):
    controller, unlock = remembered(settings, keyed(pg_cluster, pg_url))
    assert unlock.passphrase.placeholderText() == "Database password"
    assert unlock.server_hint.isVisibleTo(unlock)
    assert unlock.server_hint.text().startswith("Database password: your login to the server. Register passphrase:")
    assert unlock.server_hint.text().endswith(NEVER)
    unlock.passphrase.setText("user secret")
    unlock.register_passphrase.setText("not hers")
    unlock.passphrase.setFocus()
    unlock.unlock()
    assert controller.main is None
    assert unlock.focusWidget() is unlock.register_passphrase
    unlock.select_path("/tmp/some.cdesk")  # a file: no server line
    assert not unlock.server_hint.isVisibleTo(unlock)
    controller.shutdown()
