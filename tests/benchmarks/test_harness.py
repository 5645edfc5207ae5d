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
    Result,
    Stopwatch,
    Timed,
    alternate,
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


def test_the_ratio_is_judged_on_cpu_time_and_the_wall_time_is_printed_beside_it() -> None:
    # beside a busy process the app's wall time doubles while its CPU time does not; a wait (an fsync)
    # is in the wall time only
    app = iter([Timed(4.0, 1.5), Timed(9.0, 1.6)])
    floor = iter([Timed(1.0, 0.5), Timed(1.0, 0.5)])
    measurement = Measurement("x", lambda _b: next(app), lambda _b: next(floor), "floor",
                              (Figure("x_s", "x", "s", target=3.2),))
    (result,) = run_measurement(measurement, None, 2)
    assert result.run_ratios == [3.0, 3.2] and result.wall_run_ratios == [4.0, 9.0]
    assert result.ratio == pytest.approx(3.1) and result.wall_ratio == 6.5 and result.met is True
    assert (result.value, result.baseline, result.value_cpu, result.baseline_cpu) == (6.5, 1.0, 1.55, 0.5)
    saved = result.as_json()
    assert (saved["value_wall"], saved["value_cpu"], saved["baseline_wall"], saved["baseline_cpu"]) == \
        (6.5, 1.55, 1.0, 0.5)
    assert (saved["ratio"], saved["wall_ratio"], saved["ratio_on"]) == (3.1, 6.5, "cpu")
    assert saved["cpu_samples"] == [1.5, 1.6] and saved["baseline_cpu_samples"] == [0.5, 0.5]
    again = Result.from_json("x_s", saved)
    assert (again.ratio, again.wall_ratio, again.value_cpu, again.ratio_on) == (result.ratio, 6.5, 1.55, "cpu")


def test_a_run_saved_before_cpu_times_were_taken_is_read_on_its_wall_ratios() -> None:
    old = {"title": "x", "unit": "s", "value": 2.0, "baseline": 1.0, "ratio": 2.0, "target": 3.0,
           "judged_on": "ratio", "met": True, "complete": True, "baseline_is": "floor", "samples": [2.0],
           "baseline_samples": [1.0], "run_ratios": [2.0], "unavailable": ""}
    result = Result.from_json("x_s", old)
    assert (result.ratio, result.wall_ratio, result.ratio_on) == (2.0, 2.0, "wall")
    line = table([result])[1]
    assert "2.00 × w" in line and line.endswith("ok")


def test_a_stopwatch_takes_wall_and_cpu_time_and_the_mean_of_a_batch() -> None:
    watch = Stopwatch()
    while watch.cpu_elapsed() < 0.02:
        pass
    one = watch.elapsed(1000, 4)  # ms, per call of a batch of 4
    assert one.cpu >= 5 and one.wall >= one.cpu * 0.5


def test_the_table_prints_wall_and_cpu_values_baselines_ratios_target_and_verdict() -> None:
    measurement = Measurement("x", lambda _b: Timed(0.25, 0.2), lambda _b: Timed(0.1, 0.1), "floor",
                              (Figure("x_s", "open to first paint", "s", target=3.0),))
    header, line = table(run_measurement(measurement, None, 1))
    assert header.split()[:9] == ["figure", "wall", "baseline", "ratio", "CPU", "baseline", "ratio", "target",
                                  "verdict"]
    assert line.split() == ["open", "to", "first", "paint", "0.250", "s", "0.100", "s", "2.50", "×", "0.200", "s",
                            "0.100", "s", "2.00", "×", "≤", "3", "×", "ok"]
    zero = run_measurement(Measurement("z", lambda _b: 1.0, lambda _b: 0.0, "floor", (Figure("z_s", "z", "s"),)),
                           None, 1)[0]
    assert math.isinf(zero.ratio) and zero.as_json()["ratio"] is None


def _saved(value: float | Timed, baseline: float | Timed, sha: float, complete: bool = True) -> dict[str, object]:
    measurement = Measurement("x", lambda _b: value, lambda _b: baseline, "floor",
                              (Figure("x_s", "open to first paint", "s", target=3.0),))
    result = run_measurement(measurement, None, 1)[0]
    result.complete = complete
    return {"figures": {"x_s": result.as_json()},
            "reference": {"start": {"sha256_256mb_s": sha, "python_loop_s": 2 * sha}}}


def test_two_runs_compared_say_how_far_values_and_ratios_moved() -> None:
    header, line, sha, _loop, rule = compare(_saved(1.0, 0.5, 0.2), _saved(2.1, 1.0, 0.4))
    assert header.split()[:5] == ["figure", "ratio", "1", "ratio", "2"]
    assert "+110%" in line and "+5%" in line and " agree " in line
    assert sha == "reference sha256_256mb_s at start: 0.200 s and 0.400 s (+100%)"
    assert rule.startswith("judged: ratio = CPU time")
    moved = compare(_saved(1.0, 0.5, 0.2), _saved(1.3, 0.5, 0.2))[1]
    assert "+30%" in moved and " differ " in moved
    assert " lower bounds " in compare(_saved(1.0, 0.5, 0.2), _saved(60, 0.5, 0.2, complete=False))[1]


def test_runs_are_compared_on_their_cpu_ratios_and_the_wall_ratios_moving_is_information() -> None:
    quiet, loaded = _saved(Timed(2.0, 2.0), Timed(1.0, 1.0), 0.2), _saved(Timed(7.0, 2.1), Timed(2.0, 1.0), 0.4)
    line = compare(quiet, loaded)[1]
    assert "2.00 ×" in line and "2.10 ×" in line and "+5%" in line and " agree " in line
    assert "3.50 ×" in line and "+75%" in line  # the wall ratio moved with the load, printed
    old = {**quiet, "figures": {"x_s": {k: v for k, v in quiet["figures"]["x_s"].items()  # type: ignore[attr-defined]
                                        if k in ("title", "unit", "value", "baseline", "ratio", "target", "judged_on",
                                                 "met", "complete", "baseline_is", "samples", "baseline_samples",
                                                 "run_ratios")}}}
    assert "2.00 × w" in compare(old, loaded)[1]  # an older saved run still loads: its wall ratio


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


def test_short_work_is_timed_piece_by_piece_both_sides_together_alternating_which_goes_first() -> None:
    calls: list[str] = []

    def piece(name: str, wall: float) -> object:
        return lambda: calls.append(name) or Timed(wall, wall / 2)

    def together(_bench: object, app_first: bool) -> tuple[list[Timed], list[Timed]]:
        return alternate([(piece("app1", 4.0), piece("floor1", 2.0)), (piece("app2", 6.0), piece("floor2", 2.0))],
                         app_first)

    never = Measurement("q", lambda _b: 1 / 0, lambda _b: 1 / 0, "direct", (Figure("q_ms", "q", "ms"),),
                        together=together)  # type: ignore[arg-type]
    (result,) = run_measurement(never, None, 2)
    assert calls == ["floor1", "app1", "app2", "floor2", "app1", "floor1", "floor2", "app2"]
    assert result.samples == [4.0, 6.0, 4.0, 6.0] and result.cpu_samples == [2.0, 3.0, 2.0, 3.0]
    assert result.run_ratios == [2.5, 2.5] and result.baseline_samples == [2.0, 2.0, 2.0, 2.0]
