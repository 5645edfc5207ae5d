"""Editors generated from the domain's field declarations, validating as the officer types."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.countries import country_name
from compliance_desk.domain.entities import Entity, Field
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.validation import clean
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.date_edit import DateEdit
from compliance_desk.ui.widgets.format import digits, number, typed_number

ERROR_STYLE = style.ERROR
# In a form's list of fields: the fields after it go in a column beside those before it (a tall tab
# fits the smallest window, 1024 × 700, without scrolling).
COLUMN = "|"
MAX_LIST_HEIGHT = 360  # a list of ticks taller than this scrolls


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name in `lang`."""
    import pycountry

    pairs = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return sorted(pairs, key=lambda p: p[1].casefold())


class CheckList(QListWidget):
    """A list of (value, label) with a check box each; `changed` when a box is ticked or cleared."""

    changed = Signal()

    def __init__(self, items: list[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a long label ("Government ID (passport, national ID, residence number)") wraps: no sideways scrolling
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for value, label in items:
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fitted_width = -1
        self.setFixedHeight(self._content_height())

    def _content_height(self) -> int:
        """As tall as its items, wrapped at the present width (up to MAX_LIST_HEIGHT): no scrolling down."""
        self.doItemsLayout()
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(self.count())) \
            if self.count() else self.fontMetrics().height()
        return min(rows + 2 * self.frameWidth() + 2, MAX_LIST_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != self._fitted_width:  # a new width wraps the labels anew
            self._fitted_width = event.size().width()
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        height = self._content_height()
        if height != self.height():
            self.setFixedHeight(height)

    def checked(self) -> list[object]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: object) -> None:
        wanted = set(values) if isinstance(values, list | tuple | set | frozenset) else set()
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)


class ErrorLine(QLabel):
    """A field's error: one line whose height is always reserved, so an error appearing never moves
    the fields below it (under the officer's mouse); a longer text is elided, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setFixedHeight(self.fontMetrics().height())
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading), text)


class FieldEditor(QWidget):
    """One field: its widget, its value, its error line.

    The error shows once the officer has left the field (`touched`), not while they are still typing
    the first characters; after that it follows every change.
    """

    changed = Signal()
    left = Signal()

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.widget = self._make()
        self.widget.setObjectName(f"field_{field.name}")
        self.widget.setAccessibleName(field.label(lang))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.widget, 1)
        if isinstance(self.widget, DateEdit):
            row.addWidget(self.widget.button)
        layout.addLayout(row)
        if isinstance(self.widget, DateEdit):
            layout.addWidget(self.widget.hint)
        self.touched = False
        self.widget.installEventFilter(self)
        self.error = ErrorLine()
        layout.addWidget(self.error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                and event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self.leave()  # (another window or a combo's list taking the focus is not leaving the field)
        return False

    def leave(self) -> None:
        """The officer left the field: from now on its error shows."""
        if not self.touched:
            self.touched = True
            self.left.emit()

    def _make(self) -> QWidget:
        f = self.field
        if f.kind == "longtext":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(70)
            editor.textChanged.connect(self.changed)
            return editor
        if f.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(self.changed)
            return box
        if f.kind in ("code", "country"):
            combo = QComboBox()
            combo.addItem("", None)
            items = [(t.code, t.label(self.lang)) for t in f.vocabulary] if f.kind == "code" and f.vocabulary \
                else countries(self.lang)
            for code, label in items:
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if f.kind == "codes":
            assert f.vocabulary is not None
            listing = CheckList([(t.code, t.label(self.lang)) for t in f.vocabulary])
            listing.changed.connect(self.changed)
            return listing
        line = DateEdit(self.lang, show_problems=False) if f.kind == "date" else QLineEdit()
        if f.kind == "datetime":  # the wall-clock time in the record's own zone
            # (marks, not an isolate: a placeholder ignores isolates, and the two runs would swap in Arabic)
            # in the display setting's digits, as the echo under it and every time on screen (either is read)
            example = "\u200e" + digits("2026-03-10 09:00") + "\u200e"
            line.setPlaceholderText(self.tr("e.g. %1 (date, then the time)").replace("%1", example))
        line.textChanged.connect(self.changed)
        return line

    # ------------------------------------------------------------------ value
    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, CheckList):
            return w.checked()
        if isinstance(w, DateEdit):
            return w.value()
        assert isinstance(w, QLineEdit)
        if self.field.kind == "int":  # shown in the display digits, stored in Latin ones
            return typed_number(w.text())
        return w.text()

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            w.setCurrentIndex(max(index, 0))
        elif isinstance(w, CheckList):
            w.set_checked(json.loads(value) if isinstance(value, str) else (value or []))
        elif isinstance(w, DateEdit):
            w.set_value(value)
        else:
            assert isinstance(w, QLineEdit)
            text = "" if value is None else str(value)
            if self.field.kind == "int" and text:
                text = number(text)  # "60" as "٦٠" when the interface writes Arabic-Indic digits
            w.setText(text.replace("T", " ") if self.field.kind == "datetime" else text)

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.widget.setToolTip(text or "")
        self.widget.setProperty("invalid", bool(text))


class RecordForm(QWidget):
    """A form over some fields of an entity, in columns split by COLUMN; `errors()` validates with the
    domain's rules."""

    changed = Signal()

    def __init__(self, entity: Entity, lang: str, fields: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.lang = lang
        names = fields or [f.name for f in entity.fields if f.kind != "ref"]
        self.columns = names.count(COLUMN) + 1
        row = QHBoxLayout(self)  # (its spacing is its columns' too: keep the style's)
        layout = self._column(row)
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        for name in names:
            if name == COLUMN:
                row.addSpacing(12)
                layout = self._column(row)
                continue
            field = entity.field(name)
            editor = FieldEditor(field, lang)
            editor.changed.connect(self.changed)
            editor.left.connect(self.changed)
            label = QLabel(digits(field.label(lang)))
            label.setBuddy(editor.widget)
            layout.addRow(label, editor)
            self.editors[name] = editor
            self.labels[name] = label
        # the entity's own rule until a dialog marks what its validation refuses empty (RecordDialog)
        self.mark_required({f for f in self.editors if entity.field(f).required or f in entity.one_of})

    def mark_required(self, required: set[str]) -> None:
        """A " *" after the label of each field in `required`, none after the others."""
        for name, label in self.labels.items():  # (a dialog may have reworded a label: keep its words)
            label.setText(label.text().removesuffix(" *") + (" *" if name in required else ""))

    @staticmethod
    def _column(row: QHBoxLayout) -> QFormLayout:
        """A column of labelled fields, top-aligned beside the others."""
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        box = QVBoxLayout()
        box.addLayout(layout)
        box.addStretch(1)
        row.addLayout(box, 1)
        return layout

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def first_editor(self) -> FieldEditor | None:
        return next(iter(self.editors.values()), None)

    def set_values(self, row: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            if name in row:
                editor.set_value(row[name])

    def field_errors(self) -> dict[str, str]:
        """Each field's own problem, in the UI language (empty when all is well)."""
        errors: dict[str, str] = {}
        for name, editor in self.editors.items():
            if isinstance(editor.widget, DateEdit) and editor.widget.problem():
                errors[name] = editor.widget.problem()  # what is wrong with the date, not only that it is wrong
                continue
            try:
                clean(self.entity, {name: editor.value()}, partial=True)
            except ValidationError as error:
                errors[name] = error.reason.text(self.lang)
        return errors
