"""The smallest supported window, 1024 × 700: every record dialog shows each tab whole (no scrolling;
Save and Cancel outside the tabs, always in view), and every workflow step of the disclosures page is
a button in view, not folded behind the toolbar's overflow chevron. In both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea, QToolBar, QToolButton

from compliance_desk.ui.disclosures.disclosure_dialog import StepDialog
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings


def in_language(app: Controller, settings: Settings, lang: str) -> None:
    settings.set("language", lang)
    app.settings_changed()
    app.main.resize(1024, 700)
    app.main.show()
    QApplication.processEvents()


def assert_fits(dialog, where: str) -> None:
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 700 - 40, where  # (a title bar above it)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not dialog.tabs.isAncestorOf(save), where
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = dialog.tabs.widget(index)
        if isinstance(tab, QScrollArea):
            assert tab.verticalScrollBar().maximum() == 0, f"{where}: tab {dialog.tabs.tabText(index)} scrolls"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_record_dialogs_fit_the_smallest_window(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    in_language(unlocked_app, settings, lang)
    main = unlocked_app.main
    for key in ("activities", "recipients", "disclosures", "kyc"):
        main.show_page(key)
        page = main.pages[key]
        for dialog in (page.new(), (page.select_row(0), page.edit())[1]):
            assert_fits(dialog, f"{key} {lang}")
            if key == "kyc" and dialog.record_id is not None:
                document = dialog.edit_document()
                assert_fits(document, f"document {lang}")
                document.discard()
                check = dialog.record_check()
                assert_fits(check, f"check {lang}")
                check.discard()
            dialog.discard()
    main.show_page("disclosures")
    page = main.disclosures
    page.select_row(0)
    for target in ("legal_review", "decided", "disclosed", "closed"):
        step = StepDialog(unlocked_app.register, page.selected_id(), target, lang, page)
        assert_fits(step, f"step {target} {lang}")
        step.discard()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_disclosure_step_is_in_view_at_1024(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    in_language(unlocked_app, settings, lang)
    main = unlocked_app.main
    main.show_page("disclosures")
    page = main.disclosures
    QApplication.processEvents()
    for bar in page.findChildren(QToolBar):
        chevron = [b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
        assert not any(b.isVisible() for b in chevron), f"{bar.objectName()} folds actions away ({lang})"
    for action in page.step_actions.values():
        buttons = [b for b in action.associatedObjects() if isinstance(b, QToolButton) and b.isVisible()]
        assert buttons, action.text()
        assert page.rect().contains(buttons[0].mapTo(page, buttons[0].rect().bottomRight())), action.text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_notice_details_fit_the_smallest_window(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    from compliance_desk.ui.notice.notice_details import NoticeDetailsDialog

    in_language(unlocked_app, settings, lang)
    dialog = NoticeDetailsDialog(unlocked_app.register, lang, unlocked_app.main)
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 700 - 40
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert dialog.tabs.widget(index).verticalScrollBar().maximum() == 0, dialog.tabs.tabText(index)
    assert "rights_fee_ar" in dialog.form.editors and "cookie_statement_ar" in dialog.form.editors
    dialog.reject()
