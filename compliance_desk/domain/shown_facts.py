"""Fields that are a switch in the form but a fact to a reader.

A breach's form has a tick "When it occurred is unknown"; printed as "When it occurred is unknown: No"
it makes the reader do the logic. Shown on a screen or in a record report, a record reads as a person
would write it: "Occurred: not known", "Data subjects (number): 300 (approximate)", "Sensitive data:
concerned". `shown(entity, field, row, lang)` says how one field reads there: None for the ordinary
way (label and formatted value), otherwise a `Shown` (hidden, or another label, text or suffix).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

WORDS: dict[str, tuple[str, str]] = {
    "occurred": ("Occurred", "وقت الوقوع"),
    "not_known": ("not known", "غير معروف"),
    "approximate": ("(approximate)", "(تقريبي)"),
    "concerned": ("concerned", "تشملها الحادثة"),
    "not_concerned": ("not concerned", "لا تشملها الحادثة"),
    "not_yet_known": ("not yet known", "غير معروف بعد"),
}


def word(key: str, lang: str) -> str:
    return WORDS[key][1 if lang == "ar" else 0]


@dataclass(frozen=True)
class Shown:
    hidden: bool = False
    label: str | None = None  # instead of the field's label
    text: str | None = None  # instead of the formatted value
    suffix: str = ""  # after the formatted value


HIDDEN = Shown(hidden=True)


def _breach(name: str, row: Mapping[str, Any], lang: str) -> Shown | None:
    unknown = bool(row.get("occurred_unknown"))
    if name == "occurred_unknown":  # the tick itself is never a line: it speaks through "Occurred"
        return Shown(label=word("occurred", lang), text=word("not_known", lang)) if unknown else HIDDEN
    if name in ("occurred_from", "occurred_to") and unknown:
        return HIDDEN
    if name == "occurred_from" and not row.get("occurred_to"):  # one moment: "Occurred: 2026-11-30 14:00"
        return Shown(label=word("occurred", lang))
    if name == "subject_count_approximate":
        return HIDDEN
    if name == "subject_count" and row.get("subject_count_approximate") and row.get("subject_count") is not None:
        return Shown(suffix=" " + word("approximate", lang))
    if name == "special_category":
        categories = row.get("data_categories") or []
        if isinstance(categories, str):  # as stored (JSON)
            categories = json.loads(categories) if categories.startswith("[") else [categories]
        if row.get("special_category") or "special_category" in categories:
            return Shown(text=word("concerned", lang))
        return Shown(text=word("not_concerned" if categories else "not_yet_known", lang))
    return None


def shown(entity: str, name: str, row: Mapping[str, Any], lang: str) -> Shown | None:
    """How field `name` of a `entity` record reads on a screen or in a record report (None: as usual)."""
    if entity == "breach":
        return _breach(name, row, lang)
    return None
