"""One view of a person: what the register holds about a customer, and whether it may be erased.

Joins their KYC record and documents, their data-subject requests, the disclosures that named
them (with gag warnings), the activities that hold customers' data, and the legal holds in force
(domain.requests.holds). `export_rows` gives every register row that names them (the data export
of an access or portability request).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.domain.requests import holds as rules
from compliance_desk.domain.requests.holds import Hold
from compliance_desk.storage import records
from compliance_desk.storage.clocks import time_zone, today
from compliance_desk.storage.register import Register

GAGS = ("prohibited", "deferred")


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _local_day(register: Register, timestamp: str) -> dt.date:
    moment = dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    return moment.astimezone(time_zone(register)).date()


def relationship_end(register: Register, customer: dict[str, Any]) -> dt.date | None:
    """The day the relationship ended: when the customer was last set to "closed" (from the audit
    trail); None while they are not closed."""
    if customer.get("status") != "closed":
        return None
    found = register.conn.execute(
        "SELECT ts FROM audit WHERE entity = 'customer' AND entity_id = ? AND action IN ('insert', 'update')"
        " AND json_extract(changes, '$.status[1]') = 'closed' ORDER BY seq DESC LIMIT 1", (customer["id"],)).fetchone()
    return _local_day(register, found[0] if found else str(customer["updated_at"]))


def _disclosures(register: Register, customer_id: int) -> list[dict[str, Any]]:
    return _dicts(register.conn.execute(
        "SELECT d.* FROM disclosures d JOIN disclosure_customers dc ON dc.disclosure_id = d.id"
        " WHERE dc.customer_id = ? ORDER BY d.received_date DESC, d.reference", (customer_id,)))


def _activities(register: Register) -> list[dict[str, Any]]:
    rows = _dicts(register.conn.execute(
        "SELECT * FROM activities a WHERE a.status != 'retired' AND EXISTS"
        " (SELECT 1 FROM json_each(a.subject_categories) WHERE value = 'customers') ORDER BY a.reference"))
    from compliance_desk.domain.entities import ACTIVITY

    return [records.decode(ACTIVITY, row) for row in rows]


def _has_due_diligence(register: Register, customer_id: int) -> bool:
    return register.conn.execute("SELECT 1 FROM documents WHERE customer_id = ? LIMIT 1",
                                 (customer_id,)).fetchone() is not None


def holds_for(register: Register, customer_id: int, day: dt.date | None = None,
              customer: dict[str, Any] | None = None, disclosures: list[dict[str, Any]] | None = None,
              activities: list[dict[str, Any]] | None = None) -> list[Hold]:
    """The legal holds in force over a customer's data on `day` (the organisation's today)."""
    customer = customer or records.get(register, CUSTOMER, customer_id)
    return rules.customer_holds(
        customer, relationship_end=relationship_end(register, customer),
        due_diligence=_has_due_diligence(register, customer_id),
        disclosures=disclosures if disclosures is not None else _disclosures(register, customer_id),
        activities=activities if activities is not None else _activities(register),
        today=day or today(register))


@dataclass
class Person:
    customer: dict[str, Any]
    documents: list[dict[str, Any]] = field(default_factory=list)  # each with its "checks"
    requests: list[dict[str, Any]] = field(default_factory=list)
    disclosures: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    holds: list[Hold] = field(default_factory=list)

    @property
    def gagged(self) -> list[dict[str, Any]]:
        """Disclosures whose order forbids or defers telling this person: never tip them off."""
        today = clock.today().isoformat()
        return [d for d in self.disclosures if d.get("subject_notification") == "prohibited" or (
            d.get("subject_notification") == "deferred" and str(d.get("notification_deferred_until") or "9999") > today)]


def person(register: Register, customer_id: int) -> Person:
    """Everything the register holds about one customer, and the holds on it."""
    customer = records.get(register, CUSTOMER, customer_id)
    documents = _dicts(register.conn.execute(
        "SELECT * FROM documents WHERE customer_id = ? ORDER BY expiry_date DESC, id", (customer_id,)))
    checks = _dicts(register.conn.execute(
        "SELECT c.* FROM checks c JOIN documents d ON d.id = c.document_id WHERE d.customer_id = ?"
        " ORDER BY c.checked_on DESC, c.id DESC", (customer_id,)))
    for document in documents:
        document["checks"] = [c for c in checks if c["document_id"] == document["id"]]
    requests = _dicts(register.conn.execute(
        "SELECT * FROM requests WHERE customer_id = ? ORDER BY received_date DESC, reference DESC", (customer_id,)))
    disclosures = _disclosures(register, customer_id)
    activities = _activities(register)
    return Person(customer, documents, requests, disclosures, activities,
                  holds_for(register, customer_id, customer=customer, disclosures=disclosures,
                            activities=activities))


# ---------------------------------------------------------------- the data export of a person
ATTACHMENT_COLUMNS = "id, disclosure_id, document_id, activity_id, name, media_type, size, sha256, notes, created_at"


def export_rows(register: Register, customer_id: int, *, for_subject: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Every register row that names the customer, by table (only their own link rows).

    `for_subject`: the export handed to the person leaves out what they must not be told —
    disclosures whose order forbids or defers telling them, and sanctions screening hits (tipping
    off) — and the attachments' contents are never included, only their description.
    """
    conn = register.conn
    out: dict[str, list[dict[str, Any]]] = {}
    out["customers"] = _dicts(conn.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)))
    out["documents"] = _dicts(conn.execute("SELECT * FROM documents WHERE customer_id = ? ORDER BY id", (customer_id,)))
    doc_ids = [d["id"] for d in out["documents"]]
    marks = ",".join("?" for _ in doc_ids) or "NULL"
    out["checks"] = _dicts(conn.execute(f"SELECT * FROM checks WHERE document_id IN ({marks}) ORDER BY id",  # noqa: S608
                                        doc_ids))
    out["attachments"] = _dicts(conn.execute(
        f"SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE document_id IN ({marks}) ORDER BY id", doc_ids))  # noqa: S608
    out["requests"] = _dicts(conn.execute("SELECT * FROM requests WHERE customer_id = ? ORDER BY id", (customer_id,)))
    req_ids = [r["id"] for r in out["requests"]]
    marks = ",".join("?" for _ in req_ids) or "NULL"
    out["request_rights"] = _dicts(conn.execute(
        f"SELECT * FROM request_rights WHERE request_id IN ({marks}) ORDER BY id", req_ids))  # noqa: S608
    out["request_activities"] = _dicts(conn.execute(
        f"SELECT * FROM request_activities WHERE request_id IN ({marks}) ORDER BY id", req_ids))  # noqa: S608
    disclosures = _disclosures(register, customer_id)
    if for_subject:
        hidden = {d["id"] for d in Person({}, disclosures=disclosures).gagged}
        disclosures = [d for d in disclosures if d["id"] not in hidden]
    out["disclosures"] = sorted(disclosures, key=lambda d: d["id"])
    kept = {d["id"] for d in disclosures}
    out["disclosure_customers"] = [row for row in _dicts(conn.execute(
        "SELECT * FROM disclosure_customers WHERE customer_id = ? ORDER BY id", (customer_id,)))
        if row["disclosure_id"] in kept]
    if not for_subject:
        out["screening_hits"] = _dicts(conn.execute(
            "SELECT * FROM screening_hits WHERE customer_id = ? ORDER BY id", (customer_id,)))
    return out
