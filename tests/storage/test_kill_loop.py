"""A smoke run of the SIGKILL loop (benchmarks/kill_loop.py): two kills of a writer and of a rekey."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_kill_loop_runs_and_finds_nothing_lost() -> None:
    done = subprocess.run([sys.executable, "benchmarks/kill_loop.py", "--quick", "--only", "writer,rekey"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:] if line and line[0] != " "}
    assert set(rows) == {"writer", "rekey"}
    for kills, _finished, failures, _seconds in rows.values():
        assert int(kills) == 2 and int(failures) == 0
