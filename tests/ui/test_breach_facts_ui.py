"""The breach detail pane states facts as a person would: "Occurred: not known", "Occurred:
2027-01-09 22:00 …", "300 (approximate)", "Sensitive data: concerned" — in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from compliance_desk.storage import breaches
from compliance_desk.ui.shell.controller import Controller


def pane_lines(page) -> dict[str, str]:
    form = page.detail.form
    lines = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        lines[label.text()] = value.text().replace("\u2066", "").replace("\u2069", "").replace("\u2068", "")
    return lines


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_detail_pane_states_facts(unlocked_app: Controller, lang: str) -> None:
    app = unlocked_app
    if lang == "ar":
        app.set_language("ar")
    page = app.main.breaches
    app.main.show_page("breaches")
    unknown = breaches.create(app.register, {"title": "Old backup tape missing", "aware_at": "2026-03-11 20:00",
                                             "occurred_unknown": True, "category": "availability",
                                             "cause": "lost_device", "subject_count": 300,
                                             "subject_count_approximate": True})
    known = breaches.create(app.register, {"title": "Laptop stolen", "aware_at": "2026-03-11 20:00",
                                           "occurred_from": "2026-03-11 18:00", "category": "availability",
                                           "cause": "lost_device", "data_categories": ["contact"]})
    page._after_write(unknown)
    page.select_id(unknown)
    lines = pane_lines(page)
    page.select_id(known)
    other = pane_lines(page)
    if lang == "en":
        assert lines["Occurred"] == "not known" and "When it occurred is unknown" not in lines
        assert "Occurred from" not in lines and "The number is approximate" not in lines
        assert lines["Data subjects (number)"] == "300 (approximate)"
        assert lines["Sensitive data (PDPL)"] == "not yet known"
        assert other["Occurred"].startswith("2026-03-11 18:00") and "When it occurred is unknown" not in other
        assert other["Sensitive data (PDPL)"] == "not concerned"
    else:
        assert lines["وقت الوقوع"] == "غير معروف" and "وقت الوقوع غير معروف" not in lines  # the tick's label
        assert "العدد تقريبي" not in lines
        assert lines["عدد أصحاب البيانات"].endswith("(تقريبي)")
        assert lines["بيانات حساسة"] == "غير معروف بعد"
        assert other["بيانات حساسة"] == "لا تشملها الحادثة"
