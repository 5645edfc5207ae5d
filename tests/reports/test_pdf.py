"""PDF reports read back: pages, titles, references, page X of Y, the seal, Arabic order, escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from compliance_desk.reports import export
from compliance_desk.storage import records, seals
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE
from tests.reports.reading import latin_text, pages_text

ARABIC_WORD = re.compile("[\u0600-\u06ff]+")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ropa_pages_references_and_seal(demo_register: Register, tmp_path: Path, lang: str) -> None:
    path, seal = export.export_pdf(demo_register, "ropa", tmp_path / f"ropa-{lang}.pdf", lang=lang)
    reader = PdfReader(path)
    title = "Record of Processing Activities" if lang == "en" else "سجل أنشطة المعالجة"
    assert reader.metadata.title == title
    pages = pages_text(path)
    assert len(pages) == len(reader.pages) > 3
    full = latin_text(path)
    for n in range(1, 15):
        assert f"PA-{n:04d}" in full
    assert all(seal in page.extract_text() for page in reader.pages)  # cover and every footer
    assert seal == seals.find(demo_register, seal).hash and demo_register.verify().ok
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        if lang == "en":
            assert f"Page {number} of {total}" in page
        else:
            assert re.search(rf"صفحة\s*{number}\s*من\s*{total}|{total}\s*من\s*{number}\s*صفحة", page), page[-300:]
    if lang == "ar":
        words = ARABIC_WORD.findall(pages[0])
        assert "سجل أنشطة المعالجة".split() == words[words.index("سجل"):words.index("سجل") + 3]


def test_arabic_lines_extract_in_reading_order(demo_register: Register, tmp_path: Path) -> None:
    records.update(demo_register, "activity", 1, {
        "description": "يحتفظ المتجر بآخر أربعة أرقام من البطاقة فقط ويعالج الباقي عبر بوابة الدفع المعتمدة"})
    path, _ = export.export_pdf(demo_register, "record", tmp_path / "r.pdf", lang="ar", reference="PA-0001")
    text = "\n".join(pages_text(path))
    line = next(x for x in text.splitlines() if "يحتفظ" in x)
    expected = "يحتفظ المتجر بآخر أربعة أرقام من البطاقة".split()
    words = ARABIC_WORD.findall(line)
    start = words.index("يحتفظ")
    assert words[start:start + len(expected)] == expected


def test_user_text_is_never_markup_and_bidi_controls_do_nothing(demo_register: Register, tmp_path: Path) -> None:
    evil = 'Acme <b>Bold</b> & <a href="http://x">link</a>'
    records.update(demo_register, "activity", 2, {"name_en": evil, "department": "Risk\u202e reversed\u202c team"})
    path, _ = export.export_pdf(demo_register, "ropa", tmp_path / "e.pdf", lang="en")
    text = "\n".join(pages_text(path))
    assert 'Acme <b>Bold</b> & <a href="http://x">link</a>' in text
    assert "Risk reversed team" in text
    assert "\u202e" not in text


def test_disclosure_report_for_a_period_hides_identities(demo_register: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(demo_register, "disclosures", tmp_path / "d.pdf", lang="en",
                                date_from="2000-01-01", date_to="2100-12-31")
    text = "\n".join(pages_text(path))
    assert "Government and legal demands" in text and "Customer identities are left out" in text
    count = demo_register.conn.execute("SELECT count(*) FROM disclosures WHERE request_type NOT IN"
                                       " ('partner_transfer', 'merger_transfer')").fetchone()[0]
    assert re.search(rf"Requests received\s*{count}", text)
    refs = [r for (r,) in demo_register.conn.execute("SELECT reference FROM disclosures")]
    latin = latin_text(path)
    assert [ref for ref in refs if ref not in latin] == []
    names = [n for (n,) in demo_register.conn.execute("SELECT full_name_en FROM customers LIMIT 20")]
    assert not any(name in text for name in names)


def test_kyc_report_sections(demo_register: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(demo_register, "kyc", tmp_path / "k.pdf", lang="en")
    text = "\n".join(pages_text(path))
    for title in ("Customers by status", "Identity documents expiring within 90 days", "Failed checks still unresolved",
                  "Overdue re-verifications", "Expired identity documents", "Risk-rating spread"):
        assert title in text
    number = demo_register.conn.execute("SELECT number FROM documents WHERE number IS NOT NULL").fetchone()[0]
    assert number not in text


def test_record_sheet_has_fields_and_history(demo_register: Register, tmp_path: Path) -> None:
    records.update(demo_register, "activity", 3, {"department": "Treasury"})
    path, _ = export.export_pdf(demo_register, "record", tmp_path / "r.pdf", lang="en", reference="PA-0003")
    text = "\n".join(pages_text(path))
    assert "Processing activity PA-0003" in text and "Audit history" in text
    assert "Owning department: Finance » Treasury" in text


def test_unknown_record_reference_is_refused_before_anything_is_audited(demo_register: Register,
                                                                         tmp_path: Path) -> None:
    from compliance_desk.domain.errors import InvalidInput

    before = demo_register.audit_count()
    with pytest.raises(InvalidInput):
        export.export_pdf(demo_register, "record", tmp_path / "x.pdf", reference="PA-9999")
    assert demo_register.audit_count() == before


@pytest.mark.slow
def test_audit_pack_manifest(demo_register: Register, tmp_path: Path) -> None:
    manifest_path, seal = export.pack(demo_register, tmp_path / "pack")
    manifest = json.loads(manifest_path.read_text())
    assert manifest["register_seal"] == seal == seals.find(demo_register, seal).hash
    names = {f["name"] for f in manifest["files"]}
    assert names == {f"{k}-{lang}.pdf" for k in ("ropa", "disclosures", "kyc", "requests", "breaches") for lang in ("ar", "en")} | \
        {"workbook-ar.xlsx", "workbook-en.xlsx"}
    for entry in manifest["files"]:
        assert export.sha256(tmp_path / "pack" / entry["name"]) == entry["sha256"]


def test_masked_numbers_and_english_values_read_left_to_right_in_arabic() -> None:
    from compliance_desk.reports.text import visual

    assert visual("••••••3756", True) == "••••••3756"
    assert visual("5 years after closure", True) == "5 years after closure"


def test_a_read_only_register_produces_its_reports_sealed_as_it_stands(demo_path: Path, tmp_path: Path) -> None:
    """Another officer holds the register for writing: the reports still come out; the export cannot be
    recorded, so the seal printed is the chain's head as it stands (which verify still finds)."""
    with Register.open(demo_path, PASSPHRASE, read_only=True) as register:
        entries, head = register.audit_count(), register.seal()
        path, seal = export.export_pdf(register, "kyc", tmp_path / "kyc.pdf", lang="ar")
        workbook, workbook_seal = export.export_workbook(register, tmp_path / "w.xlsx", lang="en")
        assert seal == workbook_seal == head and register.audit_count() == entries
        assert head[:16] in "".join(p.extract_text() for p in PdfReader(path).pages).replace("\n", "")
        assert workbook.exists()
