"""With Arabic-Indic digits chosen, the Arabic interface writes every figure and date in them: a walk
through every page and the record dialogs finds no Latin digit in visible text, except in what stays
as written by design — references (PA-0001), seals, paths, phone numbers, masked identifiers and the
officer's own free text (a court's case number, an English retention note)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from compliance_desk.domain.entities import ENTITIES
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings

# what keeps its own digits by design: words with Latin letters (references, seals, e-mail and web
# addresses), masked identifiers, dial strings
AS_WRITTEN = re.compile(r"\S*[A-Za-z•+@]\S*")
WAIVED = {"status_path", "status_seal"}


def typed_texts(register: Register) -> set[str]:
    """Every free text the register holds: the officer's words stay as they were typed."""
    texts: set[str] = set()
    for entity in ENTITIES.values():
        for field in entity.fields:
            if field.kind in ("text", "longtext"):
                try:
                    rows = register.conn.execute(f"SELECT {field.name} FROM {entity.table}").fetchall()
                except Exception:  # noqa: BLE001 - a table another slice has not migrated
                    continue
                texts |= {" ".join(str(value).split()) for (value,) in rows if value}
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = widget.objectName()
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QLineEdit) and widget.isReadOnly() is False and name.startswith("control_"):
            found.append((name, widget.text()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
            found.append((name, widget.toPlainText()))
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None and name != "navigation":
            model = widget.model()
            for column in range(_columns(model)):
                if not isinstance(widget, QListView):  # (a list has no header to show)
                    found.append((name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
                for row in range(min(model.rowCount(), 25)):
                    found.append((name, str(model.data(model.index(row, column)) or "")))
    return found


def _columns(model) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model
        return 1


def latin_left(root: QWidget, typed: set[str]) -> list[tuple[str, str]]:
    left = []
    for name, text in visible_texts(root):
        if name in WAIVED or not re.search("[0-9]", text):
            continue
        plain = text.translate({ord(c): None for c in "\u2066\u2067\u2068\u2069\u200e\u200f"})
        plain = plain.removesuffix(" (بالإنجليزية)")  # the officer's own text, its language said
        if " ".join(plain.split()) in typed or any(" ".join(plain.split()).endswith(t) for t in typed if len(t) > 3):
            continue
        if re.search("[0-9]", AS_WRITTEN.sub("", plain)):
            left.append((name, plain[:120]))
    return left


def test_no_latin_digit_on_any_arabic_screen(unlocked_app: Controller, settings: Settings, qtbot) -> None:
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    unlocked_app.settings_changed()
    main = unlocked_app.main
    main.resize(1024, 700)
    main.show()
    typed = typed_texts(unlocked_app.register)
    problems: list[tuple[str, str, str]] = []

    def walk(where: str, root: QWidget) -> None:
        QApplication.processEvents()
        problems.extend((where, name, text) for name, text in latin_left(root, typed))

    for key, page in main.pages.items():
        main.show_page(key)
        if getattr(page, "model", None) is not None and hasattr(page, "select_row") and page.model.total:
            page.select_row(0)
        walk(key, main)
    for key in ("activities", "recipients", "disclosures", "kyc"):
        main.show_page(key)
        page = main.pages[key]
        page.select_row(0)
        dialog = page.edit()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            walk(f"{key} dialog, tab {index}", dialog)
        dialog.discard()
    reports = main.open_reports()
    walk("reports", reports)
    reports.close()
    assert problems == [], "\n".join(map(str, problems))


def test_report_version_shows_in_the_display_digits_and_is_kept_as_typed(unlocked_app: Controller,
                                                                          settings: Settings) -> None:
    from compliance_desk.ui.widgets.format import typed_number

    settings.set("language", "ar")
    settings.set("digits", "arabic")
    unlocked_app.settings_changed()
    reports = unlocked_app.main.open_reports()
    assert reports.control["version"].text() == "١٫٠"  # the demo's "1.0"
    assert typed_number(reports.control["version"].text()) == "1.0"
    reports.close()


def test_a_number_field_shows_the_display_digits_and_keeps_latin_ones(unlocked_app: Controller,
                                                                        settings: Settings) -> None:
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    unlocked_app.settings_changed()
    page = unlocked_app.main.pages["activities"]
    unlocked_app.main.show_page("activities")
    page.select_row(0)
    dialog = page.edit()
    editor = next(e for form in dialog.forms for name, e in form.editors.items() if name == "retention_months")
    editor.set_value(60)
    assert editor.widget.text() == "٦٠"  # as every other figure on the screen
    assert editor.value() == "60"  # stored as Latin digits
    editor.widget.setText("١٢")  # typed in Arabic-Indic digits
    assert editor.value() == "12"
    dialog.discard()


# in the one view of a person nothing is waived for being masked: an ID number's last four are a number
AS_WRITTEN_UNMASKED = re.compile(r"\S*[A-Za-z+@]\S*")


def test_no_latin_digit_in_the_arabic_person_view_not_even_in_masked_tails(unlocked_app: Controller,
                                                                             settings: Settings, qtbot) -> None:
    from compliance_desk.ui.requests.person_view import PersonView

    settings.set("language", "ar")
    settings.set("digits", "arabic")
    unlocked_app.settings_changed()
    register = unlocked_app.register
    customer_id = int(register.conn.execute(
        "SELECT customer_id FROM documents GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1"
    ).fetchone()[0])
    register.conn.execute("UPDATE customers SET phone = '+966501233645' WHERE id = ?", (customer_id,))
    view = PersonView(register, customer_id, "ar")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    typed = typed_texts(register)
    problems = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for name, text in visible_texts(view):
            plain = text.translate({ord(c): None for c in "\u2066\u2067\u2068\u2069\u200e\u200f"})
            if name in WAIVED or not re.search("[0-9]", plain) or " ".join(plain.split()) in typed:
                continue
            if re.search("[0-9]", AS_WRITTEN_UNMASKED.sub("", plain)):
                problems.append((index, name, plain[:120]))
    assert problems == [], "\n".join(map(str, problems))
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert any(re.search("[\u0660-\u0669]", t) for t in tabs)  # the counts are there, in Arabic-Indic digits
    documents = view.findChild(QAbstractItemView, "documents")
    tail = documents.model().data(documents.model().index(0, 1))
    assert "•" in tail and re.search("[\u0660-\u0669]{1,4}", tail)  # the ID number's masked tail
