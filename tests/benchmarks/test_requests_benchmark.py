"""The requests benchmark runs on small data (its figures are printed, never asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import data_requests as bench  # noqa: E402


def test_requests_benchmark_runs_small(capsys) -> None:
    assert bench.main(["--requests", "60", "--linked", "10", "--runs", "1"]) == 0
    printed = capsys.readouterr().out
    assert "action queue" in printed and "person view (10 linked records" in printed and "requests report" in printed
