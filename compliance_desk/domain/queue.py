"""The officer's action queue: what is due, grouped by kind and weighed by the law's clocks.

Each register contributes items through a provider in `storage` (see `storage/queue.py`); the
desktop app's home page and the navigation counts read the merged, ordered queue. Items are plain
data: reports and the CLI can list them without Qt.

Order: group first (GROUPS, most pressing first), then stage (overdue before due soon before
later), then the deadline instant, then the reference.

The officer may acknowledge an item or snooze it, with a reason (`Mark`, stored and audited by
`storage.queue.mark`); `entries` pairs items with their marks and says which are hidden today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Groups, most pressing first. A group a register does not use yet simply has no items.
GROUPS: tuple[str, ...] = (
    "breach",          # personal-data breaches: the 72-hour clock to SDAIA
    "sanctions",       # confirmed or escalated sanctions hits
    "legal",           # authority requests (disclosures) and data-subject requests: legal deadlines
    "deferral",        # lapsed "notify the subject after" deferrals of gagged disclosures
    "kyc",             # expired / expiring identity documents, overdue re-verification
    "upkeep",          # activities due for review, incomplete records
)
GROUP_LABELS: dict[str, tuple[str, str]] = {
    "breach": ("Personal-data breaches", "حوادث تسرب البيانات الشخصية"),
    "sanctions": ("Sanctions screening", "فحص قوائم العقوبات"),
    "legal": ("Legal deadlines", "المواعيد النظامية"),
    "deferral": ("Deferred notifications now due", "إشعارات انتهى تأجيلها"),
    "kyc": ("Customer due diligence (KYC)", "العناية الواجبة بالعملاء"),
    "upkeep": ("Register upkeep", "صيانة السجل"),
}

# Stages, most urgent first.
STAGES: tuple[str, ...] = ("overdue", "today", "soon", "later")


@dataclass(frozen=True)
class QueueItem:
    """One thing the officer must do, tied to one record.

    `key` identifies the item across recomputations (for acknowledge/snooze): e.g.
    "disclosure:12:deadline". `due` is a date or an aware datetime (breach clocks are in hours).
    Titles and details are given in both languages so no face has to translate them (names inside
    them are bidi isolates). `extra` carries what a face may use: "customer_id" for KYC items (the
    customer whose page shows the document), "emergency" for emergency requests. The desktop app maps
    `entity` to the page that opens the record (ui/shell/navigation.PAGE_OF_ENTITY).
    """

    group: str
    stage: str
    key: str
    entity: str          # entity name, e.g. "disclosure", "customer", "document"
    record_id: int
    reference: str
    title_en: str
    title_ar: str
    due: dt.date | dt.datetime | None = None
    detail_en: str = ""
    detail_ar: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"unknown queue group {self.group!r}")
        if self.stage not in STAGES:
            raise ValueError(f"unknown queue stage {self.stage!r}")

    def title(self, lang: str) -> str:
        return self.title_ar if lang == "ar" else self.title_en

    def detail(self, lang: str) -> str:
        return self.detail_ar if lang == "ar" else self.detail_en

    def sort_key(self) -> tuple[int, int, str, str]:
        due = self.due
        if isinstance(due, dt.datetime):
            instant = due.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        elif isinstance(due, dt.date):
            instant = due.isoformat() + "T00:00:00"
        else:
            instant = "9999"
        return GROUPS.index(self.group), STAGES.index(self.stage), instant, self.reference


def ordered(items: list[QueueItem]) -> list[QueueItem]:
    return sorted(items, key=QueueItem.sort_key)


def stage_for(due: dt.date | None, today: dt.date, soon_days: int) -> str:
    """overdue (before today), today, soon (within `soon_days`), or later."""
    if due is None:
        return "later"
    days = (due - today).days
    return "overdue" if days < 0 else "today" if days == 0 else "soon" if days <= soon_days else "later"


def due_date(item: QueueItem) -> dt.date | None:
    return item.due.date() if isinstance(item.due, dt.datetime) else item.due


# ---------------------------------------------------------------- acknowledgements and snoozes
# Groups whose clock is set by law: a snooze never outlives the deadline itself.
LEGAL_GROUPS = frozenset({"breach", "legal"})
MARKS: tuple[str, ...] = ("acknowledged", "snoozed", "cleared")
MAX_SNOOZE_DAYS = 90


@dataclass(frozen=True)
class Mark:
    """The officer's latest word on a queue item: acknowledged, snoozed until a date, or cleared.

    An acknowledgement holds while the item keeps the deadline it had and stays at the stage it was
    acknowledged in, or becomes less urgent; when it moves closer to its deadline (soon → today →
    overdue), or the deadline itself changes, it asks again. A snooze holds until its date; for a
    legal deadline it ends on the deadline at the latest.
    """

    key: str
    mark: str
    stage: str
    reason: str
    until: dt.date | None = None
    by: str = ""
    at: str = ""
    due: dt.date | None = None  # the item's deadline when it was marked

    def hides(self, item: QueueItem, today: dt.date) -> bool:
        if self.mark == "acknowledged":
            return self.due == due_date(item) and STAGES.index(item.stage) >= STAGES.index(self.stage)
        if self.mark == "snoozed" and self.until is not None:
            return today < snooze_end(item, self.until)
        return False


def snooze_end(item: QueueItem, until: dt.date) -> dt.date:
    """When a snooze of `item` until `until` ends: on the deadline at the latest for legal clocks."""
    due = due_date(item)
    if item.group in LEGAL_GROUPS and due is not None:
        return min(until, due)
    return until


@dataclass(frozen=True)
class Entry:
    """A queue item with the officer's mark on it, and whether that mark hides it today."""

    item: QueueItem
    mark: Mark | None
    hidden: bool


def entries(items: list[QueueItem], marks: dict[str, Mark], today: dt.date) -> list[Entry]:
    """The ordered items with their marks (a mark whose stage has passed no longer hides)."""
    found = []
    for item in ordered(items):
        mark = marks.get(item.key)
        found.append(Entry(item, mark, bool(mark and mark.hides(item, today))))
    return found


@dataclass(frozen=True)
class GroupCount:
    group: str
    total: int
    overdue: int
    today: int


def group_counts(shown: list[Entry]) -> list[GroupCount]:
    """Per group in GROUPS order: items needing action, and how many are overdue or due today."""
    counts = []
    for group in GROUPS:
        items = [e.item for e in shown if e.item.group == group and not e.hidden]
        if items:
            counts.append(GroupCount(group, len(items), sum(i.stage == "overdue" for i in items),
                                     sum(i.stage == "today" for i in items)))
    return counts
