"""A breach's notice to SDAIA, ready to file (PDF, and the same content as plain text to paste into
the platform's form), and its notice to the data subjects (a letter as PDF or text, an e-mail as
text). Content and order: domain.breach_notice and domain.breach_letters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from compliance_desk.domain import breach_letters, breach_notice, breach_times, clock
from compliance_desk.domain import breaches as rules
from compliance_desk.domain.arabic import isolated
from compliance_desk.domain.breach_notice import deadline_text
from compliance_desk.domain.entities import ACTIVITY, BREACH, RECIPIENT
from compliance_desk.domain.letter_gaps import draft_title
from compliance_desk.reports.common import contact, info, organisation_name
from compliance_desk.reports.flowables import (
    NAVY,
    RED,
    Mark,
    Text,
    chunked_tables,
    key_values,
    or_missing,
    section,
)
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import ReportInfo, build, cover_seal, exceptions, seal_pairs
from compliance_desk.storage import breaches as store
from compliance_desk.storage import clocks, records
from compliance_desk.storage.files import atomic_output
from compliance_desk.storage.register import Register

TITLES = {
    "notice": ("Personal-data breach notice to SDAIA", "إبلاغ سدايا عن حادثة تسرب بيانات شخصية"),
    "basis": ("Prepared for the national data-governance platform under SDAIA's personal-data breach procedural "
              "guide (October 2024): PDPL Art. 20 and Implementing Regulation Art. 24 — notice within 72 hours of "
              "becoming aware. Fields still to be provided, and free texts awaiting translation, are counted below and "
              "marked in red.",
              "أُعدّ للإدخال في المنصة الوطنية لحوكمة البيانات وفق الدليل الإجرائي لحوادث تسرب البيانات الشخصية "
              "الصادر عن سدايا (أكتوبر 2024): المادة 20 من نظام حماية البيانات الشخصية والمادة 24 من لائحته "
              "التنفيذية — الإبلاغ خلال 72 ساعة من العلم. الحقول التي يلزم استيفاؤها والنصوص التي بانتظار الترجمة "
              "معدودة أدناه ومُعلَّمة باللون الأحمر."),
    "incomplete": ("Fields still to be provided", "حقول يلزم استيفاؤها"),
    "untranslated": ("Free texts awaiting translation", "نصوص بانتظار الترجمة"),
    "seal_block": ("Register seal — for the controller's records, not part of the notice",
                   "ختم السجل — لسجلات جهة التحكم، وليس جزءاً من الإبلاغ"),
    "sections": ("sections", "الأقسام"),
    "steps": ("Containment and remediation steps", "خطوات الاحتواء والمعالجة"),
    "to": ("To", "إلى"),
    "sdaia": ("Saudi Data and AI Authority (SDAIA), through the national data-governance platform",
              "الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا)، عبر المنصة الوطنية لحوكمة البيانات"),
    "from": ("From (the controller)", "من (جهة التحكم)"),
    "as_at": ("As at", "كما في"),
    "deadline": ("Deadline to notify SDAIA (72 hours from awareness)", "آخر موعد لإبلاغ سدايا (72 ساعة من العلم)"),
    "file_by": ("to be filed by {deadline}", "يُقدَّم في موعد أقصاه {deadline}"),
    "filed": ("{deadline}; filed {when}", "{deadline}؛ قُدِّم {when}"),
    "not_notifiable": ("{deadline}; decided not notifiable", "{deadline}؛ تقرر أنه لا يلزم الإبلاغ"),
    # a notice with gaps is a draft, marked like a letter with gaps (domain.letter_gaps)
    "draft": ("DRAFT — do not file: still to be completed: {missing}.",
              "مسودة — لا تُقدَّم: ما زال يلزم استكمال: {missing}."),
}


def _t(key: str, lang: str) -> str:
    en, ar = TITLES[key]
    return ar if lang == "ar" else en


def _load(register: Register, reference: str) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    from compliance_desk.reports.record import find

    entity, row = find(register, reference)
    if entity is not BREACH:
        from compliance_desk.domain.errors import InvalidInput

        raise InvalidInput("unknown_code", value=reference, choices="BRC-YYYY-NNNN")
    return row, records.organisation(register) or {}, store.steps(register, row["id"])


def sections(register: Register, reference: str, lang: str) -> tuple[dict[str, Any], list[breach_notice.Section]]:
    row, org, steps = _load(register, reference)
    _customers, activity_ids = store.links(register, row["id"])
    name = "name_ar" if lang == "ar" else "name_en"
    activities = []
    for activity_id in activity_ids:
        found = records.get(register, ACTIVITY, activity_id)
        activities.append(f"{found['reference']} {found.get(name) or found.get('name_en') or found.get('name_ar') or ''}")
    processor = ""
    if row.get("processor_id"):
        found = records.get(register, RECIPIENT, row["processor_id"])
        processor = f"{found['reference']} {found.get(name) or found.get('name_en') or found.get('name_ar') or ''}"
    return row, breach_notice.notice(row, org, steps, lang, activities=activities, processor=processor.strip())


def front_pairs(register: Register, row: dict[str, Any], report: ReportInfo) -> list[tuple[str, Any]]:
    """The notice's own first block, for the PDF and the plain text alike: addressee, the controller
    and its officer, "as at" in the organisation's zone, the deadline instant. A value still missing
    is a Mark (red in the PDF, in brackets in the text)."""
    lang = report.lang
    org = records.organisation(register) or {}
    zone_name = str(org.get("time_zone") or "").strip() or clock.RIYADH
    as_at = breach_times.moment_text(report.generated, zone_name, lang)
    deadline = deadline_text(row, zone_name, lang)
    timing = rules.timing(row)
    if timing == "pending":
        due = _t("file_by", lang).format(deadline=deadline)
    elif timing == "not_notifiable":
        due = _t("not_notifiable", lang).format(deadline=deadline)
    else:
        filed = breach_times.time_text(row["sdaia_notified_at"], row.get("time_zone"), zone_name, lang)
        due = _t("filed", lang).format(deadline=deadline, when=f"{filed} — {rules.TIMING_LABELS[timing][1 if lang == 'ar' else 0]}")
    reach = contact(org, "officer", lang)
    if lang == "ar" and isinstance(reach, str):  # read whole right to left in the plain text (the PDF strips them)
        reach = " — ".join(isolated(part) for part in reach.split(" — "))
    return [
        (_t("to", lang), _t("sdaia", lang)),
        (_t("from", lang), or_missing(report.organisation, lang)),
        (label("registration", lang), or_missing(org.get("commercial_registration"), lang)),
        (label("officer", lang), or_missing(str(org.get("officer_name") or ""), lang)),
        (label("officer_contact", lang), reach),
        (_t("as_at", lang), as_at),
        (_t("deadline", lang), Mark(due) if timing == "pending" and rules.clock(row, clock.now()).stage == "overdue"
         else due),
    ]


def notice_front(register: Register, row: dict[str, Any], report: ReportInfo, draft: str = "") -> list[Flowable]:
    """The PDF's first block (`front_pairs`) under the notice's title and, for a draft, its warning
    line; the seal is in the last block."""
    warning = [Text(draft, report.lang, size=10.5, bold=True, color=RED, space_after=6)] if draft else []
    return [Text(report.title, report.lang, size=17, bold=True, color=NAVY, space_after=8), *warning,
            key_values(front_pairs(register, row, report), report.lang, size=9.5), Spacer(1, 5 * mm)]


def gaps(parts: list[breach_notice.Section], lang: str) -> list[tuple[str, int, str]]:
    """The notice's gaps for its summary: fields still incomplete, and free texts awaiting translation,
    each with the sections they are in."""
    sep = "، " if lang == "ar" else ", "

    def where(count: Any) -> str:
        return sep.join(s.title.split(". ", 1)[-1] for s in parts if count(s))

    return [(_t("incomplete", lang), sum(s.incomplete for s in parts), where(lambda s: s.incomplete)),
            (_t("untranslated", lang), sum(s.untranslated for s in parts), where(lambda s: s.untranslated))]


def draft_line(parts: list[breach_notice.Section], lang: str) -> str:
    """"DRAFT — do not file: still to be completed: …" naming the count and kind of each gap (fields
    still to be provided, free texts awaiting translation), or "" for a complete notice."""
    found = [f"{text}: {count}" + (f" ({where})" if where else "")
             for text, count, where in gaps(parts, lang) if count]
    return _t("draft", lang).format(missing="؛ ".join(found) if lang == "ar" else "; ".join(found)) if found else ""


def seal_block(report: ReportInfo) -> list[Flowable]:
    """The register seal and how to check it, last and under its own heading: proof for the
    controller's file, not part of what the notice tells SDAIA (the page footer carries it too)."""
    lang = report.lang
    return [Spacer(1, 8 * mm), *section(_t("seal_block", lang), lang, cover_seal(report), level=1)]


