"""The screening report (PDF, both languages) and the screening history on a customer's record sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from compliance_desk.reports import export
from compliance_desk.storage import kyc, sanctions, screening
from compliance_desk.storage.register import Register

UN = Path(__file__).parents[1] / "storage" / "fixtures" / "un_small.xml"


@pytest.fixture
def screened(register: Register) -> Register:
    sanctions.import_list(register, UN)
    ramzi = kyc.save_customer(register, None, {"client_ref": "BO-1", "full_name_ar": "رمزي محمد عبدالله بن الشيبة",
                                               "date_of_birth": "1972-05-01", "nationality": "YE"})
    kyc.save_customer(register, None, {"client_ref": "BO-2", "full_name_en": "Akhtar Mohammad Mansour"})
    screening.screen(register)
    hit = next(h for h in screening.hits(register) if h["customer_id"] == ramzi)
    screening.decide(register, hit["reference"], "true_match", "Passport and date of birth agree")
    return register


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_screening_report_in_english(screened: Register, tmp_path: Path) -> None:
    path, seal = export.export_pdf(screened, "screening", tmp_path / "s.pdf", lang="en")
    text = text_of(path)
    for expected in ("Sanctions and PEP screening", "Lists and versions used", "LST-0001", "Hits by decision",
                     "Hits to decide", "Decisions taken in the period", "QDi.081", "TAi.011", "UNSCR 1373",
                     seal[:12]):
        assert expected in text, expected


def test_screening_report_in_arabic(screened: Register, tmp_path: Path) -> None:
    path, _seal = export.export_pdf(screened, "screening", tmp_path / "s.pdf", lang="ar")
    text = text_of(path)
    assert "LST-0001" in text and "QDi.081" in text
    assert "1373" in text


def test_the_record_sheet_shows_the_screening_history(screened: Register, tmp_path: Path) -> None:
    path, _seal = export.export_pdf(screened, "record", tmp_path / "r.pdf", lang="en", reference="CUS-00001")
    text = text_of(path)
    assert "Sanctions screening" in text and "QDi.081" in text and "True match" in text
