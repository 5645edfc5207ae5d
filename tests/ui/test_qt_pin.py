"""The PySide6 pin holds: 6.12.0 on CPython 3.11 dies after a few thousand void Qt calls."""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
for _ in range(100_000):
    app.processEvents()
    QCoreApplication.sendPostedEvents()
print("survived")
"""


def test_one_hundred_thousand_void_qt_calls() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
