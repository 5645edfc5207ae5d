"""The measures and baselines of the register figures (listed in run.py), and the bench they run on.

A measure does the work the app's way; its baseline does the same work at its floor on this
machine: the same query straight on the connection, the same bytes hashed in a plain loop, the
same strings drawn bare. In-process ones run in this process on the bench's open register; the
others start a fresh process (probe.py) for each side, so both start the same way. Every side
returns `Timed` values (harness.py): wall time and the CPU time of the process doing the work (this
one's, or the probe's own as it reports it); the ratio is judged on the CPU times.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from hashlib import sha256
from pathlib import Path
from typing import Any

from harness import Incomplete, Stopwatch, Timed, alternate, batch

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QUERIES = ["احمد", "أحمد", "إحمد الزهراني", "محمد", "ساره", "سارة العتيبي", "عبدالله", "فيصل", "نوره",
           "الحربي", "الأنصاري", "ريم", "خالد الشمري", "١٠٠٧", "BO-19", "Khalid", "Noura", "Omar",
           "تركي", "جود"]


@dataclass
class Bench:
    """What the measures share: the register, the run's sizes, a scratch folder, probe results."""

    path: Path
    folder: Path
    runs: int
    xlsx_rows: int
    import_rows: int
    import_budget: float  # the import gives up after this many times its baseline (at least 60 s)
    quick: bool = False
    pdf_period: tuple[str, str] = ("2020-01-01", "2022-12-31")  # half of the generated requests
    profile_folder: Path | None = None  # --profile: probes run under cProfile, their profiles here
    details: dict[str, Any] = field(default_factory=dict)  # counts printed beside the figures
    _register: Any = None
    _counter: int = 0

    @property
    def register(self) -> Any:
        """The register, open for writing in this process (closed while a probe needs the lock)."""
        if self._register is None:
            from compliance_desk.storage.register import Register

            self._register = Register.open(self.path, os.environ["COMPLIANCE_DESK_PASSPHRASE"])
        return self._register

    def release(self) -> None:
        if self._register is not None:
            self._register.close()
            self._register = None

    def scratch(self, name: str) -> Path:
        self._counter += 1
        return self.folder / f"{self._counter:03d}-{name}"

    def probe(self, *args: str, timeout: float = 1800) -> dict[str, Any]:
        """Run probe.py in a fresh process; its JSON answer."""
        # Byte-code caches as an installed app has them (pip compiles on install): a shell or test run
        # that sets PYTHONDONTWRITEBYTECODE would otherwise compile every module of ours each time.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, str(HERE / "probe.py"), *args]
        if self.profile_folder is not None:
            self._counter += 1
            output = self.profile_folder / f"{self._counter:03d}-{args[0]}-{Path(args[1]).name}.prof"
            command[1:1] = ["-m", "cProfile", "-o", str(output)]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, cwd=self.folder)
        if result.returncode != 0:
            raise RuntimeError(f"probe {args[0]} failed:\n{result.stderr[-3000:]}")
        return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# ---------------------------------------------------------------- open to first paint (fresh process)
TRIES = 3  # launches (or executions of a query) per side and run: the best of them is the run's figure


def _opened(found: list[dict[str, Any]]) -> dict[str, list[Timed] | list[float]]:
    """Launch to first paint: wall as the parent saw it, CPU the probe's own at that moment."""
    return {"open_s": [Timed(f["open_s"], f["open_cpu_s"]) for f in found],
            "peak_rss_mb": [f["peak_rss_mb"] for f in found]}


def open_app(bench: Bench) -> dict[str, list[Timed] | list[float]]:
    bench.release()
    found = [bench.probe("open-app", str(bench.path), repr(time.time())) for _ in range(TRIES)]
    bench.details["open_rows_fetched"] = found[0]["rows_fetched"]
    return _opened(found)


def open_bare(bench: Bench) -> dict[str, list[Timed] | list[float]]:
    return _opened([bench.probe("open-bare", repr(time.time())) for _ in range(TRIES)])


# ---------------------------------------------------------------- search and sort (this process)
QUERY_BATCH_S = 0.05  # each query is repeated for this much CPU time; its figure is the mean of one


