"""The main window: navigation between registers (with what is due beside each), search and the pages;
its menus and toolbar are built by ui/shell/menus.py, its status bar by ui/shell/status.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell import pages
from compliance_desk.ui.shell.menus import Menus
from compliance_desk.ui.shell.navigation import PAGE_OF_ENTITY, Navigation
from compliance_desk.ui.shell.pages import Page
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.shell.status import StatusBar
from compliance_desk.ui.widgets.icons import icon
from compliance_desk.ui.widgets.outage import OUT_OF_REACH, OUTAGE, out_of_reach, reads
from compliance_desk.ui.widgets.register_page import RegisterPage

if TYPE_CHECKING:  # each page's module is imported when the page is first shown (ui/shell/pages.py)
    from compliance_desk.domain.queue import Entry, QueueItem
    from compliance_desk.ui.breaches.breach_page import BreachPage
    from compliance_desk.ui.breaches.countdown import BreachCountdown
    from compliance_desk.ui.disclosures.disclosure_page import DisclosurePage
    from compliance_desk.ui.disclosures.transparency_page import TransparencyPage
    from compliance_desk.ui.kyc.kyc_page import KycPage
    from compliance_desk.ui.notice.notice_page import NoticePage
    from compliance_desk.ui.policy.policy_page import PolicyPage
    from compliance_desk.ui.queue.queue_page import QueuePage
    from compliance_desk.ui.requests.request_page import RequestPage
    from compliance_desk.ui.screening.screening_page import ScreeningPage
    from compliance_desk.ui.shell.live_refresh import LiveRefresh
    from compliance_desk.ui.shell.maintenance_menu import Maintenance

class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    restore_requested = Signal(object)  # a RestoreRequest: the controller closes this register first

    # The pages, each built the first time it is shown or asked for (`self.pages[key]` too).
    queue: Page[QueuePage] = Page()
    breaches: Page[BreachPage] = Page()
    activities: Page[RegisterPage] = Page()
    recipients: Page[RegisterPage] = Page()
    disclosures: Page[DisclosurePage] = Page()
    transparency: Page[TransparencyPage] = Page()
    requests: Page[RequestPage] = Page()
    kyc: Page[KycPage] = Page()
    screening: Page[ScreeningPage] = Page()
    policy: Page[PolicyPage] = Page()
    notice: Page[NoticePage] = Page()

    # built by ui/shell/menus.py (the actions) and ui/shell/status.py (the status bar)
    lock_action: QAction
    settings_action: QAction
    find_action: QAction
    reports_action: QAction
    check_action: QAction
    lists_action: QAction
    help_action: QAction
    about_action: QAction
    verify_action: QAction
    backup_action: QAction
    restore_action: QAction
    passphrase_action: QAction
    maintenance: Maintenance
    path_label: QLabel
    count_label: QLabel
    seal_label: QLabel
    mode_label: QLabel
    breach_clock: BreachCountdown

    def __init__(self, register: Register, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.settings = settings
        self.lang = lang
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Compliance Desk — %1").replace("%1", register.path.name))
        self.resize(1280, 800)

        self.pages = pages.Pages(self)
        self._built: dict[str, QWidget] = {}
        self._painted = False  # the window has painted once (the queue's counts wait for it)
        self.nav = Navigation(self)
        self.navigation, self.titles = self.nav.list, self.nav.titles
        self.stack = QStackedWidget()
        self.navigation.currentRowChanged.connect(self._page_changed)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([self.navigation.minimumWidth(), 1000])
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #e8f0fe; color: #0b2e63; padding: 6px; "
                                            "border: 1px solid #9bb7e6;")
        self.read_only_banner.setVisible(register.read_only)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.setMinimumWidth(160)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.menus = Menus(self)
        self.status = StatusBar(self)
        if register.read_only:
            self.read_only_banner.setText(self.status.read_only_reason())
        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(250)
        self._queue_timer.timeout.connect(self._refresh_queue)
        self.breach_clock.set_register(register)
        self.breach_clock.stages_changed.connect(self._queue_timer.start)  # a clock went overdue: recount
        self.navigation.viewport().installEventFilter(self)  # the first paint (see eventFilter)

        keys = [self.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.navigation.count())]
        last = settings.get("last_page")
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)
        if self.current_key() == "queue":
            self.queue.refresh()
        else:
            # The queue reads every register (seconds on a large one) only for the counts beside the page
            # names: computed just after the window has painted its page (issue 22), or when shown.
            self._queue_timer.start()
        geometry = settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(geometry)
        self._update_status()
        self.live: LiveRefresh | None = None  # on a server: others' saves refresh the pages (live_refresh.py)
        if register.engine == "postgresql":
            from compliance_desk.ui.shell.live_refresh import LiveRefresh

            self.live = LiveRefresh(self)

    # ------------------------------------------------------------------ behaviour
    def read_only_reason(self) -> str:
        return self.status.read_only_reason()

    @property
    def busy(self) -> bool:
        """A maintenance task uses the register: no lock until it ends."""
        return self.maintenance.busy

    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "queue"

    def _update_counts(self, entries: list[Entry]) -> None:
        self.nav.update_counts(entries)

    def page(self, key: str) -> QWidget:
        """The page `key`, built (its module imported) the first time it is asked for."""
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = pages.build(self, key)
            self.stack.addWidget(page)
        return page

    def built(self, key: str) -> QWidget | None:
        """The page `key` if it was built, else None (never builds it)."""
        return self._built.get(key)

    def current_page(self) -> QWidget:
        return self.page(self.current_key())

    def register_pages(self) -> list[RegisterPage]:
        """The register pages built so far (one never shown holds no draft and no dialog)."""
        return [page for key in pages.REGISTER_PAGES if isinstance(page := self._built.get(key), RegisterPage)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.navigation.viewport().removeEventFilter(self)
        return False

    @reads
    def _refresh_queue(self) -> None:
        """The queue's computation (the counts beside the page names), never before the first paint."""
        if self.isVisible() and not self._painted:
            self._queue_timer.start()
            return
        self.queue.refresh()

    def show_page(self, key: str) -> None:
        keys = [self.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.navigation.count())]
        self.navigation.setCurrentRow(keys.index(key))

    def open_item(self, item: QueueItem) -> None:
        """Show the record a queue item is about (a document: its customer)."""
        key = PAGE_OF_ENTITY.get(item.entity)
        if key is None:
            return
        record_id = int(item.extra.get("customer_id") or item.record_id) if key == "kyc" else item.record_id
        self.open_record(key, record_id)

    def open_record(self, key: str, record_id: int) -> None:
        """Show a record on its page (from the action queue), clearing filters that could hide it."""
        self.show_page(key)
        page = self.pages[key]
        if isinstance(page, RegisterPage):
            self.search.clear()
            page.set_search("")
            page.select_id(record_id)
        elif key == "screening":
            self.screening.select_hit(record_id)

    def _page_changed(self, _row: int) -> None:
        key = self.current_key()
        fresh = key not in self._built  # built just now: its rows were read for the register, search empty
        if fresh and out_of_reach(self.register):  # built (read) once the server answers (live_refresh.py)
            self.stack.setCurrentWidget(self.status.waiting_page())
            self.search.setEnabled(False)
            self._update_status()
            return
        try:
            page = self.page(key)
        except OUT_OF_REACH:
            OUTAGE.lost.emit()
            self.stack.setCurrentWidget(self.status.waiting_page())
            return
        self._show_page(key, page, fresh)

    def show_current(self) -> None:
        """Show the current page again, built if it was not (the server answers again)."""
        self._page_changed(self.navigation.currentRow())

    @reads
    def _show_page(self, key: str, page: QWidget, fresh: bool) -> None:
        self.stack.setCurrentWidget(page)
        self.settings.set("last_page", key)
        if key == "transparency":
            self.transparency.refresh()  # computed when shown, not when the window opens
        elif key == "screening":
            self.screening.refresh()
        elif key == "queue" and self._queue_timer.isActive():
            self._queue_timer.stop()  # shown before its deferred first computation (see __init__)
            self.queue.refresh()
        searchable = isinstance(page, RegisterPage)
        self.search.setEnabled(searchable)
        if searchable and not (fresh and not self.search.text()):
            page.set_search(self.search.text())
        self._update_status()

    @reads
    def open_reports(self) -> QWidget | None:
        # imported here: reportlab and openpyxl cost a third of a second that start-up need not pay
        from compliance_desk.ui.shell.reports_dialog import ReportsDialog

        reference = ""
        page = self.current_page()
        if isinstance(page, RegisterPage) and page.selected_id() is not None and page.entity.prefix:
            reference = str(records.get(self.register, page.entity, page.selected_id())["reference"])
        dialog = ReportsDialog(self.register, self.settings, self.lang, self, reference)
        dialog.finished.connect(lambda _r: self._update_status())
        dialog.open()
        self.reports_dialog = dialog
        return dialog

    def open_check_report(self) -> QWidget:
        from compliance_desk.ui.audit.check_dialog import CheckReportDialog

        dialog = CheckReportDialog(self.register, self.lang, self)
        dialog.open()
        self.check_dialog = dialog
        return dialog

    def open_lists(self) -> QWidget:
        from compliance_desk.ui.screening.lists_dialog import ListsDialog

        dialog = ListsDialog(self.register, self.lang, self)
        dialog.changed.connect(self._lists_changed)
        dialog.open()
        self.lists_dialog = dialog
        return dialog

    def _lists_changed(self) -> None:
        screening = self.built("screening")
        if screening is not None:
            screening.refresh()  # type: ignore[attr-defined]
        self._update_status()

    def show_help(self) -> None:
        from compliance_desk.ui.shell.help import HelpDialog

        self.help_dialog = HelpDialog(self)
        self.help_dialog.open()

    def show_about(self) -> None:
        from compliance_desk.ui.shell.help import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def open_reference(self, key: str, reference: str) -> None:
        """Show the record with this reference (from a policy-check gap)."""
        page = self.pages[key]
        if isinstance(page, RegisterPage):
            found = records.find_by_reference(self.register, page.entity, reference)
            if found is not None:
                self.open_record(key, int(found["id"]))

    @reads
    def _page_action(self, name: str) -> None:
        page = self.current_page()
        action = getattr(page, name, None) if isinstance(page, RegisterPage) else None
        if action is not None and action.isEnabled() and action.isVisible():
            action.trigger()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @reads
    def _apply_search(self) -> None:
        page = self.current_page()
        if isinstance(page, RegisterPage):
            page.set_search(self.search.text())

    def _update_status(self) -> None:
        self.status.update()

    def save_geometry(self) -> None:
        self.settings.set("window_geometry", bytes(self.saveGeometry().data()))

    def clear(self) -> None:
        """Empty every view (on lock): nothing of the register stays on screen."""
        self._queue_timer.stop()
        if self.live is not None:
            self.live.stop()
        for page in self.register_pages():
            page.close_dialog()
            page.set_register(None)
        self.breach_clock.set_register(None)
        for key in ("queue", "transparency", "policy", "notice", "screening"):
            other = self._built.get(key)
            if other is not None:
                other.set_register(None)  # type: ignore[attr-defined]
        self.search.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
