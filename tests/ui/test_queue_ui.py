"""The action queue as the officer's home page: order, counts beside page names, opening, marks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from compliance_desk.domain import clock
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.storage import disclosures, records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings

ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")


def plain(text: str) -> str:
    return text.translate(ISOLATES)


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    """The demo register plus a court order overdue by 40 days: the most pressing item there is."""
    disclosures.create(unlocked_app.register, {
        "received_date": (clock.today() - dt.timedelta(days=50)).isoformat(),
        "due_date": (clock.today() - dt.timedelta(days=40)).isoformat(),
        "requester_type": "court", "requester_name": "Late Court", "request_type": "court_order"})
    unlocked_app.main.show_page("queue")
    queue = unlocked_app.main.queue
    queue.refresh()
    queue.tree.setCurrentItem(queue.tree.topLevelItem(1))  # the first item, under its group's title
    return unlocked_app


def rows(queue) -> list[tuple[str, str]]:
    """(kind, first cell) of every row of the queue's tree, top to bottom."""
    out = []
    for index in range(queue.tree.topLevelItemCount()):
        row = queue.tree.topLevelItem(index)
        out.append((row.data(0, Qt.ItemDataRole.UserRole)[0], plain(row.text(0))))
    return out


def nav_text(app: Controller, key: str) -> str:
    main = app.main
    for i in range(main.navigation.count()):
        if main.navigation.item(i).data(Qt.ItemDataRole.UserRole) == key:
            return main.navigation.item(i).text()
    raise KeyError(key)


def test_home_page_puts_the_law_first(app: Controller) -> None:
    queue = app.main.queue
    assert app.main.current_key() == "queue"
    listed = rows(queue)
    groups = [text.split(" · ")[0] for kind, text in listed if kind == "group"]
    assert groups == ["Legal deadlines", "Deferred notifications now due", "Customer due diligence (KYC)",
                      "Register upkeep"]
    assert listed[1] == ("item", "Overdue by 40 days")  # the most overdue request, above everything else
    current = queue.tree.currentItem()
    assert "Late Court" in plain(current.text(1)) and current.text(2).startswith("DSC-")
    # a group shows its most urgent items, and unfolds on demand
    kyc = [e for e in queue.entries if e.item.group == "kyc" and not e.hidden]
    assert len(kyc) > 5
    more = [i for i in range(queue.tree.topLevelItemCount())
            if queue.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == ("more", "kyc")]
    assert queue.tree.topLevelItem(more[0]).text(0) == f"Show all {len(kyc)} in this group"
    queue.tree.itemActivated.emit(queue.tree.topLevelItem(more[0]), 0)
    assert sum(1 for kind, _ in rows(queue) if kind == "item") >= len(kyc)


def test_the_most_urgent_item_is_selected_when_the_queue_opens(unlocked_app: Controller) -> None:
    queue = unlocked_app.main.queue
    first = next(e for e in queue.entries if not e.hidden)
    assert queue.selected_entry() is not None and queue.selected_entry().item.key == first.item.key
    assert queue.open_action.isEnabled() and queue.acknowledge_action.isEnabled()


def test_filter_and_sort(app: Controller) -> None:
    queue = app.main.queue
    queue.stage_filter.setCurrentIndex(queue.stage_filter.findData("soon"))
    assert {e.item.stage for e in queue.visible()} == {"soon"}
    queue.stage_filter.setCurrentIndex(0)
    queue.group_filter.setCurrentIndex(queue.group_filter.findData("kyc"))
    assert {e.item.group for e in queue.visible()} == {"kyc"}
    queue.sort.setCurrentIndex(queue.sort.findData("reference"))
    references = [e.item.reference for e in queue.visible()]
    assert references == sorted(references)
    queue.group_filter.setCurrentIndex(0)
    queue.filter_text.setText("late court")
    assert [e.item.title_en for e in queue.visible()] == [
        next(e.item.title_en for e in queue.entries if "Late Court" in e.item.title_en)]


