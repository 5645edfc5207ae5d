"""The main window's menus, toolbar and keyboard shortcuts (its actions are the window's attributes:
`lock_action`, `reports_action`, `verify_action` …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from compliance_desk.ui.shell.maintenance_menu import Maintenance
from compliance_desk.ui.widgets.icons import icon

if TYPE_CHECKING:
    from compliance_desk.ui.shell.main_window import MainWindow


class Menus(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        main.lock_action = QAction(icon("lock"), self.tr("Lock"), main)
        main.lock_action.setObjectName("lock")
        main.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        main.lock_action.triggered.connect(main.lock_requested)
        main.settings_action = QAction(icon("settings"), self.tr("Settings…"), main)
        main.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        main.settings_action.triggered.connect(main.settings_requested)
        main.find_action = QAction(self.tr("Find"), main)
        main.find_action.setShortcut(QKeySequence.StandardKey.Find)
        main.find_action.triggered.connect(main.focus_search)
        main.reports_action = QAction(icon("reports"), self.tr("Reports…"), main)
        main.reports_action.setObjectName("reports")
        main.reports_action.setShortcut(QKeySequence.StandardKey.Print)
        main.reports_action.triggered.connect(main.open_reports)
        quit_action = QAction(self.tr("Quit"), main)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(main.quit_requested)
        main.maintenance = Maintenance(main)
        main.verify_action, main.backup_action, main.restore_action, main.passphrase_action = \
            main.maintenance.actions

        main.check_action = QAction(self.tr("Check a report…"), main)
        main.check_action.setObjectName("check_report")
        main.check_action.triggered.connect(main.open_check_report)
        main.lists_action = QAction(self.tr("Sanctions lists…"), main)
        main.lists_action.setObjectName("sanctions_lists")
        main.lists_action.triggered.connect(main.open_lists)
        file_menu = main.menuBar().addMenu(self.tr("&Register"))
        file_menu.setToolTipsVisible(True)
        file_menu.addAction(main.reports_action)
        file_menu.addSeparator()
        for action in (main.verify_action, main.check_action, main.backup_action, main.restore_action,
                       main.passphrase_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(main.lists_action)
        file_menu.addAction(main.lock_action)
        file_menu.addAction(main.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = main.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(main.find_action)
        help_menu = main.menuBar().addMenu(self.tr("&Help"))
        main.help_action = help_menu.addAction(self.tr("How Compliance Desk works"))
        main.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        main.help_action.triggered.connect(main.show_help)
        main.about_action = help_menu.addAction(self.tr("About Compliance Desk"))
        main.about_action.triggered.connect(main.show_about)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addAction(main.reports_action)
        toolbar.addAction(main.lock_action)
        toolbar.addAction(main.settings_action)
        toolbar.addSeparator()
        toolbar.addWidget(main.search)
        main.addToolBar(toolbar)
        for action in (main.reports_action, main.lock_action, main.settings_action, main.find_action, quit_action):
            main.addAction(action)
