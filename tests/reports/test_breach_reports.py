"""The breach notice to SDAIA (PDF and text), the notice to data subjects, the period report, the
workbook sheet and the record sheet, read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from compliance_desk.domain import clock
from compliance_desk.domain.breach_notice import DECIDE, INCOMPLETE, SECTIONS
from compliance_desk.domain.entities import BREACH
from compliance_desk.reports.export import export_breach_notice, export_pdf, export_workbook
from compliance_desk.storage import activities, breaches
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE
from tests.reports.conftest import ORG
from tests.reports.reading import latin_text, pages_text

NOW = dt.datetime(2026, 3, 12, 6, 0, tzinfo=dt.UTC)  # 09:00 in Riyadh


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.fix(NOW)
    with Register.create(tmp_path / "b.cdesk", PASSPHRASE, {**ORG, "officer_phone": "+966114602718",
                         "officer_email": "dpo@testtrading.sa",
                         "officer_name": "نورة القحطاني (Noura Al-Qahtani)"},
                         actor="tester") as register:
        activity = activities.save_activity(register, None, {"name_en": "Online orders", "name_ar": "الطلبات الإلكترونية"})
        full = breaches.create(register, {
            "title": "Customer export on a public bucket", "description": "A test export was left public.",
            "occurred_from": "2026-03-09 22:00", "occurred_to": "2026-03-10 07:00", "discovered_at": "2026-03-10 08:30",
            "discovered_by": "Cloud monitoring", "discovery_method": "Storage access alert",
            "aware_at": "2026-03-10 09:00", "category": "confidentiality", "cause": "attack",
            "data_categories": ["identity", "contact"], "subject_categories": ["customers"], "subject_count": 1200,
            "subject_count_approximate": True, "consequences": "Phishing aimed at customers",
            "measures_taken": "Bucket made private; keys rotated", "measures_planned": "Review every bucket policy",
            "systems": "Data warehouse"}, activity_ids=[activity])
        breaches.advance(register, full, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                      "subjects_decision": "notify"})
        breaches.update(register, full, {"subjects_decision": "pending"})  # reopened: the letter waits
        breaches.add_step(register, full, {"kind": "containment", "action": "Make the bucket private",
                                           "done_on": "2026-03-10"})
        breaches.advance(register, full, "notified", {"sdaia_notified_at": "2026-03-11 15:00",
                                                      "sdaia_reference": "NDGP-77"})
        # a breach with the guide's fields still missing, whose clock runs
        breaches.create(register, {"title": "Laptop stolen", "aware_at": "2026-03-11 20:00",
                                   "category": "availability", "cause": "lost_device"})
        late = breaches.create(register, {"title": "Misdirected payroll", "aware_at": "2026-03-01 10:00",
                                          "category": "confidentiality", "cause": "misdirected_email",
                                          "subject_count": 40})
        breaches.advance(register, late, "assessed", {"severity": "low", "sdaia_decision": "notify",
                                                      "subjects_decision": "not_required"})
        breaches.advance(register, late, "notified", {"sdaia_notified_at": "2026-03-05 10:00",
                                                      "late_reason": "Found in an audit"})
        yield register
    clock.fix(None)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_pdf_has_every_section_in_the_guide_order(register: Register, tmp_path: Path, lang: str) -> None:
    path, seal = export_breach_notice(register, "BRC-2026-0001", tmp_path / f"n-{lang}.pdf", lang=lang)
    text = _fold("\n".join(pages_text(path)))
    # (an Arabic "1. …" extracts as ".1 …": the number is laid out right to left with its line)
    titles = [ar.split(". ", 1)[-1] if lang == "ar" else en for _key, en, ar in SECTIONS]
    positions = [text.rfind(_fold(t)) for t in titles]  # the sections, not the summary naming them
    assert all(p >= 0 for p in positions), list(zip(titles, positions, strict=True))
    assert positions == sorted(positions)
    latin = latin_text(path)
    assert "BRC-2026-0001" in latin and "NDGP-77" in latin and "2026-03-13" in latin and "09:00" in latin
    # the deadline, in the organisation's zone, the zone in words in Arabic
    assert ("بتوقيت الرياض" in text) if lang == "ar" else ("2026-03-13 09:00 (Asia/Riyadh, UTC+3)" in latin)
    assert "dpo@testtrading.sa" in latin
    assert ("1,200" in latin) and (("تقريباً" in text) if lang == "ar" else "approximately" in text)
    assert seal[:12] in _fold(latin)
    # subjects_decision is pending: a controller's judgement, to decide before filing (not "to find out")
    assert ("قبل تقديم الإبلاغ" in text) if lang == "ar" else ("decided by the controller before filing" in text)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_words_its_gaps_formally_and_drops_no_line(register: Register, tmp_path: Path, lang: str) -> None:
    txt, _ = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.txt", lang=lang, fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    i = 1 if lang == "ar" else 0
    assert f"{BREACH.field('title').label(lang)}:" in plain
    assert f"{BREACH.field('description').label(lang)}: [{INCOMPLETE[i]}]" in plain
    assert f"{BREACH.field('severity').label(lang)}: [{DECIDE[i]}]" in plain  # the controller's judgement
    assert "Incomplete" not in plain and "غير مكتمل" not in plain
    assert BREACH.field("subjects_decision").label(lang) not in plain  # a question, not a statement
    assert ("إشعار أصحاب البيانات:" if lang == "ar" else "Data subjects notified:") in plain
    for name, shown in (("occurred_to", ("Not yet known", "غير معروف بعد")),
                        ("systems", ("Not yet known", "غير معروف بعد")),
                        ("discovered_by", ("Not yet known", "غير معروف بعد")),
                        ("processor_id", ("None", "لا يوجد"))):
        assert f"{BREACH.field(name).label(lang)}: {shown[i]}" in plain, name


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_missing_fields_are_marked_incomplete(register: Register, tmp_path: Path, lang: str) -> None:
    path, _ = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.pdf", lang=lang)
    text = _fold("\n".join(pages_text(path)))
    marker = INCOMPLETE[1] if lang == "ar" else INCOMPLETE[0]
    assert text.count(marker.split(" — ")[0]) >= 8  # description, times, subjects, data, risks, measures …
    txt, _ = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.txt", lang=lang, fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    assert plain.count(f"[{marker}]") >= 8
    assert plain.index("1.") < plain.index("9.")
    first, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "full.txt", lang=lang, fmt="txt")
    assert plain.count(f"[{marker}]") > first.read_text(encoding="utf-8").count(f"[{marker}]")


def test_the_text_notice_holds_what_the_pdf_holds(register: Register, tmp_path: Path) -> None:
    txt, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "n.txt", lang="en", fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    for expected in ("1. What happened", "Customer export on a public bucket", "2026-03-10 09:00 (Asia/Riyadh, UTC+3)",
                     "Deadline to notify SDAIA (72 hours): 2026-03-13 09:00 (Asia/Riyadh, UTC+3)",
                     "Notified on time (within 72 h)", "1,200 approximately", "Containment: Make the bucket private",
                     "Online orders", "9. Contact of the data protection officer", "+966114602718"):
        assert expected in plain, expected


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_notice_still_to_file_says_by_when_not_that_it_is_not_filed(register: Register, tmp_path: Path,
                                                                       lang: str) -> None:
    """The time SDAIA was notified belongs to the record: a notice still to file shows its deadline."""
    path, _ = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.pdf", lang=lang)
    text = _fold("\n".join(pages_text(path)))
    latin = _fold(latin_text(path))
    assert ("لم يُبلَّغ بعد" not in text) if lang == "ar" else ("Not yet notified" not in text)
    assert "2026-03-14" in latin and "20:00" in latin and "UTC+3" in latin  # 72 h after 2026-03-11 20:00
    assert ("يُقدَّم في موعد أقصاه" in text) if lang == "ar" else ("to be filed by" in text)
    txt, _ = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.txt", lang=lang, fmt="txt")
    plain = txt.read_text(encoding="utf-8")
    assert "Not yet notified" not in plain and "لم يُبلَّغ بعد" not in plain
    assert ("2026-03-14 الساعة 20:00 بتوقيت الرياض (UTC+3)" if lang == "ar"
            else "2026-03-14 20:00 (Asia/Riyadh, UTC+3)") in plain


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_opens_as_a_notice_to_the_regulator(register: Register, tmp_path: Path, lang: str) -> None:
    """Its own first block: SDAIA and its platform, the controller and its officer, as-at in the
    organisation's zone, the deadline, the seal and how to check it; not a report cover."""
    path, seal = export_breach_notice(register, "BRC-2026-0002", tmp_path / "n.pdf", lang=lang)
    first = _fold(pages_text(path)[0])
    latin = _fold(latin_text(path))
    if lang == "ar":
        assert "سدايا" in first and "المنصة الوطنية لحوكمة البيانات" in first and "كما" in first
        assert "التوزيع" not in first and "ضبط الوثيقة" not in first
    else:
        assert "SDAIA" in first and "national data-governance platform" in first and "As at" in first
        assert "Distribution" not in first and "Document control" not in first
    assert "2026-03-12" in latin and "09:00" in latin and "UTC+3" in latin  # as at: now in Riyadh
    assert "dpo@testtrading.sa" in latin and "+966114602718" in latin
    assert f"verify REGISTER --seal {seal[:12]}" in latin
    assert "1. What happened" in _fold(latin_text(path)) or lang == "ar"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_letter_to_the_subjects_before_the_decision_to_notify_them(register: Register, tmp_path: Path,
                                                                       lang: str) -> None:
    from compliance_desk.domain.errors import InvalidInput

    before = register.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(InvalidInput) as caught:
        export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.pdf", lang=lang, kind="letter")
    assert caught.value.key == "breach_letter_undecided" and caught.value.exit_code == 2
    assert not (tmp_path / "l.pdf").exists()
    assert register.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before  # nothing exported
    breaches.update(register, 1, {"subjects_decision": "not_required"})
    with pytest.raises(InvalidInput) as caught:
        export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.pdf", lang=lang, kind="letter")
    assert caught.value.key == "breach_letter_not_required"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_letter_with_gaps_is_a_marked_draft_naming_them(register: Register, tmp_path: Path, lang: str) -> None:
    breaches.update(register, 3, {"subjects_decision": "notify"})  # no data, consequences or measures yet
    letter, _ = export_breach_notice(register, "BRC-2026-0003", tmp_path / "l.pdf", lang=lang, kind="letter")
    text = _fold("\n".join(pages_text(letter)))
    assert "—." not in text and ": —" not in text
    if lang == "ar":
        assert "مسودة — لا تُرسل" in text and "المخاطر والعواقب المحتملة" in text and "يلزم استكماله" in text
    else:
        assert "DRAFT — do not send: still to be completed:" in text
        assert "Risks and likely consequences" in text and "Measures taken" in text and "[to be completed]" in text
    email, _ = export_breach_notice(register, "BRC-2026-0003", tmp_path / "e.eml", lang=lang, kind="letter",
                                    fmt="email")
    body = email.read_text(encoding="utf-8")
    assert body.startswith("الموضوع: [مسودة]" if lang == "ar" else "Subject: [DRAFT]")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_to_data_subjects_as_letter_and_email(register: Register, tmp_path: Path, lang: str) -> None:
    breaches.update(register, 1, {"subjects_decision": "notify"})
    if lang == "ar":  # recorded in English only: the Arabic letter is a draft naming what to write in Arabic
        _title, paragraphs = letter_text(register, 1, "ar")
        assert "Customer export" not in "\n".join(paragraphs) and "Phishing" not in "\n".join(paragraphs)
        assert paragraphs[0].startswith("مسودة — لا تُرسل") and "الوصف بالعربية" in paragraphs[0]
        assert "ما الذي حدث: [الوصف بالعربية غير مسجَّل]" in paragraphs
        breaches.update(register, 1, {"title": "ملف عملاء متاح في حاوية تخزين عامة",
                                      "description": "تُرك ملف تصدير تجريبي متاحاً للعموم.",
                                      "consequences": "رسائل تصيّد موجّهة إلى العملاء",
                                      "measures_taken": "جُعلت الحاوية خاصة وغُيّرت المفاتيح",
                                      "measures_planned": "مراجعة سياسات جميع الحاويات"})
    letter, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "l.pdf", lang=lang, kind="letter")
    text = _fold("\n".join(pages_text(letter)))
    if lang == "ar":
        assert "عزيزي العميل" in text and "عزيزنا" not in text and "ما يمكنك فعله" in text and "سدايا" in text
    else:
        assert "Dear customer" in text and "What you can do" in text and "SDAIA" in text
        assert "Be wary of calls" in text  # advice for contact data
    email, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "e.txt", lang=lang, kind="letter",
                                    fmt="email")
    body = email.read_text(encoding="utf-8")
    assert body.startswith("الموضوع: شركة الاختبار" if lang == "ar" else "Subject: Test Trading Co.")
    assert "dpo@testtrading.sa" in body and "مسودة" not in body and "DRAFT" not in body
    # aware at, in plain words in the organisation's zone
    assert ("10 مارس 2026 الساعة 09:00 بتوقيت الرياض" if lang == "ar" else "10 March 2026 at 09:00 (Riyadh time)") \
        in body, body


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_breach_letters_sign_off_stays_with_its_last_paragraph(register: Register, tmp_path: Path,
                                                                   lang: str) -> None:
    """Letters of every length around a page break: the closing is on the page of the contact block
    before it, never alone on the last page."""
    closing, contact = ("مع التحية", "لأي استفسار") if lang == "ar" else ("Yours sincerely", "If you have any question")
    sentence = "جُعلت الحاوية خاصة وغُيّرت المفاتيح. " if lang == "ar" else "Bucket made private; keys rotated. "
    breaches.update(register, 1, {"subjects_decision": "notify"})
    for n in range(40, 100, 4):
        breaches.update(register, 1, {"measures_taken": sentence * n})
        pdf, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / f"s{n}.pdf", lang=lang, kind="letter")
        pages = [_fold(page) for page in pages_text(pdf)]
        [signed] = [i for i, page in enumerate(pages) if closing in page]
        assert contact in pages[signed], (n, signed, len(pages))