def test_navigation_counts_beside_page_names(app: Controller) -> None:
    entries = [e for e in app.main.queue.entries if not e.hidden]
    overdue = sum(e.item.stage == "overdue" and e.item.entity == "disclosure" for e in entries)
    assert overdue >= 1
    assert nav_text(app, "disclosures") == f"Disclosures · {overdue} overdue"
    assert nav_text(app, "queue") == f"Action queue · {sum(e.item.stage == 'overdue' for e in entries)} overdue"
    assert nav_text(app, "recipients") == "Recipients"


def test_an_item_opens_its_record(app: Controller) -> None:
    queue = app.main.queue
    queue.open_selected()
    assert app.main.current_key() == "disclosures"
    selected = records.get(app.register, DISCLOSURE, app.main.disclosures.selected_id())
    assert selected["requester_name"] == "Late Court"
    app.main.show_page("queue")
    document = next(e.item for e in queue.entries if e.item.entity == "document")
    queue.open_item.emit(document)
    assert app.main.current_key() == "kyc" and app.main.kyc.selected_id() == document.extra["customer_id"]


def test_acknowledging_asks_why_audits_it_and_updates_the_counts(app: Controller, qtbot) -> None:
    queue = app.main.queue
    before = nav_text(app, "disclosures")
    dialog = queue.mark("acknowledged")
    assert not dialog.save() and "reason" in dialog.message.text()
    dialog.reason.insertPlainText("The court granted an extension to the end of the month")
    assert dialog.save()
    entry = app.register.conn.execute("SELECT entity, changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert entry[0] == "queue_mark"
    assert json.loads(entry[1])["reason"][1] == "The court granted an extension to the end of the month"
    assert not any("Late Court" in e.item.title_en for e in queue.visible())
    count = int(before.split("· ")[1].split()[0])
    after = nav_text(app, "disclosures")
    assert after == (f"Disclosures · {count - 1} overdue" if count > 1 else after) and after != before
    assert app.main.seal_label.text() == f"Seal {app.register.seal()[:12]}"
    queue.show_marked.setChecked(True)
    assert queue.select_key(next(e.item.key for e in queue.entries if "Late Court" in e.item.title_en))
    assert plain(queue.tree.currentItem().text(4)).startswith("Acknowledged by")
    queue.clear_action.trigger()
    assert any("Late Court" in e.item.title_en and not e.hidden for e in queue.entries)


def test_snoozing_is_audited_with_its_day(app: Controller) -> None:
    queue = app.main.queue
    dialog = queue.mark("snoozed")
    assert "comes back on its due date" in dialog.explain.text()
    dialog.until.setText("01/01/2000")
    dialog.reason.insertPlainText("Waiting for the prosecutor")
    assert not dialog.save() and dialog.message.text() == "Choose a day after today."
    until = clock.today() + dt.timedelta(days=14)
    dialog.until.insert("")  # (the field keeps what the officer typed)
    dialog.until.setText(until.strftime("%d/%m/%Y"))  # day first, as typed in the Kingdom
    assert dialog.save()
    changes = json.loads(app.register.conn.execute("SELECT changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert changes["snoozed_until"][1] == until.isoformat() and changes["mark"][1] == "snoozed"


def test_arabic_digits_everywhere_on_the_queue(app: Controller, settings: Settings) -> None:
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    app.settings_changed()
    main = app.main
    main.queue.refresh()
    assert "٤٠" in plain(main.queue.tree.topLevelItem(1).text(0))  # متأخر ٤٠ يوماً
    assert not any(ch.isdigit() and ch.isascii() for ch in main.queue.summary.text())
    assert not any(ch.isascii() and ch.isdigit() for ch in nav_text(app, "disclosures"))
    assert main.disclosures.due_soon.text() == "مستحق خلال ١٤ يوماً"
    assert main.requests.due_soon.text() == "مستحق خلال ٧ أيام"
    # a middle dot beside Arabic-Indic digits reads as a zero (٣ · ١ looks like ٣٠١): Arabic separates with «،»
    groups = [text for kind, text in rows(main.queue) if kind == "group"]
    assert groups
    for text in [nav_text(app, "disclosures"), nav_text(app, "queue"), *groups]:
        assert "·" not in text and "،" in text, text


def test_read_only_queue_cannot_mark(qtbot, settings: Settings, demo_path) -> None:
    from compliance_desk.storage.register import Register
    from compliance_desk.ui.shell.main_window import MainWindow
    from tests.conftest import PASSPHRASE

    register = Register.open(demo_path, PASSPHRASE, read_only=True)
    try:
        main = MainWindow(register, settings, "en")
        qtbot.addWidget(main)
        assert main.queue.entries and main.queue.open_action.isEnabled()
        assert not main.queue.acknowledge_action.isEnabled() and not main.queue.snooze_action.isEnabled()
        assert main.queue.mark("acknowledged") is None
        main.clear()
    finally:
        register.close()



def test_a_breach_clock_running_out_is_counted_overdue_without_any_write(app: Controller, qtbot) -> None:
    """The header's overdue count follows the breach clocks as time passes, not only after a write."""
    from compliance_desk.domain import breaches as rules
    from compliance_desk.storage import breaches

    start = clock.now()
    aware = rules.wall_time(start - dt.timedelta(hours=71), rules.DEFAULT_ZONE)
    breaches.create(app.register, {"title": "Card data in a log file", "aware_at": aware,
                                   "category": "confidentiality", "cause": "insider"})
    main, queue = app.main, app.main.queue
    main.breach_clock.refresh()
    queue.refresh()
    first = next(e for e in queue.entries if not e.hidden)
    assert (first.item.group, first.item.stage) == ("breach", "today")
    clock.fix(start + dt.timedelta(hours=2, minutes=30))  # the 72 hours run out while the window stays open
    try:
        main.breach_clock.timer.timeout.emit()
        qtbot.waitUntil(lambda: queue.entries[0].item.stage == "overdue")
        assert queue.when_text(queue.entries[0].item) == "Overdue by 1 hour"  # 1 h 30 min, as the clock counts
        active = [e for e in queue.entries if not e.hidden]
        overdue = sum(e.item.stage == "overdue" for e in active)
        assert plain(queue.summary.text()) == f"Items needing action: {len(active)}, of which overdue: {overdue}."
        assert nav_text(app, "queue") == f"Action queue · {overdue} overdue"
        assert nav_text(app, "breaches") == "Breaches · 1 overdue"
    finally:
        clock.fix(None)


def test_a_breach_clock_note_follows_the_digits_setting(app: Controller, settings: Settings) -> None:
    from compliance_desk.domain import breaches as rules
    from compliance_desk.storage import breaches

    aware = rules.wall_time(clock.now() - dt.timedelta(hours=10), rules.DEFAULT_ZONE)
    breaches.create(app.register, {"title": "Card data in a log file", "aware_at": aware,
                                   "category": "confidentiality", "cause": "insider"})
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    app.settings_changed()
    queue = app.main.queue
    queue.refresh()
    breach = next(e for e in queue.entries if e.item.group == "breach")
    note = queue.note_text(breach)
    assert "لإبلاغ سدايا" in note and not any(ch.isascii() and ch.isdigit() for ch in note)


def _reopen_on(unlocked_app: Controller, key: str):
    from compliance_desk.ui.shell.main_window import MainWindow

    unlocked_app.settings.set("last_page", key)
    window = MainWindow(unlocked_app.register, unlocked_app.settings, "en")
    return window


def test_opened_on_another_page_the_queue_is_computed_after_the_paint(unlocked_app: Controller, qtbot) -> None:
    """The queue reads every register: a window opening on KYC paints first, then counts (issue 22)."""
    expected = [e.item.key for e in unlocked_app.main.queue.entries]
    window = _reopen_on(unlocked_app, "kyc")
    qtbot.addWidget(window)
    assert window.current_key() == "kyc" and window.queue.entries == []
    assert window._queue_timer.isActive()
    qtbot.waitUntil(lambda: [e.item.key for e in window.queue.entries] == expected, timeout=5000)
    assert "overdue" in [window.navigation.item(i).text() for i in range(window.navigation.count())][0]


def test_the_queue_shown_before_its_deferred_computation_is_computed_at_once(unlocked_app: Controller,
                                                                             qtbot) -> None:
    expected = [e.item.key for e in unlocked_app.main.queue.entries]
    window = _reopen_on(unlocked_app, "kyc")
    qtbot.addWidget(window)
    window.show_page("queue")
    assert [e.item.key for e in window.queue.entries] == expected and not window._queue_timer.isActive()
