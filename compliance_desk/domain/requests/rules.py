"""The rules a data-subject request keeps at every stage (PDPL Implementing Regulation Art. 3).

A request moves received → (awaiting_identity →) verified → decided → answered → closed. Each
right asked is decided on its own (granted, partly, refused with a reason code and the reasons);
the request's outcome follows from them. Closed requests are read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from compliance_desk.domain.errors import InvalidInput, Msg, ValidationError
from compliance_desk.domain.requests import deadlines

NEXT: dict[str, tuple[str, ...]] = {
    "received": ("awaiting_identity", "verified", "decided"),
    "awaiting_identity": ("verified", "decided"),
    "verified": ("decided",),
    "decided": ("answered",),
    "answered": ("closed",),
    "closed": (),
}
DECIDED_STAGES = ("decided", "answered", "closed")
GRANTS = ("granted", "partly")
EXTENSION_FIELDS = ("extension_reason", "extension_details", "extension_notice_on", "extension_days")
# The action that carries out each right, offered first in the decision dialog.
ACTION_FOR_RIGHT = {
    "access": "data_exported", "portability": "data_exported", "rectification": "corrected",
    "erasure": "erased", "object_marketing": "marketing_stopped", "withdraw_consent": "consent_withdrawn",
    "complaint": "complaint_answered",
}


def _given(values: Mapping[str, Any], name: str) -> bool:
    return values.get(name) not in (None, "", [], "[]")


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def check(values: Mapping[str, Any], today: dt.date | None = None) -> None:
    """The request's own fields (not its rights' decisions: `check_right`). Raises ValidationError."""
    if not values.get("rights"):
        raise ValidationError("rights", Msg("request_no_rights"))
    received = _date(values.get("received_date"))
    if received is not None:
        response = _date(values.get("response_date"))
        if response is not None and response < received:
            raise ValidationError("response_date", Msg("response_before_receipt"))
        for name in ("identity_requested_on", "identity_verified_on", "extension_notice_on", "closed_date"):
            day = _date(values.get(name))
            if day is not None and day < received:
                raise ValidationError(name, Msg("date_before_received"))
    if values.get("on_behalf") and not _given(values, "authority_proof"):
        raise ValidationError("authority_proof", Msg("proof_of_authority_required"))
    check_extension(values, today)
    stage = values.get("stage") or "received"
    if stage == "verified" and not _given(values, "identity_method"):
        raise ValidationError("identity_method", Msg("identity_needs_method"))
    if stage in DECIDED_STAGES and not _given(values, "outcome"):
        raise ValidationError("outcome", Msg("request_needs_outcome"))
    if stage in ("answered", "closed") and not (_given(values, "response_date") and _given(values, "response_method")):
        raise ValidationError("response_date", Msg("answer_needs_response"))


def check_extension(values: Mapping[str, Any], today: dt.date | None = None) -> None:
    """The one extension: all of its fields or none; notice given before the first due date; ≤ 30 days."""
    if not any(_given(values, n) for n in EXTENSION_FIELDS):
        return
    missing = [n for n in EXTENSION_FIELDS if not _given(values, n)]
    if missing:
        raise ValidationError(missing[0], Msg("extension_needs_notice"))
    days = int(values["extension_days"])
    if not 0 < days <= deadlines.MAX_EXTENSION_DAYS:
        raise ValidationError("extension_days", Msg("extension_too_long", days=deadlines.MAX_EXTENSION_DAYS))
    notice = _date(values["extension_notice_on"])
    received = _date(values.get("received_date"))
    if received is not None and notice is not None:
        first = deadlines.first_due(received)
        if notice > first:
            raise ValidationError("extension_notice_on", Msg("extension_notice_late", due=first.isoformat()))
    if today is not None and notice is not None and notice > today:
        raise ValidationError("extension_notice_on", Msg("extension_in_future"))


def check_extension_change(reference: str, current: Mapping[str, Any], changes: Mapping[str, Any]) -> None:
    """One extension only: once recorded, its fields are not changed (raises InvalidInput)."""
    if not _given(current, "extension_days"):
        return
    for name in EXTENSION_FIELDS:
        if name in changes and str(changes[name] or "") != str(current.get(name) or ""):
            raise InvalidInput("extension_once", reference=reference)


def check_transition(reference: str, current: str, target: str) -> None:
    if target not in NEXT.get(current, ()):
        raise InvalidInput("transition_not_allowed", reference=reference, stage=current, target=target)


def check_right(values: Mapping[str, Any], *, identity_verified: bool, holds: Sequence[Any] = (),
                received: dt.date | None = None) -> None:
    """One right's decision and action.

    A refusal or a partial grant has its reason code and reasons; nothing is granted before the
    requester's identity is verified; an action belongs to a granted right and has its date; an
    erasure carried out while a legal hold is in force names why the hold is overridden.
    """
    decision = values.get("decision") or "pending"
    if decision in ("refused", "partly") and not (_given(values, "refusal_reason") and _given(values, "reason")):
        raise ValidationError("reason", Msg("decision_needs_reason"))
    if decision in GRANTS and not identity_verified:
        raise ValidationError("decision", Msg("identity_before_grant"))
    if _given(values, "action"):
        if decision not in GRANTS:
            raise ValidationError("action", Msg("action_needs_grant"))
        if not _given(values, "action_date"):
            raise ValidationError("action_date", Msg("action_needs_date"))
    for name in ("decided_on", "action_date"):
        day = _date(values.get(name))
        if received is not None and day is not None and day < received:
            raise ValidationError(name, Msg("date_before_received"))
    if values.get("action") == "erased" and holds and not _given(values, "override_reason"):
        from compliance_desk.domain.requests.holds import compact

        key = "aml_hold_needs_override" if any(getattr(h, "kind", "") == "aml_retention" for h in holds) \
            else "hold_needs_override"
        raise ValidationError("override_reason", Msg(key, holds_en="; ".join(compact(holds, "en")),
                                                     holds_ar="؛ ".join(compact(holds, "ar"))))


def outcome(decisions: Sequence[str]) -> str | None:
    """The request's outcome from its rights' decisions; None while any is pending."""
    if not decisions or "pending" in decisions:
        return None
    if all(d == "granted" for d in decisions):
        return "granted"
    if all(d == "refused" for d in decisions):
        return "refused"
    return "partly"
