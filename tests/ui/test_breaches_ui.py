"""The breach register as an officer uses it: record → assess → notify → contain → close, the
72-hour countdown in the status bar, the queue with the breach first, the notices written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from compliance_desk.domain import clock
from compliance_desk.domain.entities import BREACH
from compliance_desk.storage import breaches, records
from compliance_desk.ui.breaches.countdown import RUNNING, URGENT
from compliance_desk.ui.shell.controller import Controller
from tests.reports.reading import pages_text
from tests.ui.conftest import BREACH_AWARE as AWARE
from tests.ui.helpers import leave


@pytest.fixture
def app(unlocked_app: Controller, breach_clock) -> Controller:
    unlocked_app.main.show_page("breaches")
    return unlocked_app


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def record_breach(app: Controller, qtbot) -> int:
    page = app.main.breaches
    dialog = page.new()
    what = {name: dialog.editor(name) for name in ("title", "category", "cause", "aware_at", "time_zone")}
    what["title"].set_value("Customer export left on a public bucket")
    what["category"].set_value("confidentiality")
    what["cause"].set_value("attack")
    what["aware_at"].set_value("2027-01-10 09:00")
    assert what["time_zone"].value() == "Asia/Riyadh"
    subjects = dialog.forms[2].editors
    subjects["subject_count"].set_value("about 300")
    subjects["data_categories"].set_value(["contact", "identity"])
    leave(subjects["subject_count"])
    assert not save_button(dialog).isEnabled()
    subjects["subject_count"].set_value("300")
    subjects["subject_count_approximate"].set_value(True)
    assert save_button(dialog).isEnabled(), dialog.message.text()
    assert "52 h 00 min left to notify SDAIA" in dialog.clock_label.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    return int(page.selected_id())


def test_a_breach_through_every_stage_with_the_countdown(app: Controller, qtbot, tmp_path: Path) -> None:
    main, page = app.main, app.main.breaches
    assert main.breach_clock.isHidden()  # the demo has no breach
    breach_id = record_breach(app, qtbot)
    row = records.get(app.register, BREACH, breach_id)
    assert (row["reference"], row["stage"], row["subject_count"], row["aware_at"]) == (
        "BRC-2027-0001", "open", 300, "2027-01-10T09:00")
    column = [c.key for c in page.model.columns].index("clock")
    assert page.model.data(page.model.index(page.model.row_of(breach_id), column)) == \
        "52 h 00 min left to notify SDAIA"
    assert page.banner.isVisibleTo(page) and "2027-01-13 09:00" in page.banner.text()
    # the status bar counts down while the breach is notifiable and not notified
    assert main.breach_clock.isVisibleTo(main) and main.breach_clock.styleSheet() == RUNNING
    assert main.breach_clock.text() == "⚠ \u2068BRC-2027-0001\u2069: 52 h 00 min left to notify SDAIA"
    clock.fix(AWARE + dt.timedelta(hours=61, minutes=30))
    main.breach_clock.timer.timeout.emit()
    assert main.breach_clock.text().endswith("10 h 30 min left to notify SDAIA")
    assert main.breach_clock.styleSheet() == URGENT
    entries = main.queue.refresh()
    assert entries[0].item.group == "breach" and entries[0].item.reference == "BRC-2027-0001"
    assert any(e.item.group != "breach" and e.item.stage == "overdue" for e in entries)  # the demo's

    assert page.step_actions["assessed"].isEnabled() and not page.step_actions["closed"].isEnabled()
    stage = page.step("assessed")
    stage.editor("severity").set_value("high")
    stage.editor("sdaia_decision").set_value("notify")
    stage.editor("consequences").set_value("Phishing aimed at the customers")
    assert not save_button(stage).isEnabled()  # "Notify the data subjects?" is still "To decide"
    stage.editor("subjects_decision").set_value("not_required")
    assert save_button(stage).isEnabled(), stage.message.text()
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert page.step_actions["notified"].isEnabled()
    stage = page.step("notified")
    assert stage.editor("sdaia_notified_at").value() == ""  # never filled in: the officer says when
    stage.editor("sdaia_notified_at").set_value("2027-01-12 22:30")
    stage.editor("sdaia_reference").set_value("NDGP-2026-77")
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert records.get(app.register, BREACH, breach_id)["stage"] == "notified"
    assert main.breach_clock.isHidden()  # notified: the countdown stops

    assert not page.letter_action.isEnabled()  # decided at the assessment: the subjects need not be told
    stage = page.step("contained")
    stage.editor("measures_taken").set_value("Bucket made private, keys rotated")
    stage.editor("subjects_decision").set_value("notify")
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    steps = page.open_steps()
    steps.action.setText("Review every bucket policy")
    steps.kind.setCurrentIndex(steps.kind.findData("remediation"))
    assert steps.add()
    stage = page.step("closed")
    stage.editor("lessons").set_value("Public buckets are refused by policy now")
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert "open containment or remediation step" in stage.message.text()
    stage.reject()
    steps.table.selectRow(0)
    assert steps.mark_done()
    stage = page.step("closed")
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert records.get(app.register, BREACH, breach_id)["stage"] == "closed"
    assert page.history.entries() >= 5  # created, assessed, notified, contained, closed
    assert not any(a.isEnabled() for a in page.step_actions.values())

    notice = page.write_notice("notice", tmp_path / "notice.pdf")
    assert notice is not None and "1. What happened" in "\n".join(pages_text(notice))
    email = page.write_notice("letter", tmp_path / "subjects.eml")
    assert email is not None and email.read_text(encoding="utf-8").startswith("Subject:")
    assert app.register.verify().ok


def test_filters_and_search(app: Controller, qtbot) -> None:
    breaches.create(app.register, {"title": "Laptop left on a train", "aware_at": "2027-01-10 08:00",
                                   "category": "availability", "cause": "lost_device"})
    breaches.create(app.register, {"title": "Payroll sent to the wrong address", "aware_at": "2027-01-10 08:30",
                                   "category": "confidentiality", "cause": "misdirected_email",
                                   "sdaia_decision": "not_notifiable", "sdaia_decision_reason": "Recipient deleted it"})
    page = app.main.breaches
    page._after_write()
    assert page.model.total == 2
    page.filter_combos["cause"].setCurrentIndex(page.filter_combos["cause"].findData("lost_device"))
    assert page.model.total == 1
    page.clear_filters()
    page.running.setChecked(True)
    assert page.model.total == 1 and page.model.record_id(0) == 1
    page.running.setChecked(False)
    app.main.search.setText("payroll")
    app.main._apply_search()
    assert page.model.total == 1 and page.model.record_id(0) == 2
    assert "BRC-2027-0001" in app.main.breach_clock.text()  # the other is not notifiable


def test_times_show_their_zone_and_the_letter_waits_for_the_decision(app: Controller, qtbot) -> None:
    """"Aware at" reads with its zone and offset (table, dialog, banner); the letter to the data subjects
    is offered only once the decision to notify them is recorded, and says why until then."""
    page = app.main.breaches
    breach_id = breaches.create(app.register, {"title": "Laptop left on a train", "aware_at": "2027-01-10 08:00",
                                               "category": "availability", "cause": "lost_device"})
    london = breaches.create(app.register, {"title": "Bag stolen in London", "aware_at": "2027-01-10 07:00",
                                            "time_zone": "Europe/London", "category": "availability",
                                            "cause": "lost_device"})
    page._after_write(breach_id)
    column = [c.key for c in page.model.columns].index("aware_at")
    cell = page.model.data(page.model.index(page.model.row_of(breach_id), column))
    assert cell.strip("\u2066\u2069") == "2027-01-10 08:00 (Asia/Riyadh, UTC+3)"
    cell = page.model.data(page.model.index(page.model.row_of(london), column))
    # recorded in London, shown beside every other clock in the organisation's zone
    assert cell.strip("\u2066\u2069") == "2027-01-10 10:00 (Asia/Riyadh, UTC+3)"
    assert "2027-01-13 08:00 (Asia/Riyadh, UTC+3)" in page.banner.text()

    assert page.notice_action.isEnabled() and not page.letter_action.isEnabled()
    assert "Record the decision to notify the data subjects first" in page.letter_action.toolTip()
    breaches.update(app.register, breach_id, {"subjects_decision": "not_required"})
    page._after_write(breach_id)
    assert not page.letter_action.isEnabled() and "need not be told" in page.letter_action.toolTip()
    breaches.update(app.register, breach_id, {"subjects_decision": "notify"})
    page._after_write(breach_id)
    assert page.letter_action.isEnabled()

    dialog = page.edit()
    assert "Aware at 2027-01-10 08:00 (Asia/Riyadh, UTC+3) · deadline 2027-01-13 08:00 (Asia/Riyadh, UTC+3)" \
        in dialog.clock_label.text().replace("\u2066", "").replace("\u2069", "")
    dialog.reject()
    stage = page.step("assessed")
    assert "Aware at 2027-01-10 08:00 (Asia/Riyadh, UTC+3)" in stage.context.text().replace(
        "\u2066", "").replace("\u2069", "")
    stage.reject()


def test_a_zoned_time_in_arabic_digits_keeps_its_zone_readable() -> None:
    from compliance_desk.ui.widgets.format import DisplayOptions, zoned_text

    assert zoned_text("2027-01-10T08:00", "Asia/Riyadh", DisplayOptions(arabic_digits=True)) == \
        "٢٠٢٧-٠١-١٠ ٠٨:٠٠ (\u2066Asia/Riyadh, UTC+3\u2069)"
    assert zoned_text("2027-01-10T08:00", "Asia/Riyadh") == "\u20662027-01-10 08:00 (Asia/Riyadh, UTC+3)\u2069"
    assert zoned_text("", "Asia/Riyadh") == ""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_stage_dialog_waits_for_a_field_it_does_not_show(app: Controller, settings, qtbot, lang: str) -> None:
    """Containment never waits for the notice to SDAIA, the notice never for the severity; closing
    an unnotified breach says why in one line, in the officer's language."""
    from compliance_desk.ui.breaches.breach_dialog import StageDialog

    if lang == "ar":
        settings.set("language", "ar")
        app.settings_changed()
    page = app.main.breaches
    breach_id = breaches.create(app.register, {"title": "Laptop left on a train", "aware_at": "2027-01-10 08:00",
                                               "category": "availability", "cause": "lost_device"})
    for target in ("notified", "contained", "closed"):  # an open breach: the assessment comes first
        dialog = StageDialog(app.register, breach_id, target, lang, page)
        assert BREACH.field("severity").label(lang) not in dialog.message.text(), (target, dialog.message.text())
        dialog.reject()
    breaches.advance(app.register, breach_id, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                           "subjects_decision": "notify"})
    page._after_write(breach_id)
    assert page.step_actions["contained"].isEnabled() and page.step_actions["notified"].isEnabled()
    stage = page.step("contained")
    stage.editor("measures_taken").set_value("Device wiped remotely")
    assert save_button(stage).isEnabled(), stage.message.text()
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert records.get(app.register, BREACH, breach_id)["stage"] == "contained"
    assert page.step_actions["notified"].isEnabled()  # the notice can still be recorded
    stage = page.step("closed")
    assert not save_button(stage).isEnabled()
    refusal = stage.message.text()
    assert ("سدايا" in refusal and "الحادثة" in refusal) if lang == "ar" else "SDAIA must be notified" in refusal
    assert BREACH.field("severity").label(lang) not in refusal
    stage.reject()
    stage = page.step("notified")
    stage.editor("sdaia_notified_at").set_value("2027-01-11 05:00")
    assert save_button(stage).isEnabled(), stage.message.text()
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    row = records.get(app.register, BREACH, breach_id)
    assert (row["stage"], row["sdaia_notified_at"]) == ("contained", "2027-01-11 05:00".replace(" ", "T"))
    stage = page.step("closed")
    assert save_button(stage).isEnabled(), stage.message.text()
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert records.get(app.register, BREACH, breach_id)["stage"] == "closed"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_tab_fits_a_small_screen(app: Controller, settings, qtbot, lang: str) -> None:
    """At 1024×700, Arabic first: every tab title shows, and no tab scrolls to reach its last field."""
    from PySide6.QtWidgets import QScrollArea

    if lang == "ar":
        settings.set("language", "ar")
        app.settings_changed()
    page = app.main.breaches
    breach_id = breaches.create(app.register, {"title": "Laptop left on a train", "aware_at": "2027-01-10 08:00",
                                               "category": "availability", "cause": "lost_device"})
    page._after_write(breach_id)
    from compliance_desk.ui.breaches.breach_dialog import StageDialog

    dialogs = [page.edit()]
    dialogs[0].reject()
    dialogs.append(page.step("assessed"))
    dialogs += [StageDialog(app.register, breach_id, target, lang, page) for target in ("notified", "contained", "closed")]
    for dialog in dialogs:
        dialog.show()
        assert dialog.width() <= 1000 and dialog.height() <= 660
        qtbot.waitUntil(dialog.isVisible)
        bar = dialog.tabs.tabBar()
        assert bar.sizeHint().width() <= dialog.tabs.width(), dialog.windowTitle()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            area = dialog.tabs.widget(index)
            if isinstance(area, QScrollArea):
                qtbot.waitUntil(lambda a=area: a.viewport().height() > 100)
                assert area.verticalScrollBar().maximum() == 0, (dialog.windowTitle(), dialog.tabs.tabText(index))
                assert area.horizontalScrollBar().maximum() == 0, (dialog.windowTitle(), dialog.tabs.tabText(index))
        dialog.reject()
    # the page's two bars: no action pushed into an overflow menu, at the widest stage (two next steps)
    breaches.advance(app.register, breach_id, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                           "subjects_decision": "notify"})
    page._after_write(breach_id)
    app.main.resize(1024, 700)
    app.main.show()
    qtbot.waitUntil(lambda: page.step_bar.width() > 100)
    assert [a.isVisible() for a in page.step_actions.values()] == [False, True, True, False]
    for bar in (page.toolbar, page.step_bar):
        assert bar.sizeHint().width() <= bar.width(), [a.text() for a in bar.actions()]


