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
from tests.ui.test_server_app import PASSWORD, login, open_editor, recipient_id, start


@pytest.fixture
def server(pg_cluster, pg_url) -> dict[str, str]:
    """Officers amal and badr, auditor rana, two recipients (as tests/ui/test_server_app.py's)."""
    register = pg.officer_register(pg_cluster, pg_url, "amal")
    with register.atomic():
        for name in ("Cloud Host", "Payments Co"):
            records.create(register, RECIPIENT, {"name_en": name, "recipient_type": "service_provider"})
    register.close()
    pg.add_user(pg_cluster, pg_url, "badr", "officer")
    pg.add_user(pg_cluster, pg_url, "rana", "auditor")
    return {name: login(pg_url, name) for name in ("amal", "badr", "rana")}


@pytest.fixture
def badr(server):
    register = Register.open(server["badr"], PASSWORD)
    yield register
    register.close()


@pytest.fixture
def app(qtbot, settings, server):
    controller = start(settings, server["amal"])
    assert controller.main is not None
    controller.main.live.timer.stop()  # each test drives the checks itself
    yield controller
    controller.shutdown()


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
