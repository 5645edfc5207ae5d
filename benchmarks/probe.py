"""Work timed in a fresh process, the app's way or its baseline's; prints one JSON object.

    python benchmarks/probe.py open-app REGISTER LAUNCHED     the main window on the KYC page, first paint
    python benchmarks/probe.py open-bare LAUNCHED             a bare QMainWindow with an empty QTableView
    python benchmarks/probe.py xlsx app|xlsxwriter REGISTER OUT ROWS
    python benchmarks/probe.py pdf app REGISTER OUT LANG FROM TO
    python benchmarks/probe.py pdf bare STRINGS.json OUT
    python benchmarks/probe.py import app|plain CSV FOLDER

Only the standard library is imported up here, so both sides of a comparison start the same way;
each side imports what it needs. LAUNCHED is the parent's time.time() just before it started this
process: open times include the interpreter's and Qt's start. Each time is reported twice: wall
(`X_s`) and this process's own CPU time (`X_cpu_s`, time.process_time(); for open, the CPU since the
process started, interpreter and Qt included). The passphrase comes from
COMPLIANCE_DESK_PASSPHRASE. Runs under cProfile or py-spy as any script does.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = os.environ.get("COMPLIANCE_DESK_PASSPHRASE", "benchmark passphrase")


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM). Not getrusage's ru_maxrss: Linux carries the high-water mark
    of the image replaced by exec into it, so a probe started by a large benchmark process reported the
    parent's peak (623 MB in a run whose open took 160 MB)."""
    return _status_mb("VmHWM:")


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak() -> float:
    """Reset the kernel's peak-RSS mark (VmHWM) to the RSS now, and return the RSS now."""
    before = _status_mb("VmRSS:")
    with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
        handle.write("5")
    return before


def _paint(app: Any, widget: Any, timeout: float = 120) -> None:
    """Process events until `widget` has received a paint event."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                Watch.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    deadline = time.monotonic() + timeout
    while not Watch.painted:
        if time.monotonic() > deadline:
            raise SystemExit(f"no paint within {timeout} s")
        app.processEvents()
    widget.removeEventFilter(watch)


def open_app(register_path: str, launched: str, lang: str = "ar") -> dict[str, Any]:
    """The desktop app opening a register (as after the unlock window) on the KYC page."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from compliance_desk.storage.register import Register
    from compliance_desk.ui.shell.i18n import apply_language
    from compliance_desk.ui.shell.main_window import MainWindow
    from compliance_desk.ui.shell.settings import Settings

    settings = Settings(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat))
    settings.set("last_page", "kyc")
    apply_language(lang, settings.display(lang).arabic_digits)
    # a server register opens as an officer opens it: with their register key (its unwrap is part of the open)
    register = Register.open(register_path, PASSPHRASE, record_open=True,
                             register_passphrase=os.environ.get("COMPLIANCE_DESK_REGISTER_PASSPHRASE"))
    window = MainWindow(register, settings, lang)
    window.resize(1280, 800)
    window.show()
    _paint(app, window.kyc.view.viewport())
    opened, cpu = time.time() - float(launched), time.process_time()
    rows = window.kyc.model.rows_fetched
    window.kyc.view.scrollToBottom()
    _paint(app, window.kyc.view.viewport())
    result = {"open_s": opened, "open_cpu_s": cpu, "peak_rss_mb": peak_rss_mb(), "rows_fetched": rows,
              "rows_after_scroll": window.kyc.model.rows_fetched}
    window.close()
    register.close()
    return result


