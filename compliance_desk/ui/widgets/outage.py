"""A register on a server that is out of reach, as the views that only read it see it.

A lost connection is the window's to say, once, in its status bar (ui/shell/live_refresh.py), which
retries and reads everything again when the server answers. A view that only reads (a table, the
action queue, the seal, a detail pane) keeps what it shows meanwhile: its reading method is
wrapped in `reads`, which turns the server's absence into the window's one line (`OUTAGE.lost`)
instead of a message box per view or a traceback. Dialogs that save say it themselves (they keep
the edit: ui/widgets/record_dialog.py).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QMetaMethod, QObject, Signal

from compliance_desk.storage.pg.errors import (
    CertificateRefused,
    ConnectionLost,
    ServerUnavailable,
    ServerWrongPassword,
)

# the server out of reach: a lost connection, or a reconnection refused
OUT_OF_REACH = (ConnectionLost, ServerUnavailable, ServerWrongPassword, CertificateRefused)


class Outage(QObject):
    lost = Signal()  # a view found the server out of reach (the window says so and retries)

    @property
    def watched(self) -> bool:
        """A window says it (its status bar's line): no message box is needed."""
        return self.isSignalConnected(QMetaMethod.fromSignal(self.lost))


OUTAGE = Outage()

F = TypeVar("F", bound=Callable[..., Any])


def reads(method: F) -> F:
    """A view's method that only reads the register: when the server is out of reach it returns None,
    leaving the view as it was, and the window is told (never a message box or a traceback)."""

    kinds = [p.kind for p in inspect.signature(method).parameters.values()]
    # a slot takes the first arguments of its signal that it names, as Qt gives them to a plain method
    most = None if inspect.Parameter.VAR_POSITIONAL in kinds else sum(
        k in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD) for k in kinds)

    @functools.wraps(method)
    def quiet(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args[:most], **kwargs)
        except OUT_OF_REACH:
            OUTAGE.lost.emit()
            return None

    return quiet  # type: ignore[return-value]


def out_of_reach(register: object) -> bool:
    """True while the register's server connection is known to be lost (never for a file)."""
    return bool(getattr(register, "connection_lost", False))
