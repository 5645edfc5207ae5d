"""A save written once however often it is retried (storage/save_tokens.py): a save cut off at COMMIT
on a server may have happened; its retry under the same token finds it and writes nothing again."""

from __future__ import annotations

import uuid

import pytest

from compliance_desk.domain.entities import RECIPIENT
from compliance_desk.storage import records
from compliance_desk.storage.activities import save_recipient
from compliance_desk.storage.errors import StaleRecord
from compliance_desk.storage.pg.errors import ConnectionLost
from compliance_desk.storage.register import Register
from compliance_desk.storage.save_tokens import AlreadySaved, saved_record
from tests import pg


def entries(register: Register, action: str) -> int:
    return int(register.conn.execute("SELECT count(*) FROM audit WHERE entity = 'recipient' AND action = ?",
                                     (action,)).fetchone()[0])


def names(register: Register) -> list[str]:
    return [r[0] for r in register.conn.execute("SELECT name_en FROM recipients ORDER BY id")]


def test_a_save_carrying_a_token_already_committed_is_not_written_again(any_register: Register) -> None:
    register = any_register
    token = uuid.uuid4().hex
    with register.saving(token):
        created = save_recipient(register, None, {"name_en": "Courier", "recipient_type": "service_provider"})
    with pytest.raises(AlreadySaved) as again, register.saving(token):
        save_recipient(register, None, {"name_en": "Courier", "recipient_type": "service_provider"})
    assert saved_record(register.conn, "recipient", again.value) == created
    assert again.value.actor == "tester"
    assert names(register) == ["Courier"] and entries(register, "insert") == 1
    # an edit: the retry of a committed save is found before its version is checked (its own change
    # would otherwise make it stale)
    opened = records.version(register, RECIPIENT, created)
    edit = uuid.uuid4().hex
    with register.saving(edit), register.expecting(RECIPIENT, created, opened):
        save_recipient(register, created, {"role": "courier"})
    with pytest.raises(AlreadySaved), register.saving(edit), register.expecting(RECIPIENT, created, opened):
        save_recipient(register, created, {"role": "courier"})
    with pytest.raises(StaleRecord), register.expecting(RECIPIENT, created, opened):  # without it: stale
        save_recipient(register, created, {"role": "courier"})
    assert entries(register, "update") == 1
    assert register.verify().ok


def test_a_save_that_rolled_back_leaves_its_token_free(any_register: Register) -> None:
    register = any_register
    token = uuid.uuid4().hex
    with pytest.raises(RuntimeError), register.saving(token), register.atomic():
        records.create(register, RECIPIENT, {"name_en": "Courier", "recipient_type": "service_provider"})
        raise RuntimeError("the transaction rolls back")
    with register.saving(token):
        save_recipient(register, None, {"name_en": "Courier", "recipient_type": "service_provider"})
    assert names(register) == ["Courier"]


def cut_at_commit(monkeypatch, cluster, register: Register, *, committed: bool) -> None:
    """The next COMMIT of `register` meets a connection cut by the server: after the commit happened
    (its answer lost) or before it (the server rolls the transaction back)."""
    conn = register.conn
    real = conn.execute

    def execute(sql, params=None):
        if isinstance(sql, str) and sql.rstrip().endswith("COMMIT"):  # alone, or after the head's notice
            if committed:
                real(sql)
            with pg.admin(cluster) as admin:  # as a restart or a network cut would end it
                admin.execute("SELECT pg_terminate_backend(%s, 10000)", (conn.raw.info.backend_pid,))
            return real("SELECT 1")  # the next word on the connection finds it gone
        return real(sql, params)

    monkeypatch.setattr(conn, "execute", execute)


@pytest.mark.parametrize("committed", [True, False], ids=["committed", "rolled_back"])
def test_a_new_record_cut_off_at_commit_and_retried_exists_once(monkeypatch, pg_cluster, pg_url, committed) -> None:
    register = pg.officer_register(pg_cluster, pg_url, "layla")
    try:
        token = uuid.uuid4().hex
        values = {"name_en": "Courier", "recipient_type": "service_provider"}
        cut_at_commit(monkeypatch, pg_cluster, register, committed=committed)
        with pytest.raises(ConnectionLost) as lost, register.saving(token):
            save_recipient(register, None, values)
        assert lost.value.at_commit  # the app cannot know whether it landed
        assert register.connection_lost
        register.reconnect()
        assert names(register) == (["Courier"] if committed else [])
        if committed:
            with pytest.raises(AlreadySaved) as found, register.saving(token):
                save_recipient(register, None, values)
            assert saved_record(register.conn, "recipient", found.value) == \
                register.conn.execute("SELECT id FROM recipients").fetchone()[0]
        else:
            with register.saving(token):
                save_recipient(register, None, values)
        assert names(register) == ["Courier"] and entries(register, "insert") == 1
        assert register.verify().ok
    finally:
        register.close()
