"""Personal-data breaches: the 72-hour clock to SDAIA, the stages of a breach, and its rules.

The rule (SDAIA, *Personal Data Breach Incidents Procedural Guide*, October 2024, under the
Personal Data Protection Law Art. 20 and its Implementing Regulation Art. 24): a controller that
becomes aware of a breach which may harm the personal data or the data subjects notifies SDAIA,
through the national data-governance platform, within **72 hours of becoming aware**; it tells the
data subjects without undue delay where the breach puts them at risk. A notice filed after the
72 hours states why it is late.

The clock counts hours from "aware at", an instant: a wall-clock time in the breach's own zone
(IANA name, Asia/Riyadh by default, which has no daylight saving). The same instant recorded in
another zone (a breach discovered abroad) gives the same deadline instant.

A breach moves open → assessed → notified → contained → closed; one SDAIA need not hear of
(decided "not notifiable", with the reason) goes from assessed to contained.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from compliance_desk.domain.clock import RIYADH, zone_named
from compliance_desk.domain.errors import InvalidInput, Msg, ValidationError

NOTIFY_HOURS = 72
DEFAULT_ZONE = RIYADH
STAGES = ("open", "assessed", "notified", "contained", "closed")
NEXT: dict[str, tuple[str, ...]] = {
    "open": ("assessed",),
    "assessed": ("notified", "contained"),
    "notified": ("contained",),
    "contained": ("closed",),
    "closed": (),
}
# What each step asks for (the UI's step dialogs offer these fields).
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "assessed": ("category", "cause", "data_categories", "special_category", "subject_categories",
                 "subject_count", "subject_count_approximate", "consequences", "severity",
                 "severity_reasoning", "sdaia_decision", "sdaia_decision_reason", "subjects_decision"),
    "notified": ("sdaia_notified_at", "sdaia_reference", "late_reason"),
    "contained": ("measures_taken", "measures_planned", "subjects_decision", "subjects_notified_at",
                  "subjects_notice_method", "subjects_notified_count", "subject_advice"),
    "closed": ("lessons", "closed_at"),
}
DATETIME_FIELDS = ("occurred_from", "occurred_to", "discovered_at", "aware_at", "sdaia_notified_at",
                   "subjects_notified_at", "closed_at")

# Stages of the clock, most urgent first; the action queue and the status bar show them.
CLOCK_STAGES = ("overdue", "last_hour", "last_12h", "last_24h", "more_than_24h")
CLOCK_LABELS = {
    "overdue": ("Overdue", "متأخر"),
    "last_hour": ("Last hour", "الساعة الأخيرة"),
    "last_12h": ("Last 12 hours", "آخر 12 ساعة"),
    "last_24h": ("Last 24 hours", "آخر 24 ساعة"),
    "more_than_24h": ("More than 24 hours left", "أكثر من 24 ساعة متبقية"),
}
TIMING_LABELS = {
    "on_time": ("Notified on time (within 72 h)", "أُبلغ في الموعد (خلال 72 ساعة)"),
    "late": ("Notified late (after 72 h)", "أُبلغ متأخراً (بعد 72 ساعة)"),
    "not_notifiable": ("Not notifiable", "لا يلزم الإبلاغ"),
    "pending": ("Not yet notified", "لم يُبلَّغ بعد"),
}
QUEUE_STAGE = {"overdue": "overdue", "last_hour": "today", "last_12h": "today", "last_24h": "today",
               "more_than_24h": "soon"}


# ---------------------------------------------------------------- zones and instants
def zone(key: str | None) -> dt.tzinfo:
    """The zone named `key` (IANA), Asia/Riyadh when empty; raises ValidationError for an unknown name."""
    key = (key or DEFAULT_ZONE).strip()
    try:
        return zone_named(key)  # Asia/Riyadh is UTC+3 even without the zone database
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("time_zone", Msg("unknown_time_zone", value=key)) from None


def instant(wall: str, zone_key: str | None) -> dt.datetime:
    """The UTC instant of a wall-clock time `YYYY-MM-DDTHH:MM` in zone `zone_key`."""
    local = dt.datetime.fromisoformat(str(wall)).replace(tzinfo=zone(zone_key))
    return local.astimezone(dt.UTC)


def wall_time(moment: dt.datetime, zone_key: str | None) -> str:
    """An aware instant as wall-clock time in `zone_key`."""
    return moment.astimezone(zone(zone_key)).strftime("%Y-%m-%dT%H:%M")


_OFFSET = re.compile(r".*[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")


def wall_times(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values with every instant (aware datetime, text with `Z` or an offset) turned into
    wall-clock time in the breach's zone, so one instant reads the same from any zone."""
    out = dict(values)
    key = out.get("time_zone") or DEFAULT_ZONE
    for name in DATETIME_FIELDS:
        value = out.get(name)
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            out[name] = wall_time(value, key)
        elif isinstance(value, str) and _OFFSET.match(value.strip()):
            try:
                moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                continue  # validation names the bad value
            out[name] = wall_time(moment, key)
    return out


