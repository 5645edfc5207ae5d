"""Response letters to a data subject (PDF, Arabic or English): acknowledgement, identity request,
extension notice with reasons, the answer with the decision on each right, and the refusal with
reasons and the right to complain to SDAIA. Each letter carries the organisation's letterhead and
the register seal; its export is audited first, so the seal printed covers it.

A letter with a gap is a marked draft (domain.letter_gaps, as the breach letters): a free text it
quotes written only in the other language's script (an erasure reason typed in English in an
Arabic letter, or Arabic in an English one), an officer's name only in the other script, how the
requester was told of an extension, an activity's retention with no recorded legal basis. Its
title says DRAFT and its first line names what is missing.

Which letters a request's stage allows: `allowed`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from compliance_desk.domain import clock
from compliance_desk.domain.dates import format_date
from compliance_desk.domain.entities import CUSTOMER, REQUEST, REQUEST_RIGHT
from compliance_desk.domain.errors import InvalidInput
from compliance_desk.domain.letter_gaps import Gaps, marked_address, registered_name
from compliance_desk.domain.notice import SDAIA_PLATFORM
from compliance_desk.domain.requests.vocab import (
    EXTENSION_REASONS,
    REFUSAL_REASONS,
    REQUEST_ACTIONS,
    RIGHT_DECISIONS,
)
from compliance_desk.domain.vocabularies import REQUEST_CHANNELS, RIGHTS
from compliance_desk.reports.cells import clean_text
from compliance_desk.reports.flowables import GREY, NAVY, RED, Text, key_values, table
from compliance_desk.reports.letter_texts import KINDS, t
from compliance_desk.reports.letter_texts import T as KEYS
from compliance_desk.reports.pdf import ReportInfo, build
from compliance_desk.storage import records, requests
from compliance_desk.storage.clocks import today
from compliance_desk.storage.register import Register


def allowed(row: dict[str, Any], rights: list[dict[str, Any]]) -> list[str]:
    """The letters this request's stage allows, in KINDS order."""
    stage = row.get("stage") or "received"
    kinds = ["acknowledgement"]
    if stage in ("received", "awaiting_identity"):
        kinds.append("identity")
    if row.get("extension_days"):
        kinds.append("extension")
    if stage in ("decided", "answered", "closed"):
        kinds.append("answer")
        if any(r["decision"] in ("refused", "partly") for r in rights):
            kinds.append("refusal")
    return [k for k in KINDS if k in kinds]


def _sep(lang: str) -> str:
    return "، " if lang == "ar" else ", "


def _addressee(register: Register, row: dict[str, Any], lang: str) -> tuple[str, str]:
    """(name, contact) of the person the letter is for."""
    if row.get("customer_id"):
        customer = records.get(register, CUSTOMER, row["customer_id"])
        first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
        name = customer.get(first) or customer.get(second) or customer["reference"]
        contact = row.get("requester_contact") or customer.get("email") or customer.get("phone") or ""
        return clean_text(str(name)), clean_text(str(contact))
    return clean_text(str(row.get("requester_name") or "")), clean_text(str(row.get("requester_contact") or ""))


def _letterhead(org: dict[str, Any], lang: str) -> list[Flowable]:
    """The organisation's name (in the letter's language, else the registered one marked with its
    language: a legal name is not translated), its CR, address (likewise marked when written only in
    the other language) and contact."""
    first, second = ("legal_name_ar", "legal_name_en") if lang == "ar" else ("legal_name_en", "legal_name_ar")
    out: list[Flowable] = [Text(clean_text(registered_name(org.get(first), org.get(second), lang)), lang, size=15,
                                bold=True, color=NAVY)]
    if org.get(second) and org.get(first):
        out.append(Text(clean_text(str(org[second])), lang, size=10, color=GREY))
    details = []
    if org.get("commercial_registration"):
        details.append(t("cr", lang, value=org["commercial_registration"]))
    # an English letter prints the English address when recorded (0014), else the address as registered
    recorded = (org.get("address_en") or org.get("address")) if lang == "en" else (org.get("address") or
                                                                                    org.get("address_en"))
    if recorded:
        address = clean_text(str(recorded)).replace("\n", _sep(lang))
        details.append(marked_address(address, lang))
    contact = [clean_text(str(org[k])) for k in ("officer_email", "officer_phone", "website") if org.get(k)]
    if contact:
        details.append(" — ".join(contact))
    out += [Text(line, lang, size=8.5, color=GREY) for line in details]
    out += [Spacer(1, 2 * mm), HRFlowable(width="100%", thickness=1.2, color=NAVY), Spacer(1, 4 * mm)]
    return out


