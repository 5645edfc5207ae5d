from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from compliance_desk.ui import ask
from compliance_desk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class Answers:
    """Scripted answers to the app's questions, in order; records what was asked."""

    def __init__(self) -> None:
        self.queue: list[object] = []
        self.asked: list[str] = []

    def next(self, text: str, default: object) -> object:
        self.asked.append(text)
        return self.queue.pop(0) if self.queue else default


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    script = Answers()
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: script.next(text, False))
    monkeypatch.setattr(ask, "save_discard_cancel", lambda parent, title, text: script.next(text, "cancel"))
    return script


@pytest.fixture(autouse=True)
def _english_direction():
    """Each test starts left-to-right in English, whatever the last one switched to."""
    from compliance_desk.ui.i18n import apply_language

    apply_language("en")
    yield
    apply_language("en")
