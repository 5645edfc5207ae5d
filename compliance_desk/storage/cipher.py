"""SQLCipher 4's page format, read from Python: which key a page was written under.

Used before SQLite ever sees a file with a journal beside it, so that a journal written under
another key (another register's, or a copied backup's) is never applied. The format is SQLCipher 4's
default (its design document, "SQLCipher Design" at zetetic.net, and src/sqlcipher.c): the first 16
bytes of the file are the key-derivation salt; the key is PBKDF2-HMAC-SHA512(passphrase, salt,
256 000 iterations, 32 bytes); the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations);
every 4096-byte page ends with an 80-byte reserve (16-byte IV, 64-byte HMAC-SHA512) and the HMAC
covers the page's ciphertext, its IV and its page number (4 bytes, little-endian). Page 1 starts
after the salt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass

PAGE_SIZE = 4096
SALT_SIZE = 16
KEY_SIZE = 32
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
KDF_ITERATIONS = 256_000
HMAC_KDF_ITERATIONS = 2
HMAC_SALT_MASK = 0x3A


@dataclass(frozen=True)
class Keys:
    """The keys of one register file: derived once, they open it without deriving again."""

    salt: bytes
    key: bytes
    hmac_key: bytes

    @property
    def spec(self) -> str:
        """The raw-key form SQLCipher takes at PRAGMA key: x'KEY SALT' in hex (no derivation)."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def __repr__(self) -> str:  # never print key material into a log
        return "Keys(...)"


def derive(passphrase: str, salt: bytes) -> Keys:
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE)
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, HMAC_KDF_ITERATIONS, KEY_SIZE)
    return Keys(salt, key, hmac_key)


def new_keys(passphrase: str) -> Keys:
    """Keys for a new file, with a fresh random salt (what SQLCipher itself would pick)."""
    return derive(passphrase, os.urandom(SALT_SIZE))


def file_salt(first_page: bytes) -> bytes:
    return first_page[:SALT_SIZE]


def authentic(keys: Keys, page: bytes, pgno: int) -> bool:
    """True when `page` (a whole page as stored) was written under `keys` as page `pgno`."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if pgno == 1 else 0
    end = PAGE_SIZE - RESERVE + IV_SIZE
    expected = hmac.new(keys.hmac_key, page[start:end] + struct.pack("<I", pgno), "sha512").digest()
    return hmac.compare_digest(expected, page[end:end + HMAC_SIZE])