def test_a_breach_recorded_abroad_reads_in_the_organisation_zone(app: Controller, qtbot) -> None:
    """London times beside Riyadh clocks confuse: every time shows in Riyadh time, London only as a note;
    the queue's due is the deadline's date and time with its zone."""
    page = app.main.breaches
    london = breaches.create(app.register, {"title": "Bag stolen in London", "aware_at": "2027-01-10 05:00",
                                            "time_zone": "Europe/London", "category": "confidentiality",
                                            "cause": "lost_device"})
    page._after_write(london)
    page.select_id(london)
    stage = page.step("assessed")
    context = stage.context.text().replace("\u2066", "").replace("\u2069", "")
    assert "Aware at 2027-01-10 08:00 (Asia/Riyadh, UTC+3) — recorded as 05:00 Europe/London" in context
    assert "deadline 2027-01-13 08:00 (Asia/Riyadh, UTC+3)" in context
    assert "Enter the times below" not in context  # the assessment asks for no time
    stage.reject()
    breaches.advance(app.register, london, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                        "subjects_decision": "notify"})
    page._after_write(london)
    stage = page.step("notified")
    assert "Enter the times below in Europe/London time" in stage.context.text()  # the fields keep its zone
    assert stage.editor("sdaia_notified_at").value() == ""  # never filled in for the officer
    stage.reject()
    [item] = [i for i in breaches.queue_items(app.register, clock.today()) if i.record_id == london]
    assert item.extra["due_en"] == "2027-01-13 08:00 (Asia/Riyadh, UTC+3)"
    assert item.extra["due_ar"] == "2027-01-13 الساعة 08:00 بتوقيت الرياض (UTC+3)"
    queue = app.main.queue
    queue.refresh()
    cells = [queue.tree.topLevelItem(r).text(3) for r in range(queue.tree.topLevelItemCount())]
    assert "2027-01-13 08:00 (Asia/Riyadh, UTC+3)" in cells, cells


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_to_sdaia_starts_empty_and_says_the_app_sends_nothing(app: Controller, settings, qtbot,
                                                                        lang: str) -> None:
    """One click on Save must not record a notice that may not have happened: the time starts empty
    and is required; a hint says the app only records a notice made elsewhere."""
    if lang == "ar":
        settings.set("language", "ar")
        settings.set("digits", "arabic")
        app.settings_changed()
    page = app.main.breaches
    breach_id = breaches.create(app.register, {"title": "Laptop left on a train", "aware_at": "2027-01-10 08:00",
                                               "category": "availability", "cause": "lost_device"})
    breaches.advance(app.register, breach_id, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                           "subjects_decision": "notify"})
    page._after_write(breach_id)
    stage = page.step("notified")
    assert stage.editor("sdaia_notified_at").value() == ""
    example = stage.editor("sdaia_notified_at").widget.placeholderText()  # digits as the echo and context write
    assert ("٢٠٢٦-٠٣-١٠ ٠٩:٠٠" in example) if lang == "ar" else ("2026-03-10 09:00" in example)
    assert not stage.echoes["sdaia_notified_at"].isVisibleTo(stage)
    hint = stage.findChild(QLabel, "notice_hint").text()
    assert ("سدايا" in hint and "لا يرسل" in hint) if lang == "ar" else \
        hint == "Records a notice you made to SDAIA elsewhere; the app sends nothing."
    assert not save_button(stage).isEnabled()
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert records.get(app.register, BREACH, breach_id)["stage"] == "assessed"
    stage.editor("sdaia_notified_at").set_value("2027-01-11 05:00")
    echo = stage.echoes["sdaia_notified_at"].text()
    # the echo writes the display setting's digits, as every other time on screen
    assert ("٢٠٢٧-٠١-١١" in echo and "٠٥:٠٠" in echo) if lang == "ar" else ("2027-01-11 05:00" in echo)
    assert save_button(stage).isEnabled(), stage.message.text()
    qtbot.mouseClick(save_button(stage), Qt.MouseButton.LeftButton)
    assert records.get(app.register, BREACH, breach_id)["sdaia_notified_at"] == "2027-01-11T05:00"
