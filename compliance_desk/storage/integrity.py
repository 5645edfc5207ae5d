"""verify: the pages' HMACs read through the write-ahead log, SQLite's integrity and foreign-key
checks, the audit chain and the rows against it — all inside one read transaction (one snapshot),
so a writer working beside it never makes them disagree."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from compliance_desk.storage import audit, cipher
from compliance_desk.storage.connection import Connection, DatabaseError
from compliance_desk.storage.connection import damaged_pages as file_pages
from compliance_desk.storage.wal import WriteAheadLog

KeysFor = Callable[[], cipher.Keys]


def verify(conn: Connection, path: Path, keys_for: KeysFor, progress: audit.Progress = None) -> audit.Verdict:
    problems: list[audit.Problem] = []
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        # the snapshot starts here: from now on a checkpoint beside us only copies into the file
        # pages the log still holds, and the log is not restarted under us
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pages = damaged_pages(conn, path, keys_for)
        if pages:
            problems.append(audit.Problem("integrity", "file", f"pages {pages[:10]} fail their HMAC"))
            return audit.Verdict(0, "", problems)
        for (line,) in conn.execute("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(audit.Problem("integrity", "database", str(line)))
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:10]:
            problems.append(audit.Problem("integrity", f"{table} row {rowid}", f"refers to a missing {parent} row"))
        count, seal, broken = audit.verify_chain(conn, progress)
        if broken:
            problems.append(broken)
        problems.extend(audit.verify_rows(conn))
    finally:
        if began:
            with suppress(DatabaseError):
                conn.execute("COMMIT")
    return audit.Verdict(count, seal, problems)


def damaged_pages(conn: Connection, path: Path, keys_for: KeysFor) -> list[int]:
    """Pages that fail their HMAC, read through the write-ahead log: a page of the file that a
    committed frame of the log replaces (and that frame authenticates) is not damaged — it is what
    an interrupted passphrase change or checkpoint leaves behind."""
    pages = file_pages(conn)
    if not pages:
        return pages
    log = WriteAheadLog.read(path)
    if log is None:
        return pages
    scan = log.scan(keys_for())
    return [p for p in pages if not scan.readable(p)]
