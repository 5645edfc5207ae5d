"""An activity's retention holds data under PDPL Art. 18 only with its recorded basis, named; without
one it is kept under the activity's stated period, claims no article, and is a gap to review."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain.letter_gaps import Gaps, foreign, in_script
from compliance_desk.domain.requests import holds

TODAY = dt.date(2026, 6, 20)
CUSTOMER = {"reference": "CUS-00001"}
ACTIVITY = {"reference": "PA-0001", "name_en": "Analytics", "name_ar": "التحليلات", "retention_months": 24,
            "status": "active", "subject_categories": ["customers"], "data_categories": ["contact"],
            "legal_bases": ["consent"]}


def held(*activities: dict) -> list[holds.Hold]:
    return holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=False, disclosures=[],
                                activities=list(activities), today=TODAY)


def test_an_activity_without_a_recorded_basis_claims_no_article_and_is_listed_to_review() -> None:
    [hold] = held(ACTIVITY)
    assert hold.unfounded and holds.unfounded([hold]) == ["PA-0001"]
    en, ar = hold.summary("en"), hold.summary("ar")
    assert "Art. 18" not in en and "المادة 18" not in ar
    assert en.startswith("customers' data: Contact details")
    assert "kept under the activity's stated retention period (no legal retention basis recorded)" in en
    assert "لم يُسجَّل أساس نظامي للاحتفاظ" in ar
    many = holds.compact(held(ACTIVITY, {**ACTIVITY, "reference": "PA-0002"}), "en")
    assert len(many) == 1 and "Art. 18" not in many[0] and "2 processing activities" in many[0]
    gaps = Gaps("en")
    lines = holds.for_requester([hold], "en", gaps)
    assert "PDPL Art. 18" not in lines[0] and "no legal retention basis recorded" in lines[0]
    assert gaps.missing == ["Legal basis for the retention of PA-0001"]


def test_an_activity_with_a_recorded_reason_or_a_legal_obligation_names_it_under_art_18() -> None:
    reasoned = {**ACTIVITY, "retention_reason": "tax and accounting law", "retention_reason_ar": "أنظمة الضريبة"}
    [hold] = held(reasoned)
    assert not hold.unfounded and holds.unfounded([hold]) == []
    assert "PDPL Art. 18" in hold.summary("en") and "tax and accounting law" in hold.summary("en")
    assert "أنظمة الضريبة" in hold.summary("ar")
    [obliged] = held({**ACTIVITY, "legal_bases": ["legal_obligation"]})
    assert not obliged.unfounded and "PDPL Art. 18" in obliged.summary("en") and "Legal obligation" in obliged.summary("en")
    both = holds.compact(held(reasoned, {**ACTIVITY, "reference": "PA-0002"}), "en")
    assert len(both) == 2 and "PDPL Art. 18" in both[0] and "Art. 18" not in both[1]
    # an Arabic letter does not quote a reason written only in English: the gap is named instead
    gaps = Gaps("ar")
    line = holds.for_requester(held({**ACTIVITY, "retention_reason": "tax law"}), "ar", gaps)[0]
    assert "tax law" not in line and "المادة 18" in line and gaps.missing == ["سبب الاحتفاظ في PA-0001 بالعربية"]


def test_a_text_in_the_other_script_is_foreign_and_a_two_script_name_gives_each_letter_its_own() -> None:
    assert foreign("Records sit in three systems.", "ar") and not foreign("Records sit in three systems.", "en")
    assert foreign("تقع السجلات في ثلاثة أنظمة", "en") and not foreign("50", "ar") and not foreign("", "en")
    name = "نورة عبدالله القحطاني (Noura Al-Qahtani)"
    assert in_script(name, "ar") == "نورة عبدالله القحطاني" and in_script(name, "en") == "Noura Al-Qahtani"
    assert in_script("Noura", "ar") is None and in_script("Noura", "en") == "Noura"


def test_no_data_category_is_told_both_as_required_by_law_and_as_kept_under_a_stated_period() -> None:
    reasoned = {**ACTIVITY, "reference": "PA-0001", "retention_reason": "tax law", "retention_reason_ar": "نظام الضريبة",
                "data_categories": ["contact"]}
    stated = {**ACTIVITY, "reference": "PA-0002", "data_categories": ["contact", "government_id", "identity"]}
    found = holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=True, disclosures=[],
                                 activities=[reasoned, stated], today=TODAY)
    required, kept = holds.split_for_requester(found, "en", Gaps("en"))
    assert any("AML Law Art. 12" in line for line in required) and any("tax law" in line for line in required)
    assert len(kept) == 1 and "Identity" in kept[0]
    assert "Contact" not in kept[0] and "Government ID" not in kept[0]  # already kept by law
    assert all("no legal retention basis recorded" not in line for line in required)
    # "Legal obligation" alone is a basis, not a law: the law is a gap to fill, never "required by: Legal obligation"
    gaps = Gaps("en")
    obliged = holds.customer_holds(CUSTOMER, relationship_end=None, due_diligence=False, disclosures=[],
                                   activities=[{**ACTIVITY, "legal_bases": ["legal_obligation"]}], today=TODAY)
    [line], [] = holds.split_for_requester(obliged, "en", gaps)
    assert "Legal obligation" not in line and gaps.missing == ["The law that requires the retention of PA-0001"]
