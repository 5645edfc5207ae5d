"""Opening a SQLCipher file: a confirmed key, the right journal, the right message when it fails.

SQLCipher accepts any key at PRAGMA key; the error only comes at the first read. So every open
reads at once, and a file with a write-ahead log beside it is first checked from Python
(storage/wal.py): SQLite only ever opens it for writing once the key is confirmed and the log is
known to belong to the file. A connection whose key failed never wrote, never checkpointed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3
from sqlcipher3 import dbapi2

from compliance_desk.domain.errors import KnownError, Msg
from compliance_desk.storage import cipher
from compliance_desk.storage.errors import (
    DamagedRegister,
    FileProblem,
    ForeignJournal,
    InterruptedWrite,
    NotARegister,
    RegisterLocked,
    RegisterMissing,
    RegisterNotWritable,
    UnfinishedJournal,
    WrongPassphrase,
    as_known,
    file_reason,
)
from compliance_desk.storage.files import folder_writable, is_network_path
from compliance_desk.storage.lock import WriterLock
from compliance_desk.storage.wal import WriteAheadLog

PAGE_SIZE = cipher.PAGE_SIZE  # SQLCipher 4 default
PLAIN_HEADER = b"SQLite format 3\x00"
DatabaseError = dbapi2.DatabaseError
# sqlcipher3 ships no type information; its connection is the DB-API sqlite3 connection.
Connection: TypeAlias = Any
# SQLite primary result codes (sqlite.org/rescode.html)
SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_CANTOPEN = 11, 26, 14


def quote(text: str) -> str:
    """A SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def error_code(error: BaseException) -> int:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else 0


def check_file(path: Path) -> None:
    """Refuse what is plainly not an encrypted register before any key is tried."""
    if not path.exists():
        raise RegisterMissing(str(path))
    if path.is_dir():
        raise NotARegister(str(path), Msg("reason_folder"))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(PLAIN_HEADER))
    except OSError as error:
        raise FileProblem(str(path), file_reason(error) or Msg("reason_cannot_open")) from None
    size = path.stat().st_size
    if size == 0:
        raise NotARegister(str(path), Msg("reason_too_small"))
    if header == bytes(len(header)):
        raise NotARegister(str(path), Msg("reason_unfinished"))  # its first page was never written
    if header == PLAIN_HEADER:
        raise NotARegister(str(path), Msg("reason_plain_sqlite"))
    if size < PAGE_SIZE:
        raise NotARegister(str(path), Msg("reason_too_small"))
    if size % PAGE_SIZE:
        raise DamagedRegister(str(path), Msg("damaged_truncated", size=size))


def check_writable(path: Path) -> None:
    """Refuse, before any lock or journal is created, to open for writing what cannot be written."""
    check_file(path)
    if not folder_writable(path.parent):
        raise RegisterNotWritable(str(path), Msg("reason_read_only_medium"))
    if not os.access(path, os.W_OK):
        raise RegisterNotWritable(str(path), Msg("reason_read_only_file"))


def damaged_pages(conn: Connection) -> list[int]:
    """Pages of the file whose HMAC fails, from SQLCipher's own check (it reads the file, not the log)."""
    pages = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        match = re.search(r"page (\d+)", str(line))
        if match:
            pages.append(int(match.group(1)))
    return pages


def describe_damage(conn: Connection, path: Path, error: Exception) -> DamagedRegister:
    try:
        pages = damaged_pages(conn)
    except DatabaseError:
        pages = []
    if pages:
        return DamagedRegister(str(path), Msg("damaged_pages", pages=", ".join(map(str, pages[:10]))), pages)
    return DamagedRegister(str(path), Msg("damaged_structure", detail=str(error)))


def explain(conn: Connection | None, path: Path, error: BaseException, where: object = None) -> BaseException:
    """`error` as a known error when it is damage (a page fails its check: named) or the
    environment's doing (a full disk, a refused file: one plain line); otherwise `error` itself."""
    if isinstance(error, KnownError):
        return error
    if isinstance(error, DatabaseError) and conn is not None and (
            error_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)
            or str(error) in ("database disk image is malformed", "file is not a database")):  # sqlcipher_export
        return describe_damage(conn, path, error)
    place = where if where is not None else (getattr(error, "filename", None) or path)
    return as_known(error, place) or error


@dataclass
class Opened:
    conn: Connection
    keys: cipher.Keys | None = None  # known when derived here (a journal was checked, or a new file)
    notices: list[Msg] = field(default_factory=list)
    immutable: bool = False


# Sets a foreign log aside (renames it) when this process may: it holds the writer lock, or can
# take it for the moment; raises ForeignJournal when another process has the register open.
SetAside = Callable[[WriteAheadLog], Path]


