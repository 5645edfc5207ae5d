"""The privacy notice's document model (sections, blocks, the facts it is written from) and how it
quotes the register's free texts in its language (domain/notice.py writes it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from compliance_desk.domain.notice_words import say

ANSWER_DAYS = 30  # PDPL Implementing Regulation Art. 3
SDAIA_PLATFORM = "https://dgp.sdaia.gov.sa"


@dataclass(frozen=True)
class Block:
    kind: str  # p (a paragraph) | ul (a list) | dl (terms and their descriptions)
    text: str = ""
    items: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


@dataclass
class Section:
    key: str
    heading: str
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def text(self) -> str:
        parts = [self.heading]
        for block in self.blocks:
            parts += [block.text, *block.items, *(f"{term}: {value}" for term, value in block.pairs)]
        parts += [s.text() for s in self.sections]
        return "\n".join(p for p in parts if p)


@dataclass
class Notice:
    lang: str
    title: str
    organisation: str
    updated: dt.date
    sections: list[Section]
    problems: list[str]  # what the register lacks for a complete notice, in `lang`
    # (whose, field name): free texts the notice quotes in the other language, none being in `lang`
    untranslated: list[tuple[str, str]] = field(default_factory=list)
    draft: str = ""  # "DRAFT — do not publish: …" when the page shows gaps (the title then says DRAFT)

    def text(self) -> str:
        return "\n".join([self.title, *([self.draft] if self.draft else []), *(s.text() for s in self.sections)])


@dataclass
class Activity:
    """One active processing activity, as the notice needs it."""

    reference: str
    name: str
    purposes: Sequence[str] = ()
    purpose_details: str | None = None
    data_categories: Sequence[str] = ()
    legal_bases: Sequence[str] = ()
    sources: Sequence[str] = ()
    recipient_types: Sequence[str] = ()
    transfers: Sequence[tuple[str, str | None]] = ()  # (country, safeguard)
    retention_period: str | None = None
    retention_months: int | None = None
    retention_event: str | None = None
    retention_reason: str | None = None
    security_measures: Sequence[str] = ()
    automated_decisions: bool = False
    automated_details: str | None = None
    # the Arabic twins of the free texts above (the fields without _ar hold the English)
    purpose_details_ar: str | None = None
    retention_period_ar: str | None = None
    retention_event_ar: str | None = None
    retention_reason_ar: str | None = None
    automated_details_ar: str | None = None
    # PDPL Art. 13: what follows if the data is not provided; Art. 12: the means of storage; the data
    # items actually collected (one per line; the notice names the categories alone without them)
    consequences: str | None = None
    consequences_ar: str | None = None
    storage_means: str | None = None
    storage_means_ar: str | None = None
    data_items: str | None = None
    data_items_ar: str | None = None
    recipients: Sequence[Recipient] = ()  # the linked recipients, with what the notice says of each
    no_outside_recipients: bool = False  # confirmed: no one outside the organisation receives the data (0014)
    legal_obligation_law: str | None = None  # the law a "legal obligation" basis rests on (0017)
    legal_obligation_law_ar: str | None = None


@dataclass(frozen=True)
class Recipient:
    """A recipient as the notice names it: its type and who it is, in English and Arabic."""

    kind: str
    name: str = ""
    description: str | None = None
    description_ar: str | None = None


def in_language(english: object, arabic: object, lang: str) -> tuple[str, bool]:
    """The free text to quote in a notice in `lang`, from its English field and its Arabic twin, and
    whether it is in the other language (only that one was written): (text, foreign).

    A text in the notice's script is taken from either field, so a register whose officer typed Arabic
    in the older single field still reads right in the Arabic notice."""
    texts = [" ".join(str(t).split()) for t in ((arabic, english) if lang == "ar" else (english, arabic)) if t]
    texts = [t for t in texts if t]
    for text in texts:
        if _is_arabic(text) == (lang == "ar"):
            return text, False
    return (texts[0], True) if texts else ("", False)


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


class _Quoter:
    """Quotes the register's free texts in the notice's language; a text found only in the other
    language is marked plainly in the notice and listed as a problem to fix in the register."""

    def __init__(self, lang: str, problems: list[str]) -> None:
        self.lang, self.problems = lang, problems
        self.missing: list[tuple[str, str]] = []  # (whose, field) written in the other language only

    def __call__(self, owner: str, field: str, english: object, arabic: object) -> str:
        text, foreign = in_language(english, arabic, self.lang)
        if not foreign:
            return text
        self.missing.append((owner, field))
        self.problems.append(untranslated_problem(owner, field, self.lang, self.lang))
        return say("untranslated", self.lang, text=text)


def untranslated_problem(owner: str, field: str, notice_lang: str, lang: str) -> str:
    """In `lang`: the notice in `notice_lang` quotes `field` of `owner` in the other language."""
    if field == "address":  # one field holding both forms: how to add the missing one
        return say(f"problem_address_{notice_lang}", lang)
    return say(f"problem_no_{notice_lang}", lang, name=owner, field=say(f"field_{field}", lang))
