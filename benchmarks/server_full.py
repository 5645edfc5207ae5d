"""The full-size figures of a register on a PostgreSQL server, beside the same work on the SQLCipher
file and each beside a same-run baseline (issue 21's second list of targets; issue 22's ratios).

    python benchmarks/server.py --full URL [--file REGISTER.cdesk]

URL is a register on a server (e.g. `server import`ed from the full-size benchmark register); the
login's password comes from COMPLIANCE_DESK_PASSPHRASE, the file's passphrase from
COMPLIANCE_DESK_FILE_PASSPHRASE (default "benchmark passphrase"), the login's register passphrase from
COMPLIANCE_DESK_REGISTER_PASSPHRASE when the register has a key (as an officer opens it: the key's unwrap
is part of the open, and the search looks sealed identifiers up by their blind index; without it the
server side is measured without its key, and says so). The file is never written: its
figures are taken on a copy in a temporary folder (opening the app records an "open" entry, on the
server as on the copy). Each side's figure is the best of 3 tries, in an interleaved order.

- open to first paint: the desktop app opening the register on the KYC page in Arabic, from a fresh
  process (benchmarks/probe.py open-app); baseline: a bare window with an empty table (open-bare).
  Target ≤ 0.8 s.
- Arabic search p95: the 20 queries of the file's benchmark (measures.QUERIES) as the table runs them
  (count, first page of 200 in reference order), each best of 3; baseline: the same index condition
  counted and its first 200 rows fetched in the index's order, issued directly (psycopg on the
  server, FTS5 MATCH on the file). Target ≤ 50 ms.
- verify the chain: every entry walked and its hash checked, in one snapshot (the file's `verify`
  figure of benchmarks/run.py); baseline: the same entries read and SHA-256'd over the same canonical
  bytes in a plain loop (the hashing floor). Target ≤ 15 s for 1 M entries. Then the server's whole
  `verify` (chain, and every row against its last entry) beside the same floor plus every row read
  and hashed (`--only chain` leaves it out).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from harness import p95  # noqa: E402
from measures import QUERIES, _hash_entries, _hash_rows  # noqa: E402

TRIES = 3


@dataclass
class Row:
    title: str
    unit: str
    target: float
    server: float = math.nan
    server_floor: float = math.nan
    file: float = math.nan
    file_floor: float = math.nan
    floor_text: str = ""

    def line(self) -> str:
        met = "met" if self.server <= self.target else "MISSED"
        file = "n/a" if math.isnan(self.file) else \
            f"{self.file:9.3f} {self.unit:<2} ×{self.file / self.file_floor:5.2f}"
        return (f"{self.title:<32} {self.server:9.3f} {self.unit:<2} ×{self.server / self.server_floor:5.2f}"
                f"   {file:>19}   ≤ {self.target:g} {self.unit} {met}")


def _probe(*args: str, passphrase: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "COMPLIANCE_DESK_PASSPHRASE": passphrase}
    result = subprocess.run([sys.executable, str(HERE / "probe.py"), *args], capture_output=True, text=True,
                            env=env, timeout=600, cwd=tempfile.gettempdir())
    if result.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed:\n{result.stderr[-3000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def open_figures(url: str, password: str, copy: Path, passphrase: str) -> Row:
    """Best of TRIES launches per side, interleaved: bare window, server, file."""
    bare, server, file = [], [], []
    for _ in range(TRIES):
        bare.append(_probe("open-bare", repr(time.time()), passphrase="")["open_s"])
        server.append(_probe("open-app", url, repr(time.time()), passphrase=password)["open_s"])
        file.append(_probe("open-app", str(copy), repr(time.time()), passphrase=passphrase)["open_s"])
    return Row("open to first paint (KYC, ar)", "s", 0.8, min(server), min(bare), min(file), min(bare),
               "a bare QMainWindow with an empty QTableView, shown and painted from a fresh process")


def _best_ms(work: Callable[[], Any]) -> float:
    best = math.inf
    for _ in range(TRIES):
        started = time.perf_counter()
        work()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def _search_app(register: Any) -> list[float]:
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import listing

    def search(text: str) -> None:
        query = listing.ListQuery(CUSTOMER, search=text)
        listing.count(register, query)
        listing.page(register, query, 0, 200)

    return [_best_ms(partial(search, text)) for text in QUERIES]


def _search_direct(register: Any, execute: Callable[[str, Any], Any], mark: str) -> list[float]:
    """The same index condition as the app's, counted and its first 200 rows fetched, on `execute`."""
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage.search import index_match

    def direct(condition: str, params: list[Any]) -> None:
        condition = condition.replace("?", mark)
        execute(f"SELECT count(*) FROM customers_fts WHERE {condition}", params).fetchone()  # noqa: S608
        execute(f"SELECT c.* FROM customers_fts JOIN customers c ON c.id = customers_fts.rowid"  # noqa: S608
                f" WHERE {condition} LIMIT 200", params).fetchall()

    matches = [index_match(register, CUSTOMER, text) for text in QUERIES]
    return [_best_ms(partial(direct, *m)) for m in matches if m is not None]


