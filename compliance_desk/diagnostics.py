"""Where unexpected errors go: a log file under the user's data folder, never the user's face."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from contextlib import suppress
from pathlib import Path

from platformdirs import user_log_dir

from compliance_desk.domain import clock


def log_dir() -> Path:
    """The log folder, owner-only (0700): tracebacks can quote register values."""
    override = os.environ.get("COMPLIANCE_DESK_LOG_DIR")
    path = Path(override) if override else Path(user_log_dir("compliance-desk", appauthor=False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32":
        with suppress(OSError):
            os.chmod(path, 0o700)  # also when an older version made it 0755
    return path


def log_file() -> Path:
    """The log file, created owner-only (0600) before anything is written to it."""
    path = log_dir() / "compliance-desk.log"
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    os.close(fd)
    if sys.platform != "win32":
        with suppress(OSError):
            os.chmod(path, 0o600)
    return path


def record_exception(error: BaseException) -> Path:
    """Append the traceback of `error` to the log file; returns the file's path."""
    path = log_file()
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(f"--- {clock.timestamp()} unexpected error\n{text}\n")
    return path


def configure_logging() -> None:
    """Send the app's log lines (and nothing else) to the log file."""
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("compliance_desk")
    root.setLevel(logging.INFO)
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.propagate = False


def quiet_unraisable() -> None:
    """Exceptions Python cannot raise (a generator closed while the disk is full, in a finaliser)
    go to the log file, not onto the user's screen as tracebacks."""

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        try:
            path = log_file()
            lines = traceback.format_exception(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)
            fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write(f"--- {clock.timestamp()} ignored in {unraisable.object!r}\n{''.join(lines)}\n")
        except Exception:  # noqa: S110 - a finaliser's error must never become the user's error
            pass

    sys.unraisablehook = hook
