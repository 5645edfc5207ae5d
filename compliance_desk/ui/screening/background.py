"""Screening off the window's thread: the matching runs on a worker thread that only reads (and
never touches Qt: see ui/shell/tasks.py); what it found is written back on the window's thread (one
short transaction)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import screening
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell import tasks


class Task(tasks.Task):
    """Runs `work(report)` on a worker thread; `done` carries its result to the window's thread, `failed`
    the exception, `progress.changed` (done, total, step) how far it is."""

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__(lambda progress: work(lambda done, total: progress.report(done, total)),
                         QCoreApplication.instance())
        self.done.connect(self._forget)
        self.failed.connect(self._forget)

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    @cancelled.setter
    def cancelled(self, value: bool) -> None:
        self.progress.cancelled = value

    def _forget(self, _outcome: object) -> None:
        self.deleteLater()  # parented to the application until its outcome is delivered


def start(task: Task) -> Task:
    task.start()
    return task


class CustomerScreening(QObject):
    """Screens a customer after each save, in the background; `screened` carries the run's result."""

    screened = Signal(object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.tasks: set[Task] = set()

    def customer_saved(self, register: Register, customer_id: int) -> Task | None:
        if register.read_only or not screening.has_lists(register):
            return None
        task = Task(lambda _progress: screening.compute(register, [customer_id]))
        self.tasks.add(task)
        task.done.connect(lambda computed: self._record(register, computed, task))
        task.failed.connect(lambda error: self._failed(error, task))
        return start(task)

    def _record(self, register: Register, computed: screening.Computed, task: Task) -> None:
        self.tasks.discard(task)
        if not register.is_open:
            return
        try:
            result = screening.record(register, computed, "customer_save")
        except KnownError as error:
            self.failed.emit(error.text())
            return
        self.screened.emit(result)

    def _failed(self, error: object, task: Task) -> None:
        self.tasks.discard(task)
        self.failed.emit(str(error))


_service: CustomerScreening | None = None


def service() -> CustomerScreening:
    global _service
    if _service is None:
        _service = CustomerScreening()
    return _service
