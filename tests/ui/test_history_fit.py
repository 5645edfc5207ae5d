"""At 1 024 × 700 the history's When column shows its date and time whole, in both languages: the
column holds the date and time, its header names the zone (the full time with its offset in the tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from tests.ui.test_small_window import in_language, table_of


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("page_key", ["activities", "breaches", "kyc"])
def test_the_history_when_column_is_whole_at_1024(unlocked_app: Controller, settings: Settings, lang: str,
                                                  page_key: str) -> None:
    in_language(unlocked_app, settings, lang, 1024, 700)
    main = unlocked_app.main
    main.show_page(page_key)
    page = main.pages[page_key]
    view = table_of(page)
    if view.model().rowCount() == 0:
        pytest.skip("no record in the demo")
    page.select_row(0)
    for _ in range(5):  # the pane laid out at its final width
        QApplication.processEvents()
    tree = page.detail.history
    assert tree.topLevelItemCount()
    header, metrics = tree.header(), tree.fontMetrics()
    longest = max((tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())),
                  key=metrics.horizontalAdvance)
    # the text after the expand arrow's indentation
    assert metrics.horizontalAdvance(longest) + tree.indentation() + 8 <= header.sectionSize(0), \
        (longest, header.sectionSize(0), tree.viewport().width())
    title = tree.headerItem().text(0)
    assert title == ("When (Riyadh time)" if lang == "en" else "الوقت (بتوقيت الرياض)"), title
    assert metrics.horizontalAdvance(title) + 8 <= header.sectionSize(0), (title, header.sectionSize(0))
    assert "Asia/Riyadh, UTC+3" in tree.headerItem().toolTip(0)
    assert "UTC+3" in tree.topLevelItem(0).toolTip(0)
