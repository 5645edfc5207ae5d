"""Opening a SQLCipher file and telling a wrong passphrase from a damaged or foreign file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3
from sqlcipher3 import dbapi2

from compliance_desk.domain.errors import Msg
from compliance_desk.storage.errors import (
    DamagedRegister,
    NotARegister,
    RegisterMissing,
    WrongPassphrase,
)
from compliance_desk.storage.files import is_network_path

PAGE_SIZE = 4096  # SQLCipher 4 default
PLAIN_HEADER = b"SQLite format 3\x00"
DatabaseError = dbapi2.DatabaseError
# sqlcipher3 ships no type information; its connection is the DB-API sqlite3 connection.
Connection: TypeAlias = Any


def quote(text: str) -> str:
    """A SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _check_file(path: Path) -> None:
    """Refuse what is plainly not an encrypted register before any key is tried."""
    if not path.exists():
        raise RegisterMissing(str(path))
    size = path.stat().st_size
    if size == 0:
        raise NotARegister(str(path), Msg("reason_too_small"))
    with path.open("rb") as handle:
        header = handle.read(len(PLAIN_HEADER))
    if header == PLAIN_HEADER:
        raise NotARegister(str(path), Msg("reason_plain_sqlite"))
    if size < PAGE_SIZE:
        raise NotARegister(str(path), Msg("reason_too_small"))
    if size % PAGE_SIZE:
        raise DamagedRegister(str(path), Msg("damaged_truncated", size=size))


def damaged_pages(conn: Connection) -> list[int]:
    """Pages whose HMAC fails, from SQLCipher's own check."""
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


def connect(path: Path, passphrase: str, *, read_only: bool = False, create: bool = False) -> Connection:
    """An open, keyed connection whose key has been confirmed by reading page 1.

    SQLCipher accepts any key at PRAGMA key; the error only comes at the first read. So read at
    once: page 1 failing its HMAC means a wrong passphrase (or a foreign file); a later page
    failing means the key is right and the file is damaged.
    """
    if not create:
        _check_file(path)
    target = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    conn = sqlcipher3.connect(target, uri=True, isolation_level=None, check_same_thread=False,
                              timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # never let SQLCipher print at the user
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except DatabaseError:
            raise WrongPassphrase(str(path)) from None
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
