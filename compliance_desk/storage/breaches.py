"""Use cases of the personal-data breach register: record, assess, notify, contain, close.

Every function is one user action in one transaction, audited like every write. The rules and the
72-hour clock are in `domain.breaches` (SDAIA's personal-data breach procedural guide, Oct 2024;
PDPL Art. 20, Implementing Regulation Art. 24).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from compliance_desk.domain import breach_times, clock
from compliance_desk.domain import breaches as rules
from compliance_desk.domain.entities import (
    BREACH,
    BREACH_ACTIVITY,
    BREACH_CUSTOMER,
    BREACH_STEP,
    Entity,
)
from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.messages import isolate
from compliance_desk.domain.queue import QueueItem
from compliance_desk.domain.validation import clean
from compliance_desk.storage import clocks, records
from compliance_desk.storage.register import Register


def _cleaned(values: Mapping[str, Any], *, partial: bool, approximate: bool | None = None) -> dict[str, Any]:
    return clean(BREACH, rules.prepare(values, approximate), partial=partial)


def create(register: Register, values: Mapping[str, Any], customer_ids: Sequence[int] | None = None,
           activity_ids: Sequence[int] | None = None) -> int:
    """Record a new breach (stage open; the clock starts at "aware at")."""
    cleaned = _cleaned({k: v for k, v in values.items() if k != "stage"}, partial=False)
    rules.check(cleaned, clock.now())
    with register.atomic():
        breach_id = records.create(register, BREACH, cleaned)
        _sync(register, breach_id, BREACH_CUSTOMER, "customer_id", customer_ids)
        _sync(register, breach_id, BREACH_ACTIVITY, "activity_id", activity_ids)
        return breach_id


def _editable(register: Register, breach_id: int) -> dict[str, Any]:
    current = records.get(register, BREACH, breach_id)
    if current["stage"] == "closed":
        raise KnownError("breach_closed", reference=current["reference"])
    return current


def _approximate(current: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    if "subject_count_approximate" in values:
        return bool(clean(BREACH, {"subject_count_approximate": values["subject_count_approximate"]},
                          partial=True)["subject_count_approximate"])
    return bool(current.get("subject_count_approximate"))


def update(register: Register, breach_id: int | None, values: Mapping[str, Any],
           customer_ids: Sequence[int] | None = None, activity_ids: Sequence[int] | None = None) -> int:
    """Change a breach's fields (not its stage: that moves through `advance`)."""
    if breach_id is None:
        return create(register, values, customer_ids, activity_ids)
    with register.atomic():
        current = _editable(register, breach_id)
        given = {k: v for k, v in values.items() if k != "stage"}
        if "time_zone" not in given:
            given["time_zone"] = current["time_zone"]
        changes = _cleaned(given, partial=True, approximate=_approximate(current, given))
        rules.check({**current, **changes}, clock.now())
        records.update(register, BREACH, breach_id, changes)
        _sync(register, breach_id, BREACH_CUSTOMER, "customer_id", customer_ids)
        _sync(register, breach_id, BREACH_ACTIVITY, "activity_id", activity_ids)
        return breach_id


def advance(register: Register, breach_id: int, target: str, values: Mapping[str, Any] | None = None) -> None:
    """Move a breach to its next stage with that step's fields (closing needs every step done)."""
    with register.atomic():
        current = _editable(register, breach_id)
        given = dict(values or {})
        given.setdefault("time_zone", current["time_zone"])
        changes = _cleaned(given, partial=True, approximate=_approximate(current, given))
        merged = {**current, **changes}
        rules.check_transition(current["reference"], current["stage"], target, current)
        stage = rules.stage_after(current["stage"], target)
        now_wall = rules.wall_time(clock.now(), merged["time_zone"])
        if target == "notified" and not merged.get("sdaia_notified_at"):
            changes["sdaia_notified_at"] = now_wall
        if target == "closed":
            rules.check_close(current["reference"], steps(register, breach_id))
            if not merged.get("closed_at"):
                changes["closed_at"] = now_wall
        rules.check_step(target, {**current, **changes})
        changes["stage"] = stage
        rules.check({**current, **changes}, clock.now())
        records.update(register, BREACH, breach_id, changes)


def delete(register: Register, breach_id: int) -> None:
    """Delete a breach recorded by mistake, with its steps and links (never a closed one)."""
    with register.atomic():
        _editable(register, breach_id)
        for step in steps(register, breach_id):
            register.delete(BREACH_STEP, step["id"])
        _sync(register, breach_id, BREACH_CUSTOMER, "customer_id", [])
        _sync(register, breach_id, BREACH_ACTIVITY, "activity_id", [])
        records.delete(register, BREACH, breach_id)


# ---------------------------------------------------------------- steps and links
def add_step(register: Register, breach_id: int, values: Mapping[str, Any]) -> int:
    """Add a containment or remediation step (action, owner, due date, done on)."""
    with register.atomic():
        _editable(register, breach_id)
        return register.insert(BREACH_STEP, clean(BREACH_STEP, {**values, "breach_id": breach_id}))


