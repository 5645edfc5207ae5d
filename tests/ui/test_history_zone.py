"""The history panel reads in the organisation's zone, named, like the rest of the screen; in Arabic
its change arrow points the way the line reads (right to left)."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.widgets.format import DisplayOptions
from compliance_desk.ui.widgets.history_panel import CHANGE_ROLE, HistoryPanel


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
    assert when == "2026-11-24 05:04"  # the next day there; the header names the zone, the tooltip its offset
    assert english.headerItem().text(0) == "When (Kolkata time)"
    assert "2026-11-24 05:04 (Asia/Kolkata, UTC+5:30)" in top.toolTip(0).translate(
        {ord(c): None for c in "\u2066\u2067\u2068\u2069"})
    changes = [top.child(i).data(0, CHANGE_ROLE) for i in range(top.childCount())]
    assert any("→" in c and "Treasury" in c for c in changes)
    arabic = HistoryPanel("ar", options=DisplayOptions(arabic_digits=True))
    qtbot.addWidget(arabic)
    arabic.show_record(register, "activity", 3)
    top = arabic.topLevelItem(0)
    changes = [top.child(i).data(0, CHANGE_ROLE) for i in range(top.childCount())]
    assert changes and all("←" in c and "→" not in c for c in changes)
    # one left-to-right run, date first, whatever the digits
    assert top.text(0).startswith("\u2066") and top.text(0).endswith("\u2069")
    assert top.text(0).translate({ord(c): None for c in "\u2066\u2069\u200e"}) == \
        "٢٠٢٦-١١-٢٤ ٠٥:٠٤"


def test_a_date_and_time_in_arabic_digits_shows_in_order_in_a_right_to_left_line() -> None:
    """Laid out by the Unicode bidi algorithm (python-bidi) in an Arabic line, the time does not jump
    before the day: the space between two Arabic-Indic numbers would otherwise read right to left."""
    from bidi import get_display

    from compliance_desk.ui.widgets.format import ltr

    shown = get_display("وقت " + ltr("٢٠٢٦-١١-٢٤ ١٢:٤٥"), base_dir="R")
    assert shown.translate({ord(c): None for c in "\u2066\u2069\u200e"}).startswith("٢٠٢٦-١١-٢٤ ١٢:٤٥")
