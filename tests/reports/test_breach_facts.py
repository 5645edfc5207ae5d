"""A breach's switches read as facts in its record report: "Occurred: not known", the number with
"(approximate)", sensitive data "concerned" — never "When it occurred is unknown: No"."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.reports.export import export_pdf
from compliance_desk.storage import breaches
from compliance_desk.storage.register import Register
from tests.reports.reading import pages_text
from tests.reports.test_breach_reports import _fold, register  # noqa: F401  (the fixture)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_record_report_states_facts_not_ticks(register: Register, tmp_path: Path, lang: str) -> None:  # noqa: F811
    unknown = breaches.create(register, {"title": "Old backup tape missing", "aware_at": "2026-03-11 20:00",
                                         "occurred_unknown": True, "category": "availability",
                                         "cause": "lost_device", "data_categories": ["special_category"]})
    reference = register.row("breaches", unknown)["reference"]
    path, _ = export_pdf(register, "record", tmp_path / f"u-{lang}.pdf", lang=lang, reference=reference)
    # the fields (the audit history after them names the form's switches as they were changed)
    text = _fold("\n".join(pages_text(path))).split("Audit history")[0].split("سجل التدقيق")[0]
    known, _ = export_pdf(register, "record", tmp_path / f"k-{lang}.pdf", lang=lang, reference="BRC-2026-0001")
    known_text = _fold("\n".join(pages_text(known))).split("Audit history")[0].split("سجل التدقيق")[0]
    for page in (text, known_text):
        assert "is unknown" not in page and "غير معروف ل" not in page
        assert "The number is approximate" not in page and "العدد تقريبي" not in page
        assert "غير معروف نعم" not in page and "غير معروف لا" not in page  # the tick's old line
    if lang == "en":
        assert "Occurred not known" in text and "Sensitive data (PDPL) concerned" in text
        assert "1200 (approximate)" in known_text and "Sensitive data (PDPL) not concerned" in known_text
        assert "Occurred from 2026-03-09 22:00" in known_text
    else:
        assert "وقت الوقوع غير معروف" in text and "تشملها الحادثة" in text
        assert "(تقريبي)" in known_text and "لا تشملها الحادثة" in known_text
