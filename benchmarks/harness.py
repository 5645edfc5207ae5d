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

import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# One run of a measure or a baseline: a value (or the values of many samples, e.g. one per query)
# for every figure of the measurement, or a mapping {figure key: value(s)} when the figures differ.
Reading = float | Sequence[float] | Mapping[str, float | Sequence[float]]


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
    run_ratios: list[float] = field(default_factory=list)  # each run's app ÷ that run's baseline
    unavailable: str = ""  # why it was not measured on this machine (Measurement.needs)

    @property
    def ratio(self) -> float:
        """The median of the runs' ratios; value ÷ baseline without them (a lower bound, a relation)."""
        if self.run_ratios:
            return median(self.run_ratios)
        return self.value / self.baseline if self.baseline > 0 else math.inf

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
        nan = math.nan
        return cls(key, data["title"], data["unit"], data["value"] if data["value"] is not None else nan,
                   data["baseline"] if data["baseline"] is not None else nan, data["target"],
                   data["judged_on"] == "value", data["complete"], data["samples"], data["baseline_samples"],
                   data["baseline_is"], [r for r in data.get("run_ratios", []) if r is not None],
                   data.get("unavailable", ""))

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "unit": self.unit, "value": _round(self.value),
                "baseline": _round(self.baseline), "ratio": _round(self.ratio),
                "target": self.target, "judged_on": "value" if self.absolute else "ratio", "met": self.met,
                "complete": self.complete, "baseline_is": self.baseline_is,
                "samples": [_round(s) for s in self.samples],
                "baseline_samples": [_round(s) for s in self.baseline_samples],
                "run_ratios": [_round(r) for r in self.run_ratios], "unavailable": self.unavailable}


def _round(value: float) -> float | None:
    return None if not math.isfinite(value) else round(value, 6)


def _split(reading: Reading, figures: Sequence[Figure]) -> dict[str, list[float]]:
    if isinstance(reading, Mapping):
        return {f.key: _samples(reading[f.key]) for f in figures}
    return {f.key: _samples(reading) for f in figures}


def _samples(value: float | Sequence[float]) -> list[float]:
    return [float(v) for v in value] if isinstance(value, Sequence) else [float(value)]


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
    ours: dict[str, list[list[float]]] = {f.key: [] for f in m.figures}  # the samples of each run
    floor: dict[str, list[list[float]]] = {f.key: [] for f in m.figures}
    gave_up: Incomplete | None = None
    if m.setup is not None:
        m.setup(bench)
    try:
        if m.warmup:
            m.baseline(bench)
            m.measure(bench)
        for i in range(runs):
            steps = [(m.baseline, floor), (m.measure, ours)]
            for function, into in (steps if i % 2 == 0 else steps[::-1]):
                try:
                    reading = function(bench)
                except Incomplete as error:
                    gave_up = error
                    continue
                for key, values in _split(reading, m.figures).items():
                    into[key].append(values)
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
        if gave_up is not None:
            results.append(Result(f.key, f.title, f.unit, gave_up.seconds, f.stat(base), f.target, f.absolute,
                                  False, app, base, m.baseline_text))
            continue
        values = [f.stat(run) for run in ours[f.key]]
        baselines = [f.stat(run) for run in floor[f.key]]
        ratios = [_quotient(a, b) for a, b in zip(values, baselines, strict=True)]
        results.append(Result(f.key, f.title, f.unit, median(values), median(baselines), f.target, f.absolute,
                              True, app, base, m.baseline_text, ratios))
    return results


def relate(r: Relation, results: Mapping[str, Result]) -> Result:
    """`value_of` against `baseline_of`; run by run when both came from the same runs."""
    value, base = results[r.value_of], results[r.baseline_of]
    ratios = [_quotient(a, b) for a, b in zip(value.samples, base.samples, strict=True)] \
        if len(value.samples) == len(base.samples) and value.complete and base.complete else []
    return Result(r.key, r.title, value.unit, value.value, base.value, r.target,
                  complete=value.complete and base.complete, baseline_is=base.title, run_ratios=ratios)


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "—"
    if value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.3f}" if value < 10 else f"{value:.2f}"


def _ratio(value: float) -> str:
    return "—" if not math.isfinite(value) else f"{value:.2f} ×"


def table(results: Sequence[Result]) -> list[str]:
    """The figures as text lines: value, baseline, ratio, target and whether it holds."""
    w = max([44, *(len(r.title) for r in results)])
    lines = [f"{'figure':{w}} {'value':>12} {'baseline':>12} {'ratio':>9}  {'target':14} verdict"]
    for r in results:
        if r.unavailable:
            lines.append(f"{r.title:{w}} not measured: {r.unavailable}")
            continue
        bound = "" if r.complete else "> "
        value = f"{bound}{_number(r.value)} {r.unit}"
        base = f"{_number(r.baseline)} {r.unit}"
        ratio = f"{bound}{_ratio(r.ratio)}"
        if r.target is None:
            target = ""
        else:
            target = f"≤ {r.target:g} {r.unit}" if r.absolute else f"≤ {r.target:g} ×"
        verdict = {True: "ok", False: "MISSED", None: ""}[r.met]
        if not r.complete and r.met is None:
            verdict = "unknown (gave up)"
        lines.append(f"{r.title:{w}} {value:>12} {base:>12} {ratio:>9}  {target:14} {verdict}".rstrip())
    return lines


def compare(first: Mapping[str, Any], second: Mapping[str, Any], agree: float = 0.20) -> list[str]:
    """Two runs' figures side by side (JSON reports): how far their values and their ratios moved."""
    w = max([44, *(len(f["title"]) for f in first["figures"].values())])
    lines = [f"{'figure':{w}} {'value 1':>10} {'value 2':>10} {'moved':>7}  {'ratio 1':>8} {'ratio 2':>8} {'moved':>7}"]
    for key, a in first["figures"].items():
        b = second["figures"].get(key)
        if b is None or None in (a["value"], b["value"], a["ratio"], b["ratio"]):
            continue
        value_moved = b["value"] / a["value"] - 1 if a["value"] else math.inf
        ratio_moved = b["ratio"] / a["ratio"] - 1 if a["ratio"] else math.inf
        verdict = "agree" if abs(ratio_moved) <= agree and a["complete"] and b["complete"] else "differ"
        if not (a["complete"] and b["complete"]):
            verdict = "lower bounds"
        lines.append(f"{a['title']:{w}} {_number(a['value']):>10} {_number(b['value']):>10} {value_moved:>+7.0%}"
                     f"  {_ratio(a['ratio']):>8} {_ratio(b['ratio']):>8} {ratio_moved:>+7.0%}  {verdict}")
    for name in ("sha256_256mb_s", "python_loop_s"):
        start_a, start_b = first["reference"]["start"][name], second["reference"]["start"][name]
        lines.append(f"reference {name} at start: {start_a:.3f} s and {start_b:.3f} s ({start_b / start_a - 1:+.0%})")
    return lines
