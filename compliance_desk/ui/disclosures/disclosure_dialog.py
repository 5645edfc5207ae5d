"""Edit a third-party disclosure, and the dialogs of its workflow steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from compliance_desk.domain import clock
from compliance_desk.domain import disclosures as rules
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import ACTIVITY, DISCLOSURE
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.validation import clean
from compliance_desk.storage import disclosures, listing, records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.attachments_panel import AttachmentsPanel
from compliance_desk.ui.widgets.customer_picker import CustomerPicker
from compliance_desk.ui.widgets.record_dialog import TWO_COLUMNS_WIDTH, RecordDialog
from compliance_desk.ui.widgets.record_form import COLUMN, CheckList

REQUEST = ["received_date", "channel", "requester_type", "requester_name", "requester_contact",
           "requester_reference", COLUMN, "request_type", "legal_ground", "jurisdiction", "emergency", "due_date"]
DATA = ["subject_count", "accounts", "categories_requested", COLUMN, "categories_disclosed", "content_type",
        "subject_notification", "notification_deferred_until"]  # (the two category lists, whole, side by side)
REVIEW = ["legal_review_required", "counsel_name", "review_date", "legal_opinion"]
DECISION = ["decision", "decision_reason", "decided_on", "decided_by", COLUMN, "disclosed_date",
            "disclosure_method", "disclosure_volume", "closed_date", "notes"]

# The fields each workflow step asks for.
STEPS: dict[str, list[str]] = {
    "legal_review": ["counsel_name", "review_date"],
    "decided": ["decision", "decision_reason", "counsel_name", "review_date", "legal_opinion", "decided_on"],
    "disclosed": ["disclosed_date", "disclosure_method", "categories_disclosed", "content_type",
                  "disclosure_volume", "subject_notification", "notification_deferred_until"],
    "closed": ["closed_date", "notes"],
}
# how a step lays its fields out: the disclosure's list of data categories, whole, beside the rest
STEP_LAYOUT = {**STEPS, "disclosed": ["disclosed_date", "disclosure_method", "categories_disclosed", COLUMN,
                                      "content_type", "disclosure_volume", "subject_notification",
                                      "notification_deferred_until"]}


class DisclosureDialog(RecordDialog):
    GROUPS = [
        ("Request", "الطلب", REQUEST),
        ("Subjects and data", "أصحاب البيانات والبيانات", DATA),
        ("Legal review", "المراجعة القانونية", REVIEW),
        ("Decision and disclosure", "القرار والإفصاح", DECISION),
    ]

    def __init__(self, register: Register, record_id: int | None, lang: str,
                 parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        self._activity_choices = listing.choices(register, ACTIVITY, "name_ar" if lang == "ar" else "name_en")
        self._links = disclosures.links(register, record_id) if record_id is not None else ([], [])
        self._auto_due: str | None = None
        row = records.get(register, DISCLOSURE, record_id) if record_id is not None else {}
        self.stage = row.get("stage", "received")
        if record_id is None:  # received today unless the officer says otherwise (not an edit of theirs)
            initial = {"received_date": clock.today().isoformat(), **(initial or {})}
        super().__init__(DISCLOSURE, register, record_id, lang, self._save_disclosure, parent, initial)
        if self.stage == "closed":
            self.set_read_only(self.tr("This request is closed: it can be read, not changed."))

    def _extra_tabs(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.subjects = CustomerPicker(self.register, self.lang)
        self.subjects.setObjectName("subjects")
        self.subjects.set_ids(list(self._links[0]))
        self.subjects.changed.connect(self._on_changed)
        layout.addWidget(self.subjects, 1)
        layout.addWidget(QLabel(self.tr("Processing activities concerned")))
        self.activities = CheckList(list(self._activity_choices))
        self.activities.setObjectName("activities")
        self.activities.set_checked(self._links[1])
        self.activities.changed.connect(self._on_changed)
        layout.addWidget(self.activities, 1)
        self.tabs.insertTab(2, page, self.tr("Customers and activities"))
        self.attachments = AttachmentsPanel(self.register, "disclosure", self.record_id, self.lang,
                                            ensure_owner=self.saved_id)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stage")
        self.layout().insertWidget(0, self.stage_label)

    def _load(self, row: dict[str, Any]) -> None:
        super()._load(row)
        if "_customers" in row:
            self.subjects.set_ids(list(row["_customers"]))
        if "_activities" in row:
            self.activities.set_checked(list(row["_activities"]))

    def extra_values(self) -> dict[str, Any]:
        if not hasattr(self, "activities"):
            return {}
        return {"_customers": self.subjects.ids(), "_activities": self.activities.checked()}

    def _on_changed(self) -> None:
        self._default_due_date()
        super()._on_changed()
        if hasattr(self, "stage_label"):
            stage = getattr(self, "stage", "received")
            self.stage_label.setText(self.tr("Stage: %1").replace("%1", v.DISCLOSURE_STAGES.label(stage, self.lang)))

    def _default_due_date(self) -> None:
        """Follow the request type's default answer time until the officer types a date of their own."""
        if not self.forms:
            return
        editors = self.forms[0].editors
        due = editors["due_date"]
        if due.value() and due.value() != self._auto_due:
            return
        try:
            parsed = clean(DISCLOSURE, {k: editors[k].value() for k in ("received_date", "request_type", "emergency")},
                           partial=True)
        except ValidationError:
            return
        if parsed.get("received_date") and parsed.get("request_type"):
            self._auto_due = rules.default_due_date(parsed["received_date"], parsed["request_type"],
                                                    bool(parsed.get("emergency")))
            if due.value() != self._auto_due:
                due.widget.blockSignals(True)
                due.set_value(self._auto_due)
                due.widget.blockSignals(False)

    def check(self, values: dict[str, Any]) -> None:
        cleaned = clean(DISCLOSURE, {**values, "stage": getattr(self, "stage", "received")})
        rules.check(cleaned)

    @staticmethod
    def _save_disclosure(register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        values = dict(values)
        customers = values.pop("_customers", [])
        activity_ids = values.pop("_activities", None)
        values.pop("stage", None)
        return disclosures.update(register, record_id, values, customers, activity_ids)


class StepDialog(RecordDialog):
    """One workflow step: the step's fields, checked against the request as it will stand."""

    TITLES = {"legal_review": ("Start legal review", "بدء المراجعة القانونية"),
              "decided": ("Record the decision", "تسجيل القرار"),
              "disclosed": ("Record the disclosure", "تسجيل الإفصاح"),
              "closed": ("Close the request", "إغلاق الطلب")}

    def __init__(self, register: Register, record_id: int, target: str, lang: str,
                 parent: QWidget | None = None) -> None:
        self.target = target
        self.current = records.get(register, DISCLOSURE, record_id)
        en, ar = self.TITLES[target]
        self.GROUPS = [(en, ar, STEP_LAYOUT[target])]
        initial = {"decided_on": clock.today().isoformat(), "disclosed_date": clock.today().isoformat(),
                   "closed_date": clock.today().isoformat(), "review_date": clock.today().isoformat()}
        if target == "decided" and self.current.get("decision") == "pending":
            initial["decision"] = None
        super().__init__(DISCLOSURE, register, record_id, lang, self._advance, parent,
                         {k: v for k, v in initial.items() if k in STEPS[target] and not self.current.get(k)})
        self.setWindowTitle(f"{ar if lang == 'ar' else en} — {self.current['reference']}[*]")
        # as tall as the step's fields need (a decision with its opinion), within the smallest window
        width = TWO_COLUMNS_WIDTH if self.forms[0].columns > 1 else 620
        self.resize(width, min(640, max(420, self.forms[0].sizeHint().height() + 180)))

    def check(self, values: dict[str, Any]) -> None:
        step = clean(DISCLOSURE, {k: v for k, v in values.items() if k in STEPS[self.target]}, partial=True)
        rules.check({**self.current, **step, "stage": self.target})

    def _advance(self, register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        assert record_id is not None
        disclosures.advance(register, record_id, self.target,
                            {k: v for k, v in values.items() if k in STEPS[self.target]})
        return record_id

    @property
    def dirty(self) -> bool:
        return False  # a step either happens or not; cancelling loses nothing already recorded
