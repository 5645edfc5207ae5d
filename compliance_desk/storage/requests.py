"""Use cases of the data-subject request register (rules: domain/requests/).

Every function is one user action in one transaction, audited through `records` and `Register`.
The clock fields (received_date, first_due_date, due_date) are derived here from `received_at` in
the organisation's time zone, never typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import REQUEST, REQUEST_ACTIVITY, REQUEST_RIGHT
from compliance_desk.domain.errors import InvalidInput, KnownError, Msg, ValidationError
from compliance_desk.domain.messages import isolate
from compliance_desk.domain.queue import QueueItem, stage_for
from compliance_desk.domain.requests import deadlines, rules
from compliance_desk.domain.requests.holds import Hold, describe
from compliance_desk.domain.validation import clean
from compliance_desk.domain.vocabularies import RIGHTS
from compliance_desk.storage import records
from compliance_desk.storage.clocks import time_zone, today
from compliance_desk.storage.lock import person_name
from compliance_desk.storage.persons import holds_for
from compliance_desk.storage.register import Register

DERIVED = ("received_date", "first_due_date", "due_date")


def _derive(register: Register, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values with received_at normalised and the clock fields computed from it."""
    out = {k: v for k, v in values.items() if k not in DERIVED}
    if out.get("received_at") in (None, ""):
        return out
    tz = time_zone(register)
    try:
        moment = deadlines.received_moment(out["received_at"], tz)
    except ValueError:
        raise ValidationError("received_at", Msg("request_received_at", value=out["received_at"])) from None
    out["received_at"] = deadlines.stored_moment(moment)
    out["received_date"] = deadlines.received_day(moment, tz).isoformat()
    return out


def _clock(values: Mapping[str, Any]) -> dict[str, Any]:
    received = values.get("received_date")
    if not received:
        return {}
    owed = deadlines.due(values)
    return {"first_due_date": deadlines.first_due(dt.date.fromisoformat(str(received)[:10])).isoformat(),
            "due_date": owed.isoformat() if owed else None}


