"""What a breach notice to SDAIA says, in the guide's order, and the notice to the data subjects.

SDAIA's personal-data breach procedural guide (October 2024) asks the controller's notice, filed on
the national data-governance platform within 72 hours of becoming aware (PDPL Art. 20;
Implementing Regulation Art. 24), to state: what happened; when and how it happened; when the
controller became aware of it; the categories of data subjects and their actual or approximate
numbers; the types of personal data; the risks and likely consequences; the measures taken and
planned to contain it and to limit its effects; and the contact of the officer who can answer.
The sections below follow that order. A field the guide asks for and the record lacks is an
`Item` whose value is None: faces print it as "incomplete", so the officer sees what to find out
before the deadline. Data subjects at risk are told without undue delay, in clear language, with
what they can do (`subject_letter`, `subject_email`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain import breach_times, breaches, clock
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.arabic import foreign, isolated
from compliance_desk.domain.entities import BREACH, ORGANISATION

INCOMPLETE = ("Not yet known; to be provided in a supplementary notice", "غير معروف بعد؛ سيُقدَّم في إبلاغ لاحق")
# the controller's own judgements are not facts to find out later: they are taken before filing
DECIDE = ("To be decided by the controller before filing", "تُقرِّره جهة التحكم قبل تقديم الإبلاغ")
JUDGEMENTS = ("severity", "subjects_decision")
# A free text recorded only in the other language is never quoted silently: it is marked, and listed
# among the notice's gaps, like a missing field (the letter's draft guard does the same)
AWAITING = ("Awaiting translation into English", "بانتظار الترجمة إلى العربية")
FREE_TEXT_KINDS = ("text", "longtext")
NOT_TRANSLATED = frozenset({"sdaia_reference", "time_zone"})  # identifiers, not prose
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("controller", "The controller and this notice", "جهة التحكم وهذا الإبلاغ"),
    ("what", "1. What happened", "1. ما الذي حدث"),
    ("when_how", "2. When and how it happened", "2. متى وكيف حدث"),
    ("aware", "3. When the controller became aware", "3. متى علمت جهة التحكم به"),
    ("subjects", "4. Data subjects concerned", "4. أصحاب البيانات المعنيون"),
    ("data", "5. Personal data concerned", "5. البيانات الشخصية المعنية"),
    ("risks", "6. Risks and likely consequences", "6. المخاطر والعواقب المحتملة"),
    ("measures", "7. Measures taken and planned", "7. الإجراءات المتخذة والمخطط لها"),
    ("informed", "8. Data subjects informed", "8. إشعار أصحاب البيانات"),
    ("contact", "9. Contact of the data protection officer", "9. بيانات التواصل مع مسؤول حماية البيانات"),
)
WORDS = {
    "organisation": ("Controller", "جهة التحكم"),
    "reference": ("Our reference", "مرجعنا"),
    "deadline": ("Deadline to notify SDAIA (72 hours)", "آخر موعد لإبلاغ سدايا (72 ساعة)"),
    "timing": ("Notice", "الإبلاغ"),
    "file_by": ("To be filed by (72 hours from awareness)", "يُقدَّم الإبلاغ في موعد أقصاه (72 ساعة من العلم)"),
    "unknown": ("Unknown", "غير معروف"),
    "approximate": ("approximately", "تقريباً"),
    "steps": ("Containment and remediation steps", "خطوات الاحتواء والمعالجة"),
    "done": ("done {date}", "أُنجزت {date}"),
    "open": ("open", "مفتوحة"),
    "activities": ("Processing activities concerned", "أنشطة المعالجة المعنية"),
    "zone": ("time zone", "المنطقة الزمنية"),
    "name": ("Name", "الاسم"),
    "email": ("E-mail", "البريد الإلكتروني"),
    "phone": ("Phone", "الهاتف"),
    "not_known": ("Not yet known", "غير معروف بعد"),
    "past_deadline": ("Late: the 72 hours have passed and SDAIA has not been notified; the reasons for the delay "
                      "must be given", "متأخر: انقضت الساعات الاثنتان والسبعون دون إبلاغ سدايا، ويلزم بيان أسباب التأخير"),
    "none": ("None", "لا يوجد"),
    "subjects_told": ("Data subjects notified", "إشعار أصحاب البيانات"),
    "told_yes": ("Yes", "نعم"),
    "told_due": ("To be notified", "سيُشعَرون"),
    "unknown_before_found": ("Unknown; no later than its discovery on {when}",
                             "غير معروف؛ في موعد لا يتجاوز وقت اكتشافه: {when}"),
    "unknown_before_aware": ("Unknown; no later than when the controller became aware, on {when}",
                             "غير معروف؛ في موعد لا يتجاوز وقت علم جهة التحكم به: {when}"),
    "found_by_aware": ("No later than {when}, when the controller became aware; the exact time is to be "
                       "provided in a supplementary notice",
                       "في موعد لا يتجاوز {when}، وقت علم جهة التحكم؛ وسيُقدَّم الوقت الدقيق في إبلاغ لاحق"),
}


def word(key: str, lang: str, **params: object) -> str:
    en, ar = WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


@dataclass(frozen=True)
class Item:
    label: str
    value: str | None  # None: the guide asks for it and the record lacks it (incomplete)
    decide: bool = False  # a missing controller's judgement (to decide before filing), not a fact
    partial: bool = False  # what is known is shown; the rest is still to find out (a gap)
    untranslated: bool = False  # a free text recorded only in the other language (a gap)

    def missing_text(self, lang: str) -> str:
        """What a face prints for a missing value."""
        return (DECIDE if self.decide else INCOMPLETE)[1 if lang == "ar" else 0]

    def flagged(self, lang: str) -> str | None:
        """The text a face marks (in red, or in brackets), or None when the value reads as it is."""
        if self.value is None:
            return self.missing_text(lang)
        if self.untranslated:
            return f"[{AWAITING[1 if lang == 'ar' else 0]}] {self.value}"
        return None

    def plain(self, lang: str) -> str:
        """The value as plain text: a gap in brackets, an untranslated text behind its mark."""
        if self.value is None:
            return f"[{self.missing_text(lang)}]"
        return self.flagged(lang) or self.value


@dataclass
class Section:
    key: str
    title: str
    items: list[Item] = field(default_factory=list)

    @property
    def incomplete(self) -> int:
        return sum(item.value is None or item.partial for item in self.items)

    @property
    def untranslated(self) -> int:
        return sum(item.untranslated for item in self.items)


def _text(name: str, row: Mapping[str, Any], lang: str, org_zone: str | None = None) -> str | None:
    """A breach field as text in `lang` (labels for codes, times in the organisation's zone `org_zone`
    with the zone they were recorded in when it differs); None when blank."""
    f = BREACH.field(name)
    value = row.get(name)
    if value in (None, "", [], "[]") or (name.endswith("_decision") and value == "pending"):
        return None  # a decision still to take is a gap like a blank
    if f.kind == "code" and f.vocabulary is not None:
        return f.vocabulary.label(str(value), lang)
    if f.kind == "codes" and f.vocabulary is not None:
        return ("، " if lang == "ar" else ", ").join(f.vocabulary.label(c, lang) for c in value)
    if f.kind == "datetime":
        return breach_times.time_text(value, row.get("time_zone"), org_zone, lang)
    if f.kind == "bool":
        return ("نعم" if value else "لا") if lang == "ar" else ("Yes" if value else "No")
    return str(value)


def _zoned_item(name: str, row: Mapping[str, Any], lang: str, *, required: bool = True,
                org_zone: str | None = None) -> Item | None:
    shown = _text(name, row, lang, org_zone)
    if shown is None and not required:
        return None
    prose = BREACH.field(name).kind in FREE_TEXT_KINDS and name not in NOT_TRANSLATED
    return Item(BREACH.field(name).label(lang), shown, decide=name in JUDGEMENTS,
                untranslated=prose and shown is not None and foreign(shown, lang))


def _or(item: Item | None, label: str, key: str, lang: str) -> Item:
    """An optional field printed even when blank ("None", "Not yet known"): a notice never drops a line."""
    return item if item is not None else Item(label, word(key, lang))


def _subjects_told(row: Mapping[str, Any], lang: str) -> Item:
    """"Notify the data subjects?" as a statement: "Data subjects notified: Yes / To be notified / Not required"."""
    decision = row.get("subjects_decision") or "pending"
    label = word("subjects_told", lang)
    if row.get("subjects_notified_at"):  # a recorded fact: told, whatever the decision field still says
        return Item(label, word("told_yes", lang))
    if decision == "pending":
        return Item(label, None, decide=True)
    if decision == "notify":
        return Item(label, word("told_due", lang))
    return Item(label, v.SUBJECT_NOTICE_DECISIONS.label(decision, lang))


def _names(text: str) -> str:
    """`text` without the register's references ("PA-0007 Online orders" → " Online orders")."""
    return _REFERENCE.sub("", text)


