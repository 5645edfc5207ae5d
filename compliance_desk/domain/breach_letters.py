"""The notice to the data subjects of a breach: a letter and an e-mail, in Arabic and English.

SDAIA's personal-data breach procedural guide (October 2024): data subjects are told without undue
delay where the breach puts them at risk, in clear and simple language, with what happened, what it
may mean for them, what the controller did, what they can do to protect themselves, and whom to ask.

A letter is written only once the decision to notify the data subjects is recorded (`check_ready`).
A content field still blank then makes the letter a draft marked as such, naming what is missing,
so no letter with gaps goes out unmarked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from compliance_desk.domain import breaches
from compliance_desk.domain.arabic import foreign, isolated
from compliance_desk.domain.breach_notice import _text
from compliance_desk.domain.breach_times import CITY_AR, zone_key
from compliance_desk.domain.dates import MONTHS_AR, MONTHS_EN
from compliance_desk.domain.entities import BREACH, ORGANISATION
from compliance_desk.domain.errors import InvalidInput
from compliance_desk.domain.letter_gaps import (
    DRAFT_TITLE,
    TO_COMPLETE,
    in_script,
    officer_gaps,
    registered_name,
)
from compliance_desk.domain.letter_gaps import draft_line as _draft_line

# What a data subject can do, by the kind of data concerned (used when the officer wrote no advice).
ADVICE: dict[str, tuple[str, str]] = {
    "credentials": ("Change your password, and any other account where you use the same password.",
                    "غيّر كلمة المرور، وكذلك كلمة مرور أي حساب آخر تستخدم فيه الكلمة نفسها."),
    "payment_card": ("Check your card statements and tell your bank at once of any payment you do not recognise.",
                     "راجع كشوف بطاقتك وأبلغ مصرفك فوراً عن أي عملية دفع لا تعرفها."),
    "financial": ("Check your bank statements and tell your bank of anything you do not recognise.",
                  "راجع كشوف حسابك المصرفي وأبلغ مصرفك عن أي عملية لا تعرفها."),
    "government_id": ("Watch for any use of your identity documents you did not make, and report it.",
                      "انتبه لأي استخدام لوثائق هويتك لم تقم به، وأبلغ عنه."),
    "contact": ("Be wary of calls, messages and e-mails that claim to come from us and ask for your details; "
                "we will never ask you for your password.",
                "احذر من المكالمات والرسائل ورسائل البريد الإلكتروني التي تدّعي أنها منا وتطلب بياناتك؛ "
                "لن نطلب منك كلمة المرور أبداً."),
}
CONTACT = ("Data protection officer's contact (organisation profile)",
           "بيانات التواصل مع مسؤول حماية البيانات (ملف الجهة)")
# Free texts a letter quotes: written only in the other language, they are a gap to fill, never
# quoted. (the gap's name, "not recorded" agreeing with it), in English and in Arabic
FREE_TEXTS = {"what": (("Description in English", "not recorded"), ("الوصف بالعربية", "غير مسجَّل")),
              "consequences": (("Likely consequences in English", "not recorded"),
                               ("العواقب المحتملة بالعربية", "غير مسجَّلة")),
              "measures": (("Measures taken in English", "not recorded"), ("الإجراءات المتخذة بالعربية", "غير مسجَّلة"))}
# The letter's heading: its reference (the breach's) and its date (Latin digits, as every document)
HEADING = {"reference": ("Our reference", "مرجعنا"), "date": ("Date", "التاريخ")}
# The officer's contact, one item a line: an e-mail or a phone number is a left-to-right isolate, so
# it reads whole inside a right-to-left line (a phone's groups would otherwise swap places)
CONTACT_WORDS = {"intro": ("If you have any question, contact our data protection officer:",
                           "لأي استفسار، تواصل مع مسؤول حماية البيانات لدينا:"),
                 "officer_name": ("Name", "الاسم"), "officer_email": ("E-mail", "البريد الإلكتروني"),
                 "officer_phone": ("Phone", "الهاتف")}
GENERAL = ("Be alert to unexpected messages about your account, and contact us if something seems wrong.",
           "كن منتبهاً لأي رسائل غير متوقعة بشأن حسابك، وتواصل معنا إن لاحظت أمراً غير معتاد.")


def advice(row: Mapping[str, Any], lang: str) -> list[str]:
    i = 1 if lang == "ar" else 0
    if row.get("subject_advice"):
        return [str(row["subject_advice"])]
    found = [ADVICE[c][i] for c in ADVICE if c in (row.get("data_categories") or [])]
    return found or [GENERAL[i]]


def _organisation(org: Mapping[str, Any], lang: str) -> str:
    first, second = ("legal_name_ar", "legal_name_en") if lang == "ar" else ("legal_name_en", "legal_name_ar")
    return registered_name(org.get(first), org.get(second), lang)  # the other language's name, marked


def _contact(org: Mapping[str, Any]) -> str:
    return "، ".join(str(org[k]) for k in ("officer_name", "officer_email", "officer_phone") if org.get(k))


def contact_lines(org: Mapping[str, Any], lang: str) -> list[str]:
    """The officer's name, e-mail and phone, one a line with its label; the e-mail and the phone as
    left-to-right isolates (a face that lays text out itself strips the marks and isolates the run)."""
    i = 1 if lang == "ar" else 0
    out = []
    for key in ("officer_name", "officer_email", "officer_phone"):
        value = str(org.get(key) or "").strip()
        if value and key == "officer_name":  # the name's form in the letter's script, when it has one
            value = in_script(value, lang) or value
        if value:
            out.append(f"{CONTACT_WORDS[key][i]}: {value if key == 'officer_name' else isolated(value)}")
    return out


def letter_date(on: dt.date, lang: str) -> str:
    """"12 March 2026" / "12 مارس 2026": Latin digits, as in every other document (request letters, notices)."""
    if lang == "ar":
        return f"{on.day} {MONTHS_AR[on.month - 1]} {on.year}"
    return f"{on.day} {MONTHS_EN[on.month - 1]} {on.year}"


def heading(row: Mapping[str, Any], lang: str, on: dt.date) -> str:
    """The letter's reference and date, two lines: the reference stays as the register writes it."""
    i = 1 if lang == "ar" else 0
    return f"{HEADING['reference'][i]}: {row.get('reference') or ''}\n{HEADING['date'][i]}: {letter_date(on, lang)}"


