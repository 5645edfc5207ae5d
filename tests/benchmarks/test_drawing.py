"""The PDF baseline draws the report's own strings at the report's own positions."""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from drawing import draw, load, recorded, save  # noqa: E402
from probe import fonts  # noqa: E402

from compliance_desk.reports import disclosures  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402


def _glyphs(path: Path) -> list[list[tuple[str, int, float, float]]]:
    """Every character on every page with its box's lower-left corner, sorted."""
    document = pdfium.PdfDocument(str(path))
    pages = []
    for page in document:
        text = page.get_textpage()
        glyphs = []
        for i in range(text.count_chars()):
            char = text.get_text_range(i, 1)
            if char.strip():
                left, bottom, _right, _top = text.get_charbox(i)
                glyphs.append((char, round(bottom), left, bottom))
        pages.append(sorted(glyphs))
    document.close()
    return pages


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_bare_drawing_has_the_reports_strings_where_the_report_has_them(register: Register, tmp_path: Path,
                                                                           lang: str) -> None:
    from compliance_desk.storage import records

    for day in range(1, 29):
        records.create(register, "disclosure", {
            "received_date": f"2025-02-{day:02d}", "requester_type": "court", "requester_name": "Riyadh General Court",
            "request_type": "court_order", "due_date": "2025-03-30", "legal_review_required": 0})
    report = tmp_path / "report.pdf"
    with recorded() as strings:
        disclosures.write(register, report, lang, register.seal(), date_from="2025-01-01", date_to="2025-12-31")
    assert {"DSC-2025-0001", "DSC-2025-0028"} <= {s[5] for s in strings}
    bare = draw(load(save(strings, tmp_path / "strings.json")), tmp_path / "bare.pdf", fonts())
    drawn, again = _glyphs(report), _glyphs(bare)
    assert len(drawn) == len(again) > 1
    for page, (ours, theirs) in enumerate(zip(drawn, again, strict=True)):
        assert len(ours) == len(theirs), f"page {page + 1}"
        for a, b in zip(ours, theirs, strict=True):
            assert a[0] == b[0] and abs(a[2] - b[2]) < 0.2 and abs(a[3] - b[3]) < 0.2, (page + 1, a, b)
    assert len(drawn[-1]) > 100
    # the canvas is itself again once the block ends
    from reportlab.pdfgen.canvas import Canvas

    assert Canvas.drawString.__qualname__ == "Canvas.drawString"