def letter_text(register: Register, breach_id: int, lang: str) -> tuple[str, list[str]]:
    from compliance_desk.domain import breach_letters
    from compliance_desk.storage import records

    row = records.get(register, BREACH, breach_id)
    return breach_letters.subject_letter(row, records.organisation(register) or {}, lang)


def test_the_period_report_counts_and_the_median(register: Register, tmp_path: Path) -> None:
    path, _ = export_pdf(register, "breaches", tmp_path / "b.pdf", lang="en", date_from="2026-03-01",
                         date_to="2026-03-31")
    text = _fold("\n".join(pages_text(path)))
    assert "Notified on time (within 72 h) 1" in text and "Notified late (after 72 h) 1" in text
    assert "Not yet notified 1" in text
    assert "Median hours from awareness to the notice 63.0" in text  # (30 + 96) / 2
    assert "Cyber-attack 1" in text and "Lost or stolen device 1" in text
    assert "BRC-2026-0003" in text
    # the laptop's count was never entered: the sum says what it covers, never a silent total
    assert "Data subjects concerned (as recorded) 1,240 (recorded for 2 of 3 breaches)" in text
    stolen, _ = export_pdf(register, "breaches", tmp_path / "s.pdf", lang="en", date_from="2026-03-11",
                           date_to="2026-03-11")
    assert "Data subjects concerned (as recorded) not recorded" in _fold("\n".join(pages_text(stolen)))
    ar, _ = export_pdf(register, "breaches", tmp_path / "b-ar.pdf", lang="ar")
    assert "حسب السبب" in _fold("\n".join(pages_text(ar)))


