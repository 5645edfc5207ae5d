"""One register's page: its table (paged from the register), filters, actions, and beside the table the
selected record's details and history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import ACTIVITY, RECIPIENT, Entity
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import activities, records
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets import ask, style
from compliance_desk.ui.widgets.detail_pane import DetailPane
from compliance_desk.ui.widgets.empty_state import EmptyState
from compliance_desk.ui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from compliance_desk.ui.widgets.fold import Fold
from compliance_desk.ui.widgets.icons import icon
from compliance_desk.ui.widgets.outage import out_of_reach, reads
from compliance_desk.ui.widgets.page_table import DEFAULT_COLUMNS, FIT_ROWS, MIN_COLUMN, PageTable  # noqa: F401
from compliance_desk.ui.widgets.table_model import RecordTableModel, column_width
from compliance_desk.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:  # the dialogs' modules are imported when a dialog first opens, not with the page
    from compliance_desk.ui.widgets.import_dialog import ImportDialog
    from compliance_desk.ui.widgets.record_dialog import RecordDialog



class RegisterPage(PageTable, QWidget):
    """A page over one entity. Emits `changed` after every write, so the window refreshes its seal."""

    changed = Signal()
    count_changed = Signal(int)
    search_cleared = Signal()  # the page cleared its search (the window empties its search field)
    # pages that import rows from xlsx/csv name their importer (a storage.importing spec, by name: that
    # module is imported when rows are, not with the page) and the action's text
    IMPORT: str | None = None

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
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        for index, column in enumerate(self.model.columns):
            self.view.setColumnWidth(index, column_width(column))
        self.view.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._columns_menu)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(lambda: self.detail.show_record(None, None))
        self.model.modelReset.connect(lambda: self.refresh_actions() if hasattr(self, "edit_action") else None)
        self.model.modelReset.connect(self._fit_once)
        self._fitted = False
        self._apply_columns()

        self.detail = DetailPane(entity, lang, settings.display(lang))
        self.history = self.detail.history
        self.toolbar = self._make_toolbar()
        filters = QWidget()
        filters.setObjectName("filters")
        filters.setLayout(self._make_filters())
        fixed_height_for_width(filters)
        self.empty_state = EmptyState(self.view.viewport())
        self.empty_state.linkActivated.connect(lambda _link: self.clear_filters())
        self.model.modelReset.connect(self._update_empty_state)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("page_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([620, 380])
        self.view.setMinimumWidth(360)
        self.view.setMinimumHeight(160)
        self.detail.setMinimumWidth(220)
        # in a narrow window the detail goes under the table, which keeps the page's whole width
        self.fold = Fold(self, self.splitter, on_fold=self._folded)
        self.model.modelReset.connect(self._show_detail)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(style.WARNING)
        self.banner.hide()
        self.undo_bar = UndoBar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.GAP, 0, style.GAP, style.GAP)
        layout.setSpacing(style.GAP)
        layout.addWidget(self.toolbar)
        layout.addWidget(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

    # ------------------------------------------------------------------ building
    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
        action = QAction(icon(name), text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("page_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(18, 18))
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
        from compliance_desk.storage import importing
        from compliance_desk.ui.widgets.import_dialog import ImportDialog

        dialog = ImportDialog(self.register, getattr(importing, self.IMPORT), path, self.lang, self)
        dialog.imported.connect(lambda _count: self._after_write())
        dialog.start()
        return dialog

    def _make_filters(self) -> FlowLayout:
        row = FlowLayout()
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
        return row

    # ------------------------------------------------------------------ data
    def write_actions(self) -> list[QAction]:
        extra = [self.import_action] if hasattr(self, "import_action") else []
        return [self.new_action, self.edit_action, self.duplicate_action, self.retire_action, self.delete_action,
                *extra]

    def selection_actions(self) -> list[QAction]:
        """Actions on the selected record: disabled while nothing is selected."""
        return [self.edit_action, self.duplicate_action, self.retire_action, self.delete_action]

    def update_actions(self) -> None:
        writable = self.register is not None and not self.register.read_only
        chosen = writable and self.selected_id() is not None
        for action in self.write_actions():
            action.setEnabled(chosen if action in self.selection_actions() else writable)

    server_out = False  # the window found the server out of reach (ui/shell/live_refresh.py)

    def refresh_actions(self) -> None:
        """The actions as the record and the register allow; while the server is out of reach, every
        write action is off and says why (the menus share these actions), until it answers again."""
        self.update_actions()
        out = self.server_out or out_of_reach(self.register)
        for action in self.write_actions():
            if action.property("tip") is None:
                action.setProperty("tip", action.toolTip())
            if out:
                action.setEnabled(False)
                action.setToolTip(self.tr("The server is out of reach: changes wait until it answers again"))
            else:
                action.setToolTip(str(action.property("tip")))

    def set_server_out(self, out: bool) -> None:
        self.server_out = out
        self.refresh_actions()

    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.model.set_register(register)
        self.detail.show_record(None, None)
        self.hide_undo()
        self.refresh_actions()
        self.count_changed.emit(self.model.total)

    @reads
    def set_search(self, text: str) -> None:
        self.model.set_query(search=text)
        self.count_changed.emit(self.model.total)

    @reads
    def _filters_changed(self) -> None:
        self.model.set_query(filters=self.combo_filters(), review_due_days=0 if self.review_due.isChecked() else None,
                             incomplete=self.incomplete.isChecked())
        self.count_changed.emit(self.model.total)

    def filters_active(self) -> bool:
        return bool(self.model.query.search or self.combo_filters()
                    or any(box.isChecked() for box in self.findChildren(QCheckBox) if box.objectName().startswith("filter_")))

    def _update_empty_state(self) -> None:
        """An empty table says why it is empty and what to do next."""
        if self.model.total or self.register is None:
            self.empty_state.show_text(None)
            return
        if self.filters_active():
            text = self.tr("No record matches the search and filters.") + "<br><a href='clear'>" + \
                self.tr("Clear the search and filters") + "</a>"
        elif self.register.read_only:
            text = self.tr("This register holds no records here yet.")
        else:
            text = self.empty_text()
        self.empty_state.show_text(text)

    def empty_text(self) -> str:
        text = self.tr("No records yet. Add the first with New (Ctrl+N).")
        if self.IMPORT is not None:
            text += "<br>" + self.tr("Or import them from a spreadsheet with %1.").replace(
                "%1", self.import_text().rstrip("…"))
        return text

    def clear_filters(self) -> None:
        for combo in self.filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in self.findChildren(QCheckBox):
            if box.objectName().startswith("filter_"):
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self.search_cleared.emit()
        self.model.set_query(search="")
        self._filters_changed()

    def _after_write(self, record_id: int | None = None) -> None:
        self.model.refresh()
        if record_id is not None:
            self.select_id(record_id)
        self.detail.show_record(self.register, self.selected_id())
        self.count_changed.emit(self.model.total)
        self.changed.emit()

    # ------------------------------------------------------------------ actions
    def dialog_class(self) -> type[RecordDialog]:
        from compliance_desk.ui.activities.activity_dialog import ActivityDialog, RecipientDialog

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
        """The use case's result; False when it refused (the officer was told why)."""
        try:
            return action(*args)
        except KnownError as error:
            from compliance_desk.ui.shell.errors import show_known

            show_known(self, error, self.lang)
            return False

    def duplicate(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return
        copy = self._run(activities.duplicate_activity, self.register, record_id)
        if copy:
            self._after_write(copy)

    def describe(self, record_id: int) -> str:
        """The record as the officer knows it: its reference and its name."""
        assert self.register is not None
        row = records.get(self.register, self.entity, record_id)
        names = [row.get(k) for k in (("name_ar", "name_en", "full_name_ar", "full_name_en") if self.lang == "ar"
                                      else ("name_en", "name_ar", "full_name_en", "full_name_ar", "requester_name"))]
        name = next((str(n) for n in names if n), "")
        reference = str(row.get("reference") or "")
        return f"{reference} “{name}”" if name else reference

    def retire(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return
        previous = records.get(self.register, self.entity, record_id).get("status")
        if previous == "retired":
            return
        if not ask.confirm(self, self.tr("Retire"),
                           self.tr("Retire %1? It stays in the register and its history, marked as retired. "
                                   "You can undo this.").replace("%1", self.describe(record_id)),
                           yes=self.tr("Retire"), no=self.tr("Keep")):
            return
        retire = activities.retire_activity if self.entity is ACTIVITY else activities.retire_recipient
        if self._run(retire, self.register, record_id) is False:
            return
        self._after_write(record_id)
        self.undo_bar.offer(self.tr("%1 retired.").replace("%1", self.describe(record_id)),
                            lambda: self._reinstate(record_id, previous))

    def _reinstate(self, record_id: int, status: str | None) -> None:
        if self.register is None or self.register.read_only:
            return
        self._run(records.update, self.register, self.entity, record_id, {"status": status})
        self._after_write(record_id)

    def hide_undo(self) -> None:
        self.undo_bar.dismiss()

    def delete_use_case(self) -> Any:
        return activities.delete_activity if self.entity is ACTIVITY else activities.delete_recipient

    def delete(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return
        if not ask.confirm(self, self.tr("Delete"),
                           self.tr("Delete %1? The deletion is kept in the audit trail.")
                           .replace("%1", self.describe(record_id)),
                           yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        row = self.model.row_of(record_id)
        if self._run(self.delete_use_case(), self.register, record_id) is False:
            return
        self.hide_undo()
        self._after_write()
        if row is not None and self.model.total:  # the next record takes the deleted one's place
            self.select_row(min(row, self.model.total - 1))

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
