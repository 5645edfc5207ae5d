"""The desktop app as an officer uses it, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.new_register import NewRegisterDialog
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.shell.unlock import UnlockWindow
from compliance_desk.ui.widgets.history_panel import CHANGE_ROLE
from tests.conftest import PASSPHRASE
from tests.ui.helpers import leave

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def controller(qtbot, settings: Settings, demo_path: Path):
    app = Controller(settings, "en", str(demo_path))
    app.start()
    qtbot.addWidget(app.unlock)
    return app  # shut down after the test by tests/ui/conftest.py


def unlock(controller: Controller, qtbot, passphrase: str = PASSPHRASE) -> None:
    window = controller.unlock
    window.passphrase.setText(passphrase)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------- unlock and create
def test_wrong_passphrase_keeps_the_dialog_and_focus(controller: Controller, qtbot) -> None:
    controller.unlock.show()
    qtbot.waitExposed(controller.unlock)
    unlock(controller, qtbot, "not it at all")
    assert controller.register is None and controller.main is None
    assert "Wrong passphrase" in controller.unlock.message.text()
    assert controller.unlock.passphrase.hasFocus()


def test_right_passphrase_opens_the_main_window(controller: Controller, qtbot, settings: Settings,
                                               demo_path: Path) -> None:
    unlock(controller, qtbot)
    assert controller.register is not None and controller.main is not None
    assert controller.unlock is None
    assert settings.get("recent_registers") == [str(demo_path.resolve())]
    main = controller.main
    assert main.current_key() == "queue"  # the action queue is the home page
    main.show_page("activities")
    assert main.activities.model.rowCount() == 14
    assert main.count_label.text() == "14 records"
    assert main.seal_label.text() == f"Seal {controller.register.seal()[:12]}"
    assert str(demo_path) in main.path_label.text()
    # the open itself was audited, with the officer as actor
    assert controller.register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone() == ("open",)


def test_locked_register_offers_read_only(qtbot, settings: Settings, demo_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from compliance_desk.storage.register import Register;"
         "r = Register.open(sys.argv[1], sys.argv[2], actor='Huda'); print('ok', flush=True); sys.stdin.readline()",
         str(demo_path), PASSPHRASE], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        window = UnlockWindow(settings, "en", "tester", str(demo_path))
        qtbot.addWidget(window)
        opened: list[Register] = []
        window.unlocked.connect(opened.append)
        window.passphrase.setText(PASSPHRASE)
        window.unlock()
        assert "in use by Huda" in window.message.text()
        assert window.read_only_button.isVisibleTo(window)
        window.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(window.read_only_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 1 and opened[0].read_only
        opened[0].close()
    finally:
        holder.communicate("\n", timeout=30)


def test_create_a_register_from_the_dialog(qtbot, tmp_path: Path) -> None:
    dialog = NewRegisterDialog("en", "tester")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.form.editors["legal_name_ar"].set_value("متجر الأمانة")
    dialog.form.editors["officer_name"].set_value("Salma")
    dialog.path.setText(str(tmp_path / "new.cdesk"))
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not ok.isEnabled() and "at least 10" in dialog.message.text()
    dialog.passphrase.setText("a long enough passphrase")
    dialog.again.setText("a long enough passphrase!")
    assert not ok.isEnabled() and "differ" in dialog.message.text()
    dialog.again.setText("a long enough passphrase")
    assert ok.isEnabled()
    assert dialog.meter.value() >= 60
    created: list[Register] = []
    dialog.created.connect(created.append)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(created) == 1
    register = created[0]
    assert records.organisation(register)["legal_name_ar"] == "متجر الأمانة"
    assert register.actor == "tester"
    register.close()
    with Register.open(tmp_path / "new.cdesk", "a long enough passphrase", read_only=True) as again:
        assert again.verify().ok


def test_new_register_rates_passphrases_with_zxcvbn_and_offers_a_path(qtbot) -> None:
    dialog = NewRegisterDialog("en", "tester")
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("register.cdesk")  # a default place, not an empty field
    assert dialog.message.styleSheet() == ""  # nothing typed yet: a hint, not a red error
    dialog.form.editors["legal_name_en"].set_value("Nakheel Jewels")
    assert dialog.path.text().endswith("Nakheel-Jewels.cdesk")  # follows the name until edited
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.passphrase.setText("password12")  # ten characters, and guessed at once
    dialog.again.setText("password12")
    assert dialog.meter.text() == "weak" and dialog.meter.value() <= 25
    assert not ok.isEnabled() and "easy to guess" in dialog.message.text()
    dialog.passphrase.setText("NakheelJewels")
    dialog.again.setText("NakheelJewels")
    assert not ok.isEnabled() and "organisation's or the officer's name" in dialog.message.text()
    dialog.passphrase.setText("amber falcon quietly orbits")
    dialog.again.setText("amber falcon quietly orbits")
    assert dialog.meter.text() == "strong" and ok.isEnabled()


# ---------------------------------------------------------------- the activity register
def test_add_edit_cancel_and_retire_an_activity(controller: Controller, qtbot, answers) -> None:
    unlock(controller, qtbot)
    page = controller.main.activities
    dialog = page.new()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # a name is required
    general = dialog.forms[0].editors
    qtbot.keyClicks(general["name_en"].widget, "Loyalty programme")
    assert save.isEnabled()
    purposes = dialog.forms[1].editors
    purposes["purposes"].set_value(["marketing"])
    purposes["legal_bases"].set_value(["consent"])
    dates = dialog.forms[3].editors
    qtbot.keyClicks(dates["last_review"].widget, "2026-13-01")
    assert not save.isEnabled()
    assert dates["last_review"].error.text() == ""  # not while still typing …
    leave(dates["last_review"])
    assert dates["last_review"].error.text() == "There is no such day in the calendar."  # … once the officer moves on
    assert "Last review: " in dialog.message.text()  # listed with its label
    dates["last_review"].set_value("2026-05-01")
    dates["next_review"].set_value("2026-04-01")
    leave(dates["next_review"])
    assert not save.isEnabled() and "after the last review" in dates["next_review"].error.text()
    dates["next_review"].set_value("2027-05-01")
    assert "Missing for a complete record" in dialog.completeness.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 15
    new_id = page.selected_id()
    row = records.get(controller.register, ACTIVITY, new_id)
    assert (row["reference"], row["name_en"], row["legal_bases"]) == ("PA-0015", "Loyalty programme", ["consent"])
    assert page.history.entries() == 1

    # edit, then cancel with changes: asked, "cancel" keeps the dialog, "discard" closes it
    dialog = page.edit()
    dialog.forms[0].editors["department"].set_value("Marketing")
    answers.queue = ["cancel", "discard"]
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()
    assert len(answers.asked) == 2
    assert records.get(controller.register, ACTIVITY, new_id)["department"] is None

    dialog = page.edit()
    dialog.forms[0].editors["department"].set_value("Marketing")
    dialog.save()
    assert records.get(controller.register, ACTIVITY, new_id)["department"] == "Marketing"
    assert page.history.entries() == 2
    top = page.history.topLevelItem(0)
    assert top.text(2) == "Changed: Owning department"
    assert any(top.child(i).data(0, CHANGE_ROLE) == "∅ → \u2068Marketing\u2069" for i in range(top.childCount()))

    answers.queue = [True]  # Retire asks first
    page.retire()
    assert records.get(controller.register, ACTIVITY, new_id)["status"] == "retired"
    status = [c.key for c in page.model.columns].index("status")
    assert page.model.data(page.model.index(page.model.row_of(new_id), status)) == "Retired"
    assert page.history.entries() == 3
    assert controller.main.seal_label.text() == f"Seal {controller.register.seal()[:12]}"
    assert controller.register.verify().ok


def test_delete_asks_and_refuses_a_referenced_activity(controller: Controller, qtbot, answers) -> None:
    unlock(controller, qtbot)
    page = controller.main.activities
    page.select_id(11)  # disclosures refer to PA-0011
    answers.queue = [False]
    page.delete()
    assert answers.asked and controller.register.count(ACTIVITY) == 14
    answers.queue = [True]
    page.delete()
    assert controller.register.count(ACTIVITY) == 14  # refused, with a message
    page.select_id(8)
    answers.queue = [True]
    page.delete()
    assert controller.register.count(ACTIVITY) == 13
    assert page.model.rowCount() == 13


def test_duplicate(controller: Controller, qtbot) -> None:
    unlock(controller, qtbot)
    page = controller.main.activities
    page.select_id(3)
    page.duplicate()
    copy = records.get(controller.register, ACTIVITY, page.selected_id())
    assert copy["reference"] == "PA-0015" and copy["status"] == "draft"
    assert copy["name_en"] == "Payment processing (copy)"


def test_filters_and_arabic_search(controller: Controller, qtbot) -> None:
    unlock(controller, qtbot)
    main = controller.main
    main.show_page("activities")
    page = main.activities
    combo = page.filter_combos["legal_bases"]
    combo.setCurrentIndex(combo.findData("consent"))
    assert page.model.rowCount() == 4
    assert main.count_label.text() == "4 records"
    combo.setCurrentIndex(0)
    page.incomplete.setChecked(True)
    assert page.model.rowCount() == 1  # the draft employee records lack a retention period
    page.incomplete.setChecked(False)
    main.find_action.trigger()
    main.search.insert("الإحتيال")  # stored as "الاحتيال": another alef form (QTest cannot type Arabic)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    references = {page.model.data(page.model.index(r, 0)) for r in range(2)}
    assert references == {"PA-0007", "PA-0010"}


def test_recipients_page(controller: Controller, qtbot) -> None:
    unlock(controller, qtbot)
    main = controller.main
    main.show_page("recipients")
    page = main.recipients
    assert main.current_page() is page and page.model.rowCount() == 13
    combo = page.filter_combos["recipient_type"]
    combo.setCurrentIndex(combo.findData("payment_gateway"))
    assert page.model.rowCount() == 2


# ---------------------------------------------------------------- locking
def test_lock_by_hand_clears_the_views(controller: Controller, qtbot) -> None:
    unlock(controller, qtbot)
    page = controller.main.activities
    controller.main.lock_action.trigger()
    assert controller.register is None and controller.main is None
    assert page.model.rowCount() == 0
    assert controller.unlock is not None and controller.unlock.path is not None


def test_lock_with_unsaved_edits_asks_first(controller: Controller, qtbot, answers) -> None:
    unlock(controller, qtbot)
    dialog = controller.main.activities.new()
    dialog.forms[0].editors["name_en"].set_value("Half typed")
    answers.queue = ["cancel"]
    assert controller.lock() is False
    assert controller.register is not None and dialog.isVisible()
    answers.queue = ["save"]
    assert controller.lock() is True
    with Register.open(Path(controller.unlock.path), PASSPHRASE, read_only=True) as register:
        assert register.count(ACTIVITY) == 15


def test_idle_lock_fires_clears_models_and_keeps_a_draft(controller: Controller, qtbot) -> None:
    unlock(controller, qtbot)
    page = controller.main.activities
    dialog = page.new()
    dialog.forms[0].editors["name_en"].set_value("Typed before lunch")
    controller.idle.start(150)
    qtbot.waitUntil(lambda: controller.main is None, timeout=30000)
    assert page.model.rowCount() == 0
    assert controller.register is None
    unlock(controller, qtbot)
    draft = controller.main.activities.dialog
    assert draft is not None and draft.forms[0].editors["name_en"].value() == "Typed before lunch"


# ---------------------------------------------------------------- settings and language
def test_settings_survive_a_restart(tmp_path: Path, qtbot, demo_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set("idle_lock_minutes", 3)
    first.set("officer_name", "نورة")
    first.set("language", "ar")
    first.set_columns("activity", ["reference", "name_ar"])
    app = Controller(first, None, str(demo_path))
    app.start()
    unlock(app, qtbot)
    app.main.show_page("recipients")
    app.main.resize(900, 640)
    assert app.register.actor == "نورة"
    app.lock()
    app.unlock.close()

    second = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert (second.get("idle_lock_minutes"), second.get("officer_name"), second.language()) == (3, "نورة", "ar")
    again = Controller(second, None, str(demo_path))
    again.start()
    unlock(again, qtbot)
    main = again.main
    assert main.current_key() == "recipients"
    assert main.height() == 640  # (the offscreen screen is 800 px wide, so Qt clamps the width)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    hidden = [main.activities.view.isColumnHidden(i) for i in range(len(main.activities.model.columns))]
    assert hidden.count(False) == 2
    again.main.clear()
    again.register.close()
    again.main.close()


def test_switching_to_arabic_turns_the_whole_ui_right_to_left(controller: Controller, qtbot,
                                                              settings: Settings) -> None:
    unlock(controller, qtbot)
    assert controller.main.layoutDirection() == Qt.LayoutDirection.LeftToRight
    settings.set("language", "ar")
    controller.settings_changed()
    main = controller.main
    assert main.layoutDirection() == Qt.LayoutDirection.RightToLeft
    headers = [main.activities.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(main.activities.model.columnCount())]
    assert "الأساس النظامي" in headers
    dialog = main.activities.new()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.discard()


def test_screenshots_in_english_and_arabic(controller: Controller, qtbot, settings: Settings,
                                           tmp_path: Path) -> None:
    unlock(controller, qtbot)
    controller.main.activities.select_row(2)
    out = Path(os.environ.get("COMPLIANCE_DESK_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "ar"):
        settings.set("language", lang)
        controller.settings_changed()
        main = controller.main
        main.activities.select_row(2)
        main.grab().save(str(out / f"main-{lang}.png"))
        # where the navigation list was painted: the left edge in English, the right edge in Arabic
        x = main.navigation.mapTo(main, main.navigation.rect().topLeft()).x()
        if lang == "en":
            assert x < 50
        else:
            assert x + main.navigation.width() > main.width() - 50


def test_start_up_with_language_and_register(qtbot, settings: Settings, demo_path: Path) -> None:
    from compliance_desk.app import build

    settings.set("language", "en")
    controller = build("ar", str(demo_path), settings)
    qtbot.addWidget(controller.unlock)
    assert controller.unlock.path == str(demo_path)
    assert controller.unlock.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert settings.language() == "en"  # --lang is for this run only
    controller.unlock.close()


def test_crash_handler_logs_and_apologises(qtbot, controller: Controller, tmp_path: Path) -> None:
    import sys as system

    from PySide6.QtWidgets import QMessageBox

    from compliance_desk.ui.shell.errors import install_crash_handler

    previous = system.excepthook
    install_crash_handler(controller.window, lambda: "en")
    try:
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError as error:
            system.excepthook(type(error), error, error.__traceback__)
    finally:
        system.excepthook = previous
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("compliance-desk.log" in box.text() for box in boxes)
    log = Path(os.environ["COMPLIANCE_DESK_LOG_DIR"]) / "compliance-desk.log"
    assert "ZeroDivisionError: a bug" in log.read_text()
    for box in boxes:
        box.close()


def test_dates_read_left_to_right_in_arabic() -> None:
    from compliance_desk.domain.entities import ACTIVITY as activity
    from compliance_desk.ui.widgets.format import (
        LRI,
        PDI,
        DisplayOptions,
        display_text,
        timestamp_text,
    )

    assert display_text(activity.field("next_review"), "2027-01-04", "ar") == LRI + "2027-01-04" + PDI
    assert timestamp_text("2026-11-23T03:34:15.000Z") == LRI + "2026-11-23 03:34" + PDI
    arabic = DisplayOptions(arabic_digits=True)
    # Arabic-Indic digits too: a hyphen does not hold them together right to left (٢٣-١١-٢٠٢٦)
    assert timestamp_text("2026-11-23T03:34:15.000Z", arabic) == LRI + "٢٠٢٦\u200e-\u200e١١\u200e-\u200e٢٣\u200e \u200e٠٣:٣٤" + PDI


def test_arabic_digits_and_hijri_dates_on_screen(controller: Controller, qtbot, settings: Settings) -> None:
    unlock(controller, qtbot)
    records.update(controller.register, ACTIVITY, 1, {"next_review": "2024-03-11"})
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    settings.set("hijri_dates", True)
    controller.settings_changed()
    main = controller.main
    main.show_page("activities")
    model = main.activities.model
    column = [c.key for c in model.columns].index("next_review")
    assert model.data(model.index(0, column)) == "\u2066٢٠٢٤\u200e-\u200e٠٣\u200e-\u200e١١\u2069 (١ رمضان ١٤٤٥ هـ)"
    assert model.headerData(0, Qt.Orientation.Vertical) == "١"
    assert main.count_label.text() == "١٤ سجلاً"  # Arabic plural forms (Qt numerus)


def test_language_switch_keeps_an_open_edit_and_turns_it_right_to_left(controller: Controller, qtbot,
                                                                      settings: Settings) -> None:
    unlock(controller, qtbot)
    dialog = controller.main.activities.new()
    dialog.forms[0].editors["name_en"].set_value("Started in English")
    settings.set("language", "ar")
    controller.settings_changed()
    reopened = controller.main.activities.dialog
    assert reopened is not None and reopened is not dialog
    assert reopened.forms[0].editors["name_en"].value() == "Started in English"
    assert reopened.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert controller.main.layoutDirection() == Qt.LayoutDirection.RightToLeft
    reopened.discard()


def test_each_cell_reads_in_the_direction_of_its_own_text() -> None:
    from compliance_desk.ui.widgets.format import FSI, PDI, natural

    assert natural("Express Delivery Co.") == FSI + "Express Delivery Co." + PDI
    assert natural("(مكتب) الرياض") == FSI + "(مكتب) الرياض" + PDI
    assert natural("---") == "---"
