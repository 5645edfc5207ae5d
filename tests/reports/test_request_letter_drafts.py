"""Request letters with gaps are marked drafts (the breach letters' guard, domain.letter_gaps): free
text in the other language's script, the officer's name only in the other script, how an extension
was told, an activity's retention with no recorded legal basis. Read back from the PDFs."""

from __future__ import annotations

import re
from pathlib import Path

from compliance_desk.reports.letter_texts import T
from compliance_desk.reports.letters import export_letter
from compliance_desk.storage import activities, kyc, records, requests
from compliance_desk.storage.register import Register
from tests.reports.reading import latin_text, pages_text

DRAFT_EN, DRAFT_AR = "DRAFT — do not send: still to be completed:", "مسودة — لا تُرسل: ما زال يلزم استكمال:"


def refused(register: Register, reason: str, told_by: str | None = None, client: str = "C-1") -> int:
    customer = kyc.save_customer(register, None, {"client_ref": client, "full_name_en": "Huda Al-Harbi",
                                                  "full_name_ar": "هدى الحربي", "email": "huda@example.com"})
    request_id = requests.create(register, {"received_at": "2026-06-01T09:00+03:00", "channel": "email",
                                            "customer_id": customer, "rights": ["erasure"]})
    requests.advance(register, request_id, "verified", {"identity_method": "known_contact"})
    requests.extend(register, request_id, "disproportionate_effort", "تقع السجلات في ثلاثة أنظمة.", "2026-06-15",
                    told_by=told_by)
    requests.decide(register, request_id, {"erasure": {"decision": "refused", "refusal_reason": "legal_retention",
                                                       "reason": reason}})
    requests.advance(register, request_id, "answered", {"response_method": "email"})
    return request_id


def letter(register: Register, request_id: int, kind: str, lang: str, path: Path) -> tuple[str, str]:
    written, _ = export_letter(register, request_id, kind, path / f"{kind}_{lang}_{request_id}.pdf", lang)
    return " ".join(" ".join(pages_text(written)).split()), latin_text(written)


def test_an_arabic_letter_quoting_english_free_text_or_a_latin_only_officer_name_is_a_marked_draft(
        reg: Register, tmp_path: Path) -> None:
    request_id = refused(reg, "AML Law Art. 12 keeps these records for ten years.", told_by="email")
    arabic, arabic_latin = letter(reg, request_id, "refusal", "ar", tmp_path)
    assert DRAFT_AR in arabic and "مسودة" in arabic.split(DRAFT_AR)[1]  # the subject line says DRAFT too
    assert "الأسباب المبينة (حق الإتلاف) بالعربية" in arabic  # the gap is named…
    assert "keeps these records" not in arabic_latin  # …and the English prose is not quoted
    # the officer's name is only in Latin letters ("Noura"): printed as written, and named as a gap
    assert "اسم مسؤول حماية البيانات بالعربية" in arabic and "Noura" in arabic_latin
    english, _ = letter(reg, request_id, "refusal", "en", tmp_path)
    assert "DRAFT" not in english and "AML Law Art. 12 keeps these records for ten years." in english
    # the mirror: the extension's reasons were written in Arabic only; the English notice does not quote them
    notice, _ = letter(reg, request_id, "extension", "en", tmp_path)
    assert DRAFT_EN in notice and "Reasons given to the requester in English" in notice
    assert "ثلاثة أنظمة" not in notice
    arabic_notice, _ = letter(reg, request_id, "extension", "ar", tmp_path)
    assert "ثلاثة أنظمة" in arabic_notice and "الأسباب المبينة لمقدم الطلب بالعربية" not in arabic_notice


def test_a_letter_in_the_requesters_language_throughout_is_no_draft_and_signs_in_its_own_script(
        reg: Register, tmp_path: Path) -> None:
    records.save_organisation(reg, {"officer_name": "نورة عبدالله القحطاني (Noura Al-Qahtani)"})
    request_id = refused(reg, "يُلزمنا نظام مكافحة غسل الأموال بحفظ هذه السجلات عشر سنوات.", told_by="letter")
    arabic, arabic_latin = letter(reg, request_id, "refusal", "ar", tmp_path)
    assert "مسودة" not in arabic and "نورة عبدالله القحطاني" in arabic and "Noura" not in arabic_latin
    assert "بحفظ هذه السجلات عشر سنوات" in arabic
    english, english_latin = letter(reg, request_id, "refusal", "en", tmp_path)
    assert DRAFT_EN in english and "Reasons given (Erasure) in English" in english
    assert "Noura Al-Qahtani" in english_latin and "القحطاني" not in english


