"""The erasure banner cites PDPL Art. 18 for an activity's retention only with its recorded basis;
an activity with none is kept "under its stated retention period" and listed to review."""

from __future__ import annotations

import datetime as dt

from compliance_desk.domain.requests import holds
from compliance_desk.ui.requests.hold_banner import ErasureBlocked

ACTIVITY = {"reference": "PA-0005", "name_en": "Analytics", "name_ar": "التحليلات", "retention_months": 24,
            "status": "active", "subject_categories": ["customers"], "data_categories": ["contact"],
            "legal_bases": ["consent"]}


def test_the_banner_lists_an_activity_without_a_retention_basis_to_review(qtbot) -> None:
    found = holds.customer_holds({"reference": "CUS-00001"}, relationship_end=None, due_diligence=False,
                                 disclosures=[], activities=[ACTIVITY], today=dt.date(2026, 6, 20))
    banner = ErasureBlocked()
    qtbot.addWidget(banner)
    banner.show_holds(found, "Huda (CUS-00001)", "en")
    text = banner.plain
    assert "Art. 18" not in text
    assert "kept under the activity's stated retention period (no legal retention basis recorded)" in text
    assert "To review: no legal basis is recorded for the retention of PA-0005" in text
    # the headline says what is true: no legal hold, a retention period to review
    assert "Erasure limited by legal holds" not in text and "must be kept" not in text
    assert text.startswith("⚠ Erasure: retention periods to review: Huda (CUS-00001)")
    assert "No legal hold is recorded" in text
    reasoned = holds.customer_holds({"reference": "CUS-00001"}, relationship_end=None, due_diligence=False,
                                    disclosures=[], activities=[{**ACTIVITY, "retention_reason": "tax law"}],
                                    today=dt.date(2026, 6, 20))
    banner.show_holds(reasoned, "Huda (CUS-00001)", "en")
    assert "PDPL Art. 18" in banner.plain and "tax law" in banner.plain and "To review" not in banner.plain
    assert banner.plain.startswith("⚠ Erasure limited by legal holds") and "must be kept until" in banner.plain
