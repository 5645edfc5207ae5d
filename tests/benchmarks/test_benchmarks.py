"""The benchmark generator builds what it promises; the benchmark runs (speed is not judged here)."""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_register import IMPORT_COLUMNS, PASSPHRASE, build, customers_csv  # noqa: E402

from compliance_desk.storage import importing  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "small.cdesk"
    build(path, customers=300, documents=700, checks=650, disclosures=60, activities=20, audit=5000, log=False)
    return path


def test_sizes(small: Path) -> None:
    with Register.open(small, PASSPHRASE, read_only=True) as register:
        counts = {t: register.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "documents", "checks", "disclosures", "activities")}
        assert counts == {"customers": 300, "documents": 700, "checks": 650, "disclosures": 60, "activities": 20}
        assert register.audit_count() == 5000


def test_referential_integrity_and_the_chain_hold(small: Path) -> None:
    with Register.open(small, PASSPHRASE, read_only=True) as register:
        assert register.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        verdict = register.verify()
        assert verdict.ok, verdict.problems[:3]
        orphans = register.conn.execute(
            "SELECT count(*) FROM documents d LEFT JOIN customers c ON c.id = d.customer_id WHERE c.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0


def test_arabic_and_latin_content(small: Path) -> None:
    with Register.open(small, PASSPHRASE, read_only=True) as register:
        names = [n for (n,) in register.conn.execute("SELECT full_name_ar FROM customers LIMIT 50")]
        latin = [n for (n,) in register.conn.execute("SELECT full_name_en FROM customers LIMIT 50")]
        assert all(re.search("[\u0600-\u06ff]", n) for n in names)
        assert all(re.fullmatch(r"[A-Za-z' -]+", n) for n in latin)
        statuses = {s for (s,) in register.conn.execute("SELECT DISTINCT status FROM customers")}
        assert {"verified", "pending", "restricted"} <= statuses


def test_disclosure_references_are_numbered_per_year_as_the_app_numbers_them(small: Path) -> None:
    with Register.open(small, PASSPHRASE, read_only=True) as register:
        references = [r for (r,) in register.conn.execute("SELECT reference FROM disclosures ORDER BY id")]
    assert references[0] == "DSC-2020-0001"
    assert all(re.fullmatch(r"DSC-20\d\d-\d{4}", r) for r in references)
    by_year: dict[str, list[int]] = {}
    for reference in references:
        by_year.setdefault(reference[4:8], []).append(int(reference[-4:]))
    assert len(by_year) > 3 and all(numbers == list(range(1, len(numbers) + 1)) for numbers in by_year.values())


def test_the_import_file_is_valid_for_the_apps_import(tmp_path: Path) -> None:
    source = customers_csv(tmp_path / "customers.csv", 400)
    lines = source.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == list(IMPORT_COLUMNS) and len(lines) == 401
    assert any('"' in line for line in lines[1:])  # addresses with commas are quoted, as Excel writes them
    with Register.create(tmp_path / "r.cdesk", PASSPHRASE, {"legal_name_en": "Bench"}) as register:
        result = importing.run(register, importing.CUSTOMERS, source)
        assert (result.imported, result.errors) == (400, [])
        names = register.conn.execute("SELECT full_name_ar, phone FROM customers ORDER BY id LIMIT 1").fetchone()
    assert re.search("[\u0600-\u06ff]", names[0]) and names[1].startswith("+9665")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), *args], capture_output=True,
                          text=True, timeout=900, cwd=ROOT / "benchmarks")


@pytest.mark.slow
def test_quick_benchmark_produces_every_declared_figure_beside_its_baseline() -> None:
    from harness import Measurement
    from run import FIGURES

    result = _run("--quick", "--json", "--label", "test")
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)  # the whole output is one JSON object
    declared = {f.key: f.target for item in FIGURES if isinstance(item, Measurement) for f in item.figures}
    declared |= {item.key: item.target for item in FIGURES if not isinstance(item, Measurement)}
    assert set(report["figures"]) == set(declared)
    may_lack = {f.key for item in FIGURES if isinstance(item, Measurement) and item.needs for f in item.figures}
    for key, figure in report["figures"].items():
        if figure["unavailable"]:
            assert key in may_lack, key  # only a measurement that declares what it needs may be missing
            continue
        assert figure["complete"], key
        assert figure["value"] > 0 and figure["baseline"] > 0, key
        assert figure["value_wall"] == figure["value"] and figure["baseline_wall"] == figure["baseline"], key
        assert figure["value_cpu"] > 0 and figure["baseline_cpu"] > 0, key  # CPU time of both sides
        ratios = figure["run_ratios"]
        assert ratios and figure["ratio"] == pytest.approx(statistics.median(ratios), rel=1e-3), key
        assert figure["wall_ratio"] == pytest.approx(statistics.median(figure["wall_run_ratios"]), rel=1e-3), key
        if figure["judged_on"] == "ratio":  # times: judged on the CPU times' ratio
            assert figure["ratio_on"] == "cpu" and len(figure["cpu_samples"]) == len(figure["samples"]), key
        assert figure["target"] == declared[key] and figure["baseline_is"], key
        assert figure["met"] in (True, False, None) and figure["judged_on"] in ("ratio", "value")
    measured = [f for f in report["figures"].values() if f["samples"]]
    relations = [item for item in FIGURES if not isinstance(item, Measurement)]
    assert all(len(f["baseline_samples"]) >= 1 for f in measured)
    unavailable = [f for f in report["figures"].values() if f["unavailable"]]
    assert len(measured) == len(report["figures"]) - len(relations) - len(unavailable)
    assert len(report["figures"]["search_p95_ms"]["run_ratios"]) == 5  # short work: several pairs per run
    machine = report["machine"]
    assert machine["cores"] >= 1 and machine["cpu"] and machine["python"].startswith("3.")
    assert machine["sqlcipher"].startswith("4.") and machine["qt"].startswith("6.")
    for moment in ("start", "end"):
        assert report["reference"][moment]["sha256_256mb_s"] > 0 and report["reference"][moment]["python_loop_s"] > 0
        assert "load_1min" in report["conditions"][moment]
    details = report["details"]
    assert report["register"]["audit_entries"] >= 30_000 and report["label"] == "test"
    assert details["pdf_en_pages"] > 1 and details["pdf_ar_pages"] > 1 and details["pdf_requests"] > 100
    assert details["open_rows_fetched"] > 0 and details["import_rows"] == 2000


@pytest.mark.slow
def test_the_table_prints_the_machine_the_reference_and_each_figure_with_its_baseline() -> None:
    result = _run("--quick", "--only", "search,save")
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[1].startswith("machine: ") and "SQLCipher 4." in lines[1] and "Qt 6." in lines[1]
    assert lines[2].startswith("reference (one core): SHA-256 of 256 MB")
    p95 = next(line for line in lines if line.startswith("search p95"))
    assert re.search(r"ms +[0-9.]+ ms +[0-9.]+ × +[0-9.]+ ms +[0-9.]+ ms +[0-9.]+ × +≤ 1.5 × +(ok|MISSED)$", p95)
    assert any(line.startswith("  save_p50_ms: one-row INSERT transactions") and "fsync" in line for line in lines)
    assert any(line.startswith("ratio = CPU time of the process doing the work") for line in lines[:6])
    assert not any(line.startswith(("open", "verify", "PDF")) for line in lines)
    unknown = _run("--quick", "--only", "nothing")
    assert unknown.returncode == 2 and "unknown measurement" in unknown.stderr and "Traceback" not in unknown.stderr
