"""The write-ahead log beside a register: its own is applied, anyone else's is set aside, never applied."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import audit, records
from compliance_desk.storage.errors import ForeignJournal, WrongPassphrase
from compliance_desk.storage.register import Register
from compliance_desk.storage.wal import WriteAheadLog, wal_path
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

CRASHING_WRITER = """
import os, signal, sys
from compliance_desk.storage import audit, records
from compliance_desk.storage.register import Register
register = Register.open(sys.argv[1], sys.argv[2])
for n in range(int(sys.argv[3])):
    records.create(register, "customer", {"client_ref": f"K-{n}", "full_name_en": f"Crashed {n}"})
os.kill(os.getpid(), signal.SIGKILL)  # committed, not checkpointed: the log holds them
"""

LOCK_HOLDER = """
import sys
from pathlib import Path
from compliance_desk.storage.lock import WriterLock
lock = WriterLock(Path(sys.argv[1]), "Huda (first officer)")
lock.acquire()
print("holding", flush=True)
sys.stdin.readline()
"""


def crash_writer(path: Path, transactions: int = 30) -> None:
    """A writer killed after `transactions` commits, as a power cut or the task manager leaves it."""
    done = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(path), PASSPHRASE, str(transactions)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    assert WriteAheadLog.read(path) is not None, "the crash left no log"


def customers(path: Path, passphrase: str = PASSPHRASE) -> int:
    with Register.open(path, passphrase, read_only=True) as register:
        return register.count(CUSTOMER)


def make(path: Path, name: str, count: int = 3) -> None:
    with Register.create(path, PASSPHRASE, {"legal_name_en": name}) as register:
        for n in range(count):
            records.create(register, "customer", {"client_ref": f"{name}-{n}", "full_name_en": f"{name} {n}"})


def test_the_registers_own_log_is_applied_after_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "reg.cdesk"
    make(path, "Own")
    crash_writer(path, 25)
    with Register.open(path, PASSPHRASE) as register:
        assert register.notices == []
        assert register.count(CUSTOMER) == 3 + 25  # every committed transaction is there
        assert register.verify().ok
    assert not list(tmp_path.glob("*.orphan-*"))


@pytest.mark.slow
def test_a_crashed_log_beside_a_backup_copied_by_hand_is_set_aside_not_applied(tmp_path: Path) -> None:
    """The issue's case: a crash leaves reg.cdesk-wal; the officer copies a good backup over
    reg.cdesk. The old log must not be applied to the backup (it destroyed it: every page failed its
    HMAC, even after the log was removed)."""
    path, good = tmp_path / "reg.cdesk", tmp_path / "good.cdesk"
    make(path, "Officer")
    with Register.open(path, PASSPHRASE) as register:
        register.backup(good)
    crash_writer(path, 30)
    stale = wal_path(path).read_bytes()
    shutil.copyfile(good, path)  # by hand, over the crashed register; its log stays beside it
    with Register.open(path, PASSPHRASE) as register:  # for writing: the app, or `backup`
        assert [n.key for n in register.notices] == ["notice_journal_set_aside"]
        assert "set aside" in register.notices[0].text("en")
        assert register.count(CUSTOMER) == 3  # the backup's rows, none of the log's
        assert register.verify().ok
        actions = [a for (a,) in register.conn.execute("SELECT action FROM audit ORDER BY seq")]
        assert actions[-1] == "journal_set_aside"
    orphans = list(tmp_path.glob("reg.cdesk-wal.orphan-*"))
    assert len(orphans) == 1 and orphans[0].read_bytes() == stale  # kept, unchanged
    with Register.open(path, PASSPHRASE, read_only=True) as again:
        assert again.verify().ok and again.notices == []


def test_another_registers_log_is_set_aside_by_a_read_only_open_too(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine.cdesk", tmp_path / "other.cdesk"
    make(mine, "Mine", 2)
    make(other, "Other", 5)
    crash_writer(other, 10)
    shutil.copyfile(wal_path(other), wal_path(mine))
    with Register.open(mine, PASSPHRASE, read_only=True) as register:  # `verify`
        assert [n.key for n in register.notices] == ["notice_journal_set_aside"]
        assert register.verify().ok
        assert register.count(CUSTOMER) == 2
    assert WriteAheadLog.read(mine) is None and len(list(tmp_path.glob("mine.cdesk-wal.orphan-*"))) == 1
    assert customers(other) == 15  # and the other register still has its own log


def test_a_wrong_passphrase_touches_neither_the_file_nor_a_foreign_log(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine.cdesk", tmp_path / "other.cdesk"
    make(mine, "Mine", 2)
    make(other, "Other", 1)
    crash_writer(other, 5)
    shutil.copyfile(wal_path(other), wal_path(mine))
    before, log = mine.read_bytes(), wal_path(mine).read_bytes()
    with pytest.raises(WrongPassphrase):
        Register.open(mine, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Register.open(mine, "not the passphrase", read_only=True)
    assert mine.read_bytes() == before and wal_path(mine).read_bytes() == log


@pytest.mark.slow
def test_a_foreign_log_is_not_set_aside_under_another_processs_feet(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine.cdesk", tmp_path / "other.cdesk"
    make(mine, "Mine", 2)
    make(other, "Other", 1)
    crash_writer(other, 5)
    shutil.copyfile(wal_path(other), wal_path(mine))
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(mine)], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(ForeignJournal) as caught:
            Register.open(mine, PASSPHRASE, read_only=True)
        assert "Huda (first officer)" in caught.value.text("en")
        assert wal_path(mine).exists()
    finally:
        holder.communicate("\n", timeout=30)
    with Register.open(mine, PASSPHRASE, read_only=True) as register:  # now it can
        assert register.verify().ok


# ---------------------------------------------------------------- an interrupted passphrase change
KILLED_AFTER_REKEY = """
import os, signal, sys
from compliance_desk.storage.register import Register
register = Register.open(sys.argv[1], sys.argv[2])
register.rekey(sys.argv[3])
os.kill(os.getpid(), signal.SIGKILL)
"""

FULL_DISK_REKEY = """
import sys
from pathlib import Path
from compliance_desk.storage.register import Register
path = Path(sys.argv[1])
register = Register.open(path, sys.argv[2])
filler = path.with_name("filler")
try:
    with filler.open("wb", buffering=0) as handle:  # fill the disk to the last byte
        while True:
            handle.write(bytes(4096))
