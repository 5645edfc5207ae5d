"""`server import`: a register file copied to a server with its whole audit chain.

The file is opened read-only and verified first; the server's database gets the schema and roles
(`server init`'s, without a "create" entry of its own) and must hold no register yet. Every row of
every table and every audit entry is copied as it is — same ids, same sequence numbers, same hashes
— in one transaction under the writers' lock; the search index is rebuilt in the server's form.
Before that transaction commits, the chain and the rows are verified on the server, inside it: the
copy commits only when it verifies and its seal is the file's. No entry is added, so the seal a
report printed from the file stays the register's seal on the server. No two-way sync: the file is
not changed and is not written to again by this.

Sealing at rest (storage/pg/sealing.py). The file's history holds its values in clear: every entry
hashed them so, and re-encrypting it would break the chain, hence the seal the file's reports print.
So the imported history stays as it was hashed — the file's seal verifies on the server, at the
entry where the import ended — and then, given the importer's register passphrase, the register key
is made and wrapped for them, and every sensitive value still in clear in the *current* rows is
sealed, one audited `sealed_at_rest` entry per row (naming the fields, not their values), after
the file's last entry. What this leaves readable in a dump: the values entered before the import,
in the imported audit entries (the current rows and everything written later are sealed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import audit
from compliance_desk.storage.migrations import LATEST, MIGRATIONS
from compliance_desk.storage.pg import keys, server
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.register import Register

BATCH = 2000


@dataclass(frozen=True)
class Imported:
    entries: int
    seal: str
    rows: int
    sealed: int = 0  # rows whose sensitive values were sealed at rest after the import
    head: str = ""  # the seal after that (the file's `seal` stays an entry of the chain)


class ImportRefused(KnownError):
    exit_code = 1


def _tables_in_order(conn: Any, tables: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The tables parents first (foreign keys), and each table's columns that refer to itself."""
    parents: dict[str, set[str]] = {}
    own: dict[str, list[str]] = {}
    for table in tables:
        keys = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        parents[table] = {k[2] for k in keys if k[2] != table and k[2] in tables}
        own[table] = [k[3] for k in keys if k[2] == table]
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        if not ready:  # a cycle between tables: none in the schema; keep going rather than loop
            ready = [t for t in tables if t not in ordered][:1]
        ordered.extend(ready)
    return ordered, own


def _copy_table(source: Register, target: PgRegister, table: str, self_refs: list[str]) -> int:
    target_columns = [r[1] for r in target.conn.execute(f"PRAGMA table_info({table})")]
    columns = [r[1] for r in source.conn.execute(f"PRAGMA table_info({table})") if r[1] in target_columns]
    names = ", ".join(columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"  # noqa: S608
    later: list[tuple[Any, ...]] = []
    cursor = source.conn.execute(f"SELECT {names} FROM {table} ORDER BY rowid")  # noqa: S608 - our names
    count = 0
    while rows := cursor.fetchmany(BATCH):
        if self_refs:  # a row may point at a later one: those columns are set once every row is in
            positions = [columns.index(c) for c in self_refs]
            later.extend((*(r[p] for p in positions), r[columns.index("id")]) for r in rows)
            rows = [tuple(None if i in positions else v for i, v in enumerate(r)) for r in rows]
        target.conn.executemany(insert, rows)
        count += len(rows)
    if later:
        assignments = ", ".join(f"{c} = ?" for c in self_refs)
        target.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", later)  # noqa: S608
    return count


def import_file(target: str, password: str, source_path: Path, passphrase: str,
                register_passphrase: str | None = None) -> Imported:
    """Copy the register file at `source_path` to the empty register database at `target`; with
    `register_passphrase`, then make the register key and seal the current rows' sensitive values."""
    with Register.open(source_path, passphrase, read_only=True) as source:
        if source.schema_version != LATEST:
            raise ImportRefused("server_import_old_schema", path=str(source_path), found=source.schema_version,
                                known=LATEST)
        # numbers land in any order: a file at the latest number may still miss an earlier one (its
        # columns are then absent, and every row of their table would differ from its audit entry)
        applied = {int(r[0]) for r in source.conn.execute("SELECT version FROM schema_migrations")}
        missing = sorted(m.version for m in MIGRATIONS if m.version not in applied)
        if missing:
            raise ImportRefused("server_import_missing_migrations", path=str(source_path),
                                missing=", ".join(str(v) for v in missing))
        before = source.verify()
        if not before.ok:
            raise ImportRefused("server_import_source_broken", path=str(source_path), problem=str(before.problems[0]))
        server.init(target, password, first_entries=False)
        with PgRegister.open_server(target, password) as copy:
            held = int(copy.conn.execute("SELECT count(*) FROM audit").fetchone()[0])
            held += int(copy.conn.execute("SELECT count(*) FROM register_meta").fetchone()[0])
            if held:
                raise ImportRefused("server_import_not_empty", target=copy.target)
            tables = [n for (n,) in source.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE '%_fts%' AND name NOT IN ('schema_migrations', 'audit')")]
            ordered, self_refs = _tables_in_order(source.conn, tables)
            rows = 0
            with copy.atomic():
                for table in ordered:
                    rows += _copy_table(source, copy, table, self_refs[table])
                _copy_table(source, copy, "audit", [])
                copy.conn.execute("INSERT OR REPLACE INTO register_meta (key, value) VALUES ('engine', 'postgresql')")
                copy.conn.execute("INSERT OR REPLACE INTO register_meta (key, value) VALUES ('imported_from', ?)",
                                  (source_path.name,))
                copy.rebuild_search_index()
                count, seal, broken = audit.verify_chain(copy.conn)
                problems = ([broken] if broken else []) + audit.verify_rows(copy.conn)
                if problems or seal != before.seal or count != before.entries:
                    raise ImportRefused("server_import_differs", problem=str(problems[0]) if problems
                                        else f"seal {seal[:16]}… after, {before.seal[:16]}… before")
            after = copy.verify()
            if not after.ok or after.seal != before.seal:  # what was committed, read again
                raise ImportRefused("server_import_differs", problem=str(after.problems[:1] or after.seal))
            sealed = 0
            if register_passphrase:
                with copy.atomic():
                    keys.store(copy.conn, copy.actor, keys.new_key(), register_passphrase, copy.actor)
                    copy.log("register_key_made", {"wrapped_for": copy.actor})
                copy._open_key(register_passphrase)
                sealed = copy.seal_existing()
                if not copy.verify().ok:
                    raise ImportRefused("server_import_differs", problem=str(copy.verify().problems[:1]))
            head = copy.seal()
            # the planner's statistics now, not when autovacuum gets to it: a search's plan uses the
            # table's size (storage/listing.py), unknown until a table was analysed
            copy.conn.execute("ANALYZE")
    return Imported(after.entries, after.seal, rows, sealed, head)
