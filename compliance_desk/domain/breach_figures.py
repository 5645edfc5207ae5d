"""Figures of the breach report for a period: counts by category, cause, severity and notice
timing (on time, late, not notifiable, not yet), and the median hours from awareness to the notice
to SDAIA (72 hours: SDAIA's personal-data breach procedural guide, Oct 2024)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain import breaches


@dataclass
class Figures:
    total: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_cause: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    by_timing: Counter[str] = field(default_factory=Counter)
    hours: list[float] = field(default_factory=list)
    subjects: int = 0
    counted: int = 0  # breaches whose number of data subjects was recorded

    def subjects_text(self, lang: str) -> str:
        """The data subjects concerned as recorded: "not recorded" when no breach has its count (never a
        silent 0), and how many breaches the sum covers when only some have it."""
        ar = lang == "ar"
        if not self.counted:
            return "غير مسجَّل" if ar else "not recorded"
        text = f"{self.subjects:,}"
        if self.counted < self.total:
            text += (f" (مسجَّل في {self.counted} من {self.total} حوادث)" if ar
                     else f" (recorded for {self.counted} of {self.total} breaches)")
        return text

    @property
    def median_hours(self) -> float | None:
        return statistics.median(self.hours) if self.hours else None


def figures(rows: Iterable[Mapping[str, Any]]) -> Figures:
    out = Figures()
    for row in rows:
        out.total += 1
        out.by_category[row["category"]] += 1
        out.by_cause[row["cause"]] += 1
        out.by_severity[row.get("severity") or "unassessed"] += 1
        out.by_timing[breaches.timing(row)] += 1
        hours = breaches.hours_to_notify(row)
        if hours is not None:
            out.hours.append(hours)
        if row.get("subject_count") is not None:
            out.counted += 1
            out.subjects += int(row["subject_count"])
    return out
