"""What a PDF attachment really holds, found before it is stored.

PDFium (pypdfium2, the engine of the previews) must open it and find a page: a `%PDF-` header on
an HTML page or a truncated file is not a PDF. pypdf then reads every object of the file, those
packed in compressed object streams included, for actions that run something: JavaScript (`/JS`,
`/JavaScript`) and `/Launch`. Embedded files are listed with their names; one that is a program
(by its bytes or its name) is found like a program hidden anywhere in the file: a Windows PE or
an ELF header in the bytes, or data after the PDF's last `%%EOF` (a PDF/EXE polyglot).

The policy (storage.attachments): JavaScript, launch actions and programs are refused; other
embedded files are accepted with a warning kept on the attachment, because an e-invoice (PDF/A-3,
as ZATCA's e-invoicing uses) carries its XML that way.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

MAX_OBJECTS = 200_000  # a 20 MB scan has hundreds; a file with more is built to exhaust the check
PROGRAM_EXTENSIONS = frozenset({
    "exe", "dll", "scr", "com", "bat", "cmd", "msi", "pif", "cpl", "vbs", "vbe", "js", "jse", "wsf", "hta",
    "ps1", "jar", "lnk", "sh", "app", "elf", "bin", "run", "apk", "reg"})
_EOF_SLACK = 1024  # bytes after the last %%EOF a careless writer may leave


class PdfRefused(Exception):
    """The PDF cannot be accepted; `reason` is a message key (attachment_pdf_*), `detail` its detail."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


@dataclass
class PdfFindings:
    pages: int
    embedded: list[str] = field(default_factory=list)  # names of embedded files


def inspect(data: bytes) -> PdfFindings:
    """Open, count pages and look through every object; raises PdfRefused."""
    program = program_inside(data)
    if program:
        raise PdfRefused("attachment_pdf_program", program)
    pages = _pdfium_pages(data)
    end = data.rfind(b"%%EOF")
    if end < 0 or len(data[end + 5:].strip(b"\x00\t\n\f\r ")) > _EOF_SLACK:
        raise PdfRefused("attachment_pdf_trailing")
    embedded = _walk(data)
    return PdfFindings(pages, embedded)


def program_inside(data: bytes) -> str:
    """'Windows program' or 'Linux program' when such a header sits anywhere in `data`; else ''."""
    for found in re.finditer(b"MZ", data):
        start = found.start()
        header = data[start + 0x3C:start + 0x40]
        if len(header) == 4:
            offset = start + int.from_bytes(header, "little")
            if 0 < offset - start < 4096 and data[offset:offset + 4] == b"PE\x00\x00":
                return "Windows program"
    for found in re.finditer(b"\x7fELF[\x01\x02][\x01\x02]\x01", data):
        kind = data[found.start() + 16:found.start() + 18]
        if kind in (b"\x02\x00", b"\x03\x00", b"\x00\x02", b"\x00\x03"):
            return "Linux program"
    return ""


def _pdfium_pages(data: bytes) -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise PdfRefused("attachment_pdf_password") from None
        raise PdfRefused("attachment_pdf_damaged") from None
    try:
        pages = len(document)
        if pages < 1:
            raise PdfRefused("attachment_pdf_damaged")
        if raw.FPDFDoc_GetJavaScriptActionCount(document.raw) > 0:
            raise PdfRefused("attachment_pdf_javascript")
        return pages
    finally:
        document.close()


def _walk(data: bytes) -> list[str]:
    """Every object of the file, for actions that run something; returns the embedded files' names."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfRefused("attachment_pdf_password")
        numbers = [(num, gen) for gen, table in reader.xref.items() for num in table]
        numbers += [(num, 0) for num in reader.xref_objStm]
        if len(numbers) > MAX_OBJECTS:
            raise PdfRefused("attachment_pdf_complex")
        found: dict[str, Any] = {"embedded": False, "active": ""}
        for num, gen in numbers:
            if num == 0:
                continue
            try:
                target = IndirectObject(num, gen, reader).get_object()
            except Exception:  # a broken object PDFium tolerated: nothing to run in it
                continue
            _visit(target, found, 0)
            if found["active"]:
                raise PdfRefused(found["active"])
        names = [str(name) for name in reader.attachments] if found["embedded"] else []
        for name in names:
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            contents = reader.attachments[name]
            if extension in PROGRAM_EXTENSIONS or any(program_inside(bytes(c)) for c in contents):
                raise PdfRefused("attachment_pdf_program", name)
        if found["embedded"] and not names:
            names = ["?"]  # attached to an annotation rather than listed by name
        return names
    except PdfRefused:
        raise
    except Exception:  # pypdf raises many kinds for a damaged file PDFium still opened
        raise PdfRefused("attachment_pdf_damaged") from None


def _visit(node: Any, found: dict[str, Any], depth: int) -> None:
    """Look through one object's dictionaries and arrays (indirect references are visited on their own)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    if depth > 64 or isinstance(node, IndirectObject):
        return
    if isinstance(node, DictionaryObject):
        keys = set(node.keys())
        kind = node.get("/S")
        if "/JS" in keys or kind == NameObject("/JavaScript") or "/JavaScript" in keys:
            found["active"] = "attachment_pdf_javascript"
            return
        if kind == NameObject("/Launch"):
            found["active"] = "attachment_pdf_launch"
            return
        if node.get("/Type") == NameObject("/EmbeddedFile") or "/EF" in keys or "/EmbeddedFiles" in keys:
            found["embedded"] = True
        for value in node.values():
            _visit(value, found, depth + 1)
    elif isinstance(node, ArrayObject):
        for value in node:
            _visit(value, found, depth + 1)
