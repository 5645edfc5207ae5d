"""Reading list files safely: a size bound, a known encoding, a line and reason when refused."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

from compliance_desk.domain.errors import InvalidInput, Msg

MAX_BYTES = 100 * 1024 * 1024       # the UN list is 2 MB, the Saudi list a few hundred kB
MAX_UNPACKED = 400 * 1024 * 1024    # an xlsx is a zip: what it unpacks to is bounded too
MAX_RATIO = 200                     # and so is how much one member expands (zip bombs)


class ListRefused(InvalidInput):
    """A list file that is not read, with the reason (and line when there is one)."""

    def __init__(self, path: Path | str, reason: Msg) -> None:
        self.reason = reason
        super().__init__("list_refused", path=str(path), reason=reason)


def check_size(path: Path, limit: int | None = None) -> int:
    limit = MAX_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InvalidInput("file_unreadable", path=str(path), detail=error.strerror or str(error)) from None
    if path.is_dir():
        raise InvalidInput("file_unreadable", path=str(path), detail="a folder")
    if size > limit:
        raise ListRefused(path, Msg("list_too_large", size=_megabytes(size), limit=_megabytes(limit)))
    if size == 0:
        raise ListRefused(path, Msg("list_empty"))
    return size


def check_zip(path: Path) -> None:
    """An xlsx must be a zip whose members unpack to a bounded size."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise ListRefused(path, Msg("list_not_xlsx")) from None
    total = sum(m.file_size for m in members)
    worst = max((m.file_size / max(1, m.compress_size) for m in members), default=0)
    if total > MAX_UNPACKED or worst > MAX_RATIO:
        raise ListRefused(path, Msg("list_zip_bomb", size=_megabytes(total)))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def sniff_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), else Windows-1256 (Arabic) when the bytes read as Arabic text.

    Anything else is refused with the line of the first byte that is not UTF-8. Read in blocks:
    memory stays flat whatever the file's size.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, bad_line, sample, utf8_seen = 1, 0, b"", False
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            sample = sample or block
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                bad_line = line + block[: max(0, error.start)].count(b"\n")
                utf8_seen = utf8_seen or any(b >= 0x80 for b in block[: max(0, error.start)])
                break
            utf8_seen = utf8_seen or any(b >= 0x80 for b in block)
            line += block.count(b"\n")
        else:
            try:
                decoder.decode(b"", final=True)
                return "utf-8-sig"
            except UnicodeDecodeError:
                bad_line = line
    if not utf8_seen:   # no UTF-8 letter before the first bad byte: is it Windows-1256 Arabic?
        text = sample.decode("cp1256", errors="replace")
        arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
        odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or ch == "\ufffd")
        if arabic and not odd:
            return "cp1256"
    raise ListRefused(path, Msg("list_encoding", line=bad_line))
