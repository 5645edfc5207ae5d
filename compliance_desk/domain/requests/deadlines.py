"""The PDPL clock of a data-subject request, in the organisation's time zone.

PDPL Implementing Regulation Art. 3(1)(a): the controller acts on a request "within a period not
exceeding 30 days"; the period may be extended once, by at most 30 more days, where answering needs
disproportionate effort or the data subject sent many requests, and only if the data subject is
told in advance, with the reasons. So:

- the day of receipt is the calendar day in the organisation's time zone (Asia/Riyadh unless the
  profile says otherwise) at the moment the request arrived: an e-mail at 22:30 UTC on a Thursday
  arrives on Friday in Riyadh;
- due = day of receipt + 30 calendar days (the Regulation counts days, not working days: a request
  received on a Friday evening is due 30 days later, whatever weekday that is);
- the one extension counts only when its notice is dated on or before the first due date, i.e.
  while the first period still runs; a second extension is refused.

No "stop the clock" while identity is verified: Art. 3(1)(c) asks the controller to verify the
requester's identity but suspends no period, so the 30 days run from receipt regardless.
Hijri dates are shown beside the Gregorian ones, never counted in: 30 days is 30 days across any
Umm al-Qura month end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from compliance_desk.domain.clock import zone_named
from compliance_desk.domain.dates import span_phrase

DEFAULT_ZONE = "Asia/Riyadh"
ANSWER_DAYS = 30
MAX_EXTENSION_DAYS = 30
DUE_SOON_DAYS = 7


class UnknownZone(ValueError):
    pass


def zone(name: str | None) -> dt.tzinfo:
    """The organisation's time zone (an IANA name; blank: Asia/Riyadh)."""
    name = (name or "").strip() or DEFAULT_ZONE
    try:
        return zone_named(name)  # Asia/Riyadh is UTC+3 even without the zone database
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownZone(name) from None


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def received_moment(value: object, tz: dt.tzinfo) -> dt.datetime:
    """When a request arrived, as an aware time in `tz`.

    An aware time (or text with Z / an offset) is converted; a naive one is the organisation's local
    time; a date alone is that local day (at 00:00). Raises ValueError for anything else.
    """
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    else:
        text = str(value or "").strip().replace(" ", "T", 1)
        if not text:
            raise ValueError("empty")
        if _DATE_ONLY.match(text):
            text += "T00:00"
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def stored_moment(moment: dt.datetime) -> str:
    """'2026-03-06T01:30+03:00': the local time with its offset, to the minute."""
    return moment.isoformat(timespec="minutes")


def received_day(moment: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """The calendar day of receipt in the organisation's time zone."""
    return moment.astimezone(tz).date()


def local_today(now: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """Today in the organisation's time zone (`now` is aware, e.g. domain.clock.now())."""
    return now.astimezone(tz).date()


def first_due(received: dt.date) -> dt.date:
    """Receipt + 30 days (PDPL IR Art. 3(1)(a))."""
    return received + dt.timedelta(days=ANSWER_DAYS)


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def extension_counts(values: Mapping[str, Any]) -> bool:
    """The recorded extension moves the due date: notice with reasons, on or before the first due date."""
    first = _date(values.get("first_due_date")) or (
        first_due(d) if (d := _date(values.get("received_date"))) else None)
    notice = _date(values.get("extension_notice_on"))
    days = values.get("extension_days")
    return bool(first and notice and days and values.get("extension_reason") and values.get("extension_details")
                and notice <= first and 0 < int(days) <= MAX_EXTENSION_DAYS)


def due(values: Mapping[str, Any]) -> dt.date | None:
    """The date the answer is owed: the first due date, or it plus the extension when it counts."""
    received = _date(values.get("received_date"))
    if received is None:
        return None
    first = first_due(received)
    if extension_counts({**values, "first_due_date": first}):
        return first + dt.timedelta(days=int(values["extension_days"]))
    return first


def is_answered(values: Mapping[str, Any]) -> bool:
    return (values.get("stage") or "received") in ("answered", "closed")


@dataclass(frozen=True)
class Deadline:
    """Where a request stands against its clock: words first, colour second (like disclosures)."""

    state: str  # done | overdue | due_soon | open | none
    days: int  # days left (negative: days overdue)
    extended: bool = False

    def text(self, lang: str) -> str:
        """'Overdue by 3 days', 'Due today', 'Due in 12 days (extended)'; 'متأخر ٣ أيام' …"""
        ar = lang == "ar"
        if self.state == "done":
            return "تم الرد" if ar else "Answered"
        if self.state == "none":
            return "بلا موعد" if ar else "No due date"
        if self.days < 0:
            text = span_phrase("overdue", -self.days, lang)
        elif self.days == 0:
            text = "مستحق اليوم" if ar else "Due today"
        else:
            text = span_phrase("due_in", self.days, lang)
        if self.extended:
            text += " (بعد التمديد)" if ar else " (extended)"
        return text

    @property
    def colour(self) -> str | None:
        """The second signal: red overdue, amber due soon, green answered (as in the disclosures table)."""
        return {"overdue": "#b00020", "due_soon": "#8a5300", "done": "#2e7d32"}.get(self.state)


def deadline(values: Mapping[str, Any], today: dt.date) -> Deadline:
    """The request's deadline seen on `today` (the organisation's local day)."""
    if is_answered(values):
        return Deadline("done", 0)
    owed = _date(values.get("due_date")) or due(values)
    if owed is None:
        return Deadline("none", 0)
    days = (owed - today).days
    state = "overdue" if days < 0 else "due_soon" if days <= DUE_SOON_DAYS else "open"
    return Deadline(state, days, extension_counts(values))
