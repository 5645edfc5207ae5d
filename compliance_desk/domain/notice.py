"""The privacy notice a register implies: who the controller is, what it processes and why, with
whom, for how long, and the data subject's rights and how to exercise them.

What a notice must say comes from the law: PDPL Art. 12 (the privacy policy: purposes, the data,
how it is collected, stored, processed and destroyed, the rights and how to exercise them) and
Art. 13 (at collection: the legal basis and purpose, who collects and how to reach them, the
recipients, transfers outside the Kingdom); the rights of Art. 4, consent withdrawn under Art. 5,
a complaint to SDAIA under Art. 34 (filed within 90 days on the National Data Governance Platform:
Implementing Regulation Art. 37); a request answered within 30 days, extendable once by 30 days
with notice and reasons (Implementing Regulation Art. 3); data destroyed when the purpose ends
unless a legal retention period applies (PDPL Art. 18).

The notice is a document of sections, blocks and sentences, written by `build` from plain facts;
reports/notice.py writes it as HTML, Markdown or PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from compliance_desk.domain.countries import country_name
from compliance_desk.domain.letter_gaps import in_script
from compliance_desk.domain.notice_draft import draft_line, marked_title
from compliance_desk.domain.notice_lines import (
    VAGUE,
    data_line,
    described,
    kept_line,
    recipient_line,
    source_line,
)
from compliance_desk.domain.notice_model import (  # noqa: F401  (the notice's model, as before)
    ANSWER_DAYS,
    SDAIA_PLATFORM,
    Activity,
    Block,
    Notice,
    Recipient,
    Section,
    _is_arabic,
    _Quoter,
    in_language,
    untranslated_problem,
)
from compliance_desk.domain.notice_text import (
    AUTHORITIES,
    BASES,
    CHANNEL_NEEDS,
    CHANNELS,
    PURPOSES,
    RECIPIENTS,
    SAFEGUARDS,
    SECURITY,
    pick,
)
from compliance_desk.domain.notice_words import S, say
from compliance_desk.domain.placeholders import placeholder_problems


def build(organisation: Mapping[str, Any], activities: Sequence[Activity], recipient_types: Sequence[str],
          lang: str, today: dt.date, recipients: Sequence[Recipient] = ()) -> Notice:
    """The notice in `lang` for this organisation profile, its active activities and the types of
    its active recipients (`recipients`: those with what the notice says of who they are)."""
    org = {k: v for k, v in organisation.items() if v not in (None, "", [])}
    name = str(org.get("legal_name_ar" if lang == "ar" else "legal_name_en")
               or org.get("legal_name_en" if lang == "ar" else "legal_name_ar") or "")
    problems: list[str] = []
    quote = _Quoter(lang, problems)
    sections = [_controller(org, name, lang, problems, quote), *_purposes(activities, lang, problems, quote, name),
                *_recipients(activities, recipient_types, recipients, lang, problems, quote), *_transfers(activities, lang),
                _retention(lang), *_security(activities, lang), _rights(org, activities, lang, problems, quote),
                *_cookies(org, activities, lang, problems, quote), _complaints(lang), _changes(today, lang)]
    problems += placeholder_problems(org, lang)
    shown = [s for s in sections if s is not None]
    draft = draft_line("\n".join(s.text() for s in shown), lang)
    return Notice(lang, marked_title(say("title", lang), draft, lang), name, today, shown,
                  list(dict.fromkeys(problems)), list(dict.fromkeys(quote.missing)), draft)


def _basis(activity: Activity, code: str, heading: str, lang: str, problems: list[str], quote: _Quoter) -> str:
    """A legal basis in plain words; a legal obligation names its law ("A legal obligation under the
    Anti-Money Laundering Law"), or says plainly that it is still to be named (a listed gap)."""
    words = pick(BASES, code, lang)
    if code != "legal_obligation":
        return words
    law = quote(heading, "legal_obligation_law", activity.legal_obligation_law, activity.legal_obligation_law_ar)
    if not law:
        problems.append(say("problem_no_law", lang, name=heading))
        return f"{words} {say('law_missing', lang)}"
    return say("basis_law", lang, law=law)


def _address(org: Mapping[str, Any], lang: str, quote: _Quoter) -> str:
    """The organisation's address in the notice's language: an English address field when the profile
    has one, else the part of the address in the notice's script ("طريق الملك فهد، الرياض / King Fahd
    Road, Riyadh"); an address in the other script only is printed marked, and listed as a gap."""
    own = org.get("address_ar" if lang == "ar" else "address_en")
    written = " ".join(str(own or org.get("address") or "").split())
    if not written:
        return ""
    part = in_script(written, lang)
    if part is not None:
        return part
    quote.missing.append((say("profile", lang), "address"))
    quote.problems.append(untranslated_problem(say("profile", lang), "address", lang, lang))
    return say("untranslated", lang, text=written)


def _controller(org: Mapping[str, Any], name: str, lang: str, problems: list[str], quote: _Quoter) -> Section:
    section = Section("controller", say("who_we_are", lang))
    registration = f" ({say('cr', lang)} {org['commercial_registration']})" if org.get("commercial_registration") else ""
    section.blocks.append(Block("p", say("intro", lang, name=name)))
    section.blocks.append(Block("p", say("controller", lang, name=name, registration=registration)))
    pairs = []
    address = _address(org, lang, quote)
    if address:
        pairs.append((say("offices", lang), address))
    if org.get("website"):
        pairs.append((say("website", lang), str(org["website"])))
    if pairs:
        section.blocks.append(Block("dl", pairs=tuple(pairs)))
    officer = Section("officer", say("officer_heading", lang))
    if org.get("officer_name") or org.get("officer_email") or org.get("officer_phone"):
        reach = [say("officer_email", lang, email=org["officer_email"])] if org.get("officer_email") else []
        reach += [say("officer_phone", lang, phone=org["officer_phone"])] if org.get("officer_phone") else []
        officer.blocks.append(Block("p", say("officer", lang, name=org.get("officer_name") or say("our_officer", lang),
                                             reach=say("or", lang).join(reach) or say("via_channels", lang))))
    if not (org.get("officer_email") or org.get("officer_phone")):
        problems.append(say("problem_officer", lang))
        if not officer.blocks:
            officer.blocks.append(Block("p", say("no_officer", lang)))
    section.sections.append(officer)
    return section


def _purposes(activities: Sequence[Activity], lang: str, problems: list[str], quote: _Quoter,
              organisation: str = "") -> list[Section]:
    if not activities:
        problems.append(say("problem_no_activities", lang))
        return []
    outer = Section("purposes", say("purposes_heading", lang), [Block("p", say("purposes_intro", lang))])
    for activity in activities:
        part = Section(f"activity-{activity.reference}", activity.name or activity.reference)
        pairs: list[tuple[str, str]] = []
        why = [pick(PURPOSES, c, lang) for c in activity.purposes]
        details = quote(part.heading, "purpose_details", activity.purpose_details, activity.purpose_details_ar)
        if details:
            why.append(details)
        pairs.append((say("why", lang), say("list_end", lang).join(why) if why else say("not_recorded", lang)))
        if activity.data_categories or activity.data_items or activity.data_items_ar:
            pairs.append((say("what", lang), data_line(activity, part.heading, lang, quote)))
        if not activity.data_categories:
            problems.append(say("problem_no_data", lang, name=part.heading))
        if activity.legal_bases:
            pairs.append((say("basis", lang), say("or", lang).join(_basis(activity, c, part.heading, lang, problems, quote)
                                                                   for c in activity.legal_bases)))
        else:
            problems.append(say("problem_no_basis", lang, name=part.heading))
        sources = source_line(activity, lang)
        if sources:
            pairs.append((say("from", lang), sources))
        if activity.recipient_types:  # (who each is: said once, under "Who may receive your data")
            pairs.append((say("shared_with", lang), say("list_end", lang).join(
                pick(RECIPIENTS, c, lang) for c in dict.fromkeys(activity.recipient_types))))
        elif activity.no_outside_recipients:  # confirmed in the register (migration 0014)
            pairs.append((say("shared_with", lang), say("no_outside", lang, name=organisation or say("us", lang))))
        else:  # "no one outside us" not confirmed: a marked gap, never a silent omission
            pairs.append((say("shared_with", lang), say("recipients_missing", lang,
                                                                 name=organisation or say("us", lang))))
            problems.append(say("problem_no_recipients", lang, name=part.heading))
        for country, safeguard in activity.transfers:
            pairs.append((say("abroad", lang), say("transfer", lang, country=country_name(country, lang),
                                                   safeguard=pick(SAFEGUARDS, safeguard or "none", lang))))
        stored = quote(part.heading, "storage_means", activity.storage_means, activity.storage_means_ar)
        pairs.append((say("stored", lang), stored or say("stored_missing", lang)))
        if not stored:
            problems.append(say("problem_no_storage", lang, name=part.heading))
        if "data_subject" in activity.sources or not activity.sources:  # PDPL Art. 13: collected from the person
            consequences = quote(part.heading, "consequences", activity.consequences, activity.consequences_ar)
            pairs.append((say("if_not_given", lang), consequences or say("consequences_missing", lang)))
            if not consequences:
                problems.append(say("problem_no_consequences", lang, name=part.heading))
        kept = kept_line(activity, lang, quote, part.heading)
        if kept:
            pairs.append((say("how_long", lang), kept))
        else:
            problems.append(say("problem_no_retention", lang, name=part.heading))
        if activity.automated_decisions:
            details = quote(part.heading, "automated_details", activity.automated_details,
                            activity.automated_details_ar)
            pairs.append((say("automated", lang), say("automated_text", lang) + (f" {details}" if details else "")))
        part.blocks.append(Block("dl", pairs=tuple(pairs)))
        outer.sections.append(part)
    return [outer]


def _recipients(activities: Sequence[Activity], recipient_types: Sequence[str], recipients: Sequence[Recipient],
                lang: str, problems: list[str], quote: _Quoter) -> list[Section]:
    types = list(dict.fromkeys([*(t for a in activities for t in a.recipient_types), *recipient_types]))
    if not types:
        return []
    known = [*recipients, *(r for a in activities for r in a.recipients)]
    section = Section("recipients", say("recipients_heading", lang), [Block("p", say("recipients_intro", lang))])
    items = []
    for kind in sorted(types, key=lambda t: (t in AUTHORITIES, list(RECIPIENTS).index(t) if t in RECIPIENTS else 99)):
        who = described(known, kind, say("recipients_heading", lang), lang, quote)
        if not who and kind in VAGUE:
            problems.append(say("problem_vague_recipient", lang, kind=pick(RECIPIENTS, kind, lang)))
        items.append(recipient_line(kind, who, lang) + (say("when_law_requires", lang) if kind in AUTHORITIES else ""))
    section.blocks.append(Block("ul", items=tuple(items)))
    return [section]


def _transfers(activities: Sequence[Activity], lang: str) -> list[Section]:
    section = Section("transfers", say("transfers_heading", lang))
    rows = {(country, safeguard or "none") for a in activities for country, safeguard in a.transfers}
    if not rows:
        section.blocks.append(Block("p", say("no_transfers", lang)))
        return [section]
    section.blocks.append(Block("p", say("transfers_intro", lang)))
    section.blocks.append(Block("ul", items=tuple(sorted(
        say("transfer_item", lang, country=country_name(c, lang), safeguard=pick(SAFEGUARDS, s, lang))
        for c, s in rows))))
    return [section]


def _retention(lang: str) -> Section:
    return Section("retention", say("retention_heading", lang), [Block("p", say("retention_text", lang))])


def _security(activities: Sequence[Activity], lang: str) -> list[Section]:
    measures = list(dict.fromkeys(m for a in activities for m in a.security_measures))
    if not measures:
        return []
    return [Section("security", say("security_heading", lang), [
        Block("p", say("security_intro", lang)),
        Block("ul", items=tuple(pick(SECURITY, m, lang) for m in measures if m in SECURITY))])]


def _rights(org: Mapping[str, Any], activities: Sequence[Activity], lang: str, problems: list[str],
            quote: _Quoter) -> Section:
    section = Section("rights", say("rights_heading", lang), [Block("p", say("rights_intro", lang))])
    rights = [say(key, lang) for key in ("right_information", "right_access", "right_rectification",
                                         "right_erasure", "right_withdraw", "right_complaint")]
    if any("marketing" in a.purposes for a in activities):
        rights.insert(5, say("right_marketing", lang))
    section.blocks.append(Block("ul", items=tuple(rights)))
    how = Section("exercise", say("exercise_heading", lang))
    channels = list(org.get("rights_channels") or [])
    for channel, needed in CHANNEL_NEEDS.items():  # a channel with its address given counts as chosen
        if org.get(needed) and channel not in channels:
            channels.append(channel)
    ways = [pick(CHANNELS, c, lang).format(**{k: org.get(k, "") for k in CHANNEL_NEEDS.values()})
            for c in channels if c in CHANNELS and (c not in CHANNEL_NEEDS or org.get(CHANNEL_NEEDS[c]))]
    if not ways:
        problems.append(say("problem_no_channel", lang))
        ways = [say("ask_officer", lang)]
    how.blocks.append(Block("ul", items=tuple(ways)))
    days = org.get("rights_answer_days") or ANSWER_DAYS
    if int(days) > ANSWER_DAYS:
        problems.append(say("problem_days", lang, days=days))
        days = ANSWER_DAYS
    profile = say("profile", lang)
    identity = quote(profile, "identity_check", org.get("identity_check"), org.get("identity_check_ar"))
    fee = quote(profile, "rights_fee", org.get("rights_fee"), org.get("rights_fee_ar"))
    steps = [say("identity", lang) + (f" {identity}" if identity else ""),
             say("fee", lang, fee=fee) if fee else say("no_fee", lang),
             say("answer", lang, days=days)]
    how.blocks.append(Block("p", " ".join(steps)))
    section.sections.append(how)
    return section


def _cookies(org: Mapping[str, Any], activities: Sequence[Activity], lang: str, problems: list[str],
             quote: _Quoter) -> list[Section]:
    recorded = any("cookies" in a.data_categories for a in activities)
    statement = quote(say("profile", lang), "cookie_statement", org.get("cookie_statement"),
                      org.get("cookie_statement_ar"))
    if not recorded and not statement:
        return []
    section = Section("cookies", say("cookies_heading", lang))
    if recorded:
        names = say("list_end", lang).join(a.name or a.reference for a in activities if "cookies" in a.data_categories)
        section.blocks.append(Block("p", say("cookies_recorded", lang, activities=names)))
    elif statement:
        problems.append(say("problem_cookies", lang))
    if statement:
        section.blocks.append(Block("p", statement))
    else:  # said on the page too: a notice published as it stands must not look complete
        section.blocks.append(Block("p", say("cookies_missing", lang)))
        problems.append(say("problem_no_cookie_statement", lang))
    return [section]


def _complaints(lang: str) -> Section:
    return Section("complaints", say("complaints_heading", lang),
                   [Block("p", say("complaints_text", lang, platform=SDAIA_PLATFORM))])


def _changes(today: dt.date, lang: str) -> Section:
    return Section("changes", say("changes_heading", lang), [Block("p", say("changes_text", lang,
                                                                          date=today.isoformat()))])


__all__ = ["ANSWER_DAYS", "S", "Activity", "Block", "Notice", "Section", "build", "in_language",
           "untranslated_problem"]
