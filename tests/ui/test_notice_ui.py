"""The Privacy notice page: the published policy beside the notice the register implies, gaps on the
side where something is to change, the details dialog, saving, both languages."""

from __future__ import annotations

import os
from pathlib import Path

import lxml.html
import pytest
from PySide6.QtCore import Qt

from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller

# written for this test: says less than the demo register, names an acquirer it does not record,
# leaves a blank, and contradicts itself on sharing
POLICY = ("سياسة الخصوصية\n"
          "نجمع الاسم ورقم الهاتف لتجهيز الطلبات وتوصيلها.\n"
          "لا نشارك بياناتك الشخصية مع أطراف ثالثة.\n"
          "قد ننقل بياناتك إلى من يستحوذ على أعمالنا في حال الاندماج.\n"
          "للاستفسار اتصل بنا على (__________).\n")


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    unlocked_app.main.show_page("notice")
    return unlocked_app


def test_the_notice_is_built_from_the_register_when_shown(app: Controller) -> None:
    page = app.main.notice
    assert page.document is not None
    text = page.notice.toPlainText()
    organisation = records.organisation(app.register) or {}
    assert organisation["legal_name_en"] in text and "Your rights" in text
    assert page.problems.count() == len(page.document.problems) > 0  # the demo lacks rights channels
    page.language.setCurrentIndex(0)
    assert "حقوقك" in page.notice.toPlainText()
    assert page.notice.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_gaps_are_highlighted_on_the_side_to_change(app: Controller, tmp_path: Path) -> None:
    page = app.main.notice
    source = tmp_path / "published.txt"
    source.write_text(POLICY, encoding="utf-8")
    assert page.load_policy(source)
    assert page.result is not None and page.gaps.count() == len(page.result.gaps) > 5
    in_policy, in_notice = page.highlighted()
    assert in_policy >= 3 and in_notice > 10  # the acquirer, the blank, the contradiction; what to add
    directions = {g.direction for g in page.result.gaps}
    assert {"policy_only", "register_only", "missing", "defect"} <= directions
    shown = [page.gaps.item(i).text() for i in range(page.gaps.count())]
    assert shown[0].startswith("✗")  # template text and contradictions first, what the register has last
    assert shown[-1].startswith("▶")
    rows = {text[0]: i for i, text in reversed(list(enumerate(shown)))}
    page._show_gap(page.gaps.item(rows["✗"]))
    assert page.policy.textCursor().selectedText().strip()
    assert page.policy.layoutDirection() == Qt.LayoutDirection.RightToLeft  # an Arabic policy in the English UI
    page._show_gap(page.gaps.item(rows["▶"]))
    chosen = page.notice.textCursor().selectedText()
    assert chosen and chosen in page.notice.toPlainText()


def test_details_complete_the_notice(app: Controller, qtbot) -> None:
    page = app.main.notice
    before = page.problems.count()
    page.edit_details()
    dialog = page.details_dialog
    dialog.form.editors["rights_email"].set_value("privacy@alwaha.sa")
    dialog.form.editors["cookie_statement"].set_value("You can refuse cookies in your browser settings.")
    assert dialog.save()
    assert (records.organisation(app.register) or {})["rights_email"] == "privacy@alwaha.sa"
    assert "privacy@alwaha.sa" in page.notice.toPlainText()
    assert page.problems.count() == before - 2
    dialog2 = page.details_dialog
    page.edit_details()
    page.details_dialog.form.editors["rights_answer_days"].set_value("thirty")
    assert not page.details_dialog.save()  # a clear line, nothing saved
    assert page.details_dialog.message.text()
    page.details_dialog.reject()
    assert dialog2 is not None


def test_saving_writes_the_notice(app: Controller, tmp_path: Path) -> None:
    page = app.main.notice
    written = page.save(tmp_path / "notice.html", "html")
    assert written is not None
    root = lxml.html.fromstring(written.read_bytes())
    assert (root.get("lang"), root.get("dir")) == ("en", "ltr")
    assert page.save(tmp_path / "no-such-folder" / "n.pdf", "pdf") is None
    assert "no-such-folder" in page.summary.text()


def test_screenshots_of_the_page_in_both_languages(app: Controller, tmp_path: Path) -> None:
    from compliance_desk.ui.shell.i18n import apply_language

    out = Path(os.environ.get("COMPLIANCE_DESK_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "published.txt"
    source.write_text(POLICY, encoding="utf-8")
    for lang in ("en", "ar"):
        app.settings.set("language", lang)
        app.settings_changed()
        main = app.main
        main.show_page("notice")
        page = main.notice
        page.language.setCurrentIndex(0 if lang == "ar" else 1)
        page.load_policy(source)
        image = main.grab()
        image.save(str(out / f"notice-page-{lang}.png"))
        assert not image.isNull()
        x = page.policy.mapTo(page, page.policy.rect().center()).x()
        assert (x < page.width() / 2) == (lang == "en")  # the published policy on the reading side
    apply_language("en")


def test_texts_missing_in_the_notice_language_are_listed_in_the_officer_language(app: Controller) -> None:
    page = app.main.notice
    activity_id = app.register.conn.execute("SELECT id FROM activities WHERE reference = 'PA-0001'").fetchone()[0]
    records.update(app.register, "activity", activity_id, {"retention_reason_ar": None})
    page.language.setCurrentIndex(0)  # the Arabic notice, read by an officer working in English
    listed = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any("the reason for retention has no Arabic text" in line for line in listed)
    assert "[بالإنجليزية في السجل: تنتظر الترجمة]" in page.notice.toPlainText()
    page.language.setCurrentIndex(1)  # the English notice has its English text: nothing of the kind
    listed = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert not any("has no Arabic text" in line or "has no English text" in line for line in listed)
