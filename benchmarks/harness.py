"""How a benchmark figure is measured, judged and printed: the app's way beside a same-run baseline.

A `Measurement` pairs the app's way of doing some work with the floor of that work on this machine
(its baseline), both run in the same process conditions, interleaved run by run (baseline first in
even runs, the app first in odd ones). Each of its `Figure`s has a statistic (median, p95, best of
several tries, maximum) taken over each run's samples; its value and baseline are the medians over
the runs of that statistic, and its ratio the median over the runs of each run's app against the
baseline measured just before or after it, so load that comes and goes during a run on a shared
machine weighs on both sides of each ratio alike. The ratio is judged
against a target; memory, which does not scale with the machine's speed, is judged by its value.
A `Relation` judges one figure against another, run by run (Arabic PDF against English).
"""

from __future__ import annotations

import gc
import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from timing import Stopwatch, Timed, alternate, batch  # noqa: F401 - the measures' modules take them from here

# One sample: a Timed for a time; a plain number for a quantity that is not a time (memory), which
# stands for both its wall and its CPU side.
Value = float | Timed
# One run of a measure or a baseline: a value (or the values of many samples, e.g. one per query)
# for every figure of the measurement, or a mapping {figure key: value(s)} when the figures differ.
Reading = Value | Sequence[Value] | Mapping[str, Value | Sequence[Value]]
RATIO_RULE = ("ratio = CPU time of the process doing the work, figure ÷ baseline (judged; a fresh process's"
              " own CPU, interpreter start included); wall = what the officer waits, its ratio for"
              " information; absolute targets are on wall time")


class Incomplete(Exception):  # noqa: N818 - a result, not an error
    """Raised by a measure that gave up after `seconds` (e.g. a time budget): a lower bound."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"did not finish within {seconds:.0f} s")
        self.seconds = seconds


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p95(values: Sequence[float]) -> float:
    """The 95th percentile, nearest rank."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)])


def maximum(values: Sequence[float]) -> float:
    return float(max(values))


def minimum(values: Sequence[float]) -> float:
    """Best of several tries: what the work costs when nothing else got in its way."""
    return float(min(values))


@dataclass(frozen=True)
class Figure:
    """One printed figure: `stat` sums up each run's samples (e.g. p95 of one pass over 20 queries).
    `target` bounds the ratio, or the value when `absolute`."""

    key: str  # the JSON key, with its unit as suffix: open_s, search_p95_ms, peak_rss_mb
    title: str
    unit: str  # s, ms, MB
    stat: Callable[[Sequence[float]], float] = median
    target: float | None = None
    absolute: bool = False


@dataclass(frozen=True)
class Measurement:
    """The app's way (`measure`) and the floor of the same work (`baseline`), run `runs` times each."""

    name: str
    measure: Callable[[Any], Reading]
    baseline: Callable[[Any], Reading]
    baseline_text: str  # what the baseline is, printed under the table
    figures: tuple[Figure, ...]
    runs: int | None = None  # None: the run's --runs
    repeat: int = 1  # runs × repeat pairs: short work (milliseconds) needs many pairs to pair load well
    warmup: bool = False  # one untimed run of each first (in-process work whose caches warm up)
    setup: Callable[[Any], None] | None = None
    teardown: Callable[[Any], None] | None = None
    # what this machine must have (e.g. a PostgreSQL server): returns why it cannot run here, or None
    needs: Callable[[Any], str | None] | None = None
    # both sides in one call, interleaved piece by piece (one query's batch of the app, then the same
    # query's batch of the floor, …; see `alternate`): (bench, app_first) -> (app's reading, floor's).
    # Short work needs it: a neighbour's load that comes and goes in seconds then weighs on both sides
    # of each piece. measure and baseline still serve --profile.
    together: Callable[[Any, bool], tuple[Reading, Reading]] | None = None


@dataclass(frozen=True)
class Relation:
    """A figure judged against another figure's value instead of its own baseline."""

    key: str
    title: str
    value_of: str
    baseline_of: str
    target: float


