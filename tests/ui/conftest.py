from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets import ask


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class Answers:
    """Scripted answers to the app's questions, in order; records what was asked."""

    def __init__(self) -> None:
        self.queue: list[object] = []
        self.asked: list[str] = []
        self.options: list[dict[str, object]] = []  # what each question offered (e.g. can_save)

    def next(self, text: str, default: object, **options: object) -> object:
        self.asked.append(text)
        self.options.append(options)
        return self.queue.pop(0) if self.queue else default


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    script = Answers()
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, **kw: script.next(text, False, **kw))
    monkeypatch.setattr(ask, "save_discard_cancel",
                        lambda parent, title, text, **kw: script.next(text, "cancel", **kw))
    return script


@pytest.fixture(autouse=True)
def _english_direction():
    """Each test starts left-to-right in English, whatever the last one switched to."""
    from compliance_desk.ui.shell.i18n import apply_language

    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture(autouse=True)
def _controllers_shut_down(monkeypatch: pytest.MonkeyPatch):
    """Every controller a test started is shut down after it, its windows deleted.

    A controller left behind keeps watching every event of the application (the idle lock) and its
    windows take every later language switch: the suite slowed down test after test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from compliance_desk.ui.shell.controller import Controller

    started: list[Controller] = []
    original = Controller.__init__

    def record(self, *args, **kwargs):
        original(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(Controller, "__init__", record)
    yield
    for controller in started:
        controller.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def unlocked_app(qtbot, settings: Settings, demo_path: Path):
    """The app in English, unlocked on a private copy of the demo register (shut down after the test)."""
    from compliance_desk.ui.shell.controller import Controller
    from tests.conftest import PASSPHRASE

    controller = Controller(settings, "en", str(demo_path))
    controller.start()
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.unlock()
    return controller  # shut down after the test by _controllers_shut_down



# ------------------------------------------------------------------ a register on a server (tests/pg.py)
@pytest.fixture
def server(pg_cluster, pg_url) -> dict[str, str]:
    """A register on the server with an organisation profile and two recipients, officers amal and
    badr, auditor rana: their URLs (password tests/pg.USER_PASSWORD)."""
    from tests import pg
    from tests.ui.helpers import seed_server

    seed_server(pg_cluster, pg_url)
    pg.add_user(pg_cluster, pg_url, "badr", "officer")
    pg.add_user(pg_cluster, pg_url, "rana", "auditor")
    return {name: pg.login(pg_url, name) for name in ("amal", "badr", "rana")}


@pytest.fixture
def badr(server):
    """Officer badr's own connection to `server`'s register (another officer's saves)."""
    from compliance_desk.storage.register import Register
    from tests import pg

    register = Register.open(server["badr"], pg.USER_PASSWORD)
    yield register
    register.close()


@pytest.fixture
def server_app(qtbot, settings: Settings, server):
    """The app unlocked on `server` as officer amal (shut down here, before the database goes)."""
    from tests.ui.helpers import start

    controller = start(settings, server["amal"])
    assert controller.main is not None
    yield controller
    controller.shutdown()


# ------------------------------------------------------------------ the breaches page
BREACH_AWARE = dt.datetime(2027, 1, 10, 6, 0, tzinfo=dt.UTC)  # 09:00 in Riyadh, after the demo was built


@pytest.fixture
def breach_clock():
    """The clock fixed 20 hours after BREACH_AWARE, when the breaches' tests begin (freed after the test)."""
    from compliance_desk.domain import clock

    now = BREACH_AWARE + dt.timedelta(hours=20)
    clock.fix(now)
    yield now
    clock.fix(None)
