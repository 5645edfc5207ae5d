"""The streamed xlsx reader means what openpyxl means by every kind of cell."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from compliance_desk.storage import xlsx


def _openpyxl_rows(path: Path) -> list[list[object]]:
    book = load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def _ours(path: Path) -> list[list[object]]:
    with zipfile.ZipFile(path) as archive:
        return [list(row) for row in xlsx.first_sheet_rows(archive, 1_048_576)]


@pytest.mark.parametrize("write_only", [False, True])  # shared strings / inline strings
def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path: Path, write_only: bool) -> None:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("data") if write_only else book.active
    rows = [
        ["text", "عربي", "", None, "  spaced  ", "line\nbreak"],
        [1, 2.5, -3, 1e21, 0, True],
        [False, dt.datetime(2026, 2, 1, 13, 45), dt.date(1990, 12, 31), dt.datetime(1900, 3, 1), "=1+1", 7],
        [None, None, None, None, None, "last"],
        [],
        ["after an empty row", 10**15, 0.1, "01234", "#N/A", "x" * 5000],
    ]
    for row in rows:
        sheet.append(row)
    if not write_only:
        book.create_sheet("second").append(["not read"])
        sheet["C3"].number_format = "dd/mm/yyyy"
        sheet["B3"].number_format = "yyyy-mm-dd hh:mm"
        sheet["F2"].value = "reset"
    path = tmp_path / "cells.xlsx"
    book.save(path)
    theirs, ours = _openpyxl_rows(path), _ours(path)
    # rows end at their last cell in one reader and are padded in the other: compare padded
    width = max(len(r) for r in theirs)
    assert [r + [None] * (width - len(r)) for r in ours] == [r + [None] * (width - len(r)) for r in theirs]
    assert len(ours) == len(theirs) == 6


def test_a_1904_workbook_and_rich_text(tmp_path: Path) -> None:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    book = Workbook()
    book.epoch = dt.datetime(1904, 1, 1)  # the Mac calendar
    sheet = book.active
    sheet.append([dt.date(2026, 5, 17), CellRichText("Al-", TextBlock(InlineFont(b=True), "Qahtani"))])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    assert _ours(path) == [[dt.datetime(2026, 5, 17), "Al-Qahtani"]] == _openpyxl_rows(path)


def test_a_row_numbered_past_the_limit_stops_the_reader(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["a"])
    book.active.cell(row=50, column=1, value="far")
    path = tmp_path / "far.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive, pytest.raises(ValueError):
        list(xlsx.first_sheet_rows(archive, 40))
    assert len(_ours(path)) == 50
