"""The KYC register's page: customers (paged from the register), their status and review dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QToolBar, QWidget

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import records
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.flow_layout import FlowLayout
from compliance_desk.ui.widgets.register_page import RegisterPage

if TYPE_CHECKING:
    from compliance_desk.ui.widgets.record_dialog import RecordDialog


class KycPage(RegisterPage):
    IMPORT = "CUSTOMERS"  # storage.importing.CUSTOMERS

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(CUSTOMER, settings, lang, parent)

    def _make_toolbar(self) -> QToolBar:
        bar = super()._make_toolbar()
        bar.addSeparator()
        self.person_action = self._action(self.tr("One view of the person"), self.show_person, None, "person")
        bar.addAction(self.person_action)
        return bar

    def update_actions(self) -> None:
        super().update_actions()
        if hasattr(self, "person_action"):
            self.person_action.setEnabled(self.selected_id() is not None and self.register is not None)

    def show_person(self) -> Any:
        """What the register holds about the selected customer, and whether it can be erased."""
        from compliance_desk.ui.requests.person_view import PersonView

        customer_id = self.selected_id()
        if customer_id is None or self.register is None:
            return None
        view = PersonView(self.register, customer_id, self.lang, self)
        view.open()
        return view

    def import_text(self) -> str:
        return self.tr("Import customers…")

    def _make_filters(self) -> FlowLayout:
        row = FlowLayout()
        self.filter_combos = {}
        for name, vocabulary, label in [("status", v.CUSTOMER_STATUSES, self.tr("Any status")),
                                        ("risk_rating", v.RISK_RATINGS, self.tr("Any risk"))]:
            self.filter_combos[name] = self._combo(name, vocabulary, label)
            row.addWidget(self.filter_combos[name])
        self.review_due = self._filter_box("review_due", self.tr("Re-verification due"), row)
        self.pep = self._filter_box("pep", self.tr("Politically exposed"), row)
        return row

    def _filters_changed(self) -> None:
        filters = self.combo_filters()
        if self.pep.isChecked():
            filters["pep"] = "1"
        self.model.set_query(filters=filters, review_due_days=0 if self.review_due.isChecked() else None)
        self.count_changed.emit(self.model.total)

    def dialog_class(self) -> type[RecordDialog]:
        from compliance_desk.ui.kyc.kyc_dialogs import CustomerDialog

        return CustomerDialog

    def _open_dialog(self, record_id: int | None, initial: dict[str, Any] | None = None) -> RecordDialog | None:
        if self.register is None or self.register.read_only:
            return None
        from compliance_desk.ui.kyc.kyc_dialogs import CustomerDialog

        dialog = CustomerDialog(self.register, record_id, self.lang, self, initial,
                                address_days=int(self.settings.get("proof_of_address_days")))
        dialog.saved.connect(self._after_write)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_use_case(self) -> Any:
        return lambda register, record_id: records.delete(register, CUSTOMER, record_id)
