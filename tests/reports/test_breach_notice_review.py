"""What SDAIA's reader found in the breach notice and the letter (issue 18 review), read back from
the PDF and the text: no field contradicts another, no free text in the other language unmarked,
the letter dated and referenced with the officer's contact reading whole right to left, the plain
text with the PDF's front block, and the seal in the notice's last block."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance_desk.domain import clock
from compliance_desk.domain.errors import ValidationError
from compliance_desk.reports.export import export_breach_notice
from compliance_desk.storage import breaches
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE
from tests.reports.conftest import ORG
from tests.reports.reading import chars, latin_text, occurrences, pages_text

NOW = dt.datetime(2026, 3, 12, 6, 0, tzinfo=dt.UTC)  # 09:00 in Riyadh
PHONE = "+966 11 234 5678"


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.fix(NOW)
    with Register.create(tmp_path / "r.cdesk", PASSPHRASE, {**ORG, "officer_phone": PHONE}, actor="tester") as found:
        # BRC-2026-0001: occurrence marked unknown (a time recorded anyway), no discovery time
        breaches.create(found, {
            "title": "ملف عملاء متاح في حاوية تخزين عامة", "description": "A test export was left public.",
            "occurred_unknown": True, "occurred_from": "2026-03-09 22:00", "aware_at": "2026-03-10 09:00",
            "category": "confidentiality", "cause": "attack", "data_categories": ["identity", "special_category"],
            "special_category": False, "consequences": "رسائل تصيّد موجّهة إلى العملاء",
            "measures_taken": "جُعلت الحاوية خاصة", "measures_planned": "Review every bucket policy"})
        # BRC-2026-0002: occurrence unknown, discovered before awareness
        breaches.create(found, {"title": "Laptop stolen", "occurred_unknown": True,
                                "discovered_at": "2026-03-11 18:00", "aware_at": "2026-03-11 20:00",
                                "category": "availability", "cause": "lost_device"})
        yield found
    clock.fix(None)


def _notice(register: Register, tmp_path: Path, reference: str, lang: str) -> tuple[str, str, str, str]:
    """(PDF text, PDF Latin text, plain text, the plain text's seal) of a notice."""
    pdf, _ = export_breach_notice(register, reference, tmp_path / f"{reference}-{lang}.pdf", lang=lang)
    txt, seal = export_breach_notice(register, reference, tmp_path / f"{reference}-{lang}.txt", lang=lang, fmt="txt")
    return (_fold("\n".join(pages_text(pdf))), _fold(latin_text(pdf)), txt.read_text(encoding="utf-8"), seal)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_discovery_time_not_recorded_is_no_later_than_awareness(register: Register, tmp_path: Path,
                                                                  lang: str) -> None:
    text, latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0001", lang)
    line = next(x for x in plain.splitlines() if x.startswith("وقت الاكتشاف:" if lang == "ar" else "Discovered at:"))
    assert "2026-03-10" in line and "09:00" in line, line  # the awareness time (Riyadh)
    assert ("لا يتجاوز" in line and "علم جهة التحكم" in line) if lang == "ar" else \
        ("No later than" in line and "when the controller became aware" in line)
    assert "غير معروف بعد" not in line and "Not yet known" not in line
    assert ("في موعد لا يتجاوز" in text) if lang == "ar" else ("No later than" in text)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_occurrence_marked_unknown_prints_no_occurrence_time(register: Register, tmp_path: Path,
                                                                lang: str) -> None:
    _text, latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0001", lang)
    # 2026-03-09 22:00 recorded in Riyadh: never printed while the occurrence is marked unknown
    assert "22:00" not in latin and "2026-03-09" not in latin and "2026-03-09" not in plain
    started = next(x for x in plain.splitlines() if x.startswith("وقع من:" if lang == "ar" else "Occurred from:"))
    ended = next(x for x in plain.splitlines() if x.startswith("وقع حتى:" if lang == "ar" else "Occurred until:"))
    assert started.startswith("وقع من: غير معروف" if lang == "ar" else "Occurred from: Unknown"), started
    assert ended == ("وقع حتى: غير معروف" if lang == "ar" else "Occurred until: Unknown")
    # bound by what is known: the discovery when recorded
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", lang)
    started = next(x for x in plain.splitlines() if x.startswith("وقع من:" if lang == "ar" else "Occurred from:"))
    assert "2026-03-11" in started and "18:00" in started and (
        "اكتشافه" in started if lang == "ar" else "no later than its discovery" in started), started


def test_special_category_data_listed_reads_as_special_category_data(register: Register, tmp_path: Path) -> None:
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0001", "en")
    assert "Sensitive data (PDPL): Yes" in plain


def test_subjects_told_is_a_fact_once_their_notice_is_recorded(register: Register, tmp_path: Path) -> None:
    breaches.update(register, 2, {"subjects_notified_at": "2026-03-12 08:00"})  # decision still pending
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", "en")
    assert "Data subjects notified: Yes\n" in plain, plain


@pytest.mark.parametrize(("values", "field", "key"), [
    ({"discovered_at": "2026-03-10 10:00", "aware_at": "2026-03-10 09:00"}, "discovered_at", "discovered_after_aware"),
    ({"occurred_from": "2026-03-10 08:00", "discovered_at": "2026-03-10 07:00", "aware_at": "2026-03-10 09:00"},
     "discovered_at", "discovered_before_occurred"),
])
def test_times_that_contradict_each_other_are_refused(register: Register, values: dict, field: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        breaches.create(register, {"title": "t", "category": "integrity", "cause": "other", **values})
    assert caught.value.field == field and caught.value.reason.key == key


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_free_text_in_the_other_language_is_marked_and_listed(register: Register, tmp_path: Path, lang: str) -> None:
    text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0001", lang)
    if lang == "ar":  # the description and the planned measures were written in English only
        assert "ما الذي حدث وكيف: [بانتظار الترجمة إلى العربية] A test export was left public." in plain
        assert "الإجراءات المخطط لها: [بانتظار الترجمة إلى العربية] Review every bucket policy" in plain
        assert "نصوص بانتظار الترجمة: 2 (ما الذي حدث، الإجراءات المتخذة والمخطط لها)" in plain
        assert "بانتظار الترجمة إلى العربية" in text and "نصوص بانتظار الترجمة" in text
    else:  # the title, consequences and measures taken were written in Arabic only
        assert "Summary: [Awaiting translation into English] ملف عملاء متاح في حاوية تخزين عامة" in plain
        assert "Measures taken: [Awaiting translation into English]" in plain
        assert "Free texts awaiting translation: 3 (What happened, Risks and likely consequences, " \
               "Measures taken and planned)" in plain
        assert "Awaiting translation into English" in text and "Free texts awaiting translation" in text
    # a text in the notice's own language is not marked
    assert "Measures planned: [Awaiting" not in plain and "الإجراءات المتخذة: [بانتظار" not in plain


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_text_notice_opens_with_the_pdf_front_block(register: Register, tmp_path: Path, lang: str) -> None:
    _text, _latin, plain, seal = _notice(register, tmp_path, "BRC-2026-0002", lang)
    head = plain.split("\n\n", 3)[2]  # the block under the title and the draft's warning line
    expected = (["إلى: الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا)", "من (جهة التحكم): شركة الاختبار",
                 "مسؤول حماية البيانات: Noura", f"\u2066dpo@test.example\u2069 — \u2066{PHONE}\u2069",
                 "كما في: 2026-03-12 الساعة 09:00 بتوقيت الرياض (UTC+3)",
                 "يُقدَّم في موعد أقصاه 2026-03-14 الساعة 20:00 بتوقيت الرياض (UTC+3)"] if lang == "ar" else
                ["To: Saudi Data and AI Authority (SDAIA)", "From (the controller): Test Trading Co.",
                 "Data protection officer: Noura", f"dpo@test.example — {PHONE}",
                 "As at: 2026-03-12 09:00 (Asia/Riyadh, UTC+3)",
                 "Deadline to notify SDAIA (72 hours from awareness): to be filed by 2026-03-14 20:00 "
                 "(Asia/Riyadh, UTC+3)"])
    for line in expected:
        assert line in head, (line, head)
    # the seal and how to check it: last, after the officer's contact, under a heading of its own
    contact = plain.index("9. ")
    assert plain.index(seal) > contact and plain.rstrip().endswith(f"compliance-desk verify REGISTER --seal {seal[:12]}")
    assert seal not in head


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_seal_is_the_notice_last_block_not_its_front(register: Register, tmp_path: Path, lang: str) -> None:
    pdf, seal = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.pdf", lang=lang)
    pages = [_fold(p) for p in pages_text(pdf)]
    text = " ".join(pages)
    heading = ("ليس جزءاً من الإبلاغ" if lang == "ar" else "not part of the notice")
    contact = ("بيانات التواصل مع مسؤول حماية البيانات" if lang == "ar" else "Contact of the data protection officer")
    sign_off = "الاعتماد والتوقيع" if lang == "ar" else "Sign-off"
    assert text.rfind(contact) < text.rfind(sign_off) < text.find(heading), "the seal block is the last block"
    assert "--seal" not in pages[0] and "--seal" in pages[-1]
    assert f"verify REGISTER --seal {seal[:12]}" in _fold(latin_text(pdf))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_letter_is_dated_and_referenced(register: Register, tmp_path: Path, lang: str) -> None:
    breaches.update(register, 1, {"subjects_decision": "notify"})
    txt, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.txt", lang=lang, kind="letter", fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    if lang == "ar":
        # Latin digits, as in the request letters and the notices
        assert "مرجعنا: BRC-2026-0001\nالتاريخ: 12 مارس 2026" in plain
        assert not re.search("[\u0660-\u0669]", plain), plain
    else:
        assert "Our reference: BRC-2026-0001\nDate: 12 March 2026" in plain
    pdf, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.pdf", lang=lang, kind="letter")
    text = _fold("\n".join(pages_text(pdf)))
    assert ("مارس" in text and "2026" in text and "مرجعنا" in text) if lang == "ar" else ("Date: 12 March 2026" in text)
    assert not re.search("[\u0660-\u0669]", text), text
    assert "BRC-2026-0001" in latin_text(pdf)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_letter_quotes_no_free_text_of_the_other_language(register: Register, tmp_path: Path, lang: str) -> None:
    """Each part on its own: an Arabic title beside an English description is still a gap."""
    breaches.update(register, 1, {"subjects_decision": "notify"})
    txt, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.txt", lang=lang, kind="letter", fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    if lang == "ar":
        assert "A test export" not in plain and "Review every bucket" not in plain
        assert "[الوصف بالعربية غير مسجَّل]" in plain and "[الإجراءات المتخذة بالعربية غير مسجَّلة]" in plain
    else:
        assert "حاوية" not in plain and "تصيّد" not in plain
        assert "[Description in English not recorded]" in plain and plain.startswith("DRAFT")


def test_the_arabic_letter_officer_contact_reads_whole_right_to_left(register: Register, tmp_path: Path) -> None:
    breaches.update(register, 1, {"subjects_decision": "notify"})
    txt, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.txt", lang="ar", kind="letter", fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    # one item a line, the e-mail and the phone as left-to-right isolates (a text editor, a mail client)
    assert "البريد الإلكتروني: \u2066dpo@test.example\u2069" in plain
    assert f"الهاتف: \u2066{PHONE}\u2069" in plain
    pdf, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.pdf", lang="ar", kind="letter")
    drawn = chars(pdf, 0)
    # the phone's groups drawn left to right in their own order, on one line
    assert occurrences(drawn, PHONE.replace(" ", "")), "the phone number is drawn whole"
    assert occurrences(drawn, "dpo@test.example")
    assert "\u2066" not in "".join(pages_text(pdf))  # the PDF lays the isolate out; no mark is drawn


def test_more_subjects_told_than_concerned_is_refused_unless_approximate(register: Register) -> None:
    base = {"title": "t", "category": "integrity", "cause": "other", "aware_at": "2026-03-10 09:00",
            "subject_count": 40, "subjects_notified_count": 41}
    with pytest.raises(ValidationError) as caught:
        breaches.create(register, base)
    assert caught.value.field == "subjects_notified_count"
    assert caught.value.reason.key == "notified_more_than_concerned"
    assert breaches.create(register, {**base, "subject_count_approximate": True})  # about 40: 41 told is no contradiction


def test_the_arabic_text_notice_isolates_the_officer_contact(register: Register, tmp_path: Path) -> None:
    _text, latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", "ar")
    assert f"الهاتف: \u2066{PHONE}\u2069" in plain and "البريد الإلكتروني: \u2066dpo@test.example\u2069" in plain
    assert PHONE in latin and "\u2066" not in _text  # the PDF lays the run out itself; no mark drawn
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", "en")
    assert f"Phone: {PHONE}\n" in plain  # left to right already


def test_a_linked_activity_named_in_english_only_is_marked_in_the_arabic_notice(register: Register,
                                                                                 tmp_path: Path) -> None:
    from compliance_desk.storage import activities

    english = activities.save_activity(register, None, {"name_en": "Online orders"})
    both = activities.save_activity(register, None, {"name_en": "Payments", "name_ar": "المدفوعات"})
    breaches.create(register, {"title": "تسريب", "aware_at": "2026-03-10 09:00", "category": "integrity",
                               "cause": "other"}, activity_ids=[english])
    breaches.create(register, {"title": "تسريب آخر", "aware_at": "2026-03-10 09:00", "category": "integrity",
                               "cause": "other"}, activity_ids=[both])
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0003", "ar")
    assert "أنشطة المعالجة المعنية: [بانتظار الترجمة إلى العربية] PA-0001 Online orders" in plain
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0004", "ar")
    assert "أنشطة المعالجة المعنية: PA-0002 المدفوعات" in plain  # a reference alone is not English text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_notice_still_to_file_after_72_hours_says_it_is_late_and_asks_why(register: Register, tmp_path: Path,
                                                                             lang: str) -> None:
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", lang)  # within its 72 hours
    assert "انقضت الساعات" not in plain and "the 72 hours have passed" not in plain
    clock.fix(dt.datetime(2026, 3, 15, 6, 0, tzinfo=dt.UTC))  # aware 2026-03-11 20:00 Riyadh: deadline passed
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", lang)
    assert ("انقضت الساعات" in plain) if lang == "ar" else ("Late: the 72 hours have passed" in plain), plain
    late = next(x for x in plain.splitlines() if x.startswith("سبب التأخر" if lang == "ar" else "Reason"))
    assert ("غير معروف بعد" in late) if lang == "ar" else ("Not yet known" in late), late


def test_sensitive_data_is_not_known_while_the_data_concerned_is_not(register: Register, tmp_path: Path) -> None:
    _text, _latin, plain, _ = _notice(register, tmp_path, "BRC-2026-0002", "en")  # no data categories recorded
    line = next(x for x in plain.splitlines() if x.startswith("Sensitive data (PDPL):"))
    assert line.split(":", 1)[1].strip() != "No" and "Not yet known" in line, line
