"""Readers of the published sanctions and PEP lists: the UN consolidated list (XML), the Saudi
PCCT list (xlsx), OpenSanctions' targets.simple.csv. Each returns a ParsedList or refuses the
file with a ListRefused that says why (and on which line)."""

from __future__ import annotations

from pathlib import Path

from compliance_desk.domain.errors import InvalidInput, Msg
from compliance_desk.domain.screening.entries import ParsedList
from compliance_desk.storage.lists import opensanctions, pcct, un
from compliance_desk.storage.lists.reading import ListRefused

KINDS = ("un", "pcct", "opensanctions")
PARSERS = {"un": un.parse, "pcct": pcct.parse, "opensanctions": opensanctions.parse}


def guess_kind(path: Path) -> str:
    """The list kind from the file: XML is the UN list, xlsx the PCCT list, CSV OpenSanctions."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "un"
    if suffix in (".xlsx", ".xlsm"):
        return "pcct"
    if suffix in (".csv", ".txt"):
        return "opensanctions"
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as error:
        raise InvalidInput("file_unreadable", path=str(path), detail=error.strerror or str(error)) from None
    if head.startswith(b"PK"):
        return "pcct"
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<"):
        return "un"
    raise ListRefused(path, Msg("list_kind_unknown"))


def read(path: Path | str, kind: str | None = None, limit: int | None = None) -> ParsedList:
    path = Path(path)
    if not path.exists():
        raise InvalidInput("file_unreadable", path=str(path), detail="no such file")
    kind = kind or guess_kind(path)
    if kind not in PARSERS:
        raise InvalidInput("unknown_code", value=kind, choices=", ".join(KINDS))
    return PARSERS[kind](path, limit)


__all__ = ["KINDS", "ListRefused", "read"]
