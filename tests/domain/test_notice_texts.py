"""Free texts kept in English and in Arabic: each language's output quotes its own, and says so when
only the other one was written."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain.notice import Activity, build, in_language
from compliance_desk.domain.requests.holds import customer_holds


@pytest.mark.parametrize(("english", "arabic", "lang", "expected"), [
    ("tax law", "نظام الضريبة", "ar", ("نظام الضريبة", False)),
    ("tax law", "نظام الضريبة", "en", ("tax law", False)),
    ("tax law", None, "ar", ("tax law", True)),  # only English written: quoted, marked as foreign
    (None, "نظام الضريبة", "en", ("نظام الضريبة", True)),
    ("نظام الضريبة", None, "ar", ("نظام الضريبة", False)),  # Arabic typed in the older single field
    (None, None, "ar", ("", False)),
    ("  tax\n law ", "", "en", ("tax law", False)),
])
def test_in_language(english: str | None, arabic: str | None, lang: str, expected: tuple[str, bool]) -> None:
    assert in_language(english, arabic, lang) == expected


def test_the_notice_quotes_its_own_language_and_marks_the_other() -> None:
    shop = Activity(reference="PA-0001", name="المتجر", purposes=["order_fulfilment"], data_categories=["contact"],
                    legal_bases=["contract"], retention_months=24, retention_event="the last order",
                    retention_event_ar="آخر طلب", retention_reason="tax law")
    arabic = build({"legal_name_ar": "متجر"}, [shop], [], "ar", dt.date(2026, 3, 1))
    text = arabic.text()
    assert "تبدأ من آخر طلب" in text and "the last order" not in text
    assert "tax law [بالإنجليزية في السجل: تنتظر الترجمة]" in text
    assert arabic.untranslated == [("المتجر", "retention_reason")]
    english = build({"legal_name_en": "Shop"}, [shop], [], "en", dt.date(2026, 3, 1))
    assert english.untranslated == [] and "as required by tax law." in english.text()


def test_an_activity_hold_gives_its_reason_in_each_language() -> None:
    activity = {"reference": "PA-0002", "name_en": "KYC", "name_ar": "اعرف عميلك", "status": "active",
                "retention_months": 120, "subject_categories": ["customers"], "data_categories": ["identity"],
                "retention_reason": "the AML Law", "retention_reason_ar": "نظام مكافحة غسل الأموال"}
    [hold] = [h for h in customer_holds({"status": "active"}, relationship_end=None, due_diligence=False,
                                        disclosures=[], activities=[activity], today=dt.date(2026, 3, 1))
              if h.kind == "activity_retention"]
    assert "the AML Law" in hold.basis_en and "نظام مكافحة غسل الأموال" in hold.basis_ar
    assert "AML Law" not in hold.basis_ar


@pytest.mark.parametrize(("lang", "period", "said", "not_said"), [
    ("en", "While the product is listed", "We keep this data while the product is listed", "for While"),
    ("ar", "ما دام المنتج معروضاً", "نحتفظ بهذه البيانات ما دام المنتج معروضاً", "لمدة ما دام"),
    ("en", "two years", "We keep this data for two years", None),
    ("ar", "سنتين", "نحتفظ بهذه البيانات لمدة سنتين", None),
])
def test_a_retention_written_as_a_clause_reads_as_one(lang: str, period: str, said: str, not_said: str | None) -> None:
    field = "retention_period" if lang == "en" else "retention_period_ar"
    reviews = Activity(reference="PA-0003", name="Reviews", purposes=["order_fulfilment"], data_categories=["contact"],
                       legal_bases=["consent"], **{field: period})
    text = build({"legal_name_en": "Shop", "legal_name_ar": "متجر"}, [reviews], [], lang, dt.date(2026, 3, 1)).text()
    assert said in text
    assert not_said is None or not_said not in text


@pytest.mark.parametrize(("lang", "marked"), [("en", "[To be completed before publishing: which cookies"),
                                              ("ar", "[يُستكمل قبل النشر: ملفات تعريف الارتباط")])
def test_cookies_without_a_statement_are_marked_on_the_page(lang: str, marked: str) -> None:
    site = Activity(reference="PA-0004", name="Website", purposes=["analytics"], data_categories=["cookies"],
                    legal_bases=["consent"], retention_months=12)
    built = build({"legal_name_en": "Shop", "legal_name_ar": "متجر"}, [site], [], lang, dt.date(2026, 3, 1))
    assert marked in built.text()  # a notice published as it stands does not look complete
    assert any("cookie" in p or "الارتباط" in p for p in built.problems)
    told = build({"legal_name_en": "Shop", "legal_name_ar": "متجر", "cookie_statement": "Refuse them in your browser.",
                  "cookie_statement_ar": "يمكنك رفضها من متصفحك."}, [site], [], lang, dt.date(2026, 3, 1))
    assert marked not in told.text()
