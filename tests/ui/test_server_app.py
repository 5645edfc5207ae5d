"""The desktop app on a register on a PostgreSQL server (a throwaway cluster, tests/pg.py): connecting,
live refresh from other officers' saves, a stale save reloaded and re-applied, a lost connection."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from compliance_desk.domain.entities import RECIPIENT
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.connect_dialog import parts_of, server_url
from compliance_desk.ui.shell.controller import Controller
from tests import pg
from tests.ui.helpers import connect_dialog, fill_connect, start

PASSWORD = pg.USER_PASSWORD


def recipient_id(register: Register, name: str) -> int:
    return int(register.conn.execute("SELECT id FROM recipients WHERE name_en = ?", (name,)).fetchone()[0])


def rename(register: Register, record_id: int, **values: Any) -> None:
    with register.atomic():
        records.update(register, RECIPIENT, record_id, values)


# ---------------------------------------------------------------------------------- connecting
def test_addresses_from_the_dialog_fields():
    assert server_url("db.example.org", "5433", "compliance", "amal", "/etc/ca.pem") == \
        "postgresql://amal@db.example.org:5433/compliance?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    # a plain connection only to this computer; asked for a remote server, TLS is verified all the same
    assert "sslmode=disable" in server_url("localhost", "", "compliance", "amal", plain=True)
    assert "sslmode=verify-full" in server_url("db.example.org", "", "compliance", "amal", plain=True)
    socket = server_url("/tmp/pg s", "5432", "compliance", "amal")
    assert parts_of(socket) == {"host": "/tmp/pg s", "port": "5432", "database": "compliance",
                                "user": "amal", "ca": "", "plain": ""}
    url = "postgresql://amal@db/c?sslmode=verify-full"
    assert server_url(url, "", "", "") == url


def test_connect_to_a_server_opens_the_whole_app_and_remembers_the_address_only(qtbot, tmp_path, server):
    store = QSettings(str(tmp_path / "connect.ini"), QSettings.Format.IniFormat)
    from compliance_desk.ui.shell.settings import Settings

    settings = Settings(store)
    controller, dialog = connect_dialog(settings)
    parts = parts_of(server["amal"])
    fill_connect(dialog, server["amal"], "amal", "wrong")
    dialog.connect_button.click()
    assert controller.main is None
    assert "password" in dialog.message.text().lower()  # one plain line, the dialog still open
    dialog.password.setText(PASSWORD)
    dialog.connect_button.click()
    main = controller.main
    assert main is not None and main.register.engine == "postgresql"
    assert main.register.actor == "amal"
    for key in main.pages:  # every page works on the server
        main.show_page(key)
    assert not main.backup_action.isEnabled()  # the server's own tools back it up
    remembered = settings.get("recent_registers")
    assert remembered[0].startswith("postgresql://amal@") and parts["database"] in remembered[0]
    assert PASSWORD not in (tmp_path / "connect.ini").read_text()
    # locked, it offers the same server again: its password only
    controller.lock()
    unlock = controller.unlock
    assert unlock is not None and unlock.path == remembered[0]
    assert unlock.recent.item(0).text().startswith(parts["database"] + " on a server on this computer")
    # its second line says whose login and how the connection is protected, not the raw address
    second = unlock.recent.item(0).text().split("\n")[1]
    assert second == "Login amal · " + ("plain connection on this computer" if "sslmode=disable" in remembered[0]
                                        else "TLS, certificate checked")
    assert "postgresql://" not in unlock.recent.item(0).text()
    assert unlock.recent.item(0).toolTip() == remembered[0]
    assert "postgresql://" not in unlock.path_label.text() and unlock.path_label.toolTip() == remembered[0]
    assert unlock.passphrase.placeholderText() == "Database password"
    unlock.passphrase.setText(PASSWORD)
    unlock.unlock()
    assert controller.main is not None and controller.main.register.actor == "amal"
    controller.shutdown()


def test_connect_in_arabic_says_what_failed_in_arabic(qtbot, settings, server):
    from compliance_desk.ui.shell.i18n import apply_language

    apply_language("ar")
    controller, dialog = connect_dialog(settings, "ar")
    assert dialog.windowTitle() == "الاتصال بخادم"
    fill_connect(dialog, server["amal"], "amal", PASSWORD)
    dialog.database.setText("no_such_register")
    dialog.connect_button.click()
    assert controller.main is None
    assert "الخادم" in dialog.message.text()
    controller.shutdown()


def test_an_auditor_reads_the_server_register_and_is_told_why_not_more(qtbot, settings, server):
    controller = start(settings, server["rana"])
    main = controller.main
    assert main is not None and main.register.read_only
    assert "rana" in main.read_only_banner.text()
    main.show_page("recipients")
    assert main.recipients.model.total == 2
    assert main.recipients.new() is None
    controller.shutdown()


# ---------------------------------------------------------------------------------- live refresh
def test_another_officers_save_refreshes_the_page_keeping_the_selection(qtbot, server_app, badr):
    main = server_app.main
    main.show_page("recipients")
    page = main.recipients
    assert page.model.total == 2
    chosen = recipient_id(badr, "Payments Co")
    page.select_id(chosen)
    with badr.atomic():
        records.create(badr, RECIPIENT, {"name_en": "Courier", "recipient_type": "service_provider"})
    rename(badr, chosen, role="card payments")
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=20_000)
    assert page.selected_id() == chosen  # the officer's selection stays
    qtbot.waitUntil(lambda: main.seal_label.text() == f"Seal {badr.seal()[:12]}", timeout=20_000)
    assert "badr" in main.live.label.text()
    # the detail pane shows the record as badr left it, and its history badr's entry
    qtbot.waitUntil(lambda: page.detail.history.entries() == 2, timeout=20_000)
    shown = [label.text().strip("\u2068\u2069") for label in page.detail.fields.findChildren(QLabel)]
    assert "card payments" in shown


def test_after_a_language_switch_the_new_window_listens(qtbot, server_app, settings, badr):
    settings.set("language", "ar")
    server_app.settings_changed()
    main = server_app.main
    assert main.live is not None and main.live.live is not None
    main.show_page("recipients")
    with badr.atomic():
        records.create(badr, RECIPIENT, {"name_en": "Courier", "recipient_type": "service_provider"})
    qtbot.waitUntil(lambda: main.recipients.model.total == 3, timeout=20_000)
    assert "badr" in main.live.label.text()


def test_a_page_not_shown_is_read_again_when_shown(qtbot, server_app, badr):
    main = server_app.main
    main.show_page("recipients")
    main.show_page("activities")
    with badr.atomic():
        records.create(badr, RECIPIENT, {"name_en": "Courier", "recipient_type": "service_provider"})
    qtbot.waitUntil(lambda: "badr" in main.live.label.text(), timeout=20_000)
    assert main.recipients.model.total == 2  # not read while hidden
    main.show_page("recipients")
    assert main.recipients.model.total == 3


def test_the_refresh_keeps_the_scroll(qtbot, server_app, badr):
    main = server_app.main
    main.resize(1024, 700)
    main.show_page("recipients")
    page = main.recipients
    with badr.atomic():
        for number in range(60):
            records.create(badr, RECIPIENT, {"name_en": f"Supplier {number:02}", "recipient_type": "service_provider"})
    qtbot.waitUntil(lambda: page.model.total == 62, timeout=20_000)
    page.select_row(0)  # selected at the top, read half-way down: the refresh keeps both
    chosen = page.selected_id()
    bar = page.view.verticalScrollBar()
    assert bar.maximum() > 10
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    with badr.atomic():
        records.create(badr, RECIPIENT, {"name_en": "One more", "recipient_type": "service_provider"})
    qtbot.waitUntil(lambda: page.model.total == 63, timeout=20_000)
    assert page.selected_id() == chosen
    assert bar.value() == place


# ---------------------------------------------------------------------------------- two officers, one record
def open_editor(app, register: Register, name: str) -> Any:
    main = app.main
    main.show_page("recipients")
    page = main.recipients
    page.select_id(recipient_id(register, name))
    dialog = page.edit()
    assert dialog is not None
    return dialog


def test_a_stale_save_reloads_and_reapplies_the_edit_where_nothing_conflicts(qtbot, server_app, badr, answers):
    dialog = open_editor(server_app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    rename(badr, record, role="hosting")  # badr saves first
    dialog.editor("contract_reference").set_value("DPA-7")
    assert dialog.save() is False  # refused: nothing written over badr's change
    assert records.get(badr, RECIPIENT, record)["contract_reference"] in (None, "")
    notice = dialog.notice.text()
    assert "badr changed this record at" in notice and "Contract / DPA reference" in notice
    assert dialog.values()["role"] == "hosting" and dialog.values()["contract_reference"] == "DPA-7"
    assert answers.asked == []  # no field conflicts: nothing to ask
    assert dialog.save() is True
    saved = records.get(badr, RECIPIENT, record)
    assert (saved["role"], saved["contract_reference"]) == ("hosting", "DPA-7")


def test_an_open_editor_is_told_at_once_when_another_officer_saves_its_record(qtbot, server_app, badr, answers):
    dialog = open_editor(server_app, badr, "Cloud Host")
    rename(badr, recipient_id(badr, "Payments Co"), role="another record")
    qtbot.waitUntil(lambda: "badr" in server_app.main.live.label.text(), timeout=20_000)
    assert not dialog.notice.isVisible()  # another record: nothing to say here
    rename(badr, recipient_id(badr, "Cloud Host"), role="hosting")
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=20_000)
    assert dialog.notice.text().startswith("badr saved a change to this record at")


def test_a_conflicting_field_is_asked_about(qtbot, server_app, badr, answers):
    dialog = open_editor(server_app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    rename(badr, record, role="hosting", notes="badr's note")
    dialog.editor("role").set_value("storage")
    dialog.editor("notes").set_value("amal's note")
    answers.queue = [True, False]  # keep my role, take badr's notes
    assert dialog.save() is False
    assert len(answers.asked) == 2 and "badr also changed “Role”" in answers.asked[0]
    assert dialog.values()["role"] == "storage" and dialog.values()["notes"] == "badr's note"
    assert dialog.save() is True
    saved = records.get(badr, RECIPIENT, record)
    assert (saved["role"], saved["notes"]) == ("storage", "badr's note")


def test_the_stale_message_in_arabic(qtbot, settings, server, badr, answers):
    from compliance_desk.ui.shell.i18n import apply_language

    apply_language("ar")
    controller = start(settings, server["amal"], lang="ar")
    try:
        dialog = open_editor(controller, badr, "Cloud Host")
        rename(badr, recipient_id(badr, "Cloud Host"), role="hosting")
        dialog.editor("contract_reference").set_value("DPA-7")
        assert dialog.save() is False
        assert "badr" in dialog.notice.text() and "غيّر" in dialog.notice.text()
    finally:
        controller.shutdown()


# ---------------------------------------------------------------------------------- a lost connection
def kill_sessions(cluster, user: str) -> None:
    """End every session of `user` and wait until they are gone (pg_terminate_backend only asks)."""
    import time

    with pg.admin(cluster) as conn:
        conn.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE usename = %s", (user,))
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (user,)).fetchone()[0]:
            time.sleep(0.05)


def test_a_lost_connection_keeps_the_edit_and_saving_again_reconnects(qtbot, server_app, badr, pg_cluster):
    dialog = open_editor(server_app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    server_app.main.live.timer.stop()  # the save meets the lost connection first (the timer would reconnect)
    dialog.editor("role").set_value("hosting")
    kill_sessions(pg_cluster, "amal")
    assert dialog.save() is False
    assert "Your edit is kept here" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert dialog.values()["role"] == "hosting" and dialog.isVisible()
    assert records.get(badr, RECIPIENT, record)["role"] in (None, "")  # nothing half-written
    assert dialog.save() is True  # reconnected, saved, audited under amal
    assert records.get(badr, RECIPIENT, record)["role"] == "hosting"
    assert badr.conn.execute("SELECT actor FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0] == "amal"
    assert badr.verify().ok


def test_while_the_server_refuses_the_edit_stays_until_it_answers(qtbot, server_app, badr, pg_cluster):
    dialog = open_editor(server_app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    dialog.editor("role").set_value("hosting")
    with pg.admin(pg_cluster) as conn:
        conn.execute("ALTER ROLE amal NOLOGIN")
    try:
        kill_sessions(pg_cluster, "amal")
        qtbot.waitUntil(lambda: server_app.main.live.lost, timeout=20_000)  # the window notices at its next check
        assert server_app.main.live.label.text() == "Server connection lost — retrying"  # one line in the status bar
        for _attempt in range(2):
            assert dialog.save() is False
            assert "Your edit is kept here" in dialog.message.text()
        assert dialog.values()["role"] == "hosting"
    finally:
        with pg.admin(pg_cluster) as conn:
            conn.execute("ALTER ROLE amal LOGIN")
    assert dialog.save() is True
    assert records.get(badr, RECIPIENT, record)["role"] == "hosting"
    server_app.main.live.check()
    assert server_app.main.live.label.text() == ""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_connect_dialog_fits_the_smallest_window(qtbot, lang):
    from PySide6.QtWidgets import QApplication

    from compliance_desk.ui.shell.connect_dialog import ConnectDialog
    from compliance_desk.ui.shell.i18n import apply_language

    apply_language(lang)
    dialog = ConnectDialog(lang, "postgresql://amal@db.example.org:5433/compliance?sslmode=verify-full"
                                 "&sslrootcert=/etc/ssl/org-ca.pem")
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 700 - 40
    assert dialog.minimumSizeHint().width() <= 1024 and dialog.minimumSizeHint().height() <= 660
    assert dialog.user.text() == "amal" and dialog.port.text() == "5433"  # filled in from the remembered address
    assert dialog.ca_file.text() == "/etc/ssl/org-ca.pem"
    assert dialog.connect_button.geometry().bottom() <= dialog.height()


def test_connect_over_tls_verified_against_the_ca_given_and_refused_with_another(qtbot, settings):
    """A server of its own with TLS on a loopback port, its certificate signed by a test CA."""
    from compliance_desk.storage.pg import server as server_setup

    try:
        cluster = pg.start_cluster(tls_port=pg.free_port())
    except FileNotFoundError as error:
        pytest.skip(str(error))
    try:
        with pg.admin(cluster) as conn:
            conn.execute("CREATE DATABASE compliance")
        server_setup.init(cluster.url("compliance"), pg.SUPERUSER_PASSWORD)
        controller = Controller(settings, "en")
        controller.start()
        assert controller.unlock is not None
        dialog: Any = controller.unlock.connect_server()
        dialog.host.setText("localhost")
        dialog.port.setText(str(cluster.port))
        dialog.database.setText("compliance")
        dialog.user.setText(pg.SUPERUSER)
        dialog.password.setText(pg.SUPERUSER_PASSWORD)
        dialog.ca_file.setText(str(cluster.folder / "other-ca.pem"))
        dialog.connect_button.click()
        assert controller.main is None and "certificate" in dialog.message.text()
        dialog.ca_file.setText(str(cluster.folder / "ca.pem"))
        dialog.connect_button.click()
        main = controller.main
        assert main is not None
        assert main.register.conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]
        remembered = settings.get("recent_registers")[0]
        assert "sslmode=verify-full" in remembered and "ca.pem" in remembered and pg.SUPERUSER_PASSWORD not in remembered
        controller.shutdown()
    finally:
        pg.remove_cluster(cluster)
