"""A register whose records move through stages (disclosures, requests, breaches): the record
actions on the page's toolbar and, in a row of their own under it, the selected record's workflow
steps — only those its stage offers are enabled — then the page's own tools (letters, notices).

Two rows because one does not fit: at the smallest window (1024 wide), with Arabic labels being
longer, a single toolbar folded the last steps behind its overflow chevron. The filter row of such
a page is its vocabularies' combos, then check boxes ("Unanswered", "Due within N days",
"Overdue") built by `due_filters`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.dates import count_words
from compliance_desk.domain.entities import Entity
from compliance_desk.storage import records
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.flow_layout import FlowLayout
from compliance_desk.ui.widgets.format import uses_arabic_digits
from compliance_desk.ui.widgets.register_page import RegisterPage

Step = tuple[str, str, Callable[[], Any], str]  # key, label, slot, icon name


class StagedPage(RegisterPage):
    HIDE_UNOFFERED = False  # True: steps the stage does not offer are hidden, not only disabled
    HEADED = True  # the step row starts with "Workflow:" (a page whose row is full of notices goes without)

    def __init__(self, entity: Entity, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(entity, settings, lang, parent)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.toolbar) + 1, self.step_bar)

    # ------------------------------------------------------------------ what a page declares
    def steps(self) -> list[Step]:
        raise NotImplementedError

    def offered(self, row: dict[str, Any]) -> set[str]:
        """The steps the record's stage allows now."""
        raise NotImplementedError

    def add_tools(self, bar: QToolBar) -> None:
        """The page's own actions after the steps (letters, notices); none by default."""

    def update_tools(self, row: dict[str, Any] | None) -> None:
        """Enable the page's own actions for the selected record."""

    # ------------------------------------------------------------------ built once
    def _make_toolbar(self) -> QToolBar:
        bar = super()._make_toolbar()
        self.step_bar = QToolBar()
        self.step_bar.setObjectName("step_toolbar")
        self.step_bar.setToolButtonStyle(bar.toolButtonStyle())
        self.step_bar.setIconSize(bar.iconSize())
        if self.HEADED:
            self.step_bar.addWidget(QLabel(self.tr("Workflow:")))
        self.step_actions: dict[str, QAction] = {
            key: self._action(text, slot, None, icon) for key, text, slot, icon in self.steps()}
        for action in self.step_actions.values():
            self.step_bar.addAction(action)
        self.add_tools(self.step_bar)
        return bar

    def write_actions(self) -> list[QAction]:
        return [*super().write_actions(), *getattr(self, "step_actions", {}).values()]

    def _selected_row(self) -> dict[str, Any] | None:
        record_id = self.selected_id()
        return records.get(self.register, self.entity, record_id) if record_id and self.register else None

    def update_actions(self) -> None:
        """Only the steps that can follow the selected record's stage are offered."""
        super().update_actions()
        if not hasattr(self, "step_actions"):
            return
        row = self._selected_row()
        writable = self.register is not None and not self.register.read_only
        steps = self.offered(row) if row is not None and self.register is not None else set()
        for key, action in self.step_actions.items():
            action.setEnabled(writable and key in steps)
            if self.HIDE_UNOFFERED:
                action.setVisible(key in steps)
        self.update_tools(row)

    # ------------------------------------------------------------------ filters
    def combos_row(self, combos: Iterable[tuple[str, v.Vocabulary, str]]) -> FlowLayout:
        """A filter row starting with one combo per (field, vocabulary, "any …" label)."""
        row = FlowLayout()
        self.filter_combos = {}
        for name, vocabulary, label in combos:
            self.filter_combos[name] = self._combo(name, vocabulary, label)
            row.addWidget(self.filter_combos[name])
        return row

    def due_filters(self, row: FlowLayout, due_soon_days: int) -> None:
        """"Unanswered", "Due within N days" and "Overdue", read back by `due_query`."""
        self.due_soon_days = due_soon_days
        self.open_only = self._filter_box("open", self.tr("Unanswered"), row)
        self.due_soon = self._filter_box(
            "due_soon", self.tr("Due within %1").replace("%1", count_words(
                due_soon_days, "day", self.lang, arabic_numerals=uses_arabic_digits())), row)
        self.overdue = self._filter_box("overdue", self.tr("Overdue"), row)

    def _filters_changed(self) -> None:
        within = -1 if self.overdue.isChecked() else self.due_soon_days if self.due_soon.isChecked() else None
        self.model.set_query(filters=self.combo_filters(), open_only=self.open_only.isChecked(),
                             due_within_days=within)
        self.count_changed.emit(self.model.total)
