"""At 1 024 × 700 the KYC table's headers read whole in both languages (a long field label has a
short column title; the full label is the header's tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from tests.ui.test_small_window import in_language


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_kyc_headers_are_whole_at_1024(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    in_language(unlocked_app, settings, lang, 1024, 700)
    main = unlocked_app.main
    main.show_page("kyc")
    QApplication.processEvents()
    page = main.kyc
    view, model = page.view, page.model
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    cut = []
    for index in range(header.count()):
        if header.isSectionHidden(index):
            continue
        title = str(model.headerData(index, Qt.Orientation.Horizontal))
        # the text plus the header's margins and the sort indicator's room
        if metrics.horizontalAdvance(title) + 2 * 6 > header.sectionSize(index):
            cut.append((title, header.sectionSize(index)))
    assert cut == []
    tips = [str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)) for i in range(header.count())]
    assert ("Politically exposed person" in tips) if lang == "en" else ("شخص سياسي ممثل للمخاطر" in tips)
