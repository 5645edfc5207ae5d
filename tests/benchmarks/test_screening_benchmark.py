"""The screening benchmark's own parts work on small data (its figures need ../shared and are not judged here)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import screening as bench  # noqa: E402

from compliance_desk.storage import lists  # noqa: E402

UN = ROOT / "tests" / "storage" / "fixtures" / "un_small.xml"


def test_synthetic_peps_are_an_opensanctions_list(tmp_path: Path) -> None:
    parsed = lists.read(bench.pep_csv(tmp_path / "peps.csv", count=50))
    assert len(parsed.entries) == 50 and parsed.source == "opensanctions"
    assert all(e.kind == "individual" and e.aliases and e.birth_dates for e in parsed.entries)


def test_quality_runs_on_a_small_list() -> None:
    figures = bench.quality(lists.read(UN).entries)
    assert figures["arabic_names"] == 3 and 0 <= figures["demo_alert_pct"] <= 100
    assert figures["other_script_pct"] == 100.0
