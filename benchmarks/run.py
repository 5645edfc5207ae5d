"""The figures of the performance issue, each the median of several runs, with same-run baselines.

    python benchmarks/run.py [--register PATH] [--runs 3] [--json] [--quick]

Builds (or reuses) the synthetic register of make_register.py and prints one table. --quick uses a
small register and one run: CI runs it to see that every measurement works, never to judge speed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FULL = {"customers": 200_000, "documents": 500_000, "checks": 500_000, "disclosures": 20_000,
        "activities": 500, "audit": 1_000_000}
QUICK = {"customers": 3_000, "documents": 7_500, "checks": 7_500, "disclosures": 400, "activities": 50,
         "audit": 30_000}
QUERIES = ["احمد", "أحمد", "إحمد الزهراني", "محمد", "ساره", "سارة العتيبي", "عبدالله", "فيصل", "نوره",
           "الحربي", "الأنصاري", "ريم", "خالد الشمري", "١٠٠٧", "BO-19", "Khalid", "Noura", "Omar",
           "تركي", "جود"]

OPEN_PROBE = r"""
import os, resource, sys, tempfile, time
launched = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from compliance_desk.storage.register import Register
from compliance_desk.ui.shell.main_window import MainWindow
from compliance_desk.ui.shell.settings import Settings
settings = Settings(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat))
settings.set("last_page", "kyc")
register = Register.open(sys.argv[1], os.environ["COMPLIANCE_DESK_PASSPHRASE"])
window = MainWindow(register, settings, "ar")
window.resize(1280, 800)
window.show()
app.processEvents()
opened = time.time() - launched
window.kyc.view.scrollToBottom()
app.processEvents()
print(opened, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, window.kyc.model.rows_fetched)
register.close()
"""

XLSX_PROBE = r"""
import os, resource, sys, time
from compliance_desk.storage.register import Register
register = Register.open(sys.argv[1], os.environ["COMPLIANCE_DESK_PASSPHRASE"], read_only=True)
rows = int(sys.argv[3])

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0

before = status("VmRSS:")
with open("/proc/self/clear_refs", "w") as handle:  # resets VmHWM, the peak RSS, to the RSS now
    handle.write("5")
started = time.perf_counter()
if sys.argv[4] == "openpyxl":
    from compliance_desk.reports.workbook import write_workbook
    write_workbook(register, sys.argv[2], lang="ar", only=("customers",), limit=rows, columns=12, seal="x")
else:  # the baseline: the same rows and columns, xlsxwriter in constant-memory mode
    import xlsxwriter
    from compliance_desk.reports.cells import display
    from compliance_desk.reports.workbook import SHEETS
    spec = next(s for s in SHEETS if s.key == "customers")
    columns = spec.columns[:12]
    book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
    sheet = book.add_worksheet("customers")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, [c.header("ar") for c in columns])
    cursor = register.conn.execute(spec.query + f" LIMIT {rows}")
    names = [d[0] for d in cursor.description]
    r = 1
    while batch := cursor.fetchmany(2000):
        for values in batch:
            row = dict(zip(names, values))
            for c, column in enumerate(columns):
                value = display(column.field, row.get(column.key), "ar")
                if hasattr(value, "isoformat"):
                    sheet.write_datetime(r, c, value, dates) if hasattr(value, "hour") else sheet.write(r, c, value.isoformat())
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif value is not None:
                    sheet.write(r, c, value)
            r += 1
    book.close()
