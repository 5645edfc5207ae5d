"""The register: one encrypted SQLCipher file per organisation, and the only door to write it."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.domain.entities import ORGANISATION, Entity
from compliance_desk.domain.errors import Msg
from compliance_desk.domain.validation import clean
from compliance_desk.storage import audit, cipher, integrity, migrate
from compliance_desk.storage.connection import (
    Connection,
    DatabaseError,
    check_file,
    check_writable,
    create_register,
    describe_damage,
    explain,
    open_register,
)
from compliance_desk.storage.errors import (
    FileProblem,
    NotARegister,
    ReadOnlyRegister,
    RegisterBusy,
    RegisterExists,
    RegisterTooNew,
    SnapshotReadOnly,
    WrongPassphrase,
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
from compliance_desk.storage.pg import is_server
from compliance_desk.storage.pg.errors import ConnectionLost
from compliance_desk.storage.rows import SEARCH_INDEX_VERSION, RowWrites
from compliance_desk.storage.snapshot import export
from compliance_desk.storage.wal import WriteAheadLog, set_aside

# The engine of a register named by a postgresql:// URL: a module whose PgRegister subclasses this
# class, so it is looked up when a URL is opened (an engine plugged in by name), never imported here.
SERVER_ENGINE = "compliance_desk.storage.pg.register"


class Register(RowWrites):
    """An open register. Use `Register.create` or `Register.open`, and close it (or use `with`)."""

    engine = "sqlcipher"  # storage/pg/register.py: "postgresql"

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
             migrations: list[Migration] | None = None, keys: cipher.Keys | None = None,
             register_passphrase: Any = None) -> Register:
        """Open an existing register; writers take the single-writer lock and migrate it.

        `register_passphrase` (a register on a server): opens the person's wrap of its register key.
        A write-ahead log that does not belong to the file (left by a crash, then the file replaced)
        is set aside, kept and reported in `notices`, never applied. On a read-only medium a
        read-only open works without SQLite's shared-memory file.
        """
        if is_server(path):  # a postgresql:// URL: the team register (storage/pg/)
            engine = importlib.import_module(SERVER_ENGINE)
            return engine.PgRegister.open_server(str(path), passphrase, read_only=read_only,  # type: ignore[no-any-return]
                                                 record_open=record_open,
                                                 register_passphrase=register_passphrase)
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
                                   set_aside=(lambda log: set_aside(path, log, held=lock is not None)))
        except BaseException:
            if lock:
                lock.release()
            raise
        register = cls(path, opened.conn, passphrase, actor or current_user(), lock, migrations, keys=opened.keys)
        register.notices = opened.notices
        try:
            register._check_is_register()
            if not read_only and register.meta().get("snapshot_of"):  # storage/pg/snapshot.py
                raise SnapshotReadOnly(str(path), register.meta()["snapshot_of"])
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
    def identity(self) -> str:
        """What tells this register from another open in the same process (its file, or its URL)."""
        return str(self.path.resolve())

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

    # ---------------------------------------------------------------- transactions
    @contextmanager
    def atomic(self, *, late_lock: bool = False) -> Iterator[None]:
        """One transaction for the outermost block; savepoints inside. Rolls back on error.

        The error raised is always the first one: when SQLite has already rolled back by itself
        (a full disk), the rollback here is skipped rather than failing with "no transaction".
        `late_lock` (an outermost block whose reads before its first write are all checked again by
        the write, as `records.update` is): a register on a server takes the writers' lock at the
        block's first write instead of at its start (storage/pg/register.py); the file, one writer at a
        time, takes its lock at the start whatever is asked.
        """
        self._require_writable()
        if self._depth == 0:
            self._begin(late_lock)
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
                self._commit()
            else:
                self.conn.execute(f"RELEASE SAVEPOINT sp{self._depth}")
        except BaseException as error:
            if self._depth == 0 and isinstance(error, ConnectionLost):
                error.at_commit = True  # committed or not: unknown (a retry under `saving` is written once)
            self._undo()
            raise

    def _begin(self, late_lock: bool = False) -> None:
        """Open the outermost transaction (the file's: take the write lock at once)."""
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    # what a rollback may meet and swallow (the first error is the one raised)
    UNDO_ERRORS: tuple[type[BaseException], ...] = (DatabaseError,)

    def _undo(self) -> None:
        """Roll back the current level (the whole transaction at depth 0), never raising."""
        with suppress(*self.UNDO_ERRORS):
            if not self.conn.in_transaction:
                return
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT sp{self._depth}")
                self.conn.execute(f"RELEASE SAVEPOINT sp{self._depth}")

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
        """`error` as a known error when it is damage or the environment's doing (else itself)."""
        return explain(self.conn, self.path, error, path)

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
        """Page HMACs (through the log), SQLite's integrity check, the audit chain, rows vs audit, all
        in one snapshot (storage/integrity.py)."""
        return integrity.verify(self.conn, self.path, self._file_keys, progress)

    def damaged_pages(self) -> list[int]:
        return integrity.damaged_pages(self.conn, self.path, self._file_keys)

    def _file_keys(self) -> cipher.Keys:
        if self._keys is None:
            with self.path.open("rb") as handle:
                self._keys = cipher.derive(self._passphrase, handle.read(cipher.SALT_SIZE))
        return self._keys

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt the register under a new passphrase: a whole new file, then one rename.

        The register is copied (one snapshot, under the writer lock) into a new file under the new
        passphrase, the "rekey" audit entry is appended to that copy, and the copy — synced — is
        renamed over the register. Until the rename the old file is untouched; after it the new one
        is whole. So after a crash either the old passphrase opens the register and its audit has no
        "rekey", or the new one opens it and the audit has it. (SQLCipher's in-place PRAGMA rekey is
        not used: it rewrites every page through the write-ahead log, fails once the page cache
        spills — and then says nothing — and a crash leaves the change half in the log.)
        """
        self._require_writable()
        if self._depth:
            raise RuntimeError("rekey runs outside Register.atomic()")
        self._checkpoint(complete=True)
        keys = cipher.new_keys(new_passphrase)
        temporary = temporary_name(self.path, "rekeying")
        remove_with_sidecars(temporary)
        try:
            with self.plain_errors(self.path):
                export(self.conn, temporary, keys.spec, self.schema_version)
                copy = create_register(temporary, keys)
                try:
                    copy.execute("BEGIN IMMEDIATE")
                    audit.append(copy, actor=self.actor, action="rekey", changes={})
                    copy.execute("COMMIT")
                finally:
                    copy.close()  # folds its log into the file
                if WriteAheadLog.read(temporary) is not None:
                    raise FileProblem(str(self.path), Msg("reason_io"))
                self.conn.close()  # the old file's last connection: nothing of it stays in a log
                self.conn = None  # type: ignore[assignment]
                for sidecar in sidecars(self.path):
                    sidecar.unlink(missing_ok=True)
                publish(temporary, self.path, replace=True)
        finally:
            remove_with_sidecars(temporary)
            if self.conn is None:  # reopen whichever file now has the name (the new one, unless it failed)
                self._reopen(new_passphrase, keys)

    def _reopen(self, new_passphrase: str, keys: cipher.Keys) -> None:
        try:
            self.conn = open_register(self.path, new_passphrase, keys=keys).conn
            self._passphrase, self._keys = new_passphrase, keys
        except WrongPassphrase:  # the rename did not happen: the old file, the old passphrase
            self.conn = open_register(self.path, self._passphrase, keys=self._keys).conn

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


__all__ = ["LATEST", "Register"]
