"""Seals: `verify --seal` (the chain walked, the seal found, what changed since counted) and reports
re-made as of a seal 50 000 entries back, each beside its baseline (see run.py)."""

from __future__ import annotations

from hashlib import sha256
from typing import Any

from harness import Stopwatch, Timed

BACK = 50_000  # how far back the seal of the as-of reports is (half the chain on a small register)


def _seal_back(bench: Any) -> str:
    """The hash of the entry BACK entries before the head (a seal an auditor brings back)."""
    if "seal_back" not in bench.details:
        head = bench.register.audit_count()
        seq = max(1, head - min(BACK, head // 2))
        bench.details["seal_back_entry"] = seq
        bench.details["seal_back"] = bench.register.conn.execute(
            "SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
    return str(bench.details["seal_back"])


def verify_seal_app(bench: Any) -> Timed:
    from compliance_desk.storage import seals

    seal = _seal_back(bench)
    watch = Stopwatch()
    answer = seals.check_seal(bench.register, seal[:12])
    elapsed = watch.elapsed()
    bench.details["verify_seal_changes_since"] = answer.since.total
    return elapsed


def verify_seal_floor(bench: Any) -> Timed:
    """The entry found by its hash straight on the connection, then the entries from it to the head read
    and SHA-256'd over the same canonical bytes in a plain loop (what the answer rests on)."""
    seal = _seal_back(bench)
    conn = bench.register.conn
    us = "\x1f"
    watch = Stopwatch()
    start = conn.execute("SELECT seq FROM audit WHERE hash = ?", (seal,)).fetchone()[0]
    cursor = conn.execute("SELECT seq, ts, actor, action, entity, entity_id, changes, row_hash, prev_hash"
                          " FROM audit WHERE seq >= ? ORDER BY seq", (start,))
    while rows := cursor.fetchmany(5000):
        for seq, ts, actor, action, entity, entity_id, changes, row, prev in rows:
            text = (f"i{seq}{us}s{ts}{us}s{actor}{us}s{action}{us}{'n' if entity is None else 's' + entity}{us}"
                    f"{'n' if entity_id is None else 'i' + str(entity_id)}{us}s{changes}{us}"
                    f"{'n' if row is None else 's' + row}{us}s{prev}")
            sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return watch.elapsed()


KINDS = ("ropa", "disclosures")


def _reports(bench: Any, as_of: str | None) -> dict[str, Timed]:
    from compliance_desk.reports import export

    times = {}
    for kind in KINDS:
        out = bench.scratch(f"{kind}{'-as-of' if as_of else ''}.pdf")
        watch = Stopwatch()
        export.export_pdf(bench.register, kind, out, lang="en", as_of=as_of)
        times[f"as_of_{kind}_s"] = watch.elapsed()
        out.unlink(missing_ok=True)
    return times


def as_of_app(bench: Any) -> dict[str, Timed]:
    """A ropa and a disclosures report as of a seal BACK entries before the head."""
    return _reports(bench, _seal_back(bench))


def as_of_current(bench: Any) -> dict[str, Timed]:
    """The same reports of the register's current state."""
    return _reports(bench, None)
