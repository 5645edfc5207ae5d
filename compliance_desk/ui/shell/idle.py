"""Auto-lock: fires after the configured time without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, milliseconds: int) -> None:
        """Watch for `milliseconds` of inactivity (0 or less: never lock)."""
        self.timer.stop()
        if milliseconds > 0:
            self.timer.setInterval(milliseconds)
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def detach(self) -> None:
        """Stop for good: no timer, and no more looking at the application's events."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()
        return False
