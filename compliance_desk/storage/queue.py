"""The action queue's providers: each register module contributes its due items.

A provider is `fn(register, today) -> list[QueueItem]`. Add a register's provider to PROVIDERS
(one line) when the register lands; `collect` merges and orders them. The officer's
acknowledgements and snoozes are rows of `queue_marks`, written (and audited) by `mark`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from compliance_desk.domain import clock
from compliance_desk.domain.entities import QUEUE_MARK
from compliance_desk.domain.errors import Msg, ValidationError
from compliance_desk.domain.queue import (
    MAX_SNOOZE_DAYS,
    Entry,
    Mark,
    QueueItem,
    due_date,
    entries,
    ordered,
)
from compliance_desk.domain.validation import clean
from compliance_desk.storage import activities, breaches, disclosures, kyc, requests
from compliance_desk.storage.register import Register
from compliance_desk.storage.screening import queue_items as sanctions_items

Provider = Callable[[Register, dt.date], list[QueueItem]]

PROVIDERS: list[Provider] = [
    breaches.queue_items,
    sanctions_items,
    disclosures.queue_deadlines,
    disclosures.queue_deferrals,
    requests.queue_items,
    kyc.queue_items,
    activities.queue_items,
]


def collect(register: Register, today: dt.date) -> list[QueueItem]:
    items: list[QueueItem] = []
    for provider in PROVIDERS:
        items.extend(provider(register, today))
    return ordered(items)


def marks(register: Register) -> dict[str, Mark]:
    """The latest mark of every item ever marked, by item key."""
    cursor = register.conn.execute(
        "SELECT m.item_key, m.mark, m.stage, m.reason, m.snoozed_until, m.marked_by, m.created_at, m.item_due"
        " FROM queue_marks m JOIN (SELECT item_key, max(id) AS id FROM queue_marks GROUP BY item_key) last"
        " ON last.id = m.id")
    found = {}
    for key, kind, stage, reason, until, by, at, due in cursor:
        found[key] = Mark(key, kind, stage, reason or "", dt.date.fromisoformat(until) if until else None,
                          by or "", at or "", dt.date.fromisoformat(due) if due else None)
    return found


def queue(register: Register, today: dt.date | None = None) -> list[Entry]:
    """Every due item, ordered, with the officer's mark and whether it is hidden today."""
    today = today or clock.today()
    items = [item for provider in PROVIDERS for item in provider(register, today)]
    return entries(items, marks(register), today)  # (entries orders them)


def mark(register: Register, item: QueueItem, kind: str, reason: str = "", until: str | dt.date | None = None,
         today: dt.date | None = None) -> int:
    """Acknowledge, snooze (until a date) or clear an item; audited. Acknowledging and snoozing need a reason.

    A snooze lasts at most MAX_SNOOZE_DAYS; a legal deadline reappears on its due date whatever the
    snooze says (domain.queue.snooze_end).
    """
    today = today or clock.today()
    due = due_date(item)
    values = clean(QUEUE_MARK, {"item_key": item.key, "record_reference": item.reference, "mark": kind,
                                "stage": item.stage, "item_due": due.isoformat() if due else None,
                                "snoozed_until": until if kind == "snoozed" else None,
                                "reason": reason, "marked_by": register.actor})
    if kind in ("acknowledged", "snoozed") and not values["reason"]:
        raise ValidationError("reason", Msg("required"))
    if kind == "snoozed":
        end = values["snoozed_until"]
        if not end:
            raise ValidationError("snoozed_until", Msg("required"))
        if end <= today.isoformat():
            raise ValidationError("snoozed_until", Msg("snooze_in_future"))
        if end > (today + dt.timedelta(days=MAX_SNOOZE_DAYS)).isoformat():
            raise ValidationError("snoozed_until", Msg("snooze_too_long", days=MAX_SNOOZE_DAYS))
    with register.atomic():
        return register.insert(QUEUE_MARK, values)
