"""The " *" after a label says exactly what the dialog refuses empty: every marked field, emptied, is
refused, and every field that is refused empty is marked; in every record dialog (new, edited, and the
workflow steps), the marks following the record as it changes (an either-or pair, a rule of a stage)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.widgets.record_dialog import RecordDialog


def marked(dialog: RecordDialog) -> set[str]:
    return {name for form in dialog.forms for name, label in form.labels.items() if label.text().endswith(" *")}


def refused_empty(dialog: RecordDialog) -> set[str]:
    """The fields that, emptied in their editor, the dialog refuses (restored after)."""
    refused = set()
    for form in dialog.forms:
        for name, editor in form.editors.items():
            if editor.field.kind == "bool" or not editor.isEnabled():
                continue
            kept = editor.value()
            editor.set_value(None)
            QApplication.processEvents()
            errors = dialog.errors()
            if name in errors or (name in dialog.entity.one_of and dialog.entity.one_of[0] in errors):
                refused.add(name)
            editor.set_value(kept)
    QApplication.processEvents()
    return refused


def assert_marks_agree(dialog: RecordDialog | None, where: str, seen: list[str]) -> None:
    if dialog is None:
        return
    shown = marked(dialog)
    assert shown == refused_empty(dialog), where
    seen.append(where)
    dialog.discard()


def dialogs_of(page: Any, key: str, seen: list[str]) -> None:
    assert_marks_agree(page.new(), f"{key}: new", seen)
    for row in range(min(page.model.total, 3)):
        page.select_row(row)
        assert_marks_agree(page.edit(), f"{key}: edit row {row}", seen)
        for target in getattr(page, "step_actions", {}):
            if target != "decide":
                assert_marks_agree(page.step(target), f"{key}: step {target} row {row}", seen)


def test_marks_are_what_validation_refuses(unlocked_app: Controller) -> None:
    main = unlocked_app.main
    seen: list[str] = []
    for key in ("activities", "recipients", "disclosures", "requests", "breaches", "kyc"):
        main.show_page(key)
        dialogs_of(main.pages[key], key, seen)
    main.kyc.select_row(0)
    customer = main.kyc.edit()
    assert customer is not None
    assert_marks_agree(customer.edit_document(), "document", seen)
    assert_marks_agree(customer.record_check(), "check", seen)
    customer.discard()
    assert {"kyc: new", "document", "check", "disclosures: new", "requests: new", "breaches: new"} <= set(seen)
    assert any("step" in where for where in seen)


def test_an_either_or_pair_is_marked_until_one_is_filled(unlocked_app: Controller) -> None:
    main = unlocked_app.main
    main.show_page("kyc")
    dialog = main.kyc.new()
    assert {"full_name_ar", "full_name_en", "client_ref", "risk_rating"} <= marked(dialog)
    dialog.editor("full_name_en").set_value("Omar Al-Ansari")
    assert "full_name_ar" not in marked(dialog) and "full_name_en" in marked(dialog)
    dialog.discard()
