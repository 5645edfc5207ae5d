"""Human references: PA-0007, REC-0003, DSC-2026-0031, CUS-00042, DSR-2026-0007."""

from __future__ import annotations

WIDTHS = {"PA": 4, "REC": 4, "DSC": 4, "CUS": 5, "DSR": 4}
YEARLY = frozenset({"DSC", "DSR"})  # series numbered per year of receipt: DSC-2026-0031, DSR-2026-0007


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


def reference_number(reference: str) -> int:
    return int(reference.rsplit("-", 1)[1])
