"""What the server register's modules share: the writers' lock, the schema's version, the notice."""

from __future__ import annotations

from compliance_desk.storage.pg.connection import PgConnection

# The one advisory lock of a register's writers (any 64-bit number agreed by every writer)
WRITER_LOCK = 0x43444553_4B000001  # "CDESK" 1

# The chain's new head, told to the other officers' open registers when the transaction commits
NOTIFY_HEAD = ("SELECT pg_notify('compliance_desk', (SELECT json_build_object('seq', seq, 'seal', hash, 'actor', actor)::text"
               " FROM audit ORDER BY seq DESC LIMIT 1))")


def schema_version(conn: PgConnection) -> int:
    """The highest migration applied (0 when the database holds no register)."""
    present = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
    if not present:
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0])
