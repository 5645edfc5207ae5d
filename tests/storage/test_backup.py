from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from compliance_desk.domain.entities import BY_TABLE
from compliance_desk.storage.backups import restore
from compliance_desk.storage.errors import BackupInvalid, RegisterExists, WrongPassphrase
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE


def _all_rows(path: Path) -> dict[str, list[tuple]]:
    with Register.open(path, PASSPHRASE, read_only=True) as register:
        tables = [*BY_TABLE, "audit", "register_meta", "schema_migrations"]
        return {t: register.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_backup_is_encrypted_and_opens_with_the_same_passphrase(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.cdesk"
    with Register.open(demo_path, PASSPHRASE) as register:
        seal = register.backup(copy)
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert "الواحة".encode() not in copy.read_bytes()
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    with pytest.raises(WrongPassphrase):
        Register.open(copy, "other passphrase", read_only=True)
    with Register.open(copy, PASSPHRASE, read_only=True) as backup:
        assert backup.seal() == seal
        assert backup.verify().ok
    # the backup itself was audited in the source register
    with Register.open(demo_path, PASSPHRASE, read_only=True) as register:
        action, = register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        assert action == "backup"


def test_backup_and_restore_round_trip_row_for_row(demo_path: Path, tmp_path: Path) -> None:
    copy, restored = tmp_path / "copy.cdesk", tmp_path / "restored.cdesk"
    with Register.open(demo_path, PASSPHRASE) as register:
        register.backup(copy)
    original = _all_rows(copy)
    restore(copy, restored, PASSPHRASE)
    after = _all_rows(restored)
    for table, rows in original.items():
        if table == "audit":
            assert after[table][: len(rows)] == rows
            assert after[table][-1][3] == "restore"
        else:
            assert after[table] == rows, table
    with Register.open(restored, PASSPHRASE, read_only=True) as register:
        assert register.verify().ok


def test_restore_refuses_to_overwrite_without_force(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.cdesk"
    with Register.open(demo_path, PASSPHRASE) as register:
        register.backup(copy)
    target = tmp_path / "existing.cdesk"
    target.write_bytes(b"keep me")
    with pytest.raises(RegisterExists):
        restore(copy, target, PASSPHRASE)
    assert target.read_bytes() == b"keep me"
    restore(copy, target, PASSPHRASE, force=True)
    with Register.open(target, PASSPHRASE, read_only=True) as register:
        assert register.verify().ok


def test_restore_validates_the_backup_before_writing_anything(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.cdesk"
    with Register.open(demo_path, PASSPHRASE) as register:
        register.backup(copy)
    with Register.open(copy, PASSPHRASE) as backup:  # tamper with the backup's audit trail
        backup.conn.execute("DROP TRIGGER audit_no_update")
        backup.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 5")
    target = tmp_path / "target.cdesk"
    with pytest.raises(BackupInvalid) as caught:
        restore(copy, target, PASSPHRASE)
    assert "audit entry 5" in caught.value.text("en")
    assert not target.exists()


def test_backup_refuses_an_existing_destination(register: Register, tmp_path: Path) -> None:
    dest = tmp_path / "dest.cdesk"
    dest.write_bytes(b"x")
    with pytest.raises(RegisterExists):
        register.backup(dest)
    assert dest.read_bytes() == b"x"


def test_restore_over_a_crashed_register_ignores_its_stale_wal(demo_path: Path, tmp_path: Path) -> None:
    import shutil

    from compliance_desk.storage import records

    copy = tmp_path / "copy.cdesk"
    with Register.open(demo_path, PASSPHRASE) as register:
        register.backup(copy)
    target = tmp_path / "crashed.cdesk"
    with Register.create(target, PASSPHRASE, {"legal_name_en": "Crashed"}) as crashed:
        for n in range(50):
            records.create(crashed, "activity", {"name_en": f"Lost {n}"})
        wal = Path(str(target) + "-wal")
        shutil.copyfile(wal, tmp_path / "stale-wal")  # what a killed writer leaves behind
    shutil.copyfile(tmp_path / "stale-wal", wal)
    restore(copy, target, PASSPHRASE, force=True)
    with Register.open(target, PASSPHRASE, read_only=True) as register:
        assert register.verify().ok
        assert records.organisation(register)["legal_name_en"].startswith("Al-Waha")
