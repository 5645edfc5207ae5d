"""Identity document numbers as lists write them, and how they are compared.

Lists write numbers inside prose ("Afghan passport number SE 012820", "Russian passport number
8208 No. 555627", "D 000769") and the Saudi PCCT list packs several numbers, countries and types
into one "Document No." cell ("A)860605558(Bahrain); B)1236382(Bahrain); B) C00181065(United
Kingdom)", "United Kingdom Passport No; (706309249); and (40526584) … Pakistan Passport No:
(AA1721192)"). `split_cell` spells such a cell out; `numbers_in` gives the compact forms a
customer's document number is looked up among.
"""

from __future__ import annotations

import re

from compliance_desk.domain.screening.entries import Document

DEMONYMS = {
    "afghan": "Afghanistan", "bahraini": "Bahrain", "british": "United Kingdom", "egyptian": "Egypt",
    "iranian": "Iran", "iraqi": "Iraq", "jordanian": "Jordan", "kuwaiti": "Kuwait", "lebanese": "Lebanon",
    "libyan": "Libya", "moroccan": "Morocco", "nigerian": "Nigeria", "omani": "Oman", "pakistani": "Pakistan",
    "qatari": "Qatar", "saudi": "Saudi Arabia", "somali": "Somalia", "sudanese": "Sudan", "syrian": "Syria",
    "tunisian": "Tunisia", "turkish": "Turkey", "yemeni": "Yemen", "emirati": "United Arab Emirates",
    "algerian": "Algeria", "indonesian": "Indonesia", "french": "France", "german": "Germany",
    "russian": "Russian Federation",
}
LETTER_TYPES = {"A": "National identification", "B": "Passport"}

_TOKEN = re.compile(
    r"(?P<marker>\b[A-H]\)\s*)"
    r"|(?P<phrase>\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)*) Passport No\b[.:;]?)"
    r"|(?P<paren>\(\s*(?P<inner>[^()]*?)\s*\))"
    r"|(?P<number>\b[A-Z]{0,3} ?\d{3,}[A-Z0-9]*\b)"
)
_COMPACT = re.compile(r"[^A-Z0-9]")


def compact(number: str) -> str:
    """A document number as compared: upper-case letters and digits only."""
    return _COMPACT.sub("", number.upper())


def _country(text: str) -> str:
    return DEMONYMS.get(text.strip().lower(), text.strip())


def _types(type_cell: str) -> tuple[dict[str, str], str]:
    """Letter -> type from a compound type cell ("A) National identification; B) Passport"), and the
    type of a cell holding one type."""
    letters = dict(LETTER_TYPES)
    found = re.findall(r"\b([A-H])\)\s*([^;]+)", type_cell or "")
    for letter, kind in found:
        letters[letter] = kind.strip()
    single = "" if found else (type_cell or "").strip()
    return letters, "" if single.upper() == "NA" else single


def split_cell(number_cell: str, type_cell: str = "", country_cell: str = "") -> list[Document]:
    """The documents of one PCCT row: every number with its country and type."""
    cell = " ".join((number_cell or "").split())
    if not cell or cell.upper() == "NA":
        return []
    letters, single_type = _types(type_cell)
    default_country = "" if (country_cell or "").strip().upper() == "NA" else (country_cell or "").strip()
    numbers: list[list[str]] = []        # [number, country, type, explicit country?]
    country, kind = "", single_type
    for match in _TOKEN.finditer(cell):
        if match.group("marker"):
            kind = letters.get(match.group("marker").strip()[0], single_type)
        elif match.group("phrase"):
            country = _country(match.group("country"))
            kind = "Passport"
        elif match.group("paren") is not None:
            inner = match.group("inner")
            if re.fullmatch(r"[A-Z]{0,3} ?\d{3,}[A-Z0-9]*", inner):
                numbers.append([compact(inner), country, kind, ""])
            elif numbers and inner and not numbers[-1][3]:
                numbers[-1][1] = _country(inner)
                numbers[-1][3] = "explicit"
        else:
            numbers.append([compact(match.group("number")), country, kind, ""])
    return [Document(number=n, kind=k, country=c or default_country) for n, c, k, _e in numbers]


def numbers_in(text: str) -> set[str]:
    """The compact document numbers a list's number text may stand for."""
    text = re.sub(r"\([^)]*\)", " ", text.upper())
    tokens = text.replace(",", " ").split()
    out: set[str] = set()
    for index, token in enumerate(tokens):
        if not any(ch.isdigit() for ch in token):
            continue
        out.add(compact(token))
        previous = tokens[index - 1] if index else ""
        if previous and len(compact(previous)) <= 3 and compact(previous).isalpha() and previous not in ("NO", "NO."):
            out.add(compact(previous + token))
    run: list[str] = []
    for token in [*tokens, ""]:
        if token and any(ch.isdigit() for ch in token):
            run.append(token)
            continue
        if run and token in ("NO", "NO.", "NO:", "N°", "#"):
            continue   # "8208 No. 555627": one number in two groups
        if len(run) > 1:
            out.add(compact("".join(run)))
        run = []
    return {n for n in out if sum(ch.isdigit() for ch in n) >= 4}
