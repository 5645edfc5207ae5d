"""An encrypted copy of an open register in a new file (backups, the pre-migration backup, restores)."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from compliance_desk.storage.connection import Connection, DatabaseError
from compliance_desk.storage.files import create_private, make_private, remove_with_sidecars


def export(conn: Connection, destination: Path, passphrase: str, user_version: int) -> None:
    """Copy the database behind `conn` into a new encrypted file at `destination` (a temporary
    name: the caller gives it its final name once complete). Never a file copy of a live register:
    sqlcipher_export reads one consistent snapshot."""
    create_private(destination)
    in_transaction = conn.in_transaction
    attached = False
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(destination), passphrase))
        attached = True
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute(f"PRAGMA backup.user_version = {int(user_version)}")
        conn.execute("DETACH DATABASE backup")
        attached = False
        make_private(destination)
    except BaseException:
        # the first error is the one to tell: cleaning up must not replace it with another
        with suppress(DatabaseError):
            if conn.in_transaction and not in_transaction:
                conn.execute("ROLLBACK")
            if attached:
                conn.execute("DETACH DATABASE backup")
        remove_with_sidecars(destination)
        raise