elapsed = time.perf_counter() - started
print(elapsed, status("VmHWM:") - before)
"""


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def probe(code: str, *args: str) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            timeout=1800)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return [float(x) for x in result.stdout.split()]


def measure(path: Path, runs: int, xlsx_rows: int, pdf_period: tuple[str, str]) -> dict[str, float]:
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.reports import disclosures as disclosure_report
    from compliance_desk.storage import audit, kyc, listing
    from compliance_desk.storage.register import Register

    figures: dict[str, float] = {}
    opened = [probe(OPEN_PROBE, str(path), str(time.time())) for _ in range(runs)]
    figures["open_s"] = median([o[0] for o in opened])
    figures["peak_rss_mb"] = max(o[1] for o in opened)
    figures["open_rows_fetched"] = opened[0][2]

    register = Register.open(path, os.environ["COMPLIANCE_DESK_PASSPHRASE"])
    try:
        timings = []
        for _ in range(runs):
            for query in QUERIES:
                started = time.perf_counter()
                q = listing.ListQuery(CUSTOMER, search=query)
                listing.count(register, q)
                listing.page(register, q, 0, 200)
                timings.append((time.perf_counter() - started) * 1000)
        figures["search_p50_ms"], figures["search_p95_ms"] = median(timings), p95(timings)

        scroll = []
        for _ in range(runs):
            started = time.perf_counter()
            q = listing.ListQuery(CUSTOMER, sort="full_name_ar")
            total = listing.count(register, q)
            listing.page(register, q, 0, 200)
            listing.page(register, q, max(total - 200, 0), 200)
            scroll.append(time.perf_counter() - started)
        figures["sort_scroll_s"] = median(scroll)

        saves = []
        for i in range(max(runs * 10, 10)):
            started = time.perf_counter()
            kyc.save_customer(register, 1 + i, {"notes": f"benchmark edit {i}"})
            saves.append((time.perf_counter() - started) * 1000)
        figures["save_p50_ms"] = median(saves)

        chain = []
        for _ in range(runs):
            started = time.perf_counter()
            count, _seal, broken = audit.verify_chain(register.conn)
            chain.append(time.perf_counter() - started)
            assert broken is None
        figures["verify_s"], figures["audit_entries"] = median(chain), count
        started = time.perf_counter()
        verdict = register.verify()
        figures["verify_full_s"] = time.perf_counter() - started
        assert verdict.ok, verdict.problems[:3]

        with tempfile.TemporaryDirectory() as folder:
            ours = [probe(XLSX_PROBE, str(path), f"{folder}/o{i}.xlsx", str(xlsx_rows), "openpyxl") for i in range(runs)]
            base = [probe(XLSX_PROBE, str(path), f"{folder}/b{i}.xlsx", str(xlsx_rows), "xlsxwriter") for i in range(runs)]
            figures["xlsx_s"] = median([o[0] for o in ours])
            figures["xlsx_rss_growth_mb"] = max(o[1] for o in ours)
            figures["xlsx_baseline_s"] = median([b[0] for b in base])
            figures["xlsx_baseline_rss_growth_mb"] = max(b[1] for b in base)
            pages = 0
            for lang in ("en", "ar"):
                times = []
                for i in range(runs):
                    started = time.perf_counter()
                    out = Path(folder) / f"d-{lang}-{i}.pdf"
                    disclosure_report.write(register, out, lang, register.seal(), date_from=pdf_period[0],
                                            date_to=pdf_period[1])
                    times.append(time.perf_counter() - started)
                figures[f"pdf_{lang}_s"] = median(times)
                from pypdf import PdfReader

                pages = len(PdfReader(out).pages)
            figures["pdf_pages"] = pages
            figures["pdf_rows"] = len(disclosure_store_rows(register, pdf_period))
    finally:
        register.close()
    figures["benchmark_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def disclosure_store_rows(register, period):  # type: ignore[no-untyped-def]
    from compliance_desk.storage.disclosures import period_rows

    return period_rows(register, *period)


TARGETS = [
    ("open_s", "open to first paint, 200k customers", "≤ 0.6 s"),
    ("search_p50_ms", "search p50 (Arabic-normalised)", ""),
    ("search_p95_ms", "search p95 (Arabic-normalised)", "≤ 30 ms"),
    ("sort_scroll_s", "sort by name and page to the end", ""),
    ("save_p50_ms", "save one record + audit entry, p50", "≤ 3 ms"),
    ("verify_s", "verify the audit chain", "≤ 10 s (1M)"),
    ("verify_full_s", "verify everything (pages, rows, chain)", ""),
    ("audit_entries", "audit entries", ""),
    ("xlsx_s", "xlsx customers × 12 columns (openpyxl)", "≤ 1.0 × baseline"),
    ("xlsx_baseline_s", "  baseline: xlsxwriter constant memory", ""),
    ("xlsx_rss_growth_mb", "xlsx peak RSS growth", "≤ 50 MB"),
    ("xlsx_baseline_rss_growth_mb", "  baseline peak RSS growth", ""),
    ("pdf_en_s", "pdf disclosure log, English", "≤ 3 s"),
    ("pdf_ar_s", "pdf disclosure log, Arabic", "≤ 2 × English"),
    ("pdf_rows", "  requests in the log", ""),
    ("pdf_pages", "  pages", ""),
    ("peak_rss_mb", "peak RSS, register open and scrolled", "≤ 250 MB"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--register", type=Path, help="reuse this register (built when missing)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("COMPLIANCE_DESK_PASSPHRASE", "benchmark passphrase")
    sizes = QUICK if args.quick else FULL
    runs = 1 if args.quick else args.runs
    folder = Path(tempfile.mkdtemp()) if args.register is None else args.register.parent
    path = args.register or folder / ("quick.cdesk" if args.quick else "bench.cdesk")
    from make_register import build

    if not path.exists():
        build(path, **sizes, log=not args.json)
    xlsx_rows = min(100_000, sizes["customers"])
    period = ("2020-01-01", "2022-12-31")  # half of the generated requests
    figures = measure(path, runs, xlsx_rows, period)
    figures["xlsx_rows"] = xlsx_rows
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{'figure':46} {'measured':>12}  target")
    for key, title, target in TARGETS:
        value = figures[key]
        text = f"{value:.3f}" if isinstance(value, float) and value < 100 else f"{value:.0f}"
        print(f"{title:46} {text:>12}  {target}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
