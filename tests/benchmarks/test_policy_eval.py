"""The policy check's measuring script runs: figures with the samples, a plain skip without them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_policy_eval_prints_figures_or_says_it_has_no_samples(tmp_path: Path) -> None:
    script = str(ROOT / "benchmarks" / "policy_eval.py")
    empty = subprocess.run([sys.executable, script, "--samples", str(tmp_path)], capture_output=True, text=True,
                           timeout=120)
    assert empty.returncode == 0 and "nothing measured" in empty.stdout
    result = subprocess.run([sys.executable, script, "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    if "nothing measured" in result.stdout:  # a checkout without the shared samples
        return
    figures = json.loads(result.stdout)
    assert len(figures["policies"]) == 17
    assert {"precision", "recall", "evidence"} <= set(figures["summary"]["new"])
    assert set(figures["kinds"]["new"]) >= {"data_category", "template", "contradiction", "contact"}
