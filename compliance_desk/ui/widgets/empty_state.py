"""Over an empty table: why it is empty and what to do next, instead of a blank grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from compliance_desk.ui.widgets import style


class EmptyState(QLabel):
    """Covers `viewport` (a table's) and follows its size; shown only with a text."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("empty_state")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(style.MUTED + " font-size: 11pt; padding: 24px;")
        viewport.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.resize(self.parentWidget().size())
        return False

    def show_text(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))
        if text:
            self.resize(self.parentWidget().size())
