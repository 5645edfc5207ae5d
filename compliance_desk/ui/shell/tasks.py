"""Long register work (verify, backup, restore, passphrase change, screening) off the UI thread.

A Task runs one function on a plain Python worker thread and reports back on the UI thread. The
function gets a `Progress` to report how far it is and to learn whether the officer cancelled.
SQLite work is cancelled through `connection.interrupt()` (safe from another thread) when the call
itself has no cancel hook.

The worker thread never touches Qt: no signal is emitted from it, no Qt object is made or called
there. It writes plain attributes (its progress, its result or error) and a timer on the UI thread
reads them and emits the signals. Qt-for-Python signals emitted from a second thread crashed the
process at random (a segmentation fault in the UI thread's event handling, seen once in CI in a
backup check); a worker that stays out of Qt cannot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.diagnostics import record_exception
from compliance_desk.domain.errors import KnownError

POLL_MS = 25  # how often the UI thread looks at the worker (progress, end)


class _ProgressSignal(QObject):
    changed = Signal(int, int, str)


class Progress:
    """Handed to the task's function: `report(done, total, step)` and `cancelled`.

    A plain Python object: `report` runs on the worker thread and only records. `changed` (a Qt
    signal of a companion object) is emitted on the UI thread by the task's timer with the latest
    report.
    """

    def __init__(self) -> None:
        self.cancelled = False
        self.latest: tuple[int, int, str] | None = None
        self._signal = _ProgressSignal()
        self.changed = self._signal.changed

    def report(self, done: int, total: int = 0, step: str = "") -> bool:
        """Tell how far the work is (total 0: unknown); False once the officer cancelled."""
        self.latest = (done, total, step)  # one reference assignment: atomic, no lock needed
        return not self.cancelled


class _Outcome:
    """What the worker leaves for the UI thread (plain Python: the worker touches no Qt object)."""

    def __init__(self) -> None:
        self.result: Any = None
        self.error: BaseException | None = None


def _run(work: Callable[[Progress], Any], progress: Progress, outcome: _Outcome) -> None:
    """The worker thread: plain Python only."""
    try:
        outcome.result = work(progress)
    except BaseException as error:  # handed to the UI thread: a known error is shown, others logged
        outcome.error = error


class Task(QObject):
    """Runs `work(progress)` on a worker thread; `done` carries its result, `failed` the exception.

    Both are emitted on the UI thread, after the last progress report.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.progress = Progress()
        self.outcome = _Outcome()
        self.worker: threading.Thread | None = None
        self.reported = False
        self._shown: tuple[int, int, str] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    @property
    def result(self) -> Any:
        return self.outcome.result

    @property
    def error(self) -> BaseException | None:
        return self.outcome.error

    def start(self) -> None:
        # not a daemon: a backup or a passphrase change under way finishes even if the window closes
        self.worker = threading.Thread(target=_run, args=(self.work, self.progress, self.outcome),
                                       name="compliance-desk-task")
        self.worker.start()
        self.timer.start()

    def isRunning(self) -> bool:  # noqa: N802 - the name QThread had
        return self.worker is not None and self.worker.is_alive()

    def wait(self, milliseconds: int) -> bool:
        """Wait up to `milliseconds` for the work to end; True when it has."""
        if self.worker is None:
            return True
        self.worker.join(milliseconds / 1000)
        return not self.worker.is_alive()

    def poll(self) -> None:
        """On the UI thread: show the latest progress, and report the end once the work is over."""
        latest = self.progress.latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            self.progress.changed.emit(*latest)
        if self.reported or self.worker is None or self.worker.is_alive():
            return
        self.timer.stop()
        self.reported = True
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.done.emit(self.result)


class TaskDialog(QDialog):
    """A window-modal progress window over one Task, with Cancel when the work can stop safely.

    `cancel` (optional) is called on the UI thread when the officer presses Cancel, e.g. to
    interrupt a SQLite statement; the task's progress is marked cancelled either way.
    """

    def __init__(self, title: str, text: str, work: Callable[[Progress], Any], parent: QWidget | None = None,
                 *, cancel: Callable[[], None] | None = None, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("task_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.step = QLabel()
        self.step.setObjectName("task_step")
        self.step.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("task_progress")
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.request_cancel)
        self.buttons.setVisible(cancellable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        layout.addWidget(self.buttons)
        self._cancel = cancel
        self.cancellable = cancellable
        self.outcome: Any = None
        self.error: BaseException | None = None
        self.settled = False
        self.task = Task(work, self)
        self.task.progress.changed.connect(self._progressed)
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)

    def start(self) -> None:
        self.open()
        self.task.start()

    def run(self) -> Any:
        """Start, and wait (the UI stays alive) until the work ends; returns its result (None: failed)."""
        self.start()
        while not self.settled:
            self.task.wait(20)
            QApplication.processEvents()
            self.task.poll()
        return self.outcome

    @property
    def cancelled(self) -> bool:
        return self.task.progress.cancelled

    def request_cancel(self) -> None:
        if not self.cancellable or not self.task.isRunning():
            return
        self.task.progress.cancelled = True
        self.step.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)
        if self._cancel is not None:
            self._cancel()

    def reject(self) -> None:  # Escape and the window's close button cancel, never abandon the work
        self.request_cancel()

    def _progressed(self, done: int, total: int, step: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        if step:
            self.step.setText(step)

    def _done(self, result: Any) -> None:
        self.outcome = result
        self.settled = True
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.settled = True
        if not isinstance(error, KnownError) and not self.cancelled:
            try:
                record_exception(error)
            except OSError:
                pass
        self.done(QDialog.DialogCode.Rejected)


def elapsed_ticker(dialog: TaskDialog, text: Callable[[int], str]) -> QTimer:
    """Update the dialog's step line every second with `text(seconds)` while the work runs."""
    timer = QTimer(dialog)
    seconds = [0]

    def tick() -> None:
        seconds[0] += 1
        if not dialog.cancelled:
            dialog.step.setText(text(seconds[0]))

    timer.timeout.connect(tick)
    timer.start(1000)
    dialog.finished.connect(lambda _r: timer.stop())
    return timer