def _searches(bench: Bench) -> list[Any]:
    """Each query as the table runs it (count, first page of 200 in reference order)."""
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import listing

    register = bench.register

    def search(text: str) -> None:
        query = listing.ListQuery(CUSTOMER, search=text)
        listing.count(register, query)
        listing.page(register, query, 0, 200)

    return [lambda text=text: search(text) for text in QUERIES]


def _direct_searches(bench: Bench) -> list[Any]:
    """The same FTS5 MATCH (its expression built beforehand) straight on the connection: the matches
    counted, and the first 200 matching rows fetched in the index's order."""
    from compliance_desk.storage.search import match_expression

    conn = bench.register.conn

    def direct(expression: str | None) -> None:
        conn.execute("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?", (expression,)).fetchone()
        conn.execute("SELECT c.* FROM customers_fts f JOIN customers c ON c.id = f.rowid"
                     " WHERE customers_fts MATCH ? LIMIT 200", (expression,)).fetchall()

    expressions = [match_expression(text) for text in QUERIES]
    return [lambda e=expression: direct(e) for expression in expressions]


def _query_seconds(bench: Bench) -> float:
    return QUERY_BATCH_S / 10 if bench.quick else QUERY_BATCH_S


def search_app(bench: Bench) -> list[Timed]:
    """Each query as the table runs it, in ms: the mean of a batch of QUERY_BATCH_S of CPU time."""
    return [batch(work, _query_seconds(bench)) for work in _searches(bench)]


def search_direct(bench: Bench) -> list[Timed]:
    """Each query's FTS5 MATCH straight on the connection, in ms, batched as the app's."""
    return [batch(work, _query_seconds(bench)) for work in _direct_searches(bench)]


def search_together(bench: Bench, app_first: bool) -> tuple[list[Timed], list[Timed]]:
    """Query by query, the app's batch and the direct batch one right after the other."""
    seconds = _query_seconds(bench)
    return alternate([(partial(batch, app, seconds), partial(batch, direct, seconds))
                      for app, direct in zip(_searches(bench), _direct_searches(bench), strict=True)], app_first)


def sort_app(bench: Bench) -> Timed:
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import listing

    watch = Stopwatch()
    query = listing.ListQuery(CUSTOMER, sort="full_name_ar")
    total = listing.count(bench.register, query)
    listing.page(bench.register, query, 0, 200)
    listing.page(bench.register, query, max(total - 200, 0), 200)
    return watch.elapsed()


def sort_direct(bench: Bench) -> Timed:
    conn = bench.register.conn
    watch = Stopwatch()
    total = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    for offset in (0, max(total - 200, 0)):
        conn.execute("SELECT * FROM customers ORDER BY full_name_ar COLLATE NOCASE, id LIMIT 200 OFFSET ?",
                     (offset,)).fetchall()
    return watch.elapsed()


# ---------------------------------------------------------------- save one record (this process)
SAVES = 6  # batches per run
BATCH_S = 0.2  # each batch saves for this much CPU time (or 5 × that of wall time: a plain insert mostly
# waits for its fsync); its figure is the mean time of one save in it
# A save takes about 2 ms and a plain insert 0.25 ms: shorter than the scheduler's time slice (3 ms),
# so beside a busy process a single save either runs whole or waits a whole slice, and the p50 of
# single saves measured the scheduler (its ratio moved 90 % between a quiet and a loaded run while
# every longer figure held). Batches of 0.2 s take the same share of the processor on both sides.
# Both sides commit (fsync): the wait for the disk is in the wall figure only; the ratio is judged
# on CPU time, which a busy neighbour does not change while the wait stays put.


def floor_table(bench: Bench) -> None:
    bench.register.conn.execute("CREATE TABLE IF NOT EXISTS benchmark_floor (id INTEGER PRIMARY KEY, body TEXT)")


def drop_floor_table(bench: Bench) -> None:
    bench.register.conn.execute("DROP TABLE IF EXISTS benchmark_floor")


def _save_seconds(bench: Bench) -> float:
    return BATCH_S / 10 if bench.quick else BATCH_S


def _save_one(bench: Bench) -> Any:
    """One customer saved the app's way (audited, indexed), a different one of the first 1 000 each time."""
    from compliance_desk.storage import kyc

    def one() -> None:
        bench._counter += 1
        kyc.save_customer(bench.register, 1 + bench._counter % 1000, {"notes": f"benchmark edit {bench._counter}"})

    return one


