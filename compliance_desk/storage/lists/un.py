"""The UN Security Council Consolidated List (XML, `CONSOLIDATED_LIST`).

Parsed as a stream with defusedxml over the standard library's expat: a document type with
entity declarations (billion laughs, external entities) or any external reference is refused,
nothing is fetched from a network, and each INDIVIDUAL / ENTITY is cleared once read, so memory
stays flat; the file's size is bounded before the first byte is parsed (reading.MAX_BYTES).
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as safe

from compliance_desk.domain.errors import Msg
from compliance_desk.domain.screening.entries import (
    Alias,
    BirthDate,
    Document,
    ListEntry,
    ParsedList,
)
from compliance_desk.storage.lists.reading import ListRefused, check_size

TITLE = "UN Security Council Consolidated List"


def _text(element: Element | None, tag: str) -> str:
    if element is None:
        return ""
    found = element.find(tag)
    return " ".join((found.text or "").split()) if found is not None and found.text else ""


def _values(element: Element, tag: str) -> tuple[str, ...]:
    group = element.find(tag)
    if group is None:
        return ()
    return tuple(" ".join(v.text.split()) for v in group.findall("VALUE") if v.text and v.text.strip())


def _joined(element: Element, tags: tuple[str, ...]) -> str:
    return ", ".join(t for t in (_text(element, tag) for tag in tags) if t)


def _birth_dates(element: Element) -> tuple[BirthDate, ...]:
    out = []
    for item in element.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        kind = {"EXACT": "exact", "APPROXIMATELY": "approximately", "BETWEEN": "between"}.get(
            _text(item, "TYPE_OF_DATE").upper(), "exact")
        date, year = _text(item, "DATE")[:10] or None, _text(item, "YEAR")
        first, last = _text(item, "FROM_YEAR"), _text(item, "TO_YEAR")
        if date:
            out.append(BirthDate(kind, date=date, year=int(date[:4])))
        elif year.isdigit():
            out.append(BirthDate(kind, year=int(year)))
        elif first.isdigit() and last.isdigit():
            out.append(BirthDate("between", year=int(first), year_to=int(last)))
    return tuple(out)


def _documents(element: Element, tag: str) -> tuple[Document, ...]:
    out = []
    for item in element.findall(tag):
        number = _text(item, "NUMBER")
        if not number:
            continue
        kind = " / ".join(t for t in (_text(item, "TYPE_OF_DOCUMENT"), _text(item, "TYPE_OF_DOCUMENT2")) if t)
        country = _text(item, "ISSUING_COUNTRY") or _text(item, "COUNTRY_OF_ISSUE")
        out.append(Document(number=number, kind=kind, country=country, note=_text(item, "NOTE")))
    return tuple(out)


def _entry(element: Element, kind: str) -> ListEntry:
    prefix = "INDIVIDUAL" if kind == "individual" else "ENTITY"
    name = " ".join(t for t in (_text(element, f) for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                                             "FOURTH_NAME")) if t)
    aliases = tuple(Alias(_text(a, "ALIAS_NAME"), "low" if _text(a, "QUALITY").lower() == "low" else "good")
                    for a in element.findall(f"{prefix}_ALIAS") if _text(a, "ALIAS_NAME"))
    addresses = tuple(a for a in (_joined(x, ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"))
                                  for x in element.findall(f"{prefix}_ADDRESS")) if a)
    places = tuple(p for p in (_joined(x, ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY"))
                               for x in element.findall("INDIVIDUAL_PLACE_OF_BIRTH")) if p)
    titles = tuple(f"Title: {t}" for t in _values(element, "TITLE"))
    return ListEntry(
        ref=_text(element, "REFERENCE_NUMBER") or _text(element, "DATAID"), kind=kind, name=name,
        name_original=_text(element, "NAME_ORIGINAL_SCRIPT"), aliases=aliases,
        birth_dates=_birth_dates(element), birth_places=places, nationalities=_values(element, "NATIONALITY"),
        gender=_text(element, "GENDER").lower(), documents=_documents(element, "INDIVIDUAL_DOCUMENT"),
        addresses=addresses, listed_on=_text(element, "LISTED_ON")[:10] or None,
        program=_text(element, "UN_LIST_TYPE"), designations=titles + _values(element, "DESIGNATION"),
        comments=(element.findtext("COMMENTS1") or "").strip())


def parse(path: Path, limit: int | None = None) -> ParsedList:
    """Read a UN consolidated list file; ListRefused (with line and reason) when it cannot be."""
    check_size(path, limit)
    entries: list[ListEntry] = []
    generated = None
    root_seen = False
    try:
        for event, element in safe.iterparse(str(path), events=("start", "end"), forbid_dtd=False,
                                             forbid_entities=True, forbid_external=True):
            if event == "start":
                if not root_seen:
                    root_seen = True
                    if element.tag != "CONSOLIDATED_LIST":
                        raise ListRefused(path, Msg("list_not_un", found=element.tag))
                    generated = element.get("dateGenerated")
                continue
            if element.tag in ("INDIVIDUAL", "ENTITY"):
                entries.append(_entry(element, "individual" if element.tag == "INDIVIDUAL" else "entity"))
                element.clear()
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise ListRefused(path, Msg("list_malformed", line=line, column=column,
                                    detail=str(error).split(":")[0])) from None
    except defusedxml.EntitiesForbidden as error:
        external = bool(getattr(error, "sysid", None) or getattr(error, "pubid", None))
        raise ListRefused(path, Msg("list_external" if external else "list_entities")) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise ListRefused(path, Msg("list_external")) from None
    if not entries:
        raise ListRefused(path, Msg("list_no_entries"))
    return ParsedList("un", TITLE, generated, entries)