@dataclass
class Result:
    key: str
    title: str
    unit: str
    value: float
    baseline: float
    target: float | None = None
    absolute: bool = False
    complete: bool = True  # False: the measure gave up; value is a lower bound
    samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    baseline_is: str = ""
    run_ratios: list[float] = field(default_factory=list)  # each run's app ÷ its baseline, CPU (judged)
    unavailable: str = ""  # why it was not measured on this machine (Measurement.needs)
    value_cpu: float = math.nan  # value and baseline above are wall times; these their CPU times
    baseline_cpu: float = math.nan
    cpu_samples: list[float] = field(default_factory=list)
    baseline_cpu_samples: list[float] = field(default_factory=list)
    wall_run_ratios: list[float] = field(default_factory=list)
    ratio_on: str = "cpu"  # what the ratio is of: "cpu", or "wall" (a lower bound, a run saved without CPU)

    @property
    def ratio(self) -> float:
        """The judged ratio: the median of the runs' CPU ratios; without them value ÷ baseline (CPU
        when known, else wall: a lower bound, an older saved run)."""
        if self.run_ratios:
            return median(self.run_ratios)
        if self.ratio_on == "cpu" and math.isfinite(self.value_cpu) and math.isfinite(self.baseline_cpu):
            return _quotient(self.value_cpu, self.baseline_cpu)
        return _quotient(self.value, self.baseline)

    @property
    def wall_ratio(self) -> float:
        """The median of the runs' wall ratios (what the officer waits, against its floor): information."""
        if self.wall_run_ratios:
            return median(self.wall_run_ratios)
        return _quotient(self.value, self.baseline)

    @property
    def met(self) -> bool | None:
        """Whether the target holds (None without a target)."""
        if self.target is None or self.unavailable:
            return None
        if not self.complete:
            judged = self.value if self.absolute else self.ratio
            return False if judged > self.target else None  # a lower bound under the target says nothing
        return (self.value if self.absolute else self.ratio) <= self.target

    @classmethod
    def from_json(cls, key: str, data: Mapping[str, Any]) -> Result:
        """A saved figure; one saved before CPU times were taken has its wall ratio as the judged one."""

        def number(name: str) -> float:
            value = data.get(name)
            return float(value) if value is not None else math.nan

        def numbers(name: str) -> list[float]:
            return [r for r in data.get(name) or [] if r is not None]

        ratios = numbers("run_ratios")
        return cls(key, data["title"], data["unit"], number("value"), number("baseline"), data["target"],
                   data["judged_on"] == "value", data["complete"], data["samples"], data["baseline_samples"],
                   data["baseline_is"], ratios, data.get("unavailable", ""), number("value_cpu"),
                   number("baseline_cpu"), numbers("cpu_samples"), numbers("baseline_cpu_samples"),
                   numbers("wall_run_ratios") if "wall_run_ratios" in data else ratios, data.get("ratio_on", "wall"))

    def as_json(self) -> dict[str, Any]:
        """value and baseline are the wall times (as in runs saved before CPU times were taken)."""
        return {"title": self.title, "unit": self.unit, "value": _round(self.value),
                "baseline": _round(self.baseline), "value_wall": _round(self.value),
                "value_cpu": _round(self.value_cpu), "baseline_wall": _round(self.baseline),
                "baseline_cpu": _round(self.baseline_cpu), "ratio": _round(self.ratio),
                "ratio_on": self.ratio_on, "wall_ratio": _round(self.wall_ratio),
                "target": self.target, "judged_on": "value" if self.absolute else "ratio", "met": self.met,
                "complete": self.complete, "baseline_is": self.baseline_is,
                "samples": [_round(s) for s in self.samples], "cpu_samples": [_round(s) for s in self.cpu_samples],
                "baseline_samples": [_round(s) for s in self.baseline_samples],
                "baseline_cpu_samples": [_round(s) for s in self.baseline_cpu_samples],
                "run_ratios": [_round(r) for r in self.run_ratios],
                "wall_run_ratios": [_round(r) for r in self.wall_run_ratios], "unavailable": self.unavailable}


def _round(value: float) -> float | None:
    return None if not math.isfinite(value) else round(value, 6)


def _split(reading: Reading, figures: Sequence[Figure]) -> dict[str, list[Timed]]:
    if isinstance(reading, Mapping):
        return {f.key: _samples(reading[f.key]) for f in figures}
    return {f.key: _samples(reading) for f in figures}


def _timed(value: Value) -> Timed:
    return value if isinstance(value, Timed) else Timed(float(value), float(value))


def _samples(value: Value | Sequence[Value]) -> list[Timed]:
    return [_timed(v) for v in value] if isinstance(value, Sequence) else [_timed(value)]


def _quotient(value: float, baseline: float) -> float:
    return value / baseline if baseline > 0 else math.inf


