"""Data-subject requests at scale: the action queue, the one view of a person, a year's report.

    .venv/bin/python benchmarks/data_requests.py [--requests 20000] [--linked 50] [--runs 3] [--quick]

Builds a register in a temporary folder: `--requests` requests received over a year (written like
an import), one customer with `--linked` records naming them (documents, checks, disclosures,
requests), then prints the median and worst time of: the whole action queue, the requests'
provider alone, the person view (storage.persons.person), and the year's requests report (PDF).
Targets (issue 17): queue ≤ 100 ms with 20 000 requests; person view ≤ 200 ms for 50 linked
records; a year's report ≤ 3 s. `--quick` runs 2 000 requests once (a check that it works).

In run.py (issue 22) the same work is the "requests" measurement: `setup`, `measure`, `baseline` and
`teardown` below, each figure beside a floor measured in the same run:
    python benchmarks/run.py --only requests [--quick]
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

from harness import Stopwatch, Timed, alternate, batch  # noqa: E402  (benchmarks/ is on the path: run.py, or this script)

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


# ---------------------------------------------------------------- figures for run.py (same-run baselines)
# run.py's Measurement "requests": its own register of REQUESTS requests (QUICK_REQUESTS with --quick)
# built in the run's scratch folder, the clock fixed at NOW; each figure beside the floor of its work.
REQUESTS, QUICK_REQUESTS, LINKED = 20_000, 2_000, 50
BATCH_S = 0.2  # CPU seconds of each batch of queue computations or person views (a view takes ~35 ms)
NOW = dt.datetime(2026, 12, 15, 9, 0, tzinfo=dt.UTC)
YEAR = ("2026-01-01", "2026-12-31")
_state: dict[str, Any] = {}


def setup(bench: Any) -> None:
    """Build the requests register and a customer with LINKED records naming them; record the strings
    the year's report draws (for its floor)."""
    from drawing import recorded, save

    from compliance_desk.reports import requests as report

    count = QUICK_REQUESTS if bench.quick else REQUESTS
    clock.fix(NOW)
    path = bench.folder / "requests.cdesk"
    path.unlink(missing_ok=True)
    register = Register.create(path, PASSPHRASE, {"legal_name_en": "Bench Co."}, actor="bench")
    request_samples.bulk(register, count, first=dt.date(2026, 1, 1), days=365)
    customer = person_with(register, LINKED)
    _state.update(register=register, customer=customer, today=requests.today(register))
    with recorded() as strings:
        report.write(register, bench.folder / "requests-recorded.pdf", "en", register.seal(), date_from=YEAR[0],
                     date_to=YEAR[1])
    save(strings, bench.folder / "requests-strings.json")
    bench.details["requests_register"] = count
    bench.details["requests_person_linked"] = LINKED
    bench.details["requests_report_strings"] = len(strings)


def teardown(bench: Any) -> None:
    register = _state.pop("register", None)
    if register is not None:
        register.close()
    _state.clear()
    clock.fix(None)


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


Timer = Callable[[], Timed]


def _app_side(bench: Any) -> dict[str, Timer]:
    """The app's way: the whole action queue, the one view of a person opened (the dialog built, shown
    and closed), the year's requests report written (PDF, English). The queue and the person view, a few
    milliseconds each, are batches of BATCH_S of CPU time (the mean of one), as their floors are."""
    from PySide6.QtWidgets import QApplication

    from compliance_desk.reports import requests as report
    from compliance_desk.ui.requests.person_view import PersonView

    register, customer = _state["register"], _state["customer"]
    app = _application()
    seconds = BATCH_S / 10 if bench.quick else BATCH_S
    bench.details["requests_queue_items"] = len(queue.queue(register))

    def person() -> None:
        view = PersonView(register, customer, "en")
        view.show()
        QApplication.processEvents()
        view.close()
        view.deleteLater()
        app.processEvents()

    def write() -> Timed:
        watch = Stopwatch()
        report.write(register, bench.folder / "requests-app.pdf", "en", register.seal(), date_from=YEAR[0],
                     date_to=YEAR[1])
        return watch.elapsed()

    return {"dsr_queue_ms": lambda: batch(lambda: queue.queue(register), seconds),
            "dsr_person_ms": lambda: batch(person, seconds), "dsr_report_s": write}


