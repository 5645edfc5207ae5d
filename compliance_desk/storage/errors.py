"""What can go wrong with a register file, each a known error with a plain message."""

from __future__ import annotations

import errno
from pathlib import Path

from compliance_desk.domain.errors import KnownError, Msg
from compliance_desk.storage.files import nearly_full


class WrongPassphrase(KnownError):
    exit_code = 3

    def __init__(self, path: str, *, changed: bool = False) -> None:
        # changed: the file's journal holds a completed passphrase change, so the old one no longer opens it
        super().__init__("wrong_passphrase_changed" if changed else "wrong_passphrase", path=path)


class NotARegister(KnownError):
    """Not a register at all (exit 3 with a wrong passphrase): a plain database, a folder, too small."""

    exit_code = 3

    def __init__(self, path: str, reason: Msg) -> None:
        super().__init__("not_a_register", path=path, reason=reason)


class DamagedRegister(KnownError):
    exit_code = 1

    def __init__(self, path: str, detail: Msg, pages: list[int] | None = None) -> None:
        self.pages = pages or []
        super().__init__("damaged_register", path=path, detail=detail)


class RegisterMissing(KnownError):
    exit_code = 2

    def __init__(self, path: str) -> None:
        super().__init__("register_missing", path=path)


class RegisterExists(KnownError):
    exit_code = 2

    def __init__(self, path: str, *, force_hint: bool = False) -> None:
        super().__init__("register_exists_force" if force_hint else "register_exists", path=path)


class RegisterTooNew(KnownError):
    exit_code = 1

    def __init__(self, path: str, found: int, known: int) -> None:
        super().__init__("register_too_new", path=path, found=found, known=known)


class RegisterLocked(KnownError):
    """Another process holds the register for writing."""

    exit_code = 1

    def __init__(self, path: str, holder: str, since: str) -> None:
        self.holder = holder
        self.since = since
        super().__init__("register_locked", holder=holder, since=since, path=path)


class ReadOnlyRegister(KnownError):
    exit_code = 1

    def __init__(self) -> None:
        super().__init__("register_read_only")


class SnapshotReadOnly(KnownError):
    """A snapshot of a server register opens read-only: it must not grow a history of its own."""

    exit_code = 1

    def __init__(self, path: str, source: str) -> None:
        super().__init__("snapshot_read_only", path=path, source=source)


class StaleRecord(KnownError):
    """The record was saved by someone else since it was read for editing."""

    exit_code = 1

    def __init__(self, reference: str, actor: str, at: str, version: int) -> None:
        self.reference, self.actor, self.at, self.version = reference, actor, at, version
        super().__init__("record_changed_since", reference=reference, actor=actor, at=at)


class MigrationFailed(KnownError):
    exit_code = 1

    def __init__(self, version: int, detail: str, backup: str) -> None:
        super().__init__("migration_failed", version=version, detail=detail, backup=backup)


class RecordMissing(KnownError):
    exit_code = 2

    def __init__(self, entity: str, record_id: object) -> None:
        super().__init__("record_missing", entity=entity, id=record_id)


class RecordReferenced(KnownError):
    exit_code = 1

    def __init__(self, reference: str, count: int) -> None:
        super().__init__("record_referenced", reference=reference, count=count)


class BackupInvalid(KnownError):
    exit_code = 1

    def __init__(self, path: str, detail: str) -> None:
        super().__init__("backup_invalid", path=path, detail=detail)


class RegisterNotWritable(KnownError):
    """The register can be read but not written here (read-only medium, folder or file)."""

    exit_code = 1

    def __init__(self, path: str, reason: Msg) -> None:
        super().__init__("register_not_writable", path=path, reason=reason)


class ForeignJournal(KnownError):
    """A leftover journal that does not belong to the register, which cannot be set aside now."""

    exit_code = 1

    def __init__(self, path: str, journal: str, holder: str) -> None:
        super().__init__("journal_foreign_in_use", path=path, journal=journal, holder=holder)


class UnfinishedJournal(KnownError):
    """The register's own journal holds changes, and the medium does not let SQLite read it."""

    exit_code = 1

    def __init__(self, path: str, journal: str) -> None:
        super().__init__("journal_unfinished_read_only", path=path, journal=journal)


class InterruptedWrite(KnownError):
    """A rollback journal beside the file: a write to it was interrupted and not rolled back yet."""

    exit_code = 1

    def __init__(self, path: str, journal: str) -> None:
        super().__init__("interrupted_write", path=path, journal=journal)


class RegisterBusy(KnownError):
    exit_code = 1

    def __init__(self, path: str) -> None:
        super().__init__("register_busy", path=path)


class FileProblem(KnownError):
    """The file system refused: no space, no permission, read-only, a folder where a file was meant."""

    exit_code = 1

    def __init__(self, path: str, reason: Msg) -> None:
        self.reason = reason
        super().__init__("file_problem", path=path, reason=reason)


_ERRNO_REASONS = {
    errno.ENOSPC: "reason_disk_full",
    errno.EDQUOT: "reason_disk_full",
    errno.EFBIG: "reason_file_too_large",
    errno.EACCES: "reason_permission",
    errno.EPERM: "reason_permission",
    errno.EROFS: "reason_read_only_fs",
    errno.EISDIR: "reason_is_folder",
    errno.ENOTDIR: "reason_not_a_folder",
    errno.ENOENT: "reason_not_found",
    errno.EIO: "reason_io",
}
# SQLite's primary result codes (sqlite.org/rescode.html) that say what the file system did.
_SQLITE_REASONS = {13: "reason_disk_full", 8: "reason_read_only_fs", 3: "reason_permission",
                   14: "reason_cannot_open", 10: "reason_io"}


# SQLITE_IOERR_SHMSIZE: the shared-memory file next to the register could not grow (no space).
_SQLITE_EXTENDED = {4874: "reason_disk_full"}


def file_reason(error: BaseException) -> Msg | None:
    """The plain reason behind an OS or SQLite error about files, or None when it is something else."""
    if isinstance(error, OSError):
        key = _ERRNO_REASONS.get(error.errno or 0)
        return Msg(key) if key else (Msg("reason_os", detail=error.strerror) if error.strerror else None)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code in _SQLITE_EXTENDED:
        return Msg(_SQLITE_EXTENDED[code])
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_REASONS:
        return Msg(_SQLITE_REASONS[code & 0xFF])
    return None


def as_known(error: BaseException, path: object = None) -> KnownError | None:
    """`error` as a known error with one plain line, when it is the environment's doing."""
    if isinstance(error, KnownError):
        return error
    reason = file_reason(error)
    if reason is None:
        return None
    where = path if path is not None else (getattr(error, "filename", None) or "-")
    if reason.key == "reason_io" and where != "-" and nearly_full(Path(str(where)).parent):
        reason = Msg("reason_disk_full")  # SQLite says only "I/O error" when it cannot grow its files
    return FileProblem(str(where), reason)
