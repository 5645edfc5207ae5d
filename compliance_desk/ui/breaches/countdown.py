"""The status bar's countdown to SDAIA: shown while any notifiable breach is open and not yet notified.

It names the breach with the nearest deadline and how many others run, and is refreshed every
half minute and after every write (the hours come from domain.breaches.clock).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from compliance_desk.domain.dates import arabic_digits
from compliance_desk.domain.messages import isolate
from compliance_desk.storage import breaches
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.outage import reads

URGENT = "color: white; background: #b00020; padding: 1px 6px; font-weight: bold;"
RUNNING = "color: #5a3a00; background: #fff3cd; padding: 1px 6px;"


class BreachCountdown(QLabel):
    """'⚠ BRC-2026-0001: 41 h 20 min left to notify SDAIA (+1 more)'; hidden when no clock runs."""

    open_breach = Signal(int)  # clicked: show the breach
    # a clock moved to another stage of the queue (e.g. overdue) with no write: the queue recounts
    stages_changed = Signal()

    def __init__(self, lang: str, arabic_numerals: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.arabic_numerals = arabic_numerals
        self.register: Register | None = None
        self.breach_id: int | None = None
        self.stages: tuple[tuple[int, str | None], ...] = ()
        self.setObjectName("status_breach_clock")
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    def set_register(self, register: Register | None) -> None:
        self.register = register
        if register is None:
            self.timer.stop()
        else:
            self.timer.start()
        self.refresh()

    @reads
    def refresh(self) -> None:
        if self.register is None or not self.register.is_open:
            self.breach_id, self.stages = None, ()
            self.hide()
            return
        running = breaches.running(self.register)
        stages = tuple((int(row["id"]), found.stage) for row, found in running)
        if stages != self.stages:
            self.stages = stages
            self.stages_changed.emit()
        if not running:
            self.breach_id = None
            self.hide()
            return
        row, found = running[0]
        self.breach_id = int(row["id"])
        def shown(value: str) -> str:  # references keep their Latin digits
            return arabic_digits(value) if self.arabic_numerals else value

        text = self.tr("%1: %2").replace("%1", isolate(row["reference"])).replace("%2", shown(found.text(self.lang)))
        if len(running) > 1:
            text += " " + self.tr("(+%1 more)").replace("%1", shown(str(len(running) - 1)))
        self.setText("⚠ " + text)
        self.setStyleSheet(URGENT if found.stage in ("overdue", "last_hour", "last_12h") else RUNNING)
        self.setToolTip(self.tr("Personal-data breaches: SDAIA is notified within 72 hours of becoming aware "
                                "(PDPL Art. 20). Click to show the breach."))
        self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.breach_id is not None:
            self.open_breach.emit(self.breach_id)
        super().mousePressEvent(event)