def _insert_one(bench: Bench) -> Any:
    """One row (a customer's stored values as JSON, the size of the row saved) inserted in its own
    transaction on the same connection, with the same journal and sync settings; no audit, no index."""
    conn = bench.register.conn
    found = conn.execute("SELECT * FROM customers WHERE id = 1")
    body = json.dumps(dict(zip([d[0] for d in found.description], found.fetchone(), strict=True)),
                      ensure_ascii=False)

    def one() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO benchmark_floor (body) VALUES (?)", (body,))
        conn.execute("COMMIT")

    return one


def save_app(bench: Bench) -> list[Timed]:
    """SAVES batches of saves, each of BATCH_S of CPU time: the mean milliseconds of one save."""
    one = _save_one(bench)
    return [batch(one, _save_seconds(bench), wall_cap=5.0) for _ in range(SAVES)]


def save_plain(bench: Bench) -> list[Timed]:
    """SAVES batches of plain one-row insert transactions, batched as the app's saves."""
    one = _insert_one(bench)
    return [batch(one, _save_seconds(bench), wall_cap=5.0) for _ in range(SAVES)]


def save_together(bench: Bench, app_first: bool) -> tuple[list[Timed], list[Timed]]:
    """SAVES pairs of batches, a batch of saves and a batch of plain inserts one right after the other."""
    save, insert, seconds = _save_one(bench), _insert_one(bench), _save_seconds(bench)
    return alternate([(lambda: batch(save, seconds, wall_cap=5.0), lambda: batch(insert, seconds, wall_cap=5.0))
                      for _ in range(SAVES)], app_first)


# ---------------------------------------------------------------- verify (this process)
CHAIN_SQL = ("SELECT seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash, hash"
             " FROM audit ORDER BY seq")


def verify_app(bench: Bench) -> Timed:
    from compliance_desk.storage import audit

    watch = Stopwatch()
    count, _seal, broken = audit.verify_chain(bench.register.conn)
    elapsed = watch.elapsed()
    if broken is not None:
        raise RuntimeError(f"the benchmark register's chain is broken: {broken}")
    bench.details["audit_entries"] = count
    return elapsed


def _hash_entries(conn: Any) -> int:
    us, count = "\x1f", 0
    cursor = conn.execute(CHAIN_SQL)
    while rows := cursor.fetchmany(5000):
        for seq, ts, actor, action, entity, entity_id, changes, row, prev, _hash in rows:
            text = (f"i{seq}{us}s{ts}{us}s{actor}{us}s{action}{us}{'n' if entity is None else 's' + entity}{us}"
                    f"{'n' if entity_id is None else 'i' + str(entity_id)}{us}s{changes}{us}"
                    f"{'n' if row is None else 's' + row}{us}s{prev}")
            sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            count += 1
    return count


def verify_floor(bench: Bench) -> Timed:
    """Read the same entries and SHA-256 the same canonical bytes in a plain loop: no comparisons."""
    watch = Stopwatch()
    _hash_entries(bench.register.conn)
    return watch.elapsed()


def verify_all_app(bench: Bench) -> Timed:
    watch = Stopwatch()
    verdict = bench.register.verify()
    elapsed = watch.elapsed()
    if not verdict.ok:
        raise RuntimeError(f"the benchmark register does not verify: {verdict.problems[:3]}")
    return elapsed


def verify_all_floor(bench: Bench) -> Timed:
    """SQLCipher's and SQLite's own checks, the hashing floor of the chain, and every register row read
    and hashed (its columns' text) in a plain loop."""

    conn = bench.register.conn
    watch = Stopwatch()
    conn.execute("PRAGMA cipher_integrity_check").fetchall()
    conn.execute("PRAGMA integrity_check").fetchall()
    conn.execute("PRAGMA foreign_key_check").fetchall()
    _hash_entries(conn)
    _hash_rows(conn)
    return watch.elapsed()


def _hash_rows(conn: Any) -> None:
    """Every register row read and hashed (its columns' text): the rows' part of the verify floor."""
    from compliance_desk.domain.entities import BY_TABLE

    for table in BY_TABLE:
        cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - our table names
        while rows := cursor.fetchmany(2000):
            for row in rows:
                sha256("\x1e".join(map(str, row)).encode("utf-8", "surrogatepass")).hexdigest()