except OSError:
    pass
with filler.open("r+b") as handle:  # then free room for a small transaction, not a rewrite of every page
    handle.truncate(filler.stat().st_size - 6 * 4096)
try:
    register.rekey(sys.argv[3])
except Exception as error:
    print("failed:", type(error).__name__, error)
register.close()
filler.unlink()
"""


@pytest.mark.slow
def test_a_rekey_killed_right_after_it_returns_opens_and_verifies_with_the_new_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "reg.cdesk"
    make(path, "Rekeyed", 4)
    done = subprocess.run([sys.executable, "-c", KILLED_AFTER_REKEY, str(path), PASSPHRASE, "the new passphrase"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    with pytest.raises(WrongPassphrase):
        Register.open(path, PASSPHRASE, read_only=True)
    with Register.open(path, "the new passphrase", read_only=True) as register:
        verdict = register.verify()
        assert verdict.ok, verdict.problems  # read through the log, not only the file
        assert [a for (a,) in register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1")] == ["rekey"]


@pytest.mark.slow
def test_a_rekey_that_fails_on_a_full_disk_leaves_the_old_passphrase_and_no_audit_entry(tmp_path: Path) -> None:
    from tests.fs import with_mounts

    path = tmp_path / "reg.cdesk"
    make(path, "Rekeyed", 40)
    disk = tmp_path / "disk"
    disk.mkdir()
    size_kb = path.stat().st_size // 1024 + 200
    script = tmp_path / "rekey.py"
    script.write_text(FULL_DISK_REKEY)
    done = with_mounts(f"mount -t tmpfs -o size={size_kb}k tmpfs {disk}; cp {path} {disk}/reg.cdesk; "
                       f"{sys.executable} {script} {disk}/reg.cdesk '{PASSPHRASE}' 'the new passphrase'; "
                       f"cp {disk}/reg.cdesk* {tmp_path}/; ls -la {disk}")
    for name in ("reg.cdesk", "reg.cdesk-wal"):
        if (tmp_path / name).exists():
            (tmp_path / name).rename(tmp_path / name.replace("reg", "after"))
    assert done.returncode == 0, done.stderr
    after = tmp_path / "after.cdesk"
    with pytest.raises(WrongPassphrase):
        Register.open(after, "the new passphrase", read_only=True)
    with Register.open(after, PASSPHRASE, read_only=True) as register:
        assert register.verify().ok
        actions = [a for (a,) in register.conn.execute("SELECT action FROM audit")]
        assert "rekey" not in actions  # the audit never records a change that did not happen
    assert "failed:" in done.stdout and "full" in done.stdout, done.stdout  # and it said so


def _rekey_interrupted(path: Path, snapshot: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What an in-place passphrase change (PRAGMA rekey, as versions before this one did) leaves
    when the process dies right after its commit: the re-encrypted pages in the log, the file still
    under the old key."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("BEGIN IMMEDIATE")
    audit.append(conn, actor="older version", action="rekey", changes={})
    conn.execute("COMMIT")
    conn.execute("PRAGMA rekey = 'the new passphrase'")
    shutil.copyfile(path, snapshot)
    shutil.copyfile(wal_path(path), wal_path(snapshot))
    conn.close()


def test_an_in_place_passphrase_change_interrupted_after_its_commit_opens_with_the_new_one_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, snapshot = tmp_path / "reg.cdesk", tmp_path / "crashed.cdesk"
    make(path, "Rekeyed", 4)
    _rekey_interrupted(path, snapshot, monkeypatch)
    with pytest.raises(WrongPassphrase) as caught:
        Register.open(snapshot, PASSPHRASE, read_only=True)
    assert "use the new passphrase" in caught.value.text("en").lower()
    with Register.open(snapshot, "the new passphrase", read_only=True) as register:  # reads through the log
        verdict = register.verify()
        assert verdict.ok, verdict.problems
        actions = [a for (a,) in register.conn.execute("SELECT action FROM audit ORDER BY seq")]
        assert actions[-1] == "rekey"
        assert register.count(CUSTOMER) == 4
    with Register.open(snapshot, "the new passphrase") as register:  # a writer folds the log in
        assert register.verify().ok
    assert WriteAheadLog.read(snapshot) is None


def test_an_in_place_passphrase_change_interrupted_before_its_commit_leaves_the_old_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, snapshot = tmp_path / "reg.cdesk", tmp_path / "crashed.cdesk"
    make(path, "Rekeyed", 4)
    _rekey_interrupted(path, snapshot, monkeypatch)
    log = wal_path(snapshot)
    frames = WriteAheadLog.read(snapshot)
    assert frames is not None and frames.frames[-1].commit
    with log.open("r+b") as handle:  # the commit frame never reached the disk
        handle.truncate(frames.frames[-1].offset - 24)
    with pytest.raises(WrongPassphrase):
        Register.open(snapshot, "the new passphrase", read_only=True)
    with Register.open(snapshot, PASSPHRASE) as register:  # SQLite ignores the uncommitted frames
        assert register.verify().ok
        assert register.count(CUSTOMER) == 4