def check_ready(row: Mapping[str, Any]) -> None:
    """A letter to the data subjects follows the recorded decision to notify them (raises InvalidInput)."""
    decision = row.get("subjects_decision") or "pending"
    if decision == "not_required":
        raise InvalidInput("breach_letter_not_required", reference=row.get("reference") or "")
    if decision != "notify":
        raise InvalidInput("breach_letter_undecided", reference=row.get("reference") or "")


def _what(row: Mapping[str, Any]) -> str:
    return " — ".join(p for p in (str(row.get("title") or ""), str(row.get("description") or "")) if p)


def _measures(row: Mapping[str, Any]) -> str:
    return " ".join(str(row[k]) for k in ("measures_taken", "measures_planned") if row.get(k))


def _parts(row: Mapping[str, Any]) -> dict[str, list[str]]:
    return {"what": [str(row.get(k) or "") for k in ("title", "description")],
            "consequences": [str(row.get("consequences") or "")],
            "measures": [str(row.get(k) or "") for k in ("measures_taken", "measures_planned")]}


def _untranslated(row: Mapping[str, Any], lang: str) -> list[str]:
    """The free texts the letter would quote of which a part is written only in the other language
    (each part on its own: an Arabic title beside an English description is still a gap)."""
    return [key for key, parts in _parts(row).items() if any(p and foreign(p, lang) for p in parts)]


def _gap_text(key: str, lang: str) -> str:
    name, state = FREE_TEXTS[key][1 if lang == "ar" else 0]
    return f"[{name} {state}]"


def plain_date(wall: str | None, row_zone: str | None, org_zone: str | None, lang: str) -> str:
    """When the organisation became aware, in plain words in the organisation's zone:
    "1 December 2026 at 09:00 (Riyadh time)" / "1 ديسمبر 2026 الساعة 09:00 بتوقيت الرياض" (Latin digits)."""
    if not wall:
        return ""
    key = zone_key(org_zone)
    local = breaches.instant(str(wall), row_zone).astimezone(breaches.zone(key))
    if lang == "ar":
        city = CITY_AR.get(key, key)
        return f"{local.day} {MONTHS_AR[local.month - 1]} {local.year} الساعة {local:%H:%M} بتوقيت {city}"
    city = key.rsplit("/", 1)[-1].replace("_", " ")
    return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year} at {local:%H:%M} ({city} time)"


def gaps(row: Mapping[str, Any], org: Mapping[str, Any], lang: str) -> list[str]:
    """What the letter still lacks, by field label: what happened, the data, the consequences, the
    measures, the officer's contact; also the free texts recorded only in the other language."""
    i = 1 if lang == "ar" else 0
    missing = [BREACH.field(name).label(lang) for name in ("title", "data_categories", "consequences")
               if not _text(name, row, lang)]
    if not (row.get("measures_taken") or row.get("measures_planned")):
        missing.append(BREACH.field("measures_taken").label(lang))
    if not _contact(org):
        missing.append(CONTACT[i])
    # signed in the letter's script, with real contacts (never "dpo@example.com", "0000", "TBD")
    missing += officer_gaps(org, lang, {k: ORGANISATION.field(k).label(lang) for k in
                                        ("officer_name", "officer_email", "officer_phone")})
    missing += [FREE_TEXTS[key][i][0] for key in _untranslated(row, lang)]
    return missing


