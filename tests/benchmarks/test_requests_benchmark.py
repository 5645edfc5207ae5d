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


def test_run_py_figures_of_requests_come_with_their_baselines(qapp, tmp_path: Path) -> None:
    """run.py's "requests" measurement (issue 22): each figure and its same-run baseline are produced."""
    from types import SimpleNamespace

    from run import FIGURES

    declared = next(m for m in FIGURES if getattr(m, "name", "") == "requests")
    keys = {f.key for f in declared.figures}
    assert keys == {"dsr_queue_ms", "dsr_person_ms", "dsr_report_s"}
    bench = SimpleNamespace(quick=True, folder=tmp_path, details={})
    bench_module = sys.modules["data_requests"]
    bench_module.setup(bench)
    try:
        ours, floor = bench_module.measure(bench), bench_module.baseline(bench)
    finally:
        bench_module.teardown(bench)
    assert set(ours) == set(floor) == keys
    assert all(side[k].wall > 0 and side[k].cpu > 0 for side in (ours, floor) for k in keys)  # both times
    assert bench.details["requests_register"] == bench_module.QUICK_REQUESTS and bench.details["requests_queue_items"]
