"""File-system facts the register depends on: owner-only files, whole files only, network shares."""

from __future__ import annotations

import errno
import os
import re
import shutil
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "glusterfs",
    "ceph", "fuse.glusterfs", "davfs", "fuse.davfs2", "lustre",
}


def create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only; fail if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, 0o600)  # the umask may have cleared bits, never added any; be explicit


def make_private(path: Path) -> None:
    if sys.platform != "win32" and path.exists():
        os.chmod(path, 0o600)


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True when `path` lives on a network share, where WAL's shared memory cannot be trusted.

    `mounts_text` stands in for /proc/mounts (for tests).
    """
    path = path.resolve()
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = text[:3]
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    try:
        mounts = (mounts_text if mounts_text is not None else Path("/proc/mounts").read_text()).splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type in _NETWORK_FS


def sidecars(path: Path) -> list[Path]:
    """SQLite's companion files of a database."""
    return [Path(str(path) + suffix) for suffix in ("-wal", "-shm", "-journal")]


# ---------------------------------------------------------------- whole files only
# A file being written lives under a temporary name in its final folder — ".NAME.KIND-PID@HOST" —
# and gets its final name by a rename once it is complete and on disk, so a killed run never
# leaves a half-written file under the name the user asked for. The next run that writes into the
# folder removes the leftovers of runs whose process is gone.
KINDS = ("creating", "restoring", "rekeying", "backup", "writing", "spill")
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<kind>" + "|".join(KINDS) + r")-(?P<pid>\d+)"
                       r"(?:@(?P<host>.+?))?(?P<sidecar>-wal|-shm|-journal)?$")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname()) or "host"


def temporary_name(final: Path, kind: str) -> Path:
    """Where `final` is written before it is complete (hidden, same folder, this process's)."""
    assert kind in KINDS
    return final.with_name(f".{final.name}.{kind}-{os.getpid()}@{_host()}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what killed runs on this machine left in `folder` (their processes are gone)."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    host = _host()
    for name in names:
        match = _LEFTOVER.match(name)
        if match is None or (match["host"] not in (None, host)) or _alive(int(match["pid"])):
            continue
        path = folder / name
        with suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename itself stands
    finally:
        os.close(fd)


def publish(temporary: Path, final: Path, *, replace: bool = False) -> None:
    """Give a complete file its final name: synced first, never over an existing file unless
    `replace`, and the folder synced after."""
    fsync_file(temporary)
    if replace:
        os.replace(temporary, final)
    else:
        try:
            os.link(temporary, final)  # fails if `final` exists: no overwrite, even in a race
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some shares): check, then rename
            if final.exists():
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(final)) from None
            os.rename(temporary, final)
        else:
            temporary.unlink()
    fsync_folder(final.parent)


def remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *sidecars(path)):
        with suppress(OSError):
            candidate.unlink()


@contextmanager
def atomic_output(destination: Path, *, replace: bool = True) -> Iterator[Path]:
    """A private (0600) temporary file beside `destination`; it becomes `destination` when the
    block ends without error, and is removed when it does not."""
    destination = Path(destination)
    remove_leftovers(destination.parent)
    temporary = temporary_name(destination, "writing")
    temporary.unlink(missing_ok=True)
    create_private(temporary)
    try:
        yield temporary
        publish(temporary, destination, replace=replace)
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def private_folder(destination: Path) -> Iterator[Path]:
    """A folder only the owner can enter (0700), beside `destination`, removed with everything in
    it when the block ends — for the spill files a writer needs while it works."""
    destination = Path(destination)
    folder = temporary_name(destination, "spill")
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)
    if sys.platform != "win32":
        os.chmod(folder, 0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def folder_writable(folder: Path) -> bool:
    """False on a read-only medium or mount, or in a folder the user may not write to."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        with suppress(OSError):
            if statvfs(folder).f_flag & os.ST_RDONLY:
                return False
    return os.access(folder, os.W_OK)


def nearly_full(folder: Path) -> bool:
    """Less than a megabyte free where `folder` is: the likely cause of an I/O error."""
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False
