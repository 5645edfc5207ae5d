"""The one clock the product reads, so tests can fix "today"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

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
