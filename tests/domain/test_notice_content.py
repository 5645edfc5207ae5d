"""What a regulator reading the notice expects beyond the codes: what follows if the data is not
given (PDPL Art. 13), how and where it is stored (Art. 12), the data items actually collected, the
right source for device data, who the recipients are, plain words, and real contacts."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import notice
from compliance_desk.domain.notice_text import SAFEGUARDS
from compliance_desk.domain.placeholders import placeholder, placeholder_spans

TODAY = dt.date(2026, 3, 1)
ORG = {"legal_name_en": "Al-Nada Store", "legal_name_ar": "متجر الندى", "officer_email": "dpo@nada.sa",
       "rights_email": "privacy@nada.sa"}
MISSING_CONSEQUENCES = {"en": "[To be completed before publishing: what happens if you do not provide this data.]",
                        "ar": "[يُستكمل قبل النشر: ما يترتب على عدم تقديم هذه البيانات.]"}
MISSING_STORAGE = {"en": "[To be completed before publishing: how and where we store this data.]",
                   "ar": "[يُستكمل قبل النشر: كيف نحفظ هذه البيانات وأين.]"}


def activity(**values: object) -> notice.Activity:
    base: dict[str, object] = {"reference": "PA-0001", "name": "Shop", "purposes": ["order_fulfilment"],
                               "data_categories": ["identity"], "legal_bases": ["contract"],
                               "sources": ["data_subject"], "retention_months": 24}
    return notice.Activity(**{**base, **values})  # type: ignore[arg-type]


def build(*activities: notice.Activity, lang: str = "en", org: dict[str, object] | None = None,
          types: list[str] | None = None) -> notice.Notice:
    return notice.build(org or ORG, list(activities), types or [], lang, TODAY)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_what_follows_if_the_data_is_not_given_is_said_or_marked(lang: str) -> None:
    bare = build(activity(), lang=lang)
    assert MISSING_CONSEQUENCES[lang] in bare.text()
    assert any("not provided" in p or "عدم تقديم" in p for p in bare.problems)
    told = build(activity(consequences="We cannot deliver your order.", consequences_ar="لا يمكننا توصيل طلبك."),
                 lang=lang)
    assert ("We cannot deliver your order." if lang == "en" else "لا يمكننا توصيل طلبك.") in told.text()
    assert MISSING_CONSEQUENCES[lang] not in told.text()
    assert not any("not provided" in p or "عدم تقديم" in p for p in told.problems)
    # (only what is collected from the person: data from partners alone asks no such line)
    from_partners = build(activity(sources=["partners"]), lang=lang)
    assert MISSING_CONSEQUENCES[lang] not in from_partners.text()


def test_a_consequence_kept_in_english_only_is_marked_in_the_arabic_notice() -> None:
    arabic = build(activity(consequences="We cannot deliver your order."), lang="ar")
    assert "We cannot deliver your order. [بالإنجليزية في السجل: تنتظر الترجمة]" in arabic.text()
    assert ("Shop", "consequences") in arabic.untranslated


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_means_of_storage_is_said_or_marked(lang: str) -> None:
    bare = build(activity(), lang=lang)
    assert MISSING_STORAGE[lang] in bare.text()
    assert any("stored is not recorded" in p or "وسيلة حفظ" in p for p in bare.problems)
    told = build(activity(storage_means="Encrypted servers in Riyadh", storage_means_ar="خوادم مشفرة في الرياض"),
                 lang=lang)
    assert ("Encrypted servers in Riyadh" if lang == "en" else "خوادم مشفرة في الرياض") in told.text()
    assert not any("stored is not recorded" in p or "وسيلة حفظ" in p for p in told.problems)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_category_without_items_is_named_alone_never_as_a_bundle(lang: str) -> None:
    text = build(activity(data_categories=["identity", "contact", "online_identifiers"]), lang=lang).text()
    for bundle in ("date of birth", "gender", "age", "e-mail address", "operating system", "تاريخ الميلاد",
                   "الجنس", "العمر", "البريد الإلكتروني", "نظام التشغيل"):
        assert bundle not in text, bundle
    assert ("Identity data" if lang == "en" else "بيانات الهوية") in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_items_listed_are_printed_with_their_categories(lang: str) -> None:
    text = build(activity(data_categories=["identity", "contact"], data_items="Full name\nMobile number",
                          data_items_ar="الاسم الكامل\nرقم الجوال"), lang=lang).text()
    expected = ("Full name; Mobile number (Identity data; Contact details)" if lang == "en"
                else "الاسم الكامل؛ رقم الجوال (بيانات الهوية؛ بيانات الاتصال)")
    assert expected in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_cookies_are_collected_from_the_device_not_given_by_the_person(lang: str) -> None:
    device = {"en": "collected automatically from your device", "ar": "تُجمع آليًا من جهازك"}[lang]
    direct = {"en": "from you directly", "ar": "منك مباشرةً"}[lang]
    cookies_only = build(activity(data_categories=["cookies", "online_identifiers"]), lang=lang)
    line = next(v for s in cookies_only.sections for sub in s.sections for b in sub.blocks for k, v in b.pairs
                if k == ("Where it comes from" if lang == "en" else "مصدرها"))
    assert device in line and direct not in line
    mixed = build(activity(data_categories=["contact", "cookies"]), lang=lang).text()
    assert device in mixed and direct in mixed


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_vague_recipient_is_described_or_marked(lang: str) -> None:
    marker = {"en": "[to be completed before publishing: who they are]",
              "ar": "[يُستكمل قبل النشر: من هي هذه الجهات]"}[lang]
    vague = build(activity(recipient_types=["business_partner", "payment_gateway"]), lang=lang)
    assert marker in vague.text()
    assert sum("«" in p for p in vague.problems) == 1  # the partner only, not the payment gateway
    partner = notice.Recipient("business_partner", "Omanaa", "The trustee company that runs our instalment plans",
                               "شركة الأمناء التي تدير خطط التقسيط لدينا")
    described = build(activity(recipient_types=["business_partner"], recipients=[partner]), lang=lang)
    assert marker not in described.text()
    assert (partner.description if lang == "en" else partner.description_ar) in described.text()
    assert described.problems == [p for p in described.problems if "«" not in p]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_public_notice_cites_no_article_and_uses_no_legal_jargon(lang: str) -> None:
    activities = [activity(reference=f"PA-{n}", transfers=[("IE", code)], recipient_types=["court"])
                  for n, code in enumerate(SAFEGUARDS)]
    text = build(*activities, lang=lang, org={**ORG, "rights_answer_days": 30}).text()
    for jargon in ("Art.", "Article", "PDPL", "Implementing Regulation", "standard contractual clauses",
                   "binding common rules", "المادة", "المادتان", "اللائحة التنفيذية", "البنود التعاقدية القياسية",
                   "القواعد المشتركة الملزمة"):
        assert jargon not in text, jargon


@pytest.mark.parametrize(("value", "expected"), [
    ("dpo@alwaha.example", True), ("info@example.com", True), ("privacy@shop.example.sa", True),
    ("a@b.test", True), ("https://www.example.org/privacy", True), ("+966112345678", True),
    ("+966 11 234 5678", True), ("0500000000", True), ("00966 55 555 5555", True), ("+966 50 481 2297", False), ("+966 50 987 6543", True),
    ("dpo@nada.sa", False), ("https://nada.sa/privacy", False), ("+966 12 614 7390", False), ("920012345", False),
    ("0551234560", False)])
def test_placeholder_contacts(value: str, expected: bool) -> None:
    assert placeholder(value) is expected


def test_placeholder_contacts_are_problems_of_the_notice_in_both_languages() -> None:
    org = {**ORG, "officer_email": "dpo@alwaha.example", "officer_phone": "+966112345678",
           "website": "https://acme.sa"}
    for lang, words in (("en", "placeholder"), ("ar", "تجريبية")):
        problems = [p for p in build(activity(), lang=lang, org=org).problems if words in p]
        assert len(problems) == 2 and "dpo@alwaha.example" in problems[0] and "+966112345678" in problems[1]
    assert not [p for p in build(activity(), org=ORG).problems if "placeholder" in p]


def test_placeholder_spans_in_a_policy_skip_numbers_that_are_not_phones() -> None:
    text = ("Write to dpo@alwaha.example or call +966112345678. Commercial registration 4030000001; "
            "order 1234567890 ships today. Real line: +966 12 614 7390.")
    assert [text[a:b] for a, b in placeholder_spans(text)] == ["dpo@alwaha.example", "+966112345678"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_legal_obligation_names_its_law_or_is_marked(lang: str) -> None:
    """PDPL Art. 13: the notice gives the statutory basis; "what the law obliges us to do" names no law."""
    missing = {"en": "[To be completed before publishing: which law obliges us.]",
               "ar": "[يُستكمل قبل النشر: النظام الذي يُلزمنا بذلك.]"}[lang]
    bare = build(activity(legal_bases=["legal_obligation"]), lang=lang)
    assert missing in bare.text()
    assert any("law that obliges it is not named" in p or "غير مذكور" in p for p in bare.problems)
    told = build(activity(legal_bases=["legal_obligation"], legal_obligation_law="the Anti-Money Laundering Law",
                          legal_obligation_law_ar="نظام مكافحة غسل الأموال"), lang=lang)
    law = {"en": "A legal obligation under the Anti-Money Laundering Law",
           "ar": "التزام نظامي بموجب نظام مكافحة غسل الأموال"}[lang]
    assert law in told.text() and missing not in told.text()
    assert not any("not named" in p or "غير مذكور" in p for p in told.problems)
    # another basis asks for no law
    assert missing not in build(activity(legal_bases=["contract"]), lang=lang).text()


def test_a_law_named_in_english_only_is_marked_in_the_arabic_notice() -> None:
    arabic = build(activity(legal_bases=["legal_obligation"], legal_obligation_law="the Labour Law"), lang="ar")
    assert "the Labour Law [بالإنجليزية في السجل: تنتظر الترجمة]" in arabic.text()
    assert ("Shop", "legal_obligation_law") in arabic.untranslated
