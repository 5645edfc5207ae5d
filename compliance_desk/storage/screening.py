"""Use cases of screening: screen customers against the current list versions, keep the hits
with their list version and reasons, record the officer's decisions.

Screening runs in two steps so a face can keep its window responsive: `compute` only reads (it may
run in a worker thread) and `record` writes the outcome in one transaction on the caller's thread.
`screen` does both. Each run is a row (trigger, versions used, counts), each hit a row; every
write is audited.

Re-screening a customer: a hit already decided "false positive" is not raised again while neither
the list entry nor the customer's screened details (names, date of birth, nationality, document
numbers) changed; an open hit is refreshed; an open hit no longer found lapses; a confirmed true
match stays, and keeps the customer restricted (Saudi AML Law Art. 5 and the Law of Terrorism
Crimes and Financing: freeze without delay and report; see README and DESIGN).
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.entities import CUSTOMER, SCREENING_HIT, SCREENING_RUN
from compliance_desk.domain.errors import Msg, ValidationError
from compliance_desk.domain.queue import QueueItem
from compliance_desk.domain.references import format_reference, reference_number
from compliance_desk.domain.screening.evidence import Finding, Profile
from compliance_desk.domain.screening.screener import ALERT, Screener
from compliance_desk.domain.validation import clean
from compliance_desk.storage import records, sanctions
from compliance_desk.storage.errors import RecordMissing
from compliance_desk.storage.register import Register

DECISIONS = ("true_match", "false_positive", "escalated")
Progress = Callable[[int, int], bool | None] | None   # (done, total); returning False cancels
CHUNK = 2000
HIT_BATCH = 5000


# ------------------------------------------------------------------ the matcher of the current lists
@dataclass
class Lists:
    versions: list[dict[str, Any]]
    entries: list[sanctions.StoredEntry]
    screener: Screener

    @property
    def key(self) -> tuple[int, ...]:
        return tuple(v["id"] for v in self.versions)


_cache: dict[str, Lists] = {}
_lock = threading.Lock()


def loaded_lists(register: Register, threshold: int = ALERT) -> Lists:
    """The current versions' entries and their index, built once per set of versions."""
    versions = sanctions.current_versions(register)
    key = f"{register.identity}|{threshold}"
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached.key == tuple(v["id"] for v in versions):
            return cached
        entries = sanctions.current_entries(register)
        # the index is hundreds of thousands of small objects that live as long as the lists: the
        # cyclic collector, which would walk them again and again while they are made, waits
        collecting = gc.isenabled()
        gc.disable()
        try:
            built = Lists(versions, entries, Screener([e.entry for e in entries], threshold))
        finally:
            if collecting:
                gc.enable()
        _cache.clear()   # one register at a time: free the previous index
        _cache[key] = built
        return built


# ------------------------------------------------------------------ customers as screening sees them
def profiles(register: Register, customer_ids: Sequence[int] | None = None) -> Iterator[list[Profile]]:
    """Customers in chunks, with their document numbers."""
    if customer_ids is None:
        cursor = register.conn.execute(
            "SELECT id, reference, full_name_ar, full_name_en, date_of_birth, nationality FROM customers ORDER BY id")
        batches: Iterable[list[tuple[Any, ...]]] = iter(lambda: cursor.fetchmany(CHUNK), [])
    else:
        ids = list(customer_ids)
        batches = [register.conn.execute(
            "SELECT id, reference, full_name_ar, full_name_en, date_of_birth, nationality FROM customers"
            " WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) ORDER BY id", (json.dumps(ids[i:i + CHUNK]),)).fetchall()
            for i in range(0, len(ids), CHUNK)]
    for rows in batches:
        if not rows:
            continue
        documents: dict[int, list[tuple[str, str, str]]] = {}
        for customer_id, kind, number, country in register.conn.execute(
                "SELECT customer_id, doc_type, number, issuing_country FROM documents"
                " WHERE number IS NOT NULL AND customer_id BETWEEN ? AND ?", (rows[0][0], rows[-1][0])):
            documents.setdefault(customer_id, []).append((kind, number, country or ""))
        yield [Profile(r[0], r[1], tuple(n for n in (r[2], r[3]) if n), r[4], r[5], tuple(documents.get(r[0], ())))
               for r in rows]