_REFERENCE = re.compile(r"\b[A-Z]{2,4}-[0-9][0-9-]*\b")


def _bound(wall: Any, row: Mapping[str, Any], lang: str, org_zone: str | None) -> str:
    """A recorded time as a bound inside another line: the instant in the organisation's zone only."""
    if not wall:
        return ""
    return breach_times.moment_text(breaches.instant(str(wall), row.get("time_zone")), org_zone, lang)


def _when_how(row: Mapping[str, Any], lang: str, org_zone: str | None) -> list[Item]:
    """Section 2, consistent with itself and with section 3: occurred ≤ discovered ≤ aware (the
    domain refuses a record that breaks that order). An occurrence marked unknown prints no time, only
    that it came before the discovery; a discovery time not recorded is no later than awareness."""
    label = lambda name: BREACH.field(name).label(lang)  # noqa: E731
    found = _text("discovered_at", row, lang, org_zone)
    aware = _bound(row.get("aware_at"), row, lang, org_zone)
    if row.get("occurred_unknown"):
        if row.get("discovered_at"):
            start = word("unknown_before_found", lang, when=_bound(row["discovered_at"], row, lang, org_zone))
        else:
            start = word("unknown_before_aware", lang, when=aware) if aware else word("unknown", lang)
        occurred = [Item(label("occurred_from"), start), Item(label("occurred_to"), word("unknown", lang))]
    else:
        occurred = [Item(label("occurred_from"), _text("occurred_from", row, lang, org_zone)),
                    _or(_zoned_item("occurred_to", row, lang, required=False, org_zone=org_zone),
                        label("occurred_to"), "not_known", lang)]
    if found is None and aware:
        discovered = Item(label("discovered_at"), word("found_by_aware", lang, when=aware), partial=True)
    else:
        discovered = Item(label("discovered_at"), found)
    return [*occurred, discovered,
            _or(_zoned_item("discovered_by", row, lang, required=False, org_zone=org_zone), label("discovered_by"),
                "not_known", lang),
            _zoned_item("discovery_method", row, lang, org_zone=org_zone) or Item(label("discovery_method"), None)]


