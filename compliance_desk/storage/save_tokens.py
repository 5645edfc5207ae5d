"""A save written once, however often it is retried.

A save to a server whose connection drops while COMMIT is on its way may or may not have happened:
the app cannot know (storage/pg/errors.ConnectionLost). Retried as it was, a new record would then be
created twice, and an edit would be refused as stale by its own earlier save. So an edit dialog
gives each save a token (a random UUID), keeps it across retries, and saves under
`Register.saving(token)`: the save's first row write, inside its transaction and so under the
writers' lock, looks the token up in `save_tokens` and records it with the number of the save's
first audit entry. If it is there, an earlier attempt committed: nothing is written and
`AlreadySaved` says which entries that save wrote. The token commits or rolls back with the save.
"""

from __future__ import annotations

from typing import Any

from compliance_desk.domain import clock
from compliance_desk.storage import audit


class AlreadySaved(Exception):  # noqa: N818 - an outcome, not a failure
    """The save carrying this token was committed before (by the attempt whose answer was lost)."""

    def __init__(self, token: str, seq: int, actor: str, ts: str) -> None:
        super().__init__(f"save {token} was committed at {ts} by {actor} (entry {seq})")
        self.token, self.seq, self.actor, self.ts = token, seq, actor, ts


def claim(conn: Any, token: str, actor: str) -> None:
    """Record `token` for the save under way (inside its transaction, before its first write), or
    raise AlreadySaved when an earlier attempt of the same save committed."""
    found = conn.execute("SELECT seq, actor, ts FROM save_tokens WHERE token = ?", (token,)).fetchone()
    if found is not None:
        raise AlreadySaved(token, int(found[0]), str(found[1]), str(found[2]))
    seq, _hash = audit.head(conn)
    conn.execute("INSERT INTO save_tokens (token, seq, actor, ts) VALUES (?, ?, ?, ?)",
                 (token, seq + 1, actor, clock.timestamp()))


def saved_record(conn: Any, entity: str, saved: AlreadySaved) -> int | None:
    """The record of `entity` the committed save wrote first (a new record's id), None if none."""
    found = conn.execute("SELECT entity_id FROM audit WHERE seq >= ? AND entity = ? AND action IN ('insert', 'update')"
                         " ORDER BY seq LIMIT 1", (saved.seq, entity)).fetchone()
    return int(found[0]) if found is not None and found[0] is not None else None
