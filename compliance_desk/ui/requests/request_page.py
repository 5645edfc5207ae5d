"""The data-subject request register's page: the PDPL clock, steps offered by stage, letters, and
the one view of the requester when they are a customer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QToolBar, QWidget

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import REQUEST
from compliance_desk.domain.requests import deadlines
from compliance_desk.domain.requests.rules import NEXT
from compliance_desk.domain.requests.vocab import REQUEST_OUTCOMES, REQUEST_STAGES
from compliance_desk.reports.letter_texts import t as letter_title
from compliance_desk.storage import persons, requests
from compliance_desk.ui.requests.decision_dialog import DecisionDialog
from compliance_desk.ui.requests.hold_banner import ErasureBlocked, person_name
from compliance_desk.ui.requests.person_view import PersonView
from compliance_desk.ui.requests.request_dialog import RequestDialog, RequestStepDialog
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.flow_layout import FlowLayout
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.staged_page import StagedPage, Step

OPEN = ("received", "awaiting_identity", "verified")


def offered(row: dict[str, Any] | None, today: Any) -> set[str]:
    """The steps the request's stage allows (the one extension while the first period runs)."""
    if row is None:
        return set()
    stage = row["stage"]
    steps = set(NEXT.get(stage, ())) - {"decided"}
    if stage in (*OPEN, "decided"):
        steps.add("decide")
    if stage in OPEN and not row.get("extension_days") and row.get("first_due_date") and \
            str(today) <= str(row["first_due_date"]):
        steps.add("extension")
    return steps


class RequestPage(StagedPage):
    IMPORT = "REQUESTS"  # storage.importing.REQUESTS
    HIDE_UNOFFERED = True  # six steps, letters and the person view: only what the stage offers fits 1024 wide

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(REQUEST, settings, lang, parent)
        self.show_warning(None)  # builds the erasure banner under the page's banner

    def steps(self) -> list[Step]:
        return [
            ("awaiting_identity", self.tr("Ask for proof of identity"), lambda: self.step("awaiting_identity"),
             "step_awaiting_identity"),
            ("verified", self.tr("Identity verified…"), lambda: self.step("verified"), "step_verified"),
            ("extension", self.tr("Extend once…"), lambda: self.step("extension"), "step_extension"),
            ("decide", self.tr("Decide rights…"), self.decide, "step_decide"),
            ("answered", self.tr("Record answer…"), lambda: self.step("answered"), "step_answered"),
            ("closed", self.tr("Close request"), lambda: self.step("closed"), "step_closed"),
        ]

    def offered(self, row: dict[str, Any]) -> set[str]:
        assert self.register is not None
        return offered(row, requests.today(self.register))

    def add_tools(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self.letter_action = self._action(self.tr("Letter…"), self.choose_letter, None, "letter")
        self.person_action = self._action(self.tr("One view of the person"), self.show_person, None, "person")
        bar.addAction(self.letter_action)
        bar.addAction(self.person_action)

    def update_tools(self, row: dict[str, Any] | None) -> None:
        self.letter_action.setEnabled(row is not None)
        self.person_action.setEnabled(bool(row and row.get("customer_id")))

    def import_text(self) -> str:
        return self.tr("Import requests…")

    def _make_filters(self) -> FlowLayout:
        row = self.combos_row([
            ("stage", REQUEST_STAGES, self.tr("Any stage")),
            ("rights", v.RIGHTS, self.tr("Any right")),
            ("channel", v.REQUEST_CHANNELS, self.tr("Any channel")),
            ("outcome", REQUEST_OUTCOMES, self.tr("Any outcome")),
        ])
        self.due_filters(row, deadlines.DUE_SOON_DAYS)
        return row

    def dialog_class(self) -> type[RecordDialog]:
        return RequestDialog

    def delete_use_case(self) -> Any:
        return requests.delete

    def _selection_changed(self, *args: Any) -> None:
        super()._selection_changed(*args)
        self.show_warning(self._selected_row())

    def show_warning(self, row: dict[str, Any] | None) -> None:
        """Holds over an erasure, and gagged disclosures: what the officer must know before answering."""
        if not hasattr(self, "erasure_blocked"):  # the page is still being built
            self.erasure_blocked = ErasureBlocked(folded=True)
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.banner) + 1, self.erasure_blocked)
        if not row or not row.get("customer_id") or self.register is None:
            self.banner.hide()
            self.erasure_blocked.show_holds([], "", self.lang)
            return
        person = persons.person(self.register, row["customer_id"])
        lines = []
        if person.gagged:
            lines.append("⚠ " + self.tr("An authority's order forbids telling this person about %1: leave it out "
                                       "of every answer.").replace("%1", ", ".join(d["reference"] for d in person.gagged)))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))
        erasure = "erasure" in (row.get("rights") or [])
        self.erasure_blocked.show_holds(person.holds if erasure else [],
                                        person_name(self.register, row["customer_id"], self.lang), self.lang)

    def step(self, target: str) -> RequestStepDialog | None:
        row = self._selected_row()
        if row is None or self.register is None or self.register.read_only:
            return None
        if target not in offered(row, requests.today(self.register)):
            return None
        dialog = RequestStepDialog(self.register, row["id"], target, self.lang, self)
        dialog.saved.connect(self._after_write)
        dialog.open()
        return dialog

    def decide(self) -> DecisionDialog | None:
        row = self._selected_row()
        if row is None or self.register is None or self.register.read_only:
            return None
        if "decide" not in offered(row, requests.today(self.register)):
            return None
        dialog = DecisionDialog(self.register, row["id"], self.lang, self)
        dialog.saved.connect(self._after_write)
        dialog.open()
        return dialog

    def show_person(self) -> PersonView | None:
        row = self._selected_row()
        if row is None or not row.get("customer_id") or self.register is None:
            return None
        view = PersonView(self.register, row["customer_id"], self.lang, self)
        view.open()
        return view

    def letters(self) -> list[str]:
        from compliance_desk.reports.letters import allowed

        row = self._selected_row()
        if row is None or self.register is None:
            return []
        return allowed(row, requests.rights_of(self.register, row["id"]))

    def choose_letter(self) -> None:
        kinds = self.letters()
        if not kinds:
            return
        names = [letter_title(k, self.lang) for k in kinds]
        chosen, ok = QInputDialog.getItem(self, self.tr("Letter"), self.tr("Which letter?"), names, 0, False)
        if not ok:
            return
        row = self._selected_row()
        assert row is not None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"),
                                              f"{row['reference']}-{kinds[names.index(chosen)]}.pdf", "PDF (*.pdf)")
        if path:
            self.write_letter(kinds[names.index(chosen)], Path(path))

    def write_letter(self, kind: str, path: Path, lang: str | None = None) -> Path | None:
        from compliance_desk.reports.letters import export_letter

        row = self._selected_row()
        if row is None or self.register is None:
            return None
        written, _seal = export_letter(self.register, row["id"], kind, path, lang or self.lang)
        self.changed.emit()
        return written