def preview(register: Register, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The request as it would stand with `values` (clock derived), checked by the rules; nothing is
    written. For dialogs that validate as the officer types. Raises ValidationError."""
    given = {k: v for k, v in values.items() if k not in ("stage", "outcome") or current is None}
    merged = {**(current or {}), **clean(REQUEST, _derive(register, given), partial=True)}
    merged.update(_clock(merged))
    rules.check(merged, today(register))
    return merged


def _check_document(register: Register, values: Mapping[str, Any]) -> None:
    """The identity document seen is one of the requester's own KYC documents."""
    document_id = values.get("identity_document_id")
    if not document_id:
        return
    owner = register.conn.execute("SELECT customer_id FROM documents WHERE id = ?", (document_id,)).fetchone()
    if owner is None or owner[0] != values.get("customer_id"):
        raise ValidationError("identity_document_id", Msg("identity_document_not_theirs"))


def create(register: Register, values: Mapping[str, Any], activity_ids: Sequence[int] | None = None) -> int:
    """Record a request as received (oral ones too: PDPL IR Art. 3); one pending row per right asked."""
    derived = _derive(register, {k: v for k, v in values.items() if k not in ("stage", "outcome")})
    cleaned = clean(REQUEST, derived)
    cleaned.update(_clock(cleaned))
    rules.check(cleaned, today(register))
    _check_document(register, cleaned)
    with register.atomic():
        request_id = records.create(register, REQUEST, cleaned)
        _sync_rights(register, request_id, cleaned["rights"])
        _sync(register, request_id, activity_ids)
        return request_id


def _editable(register: Register, request_id: int) -> dict[str, Any]:
    current = records.get(register, REQUEST, request_id)
    if current["stage"] == "closed":
        raise KnownError("request_closed", reference=current["reference"])
    return current


def update(register: Register, request_id: int | None, values: Mapping[str, Any],
           activity_ids: Sequence[int] | None = None) -> int:
    """Change a request's fields (its stage moves through `advance`, its decisions through `decide`)."""
    if request_id is None:
        return create(register, values, activity_ids)
    with register.atomic():
        current = _editable(register, request_id)
        given = {k: v for k, v in values.items() if k not in ("stage", "outcome")}
        changes = clean(REQUEST, _derive(register, given), partial=True)
        rules.check_extension_change(current["reference"], current, changes)
        merged = {**current, **changes}
        changes.update(_clock(merged))
        rules.check({**merged, **changes}, today(register))
        _check_document(register, {**merged, **changes})
        records.update(register, REQUEST, request_id, changes)
        if "rights" in changes:
            _sync_rights(register, request_id, changes["rights"])
        _sync(register, request_id, activity_ids)
        return request_id


def extend(register: Register, request_id: int, reason: str, details: str, notice_on: str | dt.date,
           days: int = deadlines.MAX_EXTENSION_DAYS, told_by: str | None = None) -> str:
    """Record the one extension (PDPL IR Art. 3(1)(a)) and how the requester was told (`told_by`:
    letter, email, phone, in_person); returns the new due date."""
    values: dict[str, Any] = {"extension_reason": reason, "extension_details": details,
                              "extension_notice_on": notice_on, "extension_days": days}
    if told_by:
        values["extension_notice_method"] = told_by
    update(register, request_id, values)
    return str(records.get(register, REQUEST, request_id)["due_date"])


def advance(register: Register, request_id: int, target: str, values: Mapping[str, Any] | None = None) -> None:
    """Move a request to its next stage with that step's fields; who and when are recorded."""
    with register.atomic():
        current = _editable(register, request_id)
        rules.check_transition(current["reference"], current["stage"], target)
        changes = clean(REQUEST, _derive(register, dict(values or {})), partial=True)
        day = today(register).isoformat()
        if target == "awaiting_identity":
            changes["identity_requested_on"] = changes.get("identity_requested_on") or day
        if target == "verified":
            changes["identity_verified_on"] = changes.get("identity_verified_on") or day
            changes["identity_checked_by"] = changes.get("identity_checked_by") or person_name(register.actor)
        if target == "decided":
            decisions = [r["decision"] for r in rights_of(register, request_id)]
            changes["outcome"] = changes.get("outcome") or rules.outcome(decisions)
            if changes["outcome"] is None:
                pending = [RIGHTS.label(r["right_code"], "en") for r in rights_of(register, request_id)
                           if r["decision"] == "pending"]
                raise ValidationError("decision", Msg("decisions_pending", rights=", ".join(pending)))
        if target == "answered":
            changes["response_date"] = changes.get("response_date") or day
        if target == "closed":
            changes["closed_date"] = changes.get("closed_date") or day
        changes["stage"] = target
        merged = {**current, **changes}
        changes.update(_clock(merged))
        rules.check({**merged, **changes}, today(register))
        _check_document(register, {**merged, **changes})
        records.update(register, REQUEST, request_id, changes)


def decide(register: Register, request_id: int, decisions: Mapping[str, Mapping[str, Any]]) -> list[Hold]:
    """Decide rights of a request ({right code: decision, refusal_reason, reason, action, action_date,
    override_reason}). An erasure granted while legal holds are in force records the holds it
    overrode; one carried out (action "erased") under them needs the override reason. When every
    right is decided the request moves to "decided" with its outcome. Returns the holds in force."""
    with register.atomic():
        current = _editable(register, request_id)
        rows = {r["right_code"]: r for r in rights_of(register, request_id)}
        held = holds_for(register, current["customer_id"]) if current.get("customer_id") else []
        received = dt.date.fromisoformat(current["received_date"])
        verified = bool(current.get("identity_method"))
        for code, given in decisions.items():
            if code not in rows:
                raise ValidationError("right_code", Msg("unknown_code", value=code,
                                                        choices=", ".join(rows) or "—"))
            changes = clean(REQUEST_RIGHT, {k: v for k, v in given.items() if k != "right_code"}, partial=True)
            merged = {**rows[code], **changes}
            applies = held if code == "erasure" else []
            rules.check_right(merged, identity_verified=verified, holds=applies, received=received)
            if merged.get("decision") != "pending":
                changes["decided_on"] = merged.get("decided_on") or today(register).isoformat()
                changes["decided_by"] = merged.get("decided_by") or person_name(register.actor)
            if applies and merged.get("decision") in rules.GRANTS:
                changes["holds_overridden"] = describe(applies, "en")
            records.update(register, REQUEST_RIGHT, rows[code]["id"], changes)
        outcome = rules.outcome([r["decision"] for r in rights_of(register, request_id)])
        if outcome and current["stage"] in ("received", "awaiting_identity", "verified"):
            advance(register, request_id, "decided", {"outcome": outcome})
        elif outcome and current["stage"] in rules.DECIDED_STAGES:
            records.update(register, REQUEST, request_id, {"outcome": outcome})
        return held


def delete(register: Register, request_id: int) -> None:
    """Delete a request recorded by mistake, with its rights and links (never a closed one)."""
    with register.atomic():
        _editable(register, request_id)
        for row in rights_of(register, request_id):
            register.delete(REQUEST_RIGHT, row["id"])
        _sync(register, request_id, [])
        records.delete(register, REQUEST, request_id)


def _sync_rights(register: Register, request_id: int, wanted: Sequence[str]) -> None:
    """One row per right asked; a right no longer asked goes only while it is undecided."""
    current = {r["right_code"]: r for r in rights_of(register, request_id)}
    for code, row in current.items():
        if code not in wanted and row["decision"] == "pending":
            register.delete(REQUEST_RIGHT, row["id"])
    for code in wanted:
        if code not in current:
            register.insert(REQUEST_RIGHT, clean(REQUEST_RIGHT, {"request_id": request_id, "right_code": code}))


def _sync(register: Register, request_id: int, wanted: Sequence[int] | None) -> None:
    if wanted is None:
        return
    current = dict(register.conn.execute(
        "SELECT activity_id, id FROM request_activities WHERE request_id = ?", (request_id,)).fetchall())
    for activity_id, link_id in current.items():
        if activity_id not in wanted:
            register.delete(REQUEST_ACTIVITY, link_id)
    for activity_id in dict.fromkeys(wanted):
        if activity_id not in current:
            register.insert(REQUEST_ACTIVITY, clean(REQUEST_ACTIVITY, {"request_id": request_id,
                                                                      "activity_id": activity_id}))


def rights_of(register: Register, request_id: int) -> list[dict[str, Any]]:
    """The rights asked in a request, in the vocabulary's order, with their decisions."""
    cursor = register.conn.execute("SELECT * FROM request_rights WHERE request_id = ?", (request_id,))
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor]
    order = {code: n for n, code in enumerate(RIGHTS.codes)}
    return sorted(rows, key=lambda r: order.get(r["right_code"], 99))


