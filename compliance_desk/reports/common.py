"""What every report needs from the register: the organisation, values as text, the report header."""

from __future__ import annotations

import datetime as dt
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import Field
from compliance_desk.reports.cells import display
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import ReportInfo
from compliance_desk.storage import records
from compliance_desk.storage.register import Register


def text(field: Field, value: Any, lang: str, *, reveal: bool = False) -> str:
    """A stored value as report text in `lang` (labels, ISO dates, masks)."""
    shown = display(field, value, lang, reveal=reveal)
    if shown is None:
        return ""
    if isinstance(shown, dt.date):
        return shown.isoformat()
    return str(shown)


def organisation_name(register: Register, lang: str) -> str:
    org = records.organisation(register) or {}
    first, second = ("legal_name_ar", "legal_name_en") if lang == "ar" else ("legal_name_en", "legal_name_ar")
    return str(org.get(first) or org.get(second) or "")


def info(register: Register, lang: str, title_key: str, seal: str, *, period: str | None = None,
         hijri: bool = False, title: str | None = None) -> ReportInfo:
    org = records.organisation(register) or {}
    return ReportInfo(
        lang=lang, title=title or label(title_key, lang), organisation=organisation_name(register, lang),
        officer=str(org.get("officer_name") or ""), seal=seal, period=period or label("all_time", lang),
        generated=clock.now(), hijri=hijri,
        cover_lines=[(label("registration", lang), str(org.get("commercial_registration") or ""))],
    )


def period_text(date_from: str | None, date_to: str | None, lang: str) -> str:
    if not date_from and not date_to:
        return label("all_time", lang)
    return f"{date_from or '…'} — {date_to or '…'}"
