"""The third-party disclosure register's page: workflow actions, deadlines, gag warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.dates import written_date
from compliance_desk.domain.disclosures import DUE_SOON_DAYS, NEXT
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.storage import disclosures, importing, records
from compliance_desk.ui.disclosures.disclosure_dialog import DisclosureDialog, StepDialog
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.flow_layout import FlowLayout
from compliance_desk.ui.widgets.format import number, uses_arabic_digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.register_page import RegisterPage


class DisclosurePage(RegisterPage):
    IMPORT = importing.DISCLOSURES

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(DISCLOSURE, settings, lang, parent)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.toolbar) + 1, self.step_bar)

    def _make_toolbar(self) -> QToolBar:
        """The record actions, and under them the workflow's steps in their own row: at the smallest
        window (1024 wide, Arabic labels being longer) one row would fold the last steps away."""
        bar = super()._make_toolbar()
        self.step_bar = QToolBar()
        self.step_bar.setObjectName("step_toolbar")
        self.step_bar.setToolButtonStyle(bar.toolButtonStyle())
        self.step_bar.setIconSize(bar.iconSize())
        self.step_bar.addWidget(QLabel(self.tr("Workflow:")))
        self.step_actions: dict[str, QAction] = {
            "legal_review": self._action(self.tr("Start legal review"), lambda: self.step("legal_review"),
                                         None, "step_legal_review"),
            "decided": self._action(self.tr("Record decision…"), lambda: self.step("decided"), None, "step_decided"),
            "disclosed": self._action(self.tr("Record disclosure…"), lambda: self.step("disclosed"), None,
                                      "step_disclosed"),
            "closed": self._action(self.tr("Close request"), lambda: self.step("closed"), None, "step_closed"),
        }
        for action in self.step_actions.values():
            self.step_bar.addAction(action)
        return bar

    def import_text(self) -> str:
        return self.tr("Import log…")

    def write_actions(self) -> list[QAction]:
        return [*super().write_actions(), *getattr(self, "step_actions", {}).values()]

    def _make_filters(self) -> FlowLayout:
        row = FlowLayout()
        self.filter_combos = {}
        for name, vocabulary, label in [
            ("stage", v.DISCLOSURE_STAGES, self.tr("Any stage")),
            ("requester_type", v.PARTY_TYPES, self.tr("Any requester")),
            ("request_type", v.REQUEST_TYPES, self.tr("Any request type")),
            ("decision", v.DECISIONS, self.tr("Any decision")),
        ]:
            self.filter_combos[name] = self._combo(name, vocabulary, label)
            row.addWidget(self.filter_combos[name])
        self.open_only = self._filter_box("open", self.tr("Unanswered"), row)
        self.due_soon = self._filter_box("due_soon", self.tr("Due within %1 days").replace("%1", number(DUE_SOON_DAYS)),
                                        row)
        self.overdue = self._filter_box("overdue", self.tr("Overdue"), row)
        return row

    def _filters_changed(self) -> None:
        within = -1 if self.overdue.isChecked() else DUE_SOON_DAYS if self.due_soon.isChecked() else None
        self.model.set_query(filters=self.combo_filters(), open_only=self.open_only.isChecked(),
                             due_within_days=within)
        self.count_changed.emit(self.model.total)

    def dialog_class(self) -> type[RecordDialog]:
        return DisclosureDialog

    def delete_use_case(self) -> Any:
        return disclosures.delete

    def _selected_row(self) -> dict[str, Any] | None:
        record_id = self.selected_id()
        return records.get(self.register, DISCLOSURE, record_id) if record_id and self.register else None

    def update_actions(self) -> None:
        """Only the steps that can follow the selected request's stage are offered."""
        super().update_actions()
        if not hasattr(self, "step_actions"):
            return
        row = self._selected_row()
        stage = row["stage"] if row else None
        writable = self.register is not None and not self.register.read_only
        for target, action in self.step_actions.items():
            action.setEnabled(writable and stage is not None and target in NEXT.get(stage, ()))

    def _selection_changed(self, *args: Any) -> None:
        super()._selection_changed(*args)
        self.show_warning(self._selected_row())

    def show_warning(self, row: dict[str, Any] | None) -> None:
        if row and row.get("subject_notification") == "prohibited":
            self.banner.setText("⚠ " + self.tr("The order prohibits telling the subjects about this request. "
                                              "Do not contact or inform the customers concerned."))
            self.banner.show()
        elif row and row.get("subject_notification") == "deferred":
            self.banner.setText("⚠ " + self.tr("Notifying the subjects is deferred until %1.").replace(
                "%1", written_date(row.get("notification_deferred_until"), arabic_numerals=uses_arabic_digits())
                or "?"))
            self.banner.show()
        else:
            self.banner.hide()

    def step(self, target: str) -> StepDialog | None:
        record_id = self.selected_id()
        if record_id is None or self.register is None or self.register.read_only:
            return None
        if target not in NEXT.get(records.get(self.register, DISCLOSURE, record_id)["stage"], ()):
            return None
        dialog = StepDialog(self.register, record_id, target, self.lang, self)
        dialog.saved.connect(self._after_write)
        dialog.open()
        return dialog
