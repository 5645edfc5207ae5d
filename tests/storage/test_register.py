from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from compliance_desk.domain.entities import ACTIVITY, BY_TABLE, CUSTOMER
from compliance_desk.storage import records
from compliance_desk.storage.errors import (
    DamagedRegister,
    NotARegister,
    ReadOnlyRegister,
    RegisterExists,
    RegisterMissing,
    WrongPassphrase,
)
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE


def test_create_then_reopen_keeps_records(register: Register, register_path: Path) -> None:
    activity = records.create(register, "activity", {"name_en": "Payments", "legal_bases": "contract"})
    register.close()
    with Register.open(register_path, PASSPHRASE) as again:
        row = records.get(again, "activity", activity)
        assert row["reference"] == "PA-0001"
        assert row["legal_bases"] == ["contract"]
        assert records.organisation(again)["legal_name_ar"] == "متجر أكمي"


def test_create_refuses_an_existing_file(register_path: Path) -> None:
    register_path.write_bytes(b"something precious")
    with pytest.raises(RegisterExists):
        Register.create(register_path, PASSPHRASE)
    assert register_path.read_bytes() == b"something precious"


def test_new_register_is_owner_only(register: Register, register_path: Path) -> None:
    mode = stat.S_IMODE(os.stat(register_path).st_mode)
    assert mode == 0o600


def test_wrong_passphrase_is_told_at_open(register: Register, register_path: Path) -> None:
    register.close()
    with pytest.raises(WrongPassphrase):
        Register.open(register_path, "not the passphrase")
    # and the lock was given back: the right passphrase still opens it
    Register.open(register_path, PASSPHRASE).close()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RegisterMissing):
        Register.open(tmp_path / "nope.cdesk", PASSPHRASE)


def test_file_holds_no_plaintext(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for needle in ("Al-Waha", "الواحة", "Riyadh General Court", "Gulf Pay Gateway", "CUS-00001",
                   "PA-0001", "audit", "CREATE TABLE"):
        assert needle.encode() not in data, needle


def test_plain_sqlite_file_is_not_a_register(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.cdesk"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotARegister) as caught:
        Register.open(plain, PASSPHRASE)
    assert "unencrypted" in caught.value.text("en")


def test_empty_file_is_not_a_register(tmp_path: Path) -> None:
    empty = tmp_path / "empty.cdesk"
    empty.write_bytes(b"")
    with pytest.raises(NotARegister):
        Register.open(empty, PASSPHRASE)


def test_damaged_table_page_is_named_and_not_taken_for_a_wrong_passphrase(demo_path: Path) -> None:
    with Register.open(demo_path, PASSPHRASE, read_only=True) as register:
        page = register.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'customers'").fetchone()[0]
    data = bytearray(demo_path.read_bytes())
    data[4096 * (page - 1) + 300] ^= 0xFF
    demo_path.write_bytes(bytes(data))
    with Register.open(demo_path, PASSPHRASE, read_only=True) as register:  # the key is confirmed
        verdict = register.verify()
    assert not verdict.ok
    assert verdict.problems[0].kind == "integrity"
    assert f"[{page}]" in str(verdict.problems[0])


def test_damage_found_by_verify_names_the_page(demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    last_page = len(data) // 4096
    data[4096 * (last_page - 1) + 100] ^= 0xFF
    demo_path.write_bytes(bytes(data))
    with Register.open(demo_path, PASSPHRASE, read_only=True) as register:
        verdict = register.verify()
    assert not verdict.ok
    assert str(last_page) in str(verdict.problems[0])


def test_truncated_file_is_damaged_not_a_wrong_passphrase(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) - 1000])
    with pytest.raises(DamagedRegister) as caught:
        Register.open(demo_path, PASSPHRASE)
    assert "truncated" in caught.value.text("en")


def test_rekey(register: Register, register_path: Path) -> None:
    records.create(register, "customer", {"client_ref": "C1", "full_name_en": "Sara Ali"})
    register.rekey("a brand new passphrase")
    register.close()
    with pytest.raises(WrongPassphrase):
        Register.open(register_path, PASSPHRASE)
    with Register.open(register_path, "a brand new passphrase") as again:
        assert again.count(CUSTOMER) == 1
        assert again.verify().ok
        actions = [a for (a,) in again.conn.execute("SELECT action FROM audit")]
        assert "rekey" in actions


def test_read_only_open_refuses_writes(register: Register, register_path: Path) -> None:
    register.close()
    with Register.open(register_path, PASSPHRASE, read_only=True) as reader:
        with pytest.raises(ReadOnlyRegister):
            records.create(reader, "activity", {"name_en": "x"})


def test_atomic_rolls_back_the_row_and_its_audit_entry(register: Register) -> None:
    before = register.audit_count()
    with pytest.raises(RuntimeError):
        with register.atomic():
            records.create(register, "activity", {"name_en": "Doomed"})
            raise RuntimeError("crash in the middle of a user action")
    assert register.count(ACTIVITY) == 0
    assert register.audit_count() == before


def test_temp_store_is_memory_and_foreign_keys_on(register: Register) -> None:
    assert register.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert register.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert register.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_schema_matches_the_domain_entities(register: Register) -> None:
    for table, entity in BY_TABLE.items():
        columns = [r[1] for r in register.conn.execute(f"PRAGMA table_info({table})")]
        expected = {"id", "created_at", "updated_at", *entity.names}
        if entity.prefix:
            expected.add("reference")
        if table == "attachments":
            expected.add("content")
        assert set(columns) == expected, table


def test_bulk_insert_matches_one_by_one_and_verifies(register: Register) -> None:
    from compliance_desk.domain.validation import clean

    rows = [{"reference": f"CUS-{n:05d}", **clean(CUSTOMER, {"client_ref": f"B{n}", "full_name_ar": f"عميل {n}"})}
            for n in range(1, 51)]
    ids = []
    with register.atomic():
        ids = register.bulk_insert(CUSTOMER, rows)
    assert ids == list(range(1, 51)) and register.count(CUSTOMER) == 50
    verdict = register.verify()
    assert verdict.ok, verdict.problems
    from compliance_desk.storage.search import search_ids

    assert search_ids(register, CUSTOMER, "عميل 7") == [7]
    with pytest.raises(ValueError):
        with register.atomic():
            register.bulk_insert(CUSTOMER, [{"client_ref": "X"}])