def test_workbook_sheet_and_record_sheet(register: Register, tmp_path: Path) -> None:
    path, _ = export_workbook(register, tmp_path / "w.xlsx", lang="en")
    sheet = load_workbook(path)["Personal-data breaches"]
    headers = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(headers, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["BRC-2026-0001"]["Notice to SDAIA"] == "Notified on time (within 72 h)"
    assert rows["BRC-2026-0001"]["Hours to notify"] == 30
    assert rows["BRC-2026-0002"]["Notice to SDAIA"].endswith("left to notify SDAIA")
    assert rows["BRC-2026-0001"]["Activities concerned"] == "PA-0001"
    record, _ = export_pdf(register, "record", tmp_path / "r.pdf", lang="en", reference="BRC-2026-0001")
    text = _fold("\n".join(pages_text(record)))
    assert "Containment and remediation steps" in text and "Make the bucket private" in text
    assert "Aware at (the clock starts) 2026-03-10 09:00 (Asia/Riyadh, UTC+3)" in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_record_masking_note_says_what_is_true(register: Register, tmp_path: Path, lang: str) -> None:
    """The DPO's contact is printed in full: the note says masking applies to the customers' and data
    subjects' contacts, not the organisation's own."""
    record, _ = export_pdf(register, "record", tmp_path / f"r-{lang}.pdf", lang=lang, reference="BRC-2026-0001")
    text = _fold("\n".join(pages_text(record)))
    assert "+966114602718" in text  # the organisation's contact, in full
    if lang == "en":
        assert "customers' and data subjects' document numbers, phone numbers and e-mail addresses" in text
        assert "The organisation's own contacts (such as the DPO's) are shown in full." in text
    else:
        assert "جهات اتصال المنشأة" in text and "كاملة" in text


@pytest.mark.parametrize("kind", ["record", "breaches"])
def test_the_footer_reads_date_then_time_in_arabic(register: Register, tmp_path: Path, kind: str) -> None:
    """"أُنشئ في 2026-03-12 06:00": the date-time is one left-to-right run, date first, on every page."""
    from tests.reports.reading import drawn

    extra = {"reference": "BRC-2026-0001"} if kind == "record" else {}
    path, _ = export_pdf(register, kind, tmp_path / f"{kind}.pdf", lang="ar", **extra)
    for page, text in enumerate(pages_text(path)):  # as a reader (PDFium) reads it back
        assert "أُنشئ في 2026-03-12 06:00 بالتوقيت العالمي" in _fold(text), [x for x in text.splitlines() if "أُنشئ" in x]
        footer = [s for s in drawn(path, page) if "06:00" in s and "2026-03-12" in s and "UTC" not in s]
        assert footer and all(s.index("2026-03-12") < s.index("06:00") for s in footer), footer  # as drawn
