"""The figures of the requests report for a period: counts by right and by decision, the share
answered on time (by the due date, the one extension included), the median days to answer, and
the extensions used (PDPL Implementing Regulation Art. 3)."""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RequestFigures:
    total: int = 0
    by_right: Counter[str] = field(default_factory=Counter)  # rights asked
    by_decision: Counter[str] = field(default_factory=Counter)  # decisions on rights (pending included)
    by_outcome: Counter[str] = field(default_factory=Counter)  # requests by outcome ("open" while undecided)
    by_channel: Counter[str] = field(default_factory=Counter)
    answered: int = 0
    on_time: int = 0
    late: int = 0
    overdue_open: int = 0  # unanswered and past due on `today`
    extensions: int = 0
    median_days: float | None = None  # receipt to answer, answered requests

    @property
    def judged(self) -> int:
        """The rate's denominator: requests answered, and those unanswered past their due date (late
        already). An open request not yet due is neither on time nor late: it is left out."""
        return self.answered + self.overdue_open

    @property
    def on_time_rate(self) -> float | None:
        """Answered on time, of `judged`; None when nothing can be judged yet."""
        return self.on_time / self.judged if self.judged else None


def _iso(value: object) -> str:
    """'YYYY-MM-DD' of a stored date (or date and time); '' when blank."""
    return str(value)[:10] if value else ""


def figures(rows: Sequence[Mapping[str, Any]], today: dt.date) -> RequestFigures:
    """Rows as `storage.requests.period_rows` gives them (each with its "_rights")."""
    out = RequestFigures(total=len(rows))
    day = today.isoformat()
    days: list[int] = []
    for row in rows:
        for code in _codes(row.get("rights")):
            out.by_right[code] += 1
        for right in row.get("_rights") or ():
            out.by_decision[right["decision"]] += 1
        out.by_outcome[row.get("outcome") or "open"] += 1
        out.by_channel[row.get("channel") or ""] += 1
        if row.get("extension_days"):
            out.extensions += 1
        # ISO dates compare as text: only the answered are parsed (for their days), a year has many rows
        received, due, answered = _iso(row.get("received_date")), _iso(row.get("due_date")), _iso(row.get("response_date"))
        if answered and received:
            out.answered += 1
            days.append((dt.date.fromisoformat(answered) - dt.date.fromisoformat(received)).days)
            if not due or answered <= due:
                out.on_time += 1
            else:
                out.late += 1
        elif due and due < day and (row.get("stage") not in ("answered", "closed")):
            out.overdue_open += 1
    out.median_days = statistics.median(days) if days else None
    return out


def _codes(value: object) -> list[str]:
    if isinstance(value, str):
        return [str(c) for c in json.loads(value or "[]")]
    return [str(c) for c in value] if isinstance(value, list | tuple) else []
