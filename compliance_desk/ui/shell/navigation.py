"""The main window's list of pages, each with what is due on it beside its name
("Disclosures · 2 overdue"), wide enough to show that whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from compliance_desk.ui.shell import pages
from compliance_desk.ui.widgets.format import number
from compliance_desk.ui.widgets.icons import icon

if TYPE_CHECKING:
    from compliance_desk.domain.queue import Entry
    from compliance_desk.ui.shell.main_window import MainWindow

# Which page shows the record a queue item is about (new registers add their entity here).
PAGE_OF_ENTITY = {"disclosure": "disclosures", "activity": "activities", "customer": "kyc", "document": "kyc",
                  "screening_hit": "screening", "request": "requests", "breach": "breaches"}


class Navigation(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.list = navigation = QListWidget()
        navigation.setObjectName("navigation")
        navigation.setMaximumWidth(230)
        self.titles = {
            "queue": self.tr("Action queue"),
            "breaches": self.tr("Breaches"),
            "activities": self.tr("Processing activities"),
            "recipients": self.tr("Recipients"),
            "disclosures": self.tr("Disclosures"),
            "transparency": self.tr("Transparency figures"),
            "requests": self.tr("Data-subject requests"),
            "kyc": self.tr("KYC"),
            "screening": self.tr("Sanctions screening"),
            "policy": self.tr("Policy check"),
            "notice": self.tr("Privacy notice"),
        }
        navigation.setIconSize(QSize(20, 20))
        navigation.setSpacing(2)
        for key in pages.KEYS:
            item = QListWidgetItem(icon(key), self.titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            navigation.addItem(item)
        self.fit()
        # New, Edit and Delete also work while the navigation has the focus: they act on the page shown
        for keys, name in ((QKeySequence.StandardKey.New, "new_action"), ("Return", "edit_action"),
                           ("Enter", "edit_action"), (QKeySequence.StandardKey.Delete, "delete_action")):
            shortcut = QShortcut(QKeySequence(keys), navigation)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda name=name: main._page_action(name))

    def fit(self) -> None:
        navigation = self.list
        metrics = navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(navigation.item(i).text()) for i in range(navigation.count()))
        # room for the icon; counts ("· 2 overdue") may widen it, but never squeeze a 1024-wide window
        navigation.setMinimumWidth(min(widest + 52, 220))
        navigation.setMaximumWidth(max(240, min(widest + 52, 320)))
        # the counts arrive after the first paint (the deferred queue): the splitter keeps the width it
        # gave the names alone, so widen the navigation to show them whole, not cut with a scroll bar
        splitter = getattr(self.main, "splitter", None)
        wanted = min(widest + 52, navigation.maximumWidth())
        if splitter is not None and 0 < navigation.width() < wanted:
            sizes = splitter.sizes()
            splitter.setSizes([wanted, max(sum(sizes) - wanted, 0)])

    def update_counts(self, entries: list[Entry]) -> None:
        """'Disclosures · 2 overdue': what waits on each page, beside its name (hidden items aside)."""
        overdue: dict[str, int] = {}
        today: dict[str, int] = {}
        for entry in entries:
            if entry.hidden:
                continue
            for key in ("queue", PAGE_OF_ENTITY.get(entry.item.entity, "")):
                if entry.item.stage == "overdue":
                    overdue[key] = overdue.get(key, 0) + 1
                elif entry.item.stage == "today":
                    today[key] = today.get(key, 0) + 1
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            text = self.titles[key]
            if overdue.get(key):
                text = self.tr("%1 · %2 overdue").replace("%1", text).replace("%2", number(overdue[key]))
            elif today.get(key):
                text = self.tr("%1 · %2 due today").replace("%1", text).replace("%2", number(today[key]))
            item.setText(text)
            item.setToolTip(text)
        self.fit()
