"""Which free texts a document in one language would quote in the other (domain.arabic.foreign)."""

from __future__ import annotations

import pytest

from compliance_desk.domain.arabic import foreign


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("A test export was left public.", "ar", True),
    ("جُعلت الحاوية خاصة", "ar", False),
    ("تدوير مفاتيح AWS", "ar", False),  # an Arabic sentence naming a system: not foreign
    ("2026-03-10", "ar", False),  # digits alone
    ("ملف عملاء متاح", "en", True),
    ("Bucket of شركة الاختبار made private", "en", False),
    ("Bucket made private", "en", False),
    ("", "ar", False),
])
def test_foreign(text: str, lang: str, expected: bool) -> None:
    assert foreign(text, lang) is expected
