"""Use cases of the register of processing activities and its recipients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from compliance_desk.domain.completeness import ACTIVITY_MINIMUM, missing
from compliance_desk.domain.entities import ACTIVITY, ACTIVITY_RECIPIENT, RECIPIENT, TRANSFER
from compliance_desk.domain.messages import isolate
from compliance_desk.domain.queue import QueueItem, stage_for
from compliance_desk.domain.rules import check_activity
from compliance_desk.domain.validation import clean
from compliance_desk.storage import records
from compliance_desk.storage.errors import RecordReferenced
from compliance_desk.storage.listing import _incomplete_sql
from compliance_desk.storage.register import Register

TRANSFER_KEYS = ("country", "recipient_id", "safeguard", "notes")


def links(register: Register, activity_id: int) -> tuple[list[int], list[dict[str, Any]]]:
    """The recipient ids and the transfers abroad of an activity."""
    recipients = [r for (r,) in register.conn.execute(
        "SELECT recipient_id FROM activity_recipients WHERE activity_id = ? ORDER BY recipient_id", (activity_id,))]
    cursor = register.conn.execute(
        "SELECT id, country, recipient_id, safeguard, notes FROM transfers WHERE activity_id = ? ORDER BY id",
        (activity_id,))
    transfers = [dict(zip(("id", *TRANSFER_KEYS), row, strict=True)) for row in cursor]
    return recipients, transfers


def save_activity(register: Register, activity_id: int | None, values: Mapping[str, Any],
                  recipient_ids: Sequence[int] | None = None,
                  transfers: Sequence[Mapping[str, Any]] | None = None, *,
                  expected_version: int | None = None) -> int:
    """Create (id None) or update an activity with its recipients and transfers, in one transaction.
    `expected_version`: the activity's version when it was read for editing (records.version); a
    save over someone else's later change is refused (StaleRecord)."""
    with register.atomic():
        if activity_id is None:
            check_activity(clean(ACTIVITY, values))
            activity_id = records.create(register, ACTIVITY, values)
        else:
            current = records.get(register, ACTIVITY, activity_id)
            check_activity({**current, **clean(ACTIVITY, values, partial=True)})
            records.update(register, ACTIVITY, activity_id, values, expected_version=expected_version)
        if recipient_ids is not None:
            _sync_recipients(register, activity_id, recipient_ids)
        if transfers is not None:
            _sync_transfers(register, activity_id, transfers)
        return activity_id


def _sync_recipients(register: Register, activity_id: int, wanted: Sequence[int]) -> None:
    current = dict(register.conn.execute(
        "SELECT recipient_id, id FROM activity_recipients WHERE activity_id = ?", (activity_id,)).fetchall())
    for recipient_id, link_id in current.items():
        if recipient_id not in wanted:
            register.delete(ACTIVITY_RECIPIENT, link_id)
    for recipient_id in dict.fromkeys(wanted):
        if recipient_id not in current:
            register.insert(ACTIVITY_RECIPIENT, clean(ACTIVITY_RECIPIENT, {
                "activity_id": activity_id, "recipient_id": recipient_id}))


def _sync_transfers(register: Register, activity_id: int, wanted: Sequence[Mapping[str, Any]]) -> None:
    _, current = links(register, activity_id)
    keep_ids = {t["id"] for t in wanted if t.get("id")}
    for existing in current:
        if existing["id"] not in keep_ids:
            register.delete(TRANSFER, existing["id"])
    for transfer in wanted:
        values = clean(TRANSFER, {"activity_id": activity_id, **{k: transfer.get(k) for k in TRANSFER_KEYS}})
        if transfer.get("id"):
            register.update(TRANSFER, int(transfer["id"]), values)
        else:
            register.insert(TRANSFER, values)


def duplicate_activity(register: Register, activity_id: int, suffix: tuple[str, str] = ("(copy)", "(نسخة)")) -> int:
    """A draft copy of an activity, with its recipients and transfers."""
    original = records.get(register, ACTIVITY, activity_id)
    values = {f.name: original[f.name] for f in ACTIVITY.fields}
    values["status"] = "draft"
    values["last_review"] = values["next_review"] = None
    if values.get("name_en"):
        values["name_en"] = f"{values['name_en']} {suffix[0]}"
    if values.get("name_ar"):
        values["name_ar"] = f"{values['name_ar']} {suffix[1]}"
    recipients, transfers = links(register, activity_id)
    return save_activity(register, None, values, recipients,
                         [{k: t[k] for k in TRANSFER_KEYS} for t in transfers])


