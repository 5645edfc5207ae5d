"""What each report says: exceptions first, the right lists apart, figures that add up, covers with
document control, officers, periods and sign-off — read back from the PDF text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from compliance_desk.reports import export
from compliance_desk.storage import disclosures as requests
from compliance_desk.storage import kyc, records
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE
from tests.reports.conftest import NOW, customer, document, request
from tests.reports.reading import latin_text, pages_text

TODAY = NOW.date()


def _text(path: Path) -> str:
    return "\n".join(pages_text(path)).replace("\r", "")


def _section(text: str, start: str, end: str) -> str:
    """The text from heading `start` (its last occurrence: the summary names it first) to `end`."""
    body = text[text.rindex(start):]
    return body[:body.index(end)] if end in body else body


def _day(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def test_kyc_lists_expired_documents_apart_from_expiring_ones(small: Register, tmp_path: Path) -> None:
    old, soon = customer(small, 1), customer(small, 2)
    document(small, old, number="P1111111", expiry_date=_day(-40))
    document(small, soon, number="P2222222", expiry_date=_day(20))
    path, _ = export.export_pdf(small, "kyc", tmp_path / "k.pdf", lang="en")
    text = _text(path)
    expired = _section(text, "Expired identity documents (customers", "Identity documents expiring within 90 days")
    expiring = _section(text, "Identity documents expiring within 90 days", "Failed checks still unresolved")
    assert "CUS-00001" in expired and "CUS-00002" not in expired and re.search(r"\b40\b", expired)
    assert "CUS-00002" in expiring and "CUS-00001" not in expiring and "30 days" in expiring
    summary = _section(text, "Executive summary", "Customers by status")
    assert re.search(r"Expired identity documents\s*1\b", summary)
    assert re.search(r"Identity documents expiring within 90 days\s*1\b", summary)


def test_overdue_request_is_flagged_with_response_times(small: Register, tmp_path: Path) -> None:
    late = request(small, received_date=_day(-30), due_date=_day(-3))
    request(small, received_date=_day(-40), due_date=_day(-26), accounts=1)
    done = request(small, received_date=_day(-20), due_date=_day(-6))
    requests.update(small, done, {"counsel_name": "Counsel", "review_date": _day(-18), "legal_opinion": "Lawful"})
    requests.advance(small, done, "decided", {"decision": "refused", "decision_reason": "No ground",
                                               "decided_on": _day(-2)})
    path, _ = export.export_pdf(small, "disclosures", tmp_path / "d.pdf", lang="en")
    text = _text(path)
    overdue = _section(text, "Overdue requests", "Government and legal demands")
    reference = records.get(small, "disclosure", late)["reference"]
    assert reference in overdue and "Overdue by 3 days" in " ".join(overdue.split())
    times = _section(text, "Response times", "Disclosure log")
    assert re.search(r"Median days from receipt to decision\s*18\b", times)
    assert re.search(r"Decided after the due date\s*1\b", times)
    assert re.search(r"Open requests past their due date today\s*2\b", times)


def test_transparency_keeps_commercial_transfers_apart_and_shares_of_decided(small: Register,
                                                                              tmp_path: Path) -> None:
    for n in range(4):
        rid = request(small, received_date=_day(-60 + n), due_date=_day(-50 + n))
        requests.update(small, rid, {"counsel_name": "C", "review_date": _day(-56), "legal_opinion": "Lawful"})
        decision = {"decision": "complied"} if n < 3 else {"decision": "refused", "decision_reason": "No ground"}
        requests.advance(small, rid, "decided", {**decision, "decided_on": _day(-55)})
        if n < 3:
            requests.advance(small, rid, "disclosed", {"disclosed_date": _day(-54), "disclosure_method": "secure_portal",
                                                       "categories_disclosed": ["identity"]})
    request(small, received_date=_day(-5), due_date=_day(9))  # pending: not in the shares
    request(small, received_date=_day(-5), due_date=_day(25), requester_type="business_partner",
            requester_name="Partner", request_type="partner_transfer")
    path, _ = export.export_pdf(small, "disclosures", tmp_path / "d.pdf", lang="en")
    text = _text(path)
    government = _section(text, "Government and legal demands", "Commercial disclosures")
    commercial = _section(text, "Commercial disclosures (partners", "Response times")
    assert re.search(r"Requests received\s*5\b", government) and re.search(r"Requests received\s*1\b", commercial)
    assert "3 (75% of 4 decided)" in government and "Percentages are of decided requests" in government
    assert "Transfer to a partner" in commercial and "Transfer to a partner" not in government
    assert text.count("By request type") == 2  # once per group: a heading, not repeated as a column name
    for heading in ("Subject notification outcomes", "Emergency requests", "By requesting authority: decisions"):
        assert heading in government


def test_kyc_report_serves_the_aml_officer(small: Register, tmp_path: Path) -> None:
    waiting = customer(small, 1)  # pending, no document yet
    pep = customer(small, 2, pep=1, risk_rating="high")
    refused = customer(small, 3, status="refused_information", refusal_note="Would not give a bill")
    bill = document(small, pep, "utility_bill_water", issue_date=_day(-200))
    kyc.record_check(small, {"document_id": bill, "checked_on": _day(-30), "result": "rejected",
                             "reason_codes": ["older_than_allowed"]})
    again = document(small, refused, "utility_bill_gas", issue_date=_day(-100))
    kyc.record_check(small, {"document_id": again, "checked_on": _day(-60), "result": "rejected",
                             "reason_codes": ["older_than_allowed"]})
    fresh = document(small, refused, "utility_bill_gas", issue_date=_day(-20))
    kyc.record_check(small, {"document_id": fresh, "checked_on": _day(-10), "result": "verified"})
    path, _ = export.export_pdf(small, "kyc", tmp_path / "k.pdf", lang="en")
    text = _text(path)
    assert "AML compliance officer" in pages_text(path)[0] and "mlro@test.example" in pages_text(path)[0]
    pending = _section(text, "Pending customers (including", "Restricted and refused")
    assert "CUS-00001" in pending and "No document yet" in pending
    assert "CUS-00002" in _section(text, "Politically exposed persons (PEP)", "Pending customers")
    assert re.search(r"High\s*1\s*33%", _section(text, "Risk-rating spread", "Politically exposed"))
    assert "Would not give a bill" in _section(text, "Restricted and refused-information customers", "Expired")
    unresolved = _section(text, "Failed checks still unresolved", "Failed checks resolved")
    resolved = _section(text, "Failed checks resolved by a later check", "Overdue re-verifications")
    assert "CUS-00002" in unresolved and "CUS-00003" not in unresolved
    assert "CUS-00003" in resolved and _day(-10) in resolved
    assert waiting


def test_masking_is_a_sentence_on_the_cover(demo_register: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(demo_register, "kyc", tmp_path / "k.pdf", lang="en")
    pages = pages_text(path)
    assert "Identifiers are masked in this report" in pages[0]
    assert "••••Number" not in _text(path)
    assert "Sign-off" in pages[-1] and len(pages[-1]) > 200


def test_record_sheet_names_references_in_form_order(small: Register, tmp_path: Path) -> None:
    owner = customer(small, 1)
    passport = document(small, owner, number="P1234567", expiry_date=_day(400))
    records.update(small, "customer", owner, {"risk_rating": "high", "email": "a@b.example", "full_name_en": "Omar"})
    path, _ = export.export_pdf(small, "record", tmp_path / "r.pdf", lang="en", reference="CUS-00001")
    text = _text(path)
    history = _section(text, "Audit history", "Sign-off")
    assert "Customer: — » CUS-00001" in history and "» 1\n" not in history and passport
    change = history[history.index("Full name (Latin): Customer 1 » Omar"):]
    assert change.index("Full name (Latin)") < change.index("E-mail") < change.index("Risk rating")
    cover = pages_text(path)[0]
    assert "All records" not in text and f"As at {TODAY.isoformat()}" in cover
    assert "Exceptions" in text or "Executive summary" in text


def test_policy_check_cover_has_hash_date_and_verdict(small: Register, tmp_path: Path) -> None:
    import hashlib

    from compliance_desk.storage import policy_check

    policy = tmp_path / "privacy-policy.txt"
    policy.write_text("We collect your name and e-mail to run your account.", encoding="utf-8")
    result = policy_check.check(small, policy.read_text(encoding="utf-8"), "en")
    path, _ = export.export_policy_check(small, result, policy.name, tmp_path / "p.pdf", lang="en", policy=policy)
    cover = pages_text(path)[0]
    digest = hashlib.sha256(policy.read_bytes()).hexdigest()
    assert digest in latin_text(path).replace("\n", "") and "Policy file last modified" in cover
    assert re.search(r"\d+ gaps between the policy and the register|The policy and the register agree", cover)
    assert not re.search(r"Period\s*privacy-policy", cover) and "As at" in cover


def test_empty_register_and_missing_officer_are_flagged(tmp_path: Path, fixed_clock: dt.datetime) -> None:
    with Register.create(tmp_path / "e.cdesk", PASSPHRASE, {"legal_name_en": "Empty Co"}) as register:
        for kind, sentence in (("ropa", "The register holds no processing activities"),
                               ("disclosures", "No request was received in this period"),
                               ("kyc", "No customer is recorded in the KYC register")):
            path, _ = export.export_pdf(register, kind, tmp_path / f"{kind}.pdf", lang="en")
            text = _text(path)
            assert sentence in text, kind
            assert re.search(r"Data protection officer\s*Missing", pages_text(path)[0]), kind
        records.create(register, "activity", {"name_en": "Mailing", "retention_period": "1 year"})
        path, _ = export.export_pdf(register, "ropa", tmp_path / "r.pdf", lang="en")
        assert re.search(r"Reason for retention\s*Missing", _text(path))


@pytest.mark.parametrize("kind", ["ropa", "disclosures", "kyc", "record"])
def test_every_kind_has_document_control_period_summary_and_sign_off(demo_register: Register, tmp_path: Path,
                                                                      kind: str) -> None:
    control = {"version": "2.1", "prepared_by": "Noura", "approved_by": "Sarah", "distribution": "Board"}
    path, _ = export.export_pdf(demo_register, kind, tmp_path / f"{kind}.pdf", lang="en", reference="PA-0003",
                                control=control)
    pages = pages_text(path)
    cover = pages[0]
    for text in ("Document control", "Document version\r\n2.1", "Prepared by\r\nNoura", "Approved by\r\nSarah",
                 "Distribution\r\nBoard", "Period"):
        assert text.split("\r\n")[0] in cover and text.split("\r\n")[-1] in cover, text
    assert "All records" not in cover and re.search(r"Period\s*(As at|From) \d{4}-\d\d-\d\d", cover)
    assert "Executive summary" in pages[1]
    assert "Sign-off" in pages[-1] and "Reviewed by" in pages[-1]


def test_ropa_front_matter_sensitive_data_and_transfer_basis(small: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(small, "ropa", tmp_path / "r.pdf", lang="en")
    text = _text(path)
    assert text.index("Controller and officers") < text.index("PA-0001 — Payment processing")
    assert "Special categories (sensitive data) (sensitive)" in text
    assert re.search(r"Sensitive data \(PDPL Art\. 1\)\s*Yes", text)
    transfers = latin_text(path).replace("\n", " ")
    assert "REC-0001" in transfers and "Standard contractual clauses (Transfer Regulation Art. 4(1)(a)" in transfers


def test_the_demo_ropa_gives_each_address_its_own_row(demo_register: Register, tmp_path: Path) -> None:
    """"Address" holds the Arabic address only, "Address (English)" the English one (not run together)."""
    path, _ = export.export_pdf(demo_register, "ropa", tmp_path / "ropa.pdf", lang="en")
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Address (English) King Fahd Road, Al Olaya, Riyadh 12214, Saudi Arabia" in text
    assert "/ King Fahd Road" not in text and "المملكة العربية السعودية /" not in text
