"""Edit a personal-data breach, and the dialogs of its stages (open → assessed → notified →
contained → closed). The clock to SDAIA shows above the form while it runs."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from compliance_desk.domain import breach_times, clock
from compliance_desk.domain import breaches as rules
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import ACTIVITY, BREACH, RECIPIENT
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.validation import clean
from compliance_desk.storage import breaches, listing, records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.attachments_panel import AttachmentsPanel
from compliance_desk.ui.widgets.customer_picker import CustomerPicker
from compliance_desk.ui.widgets.format import LRI, PDI, digits
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.record_form import CheckList

# Each tab fits a 1024×700 screen without scrolling, in Arabic too (longer labels).
WHAT = ["title", "description", "category", "cause", "systems"]
WHEN = ["aware_at", "time_zone", "occurred_from", "occurred_to", "occurred_unknown", "discovered_at", "discovered_by",
        "discovery_method"]
SUBJECTS = ["subject_categories", "subject_count", "subject_count_approximate", "data_categories",
            "special_category"]
ASSESSMENT = ["consequences", "severity", "severity_reasoning", "sdaia_decision", "sdaia_decision_reason"]
NOTICE = ["sdaia_notified_at", "sdaia_reference", "late_reason", "subjects_decision", "subjects_notified_at",
          "subjects_notice_method", "subjects_notified_count", "subject_advice"]
MEASURES = ["measures_taken", "measures_planned", "lessons", "closed_at", "notes"]
# the assessment step in three tabs: what is concerned, whom, and the risk with the decisions
ASSESSMENT_TABS = [
    ("Category and data", "الفئة والبيانات", ["category", "cause", "data_categories", "special_category"]),
    ("Data subjects", "أصحاب البيانات", ["subject_categories", "subject_count", "subject_count_approximate"]),
    ("Risk and decisions", "المخاطر والقرارات", ["consequences", "severity", "severity_reasoning", "sdaia_decision",
                                                "sdaia_decision_reason", "subjects_decision"]),
]
WIDTH, HEIGHT = 920, 640  # within a 1024×700 screen, every tab title shown


def unfold(dialog: RecordDialog, names: tuple[str, ...]) -> None:
    """Lists of choices shown whole (the tabs have the room): ticked without scrolling inside them."""
    for name in names:
        editor = dialog.editor(name)
        if editor is not None and isinstance(editor.widget, CheckList):
            listing = editor.widget
            listing.setFixedHeight(listing.sizeHintForRow(0) * listing.count() + 2 * listing.frameWidth() + 4)


_OFFSET = re.compile(r"(\(UTC[^)]*\)|\([A-Za-z_/]+, UTC[^)]*\))")


def shown(text: str) -> str:
    """A breach time for the screen: digits per the display setting, the zone "(UTC+3)" kept Latin in
    one left-to-right run (right to left, "UTC+3" would read "3+UTC")."""
    if not re.search(r"[\u0600-\u06FF]", text):
        return digits(text)
    return "".join(LRI + part + PDI if _OFFSET.fullmatch(part) else digits(part) for part in _OFFSET.split(text))


def aware_and_deadline(template: str, lang: str, register: Register, row: dict[str, Any], found: rules.Clock) -> str:
    """"Aware at … · deadline …", both in the organisation's zone (the zone the breach was recorded
    in as a note when it differs), in the display setting's digits."""
    org = breaches.org_zone(register)
    return template.replace(
        "%1", shown(breach_times.time_text(row["aware_at"], row.get("time_zone"), org, lang))).replace(
        "%2", shown(breach_times.moment_text(found.deadline, org, lang)))


def show_late_reason(dialog: RecordDialog, current: dict[str, Any]) -> None:
    """The reasons for a late notice only when the notice is past its 72 hours, or will be when filed
    now (a reason already written stays shown): while hours are left nothing is late yet."""
    editor = dialog.editor("late_reason")
    if editor is None:
        return
    values = {k: val for k, val in dialog.values().items() if BREACH.has(k)}
    try:
        merged = {k: val for k, val in {**current, **values}.items() if BREACH.has(k)}
        cleaned = clean(BREACH, rules.prepare(merged), partial=True)
        late = rules.notice_late(cleaned, clock.now())
    except (ValidationError, ValueError, KeyError):
        late = False
    wanted = late or bool(str(values.get("late_reason") or "").strip())
    for form in dialog.forms:
        if "late_reason" in form.editors:
            form.editors["late_reason"].setVisible(wanted)
            form.labels["late_reason"].setVisible(wanted)


