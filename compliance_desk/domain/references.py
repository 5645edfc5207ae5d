"""Human references: PA-0007, REC-0003, DSC-2026-0031, CUS-00042, DSR-2026-0007, BRC-2026-0001."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

WIDTHS = {"PA": 4, "REC": 4, "DSC": 4, "CUS": 5, "DSR": 4, "BRC": 4}
# Series numbered per year, and the field whose year a record's reference takes.
YEARLY = {"DSC": "received_date", "DSR": "received_date", "BRC": "aware_at"}


def format_reference(prefix: str, number: int, year: int | None = None) -> str:
    width = WIDTHS.get(prefix, 4)
    if prefix in YEARLY:
        if year is None:
            raise ValueError(f"a {prefix} reference needs its year")
        return f"{prefix}-{year}-{number:0{width}d}"
    return f"{prefix}-{number:0{width}d}"


def reference_pattern(prefix: str, year: int | None = None) -> str:
    """A SQL GLOB pattern matching every reference of this series."""
    return f"{prefix}-{year}-*" if prefix in YEARLY else f"{prefix}-*"


def reference_year(prefix: str, values: Mapping[str, Any], today: str) -> int | None:
    """The year a new record's reference takes: its date field's year (else today's), or None."""
    if prefix not in YEARLY:
        return None
    return int(str(values.get(YEARLY[prefix]) or today)[:4])


def reference_number(reference: str) -> int:
    return int(reference.rsplit("-", 1)[1])