def search_figures(server: Any, file: Any) -> tuple[Row, dict[str, list[float]]]:
    raw = server.conn.raw
    samples = {"server_floor": _search_direct(server, raw.execute, "%s"), "server": _search_app(server),
               "file_floor": _search_direct(file, file.conn.execute, "?"), "file": _search_app(file)}
    row = Row("Arabic search p95 (20 queries)", "ms", 50, p95(samples["server"]), p95(samples["server_floor"]),
              p95(samples["file"]), p95(samples["file_floor"]),
              "the same index condition counted and its first 200 rows fetched, straight on the connection"
              " (psycopg; FTS5 MATCH on the file)")
    return row, samples


def _chain_floor(conn: Any) -> float:
    started = time.perf_counter()
    _hash_entries(conn)
    return time.perf_counter() - started


def _chain(register: Any) -> float:
    from compliance_desk.storage import audit

    began = not register.conn.in_transaction
    if began and register.engine == "postgresql":  # one snapshot, as verify reads it
        register.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    started = time.perf_counter()
    _count, _seal, broken = audit.verify_chain(register.conn)
    elapsed = time.perf_counter() - started
    if began and register.engine == "postgresql":
        register.conn.execute("COMMIT")
    if broken is not None:
        raise RuntimeError(f"{register.identity}: the chain is broken: {broken}")
    return elapsed


def _rows_floor(conn: Any) -> float:
    """The hashing floor of the chain, and every register row read and hashed (its columns' text)."""
    started = time.perf_counter()
    _hash_entries(conn)
    _hash_rows(conn)
    return time.perf_counter() - started


def _verify(register: Any) -> float:
    started = time.perf_counter()
    verdict = register.verify()
    elapsed = time.perf_counter() - started
    if not verdict.ok:
        raise RuntimeError(f"{register.identity} does not verify: {verdict.problems[:3]}")
    return elapsed


def verify_figures(server: Any, file: Any, whole: bool = True) -> list[Row]:
    """The chain walked on both sides (the file's `verify` figure of benchmarks/run.py), best of 2;
    and the server's whole `verify` (chain and rows in one snapshot), once: the file's whole verify
    also checks its pages (SQLCipher's and SQLite's integrity checks) and is not the same work."""
    entries = server.audit_count()
    floor, app, file_floor, file_app = [], [], [], []
    for _ in range(2):
        floor.append(_chain_floor(server.conn.raw))
        app.append(_chain(server))
        file_floor.append(_chain_floor(file.conn))
        file_app.append(_chain(file))
    rows = [Row(f"verify the chain ({entries / 1e6:.2f} M)", "s", 15, min(app), min(floor), min(file_app),
                min(file_floor), "the same entries read and SHA-256'd over the same bytes in a plain loop")]
    if whole:
        rows.append(Row("verify, chain and rows (server)", "s", 15, _verify(server), _rows_floor(server.conn.raw),
                        floor_text="the chain's hashing floor, and every register row read and hashed"))
    return rows


def run(url: str, password: str, file_path: Path, passphrase: str, only: set[str] | None = None) -> list[Row]:
    from compliance_desk.storage.register import Register

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="server-full-") as folder:
        copy = Path(folder) / file_path.name
        shutil.copyfile(file_path, copy)
        for suffix in ("-wal", "-shm"):  # a file closed cleanly has none; copied if it has
            if Path(f"{file_path}{suffix}").exists():
                shutil.copyfile(f"{file_path}{suffix}", f"{copy}{suffix}")
        if only is None or "open" in only:
            rows.append(open_figures(url, password, copy, passphrase))
        with Register.open(url, password, read_only=True,
                           register_passphrase=os.environ.get("COMPLIANCE_DESK_REGISTER_PASSPHRASE")) as server, \
                Register.open(copy, passphrase, read_only=True) as file:
            print("server side opened " + ("with the login's register key (its unwrap in the open)" if
                                           getattr(server, "register_key", None) is not None else
                                           "WITHOUT a register key (no COMPLIANCE_DESK_REGISTER_PASSPHRASE)"))
            if only is None or "search" in only:
                rows.append(search_figures(server, file)[0])
            if only is None or "verify" in only or "chain" in only:
                rows.extend(verify_figures(server, file, whole=only is None or "verify" in only))
    return rows


def report(rows: list[Row]) -> None:
    print(f"{'':32} {'server':>12} {'/floor':>6}   {'file':>12} {'/floor':>6}   target (server)")
    for row in rows:
        print(row.line())
    print("baselines (same run; ×: the figure over its own side's baseline):")
    for row in rows:
        file = "" if math.isnan(row.file_floor) else f", file {row.file_floor:.3f} {row.unit}"
        print(f"  {row.title}: server {row.server_floor:.3f} {row.unit}{file} — {row.floor_text}")
