"""The one clock the product reads, so tests can fix "today"."""

from __future__ import annotations

import datetime as dt

_fixed_now: dt.datetime | None = None


def now() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return _fixed_now if _fixed_now is not None else dt.datetime.now(dt.UTC)


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