def check_values(values: dict[str, Any], stage: str, step: str | None = None) -> None:
    """The breach as it would be saved, against the domain's rules and what `step` asks for (raises
    ValidationError)."""
    prepared = rules.prepare({k: v for k, v in values.items() if BREACH.has(k)})
    cleaned = clean(BREACH, {**prepared, "stage": stage})
    if step is not None:
        rules.check_step(step, cleaned)
    rules.check({**cleaned, "reference": values.get("reference")}, clock.now())


class BreachDialog(RecordDialog):
    GROUPS = [
        ("What happened", "ما الذي حدث", WHAT),
        ("When", "متى", WHEN),
        ("Subjects and data", "أصحاب البيانات والبيانات", SUBJECTS),
        ("Assessment", "التقييم", ASSESSMENT),
        ("Notices", "الإبلاغ والإشعار", NOTICE),
        ("Measures and closing", "الإجراءات والإغلاق", MEASURES),
    ]

    def __init__(self, register: Register, record_id: int | None, lang: str,
                 parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        name = "name_ar" if lang == "ar" else "name_en"
        self._activity_choices = listing.choices(register, ACTIVITY, name)
        self._recipient_choices = listing.choices(register, RECIPIENT, name)
        self._links = breaches.links(register, record_id) if record_id is not None else ([], [])
        self.row = records.get(register, BREACH, record_id) if record_id is not None else {}
        self.stage = self.row.get("stage", "open")
        if record_id is None:  # aware now, in Riyadh time, unless the officer says otherwise
            initial = {"aware_at": rules.wall_time(clock.now(), rules.DEFAULT_ZONE), **(initial or {})}
        super().__init__(BREACH, register, record_id, lang, self._save_breach, parent, initial)
        unfold(self, ("subject_categories", "data_categories"))
        if self.stage == "closed":
            self.set_read_only(self.tr("This breach is closed: it can be read, not changed."))

    def _extra_tabs(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Processor involved")))
        self.processor = QComboBox()
        self.processor.setObjectName("processor")
        self.processor.addItem("", None)
        for recipient_id, text in self._recipient_choices:
            self.processor.addItem(text, recipient_id)
        self.processor.setCurrentIndex(max(self.processor.findData(self.row.get("processor_id")), 0))
        self.processor.currentIndexChanged.connect(self._on_changed)
        layout.addWidget(self.processor)
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
        self.tabs.insertTab(3, page, self.tr("Linked records"))
        self.attachments = AttachmentsPanel(self.register, "breach", self.record_id, self.lang,
                                            ensure_owner=self.saved_id)
        self.tabs.addTab(self.attachments, self.tr("Evidence and filings"))
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.clock_label.setWordWrap(True)
        self.layout().insertWidget(0, self.clock_label)
        self.resize(WIDTH, HEIGHT)
        from compliance_desk.ui.breaches import time_echo

        zone = self.editor("time_zone")
        self.echoes = time_echo.add_echoes(self, WHEN + NOTICE + MEASURES,
                                           lambda: str(zone.value() or "") if zone else None,
                                           breaches.org_zone(self.register))

    def _load(self, row: dict[str, Any]) -> None:
        super()._load(row)
        if "_customers" in row:
            self.subjects.set_ids(list(row["_customers"]))
        if "_activities" in row:
            self.activities.set_checked(list(row["_activities"]))
        if "_processor" in row:
            self.processor.setCurrentIndex(max(self.processor.findData(row["_processor"]), 0))

    def extra_values(self) -> dict[str, Any]:
        if not hasattr(self, "activities"):
            return {}
        return {"_customers": self.subjects.ids(), "_activities": self.activities.checked(),
                "_processor": self.processor.currentData()}

    def _on_changed(self) -> None:
        super()._on_changed()
        show_late_reason(self, self.row)
        if hasattr(self, "clock_label"):
            self.show_clock()
        if hasattr(self, "echoes"):  # the breach's zone may have changed: every echo follows
            from compliance_desk.ui.breaches import time_echo

            zone = self.editor("time_zone")
            time_echo.refresh(self, self.echoes, lambda: str(zone.value() or "") if zone else None,
                              breaches.org_zone(self.register))

    def show_clock(self) -> None:
        """Stage and clock, in words: "Stage: Open — 41 h 20 min left to notify SDAIA"."""
        text = self.tr("Stage: %1").replace("%1", v.BREACH_STAGES.label(self.stage, self.lang))
        found = None
        try:
            values = {k: val for k, val in self.values().items() if BREACH.has(k)}
            cleaned = {**clean(BREACH, rules.prepare(values), partial=True), "stage": self.stage}
            found = rules.clock(cleaned, clock.now())
        except (ValidationError, ValueError, KeyError):
            pass
        if found is not None:
            text += " — " + digits(found.text(self.lang)) + "\n" + aware_and_deadline(
                self.tr("Aware at %1 · deadline %2"), self.lang, self.register, cleaned, found)
        urgent = found is not None and found.stage in ("overdue", "last_hour", "last_12h")
        self.clock_label.setStyleSheet(style.WARNING if urgent else "")
        self.clock_label.setText(text)

    def check(self, values: dict[str, Any]) -> None:
        check_values(values, getattr(self, "stage", "open"))

    @staticmethod
    def _save_breach(register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        values = dict(values)
        customers = values.pop("_customers", [])
        activity_ids = values.pop("_activities", None)
        values["processor_id"] = values.pop("_processor", None)
        values.pop("stage", None)
        return breaches.update(register, record_id, values, customers, activity_ids)


class StageDialog(RecordDialog):
    """One stage of a breach: the fields that stage asks for, checked against the breach as it will stand."""

    TITLES = {"assessed": ("Record the assessment", "تسجيل التقييم"),
              "notified": ("Record the notice to SDAIA", "تسجيل إبلاغ سدايا"),
              "contained": ("Record the containment", "تسجيل الاحتواء"),
              "closed": ("Close the breach", "إغلاق الحادثة")}

    def __init__(self, register: Register, record_id: int, target: str, lang: str,
                 parent: QWidget | None = None) -> None:
        self.target = target
        self.current = records.get(register, BREACH, record_id)
        self.fields = list(rules.STEP_FIELDS[target])
        en, ar = self.TITLES[target]
        self.GROUPS = ASSESSMENT_TABS if target == "assessed" else [(en, ar, self.fields)]
        assert sorted(n for _en, _ar, names in self.GROUPS for n in names) == sorted(self.fields)
        now = rules.wall_time(clock.now(), self.current["time_zone"])
        # never the notice to SDAIA: a time filled in for the officer would record a notice on one click
        initial = {"closed_at": now}
        super().__init__(BREACH, register, record_id, lang, self._advance, parent,
                         {k: val for k, val in initial.items() if k in self.fields and not self.current.get(k)})
        self.setWindowTitle(f"{ar if lang == 'ar' else en} — {self.current['reference']}[*]")
        self.resize(WIDTH if target == "assessed" else 720, HEIGHT)
        if target == "assessed":
            unfold(self, ("data_categories", "subject_categories"))
        self.context = QLabel(self.context_text())
        self.context.setObjectName("context")
        self.context.setWordWrap(True)
        self.layout().insertWidget(0, self.context)
        if target == "notified":  # the app records a notice; it sends nothing
            self.hint = QLabel(self.tr("Records a notice you made to SDAIA elsewhere; the app sends nothing."))
            self.hint.setObjectName("notice_hint")
            self.hint.setWordWrap(True)
            self.hint.setStyleSheet(style.MUTED)
            self.layout().insertWidget(1, self.hint)
        from compliance_desk.ui.breaches import time_echo

        # each time typed, echoed live in the organisation's zone: what the notice and the clocks will say
        self.echoes = time_echo.add_echoes(self, self.fields, lambda: self.current.get("time_zone"),
                                           breaches.org_zone(register))

    def context_text(self) -> str:
        """When the organisation became aware and the deadline, each with its zone, and the clock."""
        found = rules.clock(self.current, clock.now())
        text = digits(found.text(self.lang)) + "\n" + aware_and_deadline(
            self.tr("Aware at %1 · deadline %2"), self.lang, self.register, self.current, found)
        own, org = breach_times.zone_key(self.current.get("time_zone")), breaches.org_zone(self.register)
        if own != org and any(BREACH.field(n).kind == "datetime" for n in self.fields):
            words = breach_times.CITY_AR.get(own, own) if self.lang == "ar" else own
            text += "\n" + self.tr("Enter the times below in %1 time: the zone this breach is recorded in.").replace(
                "%1", words)
        return text

    def _on_changed(self) -> None:
        super()._on_changed()
        show_late_reason(self, self.current)

    def check(self, values: dict[str, Any]) -> None:
        step = {k: val for k, val in values.items() if k in self.fields}
        merged = {**self.current, **step}
        rules.check_transition(self.current["reference"], self.current["stage"], self.target, self.current)
        check_values({k: val for k, val in merged.items() if k not in ("id", "created_at", "updated_at")},
                     rules.stage_after(self.current["stage"], self.target), self.target)

    def _advance(self, register: Register, record_id: int | None, values: dict[str, Any]) -> int:
        assert record_id is not None
        breaches.advance(register, record_id, self.target, {k: val for k, val in values.items() if k in self.fields})
        return record_id

    @property
    def dirty(self) -> bool:
        return False  # a stage is recorded or not; cancelling loses nothing already recorded
