"""The desktop app on a server when things go wrong (a throwaway cluster, tests/pg.py): a save cut off
at COMMIT and retried, the server stopped and restarted under an open window, a schema newer than the
app, and a login that lost its right to write."""

from __future__ import annotations

from typing import Any

import pytest

from compliance_desk.domain.entities import RECIPIENT
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from tests import pg
from tests.storage.test_save_tokens import cut_at_commit
from tests.ui.helpers import connect_dialog, fill_connect, seed_server, start
from tests.ui.test_server_app import PASSWORD, kill_sessions, open_editor, recipient_id


@pytest.fixture
def app(server_app):
    """The app on the server as officer amal (tests/ui/conftest.py), its live checks driven by each test."""
    server_app.main.live.timer.stop()
    return server_app


def entries(register: Register, action: str, record: int | None = None) -> int:
    sql = "SELECT count(*) FROM audit WHERE entity = 'recipient' AND action = ?"
    params: tuple[Any, ...] = (action,)
    if record is not None:
        sql, params = sql + " AND entity_id = ?", (action, record)
    return int(register.conn.execute(sql, params).fetchone()[0])


# ---------------------------------------------------------------------------------- a save cut off at COMMIT
def test_a_new_record_whose_save_lost_its_answer_is_created_once_when_saved_again(
        qtbot, app, badr, pg_cluster, monkeypatch):
    main = app.main
    main.show_page("recipients")
    dialog: Any = main.recipients.new()
    dialog.editor("name_en").set_value("Courier")
    dialog.editor("recipient_type").set_value("service_provider")
    cut_at_commit(monkeypatch, pg_cluster, main.register, committed=True)
    assert dialog.save() is False
    assert "may or may not have reached it" in dialog.message.text()
    assert dialog.isVisible() and dialog.values()["name_en"] == "Courier"
    assert dialog.save() is True  # reconnected; the retry finds the save that landed
    couriers = badr.conn.execute("SELECT id FROM recipients WHERE name_en = 'Courier'").fetchall()
    assert len(couriers) == 1 and entries(badr, "insert") == 3  # two from the fixture, one Courier
    assert "it was not saved twice" in main.statusBar().currentMessage()
    assert badr.verify().ok


