"""File-system facts the register depends on: owner-only files and network shares."""

from __future__ import annotations

import os
import sys
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
