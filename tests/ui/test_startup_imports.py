"""The unlock window comes up without loading what only an open register needs (the country tables,
the file lock, the record dialogs): start-up stays under 1.5 s warm (benchmarks/startup.py measures it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import compliance_desk

LATER = ("pycountry", "filelock", "compliance_desk.ui.widgets.record_dialog", "compliance_desk.ui.widgets.record_form",
         "compliance_desk.ui.shell.main_window")


def test_the_unlock_window_does_not_import_what_a_register_needs(tmp_path: Path) -> None:
    code = ("import sys\nfrom compliance_desk.app import build\n"
            "controller = build('en', None)\nassert controller.unlock is not None\n"
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    root = str(Path(compliance_desk.__file__).resolve().parents[1])  # the tree under test, whatever the cwd
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([root, *filter(None, [os.environ.get("PYTHONPATH")])])}
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                           cwd=tmp_path)
    assert found.stdout.strip().splitlines()[-1] == "[]", found.stdout
