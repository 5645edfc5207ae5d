"""Compile the Qt Linguist sources (i18n/*.ts) into the .qm files the app loads.

Run by the project's install step (scripts/bootstrap.sh) and by the bundle build:
    python i18n/build.py
The .qm files go to compliance_desk/i18n/, inside the package, and are not committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent / "compliance_desk" / "i18n"


def lrelease() -> str:
    """pyside6-lrelease from the running environment (PySide6-Essentials ships it)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials first")
    return found


def build() -> list[Path]:
    TARGET.mkdir(exist_ok=True)
    built = []
    for source in sorted(HERE.glob("*.ts")):
        target = TARGET / source.with_suffix(".qm").name
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease(), str(source), "-qm", str(target), "-silent"], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"translation ready: {path.relative_to(HERE.parent)}")
