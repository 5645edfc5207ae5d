"""The register: one encrypted SQLCipher file per organisation, and the only door to write it."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.domain.arabic import index_terms
from compliance_desk.domain.entities import Entity
from compliance_desk.domain.errors import Msg
from compliance_desk.storage import audit
from compliance_desk.storage.connection import (
    Connection,
    DatabaseError,
    connect,
    damaged_pages,
    describe_damage,
    quote,
)
from compliance_desk.storage.errors import (
    BackupInvalid,
    MigrationFailed,
    NotARegister,
    ReadOnlyRegister,
    RecordMissing,
    RegisterExists,
    RegisterTooNew,
)
from compliance_desk.storage.files import create_private, make_private, sidecars
from compliance_desk.storage.lock import WriterLock, current_user
from compliance_desk.storage.migrations import LATEST, MIGRATIONS, Migration

# Bump when what goes into the full-text index changes (domain.arabic.index_terms): registers
# indexed by an older app are re-indexed when next opened for writing.
SEARCH_INDEX_VERSION = "2"


class Register:
    """An open register. Use `Register.create` or `Register.open`, and close it (or use `with`)."""

    def __init__(self, path: Path, conn: Connection, passphrase: str, actor: str,
                 lock: WriterLock | None, migrations: list[Migration]) -> None:
        self.path = path
        self.conn = conn
        self.actor = actor
        self._passphrase = passphrase
        self._lock = lock
        self._depth = 0
        self._migrations = migrations
        self._searchable = self._fts_tables()

    # ---------------------------------------------------------------- opening and closing
    @classmethod
    def create(cls, path: Path | str, passphrase: str, organisation: Mapping[str, Any] | None = None,
               *, actor: str | None = None, migrations: list[Migration] | None = None) -> Register:
        """A new, empty register at `path` (which must not exist), owner-only, fully migrated."""
        path = Path(path)
        if path.exists():
            raise RegisterExists(str(path))
        for sidecar in sidecars(path):
            sidecar.unlink(missing_ok=True)  # leftovers of an earlier file must not be replayed
        lock = WriterLock(path, actor)
        lock.acquire()
        try:
            create_private(path)
            conn = connect(path, passphrase, create=True)
        except BaseException:
            lock.release()
            path.unlink(missing_ok=True)
            raise
        register = cls(path, conn, passphrase, actor or current_user(), lock, migrations or MIGRATIONS)
        try:
            register._migrate(backup=False)
            with register.atomic():
                conn.executemany("INSERT INTO register_meta (key, value) VALUES (?, ?)", [
                    ("register_id", str(uuid.uuid4())),
                    ("created_at", clock.timestamp()),
                    ("created_by_version", __version__),
                    ("search_index_version", SEARCH_INDEX_VERSION),
                ])
                register.log("create", {"version": __version__})
                if organisation is not None:
                    from compliance_desk.storage import records

                    records.save_organisation(register, organisation)
        except BaseException:
            register.close()
            path.unlink(missing_ok=True)
            for sidecar in sidecars(path):
                sidecar.unlink(missing_ok=True)
            raise
        return register

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, read_only: bool = False,
             actor: str | None = None, record_open: bool = False,
             migrations: list[Migration] | None = None) -> Register:
        """Open an existing register; writers take the single-writer lock and migrate it."""
        path = Path(path)
        migrations = migrations or MIGRATIONS
        lock = None
        if not read_only:
            if not path.exists():
                connect(path, passphrase)  # raises the right "missing" error
            lock = WriterLock(path, actor)
            lock.acquire()
        try:
            conn = connect(path, passphrase, read_only=read_only)
        except BaseException:
            if lock:
                lock.release()
            raise
        register = cls(path, conn, passphrase, actor or current_user(), lock, migrations)
        try:
            register._check_is_register()
            if not read_only:
                register._migrate(backup=True)
                if register.meta().get("search_index_version") != SEARCH_INDEX_VERSION:
                    register.rebuild_search_index()
                if record_open:
                    with register.atomic():
                        register.log("open", {"version": __version__})
        except BaseException:
            register.close()
            raise
        return register

    def _check_is_register(self) -> None:
        version = self.schema_version
        known = self._migrations[-1].version
        if version > known:
            raise RegisterTooNew(str(self.path), version, known)
        try:
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except DatabaseError as error:
            raise describe_damage(self.conn, self.path, error) from None
        if version == 0 or not {"register_meta", "audit"} <= tables:
            raise NotARegister(str(self.path), Msg("reason_no_schema"))

    def close(self) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
        finally:
            self.conn = None  # type: ignore[assignment]
            self._passphrase = ""
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # ---------------------------------------------------------------- migrations
    def _migrate(self, *, backup: bool) -> None:
        current = self.schema_version
        pending = [m for m in self._migrations if m.version > current]
        if not pending:
            return
        backup_path = ""
        if backup and current > 0:
            stamp = clock.now().strftime("%Y%m%dT%H%M%S")
            target = self.path.with_name(f"{self.path.stem}.v{current}-{stamp}.backup{self.path.suffix}")
            self.backup(target, audit_it=False)
            backup_path = str(target)
        for migration in pending:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                columns_before = self._columns()
                self._run_script(migration.sql)
                self.conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, clock.timestamp()))
                if current > 0:
                    audit.append(self.conn, actor=self.actor, action="migrate",
                                 changes={"from": migration.version - 1, "to": migration.version,
                                          "backup": backup_path})
                    self._reanchor(columns_before, migration.version)
                self.conn.execute(f"PRAGMA user_version = {int(migration.version)}")
                self.conn.execute("COMMIT")
            except DatabaseError as error:
                self.conn.execute("ROLLBACK")
                raise MigrationFailed(migration.version, str(error), backup_path or "-") from None
        self._searchable = self._fts_tables()
        if current > 0:
            self.rebuild_search_index()

    def _columns(self) -> dict[str, list[str]]:
        from compliance_desk.domain.entities import BY_TABLE

        return {table: [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]  # noqa: S608
                for table in BY_TABLE}

    def _reanchor(self, columns_before: dict[str, list[str]], version: int) -> None:
        """A migration that adds columns changes every row hash of that table: each row gets an audited
        entry with its new hash, naming the columns added, so `verify` still holds (only tables whose
        columns changed; the organisation profile in 0005)."""
        from compliance_desk.domain.entities import BY_TABLE

        for table, columns in self._columns().items():
            if columns == columns_before.get(table):
                continue
            added = [c for c in columns if c not in columns_before.get(table, [])]
            for row in audit.iter_rows(self.conn, table):
                audit.append(self.conn, actor=self.actor, action="migrate", entity=BY_TABLE[table].name,
                             entity_id=row["id"], changes={"columns_added": added, "version": version}, row=row)

    def _fts_tables(self) -> set[str]:
        try:
            return {n for (n,) in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB '*_fts'")}
        except DatabaseError:
            return set()

    def rebuild_search_index(self) -> None:
        """Fill the full-text tables from the rows (after a migration, or to repair them)."""
        from compliance_desk.domain.entities import ENTITIES

        with self.atomic():
            for entity in ENTITIES.values():
                if f"{entity.table}_fts" not in self._searchable:
                    continue
                self.conn.execute(f"DELETE FROM {entity.table}_fts")  # noqa: S608
                for row in audit.iter_rows(self.conn, entity.table):
                    self._index(entity, row)
            self.conn.execute("INSERT OR REPLACE INTO register_meta (key, value) VALUES ('search_index_version', ?)",
                              (SEARCH_INDEX_VERSION,))

    def _run_script(self, sql: str) -> None:
        """Run a migration's statements inside the open transaction (executescript would commit)."""
        import sqlcipher3

        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlcipher3.complete_statement(statement):
                if statement.strip():
                    self.conn.execute(statement)
                statement = ""
        if statement.strip():
            self.conn.execute(statement)

    # ---------------------------------------------------------------- transactions
    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction for the outermost block; savepoints inside. Rolls back on error."""
        self._require_writable()
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute(f"RELEASE sp{self._depth}")

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyRegister()

    def _require_transaction(self) -> None:
        if self._depth == 0:
            raise RuntimeError("register writes must run inside Register.atomic()")

    # ---------------------------------------------------------------- rows and their audit entries
    def log(self, action: str, details: Mapping[str, Any] | None = None) -> str:
        """Audit an action that is not a row change (open, export, backup, rekey …)."""
        self._require_transaction()
        return audit.append(self.conn, actor=self.actor, action=action, changes=details or {})

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))  # noqa: S608
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

    def insert(self, entity: Entity, values: Mapping[str, Any]) -> int:
        """Insert a row of stored values (see records.py) and its audit entry; returns its id."""
        self._require_transaction()
        now = clock.timestamp()
        data = {k: _stored(v) for k, v in values.items()}
        if self._migrations[-1].version < LATEST:  # an older schema (tests of migrations): its columns only
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({entity.table})")}  # noqa: S608
            data = {k: v for k, v in data.items() if k in have or v not in (None, "[]")}
        data.setdefault("created_at", now)
        data.setdefault("updated_at", now)
        columns = ", ".join(data)
        marks = ", ".join("?" for _ in data)
        cursor = self.conn.execute(f"INSERT INTO {entity.table} ({columns}) VALUES ({marks})",  # noqa: S608
                                   tuple(data.values()))
        row_id = int(cursor.lastrowid)
        stored = self.row(entity.table, row_id)
        assert stored is not None
        changes = {k: (None, v) for k, v in stored.items() if v is not None and k != "id"}
        audit.append(self.conn, actor=self.actor, action="insert", entity=entity.name,
                     entity_id=row_id, changes=changes, row=stored)
        self._index(entity, stored)
        return row_id

    def bulk_insert(self, entity: Entity, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """Insert many rows of stored values with their audit entries (imports, benchmarks).

        The same rows and entries as `insert` one by one, written with executemany. Every column
        but the id must be given, so the row hashed is the row stored.
        """
        self._require_transaction()
        columns = [r[1] for r in self.conn.execute(f"PRAGMA table_info({entity.table})")]  # noqa: S608
        seq, prev = audit.head(self.conn)
        next_id = int(self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {entity.table}").fetchone()[0])  # noqa: S608
        now = clock.timestamp()
        table_rows, audit_rows, fts_rows, ids = [], [], [], []
        for values in rows:
            data = {k: _stored(v) for k, v in values.items()}
            data.setdefault("created_at", now)
            data.setdefault("updated_at", now)
            missing = set(columns) - set(data) - {"id"}
            if missing:
                raise ValueError(f"bulk_insert into {entity.table} lacks {sorted(missing)}")
            full = {c: data.get(c) for c in columns}
            full["id"] = next_id
            changes = {k: (None, v) for k, v in full.items() if v is not None and k != "id"}
            seq += 1
            entry = audit.make_entry(seq, prev, actor=self.actor, action="insert", entity=entity.name,
                                     entity_id=next_id, changes=changes, row=full, ts=now)
            prev = entry[-1]
            table_rows.append(tuple(full[c] for c in columns))
            audit_rows.append(entry)
            if entity.search and f"{entity.table}_fts" in self._searchable:
                fts_rows.append((next_id, _search_body(entity, full)))
            ids.append(next_id)
            next_id += 1
        marks = ", ".join("?" for _ in columns)
        self.conn.executemany(f"INSERT INTO {entity.table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                              table_rows)
        self.conn.executemany(audit.INSERT_SQL, audit_rows)
        if fts_rows:
            self.conn.executemany(f"INSERT INTO {entity.table}_fts (rowid, body) VALUES (?, ?)",  # noqa: S608
                                  fts_rows)
        return ids

    def update(self, entity: Entity, row_id: int, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Apply changed values to a row with one audit entry; returns {field: (before, after)}."""
        self._require_transaction()
        before = self.row(entity.table, row_id)
        if before is None:
            raise RecordMissing(entity.name, row_id)
        data = {k: _stored(v) for k, v in values.items()}
        changed = {k: v for k, v in data.items() if before.get(k) != v}
        if not changed:
            return {}
        changed["updated_at"] = clock.timestamp()
        assignments = ", ".join(f"{k} = ?" for k in changed)
        self.conn.execute(f"UPDATE {entity.table} SET {assignments} WHERE id = ?",  # noqa: S608
                          (*changed.values(), row_id))
        after = self.row(entity.table, row_id)
        assert after is not None
        changes = {k: (before[k], after[k]) for k in changed}
        audit.append(self.conn, actor=self.actor, action="update", entity=entity.name,
                     entity_id=row_id, changes=changes, row=after)
        self._index(entity, after)
        return changes

    def delete(self, entity: Entity, row_id: int) -> dict[str, Any]:
        self._require_transaction()
        before = self.row(entity.table, row_id)
        if before is None:
            raise RecordMissing(entity.name, row_id)
        self.conn.execute(f"DELETE FROM {entity.table} WHERE id = ?", (row_id,))  # noqa: S608
        changes = {k: (v, None) for k, v in before.items() if v is not None and k != "id"}
        audit.append(self.conn, actor=self.actor, action="delete", entity=entity.name,
                     entity_id=row_id, changes=changes)
        if f"{entity.table}_fts" in self._searchable:
            self.conn.execute(f"DELETE FROM {entity.table}_fts WHERE rowid = ?", (row_id,))  # noqa: S608
        return before

    def _index(self, entity: Entity, row: Mapping[str, Any]) -> None:
        if not entity.search or f"{entity.table}_fts" not in self._searchable:
            return
        self.conn.execute(f"INSERT OR REPLACE INTO {entity.table}_fts (rowid, body) VALUES (?, ?)",  # noqa: S608
                          (row["id"], _search_body(entity, row)))

    # ---------------------------------------------------------------- seal, verify, rekey, backup
    def seal(self) -> str:
        """The audit chain's head hash: printed on every report to tie it to this state."""
        return audit.head(self.conn)[1]

    def audit_count(self) -> int:
        return audit.head(self.conn)[0]

    def verify(self, progress: audit.Progress = None) -> audit.Verdict:
        """SQLCipher page HMACs, SQLite's integrity check, the audit chain, and rows vs audit."""
        problems: list[audit.Problem] = []
        pages = damaged_pages(self.conn)
        if pages:
            problems.append(audit.Problem("integrity", "file", f"pages {pages[:10]} fail their HMAC"))
            return audit.Verdict(0, "", problems)
        for (line,) in self.conn.execute("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(audit.Problem("integrity", "database", str(line)))
        fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _ in fk[:10]:
            problems.append(audit.Problem("integrity", f"{table} row {rowid}", f"refers to a missing {parent} row"))
        count, seal, broken = audit.verify_chain(self.conn, progress)
        if broken:
            problems.append(broken)
        problems.extend(audit.verify_rows(self.conn))
        return audit.Verdict(count, seal, problems)

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page under a new passphrase, and audit it."""
        self._require_writable()
        with self.atomic():
            self.log("rekey")
        self.conn.execute(f"PRAGMA rekey = {quote(new_passphrase)}")
        self._passphrase = new_passphrase

    def backup(self, destination: Path | str, *, audit_it: bool = True) -> str:
        """Write an encrypted copy (same passphrase) to a new file; returns the copy's seal.

        Never a file copy of a live register: sqlcipher_export reads one consistent snapshot.
        """
        destination = Path(destination)
        if destination.exists():
            raise RegisterExists(str(destination))
        export(self.conn, destination, self._passphrase, self.schema_version)
        seal = self.seal()
        if audit_it:
            with self.atomic():
                self.log("backup", {"to": str(destination), "seal": seal})
        return seal

    # ---------------------------------------------------------------- meta
    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM register_meta").fetchall())

    def count(self, entity: Entity) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {entity.table}").fetchone()[0])  # noqa: S608


def _search_body(entity: Entity, row: Mapping[str, Any]) -> str:
    """What the full-text index holds for a row: its reference and searchable fields, folded."""
    parts = [str(row.get("reference") or "")] + [str(row[f]) for f in entity.search if row.get(f)]
    return index_terms(" ".join(parts))


def _stored(value: Any) -> Any:
    """The value as SQLite stores it: lists of codes become JSON text."""
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def export(conn: Connection, destination: Path, passphrase: str, user_version: int) -> None:
    """Copy the database behind `conn` into a new encrypted file at `destination`."""
    create_private(destination)
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(destination), passphrase))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {int(user_version)}")
        finally:
            conn.execute("DETACH DATABASE backup")
        make_private(destination)
    except BaseException:
        destination.unlink(missing_ok=True)
        raise


def restore(backup_path: Path | str, target: Path | str, passphrase: str, *, force: bool = False,
            actor: str | None = None) -> audit.Verdict:
    """Validate a backup, then write it to `target` (refusing to overwrite unless `force`)."""
    backup_path, target = Path(backup_path), Path(target)
    with Register.open(backup_path, passphrase, read_only=True) as source:
        verdict = source.verify()
        if not verdict.ok:
            raise BackupInvalid(str(backup_path), "; ".join(map(str, verdict.problems[:3])))
        if target.exists() and not force:
            raise RegisterExists(str(target), force_hint=True)
        lock = WriterLock(target, actor)
        lock.acquire()
        try:
            temporary = target.with_name(f".{target.name}.restoring-{os.getpid()}")
            temporary.unlink(missing_ok=True)
            export(source.conn, temporary, passphrase, source.schema_version)
            for sidecar in sidecars(target):
                sidecar.unlink(missing_ok=True)  # an old WAL must never be replayed onto the new file
            os.replace(temporary, target)
        finally:
            lock.release()
    with Register.open(target, passphrase, actor=actor) as restored:
        with restored.atomic():
            restored.log("restore", {"from": str(backup_path), "seal": verdict.seal})
    return verdict


__all__ = ["LATEST", "Register", "export", "restore"]