# ---------------------------------------------------------------- the clock
def deadline(values: Mapping[str, Any]) -> dt.datetime:
    """The instant (UTC) by which SDAIA must be notified: 72 hours after "aware at"."""
    return instant(values["aware_at"], values.get("time_zone")) + dt.timedelta(hours=NOTIFY_HOURS)


def clock_stage(hours_left: float) -> str:
    """more_than_24h (> 24 h left), last_24h (≤ 24), last_12h (≤ 12), last_hour (≤ 1), overdue (≤ 0)."""
    if hours_left <= 0:
        return "overdue"
    if hours_left <= 1:
        return "last_hour"
    if hours_left <= 12:
        return "last_12h"
    if hours_left <= 24:
        return "last_24h"
    return "more_than_24h"


@dataclass(frozen=True)
class Clock:
    """Where a breach stands against the 72 hours.

    state: running (SDAIA may need notice and has none yet), notified, not_notifiable, closed.
    `hours_left` is negative once overdue; `stage` is set while the clock runs.
    """

    state: str
    deadline: dt.datetime
    hours_left: float
    stage: str | None

    @property
    def running(self) -> bool:
        return self.state == "running"

    def text(self, lang: str) -> str:
        """'41 h 20 min left to notify SDAIA' / 'SDAIA notice overdue by 3 h 5 min'."""
        ar = lang == "ar"
        if self.state != "running":
            return {"notified": ("SDAIA notified", "تم إبلاغ سدايا"),
                    "not_notifiable": ("Not notifiable", "لا يلزم الإبلاغ"),
                    "closed": ("Closed", "مغلق")}[self.state][1 if ar else 0]
        minutes = int(abs(self.hours_left) * 60)
        span = f"{minutes // 60} س {minutes % 60} د" if ar else f"{minutes // 60} h {minutes % 60:02d} min"
        if self.hours_left <= 0:
            return f"تأخر إبلاغ سدايا {span}" if ar else f"SDAIA notice overdue by {span}"
        return f"متبقٍ {span} لإبلاغ سدايا" if ar else f"{span} left to notify SDAIA"


def clock(values: Mapping[str, Any], now: dt.datetime) -> Clock:
    """The breach's clock at `now` (an aware datetime)."""
    due = deadline(values)
    left = (due - now).total_seconds() / 3600
    if values.get("stage") == "closed":
        return Clock("closed", due, left, None)
    if values.get("sdaia_notified_at"):
        return Clock("notified", due, left, None)
    if values.get("sdaia_decision") == "not_notifiable":
        return Clock("not_notifiable", due, left, None)
    return Clock("running", due, left, clock_stage(left))


def hours_to_notify(values: Mapping[str, Any]) -> float | None:
    """Hours from "aware at" to the notice to SDAIA, when it was given."""
    if not values.get("sdaia_notified_at") or not values.get("aware_at"):
        return None
    zone_key = values.get("time_zone")
    span = instant(values["sdaia_notified_at"], zone_key) - instant(values["aware_at"], zone_key)
    return span.total_seconds() / 3600


def timing(values: Mapping[str, Any]) -> str:
    """on_time (notified within 72 hours, the deadline itself included), late, not_notifiable, pending."""
    if values.get("sdaia_decision") == "not_notifiable":
        return "not_notifiable"
    hours = hours_to_notify(values)
    if hours is None:
        return "pending"
    return "on_time" if hours <= NOTIFY_HOURS else "late"


