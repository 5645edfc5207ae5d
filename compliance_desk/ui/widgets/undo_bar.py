"""A bar that says what was just done and offers to undo it (e.g. after retiring a record)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.icons import icon


class UndoBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.setStyleSheet(style.NOTICE)
        row = QHBoxLayout(self)
        row.setContentsMargins(style.GAP, 2, style.GAP, 2)
        self.label = QLabel()
        self.button = QToolButton()
        self.button.setObjectName("undo")
        self.button.setText(self.tr("Undo"))
        self.button.setIcon(icon("undo"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self.undo)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._undo: Callable[[], object] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], object]) -> None:
        self.label.setText(text)
        self._undo = undo
        self.show()

    def dismiss(self) -> None:
        self._undo = None
        self.hide()

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.hide()
        if undo is not None:
            undo()
