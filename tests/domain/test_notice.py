"""The notice's words: each says its code to the policy check and nothing else the check compares;
the notice built from plain facts holds what the law asks."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance_desk.domain import notice, policy
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.notice_text import BASES, DATA, PURPOSES, RECIPIENTS, SOURCES
from compliance_desk.domain.notice_words import S, months_in_words

COMPARED = ("data_category", "purpose", "recipient", "transfer")
TODAY = dt.date(2026, 3, 1)


def compared(text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.kind, f.code) for f in policy.find(text, lang) if f.kind in COMPARED and f.stated}


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize(("table", "kind", "vocabulary"), [
    (DATA, "data_category", v.DATA_CATEGORIES), (PURPOSES, "purpose", v.PURPOSES),
    (RECIPIENTS, "recipient", v.PARTY_TYPES)])
def test_every_code_is_said_in_words_the_check_reads_as_that_code_alone(
        table: dict[str, tuple[str, str]], kind: str, vocabulary: v.Vocabulary, lang: str) -> None:
    assert set(table) == set(vocabulary.codes)
    for code, (en, ar) in table.items():
        assert compared(ar if lang == "ar" else en, lang) == {(kind, code)}, code


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_legal_bases_and_sources_say_no_code_the_check_compares(lang: str) -> None:
    assert set(BASES) == set(v.LEGAL_BASES.codes) and set(SOURCES) == set(v.SOURCES.codes)
    for code, (en, ar) in BASES.items():
        text = ar if lang == "ar" else en
        assert policy.codes(policy.find(text, lang), "legal_basis") == {code}, code
        assert compared(text, lang) == set(), code
    for en, ar in SOURCES.values():
        assert compared(f"{S['shared_with'][0]}\n{ar if lang == 'ar' else en}.", lang) == set()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_notice_sentences_state_nothing_of_their_own(lang: str) -> None:
    own = {"transfer", "transfers_intro", "right_marketing", "cookies_recorded", "cookies_missing", "abroad",
           "transfers_heading", "basis_law",
           "cookies_heading"}  # said only when the register records what they say
    for key, (en, ar) in S.items():
        if key in own or key.startswith(("problem_", "field_")):  # (names of fields, said in problems)
            continue
        text = (ar if lang == "ar" else en).format(
            name="شركة المثال" if lang == "ar" else "Example Co", registration="", address="x", email="a@b.sa",
            phone="0500000000", reach="", period="x", event="x", reason="x", days=30, fee="x", platform="x",
            activities="x", date="2026-01-01", country="x", safeguard="x", text="x", items="x", categories="x",
            what="x", kind="x", who="x")
        assert compared(text, lang) == set(), key


@pytest.mark.parametrize(("months", "lang", "words"), [
    (120, "ar", "10 سنوات"), (24, "ar", "سنتين"), (12, "ar", "سنة واحدة"), (180, "ar", "15 سنة"),
    (6, "ar", "6 أشهر"), (13, "ar", "13 شهرًا"), (2, "ar", "شهرين"), (120, "en", "10 years"), (1, "en", "1 month"),
    (None, "en", ""), (0, "ar", "")])
def test_retention_months_in_words(months: int | None, lang: str, words: str) -> None:
    assert months_in_words(months, lang) == words
    if words:  # and the check reads them back as that period
        sentence = S["keep_for"][1 if lang == "ar" else 0].format(period=words)
        period = next(f for f in policy.find(sentence, lang) if f.kind == "retention" and f.code == "period")
        assert period.months == pytest.approx(months, rel=0.01)


ORG = {"legal_name_ar": "متجر الندى", "legal_name_en": "Al-Nada Store", "commercial_registration": "1010000001",
       "address": "طريق الملك عبدالعزيز، جدة", "officer_name": "سارة", "officer_email": "dpo@nada.sa",
       "rights_channels": ["email", "web_form", "in_person"], "rights_email": "privacy@nada.sa",
       "rights_web_form": "https://nada.sa/privacy/request", "cookie_statement": "يمكنك رفض ملفات تعريف الارتباط."}
SHOP = notice.Activity("PA-0001", "المتجر الإلكتروني", purposes=["order_fulfilment", "marketing"],
                       data_categories=["identity", "contact", "cookies"], legal_bases=["contract", "consent"],
                       sources=["data_subject"], recipient_types=["service_provider"], transfers=[("IE", "standard_clauses")],
                       retention_months=24, retention_event="آخر طلب", security_measures=["encryption"],
                       storage_means="خوادم سحابية داخل المملكة", consequences="لا يمكننا توصيل طلبك.",
                       recipients=[notice.Recipient("service_provider", "Nada Express",
                                                    "The courier that delivers your orders",
                                                    "شركة الشحن التي توصل طلباتك")])


def test_the_notice_holds_what_the_law_asks() -> None:
    built = notice.build(ORG, [SHOP], ["service_provider", "court"], "ar", TODAY)
    keys = [s.key for s in built.sections]
    assert keys == ["controller", "purposes", "recipients", "transfers", "retention", "security", "rights", "cookies",
                    "complaints", "changes"]
    text = built.text()
    for piece in ("متجر الندى", "1010000001", "dpo@nada.sa", "privacy@nada.sa", "https://nada.sa/privacy/request",
                  "المتجر الإلكتروني", "أيرلندا", "عقد وفق النموذج الذي تعتمده الهيئة", "سنتين", "آخر طلب",
                  "المحاكم", "خلال 30 يومًا", "dgp.sdaia.gov.sa", "خوادم سحابية داخل المملكة", "لا يمكننا توصيل طلبك",
                  "شركة الشحن التي توصل طلباتك", "90 يومًا", "لا نتقاضى",
                  "يمكنك رفض ملفات تعريف الارتباط", "يمكنك إلغاء الاشتراك"):
        assert piece in text, piece
    assert built.problems == []


def test_what_the_register_lacks_is_listed_not_invented() -> None:
    bare = notice.Activity("PA-0002", "نشاط ناقص", purposes=["analytics"])
    built = notice.build({"legal_name_en": "Co", "rights_answer_days": 45}, [bare], [], "en", TODAY)
    problems = " ".join(built.problems)
    for missing in ("data protection officer", "no personal-data categories", "no legal basis",
                    "no retention", "no channel", "45 days"):
        assert missing in problems, missing
    assert "within 30 days" in built.text()  # never more than the law allows
    assert "We do not transfer your personal data outside the Kingdom." in built.text()
    assert "unsubscribe" not in built.text()  # no marketing, no opt-out sentence
