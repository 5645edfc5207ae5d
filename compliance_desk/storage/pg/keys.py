"""The register key of a register on a server (RK), and each person's wrap of it.

RK is 32 random bytes made once, by `server init` (or `server import`), replaced by `server
rotate-key` (storage/pg/rotation.py), and never stored in clear. `register_keys` holds one row per
person who holds it:
- their *key pair* (X25519): the public key in clear, the private key sealed with AES-256-GCM under a
  key derived with scrypt from that person's *register passphrase* — not their database password,
  so the server's own credentials never open the data;
- RK sealed to their public key (`scheme` 'x25519': an ephemeral X25519 exchange, HKDF-SHA256,
  AES-256-GCM). Whoever holds RK can so wrap a new RK for every holder without knowing their
  passphrases (a rotation), and only the holder's passphrase opens it.
The associated data binds a wrap and a private key to the user name: a row copied to another name
does not open. A wrap of the first release (`scheme` 'passphrase': RK sealed under the
passphrase-derived key itself, no key pair) still opens, and is upgraded to a key pair by its
holder's next open (they hold RK and their passphrase then).

From RK, HKDF-SHA256 derives one subkey per use, each under its own label (attachments, sensitive
identifiers, the blind index, the ring of retired keys), so no key is used for two things
(storage/pg/sealed.py). `register_key_ring` keeps the keys a rotation retired, sealed under the
current RK, so the audit history written under them still opens for the current holders.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from compliance_desk.domain import clock
from compliance_desk.domain.errors import KnownError

TABLE = "register_keys"
RING = "register_key_ring"
SERVER_ONLY = (TABLE, RING)  # not in the file's schema, never in a snapshot
KEY_BYTES = 32
NONCE_BYTES = 12
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # about 32 MiB and a tenth of a second per open
LABELS = {"attachments": b"compliance-desk/attachments/v1", "identifiers": b"compliance-desk/identifiers/v1",
          "blind_index": b"compliance-desk/blind-index/v1", "ring": b"compliance-desk/retired-keys/v1"}
PASSPHRASE, X25519 = "passphrase", "x25519"  # the schemes of a wrap

# The register passphrase the command line was given (COMPLIANCE_DESK_REGISTER_PASSPHRASE, a file, a
# prompt), for the server registers it opens without naming one (cli.py sets it once per command).
OFFERED: ContextVar[str | None] = ContextVar("register_passphrase", default=None)


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


def _seal(key: bytes, data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    """Raises InvalidTag when `key` is not the one, or the data or its associated data changed."""
    sealed = bytes(sealed)
    return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)


# ---------------------------------------------------------------- the first release's wrap
def wrap(key: RegisterKey, user: str, passphrase: str) -> tuple[str, bytes, bytes]:
    """(kdf, salt, nonce ‖ AES-256-GCM(RK)) for `user` under `passphrase`: scheme 'passphrase', as the
    first release wrote it (read still; upgraded to a key pair by the holder's next open)."""
    kdf, salt = _kdf_text(), os.urandom(16)
    return kdf, salt, _seal(_derive(passphrase, salt, kdf), key.key, _aad(user))


def unwrap(user: str, passphrase: str, kdf: str, salt: bytes, wrapped: bytes) -> RegisterKey:
    try:
        return RegisterKey(_open(_derive(passphrase, bytes(salt), kdf), wrapped, _aad(user)))
    except InvalidTag:
        raise RegisterKeyRefused(user) from None


# ---------------------------------------------------------------- key pairs
def _private_aad(user: str) -> bytes:
    return b"compliance-desk/private-key/v2\x00" + user.encode("utf-8")


def _wrap_aad(user: str) -> bytes:
    return b"compliance-desk/register-key/v2\x00" + user.encode("utf-8")


def _exchange_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + public,
                info=b"compliance-desk/register-key-wrap/v2").derive(shared)


