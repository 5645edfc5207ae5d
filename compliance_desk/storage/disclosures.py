"""Use cases of the third-party disclosure register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain import disclosures as rules
from compliance_desk.domain import transparency as figures
from compliance_desk.domain.entities import DISCLOSURE, DISCLOSURE_ACTIVITY, DISCLOSURE_CUSTOMER
from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.messages import isolate
from compliance_desk.domain.queue import QueueItem, stage_for
from compliance_desk.domain.validation import clean
from compliance_desk.domain.vocabularies import REQUEST_TYPES
from compliance_desk.storage import records
from compliance_desk.storage.register import Register


def _with_defaults(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values with a due date derived from the request type when none was given."""
    out = dict(values)
    if not out.get("due_date"):
        parsed = clean(DISCLOSURE, {k: out[k] for k in ("received_date", "request_type", "emergency") if k in out},
                       partial=True)
        if parsed.get("received_date") and parsed.get("request_type"):
            out["due_date"] = rules.default_due_date(parsed["received_date"], parsed["request_type"],
                                                     bool(parsed.get("emergency")))
    return out


def create(register: Register, values: Mapping[str, Any], customer_ids: Sequence[int] | None = None,
           activity_ids: Sequence[int] | None = None) -> int:
    """Record a new request (due date from its type when not given)."""
    values = _with_defaults(values)
    cleaned = clean(DISCLOSURE, values)
    rules.check(cleaned)
    with register.atomic():
        disclosure_id = records.create(register, DISCLOSURE, values)
        _sync(register, disclosure_id, DISCLOSURE_CUSTOMER, "customer_id", customer_ids)
        _sync(register, disclosure_id, DISCLOSURE_ACTIVITY, "activity_id", activity_ids)
        return disclosure_id


def _editable(register: Register, disclosure_id: int) -> dict[str, Any]:
    current = records.get(register, DISCLOSURE, disclosure_id)
    if current["stage"] == "closed":
        raise KnownError("disclosure_closed", reference=current["reference"])
    return current


def update(register: Register, disclosure_id: int | None, values: Mapping[str, Any],
           customer_ids: Sequence[int] | None = None, activity_ids: Sequence[int] | None = None) -> int:
    """Change a request's fields (not its stage: that moves through `advance`)."""
    if disclosure_id is None:
        return create(register, values, customer_ids, activity_ids)
    with register.atomic():
        current = _editable(register, disclosure_id)
        changes = clean(DISCLOSURE, {k: v for k, v in values.items() if k != "stage"}, partial=True)
        rules.check({**current, **changes})
        records.update(register, DISCLOSURE, disclosure_id, changes)
        _sync(register, disclosure_id, DISCLOSURE_CUSTOMER, "customer_id", customer_ids)
        _sync(register, disclosure_id, DISCLOSURE_ACTIVITY, "activity_id", activity_ids)
        return disclosure_id


def advance(register: Register, disclosure_id: int, target: str, values: Mapping[str, Any] | None = None) -> None:
    """Move a request to its next stage with that step's fields; who and when are recorded."""
    with register.atomic():
        current = _editable(register, disclosure_id)
        rules.check_transition(current["reference"], current["stage"], target)
        changes = clean(DISCLOSURE, dict(values or {}), partial=True)
        today = clock.today().isoformat()
        if target == "legal_review":
            changes.setdefault("review_date", None)
        if target == "decided":
            changes["decided_on"] = changes.get("decided_on") or today
            changes["decided_by"] = changes.get("decided_by") or register.actor
        if target == "disclosed":
            changes["disclosed_date"] = changes.get("disclosed_date") or today
        if target == "closed":
            changes["closed_date"] = changes.get("closed_date") or today
        changes = {k: v for k, v in changes.items() if v is not None or k in (values or {})}
        changes["stage"] = target
        rules.check({**current, **changes})
        records.update(register, DISCLOSURE, disclosure_id, changes)


def delete(register: Register, disclosure_id: int) -> None:
    """Delete a request recorded by mistake, with its links (never a closed one)."""
    with register.atomic():
        _editable(register, disclosure_id)
        _sync(register, disclosure_id, DISCLOSURE_CUSTOMER, "customer_id", [])
        _sync(register, disclosure_id, DISCLOSURE_ACTIVITY, "activity_id", [])
        records.delete(register, DISCLOSURE, disclosure_id)


def _sync(register: Register, disclosure_id: int, entity: Any, column: str, wanted: Sequence[int] | None) -> None:
    if wanted is None:
        return
    current = dict(register.conn.execute(
        f"SELECT {column}, id FROM {entity.table} WHERE disclosure_id = ?", (disclosure_id,)).fetchall())  # noqa: S608
    for target_id, link_id in current.items():
        if target_id not in wanted:
            register.delete(entity, link_id)
    for target_id in dict.fromkeys(wanted):
        if target_id not in current:
            register.insert(entity, clean(entity, {"disclosure_id": disclosure_id, column: target_id}))


def links(register: Register, disclosure_id: int) -> tuple[list[int], list[int]]:
    """The customer ids and the activity ids a request concerns."""
    customers = [c for (c,) in register.conn.execute(
        "SELECT customer_id FROM disclosure_customers WHERE disclosure_id = ? ORDER BY customer_id", (disclosure_id,))]
    activities = [a for (a,) in register.conn.execute(
        "SELECT activity_id FROM disclosure_activities WHERE disclosure_id = ? ORDER BY activity_id", (disclosure_id,))]
    return customers, activities


