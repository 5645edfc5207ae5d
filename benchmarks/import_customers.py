"""How long `compliance-desk import customers` takes for N valid rows (issue 13: 100 000 in ≤ 30 s).

    python benchmarks/import_customers.py [--rows 100000] [--format csv|xlsx|both] [--keep DIR]

Writes N valid customer rows (Arabic and Latin names, phones, e-mails, dates of birth, countries)
as a csv (UTF-8, as Excel's "CSV UTF-8" saves it) and/or an xlsx (shared strings, as Excel saves
it; written with xlsxwriter, from the test extra), imports each into a fresh
register through `storage.importing.run` (the function the CLI and the desktop app call) and
prints the seconds (wall clock and CPU: on a shared machine the CPU time is what the import
costs), the rows per second, and the peak memory of the process (the rows are generated as a
stream, so it is the import's).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance_desk.storage import importing  # noqa: E402
from compliance_desk.storage.demo import CITIES, FAMILIES, MEN, WOMEN  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

HEADER = ["client_ref", "full_name", "full_name_en", "date_of_birth", "nationality", "country", "phone",
          "email", "address", "city_code", "risk"]


def rows(count: int, seed: int = 13) -> Iterator[list[str]]:
    rng = random.Random(seed)
    for i in range(1, count + 1):
        first_ar, first_en = rng.choice(MEN + WOMEN)
        family_ar, family_en = rng.choice(FAMILIES)
        city = rng.choice(CITIES)
        yield [f"BO-{i:07d}", f"{first_ar} {family_ar}", f"{first_en} {family_en}",
                    f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "SA", "SA", f"05{rng.choice('03456')}{rng.randint(0, 9_999_999):07d}", f"c{i}@example.com",
                    f"{city[0]}، حي {rng.randint(1, 40)}", city[2],
                    rng.choice(["low", "medium", "high"])]


def write_csv(path: Path, data: Iterable[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(data)


def write_xlsx(path: Path, data: Iterable[list[str]]) -> None:
    """As Excel saves a workbook: shared strings, and the sheet's dimension at its top."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    for number, row in enumerate(data, start=1):
        sheet.write_row(number, 0, row)
    book.close()


def generate(kind: str, rows_wanted: int, source: Path) -> None:
    """Write the file in a child process, so the peak memory printed is the import's alone."""
    subprocess.run([sys.executable, __file__, "--generate", kind, "--rows", str(rows_wanted), "--keep",
                    str(source)], check=True)


def measure(source: Path, folder: Path) -> tuple[float, float, int]:
    register_path = folder / f"import-{source.suffix[1:]}.cdesk"
    register_path.unlink(missing_ok=True)
    with Register.create(register_path, "benchmark passphrase", {"legal_name_en": "Bench"}, actor="bench") as reg:
        started, cpu = time.perf_counter(), time.process_time()
        result = importing.run(reg, importing.CUSTOMERS, source)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if result.invalid:
        raise SystemExit(f"{result.invalid} invalid rows, e.g. {result.errors[0].text()}")
    return seconds, cpu, result.imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--format", choices=("csv", "xlsx", "both"), default="both")
    parser.add_argument("--keep", type=Path, help="write the files and registers here (default: a temporary folder)")
    parser.add_argument("--generate", choices=("csv", "xlsx"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        (write_csv if args.generate == "csv" else write_xlsx)(args.keep, rows(args.rows))
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for kind in (("csv", "xlsx") if args.format == "both" else (args.format,)):
            source = folder / f"customers-{args.rows}.{kind}"
            generate(kind, args.rows, source)
            seconds, cpu, imported = measure(source, folder)
            print(f"import customers {kind}: {imported:,} rows in {seconds:.1f} s "
                  f"({imported / seconds:,.0f} rows/s; {cpu:.1f} s of CPU; file {source.stat().st_size / 1e6:.1f} MB)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
