"""A sanctions or PEP list as the screening sees it: entries with names, dates, places, documents.

Parsers (storage/lists) turn the published files into these; the register stores them per list
version (as JSON in the entry's row) and the matcher indexes them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("individual", "entity", "vessel")


@dataclass(frozen=True)
class BirthDate:
    """A date of birth as a list gives it: an exact day, an exact or approximate year, or a range."""

    kind: str                    # exact | approximately | between
    date: str | None = None      # YYYY-MM-DD when the day is known
    year: int | None = None      # the year (the first year of a range)
    year_to: int | None = None   # the last year of a range

    def text(self) -> str:
        if self.date:
            return self.date
        if self.kind == "between" and self.year and self.year_to:
            return f"{self.year}–{self.year_to}"
        if self.year:
            return f"~{self.year}" if self.kind == "approximately" else str(self.year)
        return ""


@dataclass(frozen=True)
class Document:
    number: str
    kind: str = ""               # as the list writes it: Passport, National identification …
    country: str = ""            # as the list writes it
    note: str = ""


@dataclass(frozen=True)
class Alias:
    name: str
    quality: str = "good"        # good | low (the UN list's "Low" quality aliases are weak)


@dataclass(frozen=True)
class ListEntry:
    ref: str                     # the list's own reference (QDi.081, an OpenSanctions id, PCCT row key)
    kind: str                    # individual | entity | vessel
    name: str
    name_original: str = ""      # the name in its original script (Arabic for many UN entries)
    aliases: tuple[Alias, ...] = ()
    birth_dates: tuple[BirthDate, ...] = ()
    birth_places: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    gender: str = ""             # male | female | ""
    documents: tuple[Document, ...] = ()
    addresses: tuple[str, ...] = ()
    listed_on: str | None = None
    program: str = ""            # UN sanctions regime, PCCT linked organisation, OpenSanctions dataset
    designations: tuple[str, ...] = ()
    comments: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def names(self) -> list[tuple[str, str]]:
        """Every name to screen against, with its quality: primary, original script, aliases."""
        out = [(self.name, "good")]
        if self.name_original:
            out.append((self.name_original, "good"))
        out += [(a.name, a.quality) for a in self.aliases if a.name.strip()]
        seen: set[str] = set()
        unique = []
        for text, quality in out:
            key = " ".join(text.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                unique.append((" ".join(text.split()), quality))
        return unique

    def content(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        return data

    def content_hash(self) -> str:
        """SHA-256 of the entry's content: a changed entry is a new decision."""
        text = json.dumps(self.content(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @classmethod
    def from_content(cls, data: dict[str, Any]) -> ListEntry:
        return cls(
            ref=data["ref"], kind=data["kind"], name=data["name"], name_original=data.get("name_original", ""),
            aliases=tuple(Alias(**a) for a in data.get("aliases", ())),
            birth_dates=tuple(BirthDate(**b) for b in data.get("birth_dates", ())),
            birth_places=tuple(data.get("birth_places", ())), nationalities=tuple(data.get("nationalities", ())),
            gender=data.get("gender", ""), documents=tuple(Document(**d) for d in data.get("documents", ())),
            addresses=tuple(data.get("addresses", ())), listed_on=data.get("listed_on"),
            program=data.get("program", ""), designations=tuple(data.get("designations", ())),
            comments=data.get("comments", ""))


@dataclass
class ParsedList:
    """What a parser read from one file."""

    source: str                  # un | pcct | opensanctions
    title: str
    generated: str | None        # when the publisher generated it (ISO), when the file says
    entries: list[ListEntry]
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(KINDS, 0)
        for entry in self.entries:
            out[entry.kind] = out.get(entry.kind, 0) + 1
        return out


@dataclass(frozen=True)
class Difference:
    added: list[str]
    changed: list[str]
    removed: list[str]


def difference(before: dict[str, str], after: dict[str, str]) -> Difference:
    """Entries added, changed and removed between two versions ({ref: content hash})."""
    return Difference(
        added=sorted(set(after) - set(before)),
        changed=sorted(ref for ref in set(after) & set(before) if after[ref] != before[ref]),
        removed=sorted(set(before) - set(after)),
    )
