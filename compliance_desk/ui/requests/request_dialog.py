"""Edit a data-subject request, and the dialogs of its workflow steps (the one extension among them)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from compliance_desk.domain import clock
from compliance_desk.domain.dates import count_words, format_date, latin_digits
from compliance_desk.domain.entities import ACTIVITY, REQUEST
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.identifiers import mask
from compliance_desk.domain.requests import deadlines
from compliance_desk.domain.requests.vocab import REQUEST_STAGES
from compliance_desk.domain.vocabularies import DOCUMENT_TYPES
from compliance_desk.storage import kyc, listing, records, requests
from compliance_desk.storage.clocks import time_zone
from compliance_desk.storage.lock import person_name
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.attachments_panel import AttachmentsPanel
from compliance_desk.ui.widgets.customer_picker import CustomerPicker
from compliance_desk.ui.widgets.format import number, uses_arabic_digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.record_form import CheckList

RECEIPT = ["received_at", "channel", "requester_name", "requester_contact", "on_behalf", "subject_name",
           "authority_proof", "rights", "data_concerned", "fee_asked", "fee_paid", "notes"]
IDENTITY = ["identity_requested_on", "identity_method", "identity_checked_by", "identity_verified_on"]

# The fields each workflow step asks for ("extension" is the one extension, not a stage).
STEPS: dict[str, list[str]] = {
    "awaiting_identity": ["identity_requested_on"],
    "verified": ["identity_method", "identity_checked_by", "identity_verified_on"],
    "extension": ["extension_reason", "extension_details", "extension_notice_on", "extension_notice_method",
                  "extension_days"],
    "answered": ["response_date", "response_method"],
    "closed": ["closed_date", "notes"],
}


def now_local(register: Register) -> str:
    """Now in the organisation's time zone, as the received-at field shows it."""
    return clock.now().astimezone(time_zone(register)).strftime("%Y-%m-%d %H:%M")


