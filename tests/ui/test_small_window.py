"""At 1 024 × 700 every record table is usable: at least five columns whole in view, in both languages
(the detail pane goes under the table; columns are sized to their contents, long text elided with a
tooltip). A wide window keeps the detail beside the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.register_page import MIN_COLUMN

TABLE_PAGES = ("activities", "recipients", "disclosures", "requests", "breaches", "kyc", "screening")


def in_language(app: Controller, settings: Settings, lang: str, width: int, height: int) -> None:
    settings.set("language", lang)
    app.settings_changed()
    app.main.resize(width, height)
    app.main.show()
    QApplication.processEvents()


def table_of(page) -> QTableView:
    return page.view if hasattr(page, "view") else page.table


def whole_columns(view: QTableView) -> list[str]:
    """The headers of the columns shown whole (and not squeezed to a sliver) in the table's viewport."""
    header = view.horizontalHeader()
    width = view.viewport().width()
    shown = []
    for index in range(header.count()):
        if header.isSectionHidden(index):
            continue
        left, size = header.sectionViewportPosition(index), header.sectionSize(index)
        if left >= 0 and left + size <= width and size >= min(MIN_COLUMN, header.sectionSizeHint(index)):
            shown.append(str(view.model().headerData(index, Qt.Orientation.Horizontal)))
    return shown


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_table_shows_five_whole_columns_at_1024(unlocked_app: Controller, settings: Settings,
                                                       lang: str) -> None:
    in_language(unlocked_app, settings, lang, 1024, 700)
    main = unlocked_app.main
    for key in TABLE_PAGES:
        main.show_page(key)
        QApplication.processEvents()
        view = table_of(main.pages[key])
        assert view.isVisible(), key
        assert view.viewport().height() >= 150, f"{key} {lang}: the table is {view.viewport().height()} px high"
        shown = whole_columns(view)
        assert len(shown) >= 5, f"{key} {lang}: only {shown} in view"


def test_a_wide_window_keeps_the_detail_beside_the_table(unlocked_app: Controller, settings: Settings) -> None:
    in_language(unlocked_app, settings, "en", 1600, 1000)
    page = unlocked_app.main.kyc
    unlocked_app.main.show_page("kyc")
    QApplication.processEvents()
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    assert len(whole_columns(page.view)) >= 5
    unlocked_app.main.resize(1024, 700)
    QApplication.processEvents()
    assert page.splitter.orientation() == Qt.Orientation.Vertical
    page.select_row(0)
    assert page.detail.isVisible() and page.detail.height() >= 120


def test_elided_cells_and_headers_carry_their_whole_text(unlocked_app: Controller) -> None:
    model = unlocked_app.main.disclosures.model
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == header
        text = model.data(model.index(0, column))
        if text:
            assert model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole) == text, header


def test_an_empty_table_keeps_the_narrow_page_to_itself(unlocked_app: Controller, settings: Settings) -> None:
    in_language(unlocked_app, settings, "en", 1024, 700)
    page = unlocked_app.main.kyc
    unlocked_app.main.show_page("kyc")
    QApplication.processEvents()
    page.set_search("no such customer anywhere")
    assert page.model.total == 0 and not page.detail.isVisible()
    page.set_search("")
    assert page.detail.isVisible()
    unlocked_app.main.resize(1600, 1000)
    page.set_search("no such customer anywhere")
    QApplication.processEvents()
    assert page.detail.isVisible()  # beside the table it takes no room from it


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_queue_gives_what_to_do_the_room_at_1024(unlocked_app: Controller, settings: Settings,
                                                      lang: str) -> None:
    in_language(unlocked_app, settings, lang, 1024, 700)
    unlocked_app.main.show_page("queue")
    QApplication.processEvents()
    header = unlocked_app.main.queue.tree.header()
    assert header.sectionSize(1) >= 250, header.sectionSize(1)
    assert all(header.sectionViewportPosition(i) + header.sectionSize(i) <= header.viewport().width() + 1
               for i in range(header.count()))


def _inked_columns(widget) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns where the widget drew dark ink (its text)."""
    image = widget.grab().toImage()
    xs = [x for x in range(image.width()) for y in range(0, image.height(), 2)
          if image.pixelColor(x, y).lightness() < 110]
    return min(xs), max(xs)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_detail_title_starts_on_the_reading_side(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    """A reference alone ("DSR-2026-0002") is a left-to-right text: in Arabic the title still sits at the right."""
    in_language(unlocked_app, settings, lang, 1024, 700)
    unlocked_app.main.show_page("requests")
    page = unlocked_app.main.requests
    page.select_row(0)
    QApplication.processEvents()
    title = page.detail.title
    assert title.isVisible() and title.text()
    left, right = _inked_columns(title)
    if lang == "ar":
        assert right > title.width() * 0.9 and left > title.width() * 0.3
    else:
        assert left < title.width() * 0.1


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_history_shows_what_changed_in_the_narrow_pane(unlocked_app: Controller, settings: Settings,
                                                            lang: str) -> None:
    """At 1 024 × 700 the history's What column is in view and names the changed field; the change rows
    ("Notes: before → after") read across the pane, not in a column off-screen."""
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import records

    in_language(unlocked_app, settings, lang, 1024, 700)
    page = unlocked_app.main.kyc
    unlocked_app.main.show_page("kyc")
    QApplication.processEvents()
    page.select_row(0)
    records.update(unlocked_app.register, CUSTOMER, page.selected_id(), {"notes": "Reviewed by the board"})
    page._selection_changed()
    QApplication.processEvents()
    history = page.history
    assert history.isVisible()
    label = CUSTOMER.field("notes").label(lang)
    top = history.topLevelItem(0)
    width = history.viewport().width()
    header = history.header()
    what = header.sectionViewportPosition(2)
    assert 0 <= what and what + 40 <= width, (what, width)
    assert label in top.text(2) and top.toolTip(2) == top.text(2)
    assert header.sectionSize(2) >= history.fontMetrics().horizontalAdvance(label)
    child = next(top.child(i) for i in range(top.childCount()) if label in top.child(i).text(0))
    rect = history.visualItemRect(child)
    assert rect.top() >= 0 and rect.bottom() <= history.viewport().height()
    text = history.fontMetrics().horizontalAdvance(f"{label}: ")
    if lang == "ar":
        assert rect.right() - text >= 0
    else:
        assert rect.left() + text <= width
    assert ("←" if lang == "ar" else "→") in child.text(0) and child.toolTip(0) == child.text(0)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_queue_shows_when_whole_at_1024(unlocked_app: Controller, settings: Settings, lang: str) -> None:
    """"Overdue by 244 days", not "Overdue by 244 d…": the When column is as wide as its longest text."""
    in_language(unlocked_app, settings, lang, 1024, 700)
    unlocked_app.main.show_page("queue")
    QApplication.processEvents()
    tree = unlocked_app.main.queue.tree
    header = tree.header()
    metrics = tree.fontMetrics()
    texts = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
             if not tree.topLevelItem(i).isFirstColumnSpanned()]
    assert texts
    longest = max(texts, key=metrics.horizontalAdvance)
    assert metrics.horizontalAdvance(longest) + 8 <= header.sectionSize(0), (longest, header.sectionSize(0))
    assert header.sectionViewportPosition(0) >= 0
    assert header.sectionViewportPosition(0) + header.sectionSize(0) <= header.viewport().width() + 1
