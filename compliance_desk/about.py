"""What this build is made of: versions of the app and its engines, and the licences of what ships."""

from __future__ import annotations

import platform

from compliance_desk import __version__

# (component, licence, what it does here). Bundled fonts and libraries, as an IT department asks.
LICENCES: tuple[tuple[str, str, str], ...] = (
    ("Compliance Desk", "Proprietary", "this application"),
    ("SQLCipher (via sqlcipher3)", "BSD-3-Clause; sqlcipher3: zlib", "encrypted register files"),
    ("Qt 6 (via PySide6)", "LGPL-3.0", "the desktop interface"),
    ("Amiri font", "SIL Open Font License 1.1", "Arabic and Latin text in PDF reports"),
    ("ReportLab", "BSD-3-Clause", "PDF reports"),
    ("openpyxl", "MIT", "Excel workbooks"),
    ("python-bidi", "LGPL-3.0", "right-to-left order in PDF reports"),
    ("arabic-reshaper", "MIT", "joined Arabic letters in PDF reports"),
    ("uharfbuzz / HarfBuzz", "Apache-2.0 / MIT", "text shaping"),
    ("pypdfium2 / PDFium", "Apache-2.0 / BSD-3-Clause", "PDF previews and printing"),
    ("Pillow", "MIT-CMU", "image checks and previews"),
    ("phonenumbers", "Apache-2.0", "phone numbers in E.164"),
    ("pycountry", "LGPL-2.1", "country names in Arabic and English"),
    ("hijridate", "MIT", "Umm al-Qura dates"),
    ("filelock", "Unlicense", "one writer at a time"),
    ("platformdirs", "MIT", "where settings and logs live"),
)


def sqlcipher_version() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def qt_version() -> str:
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside_version

        return f"{QtCore.qVersion()} (PySide6 {pyside_version})"
    except ImportError:
        return "not installed"


def versions() -> list[tuple[str, str]]:
    return [("Compliance Desk", __version__), ("SQLCipher", sqlcipher_version()), ("Qt", qt_version()),
            ("Python", platform.python_version())]


def version_text() -> str:
    return "compliance-desk " + __version__ + "\n" + "\n".join(f"{name}: {value}" for name, value in versions()[1:])
