"""The worker behind long register work never touches Qt: every signal comes from the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from compliance_desk.domain.errors import KnownError
from compliance_desk.ui.screening.background import Task as ScreeningTask
from compliance_desk.ui.shell.tasks import Progress, Task


def _emitting_threads(task: Task, qtbot) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    # direct connections run in the emitting thread: a signal emitted by the worker would show it
    direct = Qt.ConnectionType.DirectConnection
    task.progress.changed.connect(lambda *_a: seen.append(("progress", threading.current_thread().name)), direct)
    task.done.connect(lambda _r: seen.append(("done", threading.current_thread().name)), direct)
    task.failed.connect(lambda _e: seen.append(("failed", threading.current_thread().name)), direct)
    task.start()
    qtbot.waitUntil(lambda: task.reported, timeout=5000)
    return seen


def test_progress_and_result_are_emitted_on_the_ui_thread(qtbot) -> None:
    def work(progress: Progress) -> int:
        for done in range(1, 4):
            progress.report(done, 3, f"step {done}")
        return 42

    task = Task(work)
    seen = _emitting_threads(task, qtbot)
    main = threading.main_thread().name
    assert seen and all(thread == main for _what, thread in seen)
    assert seen[-1] == ("done", main) and task.result == 42
    assert ("progress", main) in seen  # the last report is shown before the end


def test_a_failure_is_handed_over_on_the_ui_thread(qtbot) -> None:
    def work(_progress: Progress) -> None:
        raise KnownError("wrong_passphrase", path="register.cdesk")

    task = Task(work)
    seen = _emitting_threads(task, qtbot)
    assert seen == [("failed", threading.main_thread().name)]
    assert isinstance(task.error, KnownError)


def test_cancel_reaches_the_worker(qtbot) -> None:
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        while progress.report(0, 0):
            threading.Event().wait(0.005)
        return "stopped"

    task = Task(work)
    task.start()
    assert started.wait(5)
    task.progress.cancelled = True
    qtbot.waitUntil(lambda: task.reported, timeout=5000)
    assert task.result == "stopped" and not task.isRunning()


def test_screening_task_reports_on_the_ui_thread(qtbot) -> None:
    seen: list[str] = []
    task = ScreeningTask(lambda report: [report(1, 2), report(2, 2)] and "screened")
    direct = Qt.ConnectionType.DirectConnection
    task.progress.changed.connect(lambda _d, _t, _s: seen.append(threading.current_thread().name), direct)
    task.done.connect(lambda result: seen.append(result), direct)
    task.start()
    qtbot.waitUntil(lambda: "screened" in seen, timeout=5000)
    assert seen[-1] == "screened" and set(seen[:-1]) == {threading.main_thread().name}
