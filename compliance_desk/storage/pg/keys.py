"""The register key of a register on a server (RK), and each person's wrap of it.

RK is 32 random bytes made once, by `server init` (or `server import`), and never stored in clear:
`register_keys` holds one row per person, RK sealed with AES-256-GCM under a key derived with
scrypt from that person's *register passphrase* — not their database password, so the server's
own credentials never open the data. The associated data binds a wrap to its user name: a row
copied to another name does not open. `server add-user` wraps RK for the new person; whoever runs
it must first open RK with their own register passphrase.

From RK, HKDF-SHA256 derives one subkey per use, each under its own label (attachments, sensitive
identifiers, the blind index), so no key is used for two things (storage/pg/sealed.py).
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from compliance_desk.domain import clock
from compliance_desk.domain.errors import KnownError

TABLE = "register_keys"
KEY_BYTES = 32
NONCE_BYTES = 12
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # about 32 MiB and a tenth of a second per open
LABELS = {"attachments": b"compliance-desk/attachments/v1", "identifiers": b"compliance-desk/identifiers/v1",
          "blind_index": b"compliance-desk/blind-index/v1"}

# The register passphrase the command line was given (COMPLIANCE_DESK_REGISTER_PASSPHRASE, a file, a
# prompt), for the server registers it opens without naming one (cli.py sets it once per command).
OFFERED: ContextVar[str | None] = ContextVar("register_passphrase", default=None)

CREATE_TABLE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    username    TEXT PRIMARY KEY,
    kdf         TEXT NOT NULL,
    salt        BYTEA NOT NULL,
    wrapped     BYTEA NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
)"""


class RegisterKeyRefused(KnownError):
    """The register passphrase does not open this person's wrap of the register key."""

    exit_code = 3  # as a wrong passphrase

    def __init__(self, user: str) -> None:
        super().__init__("register_key_wrong_passphrase", user=user)


class NoRegisterKey(KnownError):
    """This person holds no wrap of the register key (or did not give their register passphrase)."""

    exit_code = 3

    def __init__(self, user: str) -> None:
        super().__init__("register_key_missing", user=user)


class RegisterPassphraseMissing(KnownError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("register_passphrase_missing")


@dataclass(frozen=True)
class RegisterKey:
    """RK, opened, and its subkeys."""

    key: bytes

    def subkey(self, use: str) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=LABELS[use]).derive(self.key)

    def __repr__(self) -> str:  # never printed, never logged
        return "RegisterKey(…)"


def new_key() -> RegisterKey:
    return RegisterKey(os.urandom(KEY_BYTES))


def _kdf_text() -> str:
    return f"scrypt:n={SCRYPT['n']},r={SCRYPT['r']},p={SCRYPT['p']}"


def _derive(passphrase: str, salt: bytes, kdf: str) -> bytes:
    name, _, params = kdf.partition(":")
    if name != "scrypt":
        raise ValueError(f"unknown key derivation {name}")
    values = {k: int(v) for k, v in (part.split("=") for part in params.split(","))}
    return Scrypt(salt=salt, length=KEY_BYTES, n=values["n"], r=values["r"], p=values["p"]).derive(
        passphrase.encode("utf-8"))


def _aad(user: str) -> bytes:
    return b"compliance-desk/register-key/v1\x00" + user.encode("utf-8")


def wrap(key: RegisterKey, user: str, passphrase: str) -> tuple[str, bytes, bytes]:
    """(kdf, salt, nonce ‖ AES-256-GCM(RK)) for `user` under `passphrase`."""
    kdf, salt, nonce = _kdf_text(), os.urandom(16), os.urandom(NONCE_BYTES)
    sealed = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, key.key, _aad(user))
    return kdf, salt, nonce + sealed


def unwrap(user: str, passphrase: str, kdf: str, salt: bytes, wrapped: bytes) -> RegisterKey:
    wrapped = bytes(wrapped)
    try:
        key = AESGCM(_derive(passphrase, bytes(salt), kdf)).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:],
                                                                   _aad(user))
    except InvalidTag:
        raise RegisterKeyRefused(user) from None
    return RegisterKey(key)


# ---------------------------------------------------------------- the table
def has_table(conn: Any) -> bool:
    found = conn.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?",
        (TABLE,)).fetchone()
    return found is not None


def any_wrap(conn: Any) -> bool:
    """True once a register key exists (some person holds a wrap of it)."""
    return has_table(conn) and conn.execute(f"SELECT 1 FROM {TABLE} LIMIT 1").fetchone() is not None  # noqa: S608


def holds_wrap(conn: Any, user: str) -> bool:
    return has_table(conn) and conn.execute(
        f"SELECT 1 FROM {TABLE} WHERE username = ?", (user,)).fetchone() is not None  # noqa: S608


def store(conn: Any, user: str, key: RegisterKey, passphrase: str, by: str) -> None:
    """Write (or replace) `user`'s wrap of RK (inside the caller's transaction)."""
    kdf, salt, wrapped = wrap(key, user, passphrase)
    conn.execute(f"DELETE FROM {TABLE} WHERE username = ?", (user,))  # noqa: S608
    conn.execute(
        f"INSERT INTO {TABLE} (username, kdf, salt, wrapped, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",  # noqa: S608
        (user, kdf, salt, wrapped, clock.timestamp(), by))


def unlock(conn: Any, user: str, passphrase: str) -> RegisterKey:
    """RK opened with `user`'s register passphrase (RegisterKeyRefused, NoRegisterKey)."""
    found = conn.execute(
        f"SELECT kdf, salt, wrapped FROM {TABLE} WHERE username = ?", (user,)  # noqa: S608
    ).fetchone() if has_table(conn) else None
    if found is None:
        raise NoRegisterKey(user)
    return unwrap(user, passphrase, str(found[0]), bytes(found[1]), bytes(found[2]))