def run_measurement(m: Measurement, bench: Any, runs: int, log: Callable[[str], None] = lambda _t: None,
                    ) -> list[Result]:
    """Run baseline and measure interleaved; a measure that gives up ends the runs (a lower bound)."""
    runs = (m.runs or runs) * m.repeat
    missing = m.needs(bench) if m.needs is not None else None
    if missing:
        log(f"  {m.name}: not measured ({missing})")
        return [Result(f.key, f.title, f.unit, math.nan, math.nan, f.target, f.absolute, False,
                       baseline_is=m.baseline_text, unavailable=missing) for f in m.figures]
    ours: dict[str, list[list[Timed]]] = {f.key: [] for f in m.figures}  # the samples of each run
    floor: dict[str, list[list[Timed]]] = {f.key: [] for f in m.figures}
    gave_up: Incomplete | None = None
    if m.setup is not None:
        m.setup(bench)
    try:
        if m.warmup:
            if m.together is not None:
                m.together(bench, False)
            else:
                m.baseline(bench)
                m.measure(bench)
        for i in range(runs):
            if m.together is not None:
                app_reading, floor_reading = m.together(bench, i % 2 == 1)
                for into, reading in ((ours, app_reading), (floor, floor_reading)):
                    for key, samples in _split(reading, m.figures).items():
                        into[key].append(samples)
                if (i + 1) % m.repeat == 0:
                    log(f"  {m.name}: run {(i + 1) // m.repeat}/{runs // m.repeat}")
                continue
            steps = [(m.baseline, floor), (m.measure, ours)]
            for function, into in (steps if i % 2 == 0 else steps[::-1]):
                gc.collect()  # neither side pays for the garbage the other left
                try:
                    reading = function(bench)
                except Incomplete as error:
                    gave_up = error
                    continue
                for key, samples in _split(reading, m.figures).items():
                    into[key].append(samples)
            if gave_up is not None:
                break
            if (i + 1) % m.repeat == 0:
                log(f"  {m.name}: run {(i + 1) // m.repeat}/{runs // m.repeat}")
    finally:
        if m.teardown is not None:
            m.teardown(bench)
    results = []
    for f in m.figures:
        app = [s for run in ours[f.key] for s in run]
        base = [s for run in floor[f.key] for s in run]
        walls, cpus = [s.wall for s in app], [s.cpu for s in app]
        base_walls, base_cpus = [s.wall for s in base], [s.cpu for s in base]
        if gave_up is not None:  # no CPU time of the work that was stopped: the bound is on wall time
            results.append(Result(f.key, f.title, f.unit, gave_up.seconds, f.stat(base_walls), f.target,
                                  f.absolute, False, walls, base_walls, m.baseline_text,
                                  baseline_cpu=f.stat(base_cpus), baseline_cpu_samples=base_cpus,
                                  ratio_on="wall"))
            continue
        values = [f.stat([s.wall for s in run]) for run in ours[f.key]]
        baselines = [f.stat([s.wall for s in run]) for run in floor[f.key]]
        values_cpu = [f.stat([s.cpu for s in run]) for run in ours[f.key]]
        baselines_cpu = [f.stat([s.cpu for s in run]) for run in floor[f.key]]
        ratios = [_quotient(a, b) for a, b in zip(values_cpu, baselines_cpu, strict=True)]
        wall_ratios = [_quotient(a, b) for a, b in zip(values, baselines, strict=True)]
        results.append(Result(f.key, f.title, f.unit, median(values), median(baselines), f.target, f.absolute,
                              True, walls, base_walls, m.baseline_text, ratios, "", median(values_cpu),
                              median(baselines_cpu), cpus, base_cpus, wall_ratios))
    return results


def relate(r: Relation, results: Mapping[str, Result]) -> Result:
    """`value_of` against `baseline_of`; run by run when both came from the same runs."""
    value, base = results[r.value_of], results[r.baseline_of]
    paired = len(value.samples) == len(base.samples) and value.complete and base.complete
    on_cpu = value.ratio_on == base.ratio_on == "cpu" and len(value.cpu_samples) == len(base.cpu_samples)
    wall_ratios = [_quotient(a, b) for a, b in zip(value.samples, base.samples, strict=True)] if paired else []
    ratios = [_quotient(a, b) for a, b in zip(value.cpu_samples, base.cpu_samples, strict=True)] \
        if paired and on_cpu else wall_ratios
    return Result(r.key, r.title, value.unit, value.value, base.value, r.target,
                  complete=value.complete and base.complete, baseline_is=base.title, run_ratios=ratios,
                  value_cpu=value.value_cpu, baseline_cpu=base.value_cpu, wall_run_ratios=wall_ratios,
                  ratio_on="cpu" if on_cpu else "wall")


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "—"
    if value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.3f}" if value < 10 else f"{value:.2f}"


