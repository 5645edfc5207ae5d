"""Use cases of the register of processing activities and its recipients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from compliance_desk.domain.entities import ACTIVITY, ACTIVITY_RECIPIENT, RECIPIENT, TRANSFER
from compliance_desk.domain.rules import check_activity
from compliance_desk.domain.validation import clean
from compliance_desk.storage import records
from compliance_desk.storage.errors import RecordReferenced
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
                  transfers: Sequence[Mapping[str, Any]] | None = None) -> int:
    """Create (id None) or update an activity with its recipients and transfers, in one transaction."""
    with register.atomic():
        if activity_id is None:
            check_activity(clean(ACTIVITY, values))
            activity_id = records.create(register, ACTIVITY, values)
        else:
            current = records.get(register, ACTIVITY, activity_id)
            check_activity({**current, **clean(ACTIVITY, values, partial=True)})
            records.update(register, ACTIVITY, activity_id, values)
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