def update_step(register: Register, step_id: int, values: Mapping[str, Any]) -> None:
    """Change a step, e.g. mark it done (`done_on`)."""
    with register.atomic():
        step = records.get(register, BREACH_STEP, step_id)
        _editable(register, step["breach_id"])
        records.update(register, BREACH_STEP, step_id, {k: v for k, v in values.items() if k != "breach_id"})


def steps(register: Register, breach_id: int) -> list[dict[str, Any]]:
    cursor = register.conn.execute("SELECT * FROM breach_steps WHERE breach_id = ? ORDER BY kind, id", (breach_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _sync(register: Register, breach_id: int, entity: Entity, column: str, wanted: Sequence[int] | None) -> None:
    if wanted is None:
        return
    current = dict(register.conn.execute(
        f"SELECT {column}, id FROM {entity.table} WHERE breach_id = ?", (breach_id,)).fetchall())  # noqa: S608
    for target_id, link_id in current.items():
        if target_id not in wanted:
            register.delete(entity, link_id)
    for target_id in dict.fromkeys(wanted):
        if target_id not in current:
            register.insert(entity, clean(entity, {"breach_id": breach_id, column: target_id}))


def links(register: Register, breach_id: int) -> tuple[list[int], list[int]]:
    """The customer ids and the activity ids a breach concerns."""
    customers = [c for (c,) in register.conn.execute(
        "SELECT customer_id FROM breach_customers WHERE breach_id = ? ORDER BY customer_id", (breach_id,))]
    activities = [a for (a,) in register.conn.execute(
        "SELECT activity_id FROM breach_activities WHERE breach_id = ? ORDER BY activity_id", (breach_id,))]
    return customers, activities


# ---------------------------------------------------------------- clocks, the queue, periods
def _rows(register: Register, where: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = register.conn.execute(f"SELECT * FROM breaches WHERE {where}", tuple(params))  # noqa: S608
    names = [d[0] for d in cursor.description]
    return [records.decode(BREACH, dict(zip(names, row, strict=True))) for row in cursor]


def running(register: Register, now: dt.datetime | None = None) -> list[tuple[dict[str, Any], rules.Clock]]:
    """Open breaches SDAIA may need to hear of and has not: their clocks, the nearest deadline first."""
    now = now or clock.now()
    found = []
    for row in _rows(register, "stage != 'closed' AND sdaia_notified_at IS NULL AND sdaia_decision != 'not_notifiable'"):
        found.append((row, rules.clock(row, now)))
    return sorted(found, key=lambda pair: (pair[1].deadline, pair[0]["reference"]))


def queue_items(register: Register, today: dt.date) -> list[QueueItem]:
    """Breaches whose 72-hour clock runs, and open breaches past the notice (no deadline of their own:
    containment is "without undue delay"): the "breach" group,
    first of the whole queue. The clock is in hours (domain.breaches), so the item's due is the
    deadline instant and its stage follows the hours left (the last 24 h are "today")."""
    del today  # hours, not days: the clock reads now
    items = []
    zone = org_zone(register)
    for row, found in running(register):
        assert found.stage is not None
        label_en, label_ar = rules.CLOCK_LABELS[found.stage]
        items.append(QueueItem(
            group="breach", stage=rules.QUEUE_STAGE[found.stage], key=f"breach:{row['id']}:sdaia",
            entity="breach", record_id=row["id"], reference=row["reference"],
            title_en=f"Notify SDAIA of the breach {isolate(row['title'])}",
            title_ar=f"إبلاغ سدايا بحادثة التسرب {isolate(row['title'])}",
            due=found.deadline, detail_en=f"{found.text('en')} ({label_en})",
            detail_ar=f"{found.text('ar')} ({label_ar})",
            extra={"clock": found.stage, "hours_left": round(found.hours_left, 2),
                   "due_en": breach_times.moment_text(found.deadline, zone, "en"),
                   "due_ar": breach_times.moment_text(found.deadline, zone, "ar")}))
    for row in _rows(register, "stage != 'closed' AND (sdaia_notified_at IS NOT NULL"
                               " OR sdaia_decision = 'not_notifiable')"):
        items.append(QueueItem(
            group="breach", stage="soon", key=f"breach:{row['id']}:open", entity="breach", record_id=row["id"],
            reference=row["reference"], title_en=f"Contain and close the breach {isolate(row['title'])}",
            title_ar=f"احتواء حادثة التسرب {isolate(row['title'])} وإغلاقها",
            due=None, detail_en="Containment and remediation steps",
            detail_ar="خطوات الاحتواء والمعالجة"))
    return items


def org_zone(register: Register) -> str:
    """The organisation's zone (IANA name; Asia/Riyadh unless its profile names another): breach times
    are shown in it."""
    return clocks.zone_key(register)


def period_rows(register: Register, date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    """Breaches the organisation became aware of in [date_from, date_to] (days, inclusive)."""
    return _rows(register, "substr(aware_at, 1, 10) >= ? AND substr(aware_at, 1, 10) <= ? ORDER BY aware_at, reference",
                 (date_from or "0000-01-01", date_to or "9999-12-31"))


def all_rows(register: Register) -> list[dict[str, Any]]:
    return _rows(register, "1 ORDER BY reference")
