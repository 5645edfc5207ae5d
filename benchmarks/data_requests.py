"""Data-subject requests at scale: the action queue, the one view of a person, a year's report.

    .venv/bin/python benchmarks/data_requests.py [--requests 20000] [--linked 50] [--runs 3] [--quick]

Builds a register in a temporary folder: `--requests` requests received over a year (written like
an import), one customer with `--linked` records naming them (documents, checks, disclosures,
requests), then prints the median and worst time of: the whole action queue, the requests'
provider alone, the person view (storage.persons.person), and the year's requests report (PDF).
Targets (issue 17): queue ≤ 100 ms with 20 000 requests; person view ≤ 200 ms for 50 linked
records; a year's report ≤ 3 s. `--quick` runs 2 000 requests once (a check that it works).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance_desk.domain import clock  # noqa: E402
from compliance_desk.reports.export import export_pdf  # noqa: E402
from compliance_desk.storage import disclosures, kyc, persons, queue, request_samples, requests  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def timed(work: Callable[[], Any], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times)


def person_with(register: Register, linked: int) -> int:
    """A customer with `linked` records naming them: a fifth documents, a fifth checks, the rest
    shared between disclosures and requests."""
    customer = kyc.save_customer(register, None, {"client_ref": "BENCH-1", "full_name_en": "Bench Person"})
    documents = linked // 5
    for n in range(documents):
        doc = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                 "number": f"P{n:07d}", "expiry_date": "2030-01-01"})
        kyc.record_check(register, {"document_id": doc, "checked_on": "2026-03-01", "result": "verified"})
    rest = linked - 2 * documents
    for n in range(rest // 2):
        disclosures.create(register, {"received_date": "2026-03-01", "requester_type": "court",
                                      "requester_name": f"Court {n}", "request_type": "court_order"},
                           customer_ids=[customer])
    for _ in range(rest - rest // 2):
        requests.create(register, {"received_at": "2026-03-01 10:00", "customer_id": customer,
                                   "rights": ["access"]})
    return customer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--linked", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests, args.runs = 2_000, 1
    clock.fix(dt.datetime(2026, 12, 15, 9, 0, tzinfo=dt.UTC))
    with tempfile.TemporaryDirectory(prefix="bench-requests-") as folder:
        path = Path(folder) / "requests.cdesk"
        with Register.create(path, PASSPHRASE, {"legal_name_en": "Bench Co."}, actor="bench") as register:
            started = time.perf_counter()
            request_samples.bulk(register, args.requests, first=dt.date(2026, 1, 1), days=365)
            customer = person_with(register, args.linked)
            print(f"built {args.requests} requests and a person with {args.linked} linked records "
                  f"in {time.perf_counter() - started:.1f} s")
            today = requests.today(register)
            items = [i for i in queue.collect(register, today) if i.entity == "request"]
            median, worst = timed(lambda: queue.queue(register), args.runs)
            print(f"action queue ({len(items)} request items): median {median * 1000:.1f} ms, "
                  f"worst {worst * 1000:.1f} ms (target ≤ 100 ms)")
            median, worst = timed(lambda: requests.queue_items(register, today), args.runs)
            print(f"  requests provider alone: median {median * 1000:.1f} ms, worst {worst * 1000:.1f} ms")
            view = persons.person(register, customer)
            count = len(view.documents) * 2 + len(view.disclosures) + len(view.requests)
            median, worst = timed(lambda: persons.person(register, customer), args.runs)
            print(f"person view ({count} linked records, {len(view.holds)} holds): median {median * 1000:.1f} ms, "
                  f"worst {worst * 1000:.1f} ms (target ≤ 200 ms)")
            out = Path(folder) / "requests.pdf"
            median, worst = timed(lambda: export_pdf(register, "requests", out, lang="en", date_from="2026-01-01",
                                                     date_to="2026-12-31"), args.runs)
            print(f"requests report for 2026 ({args.requests + args.linked // 3} requests, "
                  f"{out.stat().st_size // 1024} KB): median {median:.2f} s, worst {worst:.2f} s (target ≤ 3 s)")
    clock.fix(None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
