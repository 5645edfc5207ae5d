"""Arabic wording a reviewer corrected: the postal code, feminine agreement of state words with the
thing they describe (a document, a recipient, a breach, a screening run are feminine in Arabic), and
"all …" (كل) in every filter's first entry, not "any …" (أي)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.ui.shell.i18n import apply_language

TS = Path(__file__).resolve().parents[2] / "i18n" / "compliance_desk_ar.ts"


def test_postal_code_and_feminine_states() -> None:
    assert CUSTOMER.field("city_code").ar == "الرمز البريدي"
    assert v.CHECK_RESULTS.label("expired", "ar") == "منتهية الصلاحية"
    assert v.REASON_CODES.label("expired", "ar") == "منتهية الصلاحية"
    assert v.REASON_CODES.label("unreadable", "ar") == "غير مقروءة"
    assert [v.RECIPIENT_STATUSES.label(c, "ar") for c in ("active", "retired")] == ["نشطة", "موقوفة"]
    assert [v.BREACH_STAGES.label(c, "ar") for c in ("open", "closed")] == ["مفتوحة", "مغلقة"]
    assert v.SCREENING_RUN_STATUSES.label("complete", "ar") == "مكتملة"


def test_every_filter_offers_all_not_any() -> None:
    """Every "Any …" filter entry reads «كل …» in Arabic (the stage filters said «أي مرحلة»)."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        if source.startswith("Any "):
            found.append((source, message.findtext("translation") or ""))
    assert len(found) >= 15
    assert [pair for pair in found if not pair[1].startswith("كل ")] == []


def test_the_request_stage_filter_in_the_app(qtbot) -> None:
    apply_language("ar")
    assert QCoreApplication.translate("RequestPage", "Any stage") == "كل المراحل"
    assert QCoreApplication.translate("NewRegisterDialog", "fair") == \
        QCoreApplication.translate("PassphraseDialog", "fair")


def test_qt_standard_buttons_speak_our_arabic(qtbot) -> None:
    """Qt's own Cancel said «ألغِ» (an imperative, cut to «ألغ» in the new-register dialog)."""
    from PySide6.QtWidgets import QDialogButtonBox

    apply_language("ar")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "إلغاء"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "موافق"
