"""Restoring a register from a backup: validated first, then written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from compliance_desk.domain.errors import Msg
from compliance_desk.storage import audit
from compliance_desk.storage.errors import BackupInvalid, NotARegister, RegisterExists
from compliance_desk.storage.files import (
    publish,
    remove_leftovers,
    remove_with_sidecars,
    sidecars,
    temporary_name,
)
from compliance_desk.storage.lock import WriterLock
from compliance_desk.storage.register import Register
from compliance_desk.storage.snapshot import export


def restore(backup_path: Path | str, target: Path | str, passphrase: str, *, force: bool = False,
            actor: str | None = None) -> audit.Verdict:
    """Validate a backup, then write it to `target` (refusing to overwrite unless `force`).

    The copy is written under a temporary name beside `target`, synced, then renamed over it.
    """
    backup_path, target = Path(backup_path), Path(target)
    with Register.open(backup_path, passphrase, read_only=True) as source:
        verdict = source.verify()
        if not verdict.ok:
            raise BackupInvalid(str(backup_path), "; ".join(map(str, verdict.problems[:3])))
        if target.is_dir():
            raise NotARegister(str(target), Msg("reason_folder"))
        if target.exists() and not force:
            raise RegisterExists(str(target), force_hint=True)
        lock = WriterLock(target, actor)
        lock.acquire()
        try:
            remove_leftovers(target.parent)  # what killed restores left (they held this lock)
            temporary = temporary_name(target, "restoring")
            remove_with_sidecars(temporary)
            try:
                with source.plain_errors(target):
                    export(source.conn, temporary, passphrase, source.schema_version)
                    for sidecar in sidecars(target):
                        sidecar.unlink(missing_ok=True)  # an old WAL must never be replayed onto the new file
                    publish(temporary, target, replace=True)
            finally:
                remove_with_sidecars(temporary)
        finally:
            lock.release()
    with Register.open(target, passphrase, actor=actor) as restored:
        with restored.atomic():
            restored.log("restore", {"from": str(backup_path), "seal": verdict.seal})
    return verdict
