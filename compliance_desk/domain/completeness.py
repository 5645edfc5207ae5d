"""Which minimum fields of a record of processing (SDAIA implementing regulations, GDPR Art. 30)
an activity still lacks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Requirement:
    key: str
    fields: tuple[str, ...]  # satisfied when any of these holds a value (a non-empty list for codes)
    en: str
    ar: str

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


ACTIVITY_MINIMUM = (
    Requirement("name", ("name_ar", "name_en"), "Name", "الاسم"),
    Requirement("department", ("department",), "Owning department", "الإدارة المسؤولة"),
    Requirement("purposes", ("purposes",), "Purposes", "الأغراض"),
    Requirement("legal_bases", ("legal_bases",), "Legal basis", "الأساس النظامي"),
    Requirement("subjects", ("subject_categories",), "Data subjects", "فئات أصحاب البيانات"),
    Requirement("data", ("data_categories",), "Personal data categories", "فئات البيانات الشخصية"),
    Requirement("sources", ("sources",), "Sources", "مصادر البيانات"),
    Requirement("retention", ("retention_period", "retention_period_ar", "retention_months"), "Retention period", "مدة الاحتفاظ"),
    Requirement("security", ("security_measures",), "Security measures", "التدابير الأمنية"),
)


def _has(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() not in ("", "[]")
    if isinstance(value, list | tuple):
        return len(value) > 0
    return True


def missing(record: Mapping[str, Any]) -> list[Requirement]:
    """The minimum requirements `record` does not meet, in order."""
    return [r for r in ACTIVITY_MINIMUM if not any(_has(record.get(f)) for f in r.fields)]
