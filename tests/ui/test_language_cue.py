"""A free text written only in the other language shows as it is, with its language said once — on an
Arabic screen "Treasury" reads "Treasury (بالإنجليزية)", on an English one an Arabic-only text ends
"(Arabic)" — consistently in the detail pane's fields and its title. Fields whose label names the
language, and e-mails, phones and references, never get the cue."""

from __future__ import annotations

import pytest

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import activities
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.widgets.format import cued_field, language_cue
from tests.ui.test_breach_facts_ui import pane_lines


def test_the_cue() -> None:
    assert language_cue("Treasury", "ar") == "\u2068Treasury\u2069 (بالإنجليزية)"
    assert language_cue("الخزينة", "en") == "\u2068الخزينة\u2069 (Arabic)"
    assert language_cue("الخزينة", "ar") == "الخزينة" and language_cue("Treasury", "en") == "Treasury"
    assert language_cue("2026", "ar") == "2026"
    assert cued_field(ACTIVITY.field("department"), "ar")
    assert not cued_field(ACTIVITY.field("purpose_details"), "ar")  # its label says "(English)"
    assert not cued_field(ACTIVITY.field("name_en"), "ar")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_detail_pane_says_the_language(unlocked_app: Controller, lang: str) -> None:
    app = unlocked_app
    if lang == "ar":
        app.set_language("ar")
    app.main.show_page("activities")
    page = app.main.activities
    values = {"name_en": "Payroll", "department": "Treasury", "purpose_details": "Paying staff"} if lang == "ar" \
        else {"name_ar": "الرواتب", "department": "الخزينة", "purpose_details_ar": "صرف الرواتب"}
    activity = activities.save_activity(app.register, None, values)
    page._after_write(activity)
    page.select_id(activity)
    lines = pane_lines(page)
    title = page.detail.title.text().replace("\u2068", "").replace("\u2069", "")
    if lang == "ar":
        assert lines["الإدارة المسؤولة"] == "Treasury (بالإنجليزية)"
        assert lines["تفاصيل الأغراض (بالإنجليزية)"] == "Paying staff"  # the label says it already
        assert "Payroll" in title and title.endswith("(بالإنجليزية)")
    else:
        assert lines["Owning department"] == "الخزينة (Arabic)"
        assert lines["Purpose details (Arabic)"] == "صرف الرواتب"
        assert "الرواتب" in title and title.endswith("(Arabic)")
