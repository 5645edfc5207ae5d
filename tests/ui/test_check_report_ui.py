"""Register ▸ Check a report…: a seal or a file, the same answer as `verify --seal/--file`, both languages."""

from __future__ import annotations

from pathlib import Path

from compliance_desk.reports import export
from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings

SHOTS = Path("/work/shots/seals14")


def _shot(dialog, name: str) -> None:
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / f"{name}.png"))


def test_a_seal_and_a_file_are_checked_in_both_languages(unlocked_app: Controller, settings: Settings,
                                                         tmp_path: Path) -> None:
    main = unlocked_app.main
    register = unlocked_app.register
    pdf, seal = export.export_pdf(register, "ropa", tmp_path / "ropa.pdf", lang="en")
    main.check_action.trigger()
    dialog = main.check_dialog
    dialog.seal.insert(seal[:16])
    dialog.check()
    dialog.wait()
    assert dialog.headline.text() == "This seal is from this register; nothing changed since."
    assert f"is entry {seal.entry} of this register" in dialog.details.toPlainText()
    assert "ropa.pdf: SHA-256" in dialog.details.toPlainText()

    records.update(register, "activity", 1, {"department": "Treasury"})
    dialog.check()
    dialog.wait()
    assert dialog.headline.text() == "This seal is from this register; records changed after it."
    assert "Processing activity: changed × 1" in dialog.details.toPlainText()
    _shot(dialog, "check-seal-en")

    dialog.seal.clear()
    dialog.file.setText(str(pdf))
    dialog.check()
    dialog.wait()
    assert dialog.headline.text() == "This exact file was produced from this register."
    data = bytearray(pdf.read_bytes())
    data[100] ^= 1
    pdf.write_bytes(bytes(data))
    dialog.check()
    dialog.wait()
    assert dialog.headline.text() == "This file was changed after it was exported."

    dialog.file.clear()
    dialog.seal.setText("not a seal")
    dialog.check()
    dialog.wait()
    assert "is not a seal" in dialog.headline.text()
    dialog.close()

    settings.set("language", "ar")
    unlocked_app.settings_changed()
    arabic = unlocked_app.main.open_check_report()
    arabic.seal.insert(seal)
    arabic.check()
    arabic.wait()
    assert arabic.headline.text() == "هذا الختم صادر من هذا السجل، وتغيّرت سجلات بعده."
    assert "تغييرات على السجلات تلته" in arabic.details.toPlainText() and "نشاط معالجة" in arabic.details.toPlainText()
    assert arabic.layoutDirection().name == "RightToLeft"
    _shot(arabic, "check-seal-ar")
    arabic.seal.clear()
    arabic.seal.insert("ab" * 32)
    arabic.check()
    arabic.wait()
    assert "ليس في سلسلة التدقيق" in arabic.headline.text()


def test_the_reports_dialog_remakes_a_report_as_of_a_seal(unlocked_app: Controller, tmp_path: Path) -> None:
    from tests.reports.reading import pages_text

    register = unlocked_app.register
    _pdf, seal = export.export_pdf(register, "ropa", tmp_path / "then.pdf", lang="en")
    records.update(register, "activity", 1, {"department": "Treasury"})
    dialog = unlocked_app.main.open_reports()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ropa"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.as_of.isVisibleTo(dialog)
    dialog.as_of.setText(seal[:12])
    target = tmp_path / "as-of.pdf"
    dialog.output.setText(str(target))
    assert dialog.generate() == target
    assert f"As of entry {seal.entry}," in pages_text(target)[1]
    _shot(dialog, "reports-as-of-en")
    dialog.as_of.setText("12345")
    assert dialog.generate(tmp_path / "bad.pdf") is None
    assert "too short" in dialog.message.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("workbook"))
    assert not dialog.as_of.isVisibleTo(dialog)
