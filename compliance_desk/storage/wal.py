"""The write-ahead log beside a register, read the way SQLite reads it, before SQLite does.

SQLite applies any `-wal` file whose frames carry the salts of its header and valid checksums; it
has no way to tell that the log was written for another file (the file format: sqlite.org/
fileformat2.html, "The Write-Ahead Log"). A log left by a crash is then applied to whatever file
now has the register's name: a backup copied over it by hand, or another register. Under SQLCipher
every frame is an encrypted page with its HMAC, so a frame that does not authenticate under the
register's keys was not written for this register (storage/cipher.py).

The format: a 32-byte header (magic 0x377f0682/0x377f0683 — the low bit says the checksum words
are big-endian —, version 3007000, page size, checkpoint sequence, salt-1, salt-2, checksum-1,
checksum-2 over the first 24 bytes), then frames of a 24-byte header (page number, database size
in pages for a commit frame else 0, salt-1, salt-2, cumulative checksum-1 and -2 over the first 8
header bytes and the page) and the page. Frames count up to the last commit frame; a frame whose
salts differ from the header's is left over from before the log was restarted.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from compliance_desk.domain import clock
from compliance_desk.storage import cipher
from compliance_desk.storage.errors import ForeignJournal, RegisterLocked
from compliance_desk.storage.lock import WriterLock

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
MAGIC = (0x377F0682, 0x377F0683)
VERSION = 3007000
_MASK = 0xFFFFFFFF


def wal_path(register: Path) -> Path:
    return Path(str(register) + "-wal")


@dataclass(frozen=True)
class Frame:
    index: int
    pgno: int
    commit: int  # the database size in pages after a commit frame, 0 for other frames
    offset: int  # where the page starts in the file


@dataclass
class Scan:
    """What the frames say under one set of keys."""

    ok: list[bool]  # frame by frame: written under the keys
    latest: dict[int, Frame]  # page -> its latest frame up to the last commit frame
    page1_salts: set[bytes] = field(default_factory=set)  # the file salts page-1 frames carry

    @property
    def all_ok(self) -> bool:
        return all(self.ok)

    @property
    def any_ok(self) -> bool:
        return any(self.ok)

    def readable(self, pgno: int) -> bool:
        """The page's latest committed frame is there and opens under the keys."""
        frame = self.latest.get(pgno)
        return frame is not None and self.ok[frame.index]


@dataclass
class WriteAheadLog:
    path: Path
    frames: list[Frame]

    @classmethod
    def read(cls, register: Path) -> WriteAheadLog | None:
        """The frames SQLite would consider, or None when it would ignore the file (absent,
        empty, a bad header, or a first frame that fails its checksum)."""
        path = wal_path(register)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            return None
        with handle:
            header = handle.read(HEADER_SIZE)
            if len(header) < HEADER_SIZE:
                return None
            magic, version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(">8I", header)
            if magic not in MAGIC or version != VERSION or page_size != cipher.PAGE_SIZE:
                return None
            big_endian = bool(magic & 1)
            if _checksum(header[:24], 0, 0, big_endian) != (sum1, sum2):
                return None
            frames: list[Frame] = []
            offset = HEADER_SIZE
            while True:
                handle.seek(offset)
                head = handle.read(FRAME_HEADER_SIZE)
                if len(head) < FRAME_HEADER_SIZE:
                    break
                pgno, commit, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", head)
                if (f_salt1, f_salt2) != (salt1, salt2) or pgno == 0:
                    break
                if not frames:
                    page = handle.read(page_size)
                    if len(page) < page_size or _checksum(head[:8] + page, sum1, sum2, big_endian) != (f_sum1, f_sum2):
                        return None
                frames.append(Frame(len(frames), pgno, commit, offset + FRAME_HEADER_SIZE))
                offset += FRAME_HEADER_SIZE + page_size
        return cls(path, frames) if frames else None

    def scan(self, keys: cipher.Keys) -> Scan:
        """Authenticate every frame under `keys` (one HMAC each, no decryption)."""
        ok: list[bool] = []
        salts: set[bytes] = set()
        with self.path.open("rb") as handle:
            for frame in self.frames:
                handle.seek(frame.offset)
                page = handle.read(cipher.PAGE_SIZE)
                if frame.pgno == 1:
                    salts.add(cipher.file_salt(page))
                ok.append(cipher.authentic(keys, page, frame.pgno))
        last_commit = max((f.index for f in self.frames if f.commit), default=-1)
        latest = {f.pgno: f for f in self.frames[:last_commit + 1]}
        return Scan(ok, latest, salts)

    def page(self, frame: Frame) -> bytes:
        with self.path.open("rb") as handle:
            handle.seek(frame.offset)
            return handle.read(cipher.PAGE_SIZE)

    def set_aside(self) -> Path:
        """Rename the log so SQLite never applies it; it is kept, not deleted."""
        stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.orphan-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.orphan-{stamp}-{n}")
        self.path.rename(target)
        return target


def set_aside(register: Path, log: WriteAheadLog, *, held: bool) -> Path:
    """Rename a foreign log, holding the register's writer lock while doing it (`held`: the caller
    holds it already); refuses while another process has the register open for writing."""
    if held:
        return log.set_aside()
    lock = WriterLock(register)
    try:
        lock.acquire()
    except RegisterLocked as error:
        raise ForeignJournal(str(register), log.path.name, error.holder) from None
    try:
        return log.set_aside()
    finally:
        lock.release()


def _checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum: pairs of 32-bit words, each sum fed into the other."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & _MASK
        s2 = (s2 + words[i + 1] + s1) & _MASK
    return s1, s2
