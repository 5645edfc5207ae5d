"""What every report needs from the register: the organisation, values as text, the cover's lines,
document control and the stated period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import Field
from compliance_desk.domain.language_cue import cued, cued_field
from compliance_desk.reports.cells import clean_text, display
from compliance_desk.reports.flowables import Mark, missing, or_missing
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import DocumentControl, ReportInfo
from compliance_desk.storage import records
from compliance_desk.storage.register import Register

CONTROL_KEYS = ("version", "prepared_by", "approved_by", "distribution")


def text(field: Field, value: Any, lang: str, *, reveal: bool = False) -> str:
    """A stored value as report text in `lang` (labels, ISO dates, masks); a free text written only in
    the other language as written, its language said once ("Treasury (بالإنجليزية)")."""
    shown = display(field, value, lang, reveal=reveal)
    if shown is None:
        return ""
    if isinstance(shown, dt.date):
        return shown.isoformat()
    return cued(str(shown), lang) if cued_field(field) else str(shown)


def organisation_name(register: Register, lang: str) -> str:
    """The organisation's legal name in `lang` (else the other one), bidi controls stripped."""
    org = records.organisation(register) or {}
    first, second = ("legal_name_ar", "legal_name_en") if lang == "ar" else ("legal_name_en", "legal_name_ar")
    return clean_text(str(org.get(first) or org.get(second) or ""))


def contact(org: Mapping[str, Any], prefix: str, lang: str) -> Any:
    """An officer's e-mail and phone, or a red Missing when neither is recorded."""
    parts = [clean_text(str(org[k])) for k in (f"{prefix}_email", f"{prefix}_phone") if org.get(k)]
    return " — ".join(parts) if parts else missing(lang)


def officers(register: Register, lang: str, *, dpo: bool = True, aml: bool = False) -> list[tuple[str, Any]]:
    """Cover lines naming the officers and how to reach them ("Missing" where the profile has none)."""
    org = records.organisation(register) or {}
    lines: list[tuple[str, Any]] = [(label("registration", lang), or_missing(org.get("commercial_registration"), lang))]
    if dpo:
        lines += [(label("officer", lang), or_missing(clean_text(str(org.get("officer_name") or "")), lang)),
                  (label("officer_contact", lang), contact(org, "officer", lang))]
    if aml:
        lines += [(label("aml_officer", lang), or_missing(clean_text(str(org.get("aml_officer_name") or "")), lang)),
                  (label("aml_officer_contact", lang), contact(org, "aml_officer", lang))]
    return lines


def officer_gaps(register: Register, *, dpo: bool = True, aml: bool = False) -> int:
    """How many of the officers a report names have no name or no contact recorded."""
    org = records.organisation(register) or {}
    prefixes = (["officer"] if dpo else []) + (["aml_officer"] if aml else [])
    return sum(1 for p in prefixes if not org.get(f"{p}_name") or not (org.get(f"{p}_email") or org.get(f"{p}_phone")))


def document_control(register: Register, kind: str, overrides: Mapping[str, Any] | None = None) -> DocumentControl:
    """The cover's document control: what the officer gave for this export, else the organisation's
    defaults; "prepared by" falls back on the officer the report belongs to (AML officer for KYC)."""
    org = records.organisation(register) or {}
    given = {k: str(v).strip() for k, v in (overrides or {}).items() if k in CONTROL_KEYS and v and str(v).strip()}
    officer = org.get("aml_officer_name") if kind == "kyc" else org.get("officer_name")
    values = {
        "version": given.get("version") or org.get("report_version") or "",
        "prepared_by": given.get("prepared_by") or org.get("report_prepared_by") or officer or "",
        "approved_by": given.get("approved_by") or org.get("report_approved_by") or "",
        "distribution": given.get("distribution") or org.get("report_distribution") or "",
    }
    return DocumentControl(**{k: clean_text(str(v)) for k, v in values.items()})


def as_at(lang: str) -> str:
    return label("as_at", lang, date=clock.today().isoformat())


def period_text(date_from: str | None, date_to: str | None, lang: str, first: str | None = None,
                scope: str = "all_requests") -> str:
    """The stated period: both ends always printed (the first request and today when not given)."""
    start = date_from or first or clock.today().isoformat()
    end = date_to or clock.today().isoformat()
    text = label("from_to", lang, start=start, end=end)
    if not date_from and not date_to:
        text += f" ({label(scope, lang)})"
    return text


def info(register: Register, lang: str, kind: str, seal: str, *, period: str | None = None, hijri: bool = False,
         title: str | None = None, control: Mapping[str, Any] | None = None, reveal: bool = False,
         cover_lines: list[tuple[str, Any]] | None = None, identifiers: bool = True) -> ReportInfo:
    return ReportInfo(
        lang=lang, title=clean_text(title or label(kind, lang)), organisation=organisation_name(register, lang),
        seal=seal, period=period or as_at(lang), generated=getattr(register, "generated", None) or clock.now(),
        hijri=hijri,
        cover_lines=cover_lines if cover_lines is not None else officers(register, lang),
        control=document_control(register, kind, control), reveal=reveal, identifiers=identifiers, kind=kind,
        seal_entry=int(getattr(seal, "entry", 0) or 0), sealed_at=str(getattr(seal, "at", "") or ""),
        **as_of_texts(register, lang))


def as_of_texts(register: Register, lang: str) -> dict[str, str]:
    """The header line and the cover note of a report re-made as of a seal (nothing otherwise)."""
    state = getattr(register, "as_of", None)
    if state is None:
        return {}
    when = state.ts[:16].replace("T", " ")
    return {"as_of": label("as_of_header", lang, entry=state.seq, date=state.ts[:10]),
            "as_of_note": label("as_of_note", lang, entry=state.seq, when=when, seal=state.hash)}


def overdue_mark(date: str | None, lang: str) -> Any:
    """A due date, red and marked overdue when it has passed."""
    if not date:
        return ""
    if date < clock.today().isoformat():
        return Mark(label("overdue_since", lang, date=date))
    return date
