"""No plaintext outside the chosen output: an export's temporary files are private, beside the
output, and gone when it ends; the log is private too."""

from __future__ import annotations

import os
import socket
import stat
import tempfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from reportlab.platypus import BaseDocTemplate

from compliance_desk.reports import export, workbook
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

DEAD_PID = 4_194_399


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temp folder, watched: nothing of an export may land there."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_workbook_sheets_spill_into_a_private_folder_beside_the_output(
        demo_path: Path, tmp_path: Path, system_temp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.worksheet import _writer

    out = tmp_path / "out" / "register.xlsx"
    out.parent.mkdir()
    spilled: list[tuple[Path, int, int]] = []
    create = _writer.create_temporary_file

    def watch(suffix: str = "") -> str:
        name = create(suffix)
        spilled.append((Path(name), _mode(Path(name)), _mode(Path(name).parent)))
        return name

    monkeypatch.setattr(_writer, "create_temporary_file", watch)
    with Register.open(demo_path, PASSPHRASE) as register:
        export.export_workbook(register, out, reveal=True)
    assert len(spilled) >= 6  # one per sheet
    for path, mode, folder_mode in spilled:
        assert path.parent.parent == out.parent and path.parent.name.startswith(".register.xlsx.spill-")
        assert (mode, folder_mode) == (0o600, 0o700)
        assert not path.exists()
    assert list(system_temp.iterdir()) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["register.xlsx"]
    assert _mode(out) == 0o600


def test_a_failed_workbook_export_leaves_nothing_anywhere(demo_path: Path, tmp_path: Path, system_temp: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out" / "register.xlsx"
    out.parent.mkdir()
    real = workbook.display
    rows = []

    def failing(*args: object, **kwargs: object) -> object:
        rows.append(1)
        if len(rows) > 2000:  # in the middle of the customers sheet
            raise RuntimeError("the export fails half way")
        return real(*args, **kwargs)

    monkeypatch.setattr(workbook, "display", failing)
    with Register.open(demo_path, PASSPHRASE) as register, pytest.raises(RuntimeError):
        export.export_workbook(register, out, reveal=True)
    assert list(out.parent.iterdir()) == []
    assert list(system_temp.iterdir()) == []


def test_the_outputs_temporary_file_is_private_while_it_is_written(demo_path: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, int] = {}
    save, build = Workbook.save, BaseDocTemplate.build

    def saving(self: Workbook, filename: str) -> None:
        save(self, filename)
        seen["xlsx"] = _mode(Path(filename))  # before it is renamed to its final name

    def building(self: BaseDocTemplate, *args: object, **kwargs: object) -> None:
        build(self, *args, **kwargs)
        seen["pdf"] = _mode(Path(self.filename))

    monkeypatch.setattr(Workbook, "save", saving)
    monkeypatch.setattr(BaseDocTemplate, "build", building)
    old_umask = os.umask(0o022)
    try:
        with Register.open(demo_path, PASSPHRASE) as register:
            export.export_workbook(register, tmp_path / "r.xlsx")
            export.export_pdf(register, "ropa", tmp_path / "r.pdf")
    finally:
        os.umask(old_umask)
    assert seen == {"xlsx": 0o600, "pdf": 0o600}


def test_an_export_removes_what_killed_exports_left(demo_path: Path, tmp_path: Path) -> None:
    host = socket.gethostname()
    spill = tmp_path / f".r.xlsx.spill-{DEAD_PID}@{host}"
    spill.mkdir(mode=0o700)
    (spill / "sheet.abc.xml").write_text("<row>Sara Ali +966500000000</row>")
    partial = tmp_path / f".r.pdf.writing-{DEAD_PID}@{host}"
    partial.write_bytes(b"%PDF-1.4 half")
    with Register.open(demo_path, PASSPHRASE) as register:
        export.export_pdf(register, "kyc", tmp_path / "k.pdf")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_log_folder_and_file_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from compliance_desk import diagnostics

    folder = tmp_path / "state" / "compliance-desk" / "log"
    monkeypatch.setenv("COMPLIANCE_DESK_LOG_DIR", str(folder))
    old_umask = os.umask(0o022)
    root = logging.getLogger("compliance_desk")
    handlers = list(root.handlers)
    try:
        root.handlers = []
        diagnostics.configure_logging()
        logging.getLogger("compliance_desk.test").info("Sara Ali opened the register")
        path = diagnostics.record_exception(ValueError("a value of the register"))
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = handlers
        os.umask(old_umask)
    assert path.parent == folder
    assert (_mode(folder), _mode(path)) == (0o700, 0o600)