def open_bare(launched: str, lang: str = "ar") -> dict[str, Any]:
    """The floor of opening a window on this machine: interpreter, Qt, one empty table painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    if lang == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = QMainWindow()
    view = QTableView()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    _paint(app, view.viewport())
    opened, cpu = time.time() - float(launched), time.process_time()
    return {"open_s": opened, "open_cpu_s": cpu, "peak_rss_mb": peak_rss_mb()}


def xlsx(mode: str, register_path: str, out: str, rows: str) -> dict[str, Any]:
    """The customers sheet (12 columns, `rows` rows) with openpyxl as the app writes it, or the same
    rows and cells with xlsxwriter in constant-memory mode."""
    from compliance_desk.storage.register import Register

    register = Register.open(register_path, PASSPHRASE, read_only=True)
    limit = int(rows)
    before = _reset_peak()
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "app":
        from compliance_desk.reports.workbook import write_workbook

        write_workbook(register, out, lang="ar", only=("customers",), limit=limit, columns=12, seal="x")
    else:
        import xlsxwriter

        from compliance_desk.reports.cells import display
        from compliance_desk.reports.workbook import SHEETS

        spec = next(s for s in SHEETS if s.key == "customers")
        columns = spec.columns[:12]
        book = xlsxwriter.Workbook(out, {"constant_memory": True})
        sheet = book.add_worksheet("customers")
        dates = book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, [c.header("ar") for c in columns])
        cursor = register.conn.execute(spec.query + f" LIMIT {limit}")
        names = [d[0] for d in cursor.description]
        r = 1
        while batch := cursor.fetchmany(2000):
            for values in batch:
                row = dict(zip(names, values, strict=True))
                for c, column in enumerate(columns):
                    value = display(column.field, row.get(column.key), "ar")
                    if hasattr(value, "hour"):
                        sheet.write_datetime(r, c, value, dates)
                    elif hasattr(value, "isoformat"):
                        sheet.write(r, c, value.isoformat())
                    elif isinstance(value, str):
                        sheet.write_string(r, c, value)
                    elif value is not None:
                        sheet.write(r, c, value)
                r += 1
        book.close()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    register.close()
    return {"xlsx_s": elapsed, "xlsx_cpu_s": cpu, "xlsx_rss_growth_mb": _status_mb("VmHWM:") - before}


def fonts() -> dict[str, str]:
    from fontpkg_amiri import ROOT as AMIRI

    return {"Amiri": str(AMIRI / "files" / "Amiri-Regular.ttf"), "Amiri-Bold": str(AMIRI / "files" / "Amiri-Bold.ttf")}


def pdf(mode: str, *args: str) -> dict[str, Any]:
    """The disclosure log for a period as the app writes it, or its strings drawn bare (drawing.py)."""
    if mode == "app":
        register_path, out, lang, date_from, date_to = args
        from compliance_desk.reports import disclosures
        from compliance_desk.storage.register import Register

        register = Register.open(register_path, PASSPHRASE, read_only=True)
        seal = register.seal()
        started, cpu = time.perf_counter(), time.process_time()
        disclosures.write(register, out, lang, seal, date_from=date_from, date_to=date_to)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        register.close()
    else:
        strings, out = args
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from drawing import draw, load

        pages = load(Path(strings))
        started, cpu = time.perf_counter(), time.process_time()
        draw(pages, Path(out), fonts())
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"pdf_s": elapsed, "pdf_cpu_s": cpu}


def import_customers(mode: str, csv_path: str, folder: str) -> dict[str, Any]:
    """Customers from a csv into a new register with the app's import (validated, referenced, audited,
    indexed), or the floor: the same csv parsed and executemany'd into a plain SQLCipher table."""
    from compliance_desk.storage import cipher
    from compliance_desk.storage.connection import create_register
    from compliance_desk.storage.files import create_private

    target = Path(folder) / f"import-{mode}-{os.getpid()}.cdesk"
    if mode == "app":
        from compliance_desk.storage import importing
        from compliance_desk.storage.demo_organisation import ORGANISATION
        from compliance_desk.storage.register import Register

        register = Register.create(target, PASSPHRASE, ORGANISATION, actor="benchmark")
        started, cpu = time.perf_counter(), time.process_time()
        result = importing.run(register, importing.CUSTOMERS, csv_path)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        register.close()
        if result.errors:
            raise SystemExit(f"{len(result.errors)} rows refused, first: {result.errors[0].text()}")
        rows = result.imported
    else:
        import csv

        create_private(target)
        conn = create_register(target, cipher.new_keys(PASSPHRASE))
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle))
        columns = ", ".join(f'"{h}" TEXT' for h in header)
        conn.execute(f"CREATE TABLE customers (id INTEGER PRIMARY KEY, {columns})")
        marks = ", ".join("?" for _ in header)
        started, cpu = time.perf_counter(), time.process_time()
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            values = list(reader)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO customers ({', '.join(header)}) VALUES ({marks})", values)  # noqa: S608
        conn.execute("COMMIT")
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        rows = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        conn.close()
    for path in Path(folder).glob(f"import-{mode}-{os.getpid()}*"):
        path.unlink()
    return {"import_s": elapsed, "import_cpu_s": cpu, "rows": rows, "peak_rss_mb": peak_rss_mb()}


PROBES = {"open-app": open_app, "open-bare": open_bare, "xlsx": xlsx, "pdf": pdf, "import": import_customers}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))
