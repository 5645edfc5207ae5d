"""What the file system does to a register, told in one plain line with the contract's exit code:
a cut-short file, a read-only medium, a folder, a refused permission, a full disk, a bad page."""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import pytest

from compliance_desk.storage.register import Register
from tests.cli.test_cli import assert_plain_error, run
from tests.conftest import PASSPHRASE
from tests.fs import cli, with_mounts, without_privileges

ENV = {"COMPLIANCE_DESK_PASSPHRASE": PASSPHRASE, "COMPLIANCE_DESK_LANG": "en"}


def _cut(path: Path, keep: float) -> None:
    """Cut a file short at a page boundary, as an interrupted copy leaves it."""
    data = path.read_bytes()
    pages = int(len(data) // 4096 * keep)
    path.write_bytes(data[: pages * 4096])


def _damage_a_table_page(path: Path, table: str = "customers") -> int:
    with Register.open(path, PASSPHRASE, read_only=True) as register:
        page = register.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    data = bytearray(path.read_bytes())
    data[4096 * (page - 1) + 500] ^= 0xFF
    path.write_bytes(bytes(data))
    return int(page)


# ---------------------------------------------------------------- not a passphrase problem
def test_a_file_cut_short_at_a_page_boundary_is_damaged_not_a_wrong_passphrase(demo_path: Path) -> None:
    _cut(demo_path, 0.5)
    result = run("verify", str(demo_path))
    assert_plain_error(result, 1)
    assert "shorter than its header says" in result.stderr
    arabic = run("--lang", "ar", "verify", str(demo_path))
    assert arabic.returncode == 1 and "أقصر مما تذكره ترويسته" in arabic.stderr


def test_a_backup_that_did_not_finish_is_told_as_such(demo_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.cdesk"
    assert run("backup", str(demo_path), str(backup)).returncode == 0
    _cut(backup, 0.4)
    result = run("restore", str(backup), str(tmp_path / "restored.cdesk"))
    assert_plain_error(result, 1)
    assert "shorter than its header says" in result.stderr and "Wrong passphrase" not in result.stderr
    assert not (tmp_path / "restored.cdesk").exists()


@pytest.mark.slow
def test_an_archived_register_on_a_read_only_medium_verifies(demo_path: Path, tmp_path: Path) -> None:
    medium = tmp_path / "medium"
    medium.mkdir()
    script = (f"mount -t tmpfs tmpfs {medium}; cp {demo_path} {medium}/r.cdesk; mount -o remount,ro {medium}; "
              f"{cli('verify', f'{medium}/r.cdesk')}; echo \"verify=$?\"; "
              f"{cli('backup', f'{medium}/r.cdesk', f'{tmp_path}/copy.cdesk')} || echo \"backup=$?\"; "
              f"ls -a {medium}")
    done = with_mounts(script, env=ENV)
    assert "verify=0" in done.stdout and "Register OK" in done.stdout, done.stderr
    assert "Read-only medium" in done.stderr
    assert "backup=1" in done.stdout  # a command that writes says why it cannot
    assert "read-only medium" in done.stderr.splitlines()[-1]
    assert "Traceback" not in done.stderr and "Wrong passphrase" not in done.stderr
    assert done.stdout.split()[-3:] == [".", "..", "r.cdesk"]  # nothing was created on the medium


@pytest.mark.slow
def test_a_leftover_journal_is_set_aside_and_said(tmp_path: Path) -> None:
    from tests.storage.test_journal import crash_writer, make

    mine, other = tmp_path / "mine.cdesk", tmp_path / "other.cdesk"
    make(mine, "Mine", 2)
    make(other, "Other", 2)
    crash_writer(other, 5)
    shutil.copyfile(str(other) + "-wal", str(mine) + "-wal")
    result = run("verify", str(mine))
    assert result.returncode == 0, result.stderr
    assert "leftover journal" in result.stderr and "set aside as mine.cdesk-wal.orphan-" in result.stderr


# ---------------------------------------------------------------- one plain line, never "Unexpected error"
@pytest.mark.parametrize("command", ["verify", "backup", "report"])
def test_a_folder_given_as_the_register(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "folder.cdesk"
    folder.mkdir()
    args = {"verify": ["verify", str(folder)],
            "backup": ["backup", str(folder), str(tmp_path / "d.cdesk")],
            "report": ["report", "kyc", str(folder), "-o", str(tmp_path / "o.pdf")]}[command]
    result = run(*args)
    assert_plain_error(result, 3)
    assert "is a folder" in result.stderr and "Unexpected" not in result.stderr


def test_permission_denied_on_the_register(demo_path: Path) -> None:
    demo_path.chmod(0o000)
    result = without_privileges([sys.executable, "-m", "compliance_desk.cli", "verify", str(demo_path)], env=ENV)
    assert_plain_error(result, 1)
    assert "permission denied" in result.stderr


def test_a_read_only_register_file_is_refused_for_writing_and_opens_read_only(demo_path: Path,
                                                                              tmp_path: Path) -> None:
    demo_path.chmod(0o400)
    backup = without_privileges([sys.executable, "-m", "compliance_desk.cli", "backup", str(demo_path),
                                 str(tmp_path / "copy.cdesk")], env=ENV)
    assert_plain_error(backup, 1)
    assert "the file is read-only" in backup.stderr and "opened read-only" in backup.stderr
    verify = without_privileges([sys.executable, "-m", "compliance_desk.cli", "verify", str(demo_path)], env=ENV)
    assert verify.returncode == 0, verify.stderr


def test_a_report_into_a_folder_that_refuses_writing(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    result = without_privileges([sys.executable, "-m", "compliance_desk.cli", "report", "ropa", str(demo_path),
                                 "-o", str(folder / "r.pdf")], env=ENV)
    assert_plain_error(result, 1)
    assert f"{folder / 'r.pdf'}: permission denied" in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.slow
def test_a_workbook_onto_a_full_disk(demo_path: Path, tmp_path: Path) -> None:
    """Three tracebacks and "Unexpected error" before: one plain line now, and nothing left behind."""
    disk = tmp_path / "usb"
    disk.mkdir()
    done = with_mounts(f"mount -t tmpfs -o size=48k tmpfs {disk}; "
                       f"{cli('report', 'workbook', str(demo_path), '-o', f'{disk}/r.xlsx', '--reveal')} "
                       f"|| echo \"report=$?\"; ls -a {disk}", env=ENV)
    assert "report=1" in done.stdout, (done.stdout, done.stderr)
    assert done.stderr.strip() == f"Cannot use {disk}/r.xlsx: the disk is full (nothing half-written was kept)."
    assert done.stdout.split()[-2:] == [".", ".."]


FULL_DISK_WRITE = """
import sys
from pathlib import Path
from compliance_desk.storage import records
from compliance_desk.storage.errors import as_known
from compliance_desk.storage.register import Register
path = Path(sys.argv[1])
register = Register.open(path, sys.argv[2])
try:
    with (path.parent / "filler").open("wb", buffering=0) as handle:
        while True:
            handle.write(bytes(4096))
except OSError:
    pass
try:
    with register.atomic():
        for n in range(4000):
            records.create(register, "customer", {"client_ref": f"F-{n}", "full_name_en": "x" * 500})
except Exception as error:
    print("raised:", error)
    print("told:", as_known(error).text("en"))
(path.parent / "filler").unlink()
print("still open:", register.count(__import__("compliance_desk.domain.entities").domain.entities.CUSTOMER))
register.close()
"""


@pytest.mark.slow
def test_a_full_disk_in_a_transaction_is_told_as_a_full_disk(demo_path: Path, tmp_path: Path) -> None:
    """The disk-full cause was hidden by a second error ("cannot rollback - no transaction is active")."""
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "write.py"
    script.write_text(FULL_DISK_WRITE)
    size_kb = demo_path.stat().st_size // 1024 + 400
    done = with_mounts(f"mount -t tmpfs -o size={size_kb}k tmpfs {disk}; cp {demo_path} {disk}/r.cdesk; "
                       f"{sys.executable} {script} {disk}/r.cdesk '{PASSPHRASE}'; "
                       f"{cli('verify', f'{disk}/r.cdesk')}", env=ENV)
    assert "raised: database or disk is full" in done.stdout, (done.stdout, done.stderr)
    assert "told: Cannot use" in done.stdout and "the disk is full" in done.stdout
    assert "still open: 300" in done.stdout  # the transaction was rolled back whole
    assert "Register OK" in done.stdout, done.stderr


@pytest.mark.slow
def test_an_import_on_a_full_disk(demo_path: Path, tmp_path: Path) -> None:
    rows = tmp_path / "customers.csv"
    with rows.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["client_ref", "full_name_en", "notes"])
        writer.writerows([f"IMP-{n}", f"Imported {n}", "n" * 400] for n in range(3000))
    disk = tmp_path / "disk"
    disk.mkdir()
    done = with_mounts(f"mount -t tmpfs -o size={demo_path.stat().st_size // 1024 + 300}k tmpfs {disk}; "
                       f"cp {demo_path} {disk}/r.cdesk; "
                       f"{cli('import', 'customers', f'{disk}/r.cdesk', str(rows))} || echo \"import=$?\"; "
                       f"{cli('verify', f'{disk}/r.cdesk')}", env=ENV)
    assert "import=1" in done.stdout, (done.stdout, done.stderr)
    (line,) = done.stderr.strip().splitlines()
    assert "the disk is full" in line and "rollback" not in line
    assert "Register OK" in done.stdout


@pytest.mark.parametrize("command", ["backup", "report"])
def test_a_bad_page_during_backup_or_report_is_named(demo_path: Path, tmp_path: Path, command: str) -> None:
    page = _damage_a_table_page(demo_path)
    if command == "backup":
        result = run("backup", str(demo_path), str(tmp_path / "copy.cdesk"))
    else:
        result = run("report", "workbook", str(demo_path), "-o", str(tmp_path / "w.xlsx"))
    assert_plain_error(result, 1)
    assert f"is damaged: page(s) {page} fail" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.cdesk")] == []  # no half copy


HALF_WRITTEN = """
import os, signal, sys
import sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = 'correct horse battery staple'")
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("CREATE TABLE t (x)")
conn.execute("PRAGMA cache_size = 5")  # pages go to the file before the commit, the undo to the journal
conn.execute("BEGIN")
for n in range(3000):
    conn.execute("INSERT INTO t VALUES (?)", ("x" * 300,))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_copy_whose_writing_was_interrupted_is_told_as_such(tmp_path: Path) -> None:
    """A backup made the old way (in place) and killed: the file and a journal beside it."""
    import subprocess

    path = tmp_path / "half.cdesk"
    subprocess.run([sys.executable, "-c", HALF_WRITTEN, str(path)], capture_output=True, timeout=120)
    assert Path(str(path) + "-journal").exists() and path.stat().st_size > 4096
    result = run("verify", str(path))
    assert_plain_error(result, 1)
    assert "was being written when that was interrupted" in result.stderr
