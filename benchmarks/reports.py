"""How long each report takes: every PDF kind and the workbook, both languages, on the demo register
and on a larger synthetic one (make_register.py).

    python benchmarks/reports.py [--customers 20000] [--disclosures 10000] [--activities 200] [--runs 1]

Prints one line per report: CPU seconds of this process (steady on a shared machine, where wall
time is not) and wall seconds, and pages (PDF) or size (xlsx). For comparing a change with the code
before it (run it on both); never a pass/fail judgement.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("COMPLIANCE_DESK_PASSPHRASE", "benchmark passphrase")

KINDS = ("ropa", "disclosures", "kyc")


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def measure(path: Path, label: str, runs: int) -> None:
    from compliance_desk.reports.export import WRITERS
    from compliance_desk.reports.workbook import write_workbook
    from compliance_desk.storage.register import Register

    register = Register.open(path, os.environ["COMPLIANCE_DESK_PASSPHRASE"], read_only=True)
    seal = register.seal()
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "ar"):
            for kind in KINDS:
                times, walls = [], []
                out = Path(folder) / f"{kind}-{lang}.pdf"
                for _ in range(runs):
                    started, wall = time.process_time(), time.perf_counter()
                    WRITERS[kind](register, out, lang, seal)
                    times.append(time.process_time() - started)
                    walls.append(time.perf_counter() - wall)
                print(f"{label:8} {kind:12} {lang}  {statistics.median(times):7.2f} s cpu {statistics.median(walls):7.2f} s"
                      f"  {_pages(out):5d} pages", flush=True)
            times, walls = [], []
            out = Path(folder) / f"workbook-{lang}.xlsx"
            for _ in range(runs):
                started, wall = time.process_time(), time.perf_counter()
                write_workbook(register, out, lang=lang, seal=seal)
                times.append(time.process_time() - started)
                walls.append(time.perf_counter() - wall)
            print(f"{label:8} {'workbook':12} {lang}  {statistics.median(times):7.2f} s cpu {statistics.median(walls):7.2f} s"
                  f"  {out.stat().st_size / 1e6:5.1f} MB", flush=True)
    register.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--disclosures", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="keep (and reuse) the registers here")
    args = parser.parse_args(argv)
    from make_register import build

    from compliance_desk.storage import demo

    folder = args.folder or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    demo_path = folder / "demo.cdesk"
    if not demo_path.exists():
        demo.build(demo_path, os.environ["COMPLIANCE_DESK_PASSPHRASE"])
    measure(demo_path, "demo", args.runs)
    large = folder / f"large-{args.customers}.cdesk"
    if not large.exists():
        build(large, customers=args.customers, documents=args.customers * 5 // 2, checks=args.customers * 5 // 2,
              disclosures=args.disclosures, activities=args.activities, audit=0, log=False)
    measure(large, "large", args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
