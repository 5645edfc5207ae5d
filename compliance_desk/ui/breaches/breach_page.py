"""The personal-data breach register's page: the table with each breach's 72-hour clock to SDAIA,
filters, the stages offered by the selected breach's stage, its steps, its notices."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from compliance_desk.domain import breach_times, clock
from compliance_desk.domain import breaches as rules
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import BREACH
from compliance_desk.domain.messages import isolate
from compliance_desk.storage import breaches, records
from compliance_desk.ui.breaches.breach_dialog import BreachDialog, StageDialog, shown
from compliance_desk.ui.breaches.steps_dialog import StepsDialog
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.flow_layout import FlowLayout
from compliance_desk.ui.widgets.format import digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.register_page import DEFAULT_COLUMNS
from compliance_desk.ui.widgets.staged_page import StagedPage, Step

DEFAULT_COLUMNS.setdefault("breach", ["reference", "clock", "title", "aware_at", "category", "cause", "severity",
                                      "stage", "sdaia_notified_at"])


class BreachPage(StagedPage):
    IMPORT = "BREACHES"  # storage.importing.BREACHES
    HIDE_UNOFFERED = True  # only the steps this stage offers show: the bar and its notices fit 1024 wide
    HEADED = False

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(BREACH, settings, lang, parent)

    def steps(self) -> list[Step]:
        return [
            ("assessed", self.tr("Record assessment…"), lambda: self.step("assessed"), "step_decided"),
            ("notified", self.tr("Record notice to SDAIA…"), lambda: self.step("notified"), "step_disclosed"),
            ("contained", self.tr("Record containment…"), lambda: self.step("contained"), "step_legal_review"),
            ("closed", self.tr("Close breach…"), lambda: self.step("closed"), "step_closed"),
        ]

    def offered(self, row: dict[str, Any]) -> set[str]:
        return set(rules.offered(row))

    def add_tools(self, bar: QToolBar) -> None:
        self.steps_action = self._action(self.tr("Steps…"), self.open_steps, None, "check")
        bar.addAction(self.steps_action)
        bar.addSeparator()
        self.notice_action = self._action(self.tr("Notice to SDAIA…"), lambda: self.write_notice("notice"), None,
                                          "reports")
        self.letter_action = self._action(self.tr("Notice to data subjects…"), lambda: self.write_notice("letter"),
                                          None, "print")
        bar.addAction(self.notice_action)
        bar.addAction(self.letter_action)

    def update_tools(self, row: dict[str, Any] | None) -> None:
        for action in (self.steps_action, self.notice_action):
            action.setEnabled(row is not None)
        self.letter_action.setEnabled(row is not None and row.get("subjects_decision") == "notify")
        self.letter_action.setToolTip(self.letter_tip(row))

    def import_text(self) -> str:
        return self.tr("Import breach log…")

    def _make_filters(self) -> FlowLayout:
        row = self.combos_row([
            ("stage", v.BREACH_STAGES, self.tr("Any stage")),
            ("category", v.BREACH_CATEGORIES, self.tr("Any category")),
            ("cause", v.BREACH_CAUSES, self.tr("Any cause")),
            ("severity", v.BREACH_SEVERITIES, self.tr("Any severity")),
        ])
        self.running = self._filter_box("running", self.tr("SDAIA not yet notified"), row)
        return row

    def _filters_changed(self) -> None:
        self.model.set_query(filters=self.combo_filters(), open_only=self.running.isChecked())
        self.count_changed.emit(self.model.total)

    def dialog_class(self) -> type[RecordDialog]:
        return BreachDialog

    def delete_use_case(self) -> Any:
        return breaches.delete

    def describe(self, record_id: int) -> str:
        assert self.register is not None
        row = records.get(self.register, BREACH, record_id)
        return f"{row['reference']} “{row['title']}”"

    def letter_tip(self, row: dict[str, Any] | None) -> str:
        """Why the letter to the data subjects cannot be written yet, or what it is."""
        decision = (row or {}).get("subjects_decision") or "pending"
        if row is not None and decision == "not_required":
            return self.tr("The data subjects need not be told (decided: not required): no letter is written to them.")
        if row is not None and decision != "notify":
            return self.tr("Record the decision to notify the data subjects first (in the assessment or the "
                           "containment): the letter follows that decision.")
        return self.tr("The notice to the data subjects: a letter (PDF or text) or an e-mail text, in the "
                       "interface's language.")

    def _selection_changed(self, *args: Any) -> None:
        super()._selection_changed(*args)
        self.show_clock(self._selected_row())

    def show_clock(self, row: dict[str, Any] | None) -> None:
        found = rules.clock(row, clock.now()) if row else None
        if found is not None and found.running:
            assert self.register is not None
            deadline = shown(breach_times.moment_text(found.deadline, breaches.org_zone(self.register), self.lang))
            self.banner.setText("⚠ " + self.tr("%1: %2 (deadline %3)").replace("%1", isolate(row["reference"]))
                                .replace("%2", digits(found.text(self.lang))).replace("%3", deadline))
            self.banner.show()
        else:
            self.banner.hide()

    def step(self, target: str) -> StageDialog | None:
        row = self._selected_row()
        if row is None or self.register is None or self.register.read_only:
            return None
        if target not in rules.offered(row):
            return None
        dialog = StageDialog(self.register, row["id"], target, self.lang, self)
        dialog.saved.connect(self._after_write)
        dialog.open()
        self.stage_dialog = dialog
        return dialog

    def write_notice(self, kind: str, path: Path | None = None, fmt: str | None = None) -> Path | None:
        """Write the notice to SDAIA (kind "notice") or to the data subjects ("letter") in the UI's
        language: a PDF, or text to paste (a .txt; for the subjects also a .eml e-mail text)."""
        row = self._selected_row()
        if row is None or self.register is None:
            return None
        if path is None:
            filters = [self.tr("PDF (*.pdf)"), self.tr("Text to paste (*.txt)")]
            if kind == "letter":
                filters.append(self.tr("E-mail text (*.eml)"))
            stem = f"{row['reference']}-{'sdaia-notice' if kind == 'notice' else 'subjects'}-{self.lang}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save notice"), f"{stem}.pdf", ";;".join(filters))
            if not chosen:
                return None
            path = Path(chosen)
        fmt = fmt or {".txt": "txt", ".eml": "email"}.get(path.suffix.lower(), "pdf")
        from compliance_desk.reports.export import export_breach_notice

        register = self.register
        written = self._run(lambda: export_breach_notice(register, row["reference"], path, lang=self.lang, fmt=fmt,
                                                         kind=kind))
        if not written:
            return None
        self.changed.emit()  # the export is audited: the seal moved
        return Path(written[0])

    def open_steps(self) -> StepsDialog | None:
        record_id = self.selected_id()
        if record_id is None or self.register is None:
            return None
        dialog = StepsDialog(self.register, record_id, self.lang, self)
        dialog.changed.connect(lambda: self._after_write(record_id))
        dialog.open()
        self.steps_dialog = dialog
        return dialog
