"""The Saudi national terrorism list of the Permanent Committee for Counter-Terrorism (PCCT,
designations under UNSCR 1373), as its English workbook `slistEN.xlsx` lays it out.

Three sheets: "Individuals", "Entities " (with a trailing space) and "Vessels". Sheets are found
by name (spaces and case aside) or, when the names differ, by their header row ("Full Name",
"Entities Name", "Vessel Name"). Empty cells are sometimes the text "NA"; several values in one
cell are separated by ";"; the "Document No." cell packs numbers, countries and types (see
domain/screening/documents.py). openpyxl reads the workbook through defusedxml, in read-only mode,
after the zip's unpacked size has been bounded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from compliance_desk.domain.errors import Msg
from compliance_desk.domain.screening.documents import split_cell
from compliance_desk.domain.screening.entries import (
    Alias,
    BirthDate,
    Document,
    ListEntry,
    ParsedList,
)
from compliance_desk.domain.screening.names import fold_latin
from compliance_desk.storage.lists.reading import ListRefused, check_size, check_zip

TITLE = "Saudi National Terrorism List (PCCT, UNSCR 1373)"
SHEETS = {"individuals": "individual", "entities": "entity", "vessels": "vessel"}
NAME_HEADERS = {"full name": "individual", "entities name": "entity", "vessel name": "vessel"}
COLUMNS = {
    "no.": "no", "full name": "name", "entities name": "name", "vessel name": "name", "aliases": "alias",
    "gender": "gender", "dob": "birth_date", "pob": "birth_place", "cob": "birth_country",
    "nationality": "nationality", "address": "address", "link of terrorism org.": "linked_org",
    "additional information": "notes", "additional info.": "notes", "document type": "doc_type",
    "document no.": "doc_number", "issuing country": "issuing_country", "registration number": "reg_number",
    "owner name": "owner_name", "owner information": "owner_info", "vessel flag": "flag",
    "imo no.": "imo_number", "designated date": "designated_date",
}


def _label(value: Any) -> str:
    return " ".join(str(value or "").split()).lower()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    text = " ".join(str(value).split())
    return "" if text.upper() in ("NA", "N/A", "-") else text


def _many(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(";") if p.strip() and p.strip().upper() != "NA")


def _date(text: str) -> BirthDate | None:
    text = text.strip()
    for pattern, kind in (("%Y/%m/%d", "day"), ("%Y-%m-%d", "day"), ("%d/%m/%Y", "day"), ("%Y", "year")):
        try:
            parsed = dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if kind == "day":
            return BirthDate("exact", date=parsed.isoformat(), year=parsed.year)
        return BirthDate("exact", year=parsed.year)
    return None


def _designated(text: str) -> str | None:
    found = _date(text) if text else None
    return found.date if found and found.date else None


def _entry(kind: str, row: dict[str, str]) -> ListEntry:
    name = row.get("name", "")
    documents = split_cell(row.get("doc_number", ""), row.get("doc_type", ""), row.get("issuing_country", ""))
    documents += [Document(n, "Registration number") for n in _many(row.get("reg_number", ""))]
    if row.get("imo_number"):
        documents.append(Document(re.sub(r"^IMO\s*", "", row["imo_number"]), "IMO number"))
    dates = tuple(d for d in (_date(t) for t in _many(row.get("birth_date", ""))) if d)
    places = tuple(p for p in (row.get("birth_place", ""), row.get("birth_country", "")) if p)
    notes = "\n".join(t for t in (row.get("notes", ""), row.get("owner_name", ""), row.get("owner_info", ""),
                                  row.get("flag", "")) if t)
    slug = "-".join(fold_latin(name).split())[:80] or row.get("no", "")
    return ListEntry(
        ref=f"{kind[0].upper()}:{slug}", kind=kind, name=name,
        aliases=tuple(Alias(a) for a in _many(row.get("alias", ""))), birth_dates=dates, birth_places=places,
        nationalities=_many(row.get("nationality", "")), gender=row.get("gender", "").lower(),
        documents=tuple(documents), addresses=_many(row.get("address", "")),
        listed_on=_designated(row.get("designated_date", "")), program="; ".join(_many(row.get("linked_org", ""))),
        comments=notes)


def parse(path: Path, limit: int | None = None) -> ParsedList:
    check_size(path, limit)
    check_zip(path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ListRefused(path, Msg("list_not_xlsx_detail", detail=type(error).__name__)) from None
    entries: list[ListEntry] = []
    notes: list[str] = []
    found_sheets = []
    try:
        for sheet in book.worksheets:
            found_sheets.append(sheet.title)
            rows = sheet.iter_rows(values_only=True)
            kind = SHEETS.get(_label(sheet.title))
            header: list[str] | None = None
            for number, values in enumerate(rows, start=1):
                labels = [_label(v) for v in values]
                if header is None:
                    named = [NAME_HEADERS[x] for x in labels if x in NAME_HEADERS]
                    if not named:
                        if number > 10:
                            break
                        continue
                    if kind is None or kind != named[0]:
                        if kind is not None:
                            notes.append(f"{sheet.title}: {named[0]}")
                        kind = named[0]
                    header = [COLUMNS.get(x, "") for x in labels]
                    continue
                row = {key: _cell(v) for key, v in zip(header, values, strict=False) if key}
                if row.get("name") and kind is not None:
                    entries.append(_entry(kind, row))
    finally:
        book.close()
    if not entries:
        raise ListRefused(path, Msg("list_pcct_sheets", found=", ".join(repr(s) for s in found_sheets) or "-"))
    seen: dict[str, int] = {}
    unique = []
    for entry in entries:   # the same name twice in a sheet: keep both, told apart
        count = seen.get(entry.ref, 0)
        seen[entry.ref] = count + 1
        unique.append(entry if count == 0 else replace(entry, ref=f"{entry.ref}-{count + 1}"))
    return ParsedList("pcct", TITLE, None, unique, notes=notes)