@dataclass
class Computed:
    """The outcome of screening some customers, before it is written."""

    lists: Lists
    scope: str                                  # "all" or the customer references
    customer_ids: list[int] = field(default_factory=list)
    fingerprints: dict[int, str] = field(default_factory=dict)     # of the customers with findings
    findings: list[tuple[Finding, sanctions.StoredEntry]] = field(default_factory=list)
    started_at: str = ""
    cancelled: bool = False


def compute(register: Register, customer_ids: Sequence[int] | None = None, progress: Progress = None,
            lists: Lists | None = None) -> Computed:
    """Screen customers (all, or these) against the current lists; reads only."""
    lists = lists or loaded_lists(register)
    started = clock.timestamp()
    total = int(register.conn.execute("SELECT count(*) FROM customers").fetchone()[0]) \
        if customer_ids is None else len(customer_ids)
    out = Computed(lists, "all" if customer_ids is None else "", started_at=started)
    if progress is not None and progress(0, total) is False:   # the lists are loaded: a cancel counts now
        out.cancelled = True
        return out
    references = []
    for batch in profiles(register, customer_ids):
        for profile in batch:
            out.customer_ids.append(profile.customer_id)
            if customer_ids is not None:
                references.append(profile.reference)
            findings = lists.screener.findings(profile)
            if findings:   # the customer's details as screened, kept with its hits
                out.fingerprints[profile.customer_id] = profile.fingerprint()
            for finding in findings:
                out.findings.append((finding, lists.entries[finding.entry_index]))
        if progress is not None and progress(len(out.customer_ids), total) is False:
            out.cancelled = True
            break
    if customer_ids is not None:
        out.scope = ", ".join(references[:20]) + (" …" if len(references) > 20 else "")
    return out


# ------------------------------------------------------------------ writing the outcome
@dataclass
class RunResult:
    run_id: int
    reference: str
    customers: int
    raised: int
    suppressed: int
    lapsed: int
    cancelled: bool
    hit_ids: list[int] = field(default_factory=list)


def _existing(register: Register, customer_ids: list[int] | None) -> dict[tuple[int, str, str], dict[str, Any]]:
    sql = "SELECT * FROM screening_hits"
    params: tuple[Any, ...] = ()
    if customer_ids is not None:
        sql += " WHERE customer_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))"
        params = (json.dumps(customer_ids),)
    cursor = register.conn.execute(sql + " ORDER BY id", params)
    names = [c[0] for c in cursor.description]
    latest: dict[tuple[int, str, str], dict[str, Any]] = {}
    for row in cursor:
        hit = dict(zip(names, row, strict=True))
        latest[(hit["customer_id"], hit["source"], hit["entry_ref"])] = hit
    return latest


