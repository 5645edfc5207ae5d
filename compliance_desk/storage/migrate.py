"""Applying the numbered migrations to a register: each in one transaction with its audit entry.

Rows keep verifying across schema changes. The row hash an audit entry records covers the columns
the row had when the entry was written; `verify` leaves out of it the columns added by a later
migration while they are still empty (the migration's entry lists the columns it added, with its
sequence number). A migration that gives existing rows a value, or drops or rewrites a column,
changes their hashes: each such row gets an entry of its own in the migration's transaction
("migrate", with the values added), so the chain says what the upgrade did to it. Rows that did not
match their audit trail before the upgrade are never re-anchored: what was edited outside the app
stays flagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlcipher3

from compliance_desk.domain import clock
from compliance_desk.domain.entities import BY_TABLE
from compliance_desk.storage import audit
from compliance_desk.storage.connection import DatabaseError
from compliance_desk.storage.errors import MigrationFailed

if TYPE_CHECKING:
    from compliance_desk.storage.register import Register


def table_columns(conn: Any) -> dict[str, list[str]]:
    return {table: [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]  # noqa: S608
            for table in BY_TABLE}


def run(register: Register, *, backup: bool) -> bool:
    """Apply the pending migrations; returns True when any ran."""
    conn = register.conn
    current = register.schema_version
    applied = _applied(conn) if current > 0 else set()
    # Numbers are reserved per change and land in any order: a register may hold 10 without 4.
    # Every migration not recorded in schema_migrations is pending, applied in number order.
    pending = [m for m in register.migrations if m.version not in applied]
    if not pending:
        return False
    backup_path = ""
    if backup and current > 0:
        stamp = clock.now().strftime("%Y%m%dT%H%M%S")
        target = register.path.with_name(f"{register.path.stem}.v{current}-{stamp}.backup{register.path.suffix}")
        register.backup(target, audit_it=False)
        backup_path = str(target)
    audited = current > 0
    already_flagged = set(audit.row_mismatches(conn)) if audited else set()
    previous = current  # numbers may skip (reserved per change): "from" is the version actually left
    for migration in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            before = table_columns(conn)
            _run_script(conn, migration.sql)
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name, clock.timestamp()))
            if audited:
                after = table_columns(conn)
                changes: dict[str, Any] = {"from": previous, "to": migration.version,
                                           "backup": backup_path}
                added = {t: [c for c in after[t] if c not in before.get(t, [])] for t in after}
                removed = {t: [c for c in before[t] if c not in after.get(t, [])] for t in before}
                if any(added.values()):
                    changes["columns_added"] = {t: c for t, c in added.items() if c and before.get(t)}
                if any(removed.values()):
                    changes["columns_removed"] = {t: c for t, c in removed.items() if c}
                audit.append(conn, actor=register.actor, action="migrate", changes=changes)
                _reanchor(register, already_flagged, added)
            conn.execute(f"PRAGMA user_version = {max(int(migration.version), previous)}")
            conn.execute("COMMIT")
            previous = max(previous, migration.version)
        except DatabaseError as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationFailed(migration.version, str(error), backup_path or "-") from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return True


def _applied(conn: Any) -> set[int]:
    return {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}


def _reanchor(register: Register, already_flagged: set[tuple[str, int]], added: dict[str, list[str]]) -> None:
    """One audit entry for every row whose hash the migration changed (see the module's docstring)."""
    conn = register.conn
    for (entity_name, row_id), row in audit.row_mismatches(conn).items():
        if (entity_name, row_id) in already_flagged:
            continue
        if row is None:  # the migration removed the row
            audit.append(conn, actor=register.actor, action="delete", entity=entity_name, entity_id=row_id,
                         changes={})
            continue
        table = next(t for t, e in BY_TABLE.items() if e.name == entity_name)
        values = {c: [None, audit.plain(row[c])] for c in added.get(table, []) if row.get(c) is not None}
        audit.append(conn, actor=register.actor, action="migrate", entity=entity_name, entity_id=row_id,
                     changes=values, row=row)


def _run_script(conn: Any, sql: str) -> None:
    """Run a migration's statements inside the open transaction (executescript would commit)."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            if statement.strip():
                conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)