def test_the_extension_notice_says_how_the_requester_was_told(reg: Register, tmp_path: Path) -> None:
    by_mail = refused(reg, "يلزمنا النظام بحفظها.", told_by="email")
    english, _ = letter(reg, by_mail, "extension", "en", tmp_path)
    assert "We told you of this extension by e-mail on 2026-06-15" in english and "confirms it in writing" in english
    arabic, _ = letter(reg, by_mail, "extension", "ar", tmp_path)
    assert "أبلغناكم بهذا التمديد عبر البريد الإلكتروني" in arabic
    by_letter = refused(reg, "يلزمنا النظام بحفظها.", told_by="letter", client="C-2")
    english, _ = letter(reg, by_letter, "extension", "en", tmp_path)
    assert "This letter, dated 2026-06-15" in english and "is our notice of the extension to you." in english
    untold = refused(reg, "يلزمنا النظام بحفظها.", client="C-3")  # (an import may leave the method blank)
    english, _ = letter(reg, untold, "extension", "en", tmp_path)
    assert DRAFT_EN in english and "Extension: requester told by" in english


def _activity(register: Register, reason: str | None) -> int:
    values = {"name_ar": "الطلبات", "name_en": "Orders", "purposes": ["order_fulfilment"],
              "legal_bases": ["contract"], "subject_categories": ["customers"], "data_categories": ["contact"],
              "retention_months": 60, "status": "active"}
    if reason:
        values |= {"retention_reason": reason, "retention_reason_ar": "مدة التقادم في النظام التجاري"}
    return activities.save_activity(register, None, values, [], [])


def test_an_activity_hold_names_its_recorded_basis_and_without_one_claims_no_article(reg: Register,
                                                                                   tmp_path: Path) -> None:
    _activity(reg, None)
    request_id = refused(reg, "يلزمنا النظام بحفظها.", told_by="letter")
    english, _ = letter(reg, request_id, "refusal", "en", tmp_path)
    assert "for the retention period we set for their processing (no legal retention basis recorded)" in english
    assert "the law requires us to keep" not in english
    assert "PDPL Art. 18" not in english
    assert DRAFT_EN in english and "Legal basis for the retention of PA-0001" in english
    arabic, _ = letter(reg, request_id, "refusal", "ar", tmp_path)
    assert "لم يُسجَّل أساس نظامي للاحتفاظ" in arabic and "المادة 18" not in arabic


def test_an_activity_hold_with_a_recorded_reason_cites_art_18_with_it(reg: Register, tmp_path: Path) -> None:
    _activity(reg, "the commercial law limitation period")
    request_id = refused(reg, "يلزمنا النظام بحفظها.", told_by="letter")
    english, _ = letter(reg, request_id, "answer", "en", tmp_path)
    assert "PDPL Art. 18 (retention required by: the commercial law limitation period)" in english
    arabic, _ = letter(reg, request_id, "answer", "ar", tmp_path)
    assert "أساس الاحتفاظ: مدة التقادم في النظام التجاري" in arabic


MASCULINE_SINGULAR = re.compile(r"(?<![\u0600-\u06FF])(?:طلبك|بياناتك|هويتك|اسمك|لك|ولك|فلك|منك|إليك|يمكنك|توافق|طلبت|وتطلب)(?![\u0600-\u06FF])")
MISSPELT = re.compile(r"(?<![\u0600-\u06FF])(?:التى|الذى|فى|الى|اذا|ان|انت|انتم|اي|الا|هى|اثبات|اشعار|الغاء|اجراء)"
                      r"(?![\u0600-\u06FF])")


def test_arabic_letter_texts_use_the_plural_of_respect_and_spell_hamza_and_ya() -> None:
    """«السيد/السيدة» names no gender, so the letter goes on in the plural of respect (طلبكم، لكم),
    never in the masculine singular; and no ى for ي, no bare alif for a hamza."""
    for key, (_en, ar) in T.items():
        assert not MASCULINE_SINGULAR.search(ar), (key, ar)
        assert not MISSPELT.search(ar), (key, ar)


def test_every_arabic_letter_text_spells_hamza_and_ya() -> None:
    """The words of every letter to a data subject (requests and breaches, the holds they cite): no
    «التى» for «التي», no «اذا» for «إذا», no «اثبات» for «إثبات»."""
    import ast

    import compliance_desk.domain.breach_letters as breach
    import compliance_desk.domain.requests.holds as held
    import compliance_desk.domain.requests.vocab as vocab
    import compliance_desk.reports.letter_texts as texts

    wrong = re.compile(r"(?<![\u0600-\u06FF])(?:التى|الذى|فى|الى|اذا|ان|اي|الا|هى|اثبات|اشعار|الغاء|اجراء|اتلاف|اخرى|"
                       r"اول|اساس|اكثر|امر|اسباب|اقصى|ابلاغ|اعادة)(?![\u0600-\u06FF])|ى(?=[\u0600-\u06FF])")
    for module in (breach, held, vocab, texts):
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not wrong.search(node.value), (module.__name__, node.lineno, node.value)


