"""Compile the Qt Linguist sources (i18n/*.ts) into the .qm files the app loads.

Two callers:
- the package build: `pip install .`, `pip wheel .` and a build from the sdist run setuptools'
  build_py, which pyproject.toml replaces with `BuildPy` below, so every wheel and every install
  ships the Arabic interface. pyside6-lrelease comes from PySide6-Essentials, which
  [build-system] requires, so it is there in pip's isolated build environment;
- the project's install step (scripts/bootstrap.sh) and the bundle build, for the editable
  install the project runs from: `python i18n/build.py` writes them into compliance_desk/i18n/.
The .qm files are build products and are not committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = Path("compliance_desk") / "i18n"
TARGET = HERE.parent / PACKAGE_DIR
# pyside6-lrelease, run by the interpreter that has PySide6 (a venv's or pip's build environment)
LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; lrelease()")


def build(target: Path = TARGET, *, force: bool = False) -> list[Path]:
    """Compile every i18n/*.ts into `target` (skipped when the .qm is newer, unless `force`)."""
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(HERE.glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        if force or not qm.exists() or qm.stat().st_mtime < source.stat().st_mtime:
            try:
                subprocess.run([sys.executable, "-c", LRELEASE, str(source), "-qm", str(qm), "-silent"],
                               check=True)
            except (OSError, subprocess.CalledProcessError) as error:
                raise SystemExit(f"pyside6-lrelease failed on {source.name} ({error}): "
                                 "install PySide6-Essentials first") from None
        built.append(qm)
    return built


try:
    from setuptools.command.build_py import build_py as _build_py
except ImportError:  # running as a script where setuptools is absent: only build() is needed
    pass
else:

    class BuildPy(_build_py):
        """setuptools' build_py, then the .qm files into the package being built."""

        def run(self) -> None:
            super().run()
            if getattr(self, "editable_mode", False):
                build()  # an editable install reads the package from the source tree
            else:
                build(Path(self.build_lib) / PACKAGE_DIR, force=True)

        def get_outputs(self, include_bytecode: bool = True) -> list[str]:
            outputs = list(super().get_outputs(include_bytecode))
            if not getattr(self, "editable_mode", False):
                outputs += [str(Path(self.build_lib) / PACKAGE_DIR / ts.with_suffix(".qm").name)
                            for ts in sorted(HERE.glob("*.ts"))]
            return outputs


if __name__ == "__main__":
    for path in build():
        print(f"translation ready: {path.relative_to(HERE.parent)}")
