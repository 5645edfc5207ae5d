"""The privacy notice PDF read back: no heading left alone at the foot of a page, in either language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from compliance_desk.domain.notice import Block, Notice, Section
from compliance_desk.reports import notice as notice_report
from tests.reports.reading import pages_text

FURNITURE = re.compile(r"^(?:Page \d+ of \d+|صفحة \d+ من \d+|Generated|أُنشئ|Register seal|ختم السجل|Acme|أكمي|"
                       r"Privacy notice|إشعار الخصوصية)")


def _notice(lang: str, filler: int) -> Notice:
    word = "نص" if lang == "ar" else "Text"
    sections = [Section("intro", "Intro" if lang == "en" else "مقدمة",
                        [Block("p", f"{word} {n}.") for n in range(filler)])]
    for n in range(1, 31):  # sections with a sub-section each: a heading and a sub-heading over a table
        title = f"Section {n}" if lang == "en" else f"القسم {n}"
        sub = Section(f"s{n}-a", f"Part {n}" if lang == "en" else f"الجزء {n}",
                      [Block("dl", pairs=((word, f"{word} {n}"), (word, f"{word} {n}")))])
        sections.append(Section(f"s{n}", title, [Block("p", f"{word} {n}.")] if n % 2 else [], [sub]))
    return Notice(lang, "Privacy notice" if lang == "en" else "إشعار الخصوصية", "Acme" if lang == "en" else "أكمي",
                  dt.date(2026, 3, 1), sections, [])


def _last_lines(path: Path) -> list[str]:
    lasts = []
    for page in pages_text(path):
        lines = [line.strip() for line in re.split(r"[\r\n]+", page) if line.strip()]
        lines = [line for line in lines if not FURNITURE.match(line) and not re.fullmatch(r"[0-9a-f]{16,}", line)]
        lasts.append(lines[-1] if lines else "")
    return lasts


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_heading_is_left_at_the_foot_of_a_page(tmp_path: Path, lang: str) -> None:
    headings = re.compile(r"^(?:Section|Part|القسم|الجزء) \d+$")
    for filler in range(0, 12, 2):  # shifts where the page breaks fall
        path = notice_report.write(_notice(lang, filler), tmp_path / f"n{filler}.pdf", "pdf", "seal",
                                   dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
        lasts = _last_lines(path)
        assert len(lasts) > 2
        stranded = [line for line in lasts[:-1] if headings.match(line)]
        assert stranded == [], (filler, lasts)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_table_split_across_pages_repeats_its_header_row_under_its_heading(tmp_path: Path, lang: str) -> None:
    word = "نص" if lang == "ar" else "Text"
    name = "المتجر الإلكتروني" if lang == "ar" else "Online shop"
    pairs = tuple((f"{word} {n}", f"{word} {n} " * 12) for n in range(1, 80))
    sections = [Section("purposes", "Purposes" if lang == "en" else "الأغراض", [],
                        [Section("activity-1", name, [Block("dl", pairs=pairs)])])]
    document = Notice(lang, "Privacy notice" if lang == "en" else "إشعار الخصوصية", "Acme" if lang == "en" else "أكمي",
                      dt.date(2026, 3, 1), sections, [])
    path = notice_report.write(document, tmp_path / "n.pdf", "pdf", "seal", dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    pages = [" ".join(page.split()) for page in pages_text(path)]
    header = ("البند", "التفاصيل") if lang == "ar" else ("Topic", "Details")
    assert len(pages) >= 3
    assert name in pages[0] and all(h in pages[0] for h in header)  # the heading with the table's start
    continued = f"{name} (تابع)" if lang == "ar" else f"{name} (continued)"
    for page in pages[1:]:  # every page the table runs onto: its heading continued, then its header row
        assert continued in page and all(h in page for h in header), page[:300]
