"""Real file-system conditions for tests — a full disk, a read-only medium, a refused permission —
made in a private user and mount namespace (`unshare`), so they need no root and touch no mount of
the machine: the mounts vanish with the process. Tests skip where unshare is not allowed."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def _works(*args: str) -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    try:
        done = subprocess.run(["unshare", *args, "true"], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra or {})
    return env


def with_mounts(script: str, *, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a shell script as root of a new user namespace with its own mounts (mount tmpfs, remount ro)."""
    if not _works("-rm"):
        pytest.skip("unshare cannot make a private mount namespace here")
    return subprocess.run(["unshare", "-rm", "sh", "-ec", script], capture_output=True, text=True,
                          timeout=timeout, env=_env(env), cwd=ROOT)


def without_privileges(args: list[str], *, env: dict[str, str] | None = None,
                       timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a command as an ordinary user who owns the files it touches (no root's override of
    file permissions, even when the tests run as root)."""
    if os.geteuid() != 0:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=_env(env), cwd=ROOT)
    if not _works("--user", "--map-user=1000"):
        pytest.skip("unshare cannot drop root's privileges here")
    return subprocess.run(["unshare", "--user", "--map-user=1000", *args], capture_output=True, text=True,
                          timeout=timeout, env=_env(env), cwd=ROOT)


def cli(*args: str) -> str:
    """The shell words that run the CLI with this checkout's Python."""
    import shlex

    return " ".join(shlex.quote(a) for a in (sys.executable, "-m", "compliance_desk.cli", *args))
