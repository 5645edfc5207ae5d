"""The PostgreSQL schema: numbered .sql files written for PostgreSQL, applied through the same
`schema_migrations` bookkeeping as the SQLCipher file's (storage/migrate_pg.py).

The numbers follow the SQLCipher migrations': 0010 creates the schema of SQLCipher migrations
0001–0010 as it stands; a later change numbered N adds `migrations/N_….sql` and, written for
PostgreSQL, `migrations_pg/N_….sql`. A test holds the two schemas' tables and columns together.
"""

from __future__ import annotations

from importlib import resources

from compliance_desk.storage.migrations import Migration, parse

MIGRATIONS_PG: list[Migration] = parse(
    [(f.name, f.read_text(encoding="utf-8")) for f in resources.files(__package__).iterdir()
     if f.name.endswith(".sql")], first=None)
LATEST_PG = MIGRATIONS_PG[-1].version

__all__ = ["LATEST_PG", "MIGRATIONS_PG"]
