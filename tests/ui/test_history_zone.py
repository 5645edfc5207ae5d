"""The history panel reads in the organisation's zone, named, like the rest of the screen; in Arabic
its change arrow points the way the line reads (right to left)."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.widgets.history_panel import HistoryPanel


def test_history_times_are_in_the_organisations_zone_named_and_arrows_read_right_to_left(
        unlocked_app: Controller, qtbot) -> None:
    register = unlocked_app.register
    records.save_organisation(register, {"time_zone": "Asia/Kolkata"})  # not the workstation's (UTC here)
    clock.fix(dt.datetime(2026, 11, 23, 23, 34, 15, tzinfo=dt.UTC))
    try:
        records.update(register, ACTIVITY, 3, {"department": "Treasury"})
    finally:
        clock.fix(None)
    english = HistoryPanel("en")
    qtbot.addWidget(english)
    english.show_record(register, "activity", 3)
    top = english.topLevelItem(0)
    when = top.text(0).translate({ord(c): None for c in "\u2066\u2067\u2068\u2069"})
    assert when == "2026-11-24 05:04 (Asia/Kolkata, UTC+5:30)"  # the next day there, the zone named
    changes = [top.child(i).text(3) for i in range(top.childCount())]
    assert any("→" in c and "Treasury" in c for c in changes)
    arabic = HistoryPanel("ar")
    qtbot.addWidget(arabic)
    arabic.show_record(register, "activity", 3)
    top = arabic.topLevelItem(0)
    changes = [top.child(i).text(3) for i in range(top.childCount())]
    assert changes and all("←" in c and "→" not in c for c in changes)
    assert "Asia/Kolkata" in top.text(0)
