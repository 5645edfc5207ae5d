"""On a register on a server, officers see each other's saves without reopening it.

Every committed write on the server sends a notice (storage/pg/live.py). The main window checks for
them once a second (a `select` on the connection's socket: no round trip when nothing arrived) and,
when another officer saved, reads the page shown again — keeping its selected record and scroll —
and the action queue (at most every few seconds), the breach clocks and the status bar's seal;
other pages are read when shown, and an open editor whose record was saved elsewhere says so at
once. A lost connection is said in the status bar and retried at each check; once back, everything
is read again (notices sent while it was away are not replayed: the register is the truth).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from compliance_desk.domain.errors import KnownError
from compliance_desk.ui.widgets.outage import OUTAGE

if TYPE_CHECKING:
    from compliance_desk.ui.shell.main_window import MainWindow

INTERVAL_MS = 1000
QUEUE_DELAY_MS = 5000
# one line, bold on the warning colours (style.ALERT's), so it is seen at a glance
LOST_STYLE = ("background: #fdecea; color: #7a0010; font-weight: bold; padding: 1px 8px; "
              "border: 1px solid #e6a1a8; border-radius: 3px;")


class LiveRefresh(QObject):
    """Emits `refreshed` with the changes (storage.pg.live.Change) that made the pages read again."""

    refreshed = Signal(list)

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.register: Any = main.register
        self.live: Any = None
        self.lost = False
        self.stopped = False
        self.label = QLabel()
        self.label.setObjectName("status_live")
        self.label.setWordWrap(False)  # one line
        main.statusBar().addPermanentWidget(self.label)
        self._listen()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # pages not shown are read again when shown (MainWindow._page_changed reads the page's query
        # again); the action queue (every register read: seconds on a large one) at most every few
        # seconds, however often others save
        self.queue_later = QTimer(self)
        self.queue_later.setSingleShot(True)
        self.queue_later.setInterval(QUEUE_DELAY_MS)
        self.queue_later.timeout.connect(main._queue_timer.start)
        # a view that found the server out of reach says it here, once (ui/widgets/outage.py)
        OUTAGE.lost.connect(self._view_lost)

    def _view_lost(self) -> None:
        if not self.lost and self.register.is_open:
            self._set_lost(True)

    def _listen(self) -> None:
        from compliance_desk.storage.pg.live import Live

        old, self.live = self.live, None  # closed once, even when listening again fails (server gone)
        if old is not None:
            with suppress(KnownError):
                old.close()
        self.live = Live(self.register)

    def stop(self) -> None:
        self.stopped = True
        with suppress(RuntimeError, TypeError):
            OUTAGE.lost.disconnect(self._view_lost)
        self.timer.stop()
        self.queue_later.stop()
        if self.live is not None and self.register.is_open:
            try:
                self.live.close()
            except KnownError:
                pass
        self.live = None

    def check(self) -> list[Any]:
        """Refresh the pages if others saved since the last check; returns their changes."""
        register = self.register
        if self.stopped or not register.is_open or self.main.busy or register.conn.in_transaction:
            return []
        try:
            if register.connection_lost:
                register.reconnect()
            if self.live is None or self.live.raw is not register.conn.raw:  # a new connection (here, or a
                # dialog's save), or listening again failed the last time
                self._listen()
                self._set_lost(False)
                self.refresh([])  # what others saved while the connection was down
                return []
            changes = self.live.poll()
            if changes:
                self.refresh(changes)
        except KnownError:  # the server out of reach: said in the status bar, tried again next time
            self._set_lost(True)
            return []
        return list(changes)

    def _set_lost(self, lost: bool) -> None:
        self.lost = lost
        for page in self.main.register_pages():  # no write while the server is away (they would fail)
            page.set_server_out(lost)
        self.label.setStyleSheet(LOST_STYLE if lost else "")
        self.label.setText(self.tr("Server connection lost — retrying") if lost else "")
        if not lost:
            self.label.setToolTip("")
            return
        self.main.statusBar().clearMessage()  # a passing message (e.g. a save's) gives way to this line
        self.label.setToolTip(self.tr("Edits in an open dialog are kept; saving them again retries. "
                                      "The tables are read again once the server answers."))

    def refresh(self, changes: list[Any]) -> None:
        main = self.main
        if main.current_key() not in main._built:  # shown while the server was out of reach: read now
            main.show_current()
        current = main.current_page()
        for page in main.register_pages():
            if page is current:
                page.refresh_kept()
            if page.dialog is not None:  # the record being edited here was saved elsewhere: said at once
                page.dialog.note_change_elsewhere()
        if current is main.queue:
            main._queue_timer.start()
        elif not self.queue_later.isActive():
            self.queue_later.start()  # the counts beside the page names
        main.breach_clock.refresh()
        if current in (main.transparency, main.screening):
            current.refresh()
        main._update_status()  # the seal
        if changes:
            last = changes[-1]
            self.label.setText(self.tr("Updated: %1 saved a change").replace("%1", last.actor))
        self.refreshed.emit(changes)
