"""A free text written only in the other language is printed as written, its language said once: in an
Arabic report "Treasury" reads "Treasury (بالإنجليزية)", in an English one an Arabic-only text ends
"(Arabic)" — the same rule as the screens (domain/language_cue.py). Fields whose label names a
language, e-mails, phones and references never get it; text in the report's language never does."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.domain.entities import ACTIVITY, ORGANISATION
from compliance_desk.domain.language_cue import cued, cued_field
from compliance_desk.reports.export import export_pdf
from compliance_desk.storage import activities, records
from compliance_desk.storage.register import Register
from tests.reports.reading import pages_text


def test_the_rule() -> None:
    assert cued("SDAIA; GDFI", "ar") == "SDAIA; GDFI (بالإنجليزية)"
    assert cued("الخزينة", "en") == "الخزينة (Arabic)"
    assert cued("الخزينة", "ar") == "الخزينة" and cued("Treasury", "en") == "Treasury"
    assert cued("نظام SAP", "ar") == "نظام SAP" and cued("2026", "ar") == "2026"
    assert cued_field(ORGANISATION.field("regulators")) and cued_field(ACTIVITY.field("department"))
    assert not cued_field(ORGANISATION.field("officer_email"))
    assert not cued_field(ACTIVITY.field("purpose_details"))  # its label says "(English)"


def flat(path: Path) -> str:
    """The pages' words, brackets left out (extraction turns an Arabic line's brackets round)."""
    return " ".join(" ".join(pages_text(path)).replace("(", " ").replace(")", " ").split())


def test_an_arabic_ropa_says_which_texts_are_in_english(small: Register, tmp_path: Path) -> None:
    records.save_organisation(small, {"regulators": "SDAIA; Ministry of Commerce"})
    activities.save_activity(small, None, {"name_en": "Payroll", "name_ar": "الرواتب", "department": "Treasury",
                                           "purpose_details": "Paying staff"})
    arabic = flat(export_pdf(small, "ropa", tmp_path / "ar.pdf", lang="ar")[0])
    assert "Treasury بالإنجليزية" in arabic
    assert "staff Paying بالإنجليزية" in arabic or "Paying staff بالإنجليزية" in arabic  # a twin field's English
    assert "بالإنجليزية SDAIA; Ministry of Commerce" in arabic or "Commerce بالإنجليزية" in arabic  # the controller
    english = flat(export_pdf(small, "ropa", tmp_path / "en.pdf", lang="en")[0])
    assert "Treasury" in english and "Arabic" not in english.split("Treasury")[1][:20]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_text_in_the_reports_language_is_never_cued(small: Register, tmp_path: Path, lang: str) -> None:
    department = "Treasury" if lang == "en" else "الخزينة"
    activities.save_activity(small, None, {"name_en": "Payroll", "name_ar": "الرواتب", "department": department})
    shown = flat(export_pdf(small, "ropa", tmp_path / f"{lang}.pdf", lang=lang)[0])
    assert department in shown
    assert ("بالإنجليزية" if lang == "ar" else "Arabic") not in shown.split(department)[1][:20]
