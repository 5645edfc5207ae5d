"""How report pages read: direction by the report's language, dates, headers, page breaks, hyphens,
missing glyphs, markings, metadata and bookmarks — read back from the PDF, positions included."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from compliance_desk.reports import export
from compliance_desk.reports.flowables import FRAME_HEIGHT, PAGE_HEIGHT, PAGE_WIDTH, section, table
from compliance_desk.reports.pdf import ReportInfo, build
from compliance_desk.reports.text import printable, visual, wrap
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from tests.reports.conftest import NOW, customer
from tests.reports.reading import chars, find, occurrences, outline, pages_text

ARABIC = re.compile("[\u0600-\u06ff]")


def _page_with(path: Path, token: str) -> int:
    """The first page that draws `token` (found by position: PDFium's text can split a Latin token
    inside an Arabic line)."""
    for page in range(len(pages_text(path))):
        try:
            find(chars(path, page), token)
        except AssertionError:
            continue
        return page
    raise AssertionError(f"{token!r} on no page")


def test_arabic_cell_starting_with_a_reference_reads_right_to_left(small: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(small, "ropa", tmp_path / "r.pdf", lang="ar")
    page = _page_with(path, "REC-0001")
    found = chars(path, page)
    reference = find(found, "REC-0001")
    value_cell = PAGE_WIDTH - 18 * mm - (PAGE_WIDTH - 36 * mm) * 0.32  # the label column is at the right
    line = [c for c in found if abs(c.y - reference[0].y) < 4 and c.right < value_cell]
    arabic = [c for c in line if ARABIC.match(c.text)]
    assert arabic and min(c.x for c in reference) > max(c.x for c in arabic)  # the reference first, at the right
    brackets = sorted((c for c in line if c.text in "()"), key=lambda c: c.x)
    assert sorted(c.text for c in brackets) == ["(", ")"]  # a pair facing each other, not "((" or "))"
    between = [c for c in arabic if brackets[0].x < c.x < brackets[1].x]
    assert between and brackets[1].x < reference[0].x  # the bracketed type after the name, to the left


@pytest.mark.parametrize(("logical", "shown"), [
    ("REC-0001 — بوابة (نوع)", "(عون) ةباوب — REC-0001"),
    ("بوابة (Gulf Pay (v2)) نهاية", "ةياهن (Gulf Pay (v2)) ةباوب"),
    ("أُنشئ في 2026-05-07 12:34 بالتوقيت", "تيقوتلاب 2026-05-07 12:34 يف ئشنُأ"),
    ("الهاتف +966112345678", "+966112345678 فتاهلا"),
    ("23 (82% من 28)", "(28 نم 82%) 23"),
    ("Al-Waha Co.", "Al-Waha Co."),
    ("••••••3756", "••••••3756"),
])
def test_every_line_of_an_arabic_report_is_right_to_left_with_latin_runs_isolated(logical: str, shown: str) -> None:
    import unicodedata

    assert unicodedata.normalize("NFKC", visual(logical, True)) == unicodedata.normalize("NFKC", shown)


def test_english_report_isolates_arabic_runs() -> None:
    import unicodedata

    shown = unicodedata.normalize("NFKC", visual("Requester: المحكمة العامة (Riyadh)", False))
    assert shown == "Requester: ةماعلا ةمكحملا (Riyadh)"


def test_dates_read_year_first_in_arabic_footer_and_history(small: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(small, "record", tmp_path / "r.pdf", lang="ar", reference="PA-0001")
    last = len(pages_text(path)) - 1
    for page in (0, last):
        found = chars(path, page)
        stamp = find(found, "2026-05-0712:34")  # footer: date then time, left to right, as in English
        assert stamp[0].x < stamp[-1].x
    history = [run for page in range(last + 1) for run in occurrences(chars(path, page), "2026-05-0712:34")
               if run[0].y > 30 * mm]  # the audit history's times, above the footer
    assert history
    for page in range(last + 1):
        assert not occurrences(chars(path, page), "07-05-2026") and not occurrences(chars(path, page), "12:342026")


def test_long_organisation_name_stays_inside_the_header(small: Register, tmp_path: Path) -> None:
    name = "The Very Long Name of an Organisation for Jewellery, Precious Metals and Online Trading " * 3
    records.save_organisation(small, {"legal_name_en": name.strip()})
    path, _ = export.export_pdf(small, "ropa", tmp_path / "r.pdf", lang="en")
    found = [c for c in chars(path, 1) if c.y > PAGE_HEIGHT - 16 * mm]
    assert found and min(c.x for c in found) >= 18 * mm - 1 and max(c.right for c in found) <= PAGE_WIDTH - 18 * mm + 1
    title = find(found, "Record")
    organisation = [c for c in found if c.right <= title[0].x - 2]
    assert len(organisation) > 60 and not [c for c in found if c.x < title[0].x < c.right]


def _doc(tmp_path: Path, story: list, lang: str = "en") -> Path:
    import datetime as dt

    info = ReportInfo(lang, "Test", "Org", "seal", "period", dt.datetime(2026, 5, 7, tzinfo=dt.UTC))
    return build(tmp_path / "t.pdf", info, story)


def test_heading_is_never_stranded_at_the_foot_and_tables_say_continued(tmp_path: Path) -> None:
    rows = [["Row", "Value"], *[[f"row {n}", "x"] for n in range(1, 81)]]
    story = [Spacer(1, FRAME_HEIGHT - 40), *section("Audit history", "en", [table(rows, [50, 50], "en",
                                                                                  caption="DSC-2026-0001")])]
    pages = pages_text(_doc(tmp_path, story))
    heading = next(i for i, p in enumerate(pages) if "Audit history" in p)
    assert "row 1\r" in pages[heading] or "row 1 " in pages[heading]  # with its first rows, on one page
    continued = [p for p in pages[heading + 1:] if "row 7" in p or "row 6" in p]
    assert continued and "DSC-2026-0001 (continued)" in continued[0]


def test_no_table_row_alone_at_the_top_of_a_page(tmp_path: Path) -> None:
    rows = [["Row", "Value"], *[[f"row {n}", "x"] for n in range(1, 11)]]
    probe = table(rows, [50, 50], "en")
    probe.wrap(170 * mm, FRAME_HEIGHT)
    room = sum(probe._rowHeights[:10]) + 1  # header and nine rows: the tenth would go on alone
    pages = pages_text(_doc(tmp_path, [Spacer(1, FRAME_HEIGHT - room), table(rows, [50, 50], "en", caption="T")]))
    after = next(p for p in pages if "row 10" in p)
    assert len(re.findall(r"row \d+", after)) >= 2


def test_english_words_split_with_a_hyphen_and_hashes_without() -> None:
    lines = wrap("Law-enforcement authority", "Amiri", 8, 30)
    assert lines[0] == "Law-" and "enforcem" not in lines[0]
    pieces = wrap("enforcement", "Amiri", 8, 25)
    assert all(p.endswith("-") for p in pieces[:-1]) and "".join(p.rstrip("-") for p in pieces) == "enforcement"
    digest = "9fb72819825b79335f8920aaedc4e131"
    assert "".join(wrap(digest, "Amiri", 8, 40)) == digest


def test_missing_glyphs_print_as_a_visible_code(small: Register, tmp_path: Path) -> None:
    assert printable("Ali 😀\ufe0f ✓") == "Ali [U+1F600] [U+2713]"
    customer(small, 1, full_name_en="Omar 😀 Ali")
    path, _ = export.export_pdf(small, "record", tmp_path / "c.pdf", lang="en", reference="CUS-00001")
    text = "\n".join(pages_text(path))
    assert "Omar [U+1F600] Ali" in text and "😀" not in text


def test_bidi_controls_leave_the_pdf_metadata_and_language_is_set(small: Register, tmp_path: Path) -> None:
    records.save_organisation(small, {"legal_name_en": "Acme\u202e Evil\u202c Co", "legal_name_ar": "أكمي\u2067 شركة"})
    for lang, code in (("en", "en"), ("ar", "ar-SA")):
        path, _ = export.export_pdf(small, "ropa", tmp_path / f"r-{lang}.pdf", lang=lang)
        meta = PdfReader(path).metadata
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", meta.author + meta.title)
        assert PdfReader(path).trailer["/Root"]["/Lang"] == code


def test_revealed_reports_are_marked_on_every_page(small: Register, tmp_path: Path) -> None:
    shown, _ = export.export_pdf(small, "kyc", tmp_path / "s.pdf", lang="en", reveal=True)
    masked, _ = export.export_pdf(small, "kyc", tmp_path / "m.pdf", lang="en")
    assert all("IDENTIFIERS SHOWN IN FULL" in p for p in pages_text(shown))
    assert not any("IDENTIFIERS SHOWN IN FULL" in p for p in pages_text(masked))
    arabic, _ = export.export_pdf(small, "kyc", tmp_path / "a.pdf", lang="ar", reveal=True)
    assert all("المعرّفات معروضة كاملة".replace("ّ", "") in p.replace("ّ", "") for p in pages_text(arabic))


def test_outline_per_section_and_per_record(demo_register: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(demo_register, "ropa", tmp_path / "r.pdf", lang="en")
    marks = outline(path)
    titles = [t for _, t in marks]
    assert "Executive summary: exceptions" in titles and "Controller and officers" in titles
    records_ = [t for depth, t in marks if depth == 1 and t.startswith("PA-")]
    assert len(records_) == 14 and records_[0].startswith("PA-0001 — ")
    document = pdfium.PdfDocument(str(path))
    try:
        assert len(document) > 5
    finally:
        document.close()


def test_one_time_format_in_a_report(small: Register, tmp_path: Path) -> None:
    path, _ = export.export_pdf(small, "record", tmp_path / "r.pdf", lang="en", reference="PA-0001")
    text = "\n".join(pages_text(path))
    stamp = NOW.strftime("%Y-%m-%d %H:%M")
    assert f"Generated {stamp} UTC" in text and stamp in text.split("Audit history")[-1]
    assert not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text)  # no seconds anywhere
