"""Safer editing (issue 16, section 4): drafts across locks, prompts, focus, errors, actions on a selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from compliance_desk.domain.entities import ACTIVITY, CUSTOMER
from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller
from tests.conftest import PASSPHRASE
from tests.ui.helpers import leave


def idle_lock(controller: Controller, qtbot) -> None:
    controller.idle.start(100)
    qtbot.waitUntil(lambda: controller.main is None, timeout=30000)


def unlock_again(controller: Controller) -> None:
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.unlock()


def test_a_draft_restored_after_an_idle_lock_is_unsaved_asks_and_survives_a_second_lock(
        unlocked_app: Controller, qtbot, answers) -> None:
    controller = unlocked_app
    dialog = controller.main.activities.new()
    dialog.forms[0].editors["name_en"].set_value("Typed before lunch")
    idle_lock(controller, qtbot)
    # the unlock window says why it is there, and that the edits are kept
    notice = controller.unlock.notice
    assert notice.isVisibleTo(controller.unlock)
    assert "without activity" in notice.text() and "unsaved edits are kept" in notice.text()
    unlock_again(controller)
    draft = controller.main.activities.dialog
    assert draft is not None and draft.forms[0].editors["name_en"].value() == "Typed before lunch"
    assert draft.dirty and draft.isWindowModified()  # marked "*"
    assert draft.notice.isVisibleTo(draft) and "not saved yet" in draft.notice.text()
    # a second lock keeps it again
    idle_lock(controller, qtbot)
    unlock_again(controller)
    draft = controller.main.activities.dialog
    assert draft is not None and draft.forms[0].editors["name_en"].value() == "Typed before lunch"
    assert draft.isWindowModified()
    # closing it asks (and "Keep editing" keeps it open)
    answers.queue = ["cancel"]
    draft.reject()
    assert answers.asked and draft.isVisible()
    draft.discard()
    assert controller.register.count(ACTIVITY) == 14


def test_a_lock_without_drafts_says_only_why_it_locked(unlocked_app: Controller, qtbot) -> None:
    idle_lock(unlocked_app, qtbot)
    text = unlocked_app.unlock.notice.text()
    assert "without activity" in text and "kept" not in text
    unlocked_app.main = None  # (nothing to close)


@pytest.mark.parametrize("page_key", ["activities", "recipients", "disclosures", "kyc"])
def test_a_new_record_not_touched_closes_without_asking(unlocked_app: Controller, answers, page_key: str) -> None:
    page = unlocked_app.main.pages[page_key]
    dialog = page.new()
    assert not dialog.dirty and not dialog.isWindowModified()
    dialog.reject()
    assert not dialog.isVisible() and answers.asked == []


def test_no_save_offered_where_saving_is_impossible(unlocked_app: Controller, answers) -> None:
    page = unlocked_app.main.activities
    dialog = page.new()
    dialog.forms[0].editors["description"].set_value("No name yet, so it cannot be saved")
    answers.queue = ["cancel"]
    dialog.reject()
    assert answers.options[-1] == {"can_save": False} and "cannot be saved" in answers.asked[-1]
    dialog.forms[0].editors["name_en"].set_value("Now it can")
    answers.queue = ["discard"]
    dialog.reject()
    assert answers.options[-1] == {"can_save": True}
    assert not dialog.isVisible()


def test_prompt_buttons_say_discard_not_reject(qtbot) -> None:
    """The real prompt: Save is absent when impossible and Keep editing is then the default."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from compliance_desk.ui.shell.i18n import apply_language
    from compliance_desk.ui.widgets import ask

    apply_language("ar")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def look() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, look)
    assert ask.save_discard_cancel(parent, "t", "x", can_save=False) == "cancel"
    assert "تجاهل التغييرات" in seen["buttons"] and "رفض" not in " ".join(seen["buttons"])
    assert "حفظ" not in seen["buttons"] and seen["default"] == "متابعة التحرير"
    QTimer.singleShot(50, look)
    assert ask.save_discard_cancel(parent, "t", "x") == "save"
    assert seen["default"] == "حفظ"


def test_dialogs_open_with_the_focus_in_the_first_field(unlocked_app: Controller, qtbot) -> None:
    main = unlocked_app.main
    for key, first in (("activities", "name_ar"), ("disclosures", "received_date"), ("kyc", "client_ref")):
        main.show_page(key)
        dialog = main.pages[key].new()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.editor(first).widget, key
        dialog.discard()


def test_errors_show_once_a_field_is_left_all_of_them_with_labels(unlocked_app: Controller, qtbot) -> None:
    main = unlocked_app.main
    main.show_page("kyc")
    dialog = main.kyc.new()
    contact = dialog.forms[1].editors
    contact["email"].set_value("not-an-address")
    contact["phone"].set_value("12")
    assert contact["email"].error.text() == ""  # still typing: no red yet
    assert "E-mail" in dialog.message.text() and "To save, complete" in dialog.message.text()
    height = contact["phone"].geometry().top()
    leave(contact["email"], contact["phone"])
    assert contact["email"].error.text() and contact["phone"].error.text()
    assert contact["phone"].geometry().top() == height  # an appearing error moves nothing below it
    text = dialog.message.text()
    assert "E-mail: " in text and "Phone (E.164): " in text  # every problem, by its label …
    assert "email:" not in text and "phone:" not in text  # … never by its column name
    dialog.discard()


