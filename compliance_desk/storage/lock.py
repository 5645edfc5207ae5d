"""One writer at a time: an OS file lock beside the register, and a note of who holds it."""

from __future__ import annotations

import getpass
import json
import os
import socket
from pathlib import Path

from compliance_desk.domain import clock
from compliance_desk.storage.errors import RegisterLocked


def _lock_path(register: Path) -> Path:
    return register.with_name(register.name + ".lock")


def _holder_path(register: Path) -> Path:
    return register.with_name(register.name + ".holder")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises assorted errors when no user name is configured
        return "unknown"


# names of system accounts, never a person's name on a record or a letter
SYSTEM_ACCOUNTS = frozenset({"root", "admin", "administrator", "unknown", "user", "system", "nobody", "guest"})


def full_name(login: str) -> str:
    """The OS account's full name (its GECOS field on POSIX), or "" where none is set."""
    try:
        import pwd

        return pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError):
        return ""


def person_name(actor: str | None) -> str | None:
    """Who acted, as a person's name for a record others read (who verified an identity, who decided):
    the officer's name from Settings (the register's actor when set); for a bare account name — the
    OS login, or a system account such as "root" — the account's full name; else None (the face
    shows "the data protection officer")."""
    name = " ".join((actor or "").split())
    login = current_user()
    if name and name.lower() not in SYSTEM_ACCOUNTS and name != login:
        return name
    found = full_name(name or login)
    return found if found and found.lower() not in SYSTEM_ACCOUNTS else None


class WriterLock:
    """Held while a process may write the register. The OS releases it if the process dies."""

    def __init__(self, register: Path, actor: str | None = None) -> None:
        self.register = register
        self.actor = actor or current_user()
        from filelock import FileLock  # (imported when a register opens: not at start-up)

        self._lock = FileLock(str(_lock_path(register)), timeout=0, mode=0o600)

    def acquire(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            holder, since = read_holder(self.register)
            raise RegisterLocked(str(self.register), holder, since) from None
        info = {
            "user": self.actor,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": clock.now().strftime("%Y-%m-%d %H:%M UTC"),
        }
        path = _holder_path(self.register)
        fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle, ensure_ascii=False)

    def release(self) -> None:
        if self._lock.is_locked:
            try:
                _holder_path(self.register).unlink(missing_ok=True)
            finally:
                self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)


def read_holder(register: Path) -> tuple[str, str]:
    """Who holds the register ("user on host (process N)") and since when, as well as known."""
    info = holder_info(register)
    if info is None:
        return "another process", "an unknown time"
    return f"{info['user']} on {info['host']} (process {info['pid']})", info["since"]


def holder_info(register: Path) -> dict[str, str] | None:
    """The note of who holds the register for writing (user, host, pid, since), None when unknown."""
    try:
        info = json.loads(_holder_path(register).read_text(encoding="utf-8"))
        return {key: str(info[key]) for key in ("user", "host", "pid", "since")}
    except (OSError, ValueError, KeyError, TypeError):
        return None