def _floor_side(bench: Any) -> dict[str, Timer]:
    """The floor of the same work: the queue's requests SELECT straight on the connection; the person's
    rows selected straight on the connection and put as plain text into bare QTableWidgets shown in a
    QTabWidget (both in batches, as the app's); the year's rows selected and the report's own strings
    drawn with canvas.drawString."""
    from drawing import draw, load
    from probe import fonts

    register, customer, today = _state["register"], _state["customer"], _state["today"]
    conn = register.conn
    app = _application()
    seconds = BATCH_S / 10 if bench.quick else BATCH_S
    limit = (today + dt.timedelta(days=7)).isoformat()

    def select() -> None:
        conn.execute("SELECT id, reference, requester_name, due_date, rights, extension_days FROM requests"
                     " WHERE due_date IS NOT NULL AND due_date <= ? AND stage NOT IN ('answered', 'closed')",
                     (limit,)).fetchall()

    def write() -> Timed:
        watch = Stopwatch()
        conn.execute("SELECT * FROM requests WHERE received_date >= ? AND received_date <= ?", YEAR).fetchall()
        draw(load(bench.folder / "requests-strings.json"), bench.folder / "requests-bare.pdf", fonts())
        return watch.elapsed()

    return {"dsr_queue_ms": lambda: batch(select, seconds),
            "dsr_person_ms": lambda: batch(lambda: _bare_person(conn, customer, app), seconds),
            "dsr_report_s": write}


def measure(bench: Any) -> dict[str, Timed]:
    return {key: timer() for key, timer in _app_side(bench).items()}


def baseline(bench: Any) -> dict[str, Timed]:
    return {key: timer() for key, timer in _floor_side(bench).items()}


def together(bench: Any, app_first: bool) -> tuple[dict[str, Timed], dict[str, Timed]]:
    """Figure by figure, the app's side and its floor one right after the other (harness.alternate)."""
    ours, floor = _app_side(bench), _floor_side(bench)
    app_times, floor_times = alternate([(ours[key], floor[key]) for key in ours], app_first)
    return dict(zip(ours, app_times, strict=True)), dict(zip(ours, floor_times, strict=True))


def _bare_person(conn: Any, customer: int, app: Any) -> None:
    """The person's rows selected on the connection, put as text into bare QTableWidgets in a QTabWidget,
    shown and closed."""
    from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout

    tables = [
        conn.execute("SELECT * FROM customers WHERE id = ?", (customer,)).fetchall(),
        conn.execute("SELECT * FROM documents WHERE customer_id = ?", (customer,)).fetchall(),
        conn.execute("SELECT c.* FROM checks c JOIN documents d ON d.id = c.document_id WHERE d.customer_id = ?",
                     (customer,)).fetchall(),
        conn.execute("SELECT * FROM requests WHERE customer_id = ?", (customer,)).fetchall(),
        conn.execute("SELECT d.* FROM disclosures d JOIN disclosure_customers dc ON dc.disclosure_id = d.id"
                     " WHERE dc.customer_id = ?", (customer,)).fetchall(),
        conn.execute("SELECT * FROM activities").fetchall(),
    ]
    dialog = QDialog()
    tabs = QTabWidget()
    QVBoxLayout(dialog).addWidget(tabs)
    for rows in tables:
        table = QTableWidget(len(rows), 5)
        for r, row in enumerate(rows):
            for c in range(5):
                table.setItem(r, c, QTableWidgetItem(str(row[c + 1] if c + 1 < len(row) else "")))
        tabs.addTab(table, str(len(rows)))
    dialog.show()
    app.processEvents()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()


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