def test_error_labels_in_arabic(unlocked_app: Controller, settings) -> None:
    settings.set("language", "ar")
    unlocked_app.settings_changed()
    main = unlocked_app.main
    dialog = main.kyc.new()
    dialog.forms[1].editors["email"].set_value("not-an-address")
    leave(dialog.forms[1].editors["email"])
    assert "البريد الإلكتروني: " in dialog.message.text()
    assert dialog.save() is False  # a refused save shows every problem, and goes to the first
    assert "رقم العميل: " in dialog.message.text()
    assert dialog.focusWidget() is dialog.editor("client_ref").widget
    dialog.discard()


def test_actions_need_a_selection(unlocked_app: Controller) -> None:
    main = unlocked_app.main
    for key in ("activities", "recipients", "disclosures", "kyc"):
        page = main.pages[key]
        page.view.selectionModel().clearSelection()
        page.view.selectionModel().clearCurrentIndex()
        page.update_actions()
        assert page.new_action.isEnabled(), key
        for action in (page.edit_action, page.delete_action, page.retire_action, page.duplicate_action):
            assert not action.isEnabled(), (key, action.objectName())
        if key == "disclosures":
            assert not any(a.isEnabled() for a in page.step_actions.values())
        page.select_row(0)
        assert page.edit_action.isEnabled() and page.delete_action.isEnabled()


def test_new_edit_and_delete_from_the_navigation(unlocked_app: Controller, qtbot, answers) -> None:
    main = unlocked_app.main
    main.show_page("activities")
    main.activities.select_row(2)
    main.navigation.setFocus()

    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.navigation.setFocus()
    qtbot.keyClick(main.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main.activities.dialog is not None and main.activities.dialog.record_id is None
    main.activities.dialog.discard()
    main.navigation.setFocus()
    qtbot.keyClick(main.navigation, Qt.Key.Key_Return)
    assert main.activities.dialog is not None and main.activities.dialog.record_id == 3
    main.activities.dialog.discard()
    main.navigation.setFocus()
    answers.queue = [False]
    qtbot.keyClick(main.navigation, Qt.Key.Key_Delete)
    assert answers.asked and "PA-0003" in answers.asked[-1]


def test_retire_asks_and_can_be_undone(unlocked_app: Controller, answers) -> None:
    page = unlocked_app.main.activities
    register = unlocked_app.register
    page.select_id(3)
    status = records.get(register, ACTIVITY, 3)["status"]
    answers.queue = [False]
    page.retire()
    assert "PA-0003" in answers.asked[-1] and "Payment processing" in answers.asked[-1]
    assert records.get(register, ACTIVITY, 3)["status"] == status  # "Keep"
    answers.queue = [True]
    page.retire()
    assert records.get(register, ACTIVITY, 3)["status"] == "retired"
    assert page.undo_bar.isVisibleTo(page) and "PA-0003" in page.undo_bar.label.text()
    page.undo_bar.button.click()
    assert records.get(register, ACTIVITY, 3)["status"] == status
    assert not page.undo_bar.isVisibleTo(page)
    assert register.verify().ok


def test_delete_names_the_record_and_the_selection_survives(unlocked_app: Controller, answers) -> None:
    page = unlocked_app.main.activities
    page.select_id(8)
    row = page.model.row_of(8)
    answers.queue = [True]
    page.delete()
    assert "PA-0008" in answers.asked[-1] and "Product reviews" in answers.asked[-1]
    assert unlocked_app.register.count(ACTIVITY) == 13
    assert page.selected_id() is not None and page.model.row_of(page.selected_id()) == row
    assert page.edit_action.isEnabled()


def test_empty_states_say_what_to_do(unlocked_app: Controller) -> None:
    page = unlocked_app.main.kyc
    page.set_search("no such customer anywhere")
    assert page.empty_state.isVisibleTo(page) and "Clear the search" in page.empty_state.text()
    page.clear_filters()
    assert not page.empty_state.isVisibleTo(page) and page.model.total > 0


def test_customer_risk_starts_undecided(unlocked_app: Controller) -> None:
    dialog = unlocked_app.main.kyc.new()
    risk = dialog.editor("risk_rating")
    assert risk.value() is None  # not "low" until someone decides
    identity = dialog.forms[0].editors
    identity["client_ref"].set_value("BO-1")
    identity["full_name_en"].set_value("Reem")
    assert "risk_rating" in dialog.errors()
    risk.set_value("medium")
    assert dialog.errors() == {}
    assert dialog.save()
    assert records.get(unlocked_app.register, CUSTOMER, dialog.record_id)["risk_rating"] == "medium"


def test_a_new_transfer_has_no_country_until_chosen(unlocked_app: Controller) -> None:
    dialog = unlocked_app.main.activities.new()
    dialog.forms[0].editors["name_en"].set_value("Cloud hosting")
    dialog.add_transfer({})
    values = dialog.extra_values()["_transfers"][0]
    assert values["country"] is None and values["safeguard"] is None
    assert "_transfers" in dialog.errors()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.transfers.cellWidget(0, 0).setCurrentIndex(dialog.transfers.cellWidget(0, 0).findData("AE"))
    dialog.transfers.cellWidget(0, 1).setCurrentIndex(dialog.transfers.cellWidget(0, 1).findData("standard_clauses"))
    assert save.isEnabled(), dialog.errors()
    dialog.discard()