def _dated(register: Register, row: dict[str, Any], kind: str) -> Any:
    """The day a letter bears: the day of the act it records, when recorded, else today. The extension
    notice: the day the requester was told; the answer and the refusal: the day of the response."""
    if kind == "extension" and row.get("extension_notice_on"):
        return row["extension_notice_on"]
    if kind in ("answer", "refusal") and row.get("response_date"):
        return row["response_date"]
    return today(register)


def _date(value: Any, lang: str) -> str:
    return format_date(value, lang, with_hijri=True)


def _rights_table(rows: list[dict[str, Any]], lang: str, gaps: Gaps) -> Flowable:
    """Every right asked with its own decision: what was done (and when), and for a refusal or a
    partial grant the reason code and the reasons given."""
    body: list[list[Any]] = [[t("right", lang), t("decision", lang), t("done", lang)]]
    for right in rows:
        parts = []
        if right.get("action") and right["decision"] in ("granted", "partly"):
            when = f" ({format_date(right['action_date'], lang)})" if right.get("action_date") else ""
            parts.append(REQUEST_ACTIONS.label(right["action"], lang) + when)
        if right["decision"] in ("refused", "partly"):
            if right.get("refusal_reason"):
                parts.append(REFUSAL_REASONS.label(right["refusal_reason"], lang))
            if right.get("reason"):
                what = f"{REQUEST_RIGHT.field('reason').label(lang)} ({RIGHTS.label(right['right_code'], lang)})"
                parts.append(gaps.quote(clean_text(str(right["reason"])), what))
        body.append([RIGHTS.label(right["right_code"], lang), RIGHT_DECISIONS.label(right["decision"], lang),
                     " — ".join(parts)])
    return table(body, [24, 18, 58], lang, size=9)


HOLD_REASONS = ("legal_retention", "court_order")


