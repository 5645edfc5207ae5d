"""A notice to SDAIA with gaps is a draft, marked like a letter with gaps: its title says DRAFT and
its first line names the count and kind of each gap, in the PDF and the text, in both languages; a
complete notice carries no mark (review of issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance_desk.domain import clock
from compliance_desk.reports.export import export_breach_notice
from compliance_desk.storage import breaches
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE
from tests.reports.conftest import ORG
from tests.reports.reading import pages_text

NOW = dt.datetime(2026, 3, 12, 6, 0, tzinfo=dt.UTC)
TEXTS = {
    "en": {"title": "Customer export on a public bucket", "description": "A test export was left public.",
           "consequences": "Phishing aimed at customers", "measures_taken": "Bucket made private",
           "measures_planned": "Review every bucket policy"},
    "ar": {"title": "ملف عملاء متاح في حاوية تخزين عامة", "description": "تُرك ملف اختبار متاحاً للعموم",
           "consequences": "رسائل تصيّد موجّهة إلى العملاء", "measures_taken": "جُعلت الحاوية خاصة",
           "measures_planned": "مراجعة سياسات جميع الحاويات"},
}


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    clock.fix(NOW)
    with Register.create(tmp_path / "r.cdesk", PASSPHRASE, {**ORG, "officer_phone": "+966 11 234 5678"},
                         actor="tester") as found:
        for lang in ("en", "ar"):  # BRC-2026-0001 complete in English, BRC-2026-0002 in Arabic
            created = breaches.create(found, {
                **TEXTS[lang], "occurred_from": "2026-03-09 22:00", "discovered_at": "2026-03-10 08:30",
                "aware_at": "2026-03-10 09:00", "category": "confidentiality", "cause": "attack",
                "discovery_method": "Storage access alert" if lang == "en" else "تنبيه وصول إلى التخزين",
                "data_categories": ["identity"], "subject_categories": ["customers"], "subject_count": 1200})
            breaches.advance(found, created, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                          "subjects_decision": "notify"})
        # BRC-2026-0003: the guide's fields missing, and an English-only description
        breaches.create(found, {"title": "ملف مسروق", "description": "A laptop was stolen.",
                                "aware_at": "2026-03-11 20:00", "category": "availability", "cause": "lost_device"})
        yield found
    clock.fix(None)


def _notice(register: Register, tmp_path: Path, reference: str, lang: str) -> tuple[list[str], str]:
    pdf, _ = export_breach_notice(register, reference, tmp_path / f"{reference}-{lang}.pdf", lang=lang)
    txt, _ = export_breach_notice(register, reference, tmp_path / f"{reference}-{lang}.txt", lang=lang, fmt="txt")
    return [_fold(p) for p in pages_text(pdf)], txt.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_notice_with_gaps_is_a_marked_draft_naming_them(register: Register, tmp_path: Path, lang: str) -> None:
    pages, plain = _notice(register, tmp_path, "BRC-2026-0003", lang)
    title, _rule, _blank, first, *_ = plain.splitlines()
    if lang == "ar":
        assert title.startswith("مسودة — إبلاغ سدايا"), title
        assert first.startswith("مسودة — لا تُقدَّم: ما زال يلزم استكمال: حقول يلزم استيفاؤها: "), first
        assert "نصوص بانتظار الترجمة: 1 (ما الذي حدث)" in first, first
        assert "مسودة — لا تُقدَّم" in pages[0] and "حقول يلزم استيفاؤها:" in pages[0]
    else:
        assert title.startswith("DRAFT — Personal-data breach notice to SDAIA"), title
        assert first.startswith("DRAFT — do not file: still to be completed: Fields still to be provided: "), first
        assert "Free texts awaiting translation: 1 (What happened)" in first, first
        assert "DRAFT — do not file: still to be completed: Fields still to be provided:" in pages[0]
        assert pages[0].index("DRAFT — do not file") < pages[0].index("To Saudi Data")


@pytest.mark.parametrize(("lang", "reference"), [("en", "BRC-2026-0001"), ("ar", "BRC-2026-0002")])
def test_a_complete_notice_carries_no_draft_mark(register: Register, tmp_path: Path, lang: str,
                                                 reference: str) -> None:
    pages, plain = _notice(register, tmp_path, reference, lang)
    text = " ".join(pages) + plain
    assert "DRAFT" not in text and "مسودة" not in text, plain
    assert ("حقول يلزم استيفاؤها: 0" if lang == "ar" else "Fields still to be provided: 0") in plain
