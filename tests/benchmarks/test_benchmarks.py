"""The benchmark generator builds what it promises; the benchmark runs (speed is not judged here)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_register import PASSPHRASE, build  # noqa: E402

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


@pytest.mark.slow
def test_quick_benchmark_produces_every_figure() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json"],
                            capture_output=True, text=True, timeout=900, cwd=ROOT / "benchmarks")
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    for key in ("open_s", "search_p50_ms", "search_p95_ms", "sort_scroll_s", "save_p50_ms", "verify_s",
                "audit_entries", "xlsx_s", "xlsx_baseline_s", "xlsx_rss_growth_mb", "pdf_en_s", "pdf_ar_s",
                "pdf_pages", "peak_rss_mb"):
        assert key in figures and figures[key] >= 0, key
    assert figures["audit_entries"] >= 30_000 and figures["pdf_pages"] > 1
