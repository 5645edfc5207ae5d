"""What an outside reviewer found in the privacy notice (review of issue 20), read back from the HTML,
the Markdown and the PDF: an unfinished notice is a marked draft, a complete one carries no mark."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from compliance_desk.reports.export import export_notice
from compliance_desk.storage import notice, records
from compliance_desk.storage.register import Register
from tests.reports.reading import pages_text
from tests.reports.test_notice import html_root, shop  # noqa: F401  (the register every notice test uses)

MARK = {"en": "DRAFT — do not publish: still to be completed:", "ar": "مسودة — لا تُنشر: ما زال يلزم استكمال:"}


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _read(register: Register, tmp_path: Path, lang: str) -> dict[str, str]:
    """The notice in each format, as its reader sees it: {format: text}, the HTML <title> apart."""
    out = {}
    for fmt in ("html", "md", "pdf"):
        path, _seal = export_notice(register, tmp_path / f"notice-{lang}.{fmt}", lang=lang, fmt=fmt)
        if fmt == "html":
            root = html_root(path)
            out["title"] = root.findtext(".//title") or ""
            out[fmt] = _fold(root.text_content())
        else:
            out[fmt] = _fold(" ".join(pages_text(path))) if fmt == "pdf" else path.read_text(encoding="utf-8")
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_complete_notice_carries_no_draft_mark(shop: Register, tmp_path: Path, lang: str) -> None:  # noqa: F811
    read = _read(shop, tmp_path, lang)
    for fmt, text in read.items():
        assert "DRAFT" not in text and "مسودة" not in text, (fmt, text[:300])
    # the address written in both forms: each notice prints its own
    assert ("مقرنا: طريق الملك عبدالعزيز، جدة" if lang == "ar" else "Our offices: King Abdulaziz Road, Jeddah") \
        in read["md"].replace("**", "").replace("- ", "")
    assert ("King Abdulaziz" not in read["md"]) if lang == "ar" else ("جدة" not in read["md"])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_notice_with_gaps_or_placeholder_contacts_is_a_marked_draft(shop: Register, tmp_path: Path,  # noqa: F811
                                                                      lang: str) -> None:
    records.update(shop, "activity", 1, {"storage_means": None, "storage_means_ar": None})
    records.save_organisation(shop, {"officer_email": "dpo@example.com", "address": "طريق الملك عبدالعزيز، جدة"})
    read = _read(shop, tmp_path, lang)
    kinds = (["نصوص يلزم استكمالها قبل النشر: 1", "وسائل تواصل تجريبية: 1"] if lang == "ar" else
             ["texts to be completed before publishing: 1", "placeholder contacts: 1"])
    for fmt in ("html", "md", "pdf"):
        text = read[fmt]
        assert MARK[lang] in text, (fmt, text[:400])
        for kind in kinds:  # (the Arabic PDF's text layer reads the last figure before its full stop)
            assert (kind if fmt != "pdf" or lang == "en" else kind.rsplit(":", 1)[0]) in text, (fmt, kind)
    assert read["title"].startswith("مسودة — " if lang == "ar" else "DRAFT — ")
    assert read["md"].startswith("# مسودة — " if lang == "ar" else "# DRAFT — ")
    first = read["md"].splitlines()[2]  # the first line under the title
    assert first.startswith(f"**{MARK[lang]}"), first
    assert notice.build(shop, lang).text().splitlines()[1].startswith(MARK[lang])  # the page's preview too
    pdf = read["pdf"]
    assert pdf.index("مسودة — إشعار الخصوصية" if lang == "ar" else "DRAFT — Privacy notice") < pdf.index(MARK[lang])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_address_in_the_other_language_only_is_marked_and_listed(shop: Register, tmp_path: Path,  # noqa: F811
                                                                    lang: str) -> None:
    written = "King Abdulaziz Road, Jeddah" if lang == "ar" else "طريق الملك عبدالعزيز، جدة"
    records.save_organisation(shop, {"address": written})
    document = notice.build(shop, lang)
    marked = f"{written} [بالإنجليزية في السجل: تنتظر الترجمة]" if lang == "ar" else \
        f"{written} [in Arabic in the register: to be translated]"
    assert marked in document.text()
    assert any(("العنوان بالإنجليزية فقط" if lang == "ar" else "the address is in Arabic only") in p
               for p in document.problems), document.problems
    assert ("ملف المنشأة", "address") in document.untranslated or ("Organisation profile", "address") in \
        document.untranslated
    read = _read(shop, tmp_path, lang)
    assert marked in read["html"] and marked in read["md"]
    assert (MARK[lang] in read["pdf"]) and ("نصوص تنتظر الترجمة: 1" if lang == "ar" else
                                             "texts awaiting translation: 1") in read["md"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_complaint_is_a_right_and_the_authorities_are_named_as_in_law(shop: Register, tmp_path: Path,  # noqa: F811
                                                                          lang: str) -> None:
    read = _read(shop, tmp_path, lang)
    for fmt in ("html", "md", "pdf"):
        text = read[fmt] if fmt != "md" else _fold(read[fmt])
        if lang == "ar":
            assert "يحق لك تقديم شكوى إلى الهيئة السعودية للبيانات والذكاء الاصطناعي (سدايا)" in text, fmt
            assert "إذا لم يرضك" not in text and "منصة حوكمة البيانات الوطنية" not in text
            assert "المنصة الوطنية لحوكمة البيانات" in text and "الإدارة العامة للتحريات المالية" in text
        else:
            assert "You have the right to lodge a complaint with the Saudi Data and AI Authority (SDAIA)" in text, fmt
            assert "not satisfied" not in text and "financial intelligence unit" not in text.lower()
            assert "General Directorate of Financial Intelligence (GDFI)" in text, fmt


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_activity_with_no_recipient_recorded_says_so_as_a_gap(shop: Register, tmp_path: Path,  # noqa: F811
                                                                 lang: str) -> None:
    from compliance_desk.storage import activities

    activities.save_activity(shop, None, {
        "name_en": "Staff files", "name_ar": "ملفات الموظفين", "status": "active", "purposes": ["legal_compliance"],
        "data_categories": ["identity"], "legal_bases": ["contract"], "sources": ["data_subject"],
        "retention_months": 12, "storage_means": "On our servers", "storage_means_ar": "على خوادمنا",
        "consequences": "We cannot employ you.", "consequences_ar": "لا يمكننا توظيفك."})
    document = notice.build(shop, lang)
    line = ("من يتلقاها: [يُستكمل قبل النشر: من يتلقى هذه البيانات، أو أنه لا يتلقاها أحد من خارج متجر أكمي.]"
            if lang == "ar" else "Who receives it: [To be completed before publishing: who receives this data, or "
            "that no one outside Acme Store does.]")
    staff = next(s for s in document.sections[1].sections if s.heading in ("Staff files", "ملفات الموظفين"))
    assert line in staff.text(), staff.text()
    assert any(p.startswith("ملفات الموظفين: لا جهة مستلمة" if lang == "ar" else "Staff files: no recipient is linked")
               for p in document.problems), document.problems
    read = _read(shop, tmp_path, lang)
    assert MARK[lang] in read["md"] and line.split(": ", 1)[1] in read["html"]