def links(register: Register, request_id: int) -> list[int]:
    """The ids of the activities a request concerns."""
    return [a for (a,) in register.conn.execute(
        "SELECT activity_id FROM request_activities WHERE request_id = ? ORDER BY activity_id", (request_id,))]


def find(register: Register, reference: str) -> dict[str, Any]:
    row = records.find_by_reference(register, REQUEST, reference.strip().upper())
    if row is None:
        raise InvalidInput("request_not_found", reference=reference)
    return row


# ---------------------------------------------------------------- reading for faces and reports
def open_sql(alias: str = "") -> str:
    """SQL true for a request still owed an answer (domain.requests.deadlines.is_answered)."""
    a = f"{alias}." if alias else ""
    return f"{a}stage NOT IN ('answered', 'closed')"


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


# What the requests report reads of each request (figures, log, deadline): not every column — a
# year of a busy store is tens of thousands of rows, and each column read is decrypted and decoded.
PERIOD_COLUMNS = ("id", "reference", "received_date", "channel", "requester_name", "rights", "first_due_date",
                  "extension_reason", "extension_details", "extension_notice_on", "extension_days", "due_date",
                  "stage", "outcome", "response_date")


def period_rows(register: Register, date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    """Requests received in [date_from, date_to] (PERIOD_COLUMNS), each with its rights' decisions
    ("_rights": request_id, right_code, decision)."""
    bounds = (date_from or "0000-01-01", date_to or "9999-12-31")
    rows = _dicts(register.conn.execute(
        f"SELECT {', '.join(PERIOD_COLUMNS)} FROM requests"  # noqa: S608 (constant column names)
        " WHERE received_date >= ? AND received_date <= ? ORDER BY received_date, reference", bounds))
    decided: dict[int, list[dict[str, Any]]] = {}
    if rows:
        for right in _dicts(register.conn.execute(
                "SELECT r.request_id, r.right_code, r.decision FROM request_rights r"
                " JOIN requests q ON q.id = r.request_id WHERE q.received_date >= ? AND q.received_date <= ?",
                bounds)):
            decided.setdefault(right["request_id"], []).append(right)
    for row in rows:
        row["_rights"] = decided.get(row["id"], [])
    return rows


def queue_items(register: Register, day: dt.date) -> list[QueueItem]:
    """Requests still owed an answer, overdue or due within DUE_SOON_DAYS: the "legal" group.

    The clock is PDPL IR Art. 3's 30 days (or the one extension), counted in the organisation's time
    zone: `day` is the queue's today, taken as the organisation's local day.
    """
    if day == clock.today():  # the queue's default today is UTC's: count the organisation's own day
        day = today(register)
    limit = (day + dt.timedelta(days=deadlines.DUE_SOON_DAYS)).isoformat()
    cursor = register.conn.execute(
        "SELECT id, reference, requester_name, due_date, rights, extension_days FROM requests"  # noqa: S608
        " WHERE due_date IS NOT NULL AND due_date <= ? AND " + open_sql(), (limit,))
    items = []
    for record_id, reference, requester, due_date, rights, extended in cursor:
        owed = dt.date.fromisoformat(due_date[:10])
        who = isolate(requester or reference)
        items.append(QueueItem(
            group="legal", stage=stage_for(owed, day, deadlines.DUE_SOON_DAYS), key=f"request:{record_id}:deadline",
            entity="request", record_id=record_id, reference=reference,
            title_en=f"Data-subject request from {who}", title_ar=f"طلب صاحب بيانات من {who}",
            due=owed, detail_en="Answer within 30 days (PDPL IR Art. 3)" + (" — extended" if extended else ""),
            detail_ar="الرد خلال 30 يوماً (المادة 3 من اللائحة التنفيذية)" + (" — بعد التمديد" if extended else ""),
            extra={"rights": rights}))
    return items
