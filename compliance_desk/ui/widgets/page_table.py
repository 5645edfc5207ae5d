"""The table side of a register page (ui/widgets/register_page.py): which columns show and how wide,
the filter widgets, the selection, and the detail pane beside or under the table (a mixin)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLayout, QMenu, QTableView

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import Entity
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.detail_pane import DetailPane
from compliance_desk.ui.widgets.fold import Fold
from compliance_desk.ui.widgets.outage import reads
from compliance_desk.ui.widgets.table_model import ID_ROLE, RecordTableModel, column_width

DEFAULT_COLUMNS = {
    "customer": ["reference", "client_ref", "full_name_ar", "full_name_en", "nationality", "risk_rating", "pep",
                 "status", "last_verified", "next_review"],
    "disclosure": ["reference", "deadline", "received_date", "requester_type", "requester_name", "request_type",
                   "due_date", "stage", "decision", "subject_notification"],
    "activity": ["reference", "name_ar", "name_en", "department", "legal_bases", "status", "next_review",
                 "completeness"],
    "recipient": ["reference", "name_ar", "name_en", "recipient_type", "country", "status"],
    "request": ["reference", "deadline", "received_date", "channel", "requester_name", "rights", "due_date", "stage",
                "outcome"],
}


MIN_COLUMN = 64  # a fitted column is never narrower than this
# Rows a column is fitted to: about two screens from the top. Qt's default (1 000) asked the model
# for 80 000 cells before the first paint of a large register, most of the time opening took.
FIT_ROWS = 50


class PageTable:
    """Columns, filters and selection of RegisterPage (which has the view, the model and the rest)."""

    entity: Entity
    lang: str
    settings: Settings
    register: Register | None
    view: QTableView
    model: RecordTableModel
    detail: DetailPane
    fold: Fold
    filter_combos: dict[str, QComboBox]
    _fitted: bool
    count_changed: Any

    def update_actions(self) -> None:
        raise NotImplementedError

    def refresh_actions(self) -> None:
        raise NotImplementedError

    def _filters_changed(self) -> None:
        raise NotImplementedError

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

    def _filter_box(self, name: str, text: str, row: QLayout) -> QCheckBox:
        """A check box in the filter row that re-queries the table when toggled."""
        box = QCheckBox(text)
        box.setObjectName(f"filter_{name}")
        box.toggled.connect(self._filters_changed)
        row.addWidget(box)
        return box

    def combo_filters(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.filter_combos.items() if combo.currentData()}

    def _apply_columns(self) -> None:
        keys = self.settings.columns(self.entity.name) or DEFAULT_COLUMNS.get(self.entity.name)
        for index, column in enumerate(self.model.columns):
            self.view.setColumnHidden(index, bool(keys) and column.key not in keys)

    def _folded(self, narrow: bool) -> None:
        self.detail.set_compact(narrow)
        self._show_detail()

    def _show_detail(self) -> None:
        """Under the table (a narrow window) the detail pane goes while the table is empty: the space is the
        table's, with what to do next."""
        self.detail.setVisible(not (self.fold.narrow and self.model.total == 0))

    def _fit_once(self) -> None:
        """Size the columns to their contents the first time the table has rows (then the officer's widths stay)."""
        if not self._fitted and self.model.total:
            self._fitted = True
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its header and the rows in view need, up to its usual width (longer text is
        elided, whole in the tooltip): at 1 024 px a table shows more than two or three columns."""
        header = self.view.horizontalHeader()
        for index, column in enumerate(self.model.columns):
            if self.view.isColumnHidden(index):
                continue
            title = header.sectionSizeHint(index)  # the title reads whole; long values are elided
            wanted = max(self.view.sizeHintForColumn(index), title)
            self.view.setColumnWidth(index, max(MIN_COLUMN, min(wanted, max(column_width(column), title))))

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
        if visible:
            self.view.setColumnWidth(index, column_width(self.model.columns[index]))
        keys = [c.key for i, c in enumerate(self.model.columns) if not self.view.isColumnHidden(i)]
        self.settings.set_columns(self.entity.name, keys)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        # QTableView.selectRow does nothing in a right-to-left layout; the selection model always works.
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    @reads
    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.select_row(row)

    @reads
    def _selection_changed(self, *_: QItemSelection) -> None:
        self.detail.show_record(self.register, self.selected_id())
        self.refresh_actions()

    @reads
    def refresh_kept(self) -> None:
        """Read the table again after other officers' changes (a server register's notice), keeping
        the selected record selected and the table scrolled where the officer left it."""
        if self.register is None:
            return
        chosen = self.selected_id()
        bars = (self.view.verticalScrollBar(), self.view.horizontalScrollBar())
        positions = [bar.value() for bar in bars]
        self.model.refresh()
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        for bar, position in zip(bars, positions, strict=True):
            bar.setValue(position)
        self.detail.show_record(self.register, self.selected_id())
        self.count_changed.emit(self.model.total)
