"""What can go wrong with a register file, each a known error with a plain message."""

from __future__ import annotations

from compliance_desk.domain.errors import KnownError, Msg


class WrongPassphrase(KnownError):
    exit_code = 3

    def __init__(self, path: str) -> None:
        super().__init__("wrong_passphrase", path=path)


class NotARegister(KnownError):
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
