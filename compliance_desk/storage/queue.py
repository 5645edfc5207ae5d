"""The action queue's providers: each register module contributes its due items.

A provider is `fn(register, today) -> list[QueueItem]`. Add a register's provider to PROVIDERS
(one line) when the register lands; `collect` merges and orders them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from compliance_desk.domain.queue import QueueItem, ordered
from compliance_desk.storage.register import Register
from compliance_desk.storage.screening import queue_items as sanctions_items

Provider = Callable[[Register, dt.date], list[QueueItem]]

PROVIDERS: list[Provider] = [sanctions_items]


def collect(register: Register, today: dt.date) -> list[QueueItem]:
    items: list[QueueItem] = []
    for provider in PROVIDERS:
        items.extend(provider(register, today))
    return ordered(items)
