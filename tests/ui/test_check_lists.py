"""Lists of ticks in the record dialogs (purposes, data categories, rights …) show every item, long
names wrapped, without scrolling sideways or down, in the smallest window and in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.record_form import CheckList


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_lists_of_ticks_do_not_scroll(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    settings.set("language", lang)
    unlocked_app.settings_changed()
    main = unlocked_app.main
    main.resize(1024, 700)
    main.show()
    checked = []
    for key in ("activities", "disclosures", "requests", "breaches", "kyc"):
        main.show_page(key)
        dialog = main.pages[key].new()
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            settle()
            for listing in dialog.tabs.widget(index).findChildren(CheckList):
                if not listing.isVisible():
                    continue
                where = f"{key} {dialog.tabs.tabText(index)} {listing.objectName()} ({lang})"
                assert listing.horizontalScrollBar().maximum() == 0, where
                assert listing.verticalScrollBar().maximum() == 0, where
                last = listing.visualItemRect(listing.item(listing.count() - 1))
                assert listing.viewport().rect().contains(last), where
                checked.append(listing.objectName())
        dialog.discard()
    assert {"field_purposes", "field_data_categories"} <= set(checked)
