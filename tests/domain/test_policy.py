from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.domain import policy
from tests.domain.policy_expectations import BROKER, ONLINE_STORE

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "policies"
if not SAMPLES.exists():
    SAMPLES = Path("/work/shared/samples/policies")
needs_samples = pytest.mark.skipif(not SAMPLES.exists(), reason="the sample policies are not in this checkout")


def found(name: str) -> list[policy.Finding]:
    return policy.find(policy.read_policy(SAMPLES / name))


def scores(expected: dict[str, set[str]], findings: list[policy.Finding]) -> tuple[float, float]:
    want = {(kind, code) for kind, values in expected.items() for code in values}
    got = {(f.kind, f.code) for f in findings if f.kind in policy.STATED and f.stated}
    precision = len(want & got) / len(got) if got else 1.0
    recall = len(want & got) / len(want) if want else 1.0
    return precision, recall


@needs_samples
@pytest.mark.parametrize(("name", "expected"), [("online_store_ar.txt", ONLINE_STORE), ("broker_ar.txt", BROKER)])
def test_sample_policies_yield_what_a_careful_reader_finds(name: str, expected: dict[str, set[str]]) -> None:
    findings = found(name)
    for kind, codes in expected.items():
        assert policy.codes(findings, kind) == codes, kind
    precision, recall = scores(expected, findings)
    print(f"{name}: precision {precision:.2f}, recall {recall:.2f}")
    assert (precision, recall) == (1.0, 1.0)


@needs_samples
def test_the_broker_contradicts_itself_on_sharing() -> None:
    conflict = next(f for f in found("broker_ar.txt") if f.kind == "contradiction")
    assert conflict.code == "sharing" and "لا تبيع الشركة" in conflict.evidence
    assert conflict.other_evidence and "شركاء الأعمال" in conflict.other_evidence


@needs_samples
def test_findings_carry_their_evidence_sentence_and_offset() -> None:
    text = policy.read_policy(SAMPLES / "broker_ar.txt")
    court = next(f for f in found("broker_ar.txt") if f.kind == "recipient" and f.code == "court")
    assert "المحكمة" in court.evidence
    assert text[court.offset:court.offset + 12].startswith(("المحكمة", "أوامر"))


@pytest.mark.parametrize("phrase", ["بالبريد الإلكتروني", "البريد الالكتروني", "بريدك الإلكتروني",
                                    "وبريدكم الإلكتروني"])
def test_arabic_morphology_and_spelling_variants_meet(phrase: str) -> None:
    assert policy.codes(policy.find(f"نجمع {phrase} منك.", "ar"), "data_category") == {"contact"}


def test_english_retention_statements_with_their_periods() -> None:
    text = ("We retain call recordings for 90 days. Cookies are deleted every 365 days. We keep your e-mail "
            "address until you unsubscribe. Invoices are kept as required for tax reporting. "
            "We do not store full card numbers.")
    retention = {(f.code, f.period) for f in policy.find(text, "en") if f.kind == "retention"}
    assert retention == {("period", "90 days"), ("period", "365 days"), ("until_event", "you unsubscribe"),
                         ("legal_requirement", "tax reporting"), ("not_retained", None)}


def test_arabic_retention_with_a_period() -> None:
    text = "نحتفظ ببيانات المعاملات لمدة 10 سنوات وفق متطلبات هيئة الزكاة."
    found_ = [f for f in policy.find(text, "ar") if f.kind == "retention"]
    assert ("period", "10 سنوات") in {(f.code, f.period) for f in found_}


def test_docx_and_html_policies_are_read(tmp_path: Path) -> None:
    import zipfile

    docx = tmp_path / "p.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", '<w:document><w:body><w:p><w:r><w:t>نجمع رقم الهاتف</w:t></w:r>'
                                              '</w:p><w:p><w:r><w:t>ونستخدم الكوكيز</w:t></w:r></w:p></w:body>'
                                              '</w:document>')
    assert policy.read_policy(docx) == "نجمع رقم الهاتف\nونستخدم الكوكيز"
    page = tmp_path / "p.html"
    page.write_text("<html><body><script>var x='passport';</script><p>We collect your passport &amp; name.</p>"
                    "</body></html>")
    text = policy.read_policy(page)
    assert "passport & name" in text and "var x" not in text
    assert policy.codes(policy.find(text, "en"), "data_category") == {"government_id", "identity"}


def test_a_malformed_lexicon_line_is_refused() -> None:
    with pytest.raises(ValueError):
        policy.parse_lexicon("purpose marketing التسويق")
    with pytest.raises(ValueError):
        policy.parse_lexicon("nonsense code: x")
