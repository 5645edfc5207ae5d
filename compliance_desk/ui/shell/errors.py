"""The two kinds of error in the app: known ones as plain messages, the rest to one crash handler."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from compliance_desk.diagnostics import record_exception
from compliance_desk.domain.errors import KnownError, Msg
from compliance_desk.storage.errors import as_known
from compliance_desk.ui.widgets.outage import OUT_OF_REACH, OUTAGE


def show_known(parent: QWidget | None, error: KnownError, lang: str) -> None:
    title = QCoreApplication.translate("CrashHandler", "Compliance Desk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.text(lang), QMessageBox.StandardButton.Ok, parent)
    box.open()


def show_notices(parent: QWidget | None, register: object, lang: str) -> None:
    """What opening the register found and did (a leftover journal set aside, a read-only medium)."""
    notices = getattr(register, "notices", [])
    if not notices:
        return
    title = QCoreApplication.translate("CrashHandler", "Compliance Desk")
    # the window shows the register's full path already: here its file name reads better
    named = [Msg(n.key, **{**n.params, "path": Path(str(n.params.get("path", ""))).name}) for n in notices]
    text = "\n\n".join(notice.text(lang) for notice in named)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notices")
    box.open()


def install_crash_handler(parent: Callable[[], QWidget | None], lang: Callable[[], str]) -> None:
    """Unexpected errors: the traceback to the log file, a short apology with the log's path on screen."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, OUT_OF_REACH) and OUTAGE.watched:  # the window's one line, not a box per view
            OUTAGE.lost.emit()
            return
        known = error if isinstance(error, KnownError) else as_known(error)  # a full disk, a refused file
        if known is not None:
            show_known(parent(), known, lang())
            return
        error.__traceback__ = tb
        try:
            path = str(record_exception(error))
        except OSError:
            path = "-"
        widget = parent()
        title = QCoreApplication.translate("CrashHandler", "Unexpected error")
        text = QCoreApplication.translate(
            "CrashHandler", "Something went wrong and the action was not completed. Nothing saved before it "
                            "was lost. The details were written to:\n%1").replace("%1", path)
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, widget)
        box.open()

    sys.excepthook = handle