def held_erasure(register: Register, row: dict[str, Any], rights: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The erasure refused or granted in part because of a legal hold (None otherwise)."""
    for right in rights:
        if (right["right_code"] == "erasure" and right["decision"] in ("refused", "partly")
                and right.get("refusal_reason") in HOLD_REASONS and row.get("customer_id")):
            return right
    return None


def _held(register: Register, row: dict[str, Any], right: dict[str, Any], lang: str, gaps: Gaps) -> list[Flowable]:
    """Which data are kept, on what basis, until when, and that the other data were erased."""
    from compliance_desk.domain.requests.holds import split_for_requester
    from compliance_desk.storage.persons import holds_for

    day = row.get("response_date") or right.get("decided_on")
    held = holds_for(register, row["customer_id"], dt.date.fromisoformat(str(day)[:10]) if day else None)
    required, stated = split_for_requester(held, lang, gaps)
    if not (required or stated):
        return []
    out: list[Flowable] = []
    # what a law requires us to keep, and apart, what we keep only under our own stated periods
    for key, lines in (("held_intro", required), ("held_stated" if required else "held_stated_only", stated)):
        if lines:
            out.append(Text(t(key, lang, right=RIGHTS.label("erasure", lang)), lang, size=10.5, bold=True,
                            space_after=1.5 * mm))
            out += [Text("• " + line, lang, size=10, space_after=1 * mm) for line in lines]
    after = []
    if right.get("action") == "erased" and right.get("action_date"):
        after.append(t("held_erased", lang, date=_date(right["action_date"], lang)))
    after.append(t("held_then", lang))
    out.append(Text(" ".join(after), lang, size=10.5, space_after=3 * mm))
    return out


def _title(kind: str, rights: list[dict[str, Any]], lang: str) -> str:
    """The refusal of some rights only is not titled a refusal of the request."""
    if kind == "refusal" and any(r["decision"] != "refused" for r in rights):
        return t("refusal_partial", lang)
    return t(kind, lang)


def _extension_reasons(row: dict[str, Any], lang: str, gaps: Gaps) -> str:
    """"The reason: <ground>. <reasons given>", as recorded on the request; reasons not recorded (or not
    in the letter's language) are a gap that makes the letter a draft."""
    what = REQUEST.field("extension_details").label(lang)
    text = clean_text(str(row.get("extension_details") or "")).strip()
    details = gaps.quote(text, what) if text else gaps.blank(what)
    return t("ext_reason", lang, ground=EXTENSION_REASONS.label(row.get("extension_reason") or "", lang),
             details=details)


def _told(row: dict[str, Any], lang: str, gaps: Gaps) -> str:
    """How and when the requester was told of the extension in advance (PDPL IR Art. 3): this letter,
    or the e-mail, call or meeting it confirms in writing; not recorded: a gap."""
    method = row.get("extension_notice_method")
    day = _date(row.get("extension_notice_on"), lang)
    if not method:
        how = gaps.blank(REQUEST.field("extension_notice_method").label(lang))
        return t("ext_told", lang, how=how, date=day)
    if method == "letter":
        return t("ext_told_letter", lang, date=day)
    return t("ext_told", lang, how=t(f"told_{method}", lang), date=day)


def _via(channel: str, lang: str) -> str:
    """"by e-mail", "in person at our offices": how the request came, in the words of a letter."""
    if f"via_{channel}" in KEYS:
        return t(f"via_{channel}", lang)
    return ("عن طريق " if lang == "ar" else "by ") + REQUEST_CHANNELS.label(channel, lang)


def _body(register: Register, kind: str, row: dict[str, Any], rights: list[dict[str, Any]], org: dict[str, Any],
          lang: str, gaps: Gaps) -> list[Flowable]:
    p: list[Flowable] = []

    def para(text: str) -> None:
        p.append(Text(text, lang, size=10.5, space_after=3 * mm))

    rights_text = _sep(lang).join(RIGHTS.label(code, lang) for code in row.get("rights") or [])
    due = _date(row.get("due_date"), lang)
    if kind == "acknowledgement":
        # every letter states the request's current due date: the extended one once extended
        para(t("ack_received", lang, date=_date(row["received_date"], lang),
               channel=_via(row["channel"], lang), rights=rights_text))
        para(t("ack_due_extended" if row.get("extension_days") else "ack_due", lang, due=due))
        if row.get("extension_days"):  # the reasons, as recorded (none recorded: the letter is a draft)
            para(_extension_reasons(row, lang, gaps))
        if not row.get("identity_method"):
            para(t("ack_identity", lang))
        if row.get("fee_asked"):
            para(t("ack_fee", lang, fee=gaps.quote(clean_text(str(row["fee_asked"])),
                                                    REQUEST.field("fee_asked").label(lang))))
    elif kind == "identity":
        para(t("id_why", lang))
        how = gaps.quote(clean_text(str(org.get("identity_check") or "")), t("id_check", lang)) or t("id_default", lang)
        para(t("id_how", lang, how=how))
        para(t("id_due", lang, due=due))
    elif kind == "extension":
        para(t("ext_notice", lang, first=_date(row.get("first_due_date"), lang)))
        para(_extension_reasons(row, lang, gaps))
        para(_told(row, lang, gaps))
        para(t("ext_due", lang, due=due))
    elif kind == "answer":
        para(t("ans_intro", lang))
        p += [_rights_table(rights, lang, gaps), Spacer(1, 4 * mm)]
        if held := held_erasure(register, row, rights):
            p += _held(register, row, held, lang, gaps)
        if any(r["decision"] in ("granted", "partly") and r["right_code"] in ("access", "portability") for r in rights):
            para(t("ans_export", lang))
        if any(r["decision"] in ("refused", "partly") for r in rights):
            para(t("complain", lang, platform=SDAIA_PLATFORM))
    elif kind == "refusal":
        # each right asked with its own decision: a refused erasure is not a refusal of the access asked too
        para(t("ref_intro", lang) if all(r["decision"] == "refused" for r in rights) else t("ref_intro_partial", lang))
        p += [_rights_table(rights, lang, gaps), Spacer(1, 4 * mm)]
        if held := held_erasure(register, row, rights):
            p += _held(register, row, held, lang, gaps)
        para(t("complain", lang, platform=SDAIA_PLATFORM))
    contact = [clean_text(str(org[k])) for k in ("officer_email", "officer_phone") if org.get(k)]
    if contact:
        para(t("contact", lang, contact=" — ".join(contact)))
    return p


def compose(register: Register, request_id: int, kind: str, lang: str, seal: str) -> tuple[str, list[Flowable]]:
    """(title, story) of a letter; a letter with gaps is titled DRAFT and opens with the draft line."""
    row = records.get(register, REQUEST, request_id)
    rights = requests.rights_of(register, request_id)
    if kind not in allowed(row, rights):
        raise InvalidInput("letter_kind", value=kind, choices=", ".join(allowed(row, rights)))
    org = records.organisation(register) or {}
    gaps = Gaps(lang)
    name, contact = _addressee(register, row, lang)
    title = _title(kind, rights, lang)
    body = _body(register, kind, row, rights, org, lang, gaps)
    officer = clean_text(str(org.get("officer_name") or ""))
    if officer:  # signed in the letter's script: a name written only in the other one is a gap
        officer = gaps.name(officer, t("officer_name", lang))
    out = _letterhead(org, lang)
    if gaps.missing:  # the draft's warning stands out, above everything a reader would take as sent
        out += [Text(gaps.line(), lang, size=10.5, bold=True, color=RED, space_after=2), Spacer(1, 4 * mm)]
    out.append(key_values([
        (t("our_reference", lang), row["reference"]),
        # the extension notice is dated the day the requester was told (recorded on the request)
        (t("date", lang), _date(_dated(register, row, kind), lang)),
        (t("to", lang), " — ".join(p for p in (name, contact) if p)),
        (t("subject", lang), f"{gaps.title(title)} — {t('subject_line', lang, date=_date(row['received_date'], lang))}"),
    ], lang, size=9.5))
    out += [Spacer(1, 6 * mm), Text(t("dear", lang, name=name) if name else t("dear_blank", lang), lang, size=10.5,
                                    space_after=3 * mm)]
    sign_off: list[Flowable] = [Spacer(1, 4 * mm), Text(t("regards", lang), lang, size=10.5, space_after=8 * mm)]
    if officer:
        sign_off.append(Text(officer, lang, size=10.5, bold=True))
    sign_off.append(Text(t("officer_title", lang), lang, size=10))
    # the closing, the name and the title never stand apart, nor alone on a page: kept with the last paragraph
    sign_off += [Spacer(1, 10 * mm), Text(t("seal_line", lang, seal=seal), lang, size=7.5, color=GREY)]
    out += body[:-1] + [KeepTogether(body[-1:] + sign_off)]
    return gaps.title(title), out


def write(register: Register, request_id: int, kind: str, destination: Path | str, lang: str, seal: str) -> Path:
    org_name = (records.organisation(register) or {}).get("legal_name_ar" if lang == "ar" else "legal_name_en") or ""
    row = records.get(register, REQUEST, request_id)
    title, flowables = compose(register, request_id, kind, lang, seal)
    info = ReportInfo(lang=lang, title=f"{title} — {row['reference']}", organisation=clean_text(str(org_name)),
                      seal=seal, period="", generated=clock.now(), identifiers=False, kind=f"letter_{kind}",
                      public=True)
    return build(destination, info, flowables)


def export_letter(register: Register, request_id: int, kind: str, destination: Path | str,
                  lang: str = "ar") -> tuple[Path, str]:
    """Write a letter as an audited export; returns its path and the seal printed in it."""
    from compliance_desk.reports.export import _audit

    row = records.get(register, REQUEST, request_id)
    rights = requests.rights_of(register, request_id)
    if kind not in allowed(row, rights):  # refused before anything is audited
        raise InvalidInput("letter_kind", value=kind, choices=", ".join(allowed(row, rights)))
    seal = _audit(register, {"kind": f"letter_{kind}", "format": "pdf", "lang": lang, "record": row["reference"],
                             "to": str(destination)})
    return write(register, request_id, kind, destination, lang, seal), seal
