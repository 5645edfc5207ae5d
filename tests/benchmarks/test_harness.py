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
    compare,
    maximum,
    median,
    minimum,
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


def test_the_ratio_pairs_each_run_with_the_baseline_measured_beside_it() -> None:
    # the machine gets twice as slow in the second run: both sides of that run feel it
    samples = iter([1.0, 2.0, 4.0, 2.0, 1.0, 2.2])  # floor, app | app, floor | floor, app
    measurement = Measurement("x", lambda _b: next(samples), lambda _b: next(samples), "floor",
                              (Figure("x_s", "x", "s", target=2.1),))
    (result,) = run_measurement(measurement, None, 3)
    assert result.samples == [2.0, 4.0, 2.2] and result.baseline_samples == [1.0, 2.0, 1.0]
    assert (result.value, result.baseline) == (2.2, 1.0)  # medians over the runs, printed
    assert result.run_ratios == [2.0, 2.0, 2.2] and result.ratio == 2.0  # judged: the median run ratio
    assert result.met is True and result.as_json()["run_ratios"] == [2.0, 2.0, 2.2]
    strict = Measurement("x", lambda _b: 3.0, lambda _b: 1.0, "floor", (Figure("x_s", "x", "s", target=2.5),))
    assert run_measurement(strict, None, 1)[0].met is False


def test_repeat_runs_short_work_many_times_each_run_paired() -> None:
    calls: list[str] = []
    logged: list[str] = []
    measurement = Measurement("q", lambda _b: calls.append("app") or [2.0, 3.0],
                              lambda _b: calls.append("floor") or [1.0, 1.0], "direct",
                              (Figure("q_ms", "q", "ms"),), repeat=5)
    (result,) = run_measurement(measurement, None, 2, logged.append)
    assert calls.count("app") == calls.count("floor") == 10 and len(result.run_ratios) == 10
    assert len(result.samples) == 20 and result.ratio == 2.5
    assert logged == ["  q: run 1/2", "  q: run 2/2"]


def test_one_run_feeds_several_figures_each_with_its_statistic() -> None:
    measurement = Measurement(
        "open", lambda _b: {"open_s": 2.0, "rss_mb": 120.0}, lambda _b: {"open_s": 1.0, "rss_mb": 80.0}, "bare",
        (Figure("open_s", "open", "s", target=3.0), Figure("rss_mb", "rss", "MB", maximum, 100, absolute=True)))
    opened, rss = run_measurement(measurement, None, 2)
    assert (opened.value, opened.ratio, opened.met) == (2.0, 2.0, True)
    assert (rss.value, rss.baseline, rss.met) == (120.0, 80.0, False)  # memory: the value is judged
    passes = iter([[1.0, 1.0, 2.0], [1.0, 2.0, 9.0], [3.0, 4.0, 12.0], [2.0, 2.0, 4.0]])  # floor, app, app, floor
    samples = Measurement("q", lambda _b: next(passes), lambda _b: next(passes), "direct",
                          (Figure("q_p50_ms", "p50", "ms"), Figure("q_p95_ms", "p95", "ms", p95, 1.5),
                           Figure("q_best_ms", "best", "ms", minimum)))
    p50, high, best = run_measurement(samples, None, 2)
    assert (p50.value, p50.baseline, p50.run_ratios) == (3.0, 1.5, [2.0, 2.0])  # per run: 2/1, 4/2
    assert (high.value, high.baseline, high.run_ratios, high.met) == (10.5, 3.0, [4.5, 3.0], False)
    assert (best.value, best.baseline, best.run_ratios) == (2.0, 1.5, [1.0, 1.5])


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


def test_a_relation_judges_one_figure_against_another_run_by_run() -> None:
    pdf = Measurement("pdf", lambda _b: next(times), lambda _b: {"en": 1.0, "ar": 1.0}, "bare",
                      (Figure("en", "en", "s"), Figure("ar", "ar", "s")))
    times = iter([{"en": 2.0, "ar": 5.0}, {"en": 4.0, "ar": 6.0}, {"en": 2.0, "ar": 3.0}])
    english, arabic = run_measurement(pdf, None, 3)
    result = relate(Relation("ar_vs_en", "ar vs en", "ar", "en", 2.0), {"en": english, "ar": arabic})
    assert (result.value, result.baseline) == (5.0, 2.0)
    assert result.run_ratios == [2.5, 1.5, 1.5] and result.ratio == 1.5 and result.met is True


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


def _saved(value: float, baseline: float, sha: float, complete: bool = True) -> dict[str, object]:
    measurement = Measurement("x", lambda _b: value, lambda _b: baseline, "floor",
                              (Figure("x_s", "open to first paint", "s", target=3.0),))
    result = run_measurement(measurement, None, 1)[0]
    result.complete = complete
    return {"figures": {"x_s": result.as_json()},
            "reference": {"start": {"sha256_256mb_s": sha, "python_loop_s": 2 * sha}}}


def test_two_runs_compared_say_how_far_values_and_ratios_moved() -> None:
    header, line, sha, _loop = compare(_saved(1.0, 0.5, 0.2), _saved(2.1, 1.0, 0.4))
    assert header.split()[0] == "figure"
    assert "+110%" in line and "+5%" in line and line.endswith("agree")
    assert sha == "reference sha256_256mb_s at start: 0.200 s and 0.400 s (+100%)"
    moved = compare(_saved(1.0, 0.5, 0.2), _saved(1.3, 0.5, 0.2))[1]
    assert "+30%" in moved and moved.endswith("differ")
    assert compare(_saved(1.0, 0.5, 0.2), _saved(60, 0.5, 0.2, complete=False))[1].endswith("lower bounds")


def test_a_measurement_this_machine_cannot_run_is_reported_not_failed() -> None:
    calls: list[str] = []
    measurement = Measurement("server", lambda _b: calls.append("app") or 1.0, lambda _b: calls.append("floor") or 1.0,
                              "psql", (Figure("server_saves_s", "10 officers saving", "s", target=2.0),),
                              needs=lambda _b: "no PostgreSQL server (set COMPLIANCE_DESK_BENCH_PG)")
    (result,) = run_measurement(measurement, None, 3)
    assert calls == [] and result.met is None and result.unavailable.startswith("no PostgreSQL")
    assert result.as_json()["value"] is None and result.as_json()["unavailable"] == result.unavailable
    assert table([result])[1] == ("10 officers saving                           not measured: no PostgreSQL server"
                                  " (set COMPLIANCE_DESK_BENCH_PG)")