def test_an_edit_whose_save_lost_its_answer_is_not_refused_as_stale_and_later_edits_are_saved(
        qtbot, app, badr, pg_cluster, monkeypatch, answers):
    dialog = open_editor(app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    dialog.editor("role").set_value("hosting")
    cut_at_commit(monkeypatch, pg_cluster, app.main.register, committed=True)
    assert dialog.save() is False
    assert records.get(badr, RECIPIENT, record)["role"] == "hosting"  # it had landed
    dialog.editor("notes").set_value("added after the cut")  # the officer goes on editing, then saves
    assert dialog.save() is True
    assert answers.asked == []  # not taken for another officer's change: nothing to reconcile
    saved = records.get(badr, RECIPIENT, record)
    assert (saved["role"], saved["notes"]) == ("hosting", "added after the cut")
    assert entries(badr, "update", record) == 2  # the landed save and the later edit, each once
    assert badr.verify().ok


def test_a_save_cut_off_before_commit_is_written_by_the_retry(qtbot, app, badr, pg_cluster, monkeypatch):
    dialog = open_editor(app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    dialog.editor("role").set_value("hosting")
    cut_at_commit(monkeypatch, pg_cluster, app.main.register, committed=False)
    assert dialog.save() is False
    assert records.get(badr, RECIPIENT, record)["role"] in (None, "")  # nothing half-written
    assert dialog.save() is True
    assert records.get(badr, RECIPIENT, record)["role"] == "hosting"
    assert entries(badr, "update", record) == 1
    assert "not saved twice" not in app.main.statusBar().currentMessage()


# ---------------------------------------------------------------------------------- the server stopped and restarted
@pytest.fixture
def own_server(durable_server):
    """A server of its own (this one is stopped and started; tests/conftest.py): the cluster, and officer
    amal's URL with two recipients."""
    cluster, url = durable_server
    return cluster, seed_server(cluster, url)


def message_boxes() -> list[Any]:
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_server_stopped_under_the_open_window_and_restarted(qtbot, settings, own_server, monkeypatch):
    """Every page keeps what it shows and says nothing of its own; one line in the status bar; the
    save in flight when the server died is not there after the restart, everything committed is."""
    cluster, url = own_server
    controller = start(settings, url)
    main = controller.main
    assert main is not None and main.live is not None
    try:
        main.live.timer.stop()  # the test drives the checks
        main.show_page("recipients")
        page = main.recipients
        created: Any = page.new()  # committed before the server dies: kept
        created.editor("name_en").set_value("Courier")
        created.editor("recipient_type").set_value("service_provider")
        assert created.save() is True
        page.select_id(1)
        seal = main.seal_label.text()
        assert page.model.total == 3 and seal.startswith("Seal ")
        dialog: Any = page.edit()
        dialog.editor("role").set_value("hosting")
        register = main.register
        real = register.conn.execute

        def die_at_commit(sql, params=None):
            if isinstance(sql, str) and sql.rstrip().endswith("COMMIT"):  # alone, or after the head's notice
                cluster.stop()  # `pg_ctl stop -m immediate`: the server dies with the transaction open
            return real(sql, params)

        monkeypatch.setattr(register.conn, "execute", die_at_commit)
        assert dialog.save() is False
        assert "Your edit is kept here" in dialog.message.text() or "may or may not" in dialog.message.text()
        assert dialog.isVisible() and dialog.values()["role"] == "hosting"
        main.live.check()
        assert main.live.lost and main.live.label.text() == "Server connection lost — retrying"
        # the readers: every page shown (built now or before), the queue, the seal, the clocks, a search
        for key in main.pages:
            main.show_page(key)
        main.show_page("kyc")  # not read before: says it waits for the server
        assert main.stack.currentWidget().objectName() == "waiting_for_server"
        assert main.stack.currentWidget().text() == (
            "This page will be shown when the server answers again; the app retries every second.")
        main.show_page("recipients")
        assert main.stack.currentWidget() is page and page.model.total == 3  # kept what it showed
        page.select_id(2)
        main.search.setText("cloud")
        main._apply_search()
        main._refresh_queue()
        main.breach_clock.refresh()
        main._update_status()
        main.live.check()
        qtbot.wait(50)
        assert message_boxes() == []  # no box per page: the status bar's line says it
        assert main.live.label.text() == "Server connection lost — retrying"
        assert main.seal_label.text() == seal  # kept as it was
        main.show_page("kyc")
        cluster.start()  # crash recovery replays the log
        main.live.check()  # reconnects, reads everything again
        assert not main.live.lost and main.live.label.text() == ""
        assert main.stack.currentWidget() is main.built("kyc")  # read now
        main.show_page("recipients")
        main.search.setText("")
        main._apply_search()
        assert page.model.total == 3 and main.seal_label.text() == seal  # all committed, nothing more
        assert records.get(register, RECIPIENT, 1)["role"] in (None, "")  # the save in flight did not happen
        assert dialog.save() is True  # saved again: written now, once
        assert records.get(register, RECIPIENT, 1)["role"] == "hosting"
        assert register.verify().ok
        assert message_boxes() == []
    finally:
        controller.shutdown()


def test_an_out_of_reach_error_no_view_caught_is_the_windows_line_not_a_message_box(qtbot, app, monkeypatch):
    """The crash handler's share: whatever read the server and was not wrapped says it in the status bar."""
    import sys

    from compliance_desk.storage.pg.errors import ConnectionLost
    from compliance_desk.ui.shell.errors import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_crash_handler(lambda: app.main, lambda: "en")
    for _view in range(5):
        sys.excepthook(ConnectionLost, ConnectionLost("server closed the connection"), None)
    assert message_boxes() == []
    assert app.main.live.label.text() == "Server connection lost — retrying"


# ---------------------------------------------------------------------------------- a schema newer than the app
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_server_register_newer_than_the_app_is_refused_in_the_connect_dialog(qtbot, settings, server, pg_cluster,
                                                                                pg_url, lang):
    from compliance_desk.ui.shell.connect_dialog import parts_of
    from compliance_desk.ui.shell.i18n import apply_language

    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
        owner.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')")
        entries_before = owner.execute("SELECT count(*) FROM audit").fetchone()[0]
    apply_language(lang)
    controller, dialog = connect_dialog(settings, lang)
    try:
        parts = parts_of(server["amal"])
        fill_connect(dialog, server["amal"], "amal", PASSWORD)
        dialog.connect_button.click()
        assert controller.main is None and dialog.isVisible()
        text = dialog.message.text()
        assert "\n" not in text and "9999" not in text and "schema" not in text and "postgresql://" not in text
        assert ("was made by a newer version of Compliance Desk; update this app to open it" if lang == "en"
                else "بإصدار أحدث من مكتب الامتثال؛ حدّث هذا التطبيق لفتحه") in text
        assert parts["database"] in text  # the server as typed (the address in the tooltip)
        dialog.reject()
        unlock = controller.unlock  # and from the unlock window, the server remembered among the recent
        unlock.select_path(server["amal"])
        unlock.passphrase.setText(PASSWORD)
        unlock.unlock()
        assert controller.main is None
        again = unlock.message.text()
        assert "9999" not in again and "postgresql://" not in again and parts["database"] in again
    finally:
        controller.shutdown()
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:  # refused before anything was written
        assert owner.execute("SELECT count(*) FROM audit").fetchone()[0] == entries_before


# ---------------------------------------------------------------------------------- a login that may no longer write
def test_an_officer_made_auditor_while_the_app_is_open_is_refused_by_the_server_and_told_why(
        qtbot, app, badr, pg_cluster, pg_url):
    dialog = open_editor(app, badr, "Cloud Host")
    record = recipient_id(badr, "Cloud Host")
    dialog.editor("role").set_value("hosting")
    seal = badr.seal()
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:  # an administrator changes amal's role meanwhile
        owner.execute("REVOKE officer FROM amal")
        owner.execute("GRANT auditor TO amal")
    assert dialog.save() is False  # the database refuses; the app explains in one line
    text = dialog.message.text()
    assert "The server refused the change: amal may read this register but not change it" in text
    assert "Traceback" not in text and message_boxes() == []
    assert dialog.isVisible() and dialog.values()["role"] == "hosting"  # the edit is kept
    assert records.get(badr, RECIPIENT, record)["role"] in (None, "") and badr.seal() == seal  # nothing written


def test_listening_again_while_the_server_is_still_away_is_retried_until_it_answers(qtbot, app, badr, pg_cluster,
                                                                                   pg_url):
    """A dialog's save reconnected; the server then goes before the window listens on the new connection."""
    main = app.main
    dialog = open_editor(app, badr, "Cloud Host")
    kill_sessions(pg_cluster, "amal")
    dialog.editor("role").set_value("hosting")
    assert dialog.save() is False and dialog.save() is True  # the second save reconnected (the window not yet)
    with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
        owner.execute("ALTER ROLE amal NOLOGIN")
    try:
        kill_sessions(pg_cluster, "amal")
        for _check in range(3):
            main.live.check()  # listening on the new connection fails: said, and tried again
            assert main.live.lost
    finally:
        with pg.admin(pg_cluster, pg.database(pg_url)) as owner:
            owner.execute("ALTER ROLE amal LOGIN")
    main.live.check()
    assert not main.live.lost and main.live.live is not None
    main.show_page("recipients")
    with badr.atomic():
        records.create(badr, RECIPIENT, {"name_en": "Courier", "recipient_type": "service_provider"})
    qtbot.waitUntil(lambda: main.live.check() != [], timeout=20_000)  # listening again: badr's save arrives
    assert main.recipients.model.total == 3
