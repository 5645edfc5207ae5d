"""The benchmark harness: baselines interleaved with the measures, ratios judged, lower bounds honest."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from harness import (  # noqa: E402
    Figure,
    Incomplete,
    Measurement,
    Relation,
    maximum,
    median,
    p95,
    relate,
    run_measurement,
    table,
)


def test_percentiles_by_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]  # 20 samples: the 95th percentile is the 19th
    assert p95(values) == 19.0
    assert p95([3.0]) == 3.0
    assert median([5.0, 1.0, 3.0]) == 3.0
    assert maximum([1.0, 7.0, 2.0]) == 7.0


def test_baseline_and_measure_interleave_and_alternate_which_goes_first() -> None:
    calls: list[str] = []
    measurement = Measurement("x", lambda _b: calls.append("app") or 2.0, lambda _b: calls.append("floor") or 1.0,
                              "floor", (Figure("x_s", "x", "s", target=3.0),))
    run_measurement(measurement, None, 4)
    assert calls == ["floor", "app", "app", "floor", "floor", "app", "app", "floor"]


def test_ratio_is_value_over_baseline_and_judged_against_the_target() -> None:
    samples = iter([1.0, 3.0, 1.2, 2.8, 0.8, 3.4])  # floor, app, app, floor, floor, app
    measurement = Measurement("x", lambda _b: next(samples), lambda _b: next(samples), "floor",
                              (Figure("x_s", "x", "s", target=2.5),))
    (result,) = run_measurement(measurement, None, 3)
    assert result.samples == [3.0, 1.2, 3.4] and result.baseline_samples == [1.0, 2.8, 0.8]
    assert result.value == 3.0 and result.baseline == 1.0 and result.ratio == 3.0
    assert result.met is False
    loose = Measurement("x", lambda _b: 3.0, lambda _b: 1.0, "floor", (Figure("x_s", "x", "s", target=3.0),))
    assert run_measurement(loose, None, 1)[0].met is True


def test_one_run_feeds_several_figures_each_with_its_statistic() -> None:
    measurement = Measurement(
        "open", lambda _b: {"open_s": 2.0, "rss_mb": 120.0}, lambda _b: {"open_s": 1.0, "rss_mb": 80.0}, "bare",
        (Figure("open_s", "open", "s", target=3.0), Figure("rss_mb", "rss", "MB", maximum, 100, absolute=True)))
    opened, rss = run_measurement(measurement, None, 2)
    assert (opened.value, opened.ratio, opened.met) == (2.0, 2.0, True)
    assert (rss.value, rss.baseline, rss.met) == (120.0, 80.0, False)  # memory: the value is judged
    samples = Measurement("q", lambda _b: [1.0, 2.0, 9.0], lambda _b: [1.0, 1.0, 2.0], "direct",
                          (Figure("q_p50_ms", "p50", "ms"), Figure("q_p95_ms", "p95", "ms", p95, 1.5)))
    p50, high = run_measurement(samples, None, 1)
    assert (p50.value, p50.baseline, p50.met) == (2.0, 1.0, None)
    assert (high.value, high.baseline, high.ratio, high.met) == (9.0, 2.0, 4.5, False)


def test_a_measure_that_gives_up_is_a_lower_bound_and_stops_the_runs() -> None:
    calls: list[str] = []

    def slow(_bench: object) -> float:
        calls.append("app")
        raise Incomplete(300)

    measurement = Measurement("import", slow, lambda _b: calls.append("floor") or 2.0, "plain",
                              (Figure("import_s", "import", "s", target=5.0),))
    (result,) = run_measurement(measurement, None, 3)
    assert calls == ["floor", "app"]
    assert not result.complete and result.value == 300 and result.ratio == 150
    assert result.met is False  # 150 × is already past 5 ×, whatever the real time
    assert result.as_json()["complete"] is False
    assert any(line.startswith("import") and "> 300 s" in line and "MISSED" in line for line in table([result]))
    generous = Measurement("import", slow, lambda _b: 100.0, "plain", (Figure("import_s", "import", "s", target=5.0),))
    (unknown,) = run_measurement(generous, None, 1)
    assert unknown.met is None  # a bound of 3 × says nothing about a target of 5 ×


def test_setup_and_teardown_bracket_the_runs_even_when_a_run_fails() -> None:
    events: list[str] = []

    def broken(_bench: object) -> float:
        raise RuntimeError("probe failed")

    measurement = Measurement("x", broken, lambda _b: 1.0, "floor", (Figure("x_s", "x", "s"),),
                              setup=lambda _b: events.append("setup"), teardown=lambda _b: events.append("teardown"))
    with pytest.raises(RuntimeError):
        run_measurement(measurement, None, 2)
    assert events == ["setup", "teardown"]


def test_a_relation_judges_one_figure_against_another() -> None:
    english = run_measurement(Measurement("en", lambda _b: 2.0, lambda _b: 1.0, "bare",
                                          (Figure("pdf_en_s", "en", "s"),)), None, 1)[0]
    arabic = run_measurement(Measurement("ar", lambda _b: 5.0, lambda _b: 1.0, "bare",
                                         (Figure("pdf_ar_s", "ar", "s"),)), None, 1)[0]
    result = relate(Relation("ar_vs_en", "ar vs en", "pdf_ar_s", "pdf_en_s", 2.0),
                    {"pdf_en_s": english, "pdf_ar_s": arabic})
    assert (result.value, result.baseline, result.ratio, result.met) == (5.0, 2.0, 2.5, False)


def test_the_table_prints_value_baseline_ratio_target_and_verdict() -> None:
    measurement = Measurement("x", lambda _b: 0.25, lambda _b: 0.1, "floor",
                              (Figure("x_s", "open to first paint", "s", target=3.0),))
    header, line = table(run_measurement(measurement, None, 1))
    assert header.split()[:6] == ["figure", "value", "baseline", "ratio", "target", "verdict"]
    assert line.split() == ["open", "to", "first", "paint", "0.250", "s", "0.100", "s", "2.50", "×", "≤", "3",
                            "×", "ok"]
    zero = run_measurement(Measurement("z", lambda _b: 1.0, lambda _b: 0.0, "floor", (Figure("z_s", "z", "s"),)),
                           None, 1)[0]
    assert math.isinf(zero.ratio) and zero.as_json()["ratio"] is None