def _ratio(value: float) -> str:
    return "—" if not math.isfinite(value) else f"{value:.2f} ×"


def _cpu_side(r: Result) -> tuple[str, str]:
    """The CPU value and baseline as printed: blank for memory, "—" for a run saved without CPU times."""
    if r.absolute:
        return "", ""
    return f"{_number(r.value_cpu)} {r.unit}", f"{_number(r.baseline_cpu)} {r.unit}"


def table(results: Sequence[Result]) -> list[str]:
    """The figures as text lines: wall value, baseline and ratio (what the officer waits), CPU value,
    baseline and ratio (judged), the target and whether it holds."""
    w = max([44, *(len(r.title) for r in results)])
    lines = [f"{'figure':{w}} {'wall':>12} {'baseline':>12} {'ratio':>9}  {'CPU':>12} {'baseline':>12}"
             f" {'ratio':>9}  {'target':14} verdict"]
    for r in results:
        if r.unavailable:
            lines.append(f"{r.title:{w}} not measured: {r.unavailable}")
            continue
        bound = "" if r.complete else "> "
        value = f"{bound}{_number(r.value)} {r.unit}"
        base = f"{_number(r.baseline)} {r.unit}"
        wall_ratio = "" if r.absolute else f"{bound}{_ratio(r.wall_ratio)}"
        cpu, cpu_base = _cpu_side(r)
        ratio = f"{bound}{_ratio(r.ratio)}" + ("" if r.ratio_on == "cpu" or r.absolute else " w")
        if r.target is None:
            target = ""
        else:
            target = f"≤ {r.target:g} {r.unit}" if r.absolute else f"≤ {r.target:g} ×"
        verdict = {True: "ok", False: "MISSED", None: ""}[r.met]
        if not r.complete and r.met is None:
            verdict = "unknown (gave up)"
        lines.append(f"{r.title:{w}} {value:>12} {base:>12} {wall_ratio:>9}  {cpu:>12} {cpu_base:>12} {ratio:>9}"
                     f"  {target:14} {verdict}".rstrip())
    return lines


def _moved(a: float | None, b: float | None) -> float:
    return b / a - 1 if a and b is not None else math.inf


def compare(first: Mapping[str, Any], second: Mapping[str, Any], agree: float = 0.20) -> list[str]:
    """Two runs' figures side by side (JSON reports): how far the judged (CPU) ratios moved, whether they
    agree within `agree`; then, for information, how far the wall ratios and the wall values moved. A run
    saved before CPU times were taken is compared on its wall ratios (marked w)."""
    w = max([44, *(len(f["title"]) for f in first["figures"].values())])
    lines = [f"{'figure':{w}} {'ratio 1':>9} {'ratio 2':>9} {'moved':>6}  {'verdict':12}  {'wall r.1':>8}"
             f" {'wall r.2':>8} {'moved':>6}  {'wall 1':>8} {'wall 2':>8} {'moved':>6}"]
    for key, a in first["figures"].items():
        b = second["figures"].get(key)
        if b is None or None in (a["value"], b["value"], a["ratio"], b["ratio"]):
            continue
        ra, rb = (Result.from_json(key, x) for x in (a, b))
        marks = ["" if ra.absolute or x.ratio_on == "cpu" else " w" for x in (ra, rb)]
        ratio_moved = _moved(ra.ratio, rb.ratio)
        verdict = "agree" if abs(ratio_moved) <= agree else "differ"
        if not (ra.complete and rb.complete):
            verdict = "lower bounds"
        walls = "" if ra.absolute else (f"{_ratio(ra.wall_ratio):>8} {_ratio(rb.wall_ratio):>8}"
                                        f" {_moved(ra.wall_ratio, rb.wall_ratio):>+6.0%}")
        lines.append(f"{a['title']:{w}} {_ratio(ra.ratio) + marks[0]:>9} {_ratio(rb.ratio) + marks[1]:>9}"
                     f" {ratio_moved:>+6.0%}  {verdict:12}  {walls:26}  {_number(ra.value):>8} {_number(rb.value):>8}"
                     f" {_moved(ra.value, rb.value):>+6.0%}")
    for name in ("sha256_256mb_s", "python_loop_s"):
        start_a, start_b = first["reference"]["start"][name], second["reference"]["start"][name]
        lines.append(f"reference {name} at start: {start_a:.3f} s and {start_b:.3f} s ({start_b / start_a - 1:+.0%})")
    lines.append(f"judged: {RATIO_RULE}; agree = the judged ratios within {agree:.0%} (memory: its value's ratio)")
    return lines
