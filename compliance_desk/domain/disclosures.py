"""Third-party disclosures: the request's workflow and its deadline (figures: domain/transparency.py).

A request moves received → legal_review → decided → disclosed → closed. Refused and withdrawn
requests close without a disclosure. Closed requests are read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from compliance_desk.domain.dates import span_phrase
from compliance_desk.domain.errors import Msg, ValidationError

STAGES = ("received", "legal_review", "decided", "disclosed", "closed")
DECISIONS = ("complied", "partly_complied", "refused", "withdrawn")
PRODUCED = ("complied", "partly_complied")  # some data left the organisation
DUE_SOON_DAYS = 14

# Default answer time by request type, in days (editable on each request).
DUE_DAYS = {
    "court_order": 14, "official_request": 10, "subpoena": 14, "emergency_request": 1,
    "regulator_inquiry": 30, "partner_transfer": 30, "merger_transfer": 45,
}

# Which stage may follow which.
NEXT = {
    "received": ("legal_review", "decided"),
    "legal_review": ("decided",),
    "decided": ("disclosed", "closed"),
    "disclosed": ("closed",),
    "closed": (),
}


def default_due_date(received: str | dt.date, request_type: str | None, emergency: bool = False) -> str:
    day = received if isinstance(received, dt.date) else dt.date.fromisoformat(str(received)[:10])
    days = 1 if emergency else DUE_DAYS.get(request_type or "", 14)
    return (day + dt.timedelta(days=days)).isoformat()


def _need(values: Mapping[str, Any], *names: str) -> bool:
    return all(values.get(n) not in (None, "", [], "[]") for n in names)


def check(values: Mapping[str, Any]) -> None:
    """The rules a request's fields must keep at every stage (raises ValidationError)."""
    received = values.get("received_date")
    for name in ("due_date", "review_date", "decided_on", "disclosed_date", "closed_date"):
        if received and values.get(name) and str(values[name]) < str(received):
            raise ValidationError(name, Msg("date_before_received"))
    if values.get("subject_notification") == "deferred" and not values.get("notification_deferred_until"):
        raise ValidationError("notification_deferred_until", Msg("deferred_needs_date"))
    decision = values.get("decision") or "pending"
    stage = values.get("stage") or "received"
    if stage in ("decided", "disclosed", "closed") and decision == "pending":
        raise ValidationError("decision", Msg("not_a_decision"))
    if decision != "pending":
        if decision != "withdrawn" and values.get("legal_review_required") and not _need(
                values, "counsel_name", "review_date", "legal_opinion"):
            raise ValidationError("legal_opinion", Msg("review_data_required"))
        if decision in ("refused", "partly_complied") and not _need(values, "decision_reason"):
            raise ValidationError("decision_reason", Msg("reason_required"))
    if stage in ("disclosed",) or values.get("disclosed_date"):
        if decision not in PRODUCED:
            raise ValidationError("disclosed_date", Msg("nothing_to_disclose"))
        if not _need(values, "disclosed_date", "disclosure_method", "categories_disclosed"):
            raise ValidationError("disclosed_date", Msg("disclosure_needs_data"))


def check_transition(reference: str, current: str, target: str) -> None:
    if target not in NEXT.get(current, ()):
        from compliance_desk.domain.errors import InvalidInput

        raise InvalidInput("transition_not_allowed", reference=reference, stage=current, target=target)


# ---------------------------------------------------------------- deadlines
@dataclass(frozen=True)
class Deadline:
    state: str  # done | overdue | due_soon | open | none
    days: int  # days left (negative: days overdue)
    emergency: bool

    def text(self, lang: str) -> str:
        """Words, not colour alone: 'Overdue by 3 days', 'Due in 2 days', 'Emergency — due today'."""
        ar = lang == "ar"
        if self.state == "done":
            return "منجز" if ar else "Done"
        if self.state == "none":
            return "بلا موعد" if ar else "No due date"
        if self.days < 0:
            text = span_phrase("overdue", -self.days, lang)
        elif self.days == 0:
            text = "مستحق اليوم" if ar else "Due today"
        else:
            text = span_phrase("due_in", self.days, lang)
        if self.emergency:
            text = ("طارئ — " if ar else "Emergency — ") + text
        return text


def is_answered(values: Mapping[str, Any]) -> bool:
    """Nothing more is owed to the requester: closed, disclosed, or decided without disclosure."""
    stage = values.get("stage") or "received"
    decision = values.get("decision") or "pending"
    return stage in ("disclosed", "closed") or (stage == "decided" and decision in ("refused", "withdrawn"))


def deadline(values: Mapping[str, Any], today: dt.date) -> Deadline:
    emergency = bool(values.get("emergency"))
    if is_answered(values):
        return Deadline("done", 0, emergency)
    if not values.get("due_date"):
        return Deadline("none", 0, emergency)
    days = (dt.date.fromisoformat(str(values["due_date"])[:10]) - today).days
    state = "overdue" if days < 0 else "due_soon" if days <= DUE_SOON_DAYS else "open"
    return Deadline(state, days, emergency)
