from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compliance_desk.storage.errors import MigrationFailed, RegisterTooNew
from compliance_desk.storage.migrations import LATEST, MIGRATIONS, Migration, load
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE


def test_migrations_are_numbered_once_each_from_one() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions[0] == 1 and versions == sorted(set(versions)) and LATEST == versions[-1]
    assert LATEST >= 2


def test_two_migrations_with_one_number_are_refused(tmp_path: Path) -> None:
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


def _customers(path: Path, count: int = 6) -> None:
    from compliance_desk.storage import records

    with Register.create(path, PASSPHRASE, {"legal_name_en": "Co"}) as register:
        for n in range(count):
            records.create(register, "customer", {"client_ref": f"C-{n}", "full_name_en": f"Customer {n}"})
        records.update(register, "customer", 2, {"full_name_en": "Customer two, renamed"})


def _with(sql: str) -> list[Migration]:
    """The shipped migrations and a test-only one after them."""
    return [*MIGRATIONS, Migration(LATEST + 1, "test_column", sql)]


def test_a_migration_that_adds_a_column_leaves_every_row_verified(tmp_path: Path) -> None:
    """The row hash covered every column, so the first schema change flagged every row as edited
    outside the app."""
    path = tmp_path / "r.cdesk"
    _customers(path)
    migrations = _with("ALTER TABLE customers ADD COLUMN nickname TEXT;")
    with Register.open(path, PASSPHRASE, migrations=migrations) as register:
        assert register.schema_version == LATEST + 1
        verdict = register.verify()
        assert verdict.ok, verdict.problems
        (changes,) = register.conn.execute(
            "SELECT changes FROM audit WHERE action = 'migrate' ORDER BY seq DESC LIMIT 1").fetchone()
        assert '"columns_added":{"customers":["nickname"]}' in changes
        # a row changed in the app after the migration is hashed with the new column
        from compliance_desk.storage import records

        records.update(register, "customer", 3, {"full_name_en": "Three"})
    with Register.open(path, PASSPHRASE, read_only=True, migrations=migrations) as register:
        assert register.verify().ok


def test_a_new_column_filled_outside_the_app_is_still_caught(tmp_path: Path) -> None:
    from compliance_desk.domain.entities import CUSTOMER

    path = tmp_path / "r.cdesk"
    _customers(path)
    migrations = _with("ALTER TABLE customers ADD COLUMN nickname TEXT;")
    with Register.open(path, PASSPHRASE, migrations=migrations) as register:
        with register.atomic():
            register.update(CUSTOMER, 4, {"nickname": "set in the app"})
        register.conn.execute("UPDATE customers SET nickname = 'set behind its back' WHERE id = 5")
        problems = register.verify().problems
    assert [(p.kind, p.where) for p in problems] == [("row_changed", "customer CUS-00005")]


def test_a_migration_that_gives_old_rows_a_value_records_it_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "r.cdesk"
    _customers(path)
    with Register.open(path, PASSPHRASE) as register:  # edited outside the app before the upgrade
        register.conn.execute("UPDATE customers SET full_name_en = 'Mallory' WHERE id = 6")
    migrations = _with("ALTER TABLE customers ADD COLUMN tier TEXT NOT NULL DEFAULT 'standard';")
    with Register.open(path, PASSPHRASE, migrations=migrations) as register:
        problems = register.verify().problems
        rows = register.conn.execute(
            "SELECT entity_id, changes FROM audit WHERE action = 'migrate' AND entity = 'customer' ORDER BY entity_id"
        ).fetchall()
    # the upgrade's own change to each row is in the chain; what was edited outside stays flagged
    assert rows == [(n, '{"tier":[null,"standard"]}') for n in range(1, 6)]
    assert [(p.kind, p.where) for p in problems] == [("row_changed", "customer CUS-00006")]
