"""The record of processing shows the notice content of migration 0013: per activity the consequences
of not providing the data, the means of storage and the data items collected; per recipient, who they
are (in the PDF beside each recipient of an activity; in the workbook's columns). Read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from compliance_desk.domain.entities import RECIPIENT
from compliance_desk.reports.export import export_pdf, export_workbook
from compliance_desk.storage import activities, records
from compliance_desk.storage.register import Register
from tests.reports.reading import pages_text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_ropa_shows_the_notice_fields(small: Register, tmp_path: Path, lang: str) -> None:
    recipient = records.create(small, RECIPIENT, {"name_en": "Fast Couriers", "name_ar": "الناقل السريع",
                                                          "recipient_type": "service_provider", "country": "SA",
                                                          "description": "Delivers our parcels",
                                                          "description_ar": "يوصل طرودنا"})
    activities.save_activity(small, None, {
        "name_en": "Deliveries", "name_ar": "التوصيل",
        "consequences": "We cannot deliver", "consequences_ar": "لا يمكننا التوصيل",
        "storage_means": "Encrypted database", "storage_means_ar": "قاعدة بيانات مشفرة",
        "data_items": "Mobile number", "data_items_ar": "رقم الجوال"}, recipient_ids=[recipient])
    path, _ = export_pdf(small, "ropa", tmp_path / f"r-{lang}.pdf", lang=lang)
    text = " ".join(" ".join(pages_text(path)).split())
    if lang == "en":
        for words in ("We cannot deliver", "Encrypted database", "Mobile number", "Delivers our parcels"):
            assert words in text, words
    else:
        for words in ("التوصيل", "مشفرة", "الجوال", "طرودنا"):
            assert words in text, words
    book, _ = export_workbook(small, tmp_path / f"w-{lang}.xlsx", lang=lang)
    values = {str(c.value) for sheet in load_workbook(book).worksheets for row in sheet.iter_rows() for c in row
              if c.value}
    for words in ("We cannot deliver", "Encrypted database", "Mobile number", "Delivers our parcels"):
        assert any(words in v for v in values), words


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_outside_recipients_and_the_english_address(small: Register, tmp_path: Path, lang: str) -> None:
    """Migration 0014: "no recipient" confirmed reads so in the ROPA (not "None recorded"); the
    organisation's English address shows in the controller block and the workbook."""
    activities.save_activity(small, None, {"name_en": "Staff rota", "name_ar": "جدول الموظفين",
                                           "no_outside_recipients": True})
    activities.save_activity(small, None, {"name_en": "Gift cards", "name_ar": "بطاقات الإهداء"})
    records.save_organisation(small, {"address_en": "King Fahd Road, Riyadh 12214"})
    path, _ = export_pdf(small, "ropa", tmp_path / f"n-{lang}.pdf", lang=lang)
    text = " ".join(" ".join(pages_text(path)).split())
    confirmed = "None outside the organisation (confirmed)" if lang == "en" else "لا جهات مستلمة خارج المنشأة"
    recorded = "None recorded" if lang == "en" else "لا يوجد"
    assert text.count(confirmed) == 1 and recorded in text
    assert "King Fahd Road, Riyadh 12214" in text
    book, _ = export_workbook(small, tmp_path / f"n-{lang}.xlsx", lang=lang)
    sheets = load_workbook(book)
    values = [str(c.value) for sheet in sheets.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert any("King Fahd Road" in v for v in values)
    label = "No recipients outside the organisation" if lang == "en" else "لا جهات مستلمة خارج المنشأة"
    assert any(label in v for v in values)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_says_no_one_outside_when_confirmed(small: Register, lang: str) -> None:
    from compliance_desk.storage import notice as notice_store

    activities.save_activity(small, None, {"name_en": "Staff rota", "name_ar": "جدول الموظفين", "status": "active",
                                           "no_outside_recipients": True})
    text = "\n".join(s.text() for s in notice_store.build(small, lang).sections)
    assert ("No one outside" if lang == "en" else "لا أحد من خارج") in text
