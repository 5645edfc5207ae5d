"""Document numbers: the 29 real messy PCCT "Document No." cells, and numbers inside prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance_desk.domain.screening.documents import numbers_in, split_cell

CASES = json.loads((Path(__file__).parent / "fixtures" / "pcct_document_cells.json").read_text(encoding="utf-8"))


def test_the_fixture_holds_the_29_real_cells() -> None:
    assert len(CASES["cases"]) == 29


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["cell"][:40])
def test_real_pcct_document_cells_are_split(case: dict) -> None:
    # the "Issuing Country" column holds the country of numbers the cell does not name
    type_cell = "A) National identification; B) Passport" if "types" in case else "Passport"
    documents = split_cell(case["cell"], type_cell, case["countries"][0])
    assert [d.number for d in documents] == case["numbers"]
    assert [d.country for d in documents] == case["countries"]
    if "types" in case:
        assert [d.kind for d in documents] == case["types"]


def test_empty_and_na_cells_hold_no_documents() -> None:
    assert split_cell("NA", "NA", "NA") == []
    assert split_cell("", "", "") == []


@pytest.mark.parametrize("text, number", [
    ("Afghan passport number SE 012820", "SE012820"),
    ("D 000769", "D000769"),
    ("Russian passport number 8208 No. 555627", "8208555627"),
    ("35202- 4135948-7", "3520241359487"),
    ("Libya B/002210", "B002210"),
    ("403062567 (US)", "403062567"),
])
def test_numbers_inside_list_prose_are_found(text: str, number: str) -> None:
    assert number in numbers_in(text)
