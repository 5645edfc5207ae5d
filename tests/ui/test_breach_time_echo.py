"""A time typed in a breach's stage dialog is echoed live, beside its field, in the organisation's
zone (Asia/Riyadh by default): the officer sees what the notice and the clocks will say."""

from __future__ import annotations

import pytest

from compliance_desk.storage import breaches
from compliance_desk.ui.shell.controller import Controller

ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")


@pytest.fixture
def app(unlocked_app: Controller, breach_clock) -> Controller:
    unlocked_app.main.show_page("breaches")
    return unlocked_app


def _echo(dialog, name: str) -> str:
    from PySide6.QtWidgets import QLabel

    label = dialog.findChild(QLabel, f"echo_{name}")
    assert label is not None, name
    return label.text().translate(ISOLATES) if not label.isHidden() else ""


def _assessed(app: Controller, zone: str) -> int:
    breach_id = breaches.create(app.register, {"title": "Bag stolen", "aware_at": "2027-01-10 05:00",
                                               "time_zone": zone, "category": "confidentiality",
                                               "cause": "lost_device"})
    breaches.advance(app.register, breach_id, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                           "subjects_decision": "notify"})
    app.main.breaches._after_write(breach_id)
    app.main.breaches.select_id(breach_id)
    return breach_id


def test_a_time_typed_in_another_zone_is_echoed_in_riyadh_time(app: Controller) -> None:
    _assessed(app, "Europe/London")
    stage = app.main.breaches.step("notified")
    # nothing proposed: the officer types when SDAIA was told; echoed in the organisation's zone
    assert _echo(stage, "sdaia_notified_at") == ""
    stage.editor("sdaia_notified_at").set_value("2027-01-11 02:00")
    assert _echo(stage, "sdaia_notified_at") == \
        "As the notice will show it: 2027-01-11 05:00 (Asia/Riyadh, UTC+3) — recorded as 02:00 Europe/London"
    stage.editor("sdaia_notified_at").set_value("2027-01-10 23:30")  # live, as the officer types
    assert _echo(stage, "sdaia_notified_at") == \
        "As the notice will show it: 2027-01-11 02:30 (Asia/Riyadh, UTC+3) — recorded as 2027-01-10 23:30 Europe/London"
    stage.editor("sdaia_notified_at").set_value("2027-01-10 2")  # not yet a time: no echo, the error line speaks
    assert _echo(stage, "sdaia_notified_at") == ""
    stage.reject()


def test_a_riyadh_breach_echoes_the_time_with_its_zone(app: Controller) -> None:
    _assessed(app, "Asia/Riyadh")
    stage = app.main.breaches.step("notified")
    stage.editor("sdaia_notified_at").set_value("2027-01-11 04:15")
    assert _echo(stage, "sdaia_notified_at") == "As the notice will show it: 2027-01-11 04:15 (Asia/Riyadh, UTC+3)"
    stage.reject()


def test_the_echo_in_arabic(app: Controller, settings) -> None:
    settings.set("language", "ar")
    app.settings_changed()
    app.main.show_page("breaches")
    _assessed(app, "Europe/London")
    stage = app.main.breaches.step("notified")
    stage.editor("sdaia_notified_at").set_value("2027-01-10 23:30")
    echo = _echo(stage, "sdaia_notified_at")
    assert echo.startswith("كما سيظهر في الإبلاغ:") and "بتوقيت الرياض" in echo and "UTC+3" in echo, echo
    assert "02:30" in echo or "٠٢:٣٠" in echo
    stage.reject()


def test_the_edit_dialog_echoes_its_times_in_the_zone_chosen(app: Controller) -> None:
    dialog = app.main.breaches.new()
    dialog.editor("aware_at").set_value("2027-01-10 05:00")
    assert "2027-01-10 05:00 (Asia/Riyadh, UTC+3)" in _echo(dialog, "aware_at")
    dialog.editor("time_zone").set_value("Europe/London")  # the zone changes: the echo follows
    assert _echo(dialog, "aware_at") == \
        "As the notice will show it: 2027-01-10 08:00 (Asia/Riyadh, UTC+3) — recorded as 05:00 Europe/London"
    dialog.discard()
