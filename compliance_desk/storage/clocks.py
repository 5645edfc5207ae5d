"""The organisation's clock: its time zone and its today, for the legal clocks of requests."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain import clock
from compliance_desk.domain.errors import Msg, ValidationError
from compliance_desk.domain.requests import deadlines
from compliance_desk.storage import records
from compliance_desk.storage.register import Register


def zone_key(register: Register) -> str:
    """The organisation's zone by name (IANA; Asia/Riyadh unless its profile names another): the zone
    every legal clock, and every recorded time, is shown in."""
    return str((records.organisation(register) or {}).get("time_zone") or "").strip() or clock.RIYADH


def time_zone(register: Register) -> dt.tzinfo:
    """The organisation's time zone for legal clocks (Asia/Riyadh unless its profile names another)."""
    name = (records.organisation(register) or {}).get("time_zone")
    try:
        return deadlines.zone(name)
    except deadlines.UnknownZone:
        raise ValidationError("time_zone", Msg("request_unknown_zone", value=name)) from None


def today(register: Register) -> dt.date:
    """Today in the organisation's time zone: the day its clocks count."""
    return deadlines.local_today(clock.now(), time_zone(register))