def customer_ids_for(register: Register, client_refs: Sequence[str]) -> list[int]:
    """Customer ids from back-office client references; raises for an unknown one."""
    from compliance_desk.domain.errors import InvalidInput

    ids = []
    for ref in client_refs:
        found = register.conn.execute("SELECT id FROM customers WHERE client_ref = ? OR reference = ?",
                                      (ref.strip(), ref.strip())).fetchone()
        if found is None:
            raise InvalidInput("unknown_customer", value=ref)
        ids.append(int(found[0]))
    return ids


# ---------------------------------------------------------------- what the officer must see
@dataclass(frozen=True)
class Warning:
    reference: str
    kind: str  # prohibited | deferred
    until: str | None


def subject_warnings(register: Register, customer_id: int) -> list[Warning]:
    """Requests whose order forbids (or defers) telling this customer: never tip off the subject."""
    cursor = register.conn.execute(
        "SELECT d.reference, d.subject_notification, d.notification_deferred_until FROM disclosures d"
        " JOIN disclosure_customers dc ON dc.disclosure_id = d.id WHERE dc.customer_id = ?"
        " AND (d.subject_notification = 'prohibited' OR (d.subject_notification = 'deferred'"
        " AND coalesce(d.notification_deferred_until, '9999') > ?)) ORDER BY d.reference",
        (customer_id, clock.today().isoformat()))
    return [Warning(ref, kind, until) for ref, kind, until in cursor]


def due(register: Register, days: int = rules.DUE_SOON_DAYS) -> list[dict[str, Any]]:
    """Unanswered requests overdue or due within `days`, the most urgent first."""
    limit = (clock.today() + dt.timedelta(days=days)).isoformat()
    cursor = register.conn.execute(
        "SELECT * FROM disclosures WHERE due_date IS NOT NULL AND due_date <= ? AND "  # noqa: S608
        + open_sql() + " ORDER BY emergency DESC, due_date, reference", (limit,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def open_sql(alias: str = "") -> str:
    """SQL true for a request still owed an answer (the same rule as domain.disclosures.is_answered)."""
    a = f"{alias}." if alias else ""
    return (f"NOT ({a}stage IN ('disclosed', 'closed')"
            f" OR ({a}stage = 'decided' AND {a}decision IN ('refused', 'withdrawn')))")


def period_rows(register: Register, date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    cursor = register.conn.execute(
        "SELECT * FROM disclosures WHERE received_date >= ? AND received_date <= ? ORDER BY received_date, reference",
        (date_from or "0000-01-01", date_to or "9999-12-31"))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def transparency(register: Register, date_from: str | None = None,
                 date_to: str | None = None) -> figures.Transparency:
    """Transparency figures for requests received in [date_from, date_to]."""
    return figures.transparency(period_rows(register, date_from, date_to), clock.today())


# ---------------------------------------------------------------- the action queue
def queue_deadlines(register: Register, today: dt.date) -> list[QueueItem]:
    """Requests still owed an answer, overdue or due within DUE_SOON_DAYS: the "legal" group.

    The clock is the requesting authority's own deadline (court orders and official requests set
    their time limit; `domain.disclosures.DUE_DAYS` only proposes one by request type).
    """
    limit = (today + dt.timedelta(days=rules.DUE_SOON_DAYS)).isoformat()
    cursor = register.conn.execute(
        "SELECT id, reference, request_type, requester_name, due_date, emergency FROM disclosures"  # noqa: S608
        " WHERE due_date IS NOT NULL AND due_date <= ? AND " + open_sql(), (limit,))
    items = []
    for record_id, reference, request_type, requester, due_date, emergency in cursor:
        due = dt.date.fromisoformat(due_date[:10])
        kind_en, kind_ar = REQUEST_TYPES.label(request_type, "en"), REQUEST_TYPES.label(request_type, "ar")
        items.append(QueueItem(
            group="legal", stage=stage_for(due, today, rules.DUE_SOON_DAYS), key=f"disclosure:{record_id}:deadline",
            entity="disclosure", record_id=record_id, reference=reference,
            title_en=f"{kind_en} from {isolate(requester)}", title_ar=f"{kind_ar} من {isolate(requester)}",
            due=due, detail_en="Answer the request", detail_ar="الرد على الطلب",
            extra={"emergency": bool(emergency)}))
    return items


def queue_deferrals(register: Register, today: dt.date) -> list[QueueItem]:
    """Requests whose order deferred telling the subjects "until a date" that has come or is near.

    Once the deferral lapses the subjects are owed the notice the order held back (PDPL Art. 4(1),
    the right to be informed); the queue says so from DUE_SOON_DAYS before the date.
    """
    limit = (today + dt.timedelta(days=rules.DUE_SOON_DAYS)).isoformat()
    cursor = register.conn.execute(
        "SELECT d.id, d.reference, d.requester_name, d.notification_deferred_until,"
        " (SELECT count(*) FROM disclosure_customers dc WHERE dc.disclosure_id = d.id), d.subject_count"
        " FROM disclosures d WHERE d.subject_notification = 'deferred'"
        " AND d.notification_deferred_until IS NOT NULL AND d.notification_deferred_until <= ?", (limit,))
    items = []
    for record_id, reference, requester, until, linked, count in cursor:
        due = dt.date.fromisoformat(until[:10])
        subjects = linked or count or 0
        items.append(QueueItem(
            group="deferral", stage=stage_for(due, today, rules.DUE_SOON_DAYS),
            key=f"disclosure:{record_id}:deferral", entity="disclosure", record_id=record_id, reference=reference,
            title_en=f"Notify the subjects of the request from {isolate(requester)}",
            title_ar=f"إشعار أصحاب البيانات بطلب {isolate(requester)}",
            due=due, detail_en="The order's deferral of the notice ends", detail_ar="ينتهي تأجيل الإشعار بموجب الأمر",
            extra={"subjects": subjects}))
    return items
