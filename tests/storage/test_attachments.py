from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from compliance_desk.domain.errors import InvalidInput
from compliance_desk.storage import attachments, records
from compliance_desk.storage.register import Register
from tests.storage.pdf_samples import pdf


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register


@pytest.fixture
def disclosure(register: Register) -> int:
    return records.create(register, "disclosure", {
        "received_date": "2026-03-01", "requester_type": "court", "requester_name": "المحكمة العامة",
        "request_type": "court_order"})


def _png(width: int = 40, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image: a decompression bomb's calling card."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    body = struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    idat = zlib.compress(b"\x00" * 100)
    idat_chunk = b"IDAT" + idat
    body += struct.pack(">I", len(idat)) + idat_chunk + struct.pack(">I", zlib.crc32(idat_chunk))
    return b"\x89PNG\r\n\x1a\n" + body


@pytest.mark.sqlcipher_only  # reads the file's bytes
def test_stored_inside_the_register_with_type_size_and_hash(register: Register, register_path: Path,
                                                            disclosure: int) -> None:
    import hashlib

    data = pdf(objects={4: b"(" + b"court order scan " * 500 + b")"})
    attachment = attachments.add(register, "disclosure", disclosure, "C:\\scans\\order.PDF", data)
    [listed] = attachments.listing(register, "disclosure", disclosure)
    assert listed["name"] == "order.PDF"
    assert listed["media_type"] == "application/pdf"
    assert listed["size"] == len(data)
    assert listed["sha256"] == hashlib.sha256(data).hexdigest()
    assert attachments.content(register, attachment) == data
    register.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"court order scan" not in register_path.read_bytes()


@pytest.mark.parametrize(("maker", "media_type"), [
    (lambda: _png(), "image/png"),
    (lambda: _image("JPEG"), "image/jpeg"),
    (lambda: _image("TIFF"), "image/tiff"),
    (lambda: _image("WEBP"), "image/webp"),
])
def test_accepted_image_types(register: Register, disclosure: int, maker, media_type: str) -> None:
    attachment = attachments.add(register, "disclosure", disclosure, "scan", maker())
    assert register.row("attachments", attachment)["media_type"] == media_type


def _image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, kind)
    return buffer.getvalue()


def test_executable_renamed_pdf_is_refused(register: Register, disclosure: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        attachments.add(register, "disclosure", disclosure, "order.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    assert "not a PDF, JPEG, PNG, TIFF or WebP" in caught.value.text("en")
    assert attachments.listing(register, "disclosure", disclosure) == []


def test_oversized_file_is_refused(register: Register, disclosure: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        attachments.add(register, "disclosure", disclosure, "big.pdf", b"%PDF-" + b"0" * 2048, max_bytes=1024)
    assert "limit" in caught.value.text("en")
    assert "الحد الأقصى" in caught.value.text("ar")
    assert attachments.listing(register, "disclosure", disclosure) == []


def test_default_size_limit_is_20_mb(register: Register, disclosure: int) -> None:
    with pytest.raises(InvalidInput):
        attachments.add(register, "disclosure", disclosure, "big.pdf", b"%PDF-" + bytes(20 * 1024 * 1024))


def test_decompression_bomb_is_refused(register: Register, disclosure: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        attachments.add(register, "disclosure", disclosure, "bomb.png", _png_header_claiming(60000, 60000))
    assert "million pixels" in caught.value.text("en")


def test_export_is_explicit_and_audited(register: Register, disclosure: int, tmp_path: Path) -> None:
    attachment = attachments.add(register, "disclosure", disclosure, "scan.png", _png())
    target = attachments.export(register, attachment, tmp_path / "out.png")
    assert target.read_bytes() == attachments.content(register, attachment)
    action, changes = register.conn.execute(
        "SELECT action, changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "attachment_export" and "out.png" in changes
    assert register.verify().ok


def test_an_empty_file_is_refused_as_empty(register: Register, disclosure: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        attachments.add(register, "disclosure", disclosure, "scan.pdf", b"")
    assert caught.value.text("en") == "scan.pdf is empty (0 bytes); nothing was attached."
    assert "فارغ" in caught.value.text("ar")


def test_bidi_controls_in_a_name_are_cleaned_and_the_extension_tells_the_truth(register: Register,
                                                                                disclosure: int) -> None:
    shown_as = "invoice\u202efdp.exe"  # displays as "invoiceexe.pdf"
    attachment = attachments.add(register, "disclosure", disclosure, shown_as, pdf())
    row = register.row("attachments", attachment)
    assert (row["name"], row["media_type"]) == ("invoicefdp.exe.pdf", "application/pdf")
    scan = attachments.add(register, "disclosure", disclosure, "\u2067scan\x00.JPG\u2069", _image("JPEG"))
    assert register.row("attachments", scan)["name"] == "scan.JPG"


def test_pillow_bomb_warning_is_a_refusal_never_printed(register: Register, disclosure: int,
                                                        capfd: pytest.CaptureFixture[str]) -> None:
    import warnings

    with warnings.catch_warnings(record=True) as caught_warnings:
        warnings.simplefilter("always")
        with pytest.raises(InvalidInput) as caught:
            # 100 million pixels: past Pillow's warning line (89 M), short of its error line (179 M)
            attachments.add(register, "disclosure", disclosure, "bomb.png", _png_header_claiming(10_000, 10_000))
    assert "million pixels" in caught.value.text("en")
    assert caught_warnings == []
    assert "DecompressionBomb" not in capfd.readouterr().err
