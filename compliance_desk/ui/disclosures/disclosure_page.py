"""The third-party disclosure register's page: workflow actions, deadlines, gag warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.dates import written_date
from compliance_desk.domain.disclosures import DUE_SOON_DAYS, NEXT
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.storage import disclosures, records
from compliance_desk.ui.disclosures.disclosure_dialog import DisclosureDialog, StepDialog
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.flow_layout import FlowLayout
from compliance_desk.ui.widgets.format import uses_arabic_digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.staged_page import StagedPage, Step


class DisclosurePage(StagedPage):
    IMPORT = "DISCLOSURES"  # storage.importing.DISCLOSURES

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(DISCLOSURE, settings, lang, parent)

    def steps(self) -> list[Step]:
        return [
            ("legal_review", self.tr("Start legal review"), lambda: self.step("legal_review"), "step_legal_review"),
            ("decided", self.tr("Record decision…"), lambda: self.step("decided"), "step_decided"),
            ("disclosed", self.tr("Record disclosure…"), lambda: self.step("disclosed"), "step_disclosed"),
            ("closed", self.tr("Close request"), lambda: self.step("closed"), "step_closed"),
        ]

    def offered(self, row: dict[str, Any]) -> set[str]:
        return set(NEXT.get(row["stage"], ()))

    def import_text(self) -> str:
        return self.tr("Import log…")

    def _make_filters(self) -> FlowLayout:
        row = self.combos_row([
            ("stage", v.DISCLOSURE_STAGES, self.tr("Any stage")),
            ("requester_type", v.PARTY_TYPES, self.tr("Any requester")),
            ("request_type", v.REQUEST_TYPES, self.tr("Any request type")),
            ("decision", v.DECISIONS, self.tr("Any decision")),
        ])
        self.due_filters(row, DUE_SOON_DAYS)
        return row

    def dialog_class(self) -> type[RecordDialog]:
        return DisclosureDialog

    def delete_use_case(self) -> Any:
        return disclosures.delete

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
