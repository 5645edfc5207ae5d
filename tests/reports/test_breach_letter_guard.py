"""The breach letter's draft guard also checks the officer's block: an Arabic letter is signed with an
Arabic name, and a placeholder contact ("dpo@example.com", "0000", "TBD") makes the letter a marked
draft naming it. Read back from the letter PDF and the e-mail text."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.domain.letter_gaps import placeholder_contact
from compliance_desk.reports.export import export_breach_notice
from compliance_desk.storage import breaches, records
from compliance_desk.storage.register import Register
from tests.reports.reading import pages_text
from tests.reports.test_breach_reports import _fold, register  # noqa: F401  (the fixture)


def test_placeholders() -> None:
    # the privacy notice's placeholders too (domain/placeholders): one definition for every document
    for value in ("dpo@example.com", "+966 0000 0000", "TBD", "to be confirmed", "0500000000", "يحدد لاحقاً",
                  "dpo@alwaha.example", "+966 11 234 5678"):
        assert placeholder_contact(value), value
    for value in ("noura@alwaha.sa", "+966114602718", None, ""):
        assert not placeholder_contact(value), value


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_officer_block_makes_a_draft(register: Register, tmp_path: Path, lang: str) -> None:  # noqa: F811
    breaches.update(register, 1, {"subjects_decision": "notify"})
    if lang == "ar":  # the letter's own texts in Arabic: only the officer's block is in question
        breaches.update(register, 1, {"title": "ملف عملاء متاح في حاوية تخزين عامة",
                                      "description": "تُرك ملف تصدير تجريبي متاحاً للعموم.",
                                      "consequences": "رسائل تصيّد موجّهة إلى العملاء",
                                      "measures_taken": "جُعلت الحاوية خاصة وغُيّرت المفاتيح",
                                      "measures_planned": "مراجعة سياسات جميع الحاويات"})
    clean, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "ok.txt", lang=lang, kind="letter",
                                    fmt="email")
    body = clean.read_text(encoding="utf-8")
    assert "DRAFT" not in body and "مسودة" not in body
    if lang == "ar":  # signed with the Arabic form of the name only
        assert "نورة القحطاني" in body and "Noura" not in body
    records.save_organisation(register, {"officer_name": "Noura Al-Qahtani", "officer_email": "dpo@example.com",
                                         "officer_phone": "TBD"})
    pdf, _ = export_breach_notice(register, "BRC-2026-0001", tmp_path / "draft.pdf", lang=lang, kind="letter")
    text = _fold("\n".join(pages_text(pdf)))
    if lang == "ar":
        assert "مسودة — لا تُرسل" in text
        assert "مسؤول حماية البيانات بالعربية" in text
        assert "البريد الإلكتروني للمسؤول (قيمة مؤقتة وليست وسيلة تواصل حقيقية)" in text
        assert "هاتف المسؤول (قيمة مؤقتة" in text
    else:
        assert "DRAFT — do not send: still to be completed:" in text
        assert "Data protection officer in English" not in text  # a Latin name suits an English letter
        assert "Officer's e-mail (a placeholder, not a real contact)" in text
        assert "Officer's phone (a placeholder, not a real contact)" in text
