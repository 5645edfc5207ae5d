"""The activity dialog's tab of what the privacy notice says of the activity: the data items, what
follows if they are not given, how and where they are kept; it fits the smallest window in both
languages, and what is typed there is in the next notice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from compliance_desk.storage import notice
from compliance_desk.ui.activities.activity_dialog import ActivityDialog
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from tests.ui.test_fit import in_language

SHOTS = Path(os.environ.get("SHOTS", "/work/shots/notice20"))
FIELDS = ("data_items_ar", "consequences_ar", "storage_means_ar", "data_items", "consequences", "storage_means")


def notice_tab(dialog: ActivityDialog) -> int:
    return next(i for i in range(dialog.tabs.count()) if dialog.tabs.widget(i).isAncestorOf(
        dialog.editor("consequences")))  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_texts_tab_fits_the_smallest_window(unlocked_app: Controller, settings: Settings,
                                                       lang: str) -> None:
    from compliance_desk.storage import records

    in_language(unlocked_app, settings, lang)
    delivery = records.find_by_reference(unlocked_app.register, "activity", "PA-0004")  # (its texts are filled)
    dialog = ActivityDialog(unlocked_app.register, delivery["id"], lang, unlocked_app.main)
    dialog.resize(1024, 700 - 40)
    dialog.show()
    dialog.tabs.setCurrentIndex(notice_tab(dialog))
    QApplication.processEvents()
    assert all(dialog.editor(name) is not None for name in FIELDS)
    assert "عنوان التوصيل" in dialog.editor("data_items_ar").value()  # type: ignore[union-attr]
    assert dialog.tabs.currentWidget().verticalScrollBar().maximum() == 0  # type: ignore[attr-defined]
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / f"activity-notice-tab-{lang}.png"))
    dialog.reject()


def test_what_is_typed_in_the_tab_is_in_the_next_notice(unlocked_app: Controller) -> None:
    dialog = ActivityDialog(unlocked_app.register, 1, "en", unlocked_app.main)
    dialog.show()
    values = {"data_items": "Full name\nMobile number", "data_items_ar": "الاسم الكامل\nرقم الجوال",
              "consequences": "We cannot open your account.", "consequences_ar": "لا يمكننا فتح حسابك.",
              "storage_means": "Encrypted databases on our servers in Riyadh",
              "storage_means_ar": "قواعد بيانات مشفرة على خوادمنا في الرياض"}
    for name, value in values.items():
        dialog.editor(name).set_value(value)  # type: ignore[union-attr]
    assert dialog.save()
    english = notice.build(unlocked_app.register, "en").text()
    arabic = notice.build(unlocked_app.register, "ar").text()
    assert "Full name; Mobile number (" in english and "We cannot open your account." in english
    assert "Encrypted databases on our servers in Riyadh" in english
    assert "الاسم الكامل؛ رقم الجوال (" in arabic and "لا يمكننا فتح حسابك." in arabic
    assert "قواعد بيانات مشفرة على خوادمنا في الرياض" in arabic


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_recipient_dialog_asks_who_they_are(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    from compliance_desk.storage import records
    from compliance_desk.ui.activities.activity_dialog import RecipientDialog

    in_language(unlocked_app, settings, lang)
    partner = records.find_by_reference(unlocked_app.register, "recipient", "REC-0009")
    dialog = RecipientDialog(unlocked_app.register, partner["id"], lang, unlocked_app.main)
    dialog.resize(1024, 700 - 40)
    dialog.show()
    QApplication.processEvents()
    assert dialog.editor("description_ar").value() == "شركة الأمناء التي تدير خطط التقسيط لدينا"  # type: ignore[union-attr]
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / f"recipient-dialog-{lang}.png"))
    dialog.reject()


def test_a_vague_recipient_type_prompts_for_who_they_are(unlocked_app: Controller) -> None:
    from compliance_desk.ui.activities.activity_dialog import RecipientDialog

    dialog = RecipientDialog(unlocked_app.register, None, "en", unlocked_app.main)
    dialog.show()
    dialog.editor("name_en").set_value("Partner Co")  # type: ignore[union-attr]
    dialog.editor("recipient_type").set_value("business_partner")  # type: ignore[union-attr]
    QApplication.processEvents()
    assert dialog.vague.isVisible() and "Business partner" in dialog.vague.text()
    dialog.editor("description").set_value("The bank that co-brands our card")  # type: ignore[union-attr]
    QApplication.processEvents()
    assert not dialog.vague.isVisible()
    dialog.editor("recipient_type").set_value("payment_gateway")  # type: ignore[union-attr]
    dialog.editor("description").set_value("")  # type: ignore[union-attr]
    QApplication.processEvents()
    assert not dialog.vague.isVisible()  # a payment gateway says what it is
    dialog.discard()
