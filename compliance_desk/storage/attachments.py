"""Scans and documents kept inside the encrypted register, never on disk in plaintext.

The type is judged from the bytes, not the name; size and image dimensions are bounded so a
renamed executable or a decompression bomb is refused before it is stored.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

from compliance_desk.domain.entities import ATTACHMENT
from compliance_desk.domain.errors import InvalidInput
from compliance_desk.storage.errors import RecordMissing
from compliance_desk.storage.files import create_private
from compliance_desk.storage.register import Register

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a 10 000 × 8 000 scan is plenty; more is a bomb or a mistake
OWNERS = ("disclosure", "document", "activity")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


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

    try:
        # Image.open reads the header only; the size is known before any pixel is decoded.
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Image.DecompressionBombError:
        raise InvalidInput("attachment_bomb", name=name, pixels="> 178", limit=limit_pixels // 1_000_000) from None
    except Exception:  # Pillow raises many kinds for a broken header
        raise InvalidInput("attachment_unreadable", name=name) from None
    if width * height > limit_pixels:
        raise InvalidInput("attachment_bomb", name=name, pixels=round(width * height / 1e6),
                           limit=limit_pixels // 1_000_000)


def clean_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    return _CONTROL.sub("", base).strip()[:200] or "attachment"


def validate(name: str, data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> str:
    """The sniffed media type of an acceptable attachment; raises a known error otherwise."""
    if len(data) > max_bytes:
        raise InvalidInput("attachment_too_large", name=name, size=round(len(data) / 1048576, 1),
                           limit=round(max_bytes / 1048576))
    media_type = sniff(data)
    if media_type is None:
        raise InvalidInput("attachment_type", name=name)
    if media_type.startswith("image/"):
        _check_image(name, data, max_pixels)
    return media_type


def add(register: Register, owner: str, owner_id: int, name: str, data: bytes, *,
        max_bytes: int = MAX_BYTES, notes: str | None = None) -> int:
    """Store `data` attached to a disclosure, document or activity; returns the attachment id."""
    if owner not in OWNERS:
        raise ValueError(f"attachments belong to one of {OWNERS}")
    name = clean_name(name)
    media_type = validate(name, data, max_bytes=max_bytes)
    with register.atomic():
        return register.insert(ATTACHMENT, {
            f"{owner}_id": owner_id, "name": name, "media_type": media_type, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "notes": notes, "content": data,
        })


def content(register: Register, attachment_id: int) -> bytes:
    """The bytes, for a preview in memory. Not audited: nothing leaves the register."""
    found = register.conn.execute("SELECT content FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if found is None:
        raise RecordMissing("attachment", attachment_id)
    return bytes(found[0])


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
        register.log("attachment_export", {"attachment": attachment_id, "to": str(destination),
                                           "sha256": hashlib.sha256(data).hexdigest()})
    return destination
