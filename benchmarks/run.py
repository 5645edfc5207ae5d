"""The performance figures, each beside a baseline measured in the same run and judged as a ratio.

    python benchmarks/run.py [--register PATH] [--runs 3] [--json] [--quick] [--only NAME,…]
                             [--label TEXT] [--import-budget FACTOR] [--profile NAME]
    python benchmarks/run.py --table RUN.json | --compare RUN1.json RUN2.json

Builds (or reuses) the synthetic register of make_register.py and prints one table: each figure's
value, its baseline, their ratio and the target, under a machine line and a fixed single-core
reference timed at the start and the end of the run. The ratio is the median over the runs of each
run's app ÷ the baseline measured beside it, so the load of a shared machine weighs on both sides.
Every time is taken as wall time and as the CPU time of the process doing the work; the ratio is
judged on CPU time (the wall values and wall ratio are printed beside it: what the officer waits),
absolute targets stay on wall time (harness.py says why).
--json prints one JSON object instead (the whole output parses); --table and --compare read saved
ones. --quick: a small register and one run, which the test suite runs to see that every figure and
every baseline is produced, never to judge speed. --profile NAME: one run of one measurement under
cProfile, its probes too (py-spy, if installed, distorts less: `py-spy record -- python
benchmarks/probe.py …`).

Adding a figure
---------------
Write the two functions in your own module (benchmarks/screening.py, …) and append one
`Measurement` to FIGURES below; the table, the JSON, --only, --profile, --quick and its test pick
it up. `measure` does the work the app's way; `baseline` does the same work at its floor on this
machine, the least any program would do for the same result (the same SQL straight on the
connection, the same bytes hashed in a plain loop, the same rows written by the fastest library).
Both take the `Bench` (measures.py: `.register` open for writing, `.folder` for scratch files,
`.probe(...)` for work in a fresh process, `.details` for counts worth printing, `.quick`) and
return seconds or milliseconds as `Timed(wall, cpu)` (take them with `harness.Stopwatch`; a probe
reports its own CPU time), a plain number for memory: one, a list of samples (one per query, say),
or {figure key: value(s)} when one run feeds several figures. If one side runs in a fresh process, so does the
other. Each `Figure` has a key (ending in its unit: `_s`, `_ms`, `_mb`), a title, a unit, a
statistic (median, p95, maximum) and a target: a ratio to the baseline, or `absolute=True` for
memory. Work of a few milliseconds takes `repeat=5` (more pairs) and `together=` a function timing both sides
piece by piece, one right after the other (harness.alternate: query by query, batch by batch); `runs=1` suits work of minutes;
`needs` returns why the machine cannot run it (no PostgreSQL server), which is printed instead of a
figure. A `Relation` judges one figure against another (Arabic PDF ≤ 2 × English). For example:

    Measurement("screen", screening.screen_all, screening.screen_floor,
                "the same normalised names matched against the same list entries in a plain loop",
                (Figure("screen_s", "re-screen every customer", "s", target=2.0),
                 Figure("screen_rss_mb", "  peak RSS while screening", "MB", maximum, 400, absolute=True))),
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import data_requests  # noqa: E402
import machine  # noqa: E402
import measures as m  # noqa: E402
import seals  # noqa: E402
from harness import (  # noqa: E402
    RATIO_RULE,
    Figure,
    Measurement,
    Relation,
    Result,
    compare,
    maximum,
    median,
    minimum,
    p95,
    relate,
    run_measurement,
    table,
)

FIGURES: list[Measurement | Relation] = [
    Measurement("open", m.open_app, m.open_bare,
                "a bare QMainWindow with an empty QTableView, shown and painted from a fresh process",
                (Figure("open_s", "open to first paint (KYC page, Arabic) best of 3", "s", minimum, 3.0),
                 Figure("peak_rss_mb", "peak RSS, register open and scrolled", "MB", maximum, 250, absolute=True)),
                warmup=True, repeat=2),
    Measurement("search", m.search_app, m.search_direct,
                "the same FTS5 MATCH counted and its first 200 rows fetched (index order), on the connection",
                (Figure("search_p50_ms", "search p50 (20 queries, each a 50 ms CPU batch)", "ms"),
                 Figure("search_p95_ms", "search p95 (20 queries, each a 50 ms CPU batch)", "ms", p95, 1.5)),
                warmup=True, repeat=5, together=m.search_together),
    Measurement("sort", m.sort_app, m.sort_direct,
                "count, and the first and last 200 rows ORDER BY full_name_ar, straight on the connection",
                (Figure("sort_scroll_s", "sort by Arabic name, first and last page", "s"),), warmup=True),
    Measurement("save", m.save_app, m.save_plain,
                "one-row INSERT transactions on the same connection (same journal and sync), no audit,"
                " in the same batches of 0.2 s of CPU; both commit (fsync): the disk's wait is in the wall"
                " figure only, the ratio is judged on CPU",
                (Figure("save_p50_ms", "save one customer (+ audit, index), p50 of 0.2 s CPU batches", "ms",
                        median, 10.0),),
                warmup=True, repeat=2, setup=m.floor_table, teardown=m.drop_floor_table, together=m.save_together),
    Measurement("verify", m.verify_app, m.verify_floor,
                "the same entries read and SHA-256 over the same canonical bytes in a plain loop",
                (Figure("verify_s", "verify the audit chain", "s", median, 1.5),), runs=5),
    Measurement("verify_seal", seals.verify_seal_app, seals.verify_seal_floor,
                "the entry found by its hash, then the entries from it to the head hashed in a plain loop",
                (Figure("verify_seal_s", "verify --seal (seal 50 000 entries back; target 2 s)", "s", median, 1.5),)),
    Measurement("as_of", seals.as_of_app, seals.as_of_current,
                "the same report of the register's current state, in the same process",
                (Figure("as_of_ropa_s", "ropa PDF as of a seal 50 000 entries back", "s", median, 2.0),
                 Figure("as_of_disclosures_s", "disclosures PDF as of a seal 50 000 entries back", "s", median, 2.0))),
    Measurement("verify_all", m.verify_all_app, m.verify_all_floor,
                "SQLCipher and SQLite checks, the chain's hashing floor, every row read and hashed plainly",
                (Figure("verify_all_s", "verify everything (pages, rows, chain)", "s"),), runs=1),
    Measurement("xlsx", m.xlsx_app, m.xlsx_floor,
                "the same rows and cells with xlsxwriter in constant-memory mode, fresh process",
                (Figure("xlsx_s", "xlsx: customers × 12 columns (openpyxl)", "s", median, 1.35),
                 Figure("xlsx_rss_growth_mb", "  xlsx peak RSS growth", "MB", maximum, 50, absolute=True))),
    Measurement("pdf", m.pdf_app, m.pdf_bare,
                "the report's own strings (shaped and reordered for Arabic) drawn at the same positions with"
                " canvas.drawString, no layout engine, fresh process",
                (Figure("pdf_en_s", "PDF disclosure log, English", "s", median, 2.5),
                 Figure("pdf_ar_s", "PDF disclosure log, Arabic", "s")), setup=m.record_pdf, repeat=3),
    Relation("pdf_ar_vs_en_s", "  PDF Arabic against English", "pdf_ar_s", "pdf_en_s", 2.0),
    Measurement("requests", data_requests.measure, data_requests.baseline,
                "queue: the requests SELECT on the connection; person: the same rows selected and put as text in"
                " bare QTableWidgets shown (queue and person: means of 0.2 s CPU batches, each side, one right after the other); report: the year's rows selected and the report's strings drawn with"
                " canvas.drawString (issue 17: 20 000 requests, a person with 50 linked records)",
                (Figure("dsr_queue_ms", "action queue, 20 000 requests (target 100 ms)", "ms", median, 10.0),
                 Figure("dsr_person_ms", "one view of a person, 50 linked records (target 200 ms)", "ms", median,
                        10.0),
                 Figure("dsr_report_s", "requests report PDF, a year (target 3 s)", "s", median, 2.5)),
                warmup=True, setup=data_requests.setup, teardown=data_requests.teardown,
                together=data_requests.together, repeat=3),
    Measurement("import", m.import_app, m.import_plain,
                "the same csv parsed and executemany'd into a plain SQLCipher table, fresh process",
                (Figure("import_s", "import customers from csv (new register)", "s", median, 5.0),),
                setup=m.customers_file),
]

FULL = {"customers": 200_000, "documents": 500_000, "checks": 500_000, "disclosures": 20_000,
        "activities": 500, "audit": 1_000_000}
QUICK = {"customers": 3_000, "documents": 7_500, "checks": 7_500, "disclosures": 400, "activities": 50,
         "audit": 30_000}


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def measurements(only: str | None) -> list[Measurement | Relation]:
    if not only:
        return FIGURES
    names = {n.strip() for n in only.split(",")}
    known = {f.name for f in FIGURES if isinstance(f, Measurement)}
    if names - known:
        raise ValueError(f"unknown measurement(s) {', '.join(sorted(names - known))};"
                         f" known: {', '.join(sorted(known))}")
    return [f for f in FIGURES if not isinstance(f, Measurement) or f.name in names]  # relations: when both ran


def measure_all(bench: m.Bench, chosen: list[Measurement | Relation]) -> list[Result]:
    results: dict[str, Result] = {}
    for item in chosen:
        if isinstance(item, Relation):
            if item.value_of in results and item.baseline_of in results:
                results[item.key] = relate(item, results)
            continue
        log(f"{item.name} …")
        for result in run_measurement(item, bench, bench.runs, log):
            results[result.key] = result
    bench.release()
    return list(results.values())


def profile(bench: m.Bench, name: str) -> None:
    """One run of measurement `name` under cProfile, probes too; prints the top of each profile."""
    import cProfile
    import pstats

    item = next(f for f in FIGURES if isinstance(f, Measurement) and f.name == name)
    bench.profile_folder = bench.folder / "profiles"
    bench.profile_folder.mkdir()
    if item.setup:
        item.setup(bench)
    profiler = cProfile.Profile()
    profiler.enable()
    item.measure(bench)
    profiler.disable()
    if item.teardown:
        item.teardown(bench)
    bench.release()
    profiler.dump_stats(bench.profile_folder / "this-process.prof")
    for path in sorted(bench.profile_folder.glob("*.prof")):
        print(f"\n== {path.name}")
        stats = pstats.Stats(str(path))
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--register", type=Path, help="reuse this register (built there when missing)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="a small register and one run (a smoke test)")
    parser.add_argument("--only", help="only these measurements (comma-separated names)")
    parser.add_argument("--label", default="", help="the run's conditions in words, printed with the figures")
    parser.add_argument("--import-budget", type=float, default=50.0, metavar="FACTOR",
                        help="stop the import after FACTOR × its baseline (at least 60 s) and report that as a"
                             " lower bound (default 50, ten times the target)")
    parser.add_argument("--profile", metavar="NAME", help="profile one run of one measurement instead")
    parser.add_argument("--table", type=Path, metavar="RUN.json", help="print the table of a saved --json run")
    parser.add_argument("--compare", type=Path, nargs=2, metavar="RUN.json",
                        help="compare two saved --json runs: values and ratios, and how far each moved")
    args = parser.parse_args(argv)
    if args.table or args.compare:
        try:
            saved = [json.loads(path.read_text(encoding="utf-8")) for path in (args.compare or [args.table])]
        except (OSError, ValueError) as error:
            parser.error(f"cannot read a saved run: {error}")
        if args.compare:
            print("\n".join(compare(*saved)))
        else:
            results = [Result.from_json(k, v) for k, v in saved[0]["figures"].items()]
            print("\n".join(text(saved[0], results)))
        return 0
    try:
        chosen = measurements(args.only or args.profile)
    except ValueError as error:
        parser.error(str(error))
    os.environ.setdefault("COMPLIANCE_DESK_PASSPHRASE", "benchmark passphrase")
    sizes = QUICK if args.quick else FULL
    started = dt.datetime.now(dt.UTC)
    info = machine.machine()
    conditions = {"start": machine.conditions()}
    reference = {"start": machine.reference(args.quick)}
    folder = Path(tempfile.mkdtemp(prefix="cd-bench-"))
    try:
        path = args.register or folder / ("quick.cdesk" if args.quick else "bench.cdesk")
        from make_register import build

        if not path.exists():
            log(f"building {path} …")
            build(path, **sizes, log=False)
        bench = m.Bench(path, folder, 1 if args.quick else args.runs, min(100_000, sizes["customers"]),
                        2_000 if args.quick else 100_000, args.import_budget, quick=args.quick)
        entries = bench.register.audit_count()
        if args.profile:
            profile(bench, args.profile)
            return 0
        results = measure_all(bench, chosen)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    conditions["end"] = machine.conditions()
    reference["end"] = machine.reference(args.quick)
    report = {"date": started.isoformat(timespec="seconds"), "label": args.label, "quick": args.quick,
              "runs": bench.runs, "machine": info, "conditions": conditions, "reference": reference,
              "register": {**sizes, "audit_entries": entries},
              "figures": {r.key: r.as_json() for r in results}, "details": bench.details}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print("\n".join(text(report, results)))
    return 0


def text(report: dict[str, Any], results: list[Result]) -> list[str]:
    ref, cond = report["reference"], report["conditions"]
    lines = [f"Compliance Desk benchmarks, {report['date']}" + (f" — {report['label']}" if report["label"] else ""),
             machine.line(report["machine"]),
             f"reference (one core): SHA-256 of 256 MB {ref['start']['sha256_256mb_s']:.3f} s at start, "
             f"{ref['end']['sha256_256mb_s']:.3f} s at end; Python loop {ref['start']['python_loop_s']:.3f} s, "
             f"{ref['end']['python_loop_s']:.3f} s",
             f"conditions: nice {cond['start']['nice']}, CPUs {cond['start']['cpus']}, load average "
             f"{cond['start']['load_1min']} at start, {cond['end']['load_1min']} at end; {report['runs']} run(s),"
             " baseline and app interleaved; each ratio = median over the runs of each run's app ÷ its baseline",
             RATIO_RULE,
             "register: " + ", ".join(f"{k} {v}" for k, v in report["register"].items()), ""]
    lines += table(results)
    lines += ["", "baselines:"]
    described: dict[str, list[str]] = {}
    for r in results:
        described.setdefault(r.baseline_is, []).append(r.key)
    for what, keys in described.items():
        lines.append(f"  {', '.join(keys)}: {what}")
    lines += ["", "details: " + ", ".join(f"{k} {v}" for k, v in report["details"].items())]
    if any(r.ratio_on == "wall" and not r.absolute and r.complete for r in results):
        lines.append("w: ratio of wall times (a run saved before CPU times were taken)")
    lines.append("judged on CPU time: beside a busy process the scheduler cuts the work into turns of a few ms"
                 " and work that waits (fsync) does not slow while CPU work does, so wall ratios move with"
                 " the load; the CPU ratio moves with the software")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
