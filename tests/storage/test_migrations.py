from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compliance_desk.storage.errors import MigrationFailed, RegisterTooNew
from compliance_desk.storage.migrations import LATEST, MIGRATIONS, load
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE


def test_migrations_are_numbered_in_order_without_duplicates(tmp_path: Path) -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == sorted(set(versions)) and versions[0] == 1 and LATEST == versions[-1] >= 10
    shutil.copytree(Path(__file__).parents[2] / "compliance_desk/storage/migrations", tmp_path / "m")
    (tmp_path / "m" / "0002_again.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError):
        load(tmp_path / "m")


def test_older_register_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    with Register.create(path, PASSPHRASE, {"legal_name_en": "Old Co"}, migrations=MIGRATIONS[:1]) as old:
        assert old.schema_version == 1
        old.conn.execute("BEGIN")
        old.conn.execute("ROLLBACK")
    with Register.open(path, PASSPHRASE) as register:
        assert register.schema_version == LATEST
        versions = [v for (v,) in register.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [m.version for m in MIGRATIONS]
        migrate = register.conn.execute("SELECT changes FROM audit WHERE action = 'migrate'"
                                        " AND entity IS NULL").fetchall()
        assert len(migrate) == len(MIGRATIONS) - 1
        assert register.verify().ok
    backups = list(tmp_path.glob("old.v1-*.backup.cdesk"))
    assert len(backups) == 1
    with Register.open(backups[0], PASSPHRASE, read_only=True) as backup:
        assert backup.schema_version == 1  # the backup is the register as it was


def test_register_newer_than_the_app_is_refused(register: Register, register_path: Path) -> None:
    register.conn.execute("PRAGMA user_version = 99")
    register.close()
    with pytest.raises(RegisterTooNew) as caught:
        Register.open(register_path, PASSPHRASE)
    assert "99" in caught.value.text("en")


def test_a_failing_migration_leaves_the_register_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    for m in MIGRATIONS:
        (folder / f"{m.version:04d}_{m.name}.sql").write_text(m.sql)
    (folder / f"{LATEST + 1:04d}_broken.sql").write_text(
        "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);\n")
    broken = load(folder)
    path = tmp_path / "r.cdesk"
    Register.create(path, PASSPHRASE, {"legal_name_en": "Co"}).close()
    with pytest.raises(MigrationFailed):
        Register.open(path, PASSPHRASE, migrations=broken)
    with Register.open(path, PASSPHRASE) as register:
        assert register.schema_version == LATEST
        tables = {n for (n,) in register.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert register.verify().ok


def test_misnamed_migration_file_is_refused(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parents[2] / "compliance_desk/storage/migrations", tmp_path / "m")
    (tmp_path / "m" / "0009-bad name.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError):
        load(tmp_path / "m")


def test_migration_builds_the_search_index_for_existing_rows(tmp_path: Path) -> None:
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import records
    from compliance_desk.storage.search import search_ids

    path = tmp_path / "old.cdesk"
    with Register.create(path, PASSPHRASE, {"legal_name_en": "Old Co"}, migrations=MIGRATIONS[:1]) as old:
        records.create(old, "customer", {"client_ref": "C-1", "full_name_ar": "أحمد علي"})
    with Register.open(path, PASSPHRASE) as register:
        assert search_ids(register, CUSTOMER, "احمد") == [1]
