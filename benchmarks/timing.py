"""Times taken both ways: wall (what the officer waits) and the CPU time of the process doing the work.

`Timed` holds one of each, `Stopwatch` takes them, `batch` repeats short work for a given CPU time and
gives the mean of one, `alternate` times the app's side and its floor piece by piece (harness.py says
why the ratio is judged on the CPU time).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Timed:
    """One time taken both ways: wall (what the officer waits) and the CPU time of the process doing
    the work (judged: it does not move with other processes' load)."""

    wall: float
    cpu: float


class Stopwatch:
    """Started when made; `elapsed()` is the wall and CPU time since, `scale`d (1000 for ms) and divided
    by `count` (the mean of a batch)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def elapsed(self, scale: float = 1.0, count: int = 1) -> Timed:
        return Timed((time.perf_counter() - self.wall) * scale / count,
                     (time.process_time() - self.cpu) * scale / count)

    def cpu_elapsed(self) -> float:
        return time.process_time() - self.cpu


def batch(work: Any, cpu_seconds: float, scale: float = 1000.0, wall_cap: float = 10.0) -> Timed:
    """`work()` repeated until it has taken `cpu_seconds` of this process's CPU (or `wall_cap` times that
    of wall time, for work that mostly waits): the mean wall and CPU time of one, in ms by default.
    Both sides of a figure run the same batches, so a pause of the scheduler falls as often in each."""
    watch, done = Stopwatch(), 0
    while True:
        work()
        done += 1
        if watch.cpu_elapsed() >= cpu_seconds or time.perf_counter() - watch.wall >= wall_cap * cpu_seconds:
            return watch.elapsed(scale, done)


def alternate(pieces: Sequence[tuple[Callable[[], Timed], Callable[[], Timed]]], app_first: bool,
              ) -> tuple[list[Timed], list[Timed]]:
    """Each piece's app side and floor side timed one right after the other, which goes first
    alternating from piece to piece (the app first in the first piece when `app_first`): the app's
    times and the floor's, in the pieces' order."""
    ours: list[Timed] = []
    floor: list[Timed] = []
    for j, (app, base) in enumerate(pieces):
        for side, into in ((app, ours), (base, floor)) if (j % 2 == 0) == app_first else ((base, floor), (app, ours)):
            gc.collect()  # neither side pays for the garbage the other left (a collection is ~10 % of a batch)
            into.append(side())
    return ours, floor