def deadline_text(row: Mapping[str, Any], org_zone: str | None = None, lang: str = "en") -> str:
    """The deadline instant in the organisation's zone, with the zone and offset."""
    return breach_times.deadline_text(row, org_zone, lang)


def subjects_number(row: Mapping[str, Any], lang: str) -> str | None:
    count = row.get("subject_count")
    if count is None:
        return None
    text = f"{int(count):,}"
    return f"{text} {word('approximate', lang)}" if row.get("subject_count_approximate") else text


def notice(row: Mapping[str, Any], organisation: Mapping[str, Any], steps: Sequence[Mapping[str, Any]],
           lang: str, *, activities: Sequence[str] = (), processor: str = "") -> list[Section]:
    """The notice to SDAIA as sections in the guide's order (see the module's docstring)."""
    org = organisation
    org_zone = org.get("time_zone")

    def _item(name: str, row: Mapping[str, Any], lang: str, *, required: bool = True) -> Item | None:
        return _zoned_item(name, row, lang, required=required, org_zone=org_zone)

    name = (org.get("legal_name_ar") or org.get("legal_name_en")) if lang == "ar" else \
        (org.get("legal_name_en") or org.get("legal_name_ar"))
    titles = {key: (ar if lang == "ar" else en) for key, en, ar in SECTIONS}
    out = {key: Section(key, titles[key]) for key, _en, _ar in SECTIONS}

    def add(key: str, *items: Item | None) -> None:
        out[key].items.extend(i for i in items if i is not None)

    org_field = ORGANISATION.field
    add("controller", Item(word("organisation", lang), name or None),
        Item(org_field("commercial_registration").label(lang), org.get("commercial_registration") or None),
        Item(word("reference", lang), str(row.get("reference") or "") or None),
        _item("sdaia_reference", row, lang, required=False))
    sep = "، " if lang == "ar" else ", "
    listed = sep.join(activities)
    add("what", _item("title", row, lang), _item("description", row, lang), _item("category", row, lang),
        _item("cause", row, lang),
        _or(_item("systems", row, lang, required=False), BREACH.field("systems").label(lang), "not_known", lang),
        Item(word("activities", lang), listed or word("not_known", lang),
             untranslated=any(foreign(_names(a), lang) for a in activities)),
        Item(BREACH.field("processor_id").label(lang), processor or word("none", lang),
             untranslated=bool(processor) and foreign(_names(processor), lang)))
    add("when_how", *_when_how(row, lang, org_zone))
    timing = breaches.timing(row)
    # a notice still to file after its 72 hours is late already: it says so and asks for the reasons
    running = breaches.clock(row, clock.now()) if timing == "pending" and row.get("aware_at") else None
    overdue = running is not None and running.running and running.hours_left < 0
    # when SDAIA was notified belongs to the record, not to a notice still to file: a pending notice
    # says by when it is to be filed; a filed one, when it was filed and whether in time
    add("aware", _item("aware_at", row, lang),
        Item(word("deadline" if timing != "pending" else "file_by", lang), deadline_text(row, org_zone, lang))
        if row.get("aware_at") else None,
        _item("sdaia_notified_at", row, lang, required=False),
        Item(word("timing", lang), breaches.TIMING_LABELS[timing][1 if lang == "ar" else 0])
        if timing != "pending" else Item(word("timing", lang), word("past_deadline", lang)) if overdue else None,
        _item("late_reason", row, lang) if timing == "late" or overdue else None)
    add("subjects", _item("subject_categories", row, lang),
        Item(BREACH.field("subject_count").label(lang), subjects_number(row, lang)))
    # special-category data listed among the categories is special-category data, whatever the flag says
    special = bool(row.get("special_category")) or "special_category" in (row.get("data_categories") or [])
    # whether sensitive data is concerned is not known while the data concerned is not (never a bare "No")
    add("data", _item("data_categories", row, lang),
        _item("special_category", {**row, "special_category": special}, lang)
        if special or row.get("data_categories") else Item(BREACH.field("special_category").label(lang), None))
    add("risks", _item("consequences", row, lang), _item("severity", row, lang),
        _item("severity_reasoning", row, lang, required=False))
    step_lines = [f"{v.STEP_KINDS.label(s['kind'], lang)}: {s['action']}"
                  + (f" — {s['owner']}" if s.get("owner") else "")
                  + f" ({word('done', lang, date=s['done_on']) if s.get('done_on') else word('open', lang)})"
                  for s in steps]
    add("measures", _item("measures_taken", row, lang), _item("measures_planned", row, lang),
        Item(word("steps", lang), "\n".join(step_lines),
             untranslated=any(foreign(str(s["action"]), lang) for s in steps)) if step_lines else None)
    add("informed", _subjects_told(row, lang), _item("subjects_notified_at", row, lang, required=False),
        _item("subjects_notice_method", row, lang, required=False),
        _item("subjects_notified_count", row, lang, required=False))
    # an e-mail and a phone read whole right to left in the Arabic plain text (isolates)
    reach = {k: (isolated(str(org.get(k) or "")) if lang == "ar" else str(org.get(k) or "")) or None
             for k in ("officer_email", "officer_phone")}
    add("contact", Item(word("name", lang), org.get("officer_name") or None),
        Item(word("email", lang), reach["officer_email"]), Item(word("phone", lang), reach["officer_phone"]))
    return [out[key] for key, _en, _ar in SECTIONS]


def plain_text(sections: Sequence[Section], lang: str, title: str, *, front: Sequence[tuple[str, str]] = (),
               back: tuple[str, Sequence[tuple[str, str]], Sequence[str]] | None = None, draft: str = "") -> str:
    """The notice as plain text to paste into the platform's form, section by section: under the
    title a draft's warning line, the `front` lines (label, value), and last the `back` block
    (heading, lines, notes)."""
    lines = [title, "=" * len(title), ""]
    if draft:
        lines += [draft, ""]
    if front:
        lines += [f"{key}: {value}" for key, value in front] + [""]
    for section in sections:
        lines += [section.title, "-" * len(section.title)]
        for item in section.items:
            value = item.plain(lang)
            if "\n" in value:
                lines.append(f"{item.label}:")
                lines += [f"  {line}" for line in value.splitlines()]
            else:
                lines.append(f"{item.label}: {value}")
        lines.append("")
    if back is not None:
        heading, pairs, notes = back
        lines += [heading, "-" * len(heading), *(f"{key}: {value}" for key, value in pairs), *notes, ""]
    return "\n".join(lines).rstrip() + "\n"
