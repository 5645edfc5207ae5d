"""Imports read what the file says: Excel's csv quoting, encodings, dates, bounds, linear time."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from compliance_desk.domain.entities import CUSTOMER, DISCLOSURE
from compliance_desk.domain.errors import InvalidInput
from compliance_desk.storage import importing, records, tables
from compliance_desk.storage.register import Register

HEADER = ["client_ref", "full_name", "full_name_en", "date_of_birth", "nationality", "phone", "email", "address"]


def _customer(i: int, name: str | None = None) -> list[str]:
    return [f"BO-{i}", "عميل", name or f"Customer {i}", "1980-01-31", "SA", f"05012{i:05d}",
            f"c{i}@example.com", "الرياض"]


def _csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ",",
         header: list[str] = HEADER) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)  # quotes as Excel does: "" inside ""
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _by_ref(register: Register, client_ref: str) -> dict:
    found = register.conn.execute("SELECT id FROM customers WHERE client_ref = ?", (client_ref,)).fetchone()
    assert found, client_ref
    return records.get(register, CUSTOMER, found[0])


# ------------------------------------------------------------------ item 10: csv as Excel writes it
def test_quoted_formula_in_row_202_keeps_its_columns(register: Register, tmp_path: Path) -> None:
    rows = [_customer(i) for i in range(1, 300)]
    rows[200] = _customer(201, '=HYPERLINK("http://x","y")')  # file row 202 (the header is row 1)
    path = _csv(tmp_path / "customers.csv", rows)
    assert '"=HYPERLINK(""http://x"",""y"")"' in path.read_text()
    assert '"' not in path.read_text()[:4096]  # what a sniffer samples has no quote
    result = importing.run(register, importing.CUSTOMERS, path)
    assert (result.imported, len(result.errors)) == (299, 0), [e.text() for e in result.errors]
    row = _by_ref(register, "BO-201")
    assert row["full_name_en"] == '=HYPERLINK("http://x","y")'
    assert (row["phone"], row["email"], row["date_of_birth"]) == ("+966501200201", "c201@example.com", "1980-01-31")


def test_semicolon_and_tab_files_with_quotes_and_line_breaks(register: Register, tmp_path: Path) -> None:
    rows = [_customer(1, 'Salem "Abu Fahd"; Jr'), _customer(2)]
    rows[1][7] = "حي النخيل\nالرياض"
    result = importing.run(register, importing.CUSTOMERS, _csv(tmp_path / "a.csv", rows, delimiter=";"))
    assert (result.imported, len(result.errors)) == (2, 0), [e.text() for e in result.errors]
    assert _by_ref(register, "BO-1")["full_name_en"] == 'Salem "Abu Fahd"; Jr'
    assert _by_ref(register, "BO-2")["address"] == "حي النخيل\nالرياض"
    # Excel's "Unicode text": UTF-16 with its byte-order mark, tab-delimited
    path = _csv(tmp_path / "b.csv", [_customer(3, "NUÑEZ")], encoding="utf-16", delimiter="\t")
    result = importing.run(register, importing.CUSTOMERS, path)
    assert (result.imported, len(result.errors)) == (1, 0), [e.text() for e in result.errors]
    assert _by_ref(register, "BO-3")["full_name_en"] == "NUÑEZ"


# ------------------------------------------------------------------ item 12: what the file says
def test_cp1252_stays_latin_and_utf16_without_a_mark_is_read(register: Register, tmp_path: Path) -> None:
    row = _customer(1, "NUÑEZ García")
    row[1] = row[7] = "Calle Mayor 5"  # no Arabic: a Western Windows saves it
    path = _csv(tmp_path / "west.csv", [row], encoding="cp1252")
    assert "NUÑEZ".encode("cp1252") in path.read_bytes()
    assert importing.run(register, importing.CUSTOMERS, path).imported == 1
    assert _by_ref(register, "BO-1")["full_name_en"] == "NUÑEZ García"
    path = tmp_path / "utf16le.csv"
    path.write_bytes(",".join(HEADER).encode("utf-16-le") + "\r\n".encode("utf-16-le")
                     + ",".join(_customer(2, "Łukasz")).encode("utf-16-le"))
    assert importing.run(register, importing.CUSTOMERS, path).imported == 1
    assert _by_ref(register, "BO-2")["full_name_ar"] == "عميل"


def test_a_50_mb_cell_is_refused_plainly(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(",".join(HEADER) + "\nBO-1,x," + "A" * 50_000_000 + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, path)
    assert "row 2: a cell holds more than 131,072 characters" in caught.value.text("en")
    assert register.count(CUSTOMER) == 0


@pytest.mark.parametrize(("given", "stored"), [
    ("1447-07-15", "2026-01-04"),       # a year only the Hijri calendar has: Umm al-Qura, converted
    ("1447-07-15 هـ", "2026-01-04"),
    ("1447/07/15هـ", "2026-01-04"),
    ("١٤٤٧-٠٧-١٥", "2026-01-04"),       # Arabic-Indic digits
    ("1447-07-15 AH", "2026-01-04"),
    ("2026-01-04 00:00:00", "2026-01-04"),  # a system export's midnight
])
def test_hijri_and_gregorian_received_dates(register: Register, tmp_path: Path, given: str, stored: str) -> None:
    path = _csv(tmp_path / "log.csv", [[given, "court", "Court", "court_order"]],
                header=["received_date", "requester_type", "requester_name", "request_type"])
    result = importing.run(register, importing.DISCLOSURES, path)
    assert len(result.errors) == 0, [e.text() for e in result.errors]
    assert records.get(register, DISCLOSURE, 1)["received_date"] == stored


@pytest.mark.parametrize(("given", "says"), [
    ("1990-12-31 junk", "is not a date"),
    ("1990-12-31T25:99", "is not a date"),
    ("2990-01-01", "outside the years 1900 to 2100"),
    ("0001-01-01", "outside the years 1900 to 2100"),
    ("1200-01-01 هـ", "Hijri years 1343 to 1500"),
    ("1447-07-31", "not a date of the Umm al-Qura calendar"),
    ("2099-01-01", "cannot be in the future"),
])
def test_misread_birth_dates_are_rejected_with_row_and_column(register: Register, tmp_path: Path,
                                                              given: str, says: str) -> None:
    rows = [_customer(1), _customer(2)]
    rows[1][3] = given
    result = importing.run(register, importing.CUSTOMERS, _csv(tmp_path / "c.csv", rows))
    assert [(e.row, e.column) for e in result.errors] == [(3, "date_of_birth")]
    assert says in result.errors[0].text("en")
    assert result.imported == 0 and register.count(CUSTOMER) == 0


def test_control_and_bidi_characters_are_cleaned_on_the_way_in(register: Register, tmp_path: Path) -> None:
    rows = [_customer(1, "Ahmed\u202eSalem\x00"), _customer(2)]
    rows[0][0] = "BO-\u202e1\u2066"
    result = importing.run(register, importing.CUSTOMERS, _csv(tmp_path / "c.csv", rows))
    assert len(result.errors) == 0
    row = _by_ref(register, "BO-1")
    assert row["full_name_en"] == "AhmedSalem"
    path = _csv(tmp_path / "d.csv", [["DSC-2026-\u202e0007", "2026-01-02", "court", "Court\x00", "court_order"]],
                header=["reference", "received_date", "requester_type", "requester_name", "request_type"])
    assert not importing.run(register, importing.DISCLOSURES, path).errors
    assert records.find_by_reference(register, DISCLOSURE, "DSC-2026-0007")["requester_name"] == "Court"
    stored = register.conn.execute("SELECT group_concat(full_name_en || client_ref) FROM customers").fetchone()[0]
    assert not set(stored) & {"\u202e", "\u2066", "\x00"}


# ------------------------------------------------------------------ item 11: never hang, never exhaust
def test_reference_allocation_reads_the_series_once(register: Register, tmp_path: Path) -> None:
    records.create(register, CUSTOMER, {"client_ref": "OLD", "full_name_en": "Old"})
    statements: list[str] = []
    register.conn.set_trace_callback(statements.append)
    path = _csv(tmp_path / "c.csv", [_customer(i) for i in range(1, 401)])
    result = importing.run(register, importing.CUSTOMERS, path)
    register.conn.set_trace_callback(None)
    assert result.imported == 400
    assert sum("ORDER BY length(reference)" in s for s in statements) == 1  # not once per row
    assert _by_ref(register, "BO-400")["reference"] == "CUS-00401"


def test_row_cap_refuses_the_file_and_writes_nothing(register: Register, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "MAX_ROWS", 5)
    path = _csv(tmp_path / "c.csv", [_customer(i) for i in range(1, 7)])
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, path, only_valid=True)
    assert "more than 5 rows; split it" in caught.value.text("en")
    assert register.count(CUSTOMER) == 0 and register.verify().ok


def _xlsx(path: Path, rows: list[list[object]], rewrite: Callable[[str], str] | None = None) -> Path:
    book = Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    book.save(path)
    if rewrite:
        buffer = io.BytesIO()
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for entry in source.infolist():
                data = source.read(entry)
                if entry.filename == "xl/worksheets/sheet1.xml":
                    data = rewrite(data.decode()).encode()
                target.writestr(entry.filename, data)
        path.write_bytes(buffer.getvalue())
    return path


def test_a_wrong_dimension_neither_cuts_rows_nor_pads_millions(register: Register, tmp_path: Path) -> None:
    small = _xlsx(tmp_path / "a.xlsx", [_customer(i) for i in range(1, 6)],
                  lambda xml: xml.replace('<dimension ref="A1:H6"', '<dimension ref="A1:H2"'))
    assert importing.run(register, importing.CUSTOMERS, small).imported == 5
    far = _xlsx(tmp_path / "b.xlsx", [_customer(9)], lambda xml: xml.replace('r="2"', 'r="3000000"').replace(
        '"A2"', '"A3000000"'))
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, far)
    assert "split it into files" in caught.value.text("en")
    # a dimension claiming 3 million rows over one real row: the real row, read at once
    claimed = _xlsx(tmp_path / "c.xlsx", [_customer(10)],
                    lambda xml: xml.replace('<dimension ref="A1:H2"', '<dimension ref="A1:K3000000"'))
    assert importing.run(register, importing.CUSTOMERS, claimed).imported == 1
    assert register.count(CUSTOMER) == 6


def _bomb(path: Path, unpacked_mb: int) -> Path:
    """A valid xlsx plus one part of `unpacked_mb` MB of zeros, deflated to about a thousandth."""
    _xlsx(path, [_customer(1)])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as part:
            block = bytes(1024 * 1024)
            for _ in range(unpacked_mb):
                part.write(block)
    return path


def test_zip_bomb_is_refused_by_its_declared_size(register: Register, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 4 * 1024 * 1024)
    path = _bomb(tmp_path / "bomb.xlsx", 8)
    assert path.stat().st_size < 100_000
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, path)
    assert "unpacks to more than 4 MB" in caught.value.text("en")
    assert "فك ضغطه" in caught.value.text("ar")


def test_an_entry_that_lies_about_its_size_is_refused(register: Register, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "lie.xlsx", [_customer(1)])
    data = bytearray(path.read_bytes())
    # shrink the declared size of the sheet in the central directory: unpacking finds more
    name = b"xl/worksheets/sheet1.xml"
    central = data.rindex(b"PK\x01\x02", 0, data.rindex(name))
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, path)
    assert "Cannot read" in caught.value.text("en")


@pytest.mark.slow
def test_a_real_one_megabyte_bomb_is_refused_at_default_bounds(register: Register, tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx", 1100)  # 1.1 GB unpacked
    assert path.stat().st_size < 2_000_000
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, path)
    assert "unpacks to more than 1024 MB" in caught.value.text("en")


def test_a_workbook_declaring_xml_entities_is_refused(register: Register, tmp_path: Path) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>')
    path = _xlsx(tmp_path / "laughs.xlsx", [_customer(1)], lambda xml: laughs + xml.split("?>", 1)[-1])
    with pytest.raises(InvalidInput) as caught:
        importing.run(register, importing.CUSTOMERS, path)
    assert "XML DTD" in caught.value.text("en")


def test_xlsx_cells_read_as_excel_means_them(register: Register, tmp_path: Path) -> None:
    import datetime as dt

    book = Workbook()
    sheet = book.active
    sheet.append(["received_date", "requester_type", "requester_name", "request_type", "accounts", "emergency",
                  "due_date", "reference"])
    sheet.append([dt.datetime(2026, 2, 1), "court", "=UPPER(\"x\")", "court_order", 3, True, None, None])
    sheet["C2"].value = "Court \u202e of Appeal"  # a plain string cell
    sheet.append([dt.date(2026, 2, 2), "محكمة", "المحكمة", "أمر محكمة", 2.0, False, "2026-03-01", "DSC-2026-0042"])
    sheet["A3"].number_format = "dd/mm/yyyy"
    sheet["C4"] = None
    path = tmp_path / "log.xlsx"
    book.save(path)
    result = importing.run(register, importing.DISCLOSURES, path)
    assert (result.imported, result.errors) == (2, [])
    first, second = (records.get(register, DISCLOSURE, i) for i in (1, 2))
    assert (first["received_date"], first["requester_name"], first["accounts"], first["emergency"]) == (
        "2026-02-01", "Court  of Appeal", 3, 1)
    assert (second["received_date"], second["requester_type"], second["accounts"], second["due_date"],
            second["reference"]) == ("2026-02-02", "court", 2, "2026-03-01", "DSC-2026-0042")
    assert first["reference"] == "DSC-2026-0043"  # after the file's own references


def test_more_rows_than_a_sheet_holds_is_refused_before_any_is_read(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "SHEET_ROWS", 10)  # Excel's 1 048 576, scaled down
    path = _xlsx(tmp_path / "long.xlsx", [_customer(i) for i in range(1, 12)])
    with pytest.raises(InvalidInput) as caught:
        tables.open_table(path)  # the archive check, before the sheet is parsed
    assert "split it into files" in caught.value.text("en")


def test_a_row_with_values_beyond_the_header_is_reported_not_cut(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "shifted.csv"
    path.write_text(",".join(HEADER) + "\n" + ",".join(_customer(1)) + "\n"
                    + ",".join(_customer(2, "Salem, Jr")) + "\n" + ",".join(_customer(3)) + ",,\n", encoding="utf-8")
    result = importing.run(register, importing.CUSTOMERS, path)
    assert [(e.row, e.column) for e in result.errors] == [(3, "*")]
    assert "columns of this row have shifted" in result.errors[0].text("en")
