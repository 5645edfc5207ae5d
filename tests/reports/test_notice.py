"""The privacy notice the register implies, read back: HTML, Markdown and PDF in both languages; the
policy check run on it against the same register finds no gap."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import lxml.html
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.notice_text import DATA, PURPOSES, RECIPIENTS, pick
from compliance_desk.domain.policy import read_policy
from compliance_desk.reports.export import export_notice
from compliance_desk.storage import activities, notice, policy_check, records
from compliance_desk.storage.register import Register
from tests.reports.reading import pages_text

PROFILE = {"officer_name": "Sara Al-Harbi", "officer_email": "dpo@acme.sa", "officer_phone": "+966 12 614 7390",
           "address": "طريق الملك عبدالعزيز، جدة / King Abdulaziz Road, Jeddah", "commercial_registration": "4030000001",
           "website": "https://acme.sa", "rights_channels": ["email", "web_form"], "rights_email": "privacy@acme.sa",
           "rights_web_form": "https://acme.sa/privacy", "cookie_statement": "Refuse cookies in your browser.",
           "identity_check": "We ask for the e-mail address of your account.",
           "identity_check_ar": "نطلب البريد الإلكتروني المسجل في حسابك.",
           "cookie_statement_ar": "يمكنك رفض ملفات تعريف الارتباط من متصفحك."}


# who the vaguely typed recipients are, and how and where each activity's data is kept
DESCRIBED = {"business_partner": ("The bank that co-brands our loyalty card", "البنك الشريك في بطاقة الولاء"),
             "service_provider": ("Our cloud hosting company", "شركة الاستضافة السحابية التي نتعامل معها"),
             "other_government": ("The Ministry of Commerce", "وزارة التجارة")}
STORED = {"storage_means": "On our servers in Riyadh, in encrypted databases",
          "storage_means_ar": "على خوادمنا في الرياض، في قواعد بيانات مشفرة",
          "consequences": "We cannot open your account or deliver your order.",
          "consequences_ar": "لا يمكننا فتح حسابك أو توصيل طلبك."}


@pytest.fixture
def shop(register: Register) -> Register:
    """A register whose records name every purpose, data category and recipient type."""
    records.save_organisation(register, PROFILE)
    recipients = {code: activities.save_recipient(register, None, {
        "name_en": code, "recipient_type": code, "description": DESCRIBED.get(code, (None, None))[0],
        "description_ar": DESCRIBED.get(code, (None, None))[1]}) for code in v.PARTY_TYPES.codes}
    half = len(v.PURPOSES.codes) // 2
    activities.save_activity(register, None, {
        "name_en": "Online shop", "name_ar": "المتجر الإلكتروني", "status": "active",
        "purposes": v.PURPOSES.codes[:half], "data_categories": v.DATA_CATEGORIES.codes[:8],
        "legal_bases": ["contract", "legal_obligation"], "sources": ["data_subject", "partners"],
        "legal_obligation_law": "the Value Added Tax Law", "legal_obligation_law_ar": "نظام ضريبة القيمة المضافة",
        "retention_months": 120, "retention_event": "the last order", "retention_reason": "tax law",
        "retention_event_ar": "آخر طلب", "retention_reason_ar": "نظام الضريبة",
        "security_measures": ["encryption", "masking"], **STORED},
        [recipients[c] for c in v.PARTY_TYPES.codes[:7]], [{"country": "IE", "safeguard": "standard_clauses"}])
    activities.save_activity(register, None, {
        "name_en": "Customer care", "name_ar": "خدمة العملاء", "status": "active",
        "purposes": v.PURPOSES.codes[half:], "data_categories": v.DATA_CATEGORIES.codes[8:],
        "legal_bases": ["consent", "legitimate_interests"], "sources": ["data_subject"], "retention_months": 24,
        **STORED},
        [recipients[c] for c in v.PARTY_TYPES.codes[7:]])
    return register


def html_root(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_is_semantic_with_direction_and_language_and_no_script(shop: Register, tmp_path: Path,
                                                                    lang: str) -> None:
    path, seal = export_notice(shop, tmp_path / f"notice.{lang}.html", lang=lang, fmt="html")
    root = html_root(path)
    direction = "rtl" if lang == "ar" else "ltr"
    assert (root.get("lang"), root.get("dir")) == (lang, direction)
    article = root.find(".//article")
    assert (article.get("lang"), article.get("dir")) == (lang, direction)  # a pasted fragment keeps both
    assert not root.xpath("//script") and not root.xpath("//@*[starts-with(name(), 'on')]")
    assert len(root.xpath("//h1")) == 1 and len(root.xpath("//section/h2")) >= 8
    assert {a.get("href") for a in root.xpath("//nav//a")} == {f"#{s.get('id')}" for s in
                                                              root.xpath("//article/section")}
    assert root.xpath("//a[@href='mailto:privacy@acme.sa']")[0].get("dir") == "ltr"
    # a public text, not a register report: no audit seal in it (the export itself is audited)
    assert seal and not root.xpath("//meta[@name='compliance-desk-seal']") and seal not in path.read_text()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_purpose_and_recipient_type_is_in_the_notice(shop: Register, tmp_path: Path, lang: str) -> None:
    path, _seal = export_notice(shop, tmp_path / f"notice.{lang}.html", lang=lang, fmt="html")
    text = " ".join(html_root(path).text_content().split())
    for table, codes in ((PURPOSES, v.PURPOSES.codes), (RECIPIENTS, v.PARTY_TYPES.codes),
                         (DATA, v.DATA_CATEGORIES.codes)):
        for code in codes:
            assert pick(table, code, lang) in text, code
    cookies = "يمكنك رفض ملفات تعريف الارتباط من متصفحك." if lang == "ar" else "Refuse cookies in your browser."
    for piece in ("privacy@acme.sa", "https://acme.sa/privacy", "dpo@acme.sa", "4030000001", "dgp.sdaia.gov.sa",
                  cookies):
        assert piece in text
    names = ("المتجر الإلكتروني", "خدمة العملاء") if lang == "ar" else ("Online shop", "Customer care")
    assert all(name in text for name in names)


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_the_policy_check_on_the_notice_finds_no_gap(shop: Register, tmp_path: Path, lang: str, fmt: str) -> None:
    path, _seal = export_notice(shop, tmp_path / f"notice.{fmt}", lang=lang, fmt=fmt)
    result = policy_check.check(shop, read_policy(path), "en")
    assert [g.message for g in result.gaps] == []
    assert {"complaint", "information", "access", "rectification", "erasure", "withdraw_consent"} <= {
        f.code for f in result.findings if f.kind == "right"}


def test_a_text_kept_in_english_only_is_marked_in_the_arabic_notice_and_listed_as_a_gap(
        shop: Register, tmp_path: Path) -> None:
    records.update(shop, "activity", 1, {"retention_reason_ar": None})
    document = notice.build(shop, "ar")
    assert document.untranslated == [("المتجر الإلكتروني", "retention_reason")]
    assert any("لا نص عربيًا في سبب الاحتفاظ" in p and "المتجر الإلكتروني" in p for p in document.problems)
    path, _seal = export_notice(shop, tmp_path / "notice.html", lang="ar", fmt="html")
    text = " ".join(html_root(path).text_content().split())
    assert "وفقًا لمتطلبات tax law [بالإنجليزية في السجل: تنتظر الترجمة]" in text
    gaps = policy_check.check(shop, read_policy(path), "en").gaps  # the check on the notice flags it too
    assert any("tax law" in g.message for g in gaps)
    assert notice.build(shop, "en").untranslated == []  # the English notice has its English text
    records.update(shop, "activity", 1, {"retention_reason_ar": "نظام الضريبة"})
    fixed = notice.build(shop, "ar")
    assert fixed.untranslated == [] and "وفقًا لمتطلبات نظام الضريبة." in fixed.text()


def test_a_register_change_shows_in_the_next_notice_and_in_the_check(shop: Register, tmp_path: Path) -> None:
    first, _ = export_notice(shop, tmp_path / "before.html", lang="en", fmt="html")
    assert "Saudi Arabia" not in html_root(first).text_content()
    partner = activities.save_recipient(shop, None, {"name_en": "Courier", "recipient_type": "service_provider"})
    activities.save_activity(shop, None, {
        "name_en": "Deliveries", "status": "active", "purposes": ["order_fulfilment"],
        "data_categories": ["contact"], "legal_bases": ["contract"], "retention_months": 6}, [partner],
        [{"country": "AE", "safeguard": "binding_rules"}])
    old_text = read_policy(first)
    assert policy_check.check(shop, old_text, "en").gaps == []  # nothing new to say: same codes
    second, _ = export_notice(shop, tmp_path / "after.html", lang="en", fmt="html")
    text = " ".join(html_root(second).text_content().split())
    assert "Deliveries" in text and "United Arab Emirates, protected by rules, approved by SDAIA," in text
    assert "We keep this data for 6 months." in text
    records.update(shop, "activity", 1, {"status": "retired"})
    third, _ = export_notice(shop, tmp_path / "retired.html", lang="en", fmt="html")
    assert "Online shop" not in html_root(third).text_content()
    gaps = policy_check.check(shop, old_text, "en").gaps  # the old notice now says more than the register
    assert {g.direction for g in gaps} == {"policy_only"} and gaps


def pdf_pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [unicodedata.normalize("NFKC", document[i].get_textpage().get_text_range())
                for i in range(len(document))]
    finally:
        document.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pdf_notice_is_public_and_readable(shop: Register, tmp_path: Path, lang: str) -> None:
    path, seal = export_notice(shop, tmp_path / f"notice.{lang}.pdf", lang=lang, fmt="pdf")
    reader = PdfReader(path)
    latin = "\n".join(page.extract_text() for page in reader.pages)
    pages = pdf_pages(path)
    assert len(pages) >= 2 and seal and seal not in latin  # no audit seal (nor QR) on a public text
    assert "Register seal" not in latin and "ختم السجل" not in "".join(pages)
    assert "CONFIDENTIAL" not in latin and "سري" not in "".join(pages)  # a notice is for the public
    assert "privacy@acme.sa" in latin and "dgp.sdaia.gov.sa" in latin
    title = "إشعار الخصوصية" if lang == "ar" else "Privacy notice"
    assert reader.metadata.title == title and title in pages[0]
    for word in (("حقوقك", "الشكاوى", "المحاكم") if lang == "ar" else ("Your rights", "Complaints", "Courts")):
        assert any(word in page for page in pages), word


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pdf_notice_says_storage_consequences_items_and_who_the_partners_are(shop: Register, tmp_path: Path,
                                                                              lang: str) -> None:
    records.update(shop, "activity", 1, {"data_items": "Full name\nMobile number",
                                         "data_items_ar": "الاسم الكامل\nرقم الجوال"})
    path, _seal = export_notice(shop, tmp_path / f"notice.{lang}.pdf", lang=lang, fmt="pdf")
    text = " ".join(unicodedata.normalize("NFKC", " ".join(pages_text(path))).split())
    suffix = "_ar" if lang == "ar" else ""
    for field in ("storage_means", "consequences"):
        assert " ".join(unicodedata.normalize("NFKC", STORED[field + suffix]).split()) in text, field
    for en, ar in DESCRIBED.values():
        assert unicodedata.normalize("NFKC", ar if lang == "ar" else en) in text
    assert unicodedata.normalize("NFKC", "الاسم الكامل؛ رقم الجوال" if lang == "ar" else "Full name; Mobile number") in text
    assert "date of birth" not in text and "تاريخ الميلاد" not in text  # the category alone, not a bundle
    assert "Art." not in text and "المادة" not in text