class RequestDialog(RecordDialog):
    GROUPS = [
        ("Request", "الطلب", RECEIPT),
        ("Identity", "الهوية", IDENTITY),
    ]
    EXTRA_LABELS = {"_customer": ("Customer", "العميل")}

    def __init__(self, register: Register, record_id: int | None, lang: str,
                 parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        self._activity_choices = listing.choices(register, ACTIVITY, "name_ar" if lang == "ar" else "name_en")
        self._activities = requests.links(register, record_id) if record_id is not None else []
        self._current = records.get(register, REQUEST, record_id) if record_id is not None else None
        self.stage = (self._current or {}).get("stage", "received")
        if record_id is None:
            initial = {"received_at": now_local(register), **(initial or {})}
        super().__init__(REQUEST, register, record_id, lang, self._save_request, parent, initial)
        if self.stage == "closed":
            self.set_read_only(self.tr("This request is closed: it can be read, not changed."))

    def _extra_tabs(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The requester, when they are a customer")))
        self.customer = CustomerPicker(self.register, self.lang)
        self.customer.setObjectName("requester_customer")
        current = (self._current or {}).get("customer_id")
        self.customer.set_ids([current] if current else [])
        self.customer.changed.connect(self._on_changed)
        layout.addWidget(self.customer, 1)
        layout.addWidget(QLabel(self.tr("Processing activities concerned")))
        self.activities = CheckList(list(self._activity_choices))
        self.activities.setObjectName("activities")
        self.activities.set_checked(self._activities)
        self.activities.changed.connect(self._on_changed)
        layout.addWidget(self.activities, 1)
        self.tabs.insertTab(1, page, self.tr("Customer and activities"))
        # the letter received, the proof of identity, the response sent (IR Art. 3: the request is recorded)
        self.attachments = AttachmentsPanel(self.register, "request", self.record_id, self.lang,
                                            ensure_owner=self.saved_id)
        self.tabs.addTab(self.attachments, self.tr("Letters and documents"))
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.clock_label.setWordWrap(True)
        self.layout().insertWidget(0, self.clock_label)

    def _load(self, row: dict[str, Any]) -> None:
        """The receipt reads as the organisation's local date and time ("2026-03-06 01:30"), as typed."""
        moment = row.get("received_at")
        if moment and "T" in str(moment):
            try:
                local = deadlines.received_moment(moment, time_zone(self.register))
                row = {**row, "received_at": local.strftime("%Y-%m-%d %H:%M")}
            except ValueError:
                pass
        super()._load(row)

    def extra_values(self) -> dict[str, Any]:
        if not hasattr(self, "activities"):
            return {}
        ids = self.customer.ids()
        return {"_customer": ids[0] if ids else None, "_customers": ids, "_activities": self.activities.checked()}

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        if hasattr(self, "customer") and len(self.customer.ids()) > 1:
            return {"_customer": self.tr("Choose one customer: the requester.")}
        return {}

    def _on_changed(self) -> None:
        super()._on_changed()
        if hasattr(self, "clock_label"):
            self.clock_label.setText(self.clock_text())

    def clock_text(self) -> str:
        """'Stage: Received — due 2026-07-02 (…AH): 30 days from receipt (Asia/Riyadh)'."""
        stage = REQUEST_STAGES.label(self.stage, self.lang)
        try:
            preview = requests.preview(self.register, self._request_values(), self._current)
        except ValidationError:
            return self.tr("Stage: %1").replace("%1", stage)
        due = format_date(preview.get("due_date"), self.lang, with_hijri=True)
        zone = str(getattr(time_zone(self.register), "key", deadlines.DEFAULT_ZONE))
        return self.tr("Stage: %1 — due %2: 30 days from receipt, counted in %3").replace("%1", stage).replace(
            "%2", due).replace("%3", zone)

    def _request_values(self) -> dict[str, Any]:
        values = {k: v for k, v in self.values().items() if not k.startswith("_")}
        values["customer_id"] = self.extra_values().get("_customer")
        return values

    def check(self, values: dict[str, Any]) -> None:
        requests.preview(self.register, {**values, "customer_id": self.extra_values().get("_customer")},
                         self._current)

    @staticmethod
    def _save_request(register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        values = dict(values)
        customer = values.pop("_customer", None)
        values.pop("_customers", None)
        activity_ids = values.pop("_activities", None)
        values.pop("stage", None)
        values["customer_id"] = customer
        return requests.update(register, record_id, values, activity_ids)


def checked_by(register: Register) -> str:
    """Who verifies the identity, as a person: the officer's name from Settings, else the OS account's
    full name, else "the data protection officer" — never a bare account name such as "root"."""
    return person_name(register.actor) or QCoreApplication.translate("RequestStepDialog",
                                                                      "the data protection officer")


class RequestStepDialog(RecordDialog):
    """One workflow step (or the one extension): its fields, checked against the request as it will stand."""

    EXTRA_LABELS = {"_reasons_told": ("Advance notice", "الإبلاغ المسبق")}

    TITLES = {"awaiting_identity": ("Ask for proof of identity", "طلب إثبات الهوية"),
              "verified": ("Record the identity check", "تسجيل التحقق من الهوية"),
              "extension": ("Extend once, with advance notice", "التمديد مرة واحدة مع إبلاغ مسبق"),
              "answered": ("Record the answer", "تسجيل الرد"),
              "closed": ("Close the request", "إغلاق الطلب")}

    def __init__(self, register: Register, record_id: int, target: str, lang: str,
                 parent: QWidget | None = None) -> None:
        self.target = target
        self.current = records.get(register, REQUEST, record_id)
        en, ar = self.TITLES[target]
        self.GROUPS = [(en, ar, STEPS[target])]
        day = requests.today(register).isoformat()
        initial = {"identity_requested_on": day, "identity_verified_on": day, "identity_checked_by": checked_by(register),
                   "extension_notice_on": day, "extension_days": deadlines.MAX_EXTENSION_DAYS,
                   "response_date": day, "closed_date": day}
        super().__init__(REQUEST, register, record_id, lang, self._advance, parent,
                         {k: v for k, v in initial.items() if k in STEPS[target] and not self.current.get(k)})
        self.setWindowTitle(f"{ar if lang == 'ar' else en} — {self.current['reference']}[*]")
        self.resize(620, 420)
        if target == "extension":
            self._extension_box()
            self.resize(640, 600)

    # The entity's labels say "Extension: …" where they stand among the request's other fields; in the
    # extension's own dialog the title already says it.
    PREFIXES = ("Extension: ", "التمديد: ")

    def _extension_box(self) -> None:
        """The new due date, live as the officer types, and their word that the requester was told in
        advance, with the reasons (PDPL IR Art. 3(1)(a)): no extension is saved without it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new_due = QLabel()
        self.new_due.setObjectName("new_due")
        self.new_due.setWordWrap(True)
        self.new_due.setStyleSheet(style.NOTICE)
        self.reasons_told = QCheckBox(self.tr("I told the requester of this extension in advance, before the "
                                              "first due date, with the reasons above."))
        self.reasons_told.setObjectName("reasons_told")
        self.reasons_told.toggled.connect(self._on_changed)
        layout.addWidget(self.new_due)
        layout.addWidget(self.reasons_told)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.tabs) + 1, box)
        for label in self.findChildren(QLabel):
            if label.buddy() is not None:
                label.setText(self._unprefixed(label.text()))
        # the days in the display setting's digits (read back as 0–9)
        days = self.forms[0].editors["extension_days"].widget
        assert isinstance(days, QLineEdit)
        days.setText(number(latin_digits(days.text())))
        self._initial = self.values()
        # the notice sent (letter, e-mail) is attached to the request
        self.attachments = AttachmentsPanel(self.register, "request", self.record_id, self.lang)
        self.attachments.setObjectName("extension_notice_files")
        self.tabs.addTab(self.attachments, self.tr("The notice sent"))
        self._on_changed()

    def _unprefixed(self, text: str) -> str:
        for prefix in self.PREFIXES:
            if text.startswith(prefix):
                rest = text[len(prefix):]
                return rest[:1].upper() + rest[1:]
        return text

    def label_of(self, name: str) -> str:
        label = super().label_of(name)
        return self._unprefixed(label) if self.target == "extension" else label

    def values(self) -> dict[str, Any]:
        values = super().values()
        if isinstance(values.get("extension_days"), str):
            values["extension_days"] = latin_digits(values["extension_days"]).strip()
        return values

    def _on_changed(self) -> None:
        super()._on_changed()
        if getattr(self, "new_due", None) is not None:
            self.new_due.setText(self.new_due_text())

    def new_due_text(self) -> str:
        """'New due date: 2026-07-31 (…): the first due date, 2026-07-01, + 30 days', or why it does not move."""
        first = self.current.get("first_due_date")
        shown = functools.partial(format_date, lang=self.lang, with_hijri=True, arabic_numerals=uses_arabic_digits())
        values = self.values()
        try:
            days = int(latin_digits(str(values.get("extension_days") or "")).strip())
        except ValueError:
            days = 0
        if not first:
            return ""
        first_day = dt.date.fromisoformat(str(first)[:10])
        if not 0 < days <= deadlines.MAX_EXTENSION_DAYS:
            return self.tr("The answer stays due on %1: an extension is 1 to %2 days.").replace(
                "%1", shown(first_day)).replace("%2", number(deadlines.MAX_EXTENSION_DAYS))
        notice = values.get("extension_notice_on")
        if notice and str(notice)[:10] > first_day.isoformat():
            return self.tr("Told after the first due date (%1): the period is not extended; the answer stays due "
                           "on %1.").replace("%1", shown(first_day))
        return self.tr("New due date: %1 — the first due date, %2, plus %3.").replace(
            "%1", shown(first_day + dt.timedelta(days=days))).replace("%2", shown(first_day)).replace(
            "%3", count_words(days, "day", self.lang, arabic_numerals=uses_arabic_digits()))

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        told = getattr(self, "reasons_told", None)
        if told is not None and not told.isChecked():
            return {"_reasons_told": self.tr("tick the box once the requester has been told, with the reasons")}
        if told is not None and not values.get("extension_notice_method"):
            return {"extension_notice_method": self.tr("say how the requester was told (letter, e-mail, phone or "
                                                       "in person)")}
        return {}

    def _extra_tabs(self) -> None:
        """For the identity check of a customer: which of their KYC documents was seen."""
        self.document: QComboBox | None = None
        if self.target != "verified" or not self.current.get("customer_id"):
            return
        self.document = QComboBox()
        self.document.setObjectName("identity_document")
        self.document.addItem("—", None)
        for document in kyc.documents_of(self.register, self.current["customer_id"]):
            text = " ".join(p for p in (DOCUMENT_TYPES.label(document["doc_type"], self.lang),
                                        mask(document.get("number")), document.get("expiry_date") or "") if p)
            self.document.addItem(text, document["id"])
        if self.current.get("identity_document_id"):
            self.document.setCurrentIndex(max(0, self.document.findData(self.current["identity_document_id"])))
        elif self.document.count() > 1:
            self.document.setCurrentIndex(1)
        self.document.currentIndexChanged.connect(self._on_changed)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Identity document seen (from the customer's KYC record)")))
        layout.addWidget(self.document)
        self.layout().insertWidget(1, row)

    def extra_values(self) -> dict[str, Any]:
        document = getattr(self, "document", None)
        return {"identity_document_id": document.currentData()} if document is not None else {}

    def check(self, values: dict[str, Any]) -> None:
        step = {k: v for k, v in values.items() if k in STEPS[self.target]}
        if self.target != "extension":
            step["stage"] = self.target
        requests.preview(self.register, step, {**self.current, "stage": self.target}
                         if self.target != "extension" else self.current)

    def _advance(self, register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        assert record_id is not None
        step = {k: v for k, v in values.items() if k in STEPS[self.target] or k == "identity_document_id"}
        if self.target == "extension":
            requests.update(register, record_id, step)
        else:
            requests.advance(register, record_id, self.target, step)
        return record_id

    @property
    def dirty(self) -> bool:
        return False