def notice_story(parts: list[breach_notice.Section], lang: str) -> list[Flowable]:
    out: list[Flowable] = [Text(_t("basis", lang), lang, size=8.5, space_after=4)]
    out += exceptions(gaps(parts, lang), lang)
    for part in parts:
        pairs = [(item.label, Mark(flag) if (flag := item.flagged(lang)) is not None else item.value)
                 for item in part.items]
        out += [Spacer(1, 4 * mm), *section(part.title, lang, [key_values(pairs, lang, caption=part.title)], level=1)]
    return out


def plain_notice(register: Register, row: dict[str, Any], parts: list[breach_notice.Section],
                 report: ReportInfo) -> str:
    """The notice as plain text: the PDF's front block, its gaps, the sections, the seal block last."""
    lang = report.lang
    front = [(key, str(value) if not isinstance(value, Mark) else f"[{value}]")
             for key, value in front_pairs(register, row, report)]
    front += [(text, f"{count}" + (f" ({where})" if where else "")) for text, count, where in gaps(parts, lang)]
    back = [(key, str(value)) for key, value in seal_pairs(report)]
    command = f"compliance-desk verify REGISTER --seal {report.seal[:12]}"
    return breach_notice.plain_text(parts, lang, report.title, front=front, draft=draft_line(parts, lang),
                                    back=(_t("seal_block", lang), back, [command]))


