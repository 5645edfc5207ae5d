"""The counts beside the page names arrive after the first paint (the action queue is computed
deferred): once it has run they are shown, whole, in English and in Arabic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from compliance_desk.domain import clock
from compliance_desk.ui.shell.controller import Controller


@pytest.fixture(autouse=True)
def _a_year_on() -> Iterator[None]:
    """A year after the demo was built: activities due for review too, so the longest names get counts."""
    clock.fix(dt.datetime(2027, 1, 11, 2, 0, tzinfo=dt.UTC))
    yield
    clock.fix(None)


def _texts(window) -> dict[str, str]:
    nav = window.navigation
    return {nav.item(i).data(Qt.ItemDataRole.UserRole): nav.item(i).text() for i in range(nav.count())}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_counts_after_the_deferred_queue_are_shown_whole(unlocked_app: Controller, settings, qtbot,
                                                         lang: str) -> None:
    from compliance_desk.ui.shell.main_window import MainWindow

    if lang == "ar":
        settings.set("language", "ar")
        unlocked_app.settings_changed()
    settings.set("last_page", "kyc")  # opens on another page: the queue is computed after the paint
    window = MainWindow(unlocked_app.register, settings, lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    before = _texts(window)
    assert window._queue_timer.isActive() and window.queue.entries == []
    word = "المتأخر" if lang == "ar" else "overdue"
    assert not any(word in text for text in before.values())  # names alone at first paint
    qtbot.waitUntil(lambda: bool(window.queue.entries), timeout=10000)
    after = _texts(window)
    overdue = {key for key, text in after.items() if word in text}
    assert {"queue", "activities", "disclosures", "requests", "kyc"} <= overdue, after
    # the navigation widened to its new texts: none cut, no horizontal scroll bar
    qtbot.waitUntil(lambda: window.navigation.horizontalScrollBar().maximum() == 0, timeout=3000)
    metrics = window.navigation.fontMetrics()
    room = window.navigation.viewport().width()
    for text in after.values():
        assert metrics.horizontalAdvance(text) + window.navigation.iconSize().width() < room, (text, room)
