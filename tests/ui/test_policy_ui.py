from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.ui.shell.controller import Controller

# written for this test, in the manner of the broker sample
POLICY = ("سياسة الخصوصية\n"
          "نجمع الاسم الكامل وتاريخ الميلاد ورقم الهاتف والعنوان الكامل وجواز السفر عند فتح الحساب.\n"
          "نستخدم ملفات تعريف الارتباط لإنشاء تقارير إحصائية.\n"
          "نقدم المعلومات تنفيذًا لأوامر المحكمة.\n"
          "نقدم المعلومات إلى سلطات إنفاذ القانون بناءً على طلب رسمي.\n"
          "ننقل المعلومات إلى شركاء الأعمال (الأمناء) لتحسين جودة الخدمة.\n"
          "يرجى إخطارنا بأي تغييرات في البيانات الشخصية.\n")


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    unlocked_app.main.show_page("policy")
    return unlocked_app


def test_policy_page_highlights_findings_and_links_gaps(app: Controller, tmp_path: Path) -> None:
    page = app.main.policy
    (tmp_path / "policy.txt").write_text(POLICY, encoding="utf-8")
    assert page.load(tmp_path / "policy.txt")
    result = page.run_check()
    assert result is not None and result.gaps
    assert page.highlighted() == len(result.findings) > 10
    assert page.gaps.count() == len(result.gaps)
    assert page.findings.topLevelItemCount() == len(result.findings)
    court = next(i for i in range(page.findings.topLevelItemCount())
                 if page.findings.topLevelItem(i).text(1) == "Court")
    page._show_finding(page.findings.topLevelItem(court), 0)
    assert "محكمة" in page.text.textCursor().selectedText().replace("ال", "") or \
        "المحكمة" in page.text.textCursor().selectedText()
    linked = next(i for i in range(page.gaps.count()) if page.gaps.item(i).data(0x0100))
    page._open_gap(page.gaps.item(linked))
    assert app.main.current_key() in ("activities", "recipients")
    assert app.main.current_page().selected_id() is not None


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_placeholder_names_file_kinds_that_read_whole_right_to_left(qtbot, lang: str) -> None:
    """A placeholder is painted without its isolates: ".txt, .docx" read "(html. ,docx. ,txt.)" in Arabic."""
    from compliance_desk.ui.policy.policy_page import PolicyPage
    from compliance_desk.ui.shell.i18n import apply_language

    apply_language(lang)
    try:
        page = PolicyPage(lang)
        qtbot.addWidget(page)
        hint = page.text.placeholderText()
        assert "TXT, DOCX, HTML" in hint
        assert not any(ch in hint for ch in "\u2066\u2067\u2068\u2069")
        assert (".txt" in hint) is False and ("سياسة" in hint) == (lang == "ar")
    finally:
        apply_language("en")
