"""The one clock the product reads, so tests can fix "today"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

RIYADH = "Asia/Riyadh"
# Riyadh has kept UTC+3 without daylight saving since 1947: the fallback where no zone database is
# installed (a Windows Python without the tzdata package).
_RIYADH_FIXED = dt.timezone(dt.timedelta(hours=3), "AST")

_fixed_now: dt.datetime | None = None
# "Today" for the code running in this thread only: a report re-made as of a seal is drawn as on
# that seal's day (overdue marks, "as at"), while every other thread keeps the real time.
_reading_as_of: ContextVar[dt.datetime | None] = ContextVar("reading_as_of", default=None)


def now() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    moment = _reading_as_of.get()
    if moment is not None:
        return moment
    return _fixed_now if _fixed_now is not None else dt.datetime.now(dt.UTC)


@contextmanager
def reading_as_of(moment: dt.datetime) -> Iterator[None]:
    """Inside the block, in this thread, `now()` is `moment` (nothing is written meanwhile)."""
    token = _reading_as_of.set(moment)
    try:
        yield
    finally:
        _reading_as_of.reset(token)


def today() -> dt.date:
    return now().date()


def timestamp() -> str:
    """Now as ISO 8601 UTC with microseconds, e.g. 2026-11-23T03:08:45.123456Z."""
    return now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def fix(moment: dt.datetime | None) -> None:
    """Freeze the clock at `moment` (None unfreezes). For tests and demos."""
    global _fixed_now
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    _fixed_now = moment


def zone_named(key: str) -> dt.tzinfo:
    """The IANA zone `key`; Asia/Riyadh is UTC+3 even on a system without the time-zone database.

    Raises ZoneInfoNotFoundError or ValueError for any other name the system does not know."""
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        if key == RIYADH:
            return _RIYADH_FIXED
        raise


def offset_label(moment: dt.datetime) -> str:
    """"UTC+3", "UTC-5:30", "UTC": the offset people read, not an abbreviation that means two things."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_text(wall: str | None, zone_key: str | None) -> str:
    """The zone a wall-clock time was written in, with its offset at that moment: "Asia/Riyadh, UTC+3"
    (blank zone: Asia/Riyadh; an unknown zone or an unreadable time: the zone's name alone)."""
    key = (zone_key or "").strip() or RIYADH
    try:
        local = dt.datetime.fromisoformat(str(wall)).replace(tzinfo=zone_named(key))
    except (ZoneInfoNotFoundError, ValueError):
        return key
    return f"{key}, {offset_label(local)}"


def rewall(wall: str, zone_key: str | None, shown_key: str) -> str:
    """The same instant as wall-clock time in `shown_key`: "2026-12-04T18:27" recorded in
    Europe/London is "2026-12-04T21:27" in Asia/Riyadh. Unreadable input comes back unchanged."""
    key = (zone_key or "").strip() or RIYADH
    try:
        local = dt.datetime.fromisoformat(str(wall)[:16]).replace(tzinfo=zone_named(key))
        return local.astimezone(zone_named(shown_key)).strftime("%Y-%m-%dT%H:%M")
    except (ZoneInfoNotFoundError, ValueError):
        return str(wall)


def wall_text(wall: str | None, zone_key: str | None) -> str:
    """A wall-clock time with its zone and offset: "2026-03-01 14:05 (Asia/Riyadh, UTC+3)"; blank stays blank."""
    if not wall:
        return ""
    return f"{str(wall)[:16].replace('T', ' ')} ({zone_text(wall, zone_key)})"
