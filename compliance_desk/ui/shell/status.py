"""The main window's status bar: the register's path, how many records the page shows, read-only or
not, the breach clocks and the seal; on a server, the live line (ui/shell/live_refresh.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from compliance_desk.storage.lock import holder_info
from compliance_desk.ui.breaches.countdown import BreachCountdown
from compliance_desk.ui.widgets.format import digits
from compliance_desk.ui.widgets.outage import OUT_OF_REACH, OUTAGE
from compliance_desk.ui.widgets.register_page import RegisterPage

if TYPE_CHECKING:
    from compliance_desk.ui.shell.main_window import MainWindow


class StatusBar(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        register = main.register
        main.path_label = QLabel(str(register.path))
        main.path_label.setObjectName("status_path")
        main.count_label = QLabel()
        main.count_label.setObjectName("status_count")
        main.seal_label = QLabel()
        main.seal_label.setObjectName("status_seal")
        main.mode_label = QLabel(self.tr("read-only") if register.read_only else "")
        main.mode_label.setObjectName("status_mode")
        main.breach_clock = BreachCountdown(main.lang, main.settings.display(main.lang).arabic_digits)
        main.breach_clock.open_breach.connect(lambda breach_id: main.open_record("breaches", breach_id))
        bar = main.statusBar()
        bar.addWidget(main.path_label, 1)
        bar.addPermanentWidget(main.breach_clock)
        bar.addPermanentWidget(main.mode_label)
        bar.addPermanentWidget(main.count_label)
        bar.addPermanentWidget(main.seal_label)

    _waiting: QLabel | None = None

    def waiting_page(self) -> QLabel:
        """What a page not read yet shows while the server is out of reach."""
        if self._waiting is None:
            self._waiting = QLabel(self.tr("This page will be shown when the server answers again; the app retries every second."))
            self._waiting.setObjectName("waiting_for_server")
            self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._waiting.setWordWrap(True)
            self.main.stack.addWidget(self._waiting)
        return self._waiting

    def read_only_reason(self) -> str:
        """Why nothing can be changed: who holds the register for writing, when known."""
        register = self.main.register
        if register.engine == "postgresql":
            return self.tr("Opened read-only: your login %1 may read this register on the server but not change "
                           "it. You can read every record and produce every report.").replace("%1", register.actor)
        info = holder_info(register.path)
        rest = self.tr("You can read every record and produce every report; changes, imports and queue "
                       "acknowledgements are off until you open the register again when it is free.")
        if info is None:
            return self.tr("Opened read-only.") + " " + rest
        holder = self.tr("%1 on %2").replace("%1", info["user"]).replace("%2", info["host"])
        return self.tr("Opened read-only: %1 has this register open for changes since %2.").replace(
            "%1", holder).replace("%2", digits(info["since"])) + " " + rest

    def update(self) -> None:
        """The count of the page shown and the seal."""
        main = self.main
        if not main.register.is_open:
            return
        page = main.built(main.current_key())  # (a page not read yet while the server is out of reach)
        if isinstance(page, RegisterPage):
            main.count_label.setText(self.tr("%Ln record(s)", "", page.model.total))
        else:
            main.count_label.setText("")
        try:
            seal = main.register.seal()
        except OUT_OF_REACH:  # the seal shown stays; the live line says the server is out of reach
            OUTAGE.lost.emit()
            return
        main.seal_label.setText(self.tr("Seal %1").replace("%1", seal[:12]))
        main.seal_label.setToolTip(self.tr("Register seal (audit chain head): %1").replace("%1", seal))
