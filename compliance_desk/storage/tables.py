"""The rows of an xlsx or csv file an officer imports: read as the file means them, within bounds.

CSV is read as Excel writes it: fields quoted with `"`, a quote inside a field doubled. Only the
delimiter (`,` `;` or tab) is detected, from the header line; quoting is never guessed (Python's
`csv.Sniffer` guesses it from a sample and shifts the columns of a later quoted row). The text
encoding comes from a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else
charset-normalizer picks between the Windows code pages officers' spreadsheets are saved in
(Arabic cp1256, Western cp1252), so "NUÑEZ" stays "NUÑEZ".

An xlsx is a zip archive: its entries' declared sizes and their actual unpacked sizes are checked
before its XML is parsed (a 1 MB zip bomb unpacks to gigabytes), the shared-strings part held in
memory is bounded, and rows are streamed (storage.xlsx), never all held at once. Every file is
bounded in size and rows, with a message that says which bound.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from compliance_desk.domain.errors import InvalidInput
from compliance_desk.domain.validation import clean_text

MAX_ROWS = 250_000  # rows with values, per file
SHEET_ROWS = 1_048_576  # a spreadsheet's own limit: a file claiming more rows is not a spreadsheet
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # all parts of an xlsx, unpacked
MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024  # openpyxl keeps this part in memory
MAX_ZIP_ENTRIES = 10_000
MAX_CELL_CHARS = 131_072  # the csv module's field limit; Excel's own is 32 767
DELIMITERS = (",", ";", "\t")
LEGACY_ENCODINGS = ["cp1256", "cp1252"]  # Excel's "CSV" on an Arabic or a Western Windows
_MIB = 1024 * 1024
EXTRA = "\x00extra"  # in a row's values: how many values it has beyond the header's columns


class Table:
    """A file's headers (lower-cased, trimmed) and its rows, read as a stream as often as needed."""

    def __init__(self, path: Path, read: Callable[[], Iterator[Sequence[Any]]]) -> None:
        self.path = path
        self._read = read  # every row, the header first, empty ones too
        self._open: Iterator[Sequence[Any]] | None = read()  # kept open after the header: parsed once
        header = next(self._open, None)
        if header is None:
            raise InvalidInput("import_missing_columns", path=str(path), columns="*")
        self.headers = [clean_text(str(h or "")).strip().lower() for h in header]

    def _body(self) -> Iterator[Sequence[Any]]:
        if self._open is not None:
            body, self._open = self._open, None
            return body
        body = self._read()
        next(body, None)
        return body

    def close(self) -> None:
        if self._open is not None:
            getattr(self._open, "close", lambda: None)()
            self._open = None

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(row number as in the file, the header row being 1; values by header) of every row with
        a value. Raises InvalidInput once the file has more than MAX_ROWS such rows."""
        count = 0
        for number, values in enumerate(self._body(), start=2):
            if number > SHEET_ROWS:
                raise InvalidInput("import_too_many_rows", path=str(self.path), limit=f"{MAX_ROWS:,}")
            if all(v is None or v == "" for v in values):
                continue
            count += 1
            if count > MAX_ROWS:
                raise InvalidInput("import_too_many_rows", path=str(self.path), limit=f"{MAX_ROWS:,}")
            row = {h: v for h, v in zip(self.headers, values, strict=False) if h}
            beyond = [v for v in values[len(self.headers):] if v is not None and v != ""]
            if beyond:  # values with no header: the columns of this row have shifted
                row[EXTRA] = len(beyond)
            yield number, row

    def column(self, name: str) -> Iterator[Any]:
        """The values of one column (a quick pass: no row is validated)."""
        if name not in self.headers:
            return
        index = self.headers.index(name)
        for values in self._body():
            if index < len(values):
                yield values[index]


def open_table(path: Path) -> Table:
    """The table of an xlsx/xlsm workbook's first sheet or of a csv file; raises InvalidInput."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InvalidInput("file_unreadable", path=str(path), detail=error.strerror or type(error).__name__) from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput("import_file_too_large", path=str(path), size=round(size / _MIB),
                           limit=MAX_FILE_BYTES // _MIB)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _workbook(path)
    return _csv(path)


