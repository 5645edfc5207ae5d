"""The main window: navigation between registers, toolbar, search, status bar with the seal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from compliance_desk.domain.entities import ACTIVITY, RECIPIENT
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.disclosures.disclosure_page import DisclosurePage
from compliance_desk.ui.disclosures.transparency_page import TransparencyPage
from compliance_desk.ui.kyc.kyc_page import KycPage
from compliance_desk.ui.policy.policy_page import PolicyPage
from compliance_desk.ui.screening.screening_page import ScreeningPage
from compliance_desk.ui.shell.due_page import DuePage
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.register_page import RegisterPage


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, register: Register, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.settings = settings
        self.lang = lang
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Compliance Desk — %1").replace("%1", register.path.name))
        self.resize(1280, 800)

        self.pages: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget()
        display = settings.display(lang)
        self.due = DuePage(lang, display)
        self.activities = RegisterPage(ACTIVITY, settings, lang)
        self.recipients = RegisterPage(RECIPIENT, settings, lang)
        self.disclosures = DisclosurePage(settings, lang)
        self.transparency = TransparencyPage(lang, display)
        self.kyc = KycPage(settings, lang)
        self.policy = PolicyPage(lang)
        self.screening = ScreeningPage(lang)
        entries: list[tuple[str, str, QWidget]] = [
            ("due", self.tr("Due"), self.due),
            ("activities", self.tr("Processing activities"), self.activities),
            ("recipients", self.tr("Recipients"), self.recipients),
            ("disclosures", self.tr("Disclosures"), self.disclosures),
            ("transparency", self.tr("Transparency figures"), self.transparency),
            ("kyc", self.tr("KYC"), self.kyc),
            ("screening", self.tr("Sanctions screening"), self.screening),
            ("policy", self.tr("Policy check"), self.policy),
        ]
        for key, title, page in entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(page)
            self.pages[key] = page
        self.navigation.currentRowChanged.connect(self._page_changed)
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.navigation.item(i).text()) for i in range(self.navigation.count()))
        self.navigation.setMinimumWidth(widest + 32)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.setMinimumWidth(160)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self._build_actions()
        self._build_status()
        for page in self.register_pages():
            page.set_register(register)
            page.count_changed.connect(self._update_status)
            page.changed.connect(self._update_status)
            page.changed.connect(lambda: self.due.refresh() if self.current_page() is self.due else None)
        self.due.register = register  # (the Due and Transparency pages compute when shown)
        self.transparency.register = register
        self.due.open_record.connect(self.open_record)
        self.policy.set_register(register)
        self.policy.open_record.connect(self.open_reference)
        self.screening.register = register  # (computed when shown)
        self.screening.lists_requested.connect(self.open_lists)
        self.screening.changed.connect(self._update_status)

        keys = [self.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.navigation.count())]
        last = settings.get("last_page")
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)
        geometry = settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(geometry)
        self._update_status()

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setObjectName("lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settings_requested)
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.reports_action = QAction(self.tr("Reports…"), self)
        self.reports_action.setObjectName("reports")
        self.reports_action.setShortcut(QKeySequence.StandardKey.Print)
        self.reports_action.triggered.connect(self.open_reports)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)

        self.lists_action = QAction(self.tr("Sanctions lists…"), self)
        self.lists_action.setObjectName("sanctions_lists")
        self.lists_action.triggered.connect(self.open_lists)
        file_menu = self.menuBar().addMenu(self.tr("&Register"))
        file_menu.addAction(self.reports_action)
        file_menu.addAction(self.lists_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = help_menu.addAction(self.tr("How Compliance Desk works"))
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.show_help)
        self.about_action = help_menu.addAction(self.tr("About Compliance Desk"))
        self.about_action.triggered.connect(self.show_about)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.reports_action)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.settings_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        for action in (self.reports_action, self.lock_action, self.settings_action, self.find_action, quit_action):
            self.addAction(action)

    def _build_status(self) -> None:
        self.path_label = QLabel(str(self.register.path))
        self.path_label.setObjectName("status_path")
        self.count_label = QLabel()
        self.count_label.setObjectName("status_count")
        self.seal_label = QLabel()
        self.seal_label.setObjectName("status_seal")
        self.mode_label = QLabel(self.tr("read-only") if self.register.read_only else "")
        bar = self.statusBar()
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.mode_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.seal_label)

    # ------------------------------------------------------------------ behaviour
    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "activities"

    def current_page(self) -> QWidget:
        return self.pages[self.current_key()]

    def register_pages(self) -> list[RegisterPage]:
        return [self.activities, self.recipients, self.disclosures, self.kyc]

    def show_page(self, key: str) -> None:
        keys = [self.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.navigation.count())]
        self.navigation.setCurrentRow(keys.index(key))

    def open_record(self, key: str, record_id: int) -> None:
        """Show a record on its page (from the Due dashboard), clearing filters that could hide it."""
        self.show_page(key)
        page = self.pages[key]
        if isinstance(page, RegisterPage):
            self.search.clear()
            page.set_search("")
            page.select_id(record_id)

    def _page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.settings.set("last_page", self.current_key())
        page = self.current_page()
        if page in (self.due, self.transparency, self.screening):
            page.refresh()  # computed when shown, not when the window opens
        searchable = isinstance(page, RegisterPage)
        self.search.setEnabled(searchable)
        if searchable:
            page.set_search(self.search.text())
        self._update_status()

    def open_reports(self) -> QWidget | None:
        if self.register.read_only:  # a report export is audited: it needs the register open for writing
            return None
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

    def open_lists(self) -> QWidget:
        from compliance_desk.ui.screening.lists_dialog import ListsDialog

        dialog = ListsDialog(self.register, self.lang, self)
        dialog.changed.connect(lambda: (self.screening.refresh(), self._update_status()))
        dialog.open()
        self.lists_dialog = dialog
        return dialog

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

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _apply_search(self) -> None:
        page = self.current_page()
        if isinstance(page, RegisterPage):
            page.set_search(self.search.text())

    def _update_status(self) -> None:
        if not self.register.is_open:
            return
        page = self.current_page()
        if isinstance(page, RegisterPage):
            count = self.settings.display(self.lang).number(page.model.total)
            self.count_label.setText(self.tr("%1 records").replace("%1", count))
        else:
            self.count_label.setText("")
        seal = self.register.seal()
        self.seal_label.setText(self.tr("Seal %1").replace("%1", seal[:12]))
        self.seal_label.setToolTip(self.tr("Register seal (audit chain head): %1").replace("%1", seal))

    def save_geometry(self) -> None:
        self.settings.set("window_geometry", bytes(self.saveGeometry().data()))

    def clear(self) -> None:
        """Empty every view (on lock): nothing of the register stays on screen."""
        for page in self.register_pages():
            page.close_dialog()
            page.set_register(None)
        self.due.set_register(None)
        self.transparency.set_register(None)
        self.policy.set_register(None)
        self.screening.set_register(None)
        self.search.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
