"""Response letters, the person's data export, the requests report and workbook sheet, read back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from compliance_desk.domain.errors import InvalidInput
from compliance_desk.reports.export import export_pdf, export_workbook
from compliance_desk.reports.letters import export_letter
from compliance_desk.reports.person_export import export_person
from compliance_desk.storage import disclosures, kyc, records, requests
from compliance_desk.storage.register import Register
from tests.reports.reading import latin_text, pages_text


def answered(register: Register) -> int:
    customer = kyc.save_customer(register, None, {"client_ref": "C-1", "full_name_en": "Huda Al-Harbi",
                                                  "full_name_ar": "هدى الحربي", "email": "huda@example.com"})
    request_id = requests.create(register, {"received_at": "2026-06-01T09:00+03:00", "channel": "email",
                                            "customer_id": customer, "rights": ["access", "erasure"]})
    requests.advance(register, request_id, "verified", {"identity_method": "known_contact"})
    requests.extend(register, request_id, "disproportionate_effort", "Records sit in three systems.", "2026-06-15")
    requests.decide(register, request_id, {
        "access": {"decision": "granted", "action": "data_exported", "action_date": "2026-06-18"},
        "erasure": {"decision": "refused", "refusal_reason": "legal_retention",
                    "reason": "AML Law Art. 12 keeps these records for ten years."}})
    requests.advance(register, request_id, "answered", {"response_method": "email"})
    return request_id


def test_letters_in_both_languages_say_what_the_law_asks(reg: Register, tmp_path: Path) -> None:
    request_id = answered(reg)
    texts = {}
    for kind in ("acknowledgement", "extension", "answer", "refusal"):
        for lang in ("en", "ar"):
            path, seal = export_letter(reg, request_id, kind, tmp_path / f"{kind}_{lang}.pdf", lang)
            texts[kind, lang] = " ".join(" ".join(pages_text(path)).split())
            assert seal in latin_text(path).replace("\n", "")
    # every letter states the current due date: an acknowledgement written after the extension the extended one
    assert "DSR-2026-0001" in texts["acknowledgement", "en"] and "2026-07-31" in texts["acknowledgement", "en"]
    assert "2026-07-01" not in texts["acknowledgement", "en"]
    # the extension notice bears the day the requester was told; the answer the day of the response
    assert "2026-06-15" in texts["extension", "en"]
    response = records.get(reg, "request", request_id)["response_date"]
    assert response and response in texts["answer", "en"]
    assert "the time to answer was extended once" in texts["acknowledgement", "en"] and "Test Trading Co." in texts["acknowledgement", "en"]
    assert "بعد تمديد مدة الرد مرة واحدة" in texts["acknowledgement", "ar"] and "شركة الاختبار" in texts["acknowledgement", "ar"]
    # the acknowledgement after the extension gives the reasons it speaks of, as recorded
    assert "Records sit in three systems." in texts["acknowledgement", "en"]
    assert "needs disproportionate effort" in texts["acknowledgement", "en"]
    assert "DRAFT" not in texts["acknowledgement", "en"]
    assert "جهداً غير متناسب" in texts["acknowledgement", "ar"]
    assert "مسودة" in texts["acknowledgement", "ar"]  # the reasons were recorded in English only
    assert "2026-07-31" in texts["extension", "en"] and "Records sit in three systems." in texts["extension", "en"]
    assert "needs disproportionate effort" in texts["extension", "en"] and "جهداً غير متناسب" in texts["extension", "ar"]
    assert "Granted" in texts["answer", "en"] and "Refused" in texts["answer", "en"]
    assert "A legal retention period applies" in texts["refusal", "en"]
    assert "SDAIA" in texts["refusal", "en"] and "سدايا" in texts["refusal", "ar"]
    assert "مرفوض" in texts["refusal", "ar"] and "هدى الحربي" in texts["refusal", "ar"]
    with pytest.raises(InvalidInput):
        export_letter(reg, request_id, "identity", tmp_path / "x.pdf", "en")  # past that stage
    assert not (tmp_path / "x.pdf").exists()


def test_the_person_export_holds_every_row_naming_them_and_nothing_else(reg: Register, tmp_path: Path) -> None:
    request_id = answered(reg)
    other = kyc.save_customer(reg, None, {"client_ref": "C-2", "full_name_en": "Someone Else",
                                          "email": "else@example.com"})
    requests.create(reg, {"received_at": "2026-06-02", "customer_id": other, "rights": ["access"]})
    me = records.get(reg, "request", request_id)["customer_id"]
    disclosures.create(reg, {"received_date": "2026-06-03", "requester_type": "court", "requester_name": "Court",
                             "request_type": "court_order"}, customer_ids=[me, other])
    disclosures.create(reg, {"received_date": "2026-06-04", "requester_type": "public_prosecution",
                             "requester_name": "Prosecution", "request_type": "official_request",
                             "subject_notification": "prohibited"}, customer_ids=[me])
    xlsx, data, seal = export_person(reg, me, tmp_path / "huda", lang="en")
    document = json.loads(data.read_text(encoding="utf-8"))
    assert document["seal"] == seal and document["person"] == "CUS-00001"
    tables = document["tables"]
    assert [r["reference"] for r in tables["requests"]] == ["DSR-2026-0001"]
    assert [r["right_code"] for r in tables["request_rights"]] == ["access", "erasure"]
    assert [r["reference"] for r in tables["disclosures"]] == ["DSC-2026-0001"]  # the gagged one is withheld
    assert [r["customer_id"] for r in tables["disclosure_customers"]] == [me]
    text = data.read_text(encoding="utf-8")
    assert "Someone Else" not in text and "else@example.com" not in text and "Prosecution" not in text
    book = load_workbook(xlsx)
    assert book.sheetnames[:2] == ["Your record", "Documents"]
    values = [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row]
    assert "huda@example.com" in values and "Someone Else" not in values and "DSR-2026-0002" not in values
    entry = reg.conn.execute("SELECT changes FROM audit WHERE action = 'export' ORDER BY seq DESC").fetchone()[0]
    assert "person_export" in entry and "CUS-00001" in entry


def test_requests_report_counts_on_time_rate_median_and_extensions(reg: Register, tmp_path: Path) -> None:
    answered(reg)
    late = requests.create(reg, {"received_at": "2026-05-01T10:00+03:00", "requester_name": "Late One",
                                 "rights": ["object_marketing"]})
    assert records.get(reg, "request", late)["due_date"] == "2026-05-31"  # unanswered, overdue on 20 June
    path, _ = export_pdf(reg, "requests", tmp_path / "requests_en.pdf", lang="en", date_from="2026-01-01",
                         date_to="2026-12-31")
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Requests received 2" in text
    assert "On-time rate 50%" in text  # one answered on time, one overdue
    # the denominator is printed beside the rate
    assert "On-time rate 50% (1 of 2 answered or past due" in text
    assert "Median days from receipt to answer 19" in text
    assert "Extensions used (PDPL IR Art. 3) 1" in text
    assert "Overdue by 20 days" in text
    arabic, _ = export_pdf(reg, "requests", tmp_path / "requests_ar.pdf", lang="ar")
    assert "طلبات أصحاب البيانات" in " ".join(pages_text(arabic))


def test_workbook_has_the_requests_sheet_with_decisions(reg: Register, tmp_path: Path) -> None:
    answered(reg)
    path, _ = export_workbook(reg, tmp_path / "w.xlsx", lang="en")
    sheet = load_workbook(path)["Data-subject requests"]
    rows = list(sheet.iter_rows(values_only=True))
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert "Decisions by right" in header and "Deadline" in header
    assert first["Reference"] == "DSR-2026-0001" and first["Customer"] == "CUS-00001"
    assert first["Decisions by right"] == "Access: Granted; Erasure: Refused (A legal retention period applies)"
    assert first["Due"] == dt.datetime(2026, 7, 31)


def test_record_sheet_of_a_request(reg: Register, tmp_path: Path) -> None:
    answered(reg)
    path, _ = export_pdf(reg, "record", tmp_path / "dsr.pdf", lang="en", reference="DSR-2026-0001")
    text = " ".join(pages_text(path))
    assert "DSR-2026-0001" in text and "Right asked" in text


def test_a_busy_period_lists_only_the_requests_that_missed_their_clock(reg: Register, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance_desk.reports import requests as report

    answered(reg)
    requests.create(reg, {"received_at": "2026-05-01T10:00+03:00", "requester_name": "Late One",
                          "rights": ["object_marketing"]})
    monkeypatch.setattr(report, "FULL_LOG_MAX", 1)
    path, _ = export_pdf(reg, "requests", tmp_path / "busy.pdf", lang="en")
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Requests that missed their clock" in text and "complete log is the requests sheet" in text
    assert "DSR-2026-0002" in text and "DSR-2026-0001" not in text.split("missed their clock", 1)[1]


def test_open_requests_not_yet_due_do_not_dilute_the_on_time_rate(reg: Register, tmp_path: Path) -> None:
    answered(reg)  # answered on time
    for n in range(3):  # received in June, due in July: open, not late (today is 20 June)
        requests.create(reg, {"received_at": f"2026-06-1{n}T10:00+03:00", "requester_name": f"Open {n}",
                              "rights": ["access"]})
    path, _ = export_pdf(reg, "requests", tmp_path / "rate.pdf", lang="en", date_from="2026-01-01",
                         date_to="2026-12-31")
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Requests received 4" in text
    assert "On-time rate 100% (1 of 1 answered or past due" in text
    arabic, _ = export_pdf(reg, "requests", tmp_path / "rate_ar.pdf", lang="ar", date_from="2026-01-01",
                           date_to="2026-12-31")
    assert "لا تُحتسب الطلبات المفتوحة" in " ".join(" ".join(pages_text(arabic)).split())


def test_the_refusal_names_the_right_to_complain_and_its_channel_in_both_languages(reg: Register,
                                                                                   tmp_path: Path) -> None:
    request_id = answered(reg)
    for kind in ("refusal", "answer"):
        english, _ = export_letter(reg, request_id, kind, tmp_path / f"{kind}_en.pdf", "en")
        text = " ".join(" ".join(pages_text(english)).split())
        assert "right to complain to the Saudi Data and AI Authority (SDAIA)" in text
        assert "National Data Governance Platform (https://dgp.sdaia.gov.sa)" in text
        assert "«Reports and Complaints»" in text and "within 90 days" in text and "PDPL Art. 34" in text
        arabic, _ = export_letter(reg, request_id, kind, tmp_path / f"{kind}_ar.pdf", "ar")
        text = " ".join(" ".join(pages_text(arabic)).split())
        assert "الحق في تقديم شكوى" in text and "المنصة الوطنية لحوكمة البيانات" in text
        assert "البلاغات والشكاوى" in text and "المادة 34" in text
        assert "dgp.sdaia.gov.sa" in latin_text(arabic).replace("\n", "")


def held_erasure(register: Register) -> int:
    """Access granted; erasure granted in part: the AML hold keeps the due-diligence records."""
    customer = kyc.save_customer(register, None, {"client_ref": "C-7", "full_name_en": "Huda Al-Harbi",
                                                  "full_name_ar": "هدى الحربي", "status": "verified"})
    kyc.save_document(register, None, {"customer_id": customer, "doc_type": "national_id", "number": "1000000008",
                                       "expiry_date": "2030-01-01"})
    request_id = requests.create(register, {"received_at": "2026-06-01T09:00+03:00", "channel": "email",
                                            "customer_id": customer, "rights": ["access", "erasure"]})
    requests.advance(register, request_id, "verified", {"identity_method": "known_contact"})
    requests.decide(register, request_id, {
        "access": {"decision": "granted", "action": "data_exported", "action_date": "2026-06-18"},
        "erasure": {"decision": "partly", "refusal_reason": "legal_retention", "action": "erased",
                    "action_date": "2026-06-18", "reason": "The AML Law keeps your identity records.",
                    "override_reason": "Only the data outside the AML hold were erased."}})
    requests.advance(register, request_id, "answered", {"response_method": "email"})
    return request_id


def test_the_refusal_of_one_right_answers_each_right_and_says_what_is_kept_until_when(reg: Register,
                                                                                      tmp_path: Path) -> None:
    request_id = held_erasure(reg)
    texts = {}
    for kind in ("refusal", "answer"):
        for lang in ("en", "ar"):
            path, _ = export_letter(reg, request_id, kind, tmp_path / f"{kind}_{lang}.pdf", lang)
            texts[kind, lang] = " ".join(" ".join(pages_text(path)).split())
    refusal = texts["refusal", "en"]
    assert "We cannot act on your request" not in refusal  # only the erasure was limited, access was granted
    assert "Refusal of your request" not in refusal and "Our decision on each right" in refusal
    assert "Access" in refusal and "Granted" in refusal and "Data exported to the requester (2026-06-18)" in refusal
    assert "Partly granted" in refusal and "A legal retention period applies" in refusal
    for kind in ("refusal", "answer"):
        english, arabic = texts[kind, "en"], texts[kind, "ar"]
        assert "the law requires us to keep the following data:" in english
        assert ("due-diligence records and copies of identity documents — AML Law Art. 12, until 10 years after "
                "your relationship with us ends") in english
        assert "All your other personal data were erased on 2026-06-18" in english
        assert "CUS-" not in english  # the register's own references are not the requester's business
        assert "right to complain to the Saudi Data and AI Authority (SDAIA)" in english
        assert "سجلات العناية الواجبة وصور وثائق الهوية" in arabic and "نظام مكافحة غسل الأموال" in arabic
        assert "أتلفنا سائر بياناتكم الشخصية الأخرى" in arabic and "سدايا" in arabic
    assert "يتعذر علينا تنفيذ طلبك" not in texts["refusal", "ar"] and "قرارنا في كل حق" in texts["refusal", "ar"]


def test_letters_sign_with_the_officer_title_the_rest_of_the_app_uses(reg: Register, tmp_path: Path) -> None:
    from compliance_desk.domain.notice_words import say
    from compliance_desk.reports.labels import LABELS
    from compliance_desk.reports.letter_texts import t

    assert t("officer_title", "ar") == say("officer_heading", "ar") == LABELS["officer"][1] == "مسؤول حماية البيانات"
    path, _ = export_letter(reg, answered(reg), "answer", tmp_path / "answer_ar.pdf", "ar")
    text = " ".join(" ".join(pages_text(path)).split())
    assert "مسؤول حماية البيانات" in text and "مسؤول حماية البيانات الشخصية" not in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_extension_with_no_reasons_recorded_gives_a_draft_acknowledgement(reg: Register, tmp_path: Path,
                                                                              lang: str) -> None:
    request_id = answered(reg)
    reg.conn.execute("UPDATE requests SET extension_details = NULL WHERE id = ?", (request_id,))  # an older record
    reg.conn.commit()
    path, _ = export_letter(reg, request_id, "acknowledgement", tmp_path / f"a_{lang}.pdf", lang)
    text = " ".join(" ".join(pages_text(path)).split())
    assert ("مسودة" in text) if lang == "ar" else ("DRAFT — do not send" in text and "Reasons given" in text)
