"""One register's page: its table (paged from the register), filters, actions and record history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import ACTIVITY, RECIPIENT, Entity
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import activities, importing
from compliance_desk.storage.register import Register
from compliance_desk.ui.activities.activity_dialog import ActivityDialog, RecipientDialog
from compliance_desk.ui.shell.errors import show_known
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.history_panel import HistoryPanel
from compliance_desk.ui.widgets.import_dialog import ImportDialog
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.table_model import ID_ROLE, RecordTableModel, column_width

DEFAULT_COLUMNS = {
    "customer": ["reference", "client_ref", "full_name_ar", "full_name_en", "nationality", "risk_rating", "pep",
                 "status", "last_verified", "next_review"],
    "disclosure": ["reference", "deadline", "received_date", "requester_type", "requester_name", "request_type",
                   "due_date", "stage", "decision", "subject_notification"],
    "activity": ["reference", "name_ar", "name_en", "department", "legal_bases", "status", "next_review",
                 "completeness"],
    "recipient": ["reference", "name_ar", "name_en", "recipient_type", "country", "status"],
}


class RegisterPage(QWidget):
    """A page over one entity. Emits `changed` after every write, so the window refreshes its seal."""

    changed = Signal()
    count_changed = Signal(int)
    # pages that import rows from xlsx/csv name their importer and the action's text
    IMPORT: importing.Spec | None = None

    def __init__(self, entity: Entity, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.settings = settings
        self.lang = lang
        self.register: Register | None = None
        self.dialog: RecordDialog | None = None
        self.setObjectName(f"page_{entity.name}")

        self.model = RecordTableModel(entity, lang, self, settings.display(lang))
        self.view = QTableView()
        self.view.setObjectName(f"table_{entity.name}")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(self.model.columns):
            self.view.setColumnWidth(index, column_width(column))
        self.view.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._columns_menu)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(lambda: self.history.show_record(None, self.entity.name, None))
        self._apply_columns()

        self.history = HistoryPanel(lang, options=settings.display(lang))
        self.toolbar = self._make_toolbar()
        filters = self._make_filters()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History of the selected record")))
        history_layout.addWidget(self.history)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c3c00; padding: 6px; border: 1px solid #e0c36a;")
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------------ building
    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.new_action = self._action(self.tr("New"), self.new, QKeySequence.StandardKey.New, "new")
        self.edit_action = self._action(self.tr("Edit"), self.edit, "Return", "edit")
        self.duplicate_action = self._action(self.tr("Duplicate"), self.duplicate, "Ctrl+D", "duplicate")
        self.retire_action = self._action(self.tr("Retire"), self.retire, None, "retire")
        self.delete_action = self._action(self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete, "delete")
        for action in (self.new_action, self.edit_action, self.duplicate_action, self.retire_action,
                       self.delete_action):
            bar.addAction(action)
        if self.entity is not ACTIVITY:
            self.duplicate_action.setVisible(False)
        if self.entity not in (ACTIVITY, RECIPIENT):
            self.retire_action.setVisible(False)
        if self.IMPORT is not None:
            bar.addSeparator()
            self.import_action = self._action(self.import_text(), self.choose_import, None, "import")
            bar.addAction(self.import_action)
        return bar

    def import_text(self) -> str:
        return self.tr("Import…")

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.import_text(), "", self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog | None:
        """Import rows from `path`; bad rows are listed before anything is written."""
        if self.register is None or self.register.read_only or self.IMPORT is None:
            return None
        dialog = ImportDialog(self.register, self.IMPORT, path, self.lang, self)
        dialog.imported.connect(lambda _count: self._after_write())
        dialog.start()
        return dialog

    def _combo(self, name: str, vocabulary: v.Vocabulary, label: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"filter_{name}")
        # Some labels are long ("Government ID (passport, …)"): don't let them widen the window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.addItem(label, None)
        for term in vocabulary:
            combo.addItem(term.label(self.lang), term.code)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _filter_box(self, name: str, text: str, row: QHBoxLayout) -> QCheckBox:
        """A check box in the filter row that re-queries the table when toggled."""
        box = QCheckBox(text)
        box.setObjectName(f"filter_{name}")
        box.toggled.connect(self._filters_changed)
        row.addWidget(box)
        return box

    def combo_filters(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.filter_combos.items() if combo.currentData()}

    def _make_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_combos: dict[str, QComboBox] = {}
        if self.entity is ACTIVITY:
            specs = [("status", v.ACTIVITY_STATUSES, self.tr("Any status")),
                     ("legal_bases", v.LEGAL_BASES, self.tr("Any legal basis")),
                     ("data_categories", v.DATA_CATEGORIES, self.tr("Any data category"))]
        else:
            specs = [("status", v.RECIPIENT_STATUSES, self.tr("Any status")),
                     ("recipient_type", v.PARTY_TYPES, self.tr("Any type"))]
        for name, vocabulary, label in specs:
            self.filter_combos[name] = self._combo(name, vocabulary, label)
            row.addWidget(self.filter_combos[name])
        self.review_due = self._filter_box("review_due", self.tr("Review due"), row)
        self.incomplete = self._filter_box("incomplete", self.tr("Incomplete"), row)
        for box in (self.review_due, self.incomplete):
            box.setVisible(self.entity is ACTIVITY)
        row.addStretch(1)
        return row

    def _apply_columns(self) -> None:
        keys = self.settings.columns(self.entity.name) or DEFAULT_COLUMNS.get(self.entity.name)
        for index, column in enumerate(self.model.columns):
            self.view.setColumnHidden(index, bool(keys) and column.key not in keys)

    def _columns_menu(self, position: Any) -> None:
        menu = QMenu(self)
        for index, column in enumerate(self.model.columns):
            action = menu.addAction(column.header(self.lang))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))
        menu.popup(self.view.horizontalHeader().mapToGlobal(position))

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.view.setColumnHidden(index, not visible)
        keys = [c.key for i, c in enumerate(self.model.columns) if not self.view.isColumnHidden(i)]
        self.settings.set_columns(self.entity.name, keys)

    # ------------------------------------------------------------------ data
    def write_actions(self) -> list[QAction]:
        extra = [self.import_action] if hasattr(self, "import_action") else []
        return [self.new_action, self.edit_action, self.duplicate_action, self.retire_action, self.delete_action,
                *extra]

    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.model.set_register(register)
        self.history.show_record(None, self.entity.name, None)
        for action in self.write_actions():
            action.setEnabled(register is not None and not register.read_only)
        self.count_changed.emit(self.model.total)

    def set_search(self, text: str) -> None:
        self.model.set_query(search=text)
        self.count_changed.emit(self.model.total)

    def _filters_changed(self) -> None:
        self.model.set_query(filters=self.combo_filters(), review_due_days=0 if self.review_due.isChecked() else None,
                             incomplete=self.incomplete.isChecked())
        self.count_changed.emit(self.model.total)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        # QTableView.selectRow does nothing in a right-to-left layout; the selection model always works.
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.select_row(row)

    def _selection_changed(self, *_: QItemSelection) -> None:
        self.history.show_record(self.register, self.entity.name, self.selected_id())

    def _after_write(self, record_id: int | None = None) -> None:
        self.model.refresh()
        if record_id is not None:
            self.select_id(record_id)
        self.history.show_record(self.register, self.entity.name, self.selected_id())
        self.count_changed.emit(self.model.total)
        self.changed.emit()

    # ------------------------------------------------------------------ actions
    def dialog_class(self) -> type[RecordDialog]:
        return ActivityDialog if self.entity is ACTIVITY else RecipientDialog

    def _open_dialog(self, record_id: int | None, initial: dict[str, Any] | None = None) -> RecordDialog | None:
        if self.register is None or self.register.read_only:
            return None
        dialog = self.dialog_class()(self.register, record_id, self.lang, self, initial)  # type: ignore[call-arg]
        dialog.saved.connect(self._after_write)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new(self) -> RecordDialog | None:
        return self._open_dialog(None)

    def edit(self) -> RecordDialog | None:
        record_id = self.selected_id()
        return self._open_dialog(record_id) if record_id is not None else None

    def _run(self, action: Any, *args: Any) -> Any:
        try:
            return action(*args)
        except KnownError as error:
            show_known(self, error, self.lang)
            return None

    def duplicate(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return
        copy = self._run(activities.duplicate_activity, self.register, record_id)
        if copy is not None:
            self._after_write(copy)

    def retire(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return
        retire = activities.retire_activity if self.entity is ACTIVITY else activities.retire_recipient
        self._run(retire, self.register, record_id)
        self._after_write(record_id)

    def delete_use_case(self) -> Any:
        return activities.delete_activity if self.entity is ACTIVITY else activities.delete_recipient

    def delete(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return
        if not ask.confirm(self, self.tr("Delete"),
                           self.tr("Delete this record? The deletion is kept in the audit trail.")):
            return
        self._run(self.delete_use_case(), self.register, record_id)
        self._after_write()

    def draft(self) -> tuple[int | None, dict[str, Any]] | None:
        """Unsaved edits of the open dialog, to keep across a lock; None when there are none."""
        if self.dialog is not None and self.dialog.dirty:
            return self.dialog.record_id, self.dialog.values()
        return None

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.discard()
            self.dialog = None


def page_entities() -> list[Entity]:
    return [ACTIVITY, RECIPIENT]
