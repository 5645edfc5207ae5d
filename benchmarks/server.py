"""Officers saving at once on a register on a PostgreSQL server, beside the SQLCipher file.

    python benchmarks/server.py [--officers 10] [--seconds 30] [--rate 300] [--quick]
    python benchmarks/server.py --full URL [--file REGISTER.cdesk] [--only open,search,chain,verify]

Starts a throwaway cluster (tests/pg.py: Unix socket, fsync off as in the tests, so the figures
are the app's and the server's work, not the disk's), makes a register with 50 activities and one
officer login per process, then runs N processes that each save audited edits (records.update of
a random activity, one transaction with its audit entry) for the given time. Prints the aggregate
saves per second, the p50/p95 save time, the chain forks (entries that follow the same entry: must
be 0) and whether `verify` holds, and the time `verify` takes; then the same edits by one process
on a SQLCipher file (the file has one writer at a time). Issue 21's targets: ≥ 300 saves/s and
p95 ≤ 25 ms with 10 officers for 30 s, zero forks. --quick: 3 officers for 3 s (a smoke test).
The baseline, run first by the same processes for the same time: the floor of a save (_Floor), so
the ratios say what the app's save costs over a transaction that does nothing but write under the
same kind of lock.

Officers that save back to back (the default) measure the most saves per second the server takes;
their save time is then mostly the wait for the writers' lock (N writers, X saves/s: N / X seconds
per save on average, Little's law), so p95 ≤ 25 ms with 10 such writers needs some 550–600 saves/s:
the lock must be held well under 1.7 ms a save, however busy the CPUs. What a save holds it for
(storage/pg/register.py): the save reads its row with BEGIN, without the lock (one message); the
lock, the chain's head and the UPDATE go as one message, the audit entry, the search index, the
notice and COMMIT as another; between the two, only the entry's hash (the row's hash and index body
were worked out before the lock). Two round trips under the lock where there were five, statements
prepared on the server from their second use (storage/pg/messages.py).
--rate R offers R saves per second in all, each officer on its own schedule (R / N per second):
a save's time is counted from when it was due, so a save kept waiting counts whole. Before the
officers start, one save alone is profiled: its round trips and how long it holds the writers' lock,
from the sending of the message that takes it to the end of COMMIT (the baseline of the concurrent
figure: a save that waited for no one).

--full URL: the full-size figures (open to first paint, Arabic search p95, verify) on the register
at URL beside the same work on the file (benchmarks/server_full.py).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from compliance_desk.storage import records  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

ACTIVITIES = 50
PASSWORD = "bench officer"  # noqa: S105 - a throwaway cluster's


class _Floor:
    """The floor of a save on the server: a row of an audit entry's size inserted by a transaction
    that holds a writers' lock too (BEGIN and the lock, INSERT, COMMIT: three round trips), with
    psycopg straight; no reads, no hashing, no index."""

    BODY = "x" * 600

    def __init__(self, target: str, secret: str) -> None:
        import psycopg

        self.conn = psycopg.connect(target, password=secret, autocommit=True)

    def __enter__(self) -> _Floor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()

    def save(self) -> None:
        self.conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({FLOOR_LOCK})")
        self.conn.execute("INSERT INTO bench_floor (body) VALUES (%s)", (self.BODY,))
        self.conn.execute("COMMIT")


FLOOR_LOCK = 0x43444553_4B0000FF  # not the register's writers' lock


def _save_for(target: str, secret: str, seconds: float, seed: int, rate: float = 0.0,
              floor: bool = False) -> list[float]:
    """Audited edits of random activities until the time is up; each save's duration in ms. With a
    rate (saves per second), save n is due at start + n / rate and its time counts from then.
    `floor`: the floor transaction instead (_Floor)."""
    chance = random.Random(seed)
    times: list[float] = []
    with _Floor(target, secret) if floor else Register.open(target, secret) as register:
        start = time.perf_counter()
        deadline = start + seconds
        n = 0
        if rate:
            time.sleep(chance.random() / rate)  # the officers' schedules do not all start at once
            start = time.perf_counter()
        while time.perf_counter() < deadline:
            n += 1
            began = time.perf_counter()
            if rate:
                due = start + (n - 1) / rate
                if due > began:
                    time.sleep(due - began)
                began = due
            if isinstance(register, _Floor):
                register.save()
            else:
                records.update(register, "activity", chance.randint(1, ACTIVITIES), {"notes": f"edit {seed}-{n}"})
            times.append((time.perf_counter() - began) * 1000)
    return times


def _worker(args: tuple[str, str, float, int, float, bool]) -> list[float]:
    return _save_for(*args)


def _one_save(target: str, secret: str, saves: int = 200) -> None:
    """One writer alone: the round trips (messages) of a save and how long it holds the writers' lock
    (p50): from the sending of the message that takes it to the end of COMMIT."""
    from compliance_desk.storage.pg.register import PgRegister

    trips, held, whole = [], [], []
    with Register.open(target, secret) as register:
        assert isinstance(register, PgRegister)
        conn = register.conn
        count = [0]
        locked = [0.0]
        send, message = conn.send, conn._messages.message

        def counted(query: str, params: Any, **options: Any) -> Any:
            count[0] += 1
            return send(query, params, **options)

        def lock_sent(statements: Any) -> Any:  # the message that takes the lock is built, then sent
            if any(text.startswith("SELECT pg_advisory_xact_lock(") for text, *_ in statements):
                locked[0] = time.perf_counter()
            return message(statements)

        conn._messages.message = lock_sent  # type: ignore[method-assign]
        conn.send = counted  # type: ignore[method-assign]
        commit = register._commit

        def timed_commit() -> None:
            commit()
            held.append((time.perf_counter() - locked[0]) * 1000)

        register._commit = timed_commit  # type: ignore[method-assign]
        for n in range(saves):
            count[0] = 0
            began = time.perf_counter()
            records.update(register, "activity", 1 + n % ACTIVITIES, {"notes": f"alone {n}"})
            whole.append((time.perf_counter() - began) * 1000)
            trips.append(count[0])
    print(f"{'one save alone (PostgreSQL)':<34} {statistics.median(trips):.0f} round trips; save p50"
          f" {statistics.median(whole):.2f} ms, writers' lock held p50 {statistics.median(held):.2f} ms"
          f" (at most {1000 / statistics.median(held):.0f} saves/s through the lock)")


def _figures(name: str, seconds: float, samples: list[list[float]],
             floor: tuple[float, float] | None = None) -> tuple[float, float]:
    """Prints saves/s, p50 and p95 (and their ratios to `floor`'s saves/s and p95); returns both."""
    every = [t for s in samples for t in s]
    p95 = statistics.quantiles(every, n=20)[-1] if len(every) > 1 else every[0]
    rate = len(every) / seconds
    ratios = f"   floor ×{rate / floor[0]:.2f} saves/s, ×{p95 / floor[1]:.2f} p95" if floor else ""
    print(f"{name:<34} {rate:8.0f} saves/s   p50 {statistics.median(every):6.1f} ms"
          f"   p95 {p95:6.1f} ms   ({len(samples)} writer(s), {len(every)} saves){ratios}")
    return rate, p95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--officers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=0.0, help="saves per second offered by all officers together")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--full", metavar="URL", help="the full-size figures of the register at URL")
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench200k.cdesk"),
                        help="with --full: the SQLCipher register of the same work (copied, never written)")
    parser.add_argument("--only", default="", help="with --full: some of open,search,chain,verify")
    args = parser.parse_args(argv)
    print(f"machine: {multiprocessing.cpu_count()} CPU(s), this run on CPU(s)"
          f" {','.join(map(str, sorted(os.sched_getaffinity(0))))}")
    if args.full:
        import server_full

        rows = server_full.run(args.full, os.environ.get("COMPLIANCE_DESK_PASSPHRASE", ""), args.file,
                               os.environ.get("COMPLIANCE_DESK_FILE_PASSPHRASE", "benchmark passphrase"),
                               set(args.only.split(",")) if args.only else None)
        server_full.report(rows)
        return 0 if all(r.server <= r.target for r in rows) else 1
    officers, seconds = (3, 3.0) if args.quick else (args.officers, args.seconds)
    from compliance_desk.storage.pg import server
    from tests import pg

    try:
        cluster = pg.start_cluster()
    except FileNotFoundError as error:
        print(f"no PostgreSQL server here: {error}")
        return 0
    try:
        with pg.admin(cluster) as conn:
            conn.execute("CREATE DATABASE bench")
        url = cluster.url("bench")
        server.init(url, pg.SUPERUSER_PASSWORD)
        with Register.open(url, pg.SUPERUSER_PASSWORD) as owner, owner.atomic():
            for n in range(ACTIVITIES):
                records.create(owner, "activity", {"name_en": f"Activity {n}", "status": "active"})
        logins = [pg.add_user(cluster, url, f"officer{n}", "officer", PASSWORD) for n in range(officers)]
        with pg.admin(cluster, "bench") as conn:
            conn.execute("CREATE TABLE bench_floor (id bigserial PRIMARY KEY, body text)")
            conn.execute("GRANT INSERT ON bench_floor TO officer")
            conn.execute("GRANT USAGE ON SEQUENCE bench_floor_id_seq TO officer")
        _one_save(logins[0], PASSWORD, 20 if args.quick else 200)
        each = args.rate / officers
        with multiprocessing.get_context("spawn").Pool(officers) as pool:
            floors = pool.map(_worker, [(login, PASSWORD, seconds, n, each, True) for n, login in enumerate(logins)])
            samples = pool.map(_worker, [(login, PASSWORD, seconds, n, each, False) for n, login in enumerate(logins)])
        with Register.open(url, pg.SUPERUSER_PASSWORD, read_only=True) as reader:
            entries, distinct = reader.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
            began = time.perf_counter()
            verdict = reader.verify()
            verify_s = time.perf_counter() - began
        print("PostgreSQL on a Unix socket, fsync off" + (f"; {args.rate:g} saves/s offered" if args.rate else
                                                          "; officers save back to back"))
        floor = _figures(f"floor, {officers} writers", seconds, floors)
        _figures(f"PostgreSQL, {officers} officers", seconds, samples, floor)
        print(f"{'':34} chain forks {entries - distinct}; verify {'holds' if verdict.ok else 'FAILS'}"
              f" over {verdict.entries} entries in {verify_s:.2f} s")
    finally:
        pg.remove_cluster(cluster)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.cdesk"
        with Register.create(path, PASSWORD, {"legal_name_en": "Bench"}, actor="bench") as register, \
                register.atomic():
            for n in range(ACTIVITIES):
                records.create(register, "activity", {"name_en": f"Activity {n}", "status": "active"})
        _figures("SQLCipher file, 1 writer", seconds, [_save_for(str(path), PASSWORD, seconds, 0)])
    return 0 if verdict.ok and entries == distinct else 1


if __name__ == "__main__":
    raise SystemExit(main())
