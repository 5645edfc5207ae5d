"""Scans and documents kept inside the encrypted register, never on disk in plaintext.

The type is judged from the bytes, not the name; size and image dimensions are bounded so a
renamed executable or a decompression bomb is refused before it is stored. A PDF must open in
PDFium, and is looked through (storage.pdfs): JavaScript, launch actions and programs hidden in
it are refused; embedded files are accepted with a warning kept in the attachment's notes (an
e-invoice carries its XML that way). The stored name has no control or bidi characters, and its
extension is the content's: `invoice<RLO>fdp.exe` is kept as `invoicefdp.exe.pdf`.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from compliance_desk.domain.entities import ATTACHMENT
from compliance_desk.domain.errors import InvalidInput, Msg
from compliance_desk.domain.validation import clean_text
from compliance_desk.storage import pdfs
from compliance_desk.storage.errors import RecordMissing
from compliance_desk.storage.files import create_private
from compliance_desk.storage.register import Register

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a 10 000 × 8 000 scan is plenty; more is a bomb or a mistake
OWNERS = ("disclosure", "document", "activity", "breach", "request")
EXTENSIONS = {"application/pdf": ("pdf",), "image/jpeg": ("jpg", "jpeg", "jpe", "jfif"), "image/png": ("png",),
              "image/tiff": ("tif", "tiff"), "image/webp": ("webp",)}


@dataclass
class Inspection:
    media_type: str
    name: str  # as it will be stored
    warnings: list[Msg] = field(default_factory=list)


def sniff(data: bytes) -> str | None:
    """The media type by magic number, or None when it is not one we accept."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _check_image(name: str, data: bytes, limit_pixels: int) -> None:
    from PIL import Image

    def bomb(pixels: object) -> InvalidInput:
        return InvalidInput("attachment_bomb", name=name, pixels=pixels, limit=limit_pixels // 1_000_000)

    try:
        # Image.open reads the header only; the size is known before any pixel is decoded. Pillow
        # warns (on stderr) past 89 million pixels: that warning is a refusal here, never printed.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise bomb(f"> {(Image.MAX_IMAGE_PIXELS or 0) // 1_000_000}") from None
    except Exception:  # Pillow raises many kinds for a broken header
        raise InvalidInput("attachment_unreadable", name=name) from None
    if width * height > limit_pixels:
        raise bomb(round(width * height / 1e6))


def clean_name(name: str, media_type: str | None = None) -> str:
    """The base name without control or bidi characters, ending in the content's extension."""
    base = clean_text(Path(name.replace("\\", "/")).name).strip()[:200] or "attachment"
    if media_type in EXTENSIONS:
        extension = base.rsplit(".", 1)[-1].lower() if "." in base else ""
        if extension not in EXTENSIONS[media_type]:
            base = f"{base}.{EXTENSIONS[media_type][0]}"
    return base


def validate(name: str, data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> Inspection:
    """What an acceptable attachment is (type, stored name, warnings); raises a known error otherwise."""
    shown = clean_name(name)
    if not data:
        raise InvalidInput("attachment_empty", name=shown)
    if len(data) > max_bytes:
        raise InvalidInput("attachment_too_large", name=shown, size=round(len(data) / 1048576, 1),
                           limit=round(max_bytes / 1048576))
    media_type = sniff(data)
    if media_type is None:
        if pdfs.program_inside(data[:65536]):
            raise InvalidInput("attachment_pdf_program", name=shown, detail="Windows program")
        raise InvalidInput("attachment_type", name=shown)
    inspection = Inspection(media_type, clean_name(name, media_type))
    if media_type == "application/pdf":
        try:
            findings = pdfs.inspect(data)
        except pdfs.PdfRefused as refused:
            raise InvalidInput(refused.reason, name=shown, detail=refused.detail) from None
        if findings.embedded:
            inspection.warnings.append(Msg("attachment_pdf_embedded", name=inspection.name,
                                           files=", ".join(findings.embedded)))
    else:
        _check_image(shown, data, max_pixels)
    return inspection


def add(register: Register, owner: str, owner_id: int, name: str, data: bytes, *,
        max_bytes: int = MAX_BYTES, notes: str | None = None, lang: str = "en") -> int:
    """Store `data` attached to a disclosure, document, activity, breach or request; returns its id."""
    return add_checked(register, owner, owner_id, name, data, max_bytes=max_bytes, notes=notes, lang=lang)[0]


def add_checked(register: Register, owner: str, owner_id: int, name: str, data: bytes, *,
                max_bytes: int = MAX_BYTES, notes: str | None = None,
                lang: str = "en") -> tuple[int, list[Msg]]:
    """`add`, also returning the warnings (kept in the attachment's notes, in `lang`)."""
    if owner not in OWNERS:
        raise ValueError(f"attachments belong to one of {OWNERS}")
    inspection = validate(name, data, max_bytes=max_bytes)
    flags = "\n".join(warning.text(lang) for warning in inspection.warnings)
    notes = "\n".join(part for part in (clean_text(notes or "", multiline=True).strip(), flags) if part) or None
    with register.atomic():
        attachment = register.insert(ATTACHMENT, {
            f"{owner}_id": owner_id, "name": inspection.name, "media_type": inspection.media_type,
            "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "notes": notes, "content": data,
        })
    return attachment, inspection.warnings


def content(register: Register, attachment_id: int) -> bytes:
    """The bytes, for a preview in memory. Not audited: nothing leaves the register."""
    found = register.conn.execute("SELECT content, size FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if found is None:
        raise RecordMissing("attachment", attachment_id)
    return register.attachment_bytes(attachment_id, int(found[1]), found[0])  # sealed on a server


def listing(register: Register, owner: str, owner_id: int) -> list[dict[str, object]]:
    if owner not in OWNERS:
        raise ValueError(owner)
    cursor = register.conn.execute(
        f"SELECT id, name, media_type, size, sha256, created_at FROM attachments WHERE {owner}_id = ?"  # noqa: S608
        " ORDER BY id", (owner_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def export(register: Register, attachment_id: int, destination: Path | str) -> Path:
    """Write one attachment to disk in plaintext, on the officer's explicit request (audited)."""
    destination = Path(destination)
    data = content(register, attachment_id)
    create_private(destination)
    destination.write_bytes(data)
    with register.atomic():
        stored = register.conn.execute("SELECT sha256 FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
        register.log("attachment_export", {"attachment": attachment_id, "to": str(destination),
                                           "sha256": str(stored[0]) if stored else None})
    return destination
