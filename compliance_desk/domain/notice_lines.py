"""Lines of an activity's part of the privacy notice that say more than a vocabulary code: the data
items actually collected, where each kind of data comes from, who the recipients are, and what
the register has not said yet (marked on the page, so a notice published as it stands never looks
complete).

- The data: the items the officer listed, else the category's name alone; never a bundle of items
  the activity may not collect (PDPL Art. 12: the personal data to be collected).
- The source: cookies, online identifiers and geolocation recorded as given by the data subject are
  collected automatically from their device, not handed over (PDPL Art. 12: the means of collection).
- How long: the period, the event it runs from and its legal reason, in words.
- The recipients: a vague type ("business partners", "service providers", "other government
  authorities") needs a description of who they are (PDPL Art. 13: the recipients).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from compliance_desk.domain.notice_text import DATA, RECIPIENTS, SOURCES, pick
from compliance_desk.domain.notice_words import months_in_words, say

if TYPE_CHECKING:
    from compliance_desk.domain.notice import Activity, Recipient

# collected by the website or app from the device, never typed in by the person
DEVICE = ("cookies", "online_identifiers", "location")
# a type that says nothing of who receives the data, unless described
VAGUE = frozenset({"business_partner", "service_provider", "other_government"})
_ITEMS = re.compile(r"\s*(?:\n|;|؛)\s*")

Quote = Callable[[str, str, object, object], str]


def items(text: str) -> list[str]:
    """The items of a list written one per line (or separated by semicolons)."""
    return [item.strip(" ,،.-•") for item in _ITEMS.split(text or "") if item.strip(" ,،.-•")]


def data_line(activity: Activity, owner: str, lang: str, quote: Quote) -> str:
    """Which data: the items listed, followed by their categories; the categories alone without them."""
    categories = say("list_end", lang).join(pick(DATA, c, lang) for c in activity.data_categories)
    english, arabic = (("; ".join(items(t)) if t else None) for t in (activity.data_items, activity.data_items_ar))
    listed = quote(owner, "data_items", english, arabic)
    if not listed:
        return categories
    listed = say("list_end", lang).join(items(listed))
    return say("items_of", lang, items=listed, categories=categories) if categories else listed


def source_line(activity: Activity, lang: str) -> str:
    """Where the data comes from, device data said as collected automatically from the device."""
    direct = "data_subject" in activity.sources or not activity.sources
    device = [c for c in activity.data_categories if c in DEVICE] if direct else []
    parts = []
    for code in activity.sources:
        if code == "data_subject" and device:
            if any(c not in DEVICE for c in activity.data_categories):
                parts.append(pick(SOURCES, code, lang))
            continue
        parts.append(pick(SOURCES, code, lang))
    if device:
        parts.append(say("from_device", lang, what=say("list_end", lang).join(pick(DATA, c, lang) for c in device)))
    return say("list_end", lang).join(parts)


def described(recipients: Sequence[Recipient], kind: str, owner: str, lang: str, quote: Quote) -> list[str]:
    """What the register says of who the recipients of `kind` are, in `lang`, each once."""
    found = (quote(r.name or owner, "recipient_description", r.description, r.description_ar)
             for r in recipients if r.kind == kind)
    return list(dict.fromkeys(text for text in found if text))


# a retention written as a clause ("while the account is open", "ما دام الاشتراك قائماً") reads after
# "we keep this data", not after "for" / "لمدة" ("for While …", "لمدة ما دام …")
_CLAUSE = re.compile(r"\s*(?:while|as long as|until|for|during|throughout|ما\s*دام|مادام|طالما|حتى|طوال|لمدة|مدة|خلال)\b",
                     re.IGNORECASE)


def kept_line(activity: Activity, lang: str, quoter: Quote, owner: str) -> str:
    """How long, in words: the period, the event it runs from, and its legal reason."""

    def quote(field: str) -> str:
        return quoter(owner, field, getattr(activity, field), getattr(activity, f"{field}_ar"))

    # the months, said in the notice's language, before the register's own words for the period
    period = months_in_words(activity.retention_months, lang) or quote("retention_period")
    parts = []
    if period:
        if _CLAUSE.match(period):  # "While the product is listed": a clause of its own, not a length
            parts.append(say("keep_while", lang, period=period[:1].lower() + period[1:] if lang == "en" else period))
        else:
            parts.append(say("keep_for", lang, period=period))
    event = quote("retention_event")
    if event:
        parts.append(say("keep_from", lang, event=event) if period else say("keep_until", lang, event=event))
    if not parts:
        return ""
    text = " ".join(parts)
    reason = quote("retention_reason")
    if reason:
        text += say("keep_because", lang, reason=reason)
    return text + say("stop", lang)


def recipient_line(kind: str, descriptions: Sequence[str], lang: str) -> str:
    """A recipient type and who they are; a vague type without a description marked to be completed."""
    name = pick(RECIPIENTS, kind, lang)
    if descriptions:
        return say("recipient_described", lang, kind=name, who=say("list_end", lang).join(descriptions))
    if kind in VAGUE:
        return say("recipient_vague", lang, kind=name)
    return name


__all__ = ["DEVICE", "VAGUE", "data_line", "described", "items", "kept_line", "recipient_line", "source_line"]
