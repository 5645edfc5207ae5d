"""The seal on every report: entry number and export time beside it, and a QR code holding seal, entry
and kind in the footer of the cover and the last page (read back from the rendered page)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.graphics.barcode import qrencoder

from compliance_desk.reports import export
from compliance_desk.reports.pdf import ReportInfo, qr_box, qr_payload
from compliance_desk.storage import seals
from compliance_desk.storage.register import Register
from tests.reports.reading import latin_text, pages_text

SCALE = 6  # pixels per point: a module of the 17 mm code is about 9 pixels


def _matrix(payload: str) -> list[list[bool]]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def _read_qr(path: Path, page: int, lang: str, size_of: int) -> list[list[bool]]:
    """The dark/light modules drawn where the footer's QR code sits, sampled at each module's centre."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[page].render(scale=SCALE).to_pil().convert("L")
        height = document[page].get_height()
    finally:
        document.close()
    x, y, size = qr_box(ReportInfo(lang=lang, title="", organisation="", seal="", period="", generated=None))  # type: ignore[arg-type]
    module = size / (size_of + 4)  # two modules of quiet zone each side
    found = []
    for r in range(size_of):
        row = []
        for c in range(size_of):
            px = x + (c + 2.5) * module
            py = height - (y + size - (r + 2.5) * module)
            row.append(image.getpixel((int(px * SCALE), int(py * SCALE))) < 128)
        found.append(row)
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_qr_code_on_cover_and_last_page_holds_seal_entry_and_kind(small: Register, tmp_path: Path,
                                                                     lang: str) -> None:
    path, seal = export.export_pdf(small, "ropa", tmp_path / f"ropa-{lang}.pdf", lang=lang)
    expected = _matrix(f"compliance-desk seal={seal} entry={seal.entry} kind=ropa")
    pages = len(pages_text(path))
    assert pages >= 3
    assert _read_qr(path, 0, lang, len(expected)) == expected
    assert _read_qr(path, pages - 1, lang, len(expected)) == expected
    middle = _read_qr(path, 1, lang, len(expected))  # only cover and last page: the page number sits there
    assert sum(map(sum, middle)) < 0.2 * len(expected) ** 2
    entry = seals.find(small, seal)
    assert entry.seq == seal.entry


def test_the_payload_is_what_verify_reads() -> None:
    info = ReportInfo(lang="en", title="", organisation="", seal="ab" * 32, period="", generated=None,  # type: ignore[arg-type]
                      kind="disclosures", seal_entry=42)
    payload = qr_payload(info)
    assert payload == f"compliance-desk seal={'ab' * 32} entry=42 kind=disclosures"
    assert seals.parse(payload) == "ab" * 32  # pasted from a phone's reading, it checks as is


def test_entry_and_export_time_beside_the_seal_and_the_accurate_advice(small: Register, tmp_path: Path) -> None:
    path, seal = export.export_pdf(small, "disclosures", tmp_path / "d.pdf", lang="en")
    text = latin_text(path)
    when = seal.at[:16].replace("T", " ")
    assert f"entry {seal.entry}, exported {when} UTC" in text.replace("\n", " ")
    first = pages_text(path)[0]
    assert "Audit entry" in first and str(seal.entry) in first
    assert f"compliance-desk verify REGISTER --seal {seal[:12]}" in first
    assert "head hash" not in text
