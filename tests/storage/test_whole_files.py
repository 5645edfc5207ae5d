"""Half-written files never keep their final name; what killed runs leave is cleaned up next time."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from compliance_desk.storage import register as register_module
from compliance_desk.storage.backups import restore
from compliance_desk.storage.files import remove_leftovers, temporary_name
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
DEAD_PID = 4_194_399  # above Linux's largest pid: never a live process


def _leftover(folder: Path, name: str, *, host: bool = True) -> Path:
    suffix = f"@{socket.gethostname()}" if host else ""
    path = folder / f".{name}-{DEAD_PID}{suffix}"
    path.write_bytes(b"what a killed run left")
    return path


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_backup_that_does_not_finish_never_has_its_name(demo_path: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    destination = tmp_path / "backups" / "b.cdesk"
    destination.parent.mkdir()

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the moment before the rename

    monkeypatch.setattr(register_module, "publish", crash)
    with Register.open(demo_path, PASSPHRASE) as register, pytest.raises(KeyboardInterrupt):
        register.backup(destination)
    assert list(destination.parent.iterdir()) == []


def test_the_next_run_removes_what_killed_runs_left(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = [_leftover(folder, "b.cdesk.backup"), _leftover(folder, "r.cdesk.restoring", host=False),
            _leftover(folder, "old.cdesk.creating")]
    (folder / f".x.xlsx.spill-{DEAD_PID}@{socket.gethostname()}").mkdir()
    alive = temporary_name(folder / "c.cdesk", "backup")  # this process's: still being written
    alive.write_bytes(b"in progress")
    other_host = folder / f".d.cdesk.backup-{DEAD_PID}@another-machine"
    other_host.write_bytes(b"not ours to judge")
    with Register.open(demo_path, PASSPHRASE) as register:
        register.backup(folder / "b.cdesk")
    assert not any(p.exists() for p in dead)
    assert _hidden(folder) == sorted([alive.name, other_host.name])
    assert stat.S_IMODE((folder / "b.cdesk").stat().st_mode) == 0o600


def test_restore_cleans_up_after_killed_restores(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.cdesk"
    with Register.open(demo_path, PASSPHRASE) as register:
        register.backup(copy)
    target_folder = tmp_path / "live"
    target_folder.mkdir()
    stale = _leftover(target_folder, "reg.cdesk.restoring", host=False)  # the name restores used so far
    restore(copy, target_folder / "reg.cdesk", PASSPHRASE)
    assert not stale.exists()
    assert [p.name for p in target_folder.iterdir() if p.name.startswith(".")] == []


def test_a_register_whose_creation_fails_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new.cdesk"
    with pytest.raises(RuntimeError), Register.building(path, PASSPHRASE, {"legal_name_en": "Co"}):
        raise RuntimeError("killed half way")
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []


@pytest.mark.slow
@pytest.mark.parametrize("command", ["demo", "init"])
def test_a_killed_init_or_demo_leaves_no_register_under_the_name(tmp_path: Path, command: str) -> None:
    """Killed half way, `demo` and `init` left a register under the final name that even passed
    verify; now the name appears only once the register is complete."""
    path = tmp_path / "new.cdesk"
    args = [sys.executable, "-m", "compliance_desk.cli", command, str(path)]
    args += ["--customers", "4000"] if command == "demo" else ["--org-name", "Acme"]
    env = {**os.environ, "COMPLIANCE_DESK_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (path.exists() or list(tmp_path.glob(".new.cdesk.creating-*"))):
        time.sleep(0.01)
    time.sleep(0.2 if command == "demo" else 0.0)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    if path.exists():  # it finished before the kill: then it is whole
        with Register.open(path, PASSPHRASE, read_only=True) as register:
            assert register.verify().ok
        pytest.skip("the run finished before it could be killed")
    assert list(tmp_path.glob(".new.cdesk.creating-*"))  # what the killed run left, under its own name
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob(".new.cdesk.creating-*"))  # the next run cleaned up
    with Register.open(path, PASSPHRASE, read_only=True) as register:
        assert register.verify().ok


def test_the_pre_migration_backup_is_whole_and_alone(tmp_path: Path) -> None:
    from compliance_desk.storage.migrations import MIGRATIONS

    path = tmp_path / "old.cdesk"
    Register.create(path, PASSPHRASE, {"legal_name_en": "Old Co"}, migrations=MIGRATIONS[:1]).close()
    Register.open(path, PASSPHRASE).close()
    (backup,) = tmp_path.glob("old.v1-*.backup.cdesk")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_leftovers_need_a_dead_process_on_this_machine(tmp_path: Path) -> None:
    mine = temporary_name(tmp_path / "a.cdesk", "writing")
    mine.write_bytes(b"")
    dead = _leftover(tmp_path, "a.cdesk.writing")
    sidecar = Path(str(_leftover(tmp_path, "b.cdesk.creating")) + "-wal")
    sidecar.write_bytes(b"")
    unrelated = tmp_path / ".a.cdesk.notes"
    unrelated.write_bytes(b"")
    removed = remove_leftovers(tmp_path)
    assert sorted(p.name for p in removed) == sorted([dead.name, sidecar.name, sidecar.name[:-4]])
    assert mine.exists() and unrelated.exists()