# ---------------------------------------------------------------- xlsx (fresh process)
def _xlsx(bench: Bench, mode: str) -> dict[str, Timed | float]:
    bench.release()
    out = bench.scratch(f"{mode}.xlsx")
    found = bench.probe("xlsx", mode, str(bench.path), str(out), str(bench.xlsx_rows))
    out.unlink(missing_ok=True)
    return {"xlsx_s": Timed(found["xlsx_s"], found["xlsx_cpu_s"]), "xlsx_rss_growth_mb": found["xlsx_rss_growth_mb"]}


def xlsx_app(bench: Bench) -> dict[str, Timed | float]:
    return _xlsx(bench, "app")


def xlsx_floor(bench: Bench) -> dict[str, Timed | float]:
    return _xlsx(bench, "xlsxwriter")


# ---------------------------------------------------------------- PDF (fresh process)
LANGUAGES = ("en", "ar")


def record_pdf(bench: Bench) -> None:
    """Setup: write the report once per language in this process, recording every string it draws."""
    from drawing import recorded, save
    from pypdf import PdfReader

    from compliance_desk.reports import disclosures
    from compliance_desk.storage.disclosures import period_rows

    for lang in LANGUAGES:
        out = bench.folder / f"recorded-{lang}.pdf"
        with recorded() as strings:
            disclosures.write(bench.register, out, lang, bench.register.seal(), date_from=bench.pdf_period[0],
                              date_to=bench.pdf_period[1])
        save(strings, bench.folder / f"strings-{lang}.json")
        bench.details[f"pdf_{lang}_pages"] = len(PdfReader(out).pages)
        bench.details[f"pdf_{lang}_strings"] = len(strings)
    bench.details["pdf_requests"] = len(period_rows(bench.register, *bench.pdf_period))


def _pdf_time(found: dict[str, Any]) -> Timed:
    return Timed(float(found["pdf_s"]), float(found["pdf_cpu_s"]))


def pdf_app(bench: Bench) -> dict[str, Timed]:
    """The disclosure log for the period, English then Arabic, each from a fresh process."""
    bench.release()
    times = {}
    for lang in LANGUAGES:
        out = bench.scratch(f"app-{lang}.pdf")
        times[f"pdf_{lang}_s"] = _pdf_time(bench.probe("pdf", "app", str(bench.path), str(out), lang,
                                                       *bench.pdf_period))
        out.unlink(missing_ok=True)
    return times


def pdf_bare(bench: Bench) -> dict[str, Timed]:
    times = {}
    for lang in LANGUAGES:
        out = bench.scratch(f"bare-{lang}.pdf")
        times[f"pdf_{lang}_s"] = _pdf_time(bench.probe("pdf", "bare", str(bench.folder / f"strings-{lang}.json"),
                                                       str(out)))
        out.unlink(missing_ok=True)
    return times


# ---------------------------------------------------------------- import (fresh process)
def customers_file(bench: Bench) -> None:
    from make_register import customers_csv

    path = bench.folder / "customers.csv"
    if not path.exists():
        customers_csv(path, bench.import_rows)
    bench.details["import_rows"] = bench.import_rows


def import_app(bench: Bench) -> Timed:
    budget = max(60.0, bench.import_budget * bench.details.get("import_plain_s", 0.0))
    try:
        found = bench.probe("import", "app", str(bench.folder / "customers.csv"), str(bench.folder),
                            timeout=budget + 30)  # 30 s for the probe's start and its new register
    except subprocess.TimeoutExpired:
        raise Incomplete(budget) from None
    bench.details["import_peak_rss_mb"] = round(found["peak_rss_mb"], 1)
    return Timed(float(found["import_s"]), float(found["import_cpu_s"]))


def import_plain(bench: Bench) -> Timed:
    found = bench.probe("import", "plain", str(bench.folder / "customers.csv"), str(bench.folder))
    bench.details.setdefault("import_plain_s", round(float(found["import_s"]), 3))  # the first sets the budget
    return Timed(float(found["import_s"]), float(found["import_cpu_s"]))