def test_the_retention_kept_by_law_and_under_stated_periods_only_are_told_apart(reg: Register,
                                                                                tmp_path: Path) -> None:
    """A bullet with no legal basis never sits under «the law requires us to keep»; a category the law
    keeps is not listed again under the stated periods; «Legal obligation» alone names no law."""
    _activity(reg, "the commercial law limitation period")  # contact details, required by a named law
    activities.save_activity(reg, None, {"name_ar": "التسويق", "name_en": "Marketing", "purposes": ["marketing"],
                                         "legal_bases": ["consent"], "subject_categories": ["customers"],
                                         "data_categories": ["contact", "identity"], "retention_months": 24,
                                         "status": "active"}, [], [])
    request_id = refused(reg, "يلزمنا النظام بحفظها.", told_by="letter")
    english, _ = letter(reg, request_id, "answer", "en", tmp_path)
    required = english.split("the law requires us to keep the following data:")[1].split("We also keep")[0]
    stated = english.split("We also keep, for now, under our stated retention periods:")[1].split("When each")[0]
    assert "no legal retention basis recorded" not in required and "Contact details" in required
    assert "no legal retention basis recorded" in stated and "Identity" in stated and "Contact" not in stated
    assert "until 60 months after your relationship with us ends" in required
    assert "until 24 months after your relationship with us ends" in stated
    arabic, _ = letter(reg, request_id, "answer", "ar", tmp_path)
    assert "يُلزمنا النظام بالاحتفاظ بالبيانات الآتية:" in arabic
    assert "ونحتفظ كذلك، في الوقت الحالي، وفق مدد الاحتفاظ التي أعلنّاها" in arabic


def test_a_legal_obligation_alone_is_no_law_and_leaves_the_law_to_be_named(reg: Register, tmp_path: Path) -> None:
    activities.save_activity(reg, None, {"name_ar": "الفوترة", "name_en": "Billing", "purposes": ["order_fulfilment"],
                                         "legal_bases": ["legal_obligation"], "subject_categories": ["customers"],
                                         "data_categories": ["contact"], "retention_months": 60,
                                         "status": "active"}, [], [])
    request_id = refused(reg, "We must keep them.", told_by="letter")
    english, _ = letter(reg, request_id, "answer", "en", tmp_path)
    assert "retention required by: Legal obligation" not in english
    assert DRAFT_EN in english and "[The law that requires the retention of PA-0001: to be completed]" in english


def test_an_acknowledgement_after_an_extension_gives_the_extended_due_date(reg: Register, tmp_path: Path) -> None:
    request_id = refused(reg, "يلزمنا النظام بحفظها.", told_by="letter")
    english, _ = letter(reg, request_id, "acknowledgement", "en", tmp_path)
    assert "We will answer by 2026-07-31" in english and "2026-07-01" not in english
    arabic, _ = letter(reg, request_id, "acknowledgement", "ar", tmp_path)
    assert "2026-07-31" in arabic and "2026-07-01" not in arabic


def test_the_sign_off_stays_with_the_last_paragraph_whatever_the_letters_length(reg: Register,
                                                                                tmp_path: Path) -> None:
    """Letters of every length around a page break: the closing, the officer's title and the seal line
    are on one page, and that page holds the letter's last paragraph too (never the sign-off alone)."""
    for n in range(100, 124, 2):
        request_id = refused(reg, "We keep these records. " * n, told_by="letter", client=f"C-{n}")
        written, _ = export_letter(reg, request_id, "refusal", tmp_path / f"long_{n}.pdf", "en")
        pages = pages_text(written)
        [closing] = [i for i, page in enumerate(pages) if "Yours sincerely" in page]
        assert closing == len(pages) - 1, n
        last = " ".join(pages[closing].split())
        assert "Data protection officer" in last.split("Yours sincerely")[1], n
        assert "this letter's copy is recorded" in last, n
        assert "You can reach our data protection officer" in last.split("Yours sincerely")[0], n


def test_letter_wording_gender_of_placeholders_e_mail_sdaia_and_the_complaint_time(reg: Register,
                                                                                   tmp_path: Path) -> None:
    request_id = refused(reg, "AML Law Art. 12 keeps these records for ten years.", told_by="email")
    arabic, _ = letter(reg, request_id, "refusal", "ar", tmp_path)
    # «الأسباب» is a non-human plural: the placeholder agrees in the feminine
    assert "بالعربية: يلزم استكمالها]" in arabic and "بالعربية: يلزم استكماله]" not in arabic
    assert "خلال 90 يوماً من وقوع المخالفة أو علمكم بها" in arabic
    english, _ = letter(reg, request_id, "refusal", "en", tmp_path)
    # the complaint's 90 days run as PDPL IR Art. 37 and the privacy notice say
    assert "within 90 days of the incident or of learning of it" in english
    assert "Saudi Data and AI Authority" in english and "Data & AI" not in english
    acknowledgement, _ = letter(reg, request_id, "acknowledgement", "en", tmp_path)
    assert "on 2026-06-01 (" in acknowledgement and "by e-mail." in acknowledgement
    assert "by E-mail" not in acknowledgement