# ------------------------------------------------------------------ csv
def _csv(path: Path) -> Table:
    raw = path.read_bytes()
    text = decode(raw, path)
    first_line = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first_line.count) if first_line else ","

    def read() -> Iterator[Sequence[Any]]:
        reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
        try:
            yield from reader
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise InvalidInput("import_cell_too_long", path=str(path), row=reader.line_num,
                                   limit=f"{MAX_CELL_CHARS:,}") from None
            raise InvalidInput("import_unreadable_row", path=str(path), row=reader.line_num,
                               detail=str(error)) from None

    return Table(path, read)


def decode(raw: bytes, path: Path) -> str:
    """The text of a csv file: by its byte-order mark, as UTF-8, or as the detected code page."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _decode(raw, encoding, path)
    # UTF-16 without its mark: the high byte of every Latin or digit character is NUL
    sample = raw[:4096]
    nul_high_odd, nul_high_even = sample[1::2].count(0), sample[0::2].count(0)
    if max(nul_high_odd, nul_high_even) > len(sample) // 6:
        return _decode(raw, "utf-16-le" if nul_high_odd > nul_high_even else "utf-16-be", path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise InvalidInput("import_encoding", path=str(path))
    return _decode(raw, best.encoding, path)


def _decode(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise InvalidInput("import_encoding", path=str(path)) from None


# ------------------------------------------------------------------ xlsx
def check_archive(path: Path) -> None:
    """Refuse an xlsx whose parts unpack beyond the bounds, by their declared and actual sizes.

    The declared sizes are summed first (cheap); then every part is unpacked as a stream and
    counted, and its checksum checked, so an entry that lies about its size is caught too. A part
    declaring an XML DTD is refused on the way (what defusedxml would refuse, for free).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise InvalidInput("import_unpacked_too_large", path=str(path), limit=MAX_UNPACKED_BYTES // _MIB)
            declared = sum(entry.file_size for entry in entries)
            strings = sum(e.file_size for e in entries if e.filename.lower().endswith("sharedstrings.xml"))
            if declared > MAX_UNPACKED_BYTES or strings > MAX_SHARED_STRINGS_BYTES:
                raise InvalidInput("import_unpacked_too_large", path=str(path), limit=MAX_UNPACKED_BYTES // _MIB)
            total = 0
            for entry in entries:
                sheet = entry.filename.startswith("xl/worksheets/")
                rows = 0
                with archive.open(entry) as member:
                    tail = b""
                    while chunk := member.read(_MIB):
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            raise InvalidInput("import_unpacked_too_large", path=str(path),
                                               limit=MAX_UNPACKED_BYTES // _MIB)
                        # A workbook's XML never declares a DTD; one that does may define entities
                        # that expand to gigabytes (a "billion laughs") when openpyxl parses it.
                        if b"<!DOCTYPE" in tail + chunk or b"<!ENTITY" in tail + chunk:
                            raise InvalidInput("import_unreadable", path=str(path), detail="XML DTD")
                        if sheet:  # more rows than a spreadsheet holds: refused before any is read
                            rows += (tail + chunk).count(b"<row") - tail.count(b"<row")
                            if rows > SHEET_ROWS:
                                raise InvalidInput("import_too_many_rows", path=str(path), limit=f"{MAX_ROWS:,}")
                        tail = chunk[-16:]
    except InvalidInput:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise InvalidInput("import_unreadable", path=str(path), detail=_detail(error)) from None


def _workbook(path: Path) -> Table:
    check_archive(path)
    from compliance_desk.storage import xlsx

    def sheet_rows() -> Iterator[Sequence[Any]]:
        try:
            with zipfile.ZipFile(path) as archive:
                # rows come as the file numbers them: a wrong <dimension> neither cuts rows off
                # nor pads with millions of empty ones; a row numbered past a sheet's limit stops it
                yield from xlsx.first_sheet_rows(archive, SHEET_ROWS)
        except InvalidInput:
            raise
        except ValueError as error:
            if str(error).startswith("row "):
                raise InvalidInput("import_too_many_rows", path=str(path), limit=f"{MAX_ROWS:,}") from None
            raise InvalidInput("import_unreadable", path=str(path), detail=_detail(error)) from None
        except Exception as error:  # lxml, zipfile and a foreign file's many kinds of error
            raise InvalidInput("import_unreadable", path=str(path), detail=_detail(error)) from None

    return Table(path, sheet_rows)


def _detail(error: BaseException) -> str:
    text = str(error).splitlines()[0][:120] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
