"""Where openpyxl puts a write-only sheet while it is being written: never in the shared /tmp.

openpyxl streams each write-only sheet into a temporary file (`openpyxl.worksheet._writer.
create_temporary_file`, in the system's temp folder) until the workbook is saved. Those files hold
the sheet in plaintext — names, phones, with --reveal full identifiers — and a killed export leaves
them behind. Here they go into a private folder (0700, files 0600) beside the destination, removed
when the export ends however it ends; a killed export's folder is removed by the next export into
the same folder (storage.files.remove_leftovers).
"""

from __future__ import annotations

import functools
import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from openpyxl.worksheet import _writer

from compliance_desk.domain.errors import Msg
from compliance_desk.storage.errors import FileProblem
from compliance_desk.storage.files import private_folder, remove_leftovers

_FOLDER: ContextVar[Path | None] = ContextVar("spill_folder", default=None)
_ORIGINAL = _writer.create_temporary_file


def _create_temporary_file(suffix: str = "") -> str:
    folder = _FOLDER.get()
    if folder is None:
        return str(_ORIGINAL(suffix))
    fd, name = tempfile.mkstemp(suffix=suffix, prefix="sheet.", dir=folder)  # 0600
    os.close(fd)
    _writer.ALL_TEMP_FILES.append(name)
    return name


_writer.create_temporary_file = _create_temporary_file

F = TypeVar("F", bound=Callable[..., Any])
_LXML_REASONS = {"IO_ENOSPC": "reason_disk_full", "IO_EDQUOT": "reason_disk_full", "IO_EFBIG": "reason_file_too_large",
                 "IO_EACCES": "reason_permission", "IO_EROFS": "reason_read_only_fs", "IO_EIO": "reason_io"}


def beside_destination(write: F) -> F:
    """Decorate a writer `write(register, destination, ...)` so its spill files stay private."""

    @functools.wraps(write)
    def wrapper(register: Any, destination: Path | str, *args: Any, **kwargs: Any) -> Any:
        destination = Path(destination)
        remove_leftovers(destination.parent)
        with private_folder(destination) as folder:
            token = _FOLDER.set(folder)
            try:
                return write(register, destination, *args, **kwargs)
            except BaseException as error:
                _abandon(error)
                # lxml, which openpyxl streams sheets through, reports a full disk in its own words
                reason = _LXML_REASONS.get(str(error).strip()) if type(error).__name__ == "SerialisationError" else None
                if reason is None:
                    raise
                raise FileProblem(str(destination), Msg(reason)) from None
            finally:
                _FOLDER.reset(token)

    return wrapper  # type: ignore[return-value]


def _abandon(error: BaseException) -> None:
    """Let go of a workbook that failed half way, now: its sheets' suspended writers complain as
    they close ("not in an element"), which Python would otherwise print whenever they are freed."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(error.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = hook
