"""Applying the PostgreSQL migrations (storage/migrations_pg/) to a register on a server.

The same bookkeeping as the file's (storage/migrate.py): every migration missing from
`schema_migrations` is applied in number order, each in one transaction (under the writers' lock)
with its row in `schema_migrations` and, on a register that already has an audit chain, a
"migrate" entry. Run by `compliance-desk server init` as the schema's owner.
"""

from __future__ import annotations

from typing import Any

from compliance_desk.domain import clock
from compliance_desk.storage import audit
from compliance_desk.storage.errors import MigrationFailed
from compliance_desk.storage.migrations import Migration
from compliance_desk.storage.pg.connection import DatabaseError, PgConnection
from compliance_desk.storage.pg.schema import WRITER_LOCK, schema_version


def run(conn: PgConnection, migrations: list[Migration], actor: str) -> bool:
    """Apply the pending migrations; returns True when any ran."""
    current = schema_version(conn)
    applied = {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")} if current else set()
    pending = [m for m in migrations if m.version not in applied]
    previous = current
    for migration in pending:
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
            conn.script(migration.sql)
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name, clock.timestamp()))
            chained = previous > 0 and conn.execute("SELECT 1 FROM audit LIMIT 1").fetchone() is not None
            if chained:  # a new database's later files are part of its creation, not a migration
                changes: dict[str, Any] = {"from": previous, "to": migration.version, "backup": ""}
                audit.append(conn, actor=actor, action="migrate", changes=changes)
            conn.execute("COMMIT")
            previous = max(previous, migration.version)
        except DatabaseError as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationFailed(migration.version, str(error).strip(), "-") from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return bool(pending)
