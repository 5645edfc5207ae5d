"""verify must detect, and name, every kind of tampering an attacker with the key could try."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.storage import records
from compliance_desk.storage.connection import DatabaseError
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled(register: Register) -> Register:
    for n in range(5):
        records.create(register, "activity", {"name_en": f"Activity {n}", "status": "active"})
    records.update(register, "activity", 2, {"status": "retired"})
    return register


def _untrigger(register: Register) -> None:
    """What an attacker holding the passphrase would do first."""
    register.conn.execute("DROP TRIGGER audit_no_update")
    register.conn.execute("DROP TRIGGER audit_no_delete")


def test_clean_register_verifies(filled: Register) -> None:
    verdict = filled.verify()
    assert verdict.ok, verdict.problems
    assert verdict.entries == filled.audit_count() == 8  # create, organisation, 5 inserts, 1 update
    assert verdict.seal == filled.seal()


def test_every_change_is_audited_with_before_and_after(filled: Register) -> None:
    import json

    action, entity, entity_id, changes = filled.conn.execute(
        "SELECT action, entity, entity_id, changes FROM audit WHERE action = 'update'").fetchone()
    assert (action, entity, entity_id) == ("update", "activity", 2)
    assert json.loads(changes)["status"] == ["active", "retired"]
    assert filled.conn.execute("SELECT DISTINCT actor FROM audit").fetchall() == [("tester",)]


def test_database_refuses_update_and_delete_of_audit_entries(filled: Register) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        filled.conn.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
    with pytest.raises(DatabaseError, match="append-only"):
        filled.conn.execute("DELETE FROM audit WHERE seq = 1")


def test_edited_entry_is_named(filled: Register) -> None:
    _untrigger(filled)
    filled.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 4")
    problems = filled.verify().problems
    assert problems[0].kind == "chain"
    assert problems[0].where == "audit entry 4"
    assert "altered" in problems[0].detail


def test_edited_entry_with_recomputed_hash_breaks_the_next_link(filled: Register) -> None:
    from compliance_desk.storage.audit import entry_hash

    _untrigger(filled)
    row = filled.conn.execute("SELECT seq, ts, actor, action, entity, entity_id, changes, row_hash,"
                              " prev_hash FROM audit WHERE seq = 4").fetchone()
    entry = dict(zip(("seq", "ts", "actor", "action", "entity", "entity_id", "changes", "row_hash",
                      "prev_hash"), row, strict=True))
    entry["actor"] = "mallory"
    filled.conn.execute("UPDATE audit SET actor = 'mallory', hash = ? WHERE seq = 4", (entry_hash(entry),))
    problems = filled.verify().problems
    assert problems[0].where == "audit entry 5"
    assert "does not follow entry 4" in problems[0].detail


def test_deleted_entry_is_named(filled: Register) -> None:
    _untrigger(filled)
    filled.conn.execute("DELETE FROM audit WHERE seq = 3")
    problems = filled.verify().problems
    assert problems[0].kind == "chain"
    assert problems[0].where == "audit entry 4"
    assert "3–3 are missing" in problems[0].detail


def test_entry_inserted_out_of_order_is_named(filled: Register) -> None:
    _untrigger(filled)
    # move the last entry out of the way and slip a forged one in before it
    last = filled.audit_count()
    filled.conn.execute(f"UPDATE audit SET seq = {last + 1} WHERE seq = {last}")
    filled.conn.execute(
        "INSERT INTO audit (seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash, hash)"
        " SELECT ?, '2001-01-01T00:00:00.000000Z', 'mallory', 'open', NULL, NULL, '{}', NULL, hash, hash"
        " FROM audit WHERE seq = ?", (last, last - 1))
    problems = filled.verify().problems
    assert problems[0].where == f"audit entry {last}"


def test_backdated_entry_is_named(filled: Register) -> None:
    from compliance_desk.storage import audit

    with filled.atomic():  # a correctly chained entry whose time goes backwards
        import datetime as dt

        from compliance_desk.domain import clock

        clock.fix(dt.datetime(2000, 1, 1))
        try:
            audit.append(filled.conn, actor="mallory", action="open")
        finally:
            clock.fix(None)
    problems = filled.verify().problems
    assert problems[0].where == f"audit entry {filled.audit_count()}"
    assert "dated before" in problems[0].detail


def test_row_edited_outside_the_app_is_named(filled: Register) -> None:
    filled.conn.execute("UPDATE activities SET name_en = 'Quietly renamed' WHERE id = 3")
    problems = filled.verify().problems
    assert [(p.kind, p.where) for p in problems] == [("row_changed", "activity PA-0003")]


def test_row_added_outside_the_app_is_named(filled: Register) -> None:
    filled.conn.execute("INSERT INTO activities (reference, name_en, created_at, updated_at)"
                        " VALUES ('PA-0099', 'Ghost', 'x', 'x')")
    problems = filled.verify().problems
    assert [(p.kind, p.where) for p in problems] == [("row_added", "activity PA-0099")]


def test_row_deleted_outside_the_app_is_named(filled: Register) -> None:
    filled.conn.execute("DELETE FROM activities WHERE id = 4")
    problems = filled.verify().problems
    assert [(p.kind, p.where) for p in problems] == [("row_deleted", "activity 4")]


def test_delete_through_the_app_verifies(filled: Register) -> None:
    records.delete(filled, "activity", 5)
    assert filled.verify().ok


def test_attachment_content_swapped_outside_the_app_is_named(register: Register, tmp_path: Path) -> None:
    from compliance_desk.storage import attachments

    disclosure = records.create(register, "disclosure", {
        "received_date": "2026-01-05", "requester_type": "court", "requester_name": "Court",
        "request_type": "court_order"})
    from tests.storage.pdf_samples import pdf

    attachment = attachments.add(register, "disclosure", disclosure, "order.pdf", pdf())
    register.conn.execute("UPDATE attachments SET content = ? WHERE id = ?", (pdf(b"/Lang (en) "), attachment))
    problems = register.verify().problems
    assert [(p.kind, p.where) for p in problems] == [("row_changed", f"attachment {attachment}")]


def test_seal_changes_with_every_write(filled: Register, register_path: Path) -> None:
    before = filled.seal()
    records.update(filled, "activity", 1, {"notes": "reviewed"})
    assert filled.seal() != before
    filled.close()
    with Register.open(register_path, PASSPHRASE, read_only=True) as reader:
        assert reader.verify().seal == reader.seal()


def test_the_fast_stored_hash_agrees_with_entry_hash(filled: Register) -> None:
    from compliance_desk.storage.audit import _stored_entry_hash, entry_hash

    rows = filled.conn.execute("SELECT seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash, hash"
                               " FROM audit ORDER BY seq").fetchall()
    for r in rows:
        entry = dict(zip(("seq", "ts", "actor", "action", "entity", "entity_id", "changes", "row_hash",
                          "prev_hash"), r[:9], strict=True))
        assert _stored_entry_hash(r) == entry_hash(entry) == r[9]