def retire_activity(register: Register, activity_id: int) -> None:
    records.update(register, ACTIVITY, activity_id, {"status": "retired"})


def delete_activity(register: Register, activity_id: int) -> None:
    """Delete an activity that no disclosure or attachment refers to, with its own links."""
    with register.atomic():
        activity = records.get(register, ACTIVITY, activity_id)
        outside = sum(register.conn.execute(sql, (activity_id,)).fetchone()[0] for sql in (
            "SELECT count(*) FROM disclosure_activities WHERE activity_id = ?",
            "SELECT count(*) FROM attachments WHERE activity_id = ?",
        ))
        if outside:
            raise RecordReferenced(activity["reference"], outside)
        _sync_recipients(register, activity_id, [])
        _sync_transfers(register, activity_id, [])
        register.delete(ACTIVITY, activity_id)


def save_recipient(register: Register, recipient_id: int | None, values: Mapping[str, Any]) -> int:
    if recipient_id is None:
        return records.create(register, RECIPIENT, values)
    records.update(register, RECIPIENT, recipient_id, values)
    return recipient_id


def retire_recipient(register: Register, recipient_id: int) -> None:
    records.update(register, RECIPIENT, recipient_id, {"status": "retired"})


def delete_recipient(register: Register, recipient_id: int) -> None:
    """Delete a recipient no activity or transfer names (others are retired instead)."""
    records.delete(register, RECIPIENT, recipient_id)


# ---------------------------------------------------------------- the action queue
REVIEW_SOON_DAYS = 30


def queue_items(register: Register, today: dt.date) -> list[QueueItem]:
    """The "upkeep" group: activities due for review, and activities missing a minimum content of the
    record of processing (PDPL Art. 31, Implementing Regulation Art. 33; domain.completeness).

    Retired activities ask for nothing. An incomplete active activity is "soon" (the record the law
    requires has a gap now); an incomplete draft is "later".
    """
    limit = (today + dt.timedelta(days=REVIEW_SOON_DAYS)).isoformat()
    columns = sorted({"id", "reference", "name_ar", "name_en", "status", "next_review",
                      *(f for requirement in ACTIVITY_MINIMUM for f in requirement.fields)})
    cursor = register.conn.execute(
        f"SELECT {', '.join(columns)} FROM activities WHERE status != 'retired'"  # noqa: S608 - declared fields
        f" AND ((next_review IS NOT NULL AND next_review <= ?) OR {_incomplete_sql('activities')})", (limit,))
    items = []
    for row in cursor:
        activity = dict(zip(columns, row, strict=True))
        name_en = isolate(activity["name_en"] or activity["name_ar"] or activity["reference"])
        name_ar = isolate(activity["name_ar"] or activity["name_en"] or activity["reference"])
        record_id, reference = int(activity["id"]), str(activity["reference"])
        if activity["next_review"] and activity["next_review"] <= limit:
            due = dt.date.fromisoformat(activity["next_review"][:10])
            items.append(QueueItem(
                group="upkeep", stage=stage_for(due, today, REVIEW_SOON_DAYS), key=f"activity:{record_id}:review",
                entity="activity", record_id=record_id, reference=reference, title_en=f"Review “{name_en}”",
                title_ar=f"مراجعة «{name_ar}»", due=due))
        gaps = missing(activity)
        if gaps:
            items.append(QueueItem(
                group="upkeep", stage="soon" if activity["status"] == "active" else "later",
                key=f"activity:{record_id}:incomplete", entity="activity", record_id=record_id, reference=reference,
                title_en=f"Complete “{name_en}”", title_ar=f"استكمال «{name_ar}»",
                detail_en="Missing: " + ", ".join(g.label("en") for g in gaps),
                detail_ar="ينقص: " + "، ".join(g.label("ar") for g in gaps)))
    return items
