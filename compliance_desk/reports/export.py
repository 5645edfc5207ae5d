"""Report exports as audited user actions: the audit entry first, so the seal printed covers it."""

from __future__ import annotations

from pathlib import Path

from compliance_desk.reports.workbook import Progress, write_workbook
from compliance_desk.storage.register import Register


def export_workbook(register: Register, destination: Path | str, *, lang: str = "en", reveal: bool = False,
                    progress: Progress = None) -> tuple[Path, str]:
    """Write the workbook; returns its path and the register seal printed in it."""
    with register.atomic():
        register.log("export", {"kind": "workbook", "format": "xlsx", "lang": lang,
                                "to": str(destination), "identifiers_revealed": reveal})
    seal = register.seal()
    return write_workbook(register, destination, lang=lang, reveal=reveal, seal=seal, progress=progress), seal