def record(register: Register, computed: Computed, trigger: str = "manual") -> RunResult:
    """Write a run and its hits (new, refreshed, lapsed) in one transaction."""
    now = clock.timestamp()
    versions = [{"id": v["id"], "reference": v["reference"], "source": v["source"], "title": v["title"],
                 "sha256": v["sha256"]} for v in computed.lists.versions]
    with register.atomic():
        run_id = records.create(register, SCREENING_RUN, {
            "started_at": computed.started_at or now, "finished_at": now, "trigger": trigger,
            "scope": computed.scope or "-", "versions": json.dumps(versions, ensure_ascii=False),
            "threshold": computed.lists.screener.threshold, "customers": len(computed.customer_ids),
            "status": "cancelled" if computed.cancelled else "complete"})
        existing = _existing(register, None if computed.scope == "all" else computed.customer_ids)
        result = RunResult(run_id, records.get(register, SCREENING_RUN, run_id)["reference"],
                           len(computed.customer_ids), 0, 0, 0, computed.cancelled)
        seen: set[tuple[int, str, str]] = set()
        raised: list[tuple[int, dict[str, Any]]] = []    # (place in hit_ids, values) of the new hits
        for finding, stored in computed.findings:
            key = (finding.customer_id, stored.source, stored.entry.ref)
            if key in seen:
                continue
            seen.add(key)
            fingerprint = computed.fingerprints[finding.customer_id]
            values = {"customer_id": finding.customer_id, "entry_id": stored.entry_id,
                      "version_id": stored.version_id, "run_id": run_id, "source": stored.source,
                      "entry_ref": stored.entry.ref, "entry_hash": stored.content_hash,
                      "customer_hash": fingerprint, "score": finding.score, "name_score": finding.name_score,
                      "customer_name": finding.customer_name[:500] or None,
                      "listed_name": finding.listed_name[:500] or None,
                      "reasons": json.dumps([r.as_dict() for r in finding.reasons], ensure_ascii=False),
                      "last_seen": now}
            hit = existing.get(key)
            same = hit is not None and hit["entry_hash"] == stored.content_hash and hit["customer_hash"] == fingerprint
            if hit is not None and hit["decision"] == "false_positive" and same:
                result.suppressed += 1
                continue
            if hit is not None and (hit["decision"] == "true_match" or (hit["decision"] in ("open", "escalated"))):
                if not same or hit["score"] != finding.score or hit["version_id"] != stored.version_id:
                    register.update(SCREENING_HIT, hit["id"], {k: v for k, v in values.items()
                                                               if k not in ("customer_id", "source", "entry_ref")})
                result.hit_ids.append(hit["id"])
                continue
            raised.append((len(result.hit_ids), {**values, "decision": "open", "first_seen": now}))
            result.hit_ids.append(0)   # its id once written (below)
        result.raised = len(raised)
        for place, hit_id in zip((place for place, _v in raised), _create_hits(register, [v for _p, v in raised]),
                                 strict=True):
            result.hit_ids[place] = hit_id
        if not computed.cancelled:
            screened = set(computed.customer_ids)
            for key, hit in existing.items():
                if hit["decision"] == "open" and key not in seen and hit["customer_id"] in screened:
                    register.update(SCREENING_HIT, hit["id"], {
                        "decision": "lapsed", "decided_at": now, "decided_by": register.actor,
                        "decision_reason": f"not found again by {result.reference}"})
                    result.lapsed += 1
        register.update(SCREENING_RUN, run_id, {"raised": result.raised, "suppressed": result.suppressed,
                                                "lapsed": result.lapsed})
    return result


def _create_hits(register: Register, hits: list[dict[str, Any]]) -> list[int]:
    """New hits as `records.create` writes them (validated, referenced, audited), in batches."""
    if not hits:
        return []
    number = _next_hit_number(register)
    rows = []
    for values in hits:
        rows.append({"reference": format_reference(SCREENING_HIT.prefix or "HIT", number), **clean(SCREENING_HIT, values)})
        number += 1
    ids: list[int] = []
    for start in range(0, len(rows), HIT_BATCH):
        ids += register.bulk_insert(SCREENING_HIT, rows[start:start + HIT_BATCH])
    if ids:
        _hit_series[str(register.identity)] = (ids[-1], number)
    return ids


# The next hit reference, remembered per register while no other hit was written: finding it
# (`records.next_reference`) reads every hit's reference, which a save would pay each time.
_hit_series: dict[str, tuple[int, int]] = {}     # register -> (highest hit id, next number)


def _next_hit_number(register: Register) -> int:
    top = int(register.conn.execute("SELECT coalesce(max(id), 0) FROM screening_hits").fetchone()[0])
    known = _hit_series.get(str(register.identity))
    if known is not None and known[0] == top:
        return known[1]
    first = records.next_reference(register, SCREENING_HIT, {})
    return reference_number(first) if first else 1


def screen(register: Register, customer_ids: Sequence[int] | None = None, *, trigger: str = "manual",
           progress: Progress = None) -> RunResult:
    """Screen and record (the CLI and tests; the app computes in a worker and records here)."""
    return record(register, compute(register, customer_ids, progress), trigger)


def has_lists(register: Register) -> bool:
    return register.conn.execute("SELECT 1 FROM list_versions WHERE status = 'current' LIMIT 1").fetchone() is not None


# ------------------------------------------------------------------ decisions
def find_hit(register: Register, hit: str | int) -> dict[str, Any]:
    text = str(hit).strip().upper()
    if text.isdigit():
        row = register.row(SCREENING_HIT.table, int(text))
    else:
        row = records.find_by_reference(register, SCREENING_HIT, text)
    if row is None:
        raise RecordMissing(SCREENING_HIT.name, hit)  # type: ignore[arg-type]
    return dict(row)


