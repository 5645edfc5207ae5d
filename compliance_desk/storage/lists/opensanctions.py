"""OpenSanctions' `targets.simple.csv` export (one row per entity; several values in a cell are
separated by ";").

Columns: id, schema, name, aliases, birth_date, countries, addresses, identifiers, sanctions,
phones, emails, dataset, first_seen, last_seen, last_change. The file is read as a stream (UTF-8,
or Windows-1256 when it is plainly Arabic text in that encoding); OpenSanctions' data is licensed
CC BY-NC 4.0 and a user imports it under their own licence.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from compliance_desk.domain.errors import Msg
from compliance_desk.domain.screening.entries import (
    Alias,
    BirthDate,
    Document,
    ListEntry,
    ParsedList,
)
from compliance_desk.storage.lists.reading import ListRefused, check_size, sniff_encoding

REQUIRED = ("id", "schema", "name")
SCHEMAS = {"person": "individual", "organization": "entity", "company": "entity", "legalentity": "entity",
           "publicbody": "entity", "vessel": "vessel", "airplane": "vessel"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _many(value: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split(";") if p.strip())


def _birth(value: str) -> BirthDate | None:
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if month and day:
        return BirthDate("exact", date=f"{year}-{month}-{day}", year=int(year))
    return BirthDate("exact", year=int(year))


def parse(path: Path, limit: int | None = None) -> ParsedList:
    check_size(path, limit)
    encoding = sniff_encoding(path)
    entries: list[ListEntry] = []
    datasets: dict[str, int] = {}
    latest = ""
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.DictReader(handle)
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
        missing = [c for c in REQUIRED if c not in fields]
        if missing:
            raise ListRefused(path, Msg("list_csv_columns", missing=", ".join(missing), found=", ".join(fields[:8])))
        reader.fieldnames = fields
        try:
            for row in reader:
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                dataset = (row.get("dataset") or "").strip()
                datasets[dataset] = datasets.get(dataset, 0) + 1
                latest = max(latest, (row.get("last_change") or "").strip())
                entries.append(ListEntry(
                    ref=(row.get("id") or "").strip() or f"row-{reader.line_num}",
                    kind=SCHEMAS.get((row.get("schema") or "").strip().lower(), "individual"), name=name,
                    aliases=tuple(Alias(a) for a in _many(row.get("aliases"))),
                    birth_dates=tuple(d for d in (_birth(v) for v in _many(row.get("birth_date"))) if d),
                    nationalities=tuple(c.upper() for c in _many(row.get("countries"))),
                    documents=tuple(Document(i, "Identifier") for i in _many(row.get("identifiers"))
                                    if sum(ch.isdigit() for ch in i) >= 4),
                    addresses=_many(row.get("addresses")), program=dataset,
                    comments="; ".join(_many(row.get("sanctions")))))
        except csv.Error as error:
            raise ListRefused(path, Msg("list_csv_line", line=reader.line_num, detail=str(error))) from None
    if not entries:
        raise ListRefused(path, Msg("list_no_entries"))
    main = max(datasets, key=lambda d: datasets[d]) if datasets else ""
    title = f"OpenSanctions: {main}" if main else "OpenSanctions"
    notes = ["read as Windows-1256 (Arabic)"] if encoding == "cp1256" else []
    return ParsedList("opensanctions", title, latest or None, entries, encoding=encoding, notes=notes)
