"""How long the action queue takes to compute (the home page and the counts beside the page names).

    .venv/bin/python benchmarks/action_queue.py --register PATH [--runs 3]

PATH is a register built by benchmarks/make_register.py (passphrase from COMPLIANCE_DESK_PASSPHRASE,
default "benchmark passphrase"); it is opened for writing, so it is migrated first if it is older.
Prints the item count and the median and worst time of each provider and of the whole queue.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance_desk.domain import clock  # noqa: E402
from compliance_desk.storage import queue  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

PASSPHRASE = os.environ.get("COMPLIANCE_DESK_PASSPHRASE", "benchmark passphrase")


def timed(work, runs: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        count = len(work())
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--register", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with Register.open(args.register, PASSPHRASE) as register:
        customers = register.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        today = clock.today()
        for provider in queue.PROVIDERS:
            median, worst, count = timed(lambda p=provider: p(register, today), args.runs)
            print(f"  {provider.__module__.rsplit('.', 1)[-1]}.{provider.__name__}: {count} items, "
                  f"median {median:.2f} s, worst {worst:.2f} s")
        median, worst, count = timed(lambda: queue.queue(register, today), args.runs)
        print(f"action queue for {customers} customers: {count} items, median {median:.2f} s, worst {worst:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
