"""Small PDFs written byte by byte, so each test knows exactly what the file holds.

`pdf()` writes a catalog, a page tree and one page, plus extra objects and catalog entries; with
`packed`, the objects named go into a compressed object stream and the cross-reference is a
stream (PDF 1.5), where a scan of the raw bytes cannot see them.
"""

from __future__ import annotations

import zlib

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def pdf(catalog_extra: bytes = b"", objects: dict[int, bytes] | None = None, packed: tuple[int, ...] = ()) -> bytes:
    bodies = {1: b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
              2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: PAGE, **(objects or {})}
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    where: dict[int, tuple[int, int, int]] = {}  # number -> (type, field 2, field 3) of its xref entry
    for number in sorted(bodies):
        if number in packed:
            continue
        where[number] = (1, len(out), 0)
        out += b"%d 0 obj\n" % number + bodies[number] + b"\nendobj\n"
    if not packed:
        size = max(bodies) + 1
        start = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            entry = where.get(number)
            out += (b"%010d 00000 n \n" % entry[1]) if entry else b"0000000000 65535 f \n"
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start)
        return bytes(out)
    stream_number = max(bodies) + 1
    header, content = [], bytearray()
    for index, number in enumerate(packed):
        header.append(b"%d %d" % (number, len(content)))
        content += bodies[number] + b"\n"
        where[number] = (2, stream_number, index)
    first = b" ".join(header) + b"\n"
    packed_bytes = zlib.compress(first + bytes(content))
    where[stream_number] = (1, len(out), 0)
    out += (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
            % (stream_number, len(packed), len(first), len(packed_bytes)) + packed_bytes + b"\nendstream\nendobj\n")
    xref_number = stream_number + 1
    where[xref_number] = (1, len(out), 0)
    rows = b"".join(bytes([kind]) + second.to_bytes(4, "big") + third.to_bytes(2, "big")
                    for kind, second, third in (where.get(n, (0, 0, 65535)) for n in range(xref_number + 1)))
    start = len(out)
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
            % (xref_number, xref_number + 1, len(rows)) + rows + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def embedded(name: bytes, content: bytes) -> bytes:
    """A PDF carrying one file, deflated, in its EmbeddedFiles name tree."""
    packed = zlib.compress(content)
    return pdf(b"/Names << /EmbeddedFiles << /Names [(" + name + b") 4 0 R] >> >> ", {
        4: b"<< /Type /Filespec /F (" + name + b") /UF (" + name + b") /EF << /F 5 0 R >> >>",
        5: b"<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed) + packed
        + b"\nendstream",
    })


def windows_program() -> bytes:
    """The first bytes of a Windows PE program: MZ, e_lfanew at 0x3C pointing to 'PE\\0\\0'."""
    head = bytearray(b"MZ" + bytes(0x3A) + (0x80).to_bytes(4, "little") + bytes(0x40))
    return bytes(head) + b"PE\x00\x00" + bytes(64)