def notice_late(values: Mapping[str, Any], now: dt.datetime) -> bool:
    """Whether the notice to SDAIA is past its 72 hours, or would be if filed `now`: the only case in
    which the reasons for the delay are asked (and then required)."""
    if values.get("sdaia_decision") == "not_notifiable" or not values.get("aware_at"):
        return False
    if values.get("sdaia_notified_at"):
        return timing(values) == "late"
    return now > deadline(values)


# ---------------------------------------------------------------- subject counts
_APPROXIMATE = re.compile(r"~|≈|\+|\babout\b|\baround\b|\bapprox\w*|\bcirca\b|\bc\.|\bover\b|\best\w*|"
                          r"حوالي|حوالى|نحو|تقريب[^\s\d]*|قرابة|أكثر من|اكثر من", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d[\d,٬ ]*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def subject_count(value: Any, approximate: bool, name: str = "subject_count") -> Any:
    """A count of data subjects from what the officer wrote; "about 500" needs the approximate mark.

    Returns the number (or the value unchanged when it is not text, for `clean` to judge)."""
    if not isinstance(value, str):
        return value
    text = value.translate(_DIGITS).strip()
    if not text:
        return None
    if _APPROXIMATE.search(text):
        if not approximate:
            raise ValidationError(name, Msg("count_approximate_unmarked", value=value))
        text = _APPROXIMATE.sub(" ", text)
    found = _NUMBER.search(text)
    if not found or text.replace(found.group(0), "").strip():
        raise ValidationError(name, Msg("invalid_integer", value=value))
    number = found.group(0).replace(",", "").replace("٬", "").replace(" ", "")
    return int(number)


def prepare(values: Mapping[str, Any], approximate: bool | None = None) -> dict[str, Any]:
    """What the officer supplied, before `clean`: instants into the breach's zone, counts as numbers."""
    out = wall_times(values)
    if approximate is None:
        mark = str(out.get("subject_count_approximate") or "").strip().casefold()
        approximate = mark in ("1", "true", "yes", "y", "نعم", "x", "✓")
    for name in ("subject_count", "subjects_notified_count"):
        if name in out:
            out[name] = subject_count(out[name], approximate if name == "subject_count" else False, name)
    return out


# ---------------------------------------------------------------- rules
def _filled(values: Mapping[str, Any], name: str) -> bool:
    return values.get(name) not in (None, "", [], "[]")


def check(values: Mapping[str, Any], now: dt.datetime) -> None:
    """The rules a breach's fields keep at every stage (raises ValidationError). `values` are cleaned."""
    zone_key = values.get("time_zone") or DEFAULT_ZONE
    zone(zone_key)
    now_wall = wall_time(now, zone_key)
    aware = values.get("aware_at")
    if not aware:
        raise ValidationError("aware_at", Msg("required"))
    if aware > now_wall:
        raise ValidationError("aware_at", Msg("aware_in_future"))
    start, end = values.get("occurred_from"), values.get("occurred_to")
    if start and aware < start:
        raise ValidationError("aware_at", Msg("aware_before_occurred"))
    if start and end and end < start:
        raise ValidationError("occurred_to", Msg("occurred_to_before_from"))
    # what the notice says of when it happened must hold together: occurred ≤ discovered ≤ aware
    found = values.get("discovered_at")
    if found and found > aware:
        raise ValidationError("discovered_at", Msg("discovered_after_aware"))
    if found and start and found < start:
        raise ValidationError("discovered_at", Msg("discovered_before_occurred"))
    for name in ("discovered_at", "occurred_from", "occurred_to", "subjects_notified_at", "closed_at"):
        if values.get(name) and values[name] > now_wall:
            raise ValidationError(name, Msg("time_in_future"))
    notified = values.get("sdaia_notified_at")
    decision = values.get("sdaia_decision") or "pending"
    if notified:
        if notified < aware:
            raise ValidationError("sdaia_notified_at", Msg("notified_before_aware"))
        if notified > now_wall:
            raise ValidationError("sdaia_notified_at", Msg("time_in_future"))
        if decision == "not_notifiable":
            raise ValidationError("sdaia_decision", Msg("notified_but_not_notifiable"))
        if timing(values) == "late" and not _filled(values, "late_reason"):
            raise ValidationError("late_reason", Msg("late_reason_required", hours=NOTIFY_HOURS))
    if decision == "not_notifiable" and not _filled(values, "sdaia_decision_reason"):
        raise ValidationError("sdaia_decision_reason", Msg("breach_reason_required"))
    for name in ("subjects_notified_at", "closed_at"):
        if values.get(name) and values[name] < aware:
            raise ValidationError(name, Msg("time_before_aware"))
    if values.get("subject_count_approximate") and values.get("subject_count") is None:
        raise ValidationError("subject_count", Msg("approximate_needs_count"))
    told, count = values.get("subjects_notified_count"), values.get("subject_count")
    if told is not None and count is not None and not values.get("subject_count_approximate") and told > count:
        raise ValidationError("subjects_notified_count", Msg("notified_more_than_concerned", value=told, count=count))
    stage = values.get("stage") or "open"
    if stage == "notified" and not notified:
        raise ValidationError("sdaia_notified_at", Msg("required"))
    if stage == "closed":
        if not values.get("closed_at"):
            raise ValidationError("closed_at", Msg("required"))
        if decision != "not_notifiable" and not notified:
            raise InvalidInput("breach_close_unnotified", reference=values.get("reference") or "")


def check_step(target: str, values: Mapping[str, Any]) -> None:
    """What a step itself asks for, on the breach as it will stand (raises ValidationError on a field
    that step's dialog shows): the assessment takes the severity and both decisions (the reason for
    not notifying SDAIA is a rule of every stage, in `check`); the notice to SDAIA its time. Each
    requirement belongs to the step that asks for it, so containment never waits for paperwork and
    the notice to SDAIA can be recorded at any stage once the decision is to notify."""
    if target == "assessed":
        if not _filled(values, "severity"):
            raise ValidationError("severity", Msg("required"))
        if (values.get("sdaia_decision") or "pending") == "pending":
            raise ValidationError("sdaia_decision", Msg("breach_not_decided"))
        if (values.get("subjects_decision") or "pending") == "pending":
            raise ValidationError("subjects_decision", Msg("breach_subjects_not_decided"))
    if target == "notified" and not values.get("sdaia_notified_at"):
        raise ValidationError("sdaia_notified_at", Msg("required"))


def offered(values: Mapping[str, Any]) -> tuple[str, ...]:
    """The steps a breach at its stage offers: the next stages, and the notice to SDAIA at any stage
    before closing once the decision is to notify and SDAIA has not been notified yet."""
    stage = values.get("stage") or "open"
    steps = {t for t in NEXT.get(stage, ()) if t != "notified"}
    if stage != "closed" and values.get("sdaia_decision") == "notify" and not values.get("sdaia_notified_at"):
        steps.add("notified")
    return tuple(sorted(steps, key=STAGES.index))


def stage_after(current: str, target: str) -> str:
    """The stage a breach has after a step: recording the notice to SDAIA moves an assessed breach to
    "notified" and leaves an open or contained one where it is (containment is not undone)."""
    if target == "notified" and current != "assessed":
        return current
    return target


def check_transition(reference: str, current: str, target: str, values: Mapping[str, Any]) -> None:
    if target in offered({**values, "stage": current}):
        return
    decision = values.get("sdaia_decision") or "pending"
    if target == "notified" and current != "closed" and not values.get("sdaia_notified_at"):
        if decision == "not_notifiable":
            raise InvalidInput("breach_not_notifiable", reference=reference)
        raise InvalidInput("breach_notice_undecided", reference=reference)
    raise InvalidInput("breach_transition_not_allowed", reference=reference, stage=current, target=target)


def check_close(reference: str, steps: Sequence[Mapping[str, Any]]) -> None:
    """A breach closes only when every containment and remediation step is done."""
    open_steps = [s for s in steps if not s.get("done_on")]
    if open_steps:
        raise InvalidInput("breach_open_steps", reference=reference, count=len(open_steps),
                           action=open_steps[0].get("action") or "")