def key_pair(user: str, passkey: bytes) -> tuple[bytes, bytes, X25519PrivateKey]:
    """A new key pair for `user`: (public key, private key sealed under `passkey`, private key)."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes_raw()
    return private.public_key().public_bytes_raw(), _seal(passkey, raw, _private_aad(user)), private


def seal_to(public: bytes, user: str, key: RegisterKey) -> bytes:
    """RK sealed to `user`'s public key: ephemeral public key ‖ nonce ‖ AES-256-GCM(RK)."""
    ephemeral = X25519PrivateKey.generate()
    mine = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes(public)))
    return mine + _seal(_exchange_key(shared, mine, bytes(public)), key.key, _wrap_aad(user))


def open_sealed(private: X25519PrivateKey, user: str, wrapped: bytes) -> RegisterKey:
    wrapped = bytes(wrapped)
    ephemeral, sealed = wrapped[:KEY_BYTES], wrapped[KEY_BYTES:]
    public = private.public_key().public_bytes_raw()
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    return RegisterKey(_open(_exchange_key(shared, ephemeral, public), sealed, _wrap_aad(user)))


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


def holders(conn: Any) -> list[str]:
    return [str(r[0]) for r in conn.execute(f"SELECT username FROM {TABLE} ORDER BY username")]  # noqa: S608


def store(conn: Any, user: str, key: RegisterKey, passphrase: str, by: str) -> None:
    """Write (or replace) `user`'s key pair and wrap of RK (inside the caller's transaction)."""
    kdf, salt = _kdf_text(), os.urandom(16)
    public, private, _ = key_pair(user, _derive(passphrase, salt, kdf))
    conn.execute(f"DELETE FROM {TABLE} WHERE username = ?", (user,))  # noqa: S608
    conn.execute(
        f"INSERT INTO {TABLE} (username, kdf, salt, wrapped, created_at, created_by, scheme, public_key, private_key)"  # noqa: S608
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (user, kdf, salt, seal_to(public, user, key), clock.timestamp(), by, X25519, public, private))


@dataclass(frozen=True)
class Opened:
    """What a person's register passphrase opened: RK, their private key (kept in the session's
    memory, as RK is, to open a rotation's new wrap without asking again) and the wrap it came from."""

    key: RegisterKey
    private: X25519PrivateKey | None
    wrapped: bytes


def unlock(conn: Any, user: str, passphrase: str) -> RegisterKey:
    """RK opened with `user`'s register passphrase (RegisterKeyRefused, NoRegisterKey)."""
    return open_wrap(conn, user, passphrase).key


def open_wrap(conn: Any, user: str, passphrase: str) -> Opened:
    """`user`'s wrap opened with their register passphrase. A wrap of the first release is upgraded
    to a key pair on the way, when the server lets this person write their own row and no
    transaction is open (else it stays as it is, and opens as before)."""
    found = conn.execute(
        f"SELECT kdf, salt, wrapped, scheme, private_key FROM {TABLE} WHERE username = ?", (user,)  # noqa: S608
    ).fetchone() if has_table(conn) else None
    if found is None:
        raise NoRegisterKey(user)
    kdf, salt, wrapped, scheme, private = str(found[0]), bytes(found[1]), bytes(found[2]), str(found[3]), found[4]
    passkey = _derive(passphrase, salt, kdf)
    try:
        if scheme == X25519:
            own = X25519PrivateKey.from_private_bytes(_open(passkey, private, _private_aad(user)))
            return Opened(open_sealed(own, user, wrapped), own, wrapped)
        key = RegisterKey(_open(passkey, wrapped, _aad(user)))
    except InvalidTag:
        raise RegisterKeyRefused(user) from None
    upgraded = _upgrade(conn, user, passkey, key) if not conn.in_transaction else None
    return Opened(key, *upgraded) if upgraded else Opened(key, None, wrapped)


