"""The home page: the action queue, grouped by the weight the law gives each kind of deadline.

Groups come in law order (domain.queue.GROUPS): legal deadlines first, then lapsed notification
deferrals, KYC, register upkeep. Each shows its count and its most urgent items; every item opens
its record; items can be filtered, sorted, acknowledged or snoozed with a reason (audited).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain.arabic import normalise
from compliance_desk.domain.dates import arabic_digits, format_date, span_phrase
from compliance_desk.domain.queue import (
    GROUP_LABELS,
    GROUPS,
    Entry,
    QueueItem,
    group_counts,
)
from compliance_desk.domain.vocabularies import QUEUE_STAGES
from compliance_desk.storage import queue as queue_store
from compliance_desk.storage.register import Register
from compliance_desk.ui.queue.queue_rows import MUTED, OVERDUE, ROLE, TODAY, _due_key, item_row  # noqa: F401
from compliance_desk.ui.widgets.format import DisplayOptions
from compliance_desk.ui.widgets.outage import reads

FIRST_ITEMS = 5  # items a folded group shows
MOST_ITEMS = 500  # items an unfolded group shows; the filters narrow the rest
WHEN_WIDTH = 130  # the When column at least; wider when its longest text needs it
NOTE_WIDTH = 170


class QueuePage(QWidget):
    """Emits `open_item` with a QueueItem, `counted` with every entry after each refresh, and
    `marked` after an acknowledgement or snooze was written."""

    open_item = Signal(object)
    counted = Signal(object)
    marked = Signal()

    def __init__(self, lang: str, options: DisplayOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.options = options
        self.register: Register | None = None
        self.entries: list[Entry] = []
        self.unfolded: set[str] = set()
        self.setObjectName("page_queue")
        self.title = QLabel(self.tr("Action queue"))
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("queue_summary")
        self.summary.setWordWrap(True)

        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("queue_filter")
        self.filter_text.setPlaceholderText(self.tr("Filter by name or reference"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(self.show_entries)
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("queue_group")
        self.group_filter.addItem(self.tr("All kinds"), None)
        for group in GROUPS:
            self.group_filter.addItem(self._group_label(group), group)
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("queue_stage")
        self.stage_filter.addItem(self.tr("Any urgency"), None)
        for term in QUEUE_STAGES:
            self.stage_filter.addItem(term.label(lang), term.code)
        self.sort = QComboBox()
        self.sort.setObjectName("queue_sort")
        self.sort.addItem(self.tr("Most urgent first"), "urgency")
        self.sort.addItem(self.tr("By due date"), "due")
        self.sort.addItem(self.tr("By reference"), "reference")
        self.show_marked = QCheckBox(self.tr("Show acknowledged and snoozed"))
        self.show_marked.setObjectName("queue_show_marked")
        for combo in (self.group_filter, self.stage_filter, self.sort):
            combo.currentIndexChanged.connect(self.show_entries)
        self.show_marked.toggled.connect(self.show_entries)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_text, 2)
        filters.addWidget(self.group_filter, 1)
        filters.addWidget(self.stage_filter, 1)
        filters.addWidget(self.sort, 1)
        filters.addWidget(self.show_marked)

        self.toolbar = QToolBar()
        self.open_action = self._action(self.tr("Open record"), self.open_selected, "Return", "queue_open")
        self.acknowledge_action = self._action(self.tr("Acknowledge…"), lambda: self.mark("acknowledged"), None,
                                               "queue_acknowledge")
        self.snooze_action = self._action(self.tr("Snooze…"), lambda: self.mark("snoozed"), None, "queue_snooze")
        self.clear_action = self._action(self.tr("Put back in the queue"), lambda: self.mark("cleared"), None,
                                         "queue_clear")

        self.tree = QTreeWidget()
        self.tree.setObjectName("queue_tree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What to do"), self.tr("Reference"), self.tr("Due"),
                                   self.tr("Note")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # "What to do" takes the rest: at 1 024 px some 270 px, not an elided 150
        for column, width in ((0, WHEN_WIDTH), (2, 115), (3, 95), (4, NOTE_WIDTH)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("Nothing needs your attention now. Deadlines, expiring documents and "
                                    "reviews appear here as they come due."))
        self.empty.setObjectName("queue_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._selection_changed()

    def _action(self, text: str, slot: object, shortcut: str | None, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _group_label(self, group: str) -> str:
        en, ar = GROUP_LABELS[group]
        return ar if self.lang == "ar" else en

    # ------------------------------------------------------------------ data
    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.refresh()

    @reads
    def refresh(self) -> list[Entry]:
        """Recompute the queue from the register and show it."""
        self.entries = queue_store.queue(self.register, clock.today()) if self.register is not None else []
        self.show_entries()
        self.counted.emit(self.entries)
        return self.entries

    def visible(self) -> list[Entry]:
        """The entries the filters let through, in the chosen order (groups always in law order)."""
        words = normalise(self.filter_text.text())
        group, stage = self.group_filter.currentData(), self.stage_filter.currentData()
        shown = [e for e in self.entries
                 if (self.show_marked.isChecked() or not e.hidden)
                 and (group is None or e.item.group == group) and (stage is None or e.item.stage == stage)
                 and (not words or words in normalise(f"{e.item.title_en} {e.item.title_ar} {e.item.reference}"))]
        order = self.sort.currentData()
        if order == "due":
            shown.sort(key=lambda e: (GROUPS.index(e.item.group), _due_key(e.item), e.item.reference))
        elif order == "reference":
            shown.sort(key=lambda e: (GROUPS.index(e.item.group), e.item.reference, e.item.key))
        return shown

    def show_entries(self) -> None:
        selected = self.selected_entry()
        self.tree.clear()
        shown = self.visible()
        counts = {c.group: c for c in group_counts(shown)}
        n = self.options.number
        active = [e for e in self.entries if not e.hidden]
        overdue = sum(e.item.stage == "overdue" for e in active)
        hidden = len(self.entries) - len(active)
        text = self.tr("Items needing action: %1, of which overdue: %2.").replace("%1", n(len(active))).replace(
            "%2", n(overdue))
        if hidden:
            text += " " + self.tr("Acknowledged or snoozed: %1.").replace("%1", n(hidden))
        self.summary.setText(text if self.register is not None else "")
        reselect = None
        for group in GROUPS:
            members = [e for e in shown if e.item.group == group]
            if not members:
                continue
            count = counts.get(group)
            head = QTreeWidgetItem(self.tree, [self._group_title(group, len(members), count.overdue if count else 0,
                                                                 count.today if count else 0)])
            head.setFirstColumnSpanned(True)
            head.setData(0, ROLE, ("group", group))
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setBackground(0, QBrush(QColor("#eef2f7")))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            limit = MOST_ITEMS if group in self.unfolded else FIRST_ITEMS
            for entry in members[:limit]:
                row = self._row(entry)
                self.tree.addTopLevelItem(row)
                if selected is not None and entry.item.key == selected.item.key:
                    reselect = row
            rest = len(members) - limit
            if rest > 0:
                more = QTreeWidgetItem(self.tree, [
                    self.tr("Show all %1 in this group").replace("%1", n(len(members))) if limit == FIRST_ITEMS
                    else self.tr("%1 more: narrow the list with the filters").replace("%1", n(rest))])
                more.setFirstColumnSpanned(True)
                more.setData(0, ROLE, ("more", group))
                more.setForeground(0, QBrush(QColor("#1a5fb4")))
        self._fit_when()
        self.empty.setVisible(self.register is not None and not shown)
        self.tree.setVisible(bool(shown) or self.register is None)
        if reselect is None:  # keyboard first: the most urgent item is ready to open
            reselect = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                             if (self.tree.topLevelItem(i).data(0, ROLE) or ("",))[0] == "item"), None)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self._selection_changed()

    def _fit_when(self) -> None:
        """The When column as wide as its longest text ("Overdue by 244 days" whole, not "Overdue by 244 d…");
        what it takes beyond its usual width comes out of the Note, which elides (its tooltip is whole)."""
        metrics = self.tree.fontMetrics()
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        texts = [item.text(0) for item in items if (item.data(0, ROLE) or ("",))[0] == "item"]
        wanted = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 2 * metrics.averageCharWidth() + 8
        when = max(WHEN_WIDTH, wanted)
        self.tree.setColumnWidth(0, when)
        self.tree.setColumnWidth(4, max(NOTE_WIDTH - (when - WHEN_WIDTH), 100))

    def _group_title(self, group: str, total: int, overdue: int, today: int) -> str:
        n = self.options.number
        text = (self.tr("%1 · 1 item") if total == 1 else self.tr("%1 · %2 items")).replace(
            "%1", self._group_label(group)).replace("%2", n(total))
        sep = "، " if self.lang == "ar" else " · "  # a middle dot reads as an Arabic-Indic zero (٠)
        if overdue:
            text += sep + self.tr("%1 overdue").replace("%1", n(overdue))
        if today:
            text += sep + self.tr("%1 due today").replace("%1", n(today))
        return text

    def _row(self, entry: Entry) -> QTreeWidgetItem:
        return item_row(entry, self.lang, self.options, self.when_text(entry.item), self.note_text(entry))

    # ------------------------------------------------------------------ words
    def when_text(self, item: QueueItem) -> str:
        """'Overdue by 4 days', 'Due today', 'Expires in 20 days', 'Expired on 2011-09-03' …"""
        arabic = self.options.arabic_digits
        if isinstance(item.due, dt.datetime):  # clocks in hours (breaches)
            # whole hours, as the clock's own text counts them ("overdue by 8 h 40 min": 8 hours)
            seconds = (item.due - clock.now()).total_seconds()
            text = span_phrase("overdue", max(1, int(-seconds / 3600)),
                               self.lang, unit="hour", arabic_numerals=arabic) if seconds < 0 \
                else span_phrase("left", int(seconds // 3600), self.lang, unit="hour", arabic_numerals=arabic)
        elif item.due is None:
            text = QUEUE_STAGES.label(item.stage, self.lang) if item.stage != "later" else self.tr("No date")
        else:
            days = (item.due - clock.today()).days
            if item.entity == "document":
                if days < -365:
                    text = self.tr("Expired on %1").replace("%1", format_date(item.due, self.lang,
                                                                               arabic_numerals=arabic))
                elif days < 0:
                    text = span_phrase("expired", -days, self.lang, arabic_numerals=arabic)
                elif days == 0:
                    text = self.tr("Expires today")
                else:
                    text = span_phrase("expires_in", days, self.lang, arabic_numerals=arabic)
            elif days < 0:
                text = span_phrase("overdue", -days, self.lang, arabic_numerals=arabic)
            elif days == 0:
                text = self.tr("Due today")
            else:
                text = span_phrase("due_in", days, self.lang, arabic_numerals=arabic)
        if item.extra.get("emergency"):
            text = self.tr("Emergency — %1").replace("%1", text)
        return text

    def note_text(self, entry: Entry) -> str:
        mark = entry.mark
        detail = entry.item.detail(self.lang)
        if entry.item.group == "breach" and self.options.arabic_digits:  # a clock's hours (no reference in it)
            detail = arabic_digits(detail)
        if mark is None or mark.mark == "cleared" or not entry.hidden:
            return detail
        if mark.mark == "snoozed" and mark.until is not None:
            until = format_date(mark.until, self.lang, arabic_numerals=self.options.arabic_digits)
            return self.tr("Snoozed until %1 by %2: %3").replace("%1", until).replace("%2", mark.by).replace(
                "%3", mark.reason)
        return self.tr("Acknowledged by %1: %2").replace("%1", mark.by).replace("%2", mark.reason)

    # ------------------------------------------------------------------ actions
    def selected_entry(self) -> Entry | None:
        current = self.tree.currentItem()
        data = current.data(0, ROLE) if current is not None else None
        return data[1] if data and data[0] == "item" else None

    def select_key(self, key: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            data = row.data(0, ROLE)
            if data and data[0] == "item" and data[1].item.key == key:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        writable = self.register is not None and not self.register.read_only
        self.open_action.setEnabled(entry is not None)
        for action in (self.acknowledge_action, self.snooze_action):
            action.setEnabled(entry is not None and writable)
        self.clear_action.setEnabled(entry is not None and writable and entry.mark is not None
                                     and entry.mark.mark != "cleared")
        if self.register is not None and self.register.read_only:
            reason = self.tr("Opened read-only: acknowledgements and snoozes cannot be saved.")
            for action in (self.acknowledge_action, self.snooze_action, self.clear_action):
                action.setToolTip(reason)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        data = row.data(0, ROLE)
        if not data:
            return
        if data[0] == "more":
            self.unfolded.add(data[1])
            self.show_entries()
        elif data[0] == "item":
            self.open_item.emit(data[1].item)

    def open_selected(self) -> None:
        current = self.tree.currentItem()
        if current is not None:
            self._activated(current, 0)

    def mark(self, kind: str) -> object:
        """Acknowledge or snooze (asks for the reason), or put back in the queue, the selected item."""
        entry = self.selected_entry()
        if entry is None or self.register is None or self.register.read_only:
            return None
        if kind == "cleared":
            queue_store.mark(self.register, entry.item, "cleared")
            self._after_mark()
            return None
        from compliance_desk.ui.queue.mark_dialog import MarkDialog

        dialog = MarkDialog(self.register, entry.item, kind, self.lang, self.options, self)
        dialog.accepted.connect(self._after_mark)
        dialog.open()
        self.mark_dialog = dialog
        return dialog

    def _after_mark(self) -> None:
        entry = self.selected_entry()
        self.refresh()
        if entry is not None:
            self.select_key(entry.item.key)
        self.marked.emit()
