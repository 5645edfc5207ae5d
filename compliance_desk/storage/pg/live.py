"""Officers see each other's changes without reopening: PostgreSQL's LISTEN/NOTIFY.

Every write transaction on a server register ends, just before its COMMIT, with a notification on
the channel `compliance_desk` carrying the chain's new head: its sequence number, its hash (the
seal) and its actor (storage/pg/register.py). PostgreSQL delivers a notification only when its
transaction commits, so nobody is told of a change that did not happen. A face listens through
`Live`: it tells what others committed since it last asked (its own connection's notifications are
left out), and gives the socket to watch (`fileno`) so an event loop can ask only when there is
something to read. A notification is a hint to refresh tables, the action queue and the seal; the
register itself stays the truth (a listener that was away simply reloads).
"""

from __future__ import annotations

import json
import select
from dataclasses import dataclass
from typing import Any

from compliance_desk.storage.pg.register import PgRegister

CHANNEL = "compliance_desk"


@dataclass(frozen=True)
class Change:
    seq: int
    seal: str
    actor: str


class Live:
    """The changes others commit to an open server register (LISTEN on its own connection)."""

    def __init__(self, register: PgRegister) -> None:
        self.register = register
        self.raw = register.conn.raw
        self._own = self.raw.info.backend_pid
        self._pending: list[Change] = []
        self.raw.add_notify_handler(self._received)
        register.conn.execute(f"LISTEN {CHANNEL}")

    def _received(self, notice: Any) -> None:
        if notice.channel != CHANNEL or notice.pid == self._own:
            return
        try:
            head = json.loads(notice.payload)
            self._pending.append(Change(int(head["seq"]), str(head["seal"]), str(head["actor"])))
        except (ValueError, KeyError, TypeError):
            return  # not ours

    def fileno(self) -> int:
        return int(self.raw.fileno())

    def changes(self, wait: float = 0.0) -> list[Change]:
        """What others committed since the last call, oldest first; waits up to `wait` seconds for
        the first when there is none yet. Not inside a transaction of this register."""
        if not self._pending:
            readable, _, _ = select.select([self.fileno()], [], [], wait)
            if readable or not wait:
                self.register.conn.execute("SELECT 1")  # reads what arrived; the handler keeps it
        found, self._pending = self._pending, []
        return found

    def poll(self) -> list[Change]:
        """What others committed, without a round trip to the server unless something arrived (for
        an event loop's timer). Not inside a transaction of this register."""
        if not self._pending:
            readable, _, _ = select.select([self.fileno()], [], [], 0)
            if readable:
                self.register.conn.execute("SELECT 1")  # reads what arrived; the handler keeps it
        found, self._pending = self._pending, []
        return found

    def close(self) -> None:
        if self.register.is_open and self.register.conn.raw is self.raw and not self.raw.broken:
            self.register.conn.execute(f"UNLISTEN {CHANNEL}")
        self.raw.remove_notify_handler(self._received)
