"""The register: one encrypted SQLCipher file per organisation, and the only door to write it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.domain.entities import ORGANISATION, Entity
from compliance_desk.domain.errors import ActionFailed, KnownError, Msg
from compliance_desk.domain.validation import clean
from compliance_desk.storage import audit, cipher, migrate
from compliance_desk.storage.connection import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    Connection,
    DatabaseError,
    check_file,
    check_writable,
    create_register,
    damaged_pages,
    describe_damage,
    error_code,
    open_register,
    quote,
)
from compliance_desk.storage.errors import (
    FileProblem,
    ForeignJournal,
    NotARegister,
    ReadOnlyRegister,
    RegisterBusy,
    RegisterExists,
    RegisterLocked,
    RegisterTooNew,
    as_known,
)
from compliance_desk.storage.files import (
    create_private,
    publish,
    remove_leftovers,
    remove_with_sidecars,
    sidecars,
    temporary_name,
)
from compliance_desk.storage.lock import WriterLock, current_user
from compliance_desk.storage.migrations import LATEST, MIGRATIONS, Migration
from compliance_desk.storage.rows import RowWrites
from compliance_desk.storage.snapshot import export
from compliance_desk.storage.wal import WriteAheadLog

# Bump when what goes into the full-text index changes (domain.arabic.index_terms): registers
# indexed by an older app are re-indexed when next opened for writing.
SEARCH_INDEX_VERSION = "2"


class Register(RowWrites):
    """An open register. Use `Register.create` or `Register.open`, and close it (or use `with`)."""

    def __init__(self, path: Path, conn: Connection, passphrase: str, actor: str,
                 lock: WriterLock | None, migrations: list[Migration], *, writable: bool | None = None,
                 keys: cipher.Keys | None = None) -> None:
        self.path = path
        self.conn = conn
        self.actor = actor
        self.migrations = migrations
        self.notices: list[Msg] = []  # what the open found and did (a journal set aside, read-only medium)
        self._passphrase = passphrase
        self._keys = keys
        self._lock = lock
        self._writable = lock is not None if writable is None else writable
        self._depth = 0
        self._searchable = self._fts_tables()

    # ---------------------------------------------------------------- opening and closing
    @classmethod
    def create(cls, path: Path | str, passphrase: str, organisation: Mapping[str, Any] | None = None,
               *, actor: str | None = None, migrations: list[Migration] | None = None) -> Register:
        """A new, empty register at `path` (which must not exist), owner-only, fully migrated, open."""
        with cls.building(path, passphrase, organisation, actor=actor, migrations=migrations) as register:
            keys = register._keys
        return cls.open(path, passphrase, actor=actor, migrations=migrations, keys=keys)

    @classmethod
    @contextmanager
    def building(cls, path: Path | str, passphrase: str, organisation: Mapping[str, Any] | None = None,
                 *, actor: str | None = None, migrations: list[Migration] | None = None) -> Iterator[Register]:
        """A new register filled inside the block, under a temporary name in the same folder; it gets
        its name (synced, then renamed) only when the block ends without error, so a run killed half
        way never leaves a register that looks whole. Closed at the end of the block."""
        path = Path(path)
        lock = WriterLock(path, actor)
        lock.acquire()
        try:
            if path.exists() or path.is_symlink():
                raise RegisterExists(str(path))
            remove_leftovers(path.parent)
            for sidecar in sidecars(path):
                sidecar.unlink(missing_ok=True)  # leftovers of an earlier file must not be replayed
            temporary = temporary_name(path, "creating")
            remove_with_sidecars(temporary)
            keys = cipher.new_keys(passphrase)
            create_private(temporary)
            try:
                conn = create_register(temporary, keys)
            except BaseException:
                remove_with_sidecars(temporary)
                raise
            register = cls(temporary, conn, passphrase, actor or current_user(), None, migrations or MIGRATIONS,
                           writable=True, keys=keys)
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
                        register.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, organisation)})
                yield register
                register.close()  # folds the write-ahead log into the file and removes it
                if WriteAheadLog.read(temporary) is not None:
                    raise FileProblem(str(path), Msg("reason_io"))
                try:
                    publish(temporary, path)
                except FileExistsError:
                    raise RegisterExists(str(path)) from None
            except BaseException:
                register.close()
                remove_with_sidecars(temporary)
                raise
        finally:
            lock.release()

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, read_only: bool = False,
             actor: str | None = None, record_open: bool = False,
             migrations: list[Migration] | None = None, keys: cipher.Keys | None = None) -> Register:
        """Open an existing register; writers take the single-writer lock and migrate it.

        A write-ahead log that does not belong to the file (left by a crash, then the file replaced)
        is set aside, kept and reported in `notices`, never applied. On a read-only medium a
        read-only open works without SQLite's shared-memory file.
        """
        path = Path(path)
        migrations = migrations or MIGRATIONS
        lock = None
        if read_only:
            check_file(path)
        else:
            check_writable(path)
            lock = WriterLock(path, actor)
            lock.acquire()
        try:
            if lock is not None:
                remove_leftovers(path.parent)
            opened = open_register(path, passphrase, read_only=read_only, keys=keys,
                                   set_aside=(lambda log: _set_aside(path, log, held=lock is not None)))
        except BaseException:
            if lock:
                lock.release()
            raise
        register = cls(path, opened.conn, passphrase, actor or current_user(), lock, migrations, keys=opened.keys)
        register.notices = opened.notices
        try:
            register._check_is_register()
            if not read_only:
                if opened.keys is not None and keys is None:
                    register._checkpoint()  # a log found at open (a crash) is folded into the file
                for notice in opened.notices:
                    if notice.key == "notice_journal_set_aside":
                        with register.atomic():
                            register.log("journal_set_aside", {"file": str(notice.params["journal"])})
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
        known = self.migrations[-1].version
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
            self._keys = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return not self._writable

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _checkpoint(self, *, complete: bool = False) -> None:
        """Fold the write-ahead log into the file; `complete` refuses when readers keep it from finishing."""
        busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy and complete:
            raise RegisterBusy(str(self.path))

    # ---------------------------------------------------------------- migrations
    def _migrate(self, *, backup: bool) -> None:
        current = self.schema_version
        if not migrate.run(self, backup=backup):
            return
        self._searchable = self._fts_tables()
        if current > 0:
            self.rebuild_search_index()

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

    # ---------------------------------------------------------------- transactions
    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction for the outermost block; savepoints inside. Rolls back on error.

        The error raised is always the first one: when SQLite has already rolled back by itself
        (a full disk), the rollback here is skipped rather than failing with "no transaction".
        """
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
            self._undo()
            raise
        self._depth -= 1
        try:
            if self._depth == 0:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute(f"RELEASE sp{self._depth}")
        except BaseException:
            self._undo()
            raise

    def _undo(self) -> None:
        """Roll back the current level (the whole transaction at depth 0), never raising."""
        with suppress(DatabaseError):
            if not self.conn.in_transaction:
                return
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")

    @contextmanager
    def plain_errors(self, path: Path | str | None = None) -> Iterator[None]:
        """Known errors for what goes wrong while reading or writing the register: a page that fails
        its check becomes "damaged" with its number, a full disk or a refused file one plain line."""
        try:
            yield
        except (DatabaseError, OSError) as error:
            known = self.explain(error, path)
            if known is error:
                raise
            raise known from None

    def explain(self, error: BaseException, path: Path | str | None = None) -> BaseException:
        if isinstance(error, KnownError):
            return error
        if isinstance(error, DatabaseError) and self.conn is not None and (
                error_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)
                or str(error) in ("database disk image is malformed", "file is not a database")):  # sqlcipher_export
            return describe_damage(self.conn, self.path, error)
        where = path if path is not None else (getattr(error, "filename", None) or self.path)
        return as_known(error, where) or error

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyRegister()

    def _require_transaction(self) -> None:
        if self._depth == 0:
            raise RuntimeError("register writes must run inside Register.atomic()")

    # ---------------------------------------------------------------- seal, verify, rekey, backup
    def seal(self) -> str:
        """The audit chain's head hash: printed on every report to tie it to this state."""
        return audit.head(self.conn)[1]

    def audit_count(self) -> int:
        return audit.head(self.conn)[0]

    def verify(self, progress: audit.Progress = None) -> audit.Verdict:
        """SQLCipher page HMACs, SQLite's integrity check, the audit chain, and rows vs audit.

        Everything but the page check is read inside one read transaction — one snapshot — so a
        writer working beside it never makes the chain, the rows and their hashes disagree.
        """
        problems: list[audit.Problem] = []
        began = not self.conn.in_transaction
        if began:
            self.conn.execute("BEGIN")
        try:
            # the snapshot starts here; from now on a checkpoint beside us only copies into the file
            # pages the log still holds, and the log is not restarted under us
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            pages = self.damaged_pages()
            if pages:
                problems.append(audit.Problem("integrity", "file", f"pages {pages[:10]} fail their HMAC"))
                return audit.Verdict(0, "", problems)
            for (line,) in self.conn.execute("PRAGMA integrity_check").fetchall():
                if line != "ok":
                    problems.append(audit.Problem("integrity", "database", str(line)))
            fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _ in fk[:10]:
                problems.append(audit.Problem("integrity", f"{table} row {rowid}",
                                              f"refers to a missing {parent} row"))
            count, seal, broken = audit.verify_chain(self.conn, progress)
            if broken:
                problems.append(broken)
            problems.extend(audit.verify_rows(self.conn))
        finally:
            if began:
                with suppress(DatabaseError):
                    self.conn.execute("COMMIT")
        return audit.Verdict(count, seal, problems)

    def damaged_pages(self) -> list[int]:
        """Pages that fail their HMAC, read through the write-ahead log: a page of the file that a
        committed frame of the log replaces (and that frame authenticates) is not damaged — it is
        what an interrupted passphrase change or checkpoint leaves behind."""
        pages = damaged_pages(self.conn)
        if not pages:
            return pages
        log = WriteAheadLog.read(self.path)
        if log is None:
            return pages
        keys = self._keys or cipher.derive(self._passphrase, self.path.read_bytes()[:cipher.SALT_SIZE])
        committed = log.scan(keys).committed
        return [p for p in pages if p not in committed]

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page under a new passphrase, its audit entry in the same commit.

        The log is folded into the file first, so it holds nothing but the change. SQLCipher's rekey
        commits the transaction it runs in, so the "rekey" entry written just before it is committed
        with the re-encrypted pages: after a crash either the old passphrase opens the register and
        the audit has no "rekey", or the new one opens it and the audit has it.
        """
        self._require_writable()
        if self._depth:
            raise RuntimeError("rekey runs outside Register.atomic()")
        self._checkpoint(complete=True)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            entry = audit.append(self.conn, actor=self.actor, action="rekey", changes={})
            self.conn.execute(f"PRAGMA rekey = {quote(new_passphrase)}")
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except BaseException:
            self._undo()
            raise
        if self.seal() != entry:  # SQLCipher rolled the change back without saying so
            raise ActionFailed("rekey_failed", path=self.path)
        self._passphrase = new_passphrase
        self._keys = None
        with suppress(DatabaseError):
            self._checkpoint()

    def backup(self, destination: Path | str, *, audit_it: bool = True) -> str:
        """Write an encrypted copy (same passphrase) to a new file; returns the copy's seal.

        Written under a temporary name in the destination's folder, synced, then renamed: a backup
        that did not finish never has the name asked for.
        """
        destination = Path(destination)
        if destination.exists() or destination.is_symlink():
            raise RegisterExists(str(destination))
        remove_leftovers(destination.parent)
        temporary = temporary_name(destination, "backup")
        remove_with_sidecars(temporary)
        try:
            with self.plain_errors(destination):
                export(self.conn, temporary, self._passphrase, self.schema_version)
                try:
                    publish(temporary, destination)
                except FileExistsError:
                    raise RegisterExists(str(destination)) from None
        finally:
            remove_with_sidecars(temporary)
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


def _set_aside(path: Path, log: WriteAheadLog, *, held: bool) -> Path:
    """Rename a foreign write-ahead log, holding the writer lock while doing it."""
    if held:
        return log.set_aside()
    lock = WriterLock(path)
    try:
        lock.acquire()
    except RegisterLocked as error:
        raise ForeignJournal(str(path), log.path.name, error.holder) from None
    try:
        return log.set_aside()
    finally:
        lock.release()


__all__ = ["LATEST", "Register"]