def decide(register: Register, hit: str | int, decision: str, reason: str) -> dict[str, Any]:
    """Record the officer's decision on a hit, with the reason. A true match restricts the customer."""
    if decision not in DECISIONS:
        raise ValidationError("decision", Msg("unknown_code", value=decision, choices=", ".join(DECISIONS)))
    if not (reason or "").strip():
        raise ValidationError("decision_reason", Msg("required"))
    with register.atomic():
        row = find_hit(register, hit)
        register.update(SCREENING_HIT, row["id"], {
            "decision": decision, "decision_reason": reason.strip()[:20_000], "decided_by": register.actor,
            "decided_at": clock.timestamp()})
        if decision == "true_match":
            register.update(CUSTOMER, row["customer_id"], {"status": "restricted"})
        return records.get(register, SCREENING_HIT, row["id"])


def confirmed_match(register: Register, customer_id: int) -> bool:
    return register.conn.execute("SELECT 1 FROM screening_hits WHERE customer_id = ? AND decision = 'true_match'"
                                 " LIMIT 1", (customer_id,)).fetchone() is not None


# ------------------------------------------------------------------ reading hits
HIT_VIEW = ("SELECT h.*, c.reference AS customer_reference, c.full_name_ar, c.full_name_en, c.status AS customer_status,"
            " v.reference AS version_reference, v.title AS list_title FROM screening_hits h"
            " JOIN customers c ON c.id = h.customer_id JOIN list_versions v ON v.id = h.version_id")


def hits(register: Register, *, customer_id: int | None = None, decisions: Sequence[str] | None = None,
         since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Hits with their customer and list version, the open and most pressing first."""
    where: list[str] = []
    params: list[Any] = []
    if customer_id is not None:
        where.append("h.customer_id = ?")
        params.append(customer_id)
    if decisions:
        where.append("h.decision IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(decisions)))
    if since:
        where.append("h.first_seen >= ?")
        params.append(since)
    if until:
        where.append("h.first_seen < ?")
        params.append(until)
    order = (" ORDER BY CASE h.decision WHEN 'true_match' THEN 0 WHEN 'escalated' THEN 1 WHEN 'open' THEN 2"
             " ELSE 3 END, h.score DESC, h.id")
    sql = HIT_VIEW + (" WHERE " + " AND ".join(where) if where else "") + order
    cursor = register.conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    out = []
    for row in cursor:
        hit = dict(zip(names, row, strict=True))
        hit["reasons"] = json.loads(hit["reasons"])
        out.append(hit)
    return out


def runs(register: Register, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    cursor = register.conn.execute(
        "SELECT * FROM screening_runs WHERE started_at >= ? AND started_at < ? ORDER BY id",
        (since or "", until or "9999"))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


# ------------------------------------------------------------------ the action queue
def queue_items(register: Register, today: Any) -> list[QueueItem]:
    """Confirmed true matches first (freeze and report: stage "overdue", they admit no delay),
    then escalated hits (today), then open hits to decide (soon)."""
    stages = {"true_match": "overdue", "escalated": "today", "open": "soon"}
    items = []
    for hit in hits(register, decisions=tuple(stages)):
        customer = hit["customer_reference"]
        name = hit["full_name_en"] or hit["full_name_ar"] or ""
        if hit["decision"] == "true_match":
            title_en = f"Confirmed sanctions match: {customer} on {hit['entry_ref']} — freeze and report"
            title_ar = f"تطابق مؤكد مع قائمة العقوبات: {customer} مع {hit['entry_ref']} — جمّد وأبلغ"
        elif hit["decision"] == "escalated":
            title_en = f"Escalated screening hit {hit['reference']}: {customer} / {hit['entry_ref']}"
            title_ar = f"تطابق فحص مُصعَّد {hit['reference']}: {customer} / {hit['entry_ref']}"
        else:
            title_en = f"Screening hit to decide {hit['reference']}: {customer} / {hit['entry_ref']} ({hit['score']})"
            title_ar = f"تطابق فحص بانتظار القرار {hit['reference']}: {customer} / {hit['entry_ref']} ({hit['score']})"
        items.append(QueueItem(
            group="sanctions", stage=stages[hit["decision"]], key=f"screening_hit:{hit['id']}:{hit['decision']}",
            entity="screening_hit", record_id=int(hit["id"]), reference=str(hit["reference"]),
            title_en=title_en, title_ar=title_ar, due=None,
            detail_en=f"{name} — {hit['listed_name'] or ''} ({hit['list_title']})",
            detail_ar=f"{hit['full_name_ar'] or name} — {hit['listed_name'] or ''}",
            extra={"customer_id": hit["customer_id"], "score": hit["score"]}))
    return items
