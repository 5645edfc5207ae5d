"""The action queue's rules: stages, order by the law's weight, acknowledgements and snoozes."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain.queue import (
    Mark,
    QueueItem,
    entries,
    group_counts,
    ordered,
    snooze_end,
    stage_for,
)

TODAY = dt.date(2026, 6, 15)


def item(group: str, stage: str, key: str, due: dt.date | None = None, reference: str = "X-1") -> QueueItem:
    return QueueItem(group=group, stage=stage, key=key, entity="disclosure", record_id=1, reference=reference,
                     title_en=key, title_ar=key, due=due)


@pytest.mark.parametrize(("days", "stage"), [(-1, "overdue"), (0, "today"), (1, "soon"), (14, "soon"),
                                             (15, "later")])
def test_stage_at_its_edges(days: int, stage: str) -> None:
    assert stage_for(TODAY + dt.timedelta(days=days), TODAY, 14) == stage
    assert stage_for(None, TODAY, 14) == "later"


def test_the_law_first_then_urgency_then_the_deadline() -> None:
    upkeep = item("upkeep", "overdue", "a", TODAY - dt.timedelta(days=300))
    kyc = item("kyc", "overdue", "b", TODAY - dt.timedelta(days=5000))
    legal_soon = item("legal", "soon", "c", TODAY + dt.timedelta(days=3))
    legal_late = item("legal", "overdue", "d", TODAY - dt.timedelta(days=4))
    deferral = item("deferral", "overdue", "e", TODAY - dt.timedelta(days=30))
    assert [i.key for i in ordered([upkeep, kyc, legal_soon, legal_late, deferral])] == ["d", "c", "e", "b", "a"]


def test_an_acknowledgement_lapses_when_the_deadline_moves() -> None:
    old = TODAY - dt.timedelta(days=3)
    mark = Mark("k", "acknowledged", "overdue", "extension asked for", due=old)
    assert mark.hides(item("legal", "overdue", "k", old), TODAY)
    moved = TODAY + dt.timedelta(days=5)  # the court set a new date: the queue asks again
    assert not mark.hides(item("legal", "soon", "k", moved), TODAY)


def test_an_acknowledgement_holds_until_the_item_gets_more_urgent() -> None:
    mark = Mark("k", "acknowledged", "soon", "extension granted")
    assert mark.hides(item("legal", "soon", "k"), TODAY)
    assert mark.hides(item("legal", "later", "k"), TODAY)
    assert not mark.hides(item("legal", "today", "k"), TODAY)
    assert not mark.hides(item("legal", "overdue", "k"), TODAY)
    assert Mark("k", "acknowledged", "overdue", "x").hides(item("kyc", "overdue", "k"), TODAY)
    assert not Mark("k", "cleared", "soon", "").hides(item("legal", "soon", "k"), TODAY)


def test_a_snooze_ends_on_its_day_and_a_legal_deadline_on_its_due_date() -> None:
    until = TODAY + dt.timedelta(days=10)
    review = item("upkeep", "soon", "k", TODAY + dt.timedelta(days=20))
    snooze = Mark("k", "snoozed", "soon", "on leave", until)
    assert snooze.hides(review, TODAY) and snooze.hides(review, until - dt.timedelta(days=1))
    assert not snooze.hides(review, until)
    request = item("legal", "soon", "k", TODAY + dt.timedelta(days=4))
    assert snooze_end(request, until) == TODAY + dt.timedelta(days=4)
    assert snooze.hides(request, TODAY + dt.timedelta(days=3))
    assert not snooze.hides(request, TODAY + dt.timedelta(days=4))  # the law's clock does not snooze


def test_entries_and_group_counts() -> None:
    items = [item("legal", "overdue", "a"), item("legal", "today", "b"), item("kyc", "soon", "c"),
             item("kyc", "overdue", "d")]
    listed = entries(items, {"d": Mark("d", "acknowledged", "overdue", "new passport requested")}, TODAY)
    assert [(e.item.key, e.hidden) for e in listed] == [("a", False), ("b", False), ("d", True), ("c", False)]
    counts = group_counts(listed)
    assert [(c.group, c.total, c.overdue, c.today) for c in counts] == [("legal", 2, 1, 1), ("kyc", 1, 0, 0)]


def test_unknown_group_or_stage_is_refused() -> None:
    with pytest.raises(ValueError):
        item("gossip", "soon", "k")
    with pytest.raises(ValueError):
        item("legal", "someday", "k")
