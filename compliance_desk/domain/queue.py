"""The officer's action queue: what is due, grouped by kind and weighed by the law's clocks.

Each register contributes items through a provider in `storage` (see `storage/queue.py`); the
desktop app's home page and the navigation counts read the merged, ordered queue. Items are plain
data: reports and the CLI can list them without Qt.

Order: group first (GROUPS, most pressing first), then stage (overdue before due soon before
later), then the deadline instant, then the reference.
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
    "breach": ("Personal-data breaches", "تسربات البيانات الشخصية"),
    "sanctions": ("Sanctions screening", "فحص قوائم العقوبات"),
    "legal": ("Legal deadlines", "المواعيد النظامية"),
    "deferral": ("Notifications deferred", "إشعارات مؤجلة"),
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
    Titles and details are given in both languages so no face has to translate them.
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
