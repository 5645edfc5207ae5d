"""While the server is out of reach, the register pages' write actions are off and say why; the
status bar's line stands out; all comes back when the server answers again."""

from __future__ import annotations

from compliance_desk.ui.widgets.register_page import RegisterPage
from tests import pg
from tests.ui.test_server_app import kill_sessions, recipient_id

OUT = "The server is out of reach: changes wait until it answers again"


def test_write_actions_wait_for_the_server(qtbot, server_app, badr, pg_cluster):
    main = server_app.main
    main.show_page("disclosures")  # a staged page, built before the outage
    main.show_page("recipients")
    page = main.recipients
    page.select_id(recipient_id(badr, "Cloud Host"))
    writes = [page.new_action, page.edit_action, page.retire_action, page.delete_action,
              main.disclosures.new_action, main.disclosures.import_action]
    assert all(action.isEnabled() for action in writes)
    assert page.new_action.toolTip() != OUT
    with pg.admin(pg_cluster) as conn:
        conn.execute("ALTER ROLE amal NOLOGIN")
    try:
        kill_sessions(pg_cluster, "amal")
        qtbot.waitUntil(lambda: main.live.lost, timeout=20_000)
        label = main.live.label
        assert label.text() == "Server connection lost — retrying"
        assert "font-weight: bold" in label.styleSheet() and "background" in label.styleSheet()
        assert not label.wordWrap()
        for built in main.register_pages():
            assert isinstance(built, RegisterPage)
            for action in built.write_actions():
                assert not action.isEnabled(), (built.entity.name, action.text())
                assert action.toolTip() == OUT
        page.select_id(recipient_id(badr, "Payments Co"))  # a new selection does not turn them back on
        assert not page.edit_action.isEnabled() and not page.new_action.isEnabled()
        main._page_action("new_action")  # the shortcut from the navigation does nothing either
        assert page.dialog is None
    finally:
        with pg.admin(pg_cluster) as conn:
            conn.execute("ALTER ROLE amal LOGIN")
    main.live.check()
    assert not main.live.lost and main.live.label.text() == ""
    page.select_id(recipient_id(badr, "Cloud Host"))
    assert all(action.isEnabled() for action in writes)
    assert page.new_action.toolTip() != OUT
    assert main.disclosures.new_action.isEnabled()
