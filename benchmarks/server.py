"""Officers saving at once on a register on a PostgreSQL server, beside the SQLCipher file.

    python benchmarks/server.py [--officers 10] [--seconds 30] [--quick]

Starts a throwaway cluster (tests/pg.py: Unix socket, fsync off as in the tests, so the figures
are the app's and the server's work, not the disk's), makes a register with 50 activities and one
officer login per process, then runs N processes that each save audited edits (records.update of
a random activity, one transaction with its audit entry) for the given time. Prints the aggregate
saves per second, the p50/p95 save time, the chain forks (entries that follow the same entry: must
be 0) and whether `verify` holds, and the time `verify` takes; then the same edits by one process
on a SQLCipher file (the file has one writer at a time). Issue 21's targets: ≥ 300 saves/s and
p95 ≤ 25 ms with 10 officers for 30 s, zero forks. --quick: 3 officers for 3 s (a smoke test).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compliance_desk.storage import records  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

ACTIVITIES = 50
PASSWORD = "bench officer"  # noqa: S105 - a throwaway cluster's


def _save_for(target: str, secret: str, seconds: float, seed: int) -> list[float]:
    """Audited edits of random activities until the time is up; each save's duration in ms."""
    chance = random.Random(seed)
    times: list[float] = []
    with Register.open(target, secret) as register:
        deadline = time.perf_counter() + seconds
        n = 0
        while time.perf_counter() < deadline:
            n += 1
            began = time.perf_counter()
            records.update(register, "activity", chance.randint(1, ACTIVITIES), {"notes": f"edit {seed}-{n}"})
            times.append((time.perf_counter() - began) * 1000)
    return times


def _worker(args: tuple[str, str, float, int]) -> list[float]:
    return _save_for(*args)


def _figures(name: str, seconds: float, samples: list[list[float]]) -> None:
    every = [t for s in samples for t in s]
    p95 = statistics.quantiles(every, n=20)[-1] if len(every) > 1 else every[0]
    print(f"{name:<34} {len(every) / seconds:8.0f} saves/s   p50 {statistics.median(every):6.1f} ms"
          f"   p95 {p95:6.1f} ms   ({len(samples)} writer(s), {len(every)} saves)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--officers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
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
        with multiprocessing.get_context("spawn").Pool(officers) as pool:
            samples = pool.map(_worker, [(login, PASSWORD, seconds, n) for n, login in enumerate(logins)])
        with Register.open(url, pg.SUPERUSER_PASSWORD, read_only=True) as reader:
            entries, distinct = reader.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
            began = time.perf_counter()
            verdict = reader.verify()
            verify_s = time.perf_counter() - began
        print(f"machine: {multiprocessing.cpu_count()} CPU(s); PostgreSQL on a Unix socket, fsync off")
        _figures(f"PostgreSQL, {officers} officers", seconds, samples)
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