def _paragraphs(row: Mapping[str, Any], org: Mapping[str, Any], lang: str) -> list[str]:
    ar = lang == "ar"
    blank = TO_COMPLETE[1 if ar else 0]
    data = _text("data_categories", row, lang) or blank
    what = _what(row) or blank
    aware = plain_date(row.get("aware_at"), row.get("time_zone"), org.get("time_zone"), lang)
    measures = _measures(row) or blank
    consequences = str(row.get("consequences") or blank)
    # a letter never quotes the other language: the gap is named in the draft line
    untranslated = _untranslated(row, lang)
    what = _gap_text("what", lang) if "what" in untranslated else what
    consequences = _gap_text("consequences", lang) if "consequences" in untranslated else consequences
    measures = _gap_text("measures", lang) if "measures" in untranslated else measures
    contact = "\n".join([CONTACT_WORDS["intro"][1 if ar else 0], *(contact_lines(org, lang) or [blank])])
    steps = "\n".join(f"- {a}" for a in advice(row, lang))
    if ar:
        out = ["نكتب إليك لنخبرك بحادثة تسرب طالت بيانات شخصية نحتفظ بها عنك.",
               f"ما الذي حدث: {what}",
               f"متى: علمنا بالحادثة في {aware}.",
               f"بياناتك المعنية: {data}.",
               f"ما قد يعنيه ذلك لك: {consequences}",
               f"ما الذي قمنا به: {measures}",
               f"ما يمكنك فعله:\n{steps}"]
        if row.get("sdaia_notified_at"):
            out.append("أبلغنا الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا) بالحادثة.")
        out.append(contact)
        return out
    out = ["We are writing to tell you about a breach that affected personal data we hold about you.",
           f"What happened: {what}",
           f"When: we became aware of it on {aware}.",
           f"Your data concerned: {data}.",
           f"What this may mean for you: {consequences}",
           f"What we have done: {measures}",
           f"What you can do:\n{steps}"]
    if row.get("sdaia_notified_at"):
        out.append("We have notified the Saudi Data and AI Authority (SDAIA).")
    out.append(contact)
    return out


def draft_line(row: Mapping[str, Any], org: Mapping[str, Any], lang: str) -> str:
    """"DRAFT — do not send: still to be completed: …" when the letter has gaps, else ""."""
    return _draft_line(gaps(row, org, lang), lang)


def subject_letter(row: Mapping[str, Any], org: Mapping[str, Any], lang: str,
                   on: dt.date | None = None) -> tuple[str, list[str]]:
    """(title, paragraphs) of the letter to a data subject: its reference and date (`on`, the day it is
    written) first, then the greeting, the signature last; a draft with gaps starts with the draft
    line (and its title says DRAFT). Call `check_ready` first."""
    ar = lang == "ar"
    title = (f"إشعار بحادثة تسرب بيانات شخصية ({row.get('reference')})" if ar
             else f"Notice of a personal-data breach ({row.get('reference')})")
    greeting = "عزيزي العميل،" if ar else "Dear customer,"
    closing = ("مع التحية،" if ar else "Yours sincerely,") + "\n" + _organisation(org, lang)
    draft = draft_line(row, org, lang)
    if draft:
        title = f"{DRAFT_TITLE[1 if ar else 0]} — {title}"
    top = [heading(row, lang, on)] if on is not None else []
    return title, [*([draft] if draft else []), *top, greeting, *_paragraphs(row, org, lang), closing]


def subject_email(row: Mapping[str, Any], org: Mapping[str, Any], lang: str,
                  on: dt.date | None = None) -> tuple[str, str]:
    """(subject line, body) of the e-mail to the data subjects (a draft's subject line says so)."""
    ar = lang == "ar"
    organisation = _organisation(org, lang)
    subject = (f"{organisation}: إشعار مهم بشأن بياناتك الشخصية" if ar
               else f"{organisation}: important notice about your personal data")
    if draft_line(row, org, lang):
        subject = f"[{DRAFT_TITLE[1 if ar else 0]}] {subject}"
    _title, paragraphs = subject_letter(row, org, lang, on)
    return subject, "\n\n".join(paragraphs) + "\n"