def write_notice(register: Register, reference: str, path: Path | str, lang: str, seal: str, *,
                 fmt: str = "pdf") -> Path:
    """The notice to SDAIA as a PDF or as plain text (fmt "txt"), from the same front block and sections."""
    row, parts = sections(register, reference, lang)
    title = f"{_t('notice', lang)} — {row['reference']}"
    draft = draft_line(parts, lang)
    if draft:  # a notice with gaps is a draft: its title says so, its first line names the gaps
        title = draft_title(title, lang)
    report = info(register, lang, "breach_notice", seal, title=title, identifiers=False)
    if fmt == "txt":
        return _write_text(Path(path), plain_notice(register, row, parts, report))
    report.front = notice_front(register, row, report, draft)  # a notice to a regulator, not a report's cover
    report.closing = seal_block(report)  # last, after the sign-off: proof for the file, not the notice's content
    return build(path, report, notice_story(parts, lang))


def write_letter(register: Register, reference: str, path: Path | str, lang: str, seal: str, *,
                 fmt: str = "pdf") -> Path:
    """The letter to the data subjects (PDF, or text with fmt "txt"); fmt "email": the e-mail text."""
    row, org, _steps = _load(register, reference)
    breach_letters.check_ready(row)
    on = clocks.today(register)  # the letter's date: today in the organisation's zone
    if fmt == "email":
        subject, body = breach_letters.subject_email(row, org, lang, on)
        label = "الموضوع" if lang == "ar" else "Subject"
        return _write_text(Path(path), f"{label}: {subject}\n\n{body}")
    title, paragraphs = breach_letters.subject_letter(row, org, lang, on)
    if fmt == "txt":
        return _write_text(Path(path), title + "\n\n" + "\n\n".join(paragraphs) + "\n")
    report = ReportInfo(lang=lang, title=title, organisation=organisation_name(register, lang), seal=seal,
                        period="", generated=clock.now(), identifiers=False, public=True, kind="breach_letter")
    story: list[Flowable] = []
    draft = breach_letters.draft_line(row, org, lang)
    if draft:  # the draft's warning stands out, and is not a paragraph of the letter
        story += [Text(draft, lang, size=10.5, bold=True, color=RED, space_after=2), Spacer(1, 4 * mm)]
        paragraphs = paragraphs[1:]
    groups = [[*(Text(line, lang, size=10.5, space_after=2) for line in paragraph.split("\n")), Spacer(1, 3 * mm)]
              for paragraph in paragraphs]
    for group in groups[:-2]:
        story += group
    # the sign-off (closing and organisation) never stands alone on a page: kept with the last paragraph
    story.append(KeepTogether([f for group in groups[-2:] for f in group]))
    return build(path, report, story)


def _write_text(path: Path, text: str) -> Path:
    with atomic_output(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return path


def steps_section(register: Register, breach_id: int, lang: str) -> list[Flowable]:
    """The steps of a breach, for its record sheet."""
    from compliance_desk.domain.entities import BREACH_STEP
    from compliance_desk.reports.common import text

    f = BREACH_STEP.field
    names = ("kind", "action", "owner", "due_date", "done_on")
    header = [f(n).label(lang) for n in names]
    rows = [[text(f(n), step.get(n), lang) for n in names] for step in store.steps(register, breach_id)]
    body = chunked_tables(header, rows, [14, 40, 18, 14, 14], lang, size=8, caption=_t("steps", lang))
    return [Spacer(1, 6 * mm), *section(_t("steps", lang), lang, body, level=1)]