def current_wrap(conn: Any, user: str) -> bytes | None:
    """`user`'s wrap as the server holds it now (None: they hold none)."""
    found = conn.execute(f"SELECT wrapped FROM {TABLE} WHERE username = ?", (user,)).fetchone()  # noqa: S608
    return bytes(found[0]) if found else None


def _upgrade(conn: Any, user: str, passkey: bytes, key: RegisterKey) -> tuple[X25519PrivateKey, bytes] | None:
    """`user`'s first-release wrap replaced by a key pair and RK sealed to it (same passphrase)."""
    from psycopg import DatabaseError

    from compliance_desk.storage.pg.errors import WriteRefused

    public, private, own = key_pair(user, passkey)
    wrapped = seal_to(public, user, key)
    try:  # a server not yet given the rights of this release (`server init`): left for later
        done = conn.execute(f"UPDATE {TABLE} SET scheme = ?, public_key = ?, private_key = ?, wrapped = ?"  # noqa: S608
                            " WHERE username = ? AND scheme = ?",
                            (X25519, public, private, wrapped, user, PASSPHRASE)).rowcount
    except (DatabaseError, WriteRefused):
        return None
    return (own, wrapped) if done == 1 else None


def rewrap(conn: Any, key: RegisterKey) -> tuple[list[str], list[str]]:
    """Every holder's wrap replaced by `key` sealed to their public key (inside the caller's
    transaction); a holder without a key pair (a first-release wrap not yet upgraded) loses their
    wrap, which would open only the retired key. Returns (wrapped for, not wrapped for)."""
    done: list[str] = []
    dropped: list[str] = []
    for user, public in conn.execute(f"SELECT username, public_key FROM {TABLE} ORDER BY username").fetchall():  # noqa: S608
        if public is None:
            conn.execute(f"DELETE FROM {TABLE} WHERE username = ?", (user,))  # noqa: S608
            dropped.append(str(user))
        else:
            conn.execute(f"UPDATE {TABLE} SET wrapped = ?, scheme = ? WHERE username = ?",  # noqa: S608
                         (seal_to(bytes(public), str(user), key), X25519, user))
            done.append(str(user))
    return done, dropped


# ---------------------------------------------------------------- the ring of retired keys
def _ring_aad(generation: int) -> bytes:
    return f"compliance-desk/retired-key/{generation}".encode()


def retired(conn: Any, key: RegisterKey) -> list[RegisterKey]:
    """The keys rotations retired, newest first, opened with the current key (those that do not
    open are left out: the ring is re-sealed with the key at every rotation)."""
    ring = key.subkey("ring")
    found: list[RegisterKey] = []
    for generation, sealed in conn.execute(f"SELECT generation, sealed FROM {RING} ORDER BY generation DESC"):  # noqa: S608
        try:
            found.append(RegisterKey(_open(ring, sealed, _ring_aad(int(generation)))))
        except InvalidTag:
            continue
    return found


def retire(conn: Any, old: RegisterKey, new: RegisterKey, by: str) -> int:
    """`old` added to the ring and the whole ring re-sealed under `new` (inside the caller's
    transaction); returns the generation `new` starts (the first key is generation 1)."""
    ring = old.subkey("ring")
    rows = conn.execute(f"SELECT generation, sealed, retired_at, retired_by FROM {RING} ORDER BY generation").fetchall()  # noqa: S608
    kept = [(int(g), _open(ring, sealed, _ring_aad(int(g))), str(at), str(who)) for g, sealed, at, who in rows]
    generation = (kept[-1][0] if kept else 0) + 1
    kept.append((generation, old.key, clock.timestamp(), by))
    conn.execute(f"DELETE FROM {RING}")  # noqa: S608
    sealing = new.subkey("ring")
    for g, key, at, who in kept:
        conn.execute(f"INSERT INTO {RING} (generation, sealed, retired_at, retired_by) VALUES (?, ?, ?, ?)",  # noqa: S608
                     (g, _seal(sealing, key, _ring_aad(g)), at, who))
    return generation + 1
