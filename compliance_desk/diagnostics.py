"""Where unexpected errors go: a log file under the user's data folder, never the user's face."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

from platformdirs import user_log_dir

from compliance_desk.domain import clock


def log_dir() -> Path:
    override = os.environ.get("COMPLIANCE_DESK_LOG_DIR")
    path = Path(override) if override else Path(user_log_dir("compliance-desk", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / "compliance-desk.log"


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
