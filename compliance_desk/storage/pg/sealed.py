"""Values sealed by the app before they reach the server: attachments and sensitive identifiers.

- *Sensitive identifiers* (`SEALED`: a customer's date of birth, phone, e-mail and address, a
  document's number and MRZ lines, a requester's contact) are stored as text
  `cd1:<blind index>:<nonce ‖ AES-256-GCM ciphertext>` (base64url). The blind index is the first
  16 bytes of HMAC-SHA256(blind-index key, field family ‖ the normalised value): "find this
  passport number" is an equality on the stored prefix, never a decryption of every row. The
  associated data binds the ciphertext to its column.
- *Attachments*: `content` holds `CDE1 ‖ nonce ‖ AES-256-GCM(bytes)`, the associated data binding it
  to its table, id and declared size; the `sha256` column holds HMAC-SHA256(blind-index key, bytes)
  instead of the plain hash, so a dump cannot be matched against a known document.

Reading opens them again (the connection does it for every text result in a sealed column,
storage/pg/connection.py); without the key a sealed value reads as a marker ("encrypted — no key"),
never as its ciphertext and never as an error. A value without the prefix (written before the
register had a key, or imported from a file) is read as it is. A value sealed under a key a rotation
retired (in the audit history: the current rows are re-sealed) opens with the retired keys the
current key opens (storage/pg/keys.py's ring).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Callable, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.language import language_from_environment
from compliance_desk.domain.messages import message
from compliance_desk.storage.pg.keys import NONCE_BYTES, RegisterKey

PREFIX = "cd1:"
BLOB_MAGIC = b"CDE1"
BLIND_BYTES = 16
# table → its sealed columns; every name here is sealed in whichever table it occurs
SEALED: dict[str, tuple[str, ...]] = {
    "customers": ("date_of_birth", "phone", "email", "address"),
    "documents": ("number", "mrz"),
    "requests": ("requester_contact",),
}
COLUMNS = frozenset(c for columns in SEALED.values() for c in columns)
_BLIND_LENGTH = len(base64.urlsafe_b64encode(b"\0" * BLIND_BYTES).rstrip(b"=").decode())
LOOKUP_LENGTH = len(PREFIX) + _BLIND_LENGTH + 1  # "cd1:<blind index>:"
BLIND_INDEXES = tuple(f"CREATE INDEX IF NOT EXISTS {table}_{column}_blind ON {table} (substr({column}, 1, {LOOKUP_LENGTH}))"
                      for table, columns in SEALED.items() for column in columns)


class KeyNeeded(KnownError):
    """A sensitive value to write, and no register key open to seal it with."""

    exit_code = 3

    def __init__(self, field: str) -> None:
        super().__init__("register_key_needed", field=field)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def normalised(column: str, value: str) -> str:
    """What two spellings of one identifier share: case, spaces and separators aside."""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if column in ("number", "mrz"):
        return re.sub(r"[\s\-/.]", "", text).upper()
    if column == "phone":
        return re.sub(r"[^\d+]", "", text)
    if column == "email" or (column == "requester_contact" and "@" in text):
        return text.lower()
    if column == "requester_contact" and re.fullmatch(r"[\d+\s\-()]+", text):
        return re.sub(r"[^\d+]", "", text)
    return re.sub(r"\s+", " ", text)


def family(column: str) -> str:
    """Blind indexes of one family compare with each other (a phone in a customer or a contact)."""
    return {"requester_contact": "contact"}.get(column, column)


def is_sealed(value: object) -> bool:
    return (isinstance(value, str) and value.startswith(PREFIX)) or \
        (isinstance(value, bytes | memoryview) and bytes(value[:4]) == BLOB_MAGIC)


class Sealer:
    """Seals and opens values with the subkeys of RK (`key` None: opens nothing, seals nothing);
    `retired`: the keys rotations retired, which open (never seal) what was sealed under them."""

    # asked, once, when a sealed value opens with no key known: True when it found a newer key (a
    # rotation since this session opened the register) and adopted it (storage/pg/sealing.py)
    renew: Callable[[], bool] | None = None

    def __init__(self, key: RegisterKey | None, lang: str | None = None,
                 retired: Sequence[RegisterKey] = ()) -> None:
        self.lang = lang or language_from_environment()
        self.adopt(key, retired)

    def adopt(self, key: RegisterKey | None, retired: Sequence[RegisterKey] = ()) -> None:
        """Seal with `key` from now on; open with it and the `retired` keys."""
        self.key = key
        self.retired = tuple(retired)
        self._older = [AESGCM(k.subkey("identifiers")) for k in self.retired]
        if key is not None:
            self._identifiers = AESGCM(key.subkey("identifiers"))
            self._attachments = AESGCM(key.subkey("attachments"))
            self._blind = key.subkey("blind_index")

    @property
    def locked(self) -> str:
        """What a sealed value reads as without the key."""
        return message("sealed_no_key", self.lang)

    def _require(self, field: str) -> None:
        if self.key is None:
            raise KeyNeeded(field)

    # ------------------------------------------------------------ identifiers
    def blind(self, column: str, value: str) -> str:
        self._require(column)
        text = f"{family(column)}\0{normalised(column, value)}".encode()
        return _b64(hmac.new(self._blind, text, hashlib.sha256).digest()[:BLIND_BYTES])

    def seal_text(self, column: str, value: str) -> str:
        self._require(column)
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._identifiers.encrypt(nonce, value.encode("utf-8"), f"field/{column}".encode())
        return f"{PREFIX}{self.blind(column, value)}:{_b64(nonce + sealed)}"

    def open_text(self, column: str, stored: str) -> str:
        if not stored.startswith(PREFIX):
            return stored
        if self.key is None:
            return self.locked
        try:
            return self.reveal(column, stored)
        except (InvalidTag, ValueError):
            pass
        if self.renew is not None and self.renew():
            try:
                return self.reveal(column, stored)
            except (InvalidTag, ValueError):
                pass
        return message("sealed_damaged", self.lang)

    def reveal(self, column: str, stored: str) -> str:
        """A sealed value opened with the key, else with a retired one; raises InvalidTag (or
        ValueError) when none opens it (altered, or sealed under a key this one does not know)."""
        self._require(column)
        data = _unb64(stored[len(PREFIX) + _BLIND_LENGTH + 1:])
        for cipher in (self._identifiers, *self._older):
            try:
                return cipher.decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], f"field/{column}".encode()).decode("utf-8")
            except InvalidTag:
                continue
        raise InvalidTag

    def lookup_prefix(self, column: str, value: str) -> str:
        """The stored values of `column` equal to `value` all begin with this text."""
        return f"{PREFIX}{self.blind(column, value)}:"

    # ------------------------------------------------------------ attachments
    @staticmethod
    def _blob_aad(table: str, row_id: int, size: int) -> bytes:
        return f"blob/{table}/{row_id}/{size}".encode()

    def seal_blob(self, table: str, row_id: int, data: bytes) -> bytes:
        self._require("content")
        nonce = os.urandom(NONCE_BYTES)
        return BLOB_MAGIC + nonce + self._attachments.encrypt(nonce, data, self._blob_aad(table, row_id, len(data)))

    def open_blob(self, table: str, row_id: int, size: int, stored: bytes) -> bytes:
        """The bytes; raises KeyNeeded without the key, InvalidTag when they were altered or moved."""
        stored = bytes(stored)
        if not stored.startswith(BLOB_MAGIC):
            return stored
        self._require("content")
        nonce = stored[len(BLOB_MAGIC):len(BLOB_MAGIC) + NONCE_BYTES]
        return self._attachments.decrypt(nonce, stored[len(BLOB_MAGIC) + NONCE_BYTES:],
                                         self._blob_aad(table, row_id, size))

    def digest(self, data: bytes) -> str:
        """What the `sha256` column of a sealed attachment holds: a keyed hash of its bytes."""
        self._require("content")
        return hmac.new(self._blind, b"attachment\0" + data, hashlib.sha256).hexdigest()

    # ------------------------------------------------------------ rows
    def seal_row(self, table: str, values: dict[str, object]) -> dict[str, object]:
        """`values` with the table's sensitive identifiers sealed (empty ones and sealed ones left)."""
        columns = SEALED.get(table)
        if not columns:
            return values
        out = dict(values)
        for column in columns:
            value = out.get(column)
            if isinstance(value, str) and value and not value.startswith(PREFIX):
                out[column] = self.seal_text(column, value)
        return out