def open_register(path: Path, passphrase: str, *, read_only: bool = False, keys: cipher.Keys | None = None,
                  set_aside: SetAside | None = None) -> Opened:
    """An open, keyed connection to an existing register whose key has been confirmed."""
    check_file(path)
    if read_only and _hot_journal(path):
        # a write was interrupted (a copy, a backup, or the register on a network share); a read-only
        # connection cannot roll it back, and must not read the half-written pages
        raise InterruptedWrite(str(path), Path(str(path) + "-journal").name)
    writable_medium = folder_writable(path.parent)
    notices: list[Msg] = []
    immutable = False
    log = WriteAheadLog.read(path)
    if log is not None:
        keys = keys or _file_keys(path, passphrase)
        log, immutable = _judge(path, log, keys, read_only=read_only, writable_medium=writable_medium,
                                notices=notices, set_aside=set_aside)
    if read_only and not writable_medium and log is None:
        immutable = True  # SQLite cannot make its shared-memory file here; nothing else writes it either
        notices.append(Msg("notice_read_only_medium", path=path))
    try:
        conn = _connect(path, passphrase, keys, read_only=read_only, immutable=immutable)
    except _Retry:
        # some systems (Windows) tell a read-only medium only by refusing the shared-memory file
        conn = _connect(path, passphrase, keys, read_only=True, immutable=True)
        notices.append(Msg("notice_read_only_medium", path=path))
        immutable = True
    return Opened(conn, keys, notices, immutable)


def create_register(path: Path, keys: cipher.Keys) -> Connection:
    """A connection to a new, empty file (created 0600 by the caller) under `keys`."""
    return _connect(path, "", keys, read_only=False, immutable=False)


class _Retry(Exception):
    pass


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # a rollback journal's header (sqlite.org/fileformat2.html)


def _hot_journal(path: Path) -> bool:
    """A rollback journal that no writer is using: what an interrupted write left."""
    try:
        with Path(str(path) + "-journal").open("rb") as handle:
            if handle.read(8) != JOURNAL_MAGIC:
                return False
    except OSError:
        return False
    if not folder_writable(path.parent):
        return True  # nobody writes here
    lock = WriterLock(path)
    try:
        lock.acquire()
    except RegisterLocked:
        return False  # a writer's live journal (a register on a network share): SQLite waits for it
    except OSError:
        return True
    lock.release()
    return True


def _file_keys(path: Path, passphrase: str) -> cipher.Keys:
    with path.open("rb") as handle:
        salt = cipher.file_salt(handle.read(cipher.SALT_SIZE))
    return cipher.derive(passphrase, salt)


def _first_page(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(PAGE_SIZE)


def _judge(path: Path, log: WriteAheadLog, keys: cipher.Keys, *, read_only: bool, writable_medium: bool,
           notices: list[Msg], set_aside: SetAside | None) -> tuple[WriteAheadLog | None, bool]:
    """Decide what to do with the log beside `path` before SQLite sees it; returns the log still in
    play (None when set aside or ignored) and whether to open immutable (the log ignored)."""
    first = _first_page(path)
    file_ok = cipher.authentic(keys, first, 1)
    scan = log.scan(keys)
    same_file = cipher.file_salt(first) in scan.page1_salts
    if not (file_ok or scan.any_ok):
        raise WrongPassphrase(str(path))  # neither the file nor the log opens under it: touch nothing
    if scan.all_ok:  # every frame written under these keys: the register's own log
        if not (file_ok or scan.readable(1)):
            raise WrongPassphrase(str(path))
        if read_only and not writable_medium and not Path(str(path) + "-shm").exists():
            raise UnfinishedJournal(str(path), log.path.name)
        return log, False
    if scan.any_ok or same_file:
        # The register's own log with frames these keys do not open: a torn last frame (SQLite
        # ignores it), or a passphrase change written into the log by an older version (SQLite
        # applies it if it was committed). Which, SQLite says — from a connection that cannot write.
        if not writable_medium:
            raise UnfinishedJournal(str(path), log.path.name)
        probe = _connect(path, "", keys, read_only=True, immutable=False, probe=file_ok and same_file)
        probe.close()
        return log, False
    if not writable_medium:
        notices.append(Msg("notice_journal_ignored", path=path, journal=log.path.name))
        return None, True
    if set_aside is None:
        raise ForeignJournal(str(path), log.path.name, "another process")
    aside = set_aside(log)
    notices.append(Msg("notice_journal_set_aside", path=path, journal=aside.name))
    return None, False


def _connect(path: Path, passphrase: str, keys: cipher.Keys | None, *, read_only: bool, immutable: bool,
             probe: bool = False) -> Connection:
    """Open `path` under `key` and read page 1 at once; classify the first error."""
    query = "?mode=ro&immutable=1" if immutable else ("?mode=ro" if read_only else "")
    conn = sqlcipher3.connect(path.resolve().as_uri() + query, uri=True, isolation_level=None,
                              check_same_thread=False, timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # never let SQLCipher print at the user
        if keys is not None:
            conn.execute(f'PRAGMA key = "{keys.spec}"')  # raw key and salt: no second derivation
        else:
            conn.execute(f"PRAGMA key = {quote(passphrase)}")
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except DatabaseError as error:
            code = error_code(error)
            if code == SQLITE_NOTADB:
                raise WrongPassphrase(str(path), changed=probe) from None
            if code == SQLITE_CORRUPT:
                raise DamagedRegister(str(path), Msg("damaged_short", pages=path.stat().st_size // PAGE_SIZE)) \
                    from None
            if code == SQLITE_CANTOPEN and read_only and not immutable and not probe:
                raise _Retry() from None
            known = as_known(error, path)
            if known is not None:
                raise known from None
            raise
        if probe:
            return conn
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as error:
            raise describe_damage(conn, path, error) from None
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 10000")
        if not read_only:
            # WAL needs shared memory on one host; on a network share use the rollback journal.
            mode = "DELETE" if is_network_path(path) else "WAL"
            conn.execute(f"PRAGMA journal_mode = {mode}")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn
