"""The breach register over a real encrypted register: workflow, steps, queue, search, import, migration."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from compliance_desk.domain import clock
from compliance_desk.domain.entities import BREACH
from compliance_desk.domain.errors import InvalidInput, KnownError, ValidationError
from compliance_desk.storage import attachments, breaches, disclosures, importing, listing, records
from compliance_desk.storage import queue as store
from compliance_desk.storage.connection import DatabaseError
from compliance_desk.storage.migrations import MIGRATIONS
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE
from tests.storage.pdf_samples import pdf


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

# 2026-03-11 09:00 in Riyadh: 24 hours after the breach below became known
NOW = dt.datetime(2026, 3, 11, 6, 0, tzinfo=dt.UTC)
LEAK = {"title": "Customer export on a public bucket", "aware_at": "2026-03-10 09:00", "category": "confidentiality",
        "cause": "attack", "data_categories": ["identity", "contact"], "subject_categories": ["customers"],
        "subject_count": "about 1200", "subject_count_approximate": True}


@pytest.fixture(autouse=True)
def now():
    clock.fix(NOW)
    yield NOW
    clock.fix(None)


def assess(register: Register, breach_id: int, **values: object) -> None:
    breaches.advance(register, breach_id, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                       "subjects_decision": "notify",
                                                       "consequences": "Phishing, identity fraud", **values})


def test_the_workflow_is_audited_and_counts_the_72_hours(register: Register) -> None:
    breach_id = breaches.create(register, LEAK)
    row = records.get(register, BREACH, breach_id)
    assert (row["reference"], row["stage"], row["subject_count"], row["time_zone"]) == (
        "BRC-2026-0001", "open", 1200, "Asia/Riyadh")
    [(_, running)] = breaches.running(register)
    assert running.stage == "more_than_24h" and running.hours_left == 48
    assess(register, breach_id)
    step = breaches.add_step(register, breach_id, {"kind": "containment", "action": "Make the bucket private",
                                                   "owner": "IT security"})
    breaches.advance(register, breach_id, "notified", {"sdaia_reference": "NDGP-2026-77"})
    row = records.get(register, BREACH, breach_id)
    assert row["sdaia_notified_at"] == "2026-03-11T09:00" and breaches.running(register) == []
    breaches.advance(register, breach_id, "contained", {"measures_taken": "Bucket closed"})
    with pytest.raises(InvalidInput) as caught:
        breaches.advance(register, breach_id, "closed", {"lessons": "Review bucket policies"})
    assert caught.value.key == "breach_open_steps" and "Make the bucket private" in caught.value.text("en")
    breaches.update_step(register, step, {"done_on": "2026-03-11"})
    breaches.advance(register, breach_id, "closed", {"lessons": "Review bucket policies"})
    row = records.get(register, BREACH, breach_id)
    assert (row["stage"], row["closed_at"]) == ("closed", "2026-03-11T09:00")
    stages = [json.loads(c)["stage"][1] for (c,) in register.conn.execute(
        "SELECT changes FROM audit WHERE entity = 'breach' AND changes LIKE '%\"stage\"%' ORDER BY seq")]
    assert stages == ["open", "assessed", "notified", "contained", "closed"]
    with pytest.raises(KnownError):
        breaches.update(register, breach_id, {"notes": "later"})
    assert register.verify().ok


def test_containment_does_not_wait_for_the_notice_which_stays_possible_until_closing(register: Register) -> None:
    breach_id = breaches.create(register, LEAK)
    with pytest.raises(ValidationError) as caught:
        breaches.advance(register, breach_id, "assessed", {"severity": "high", "sdaia_decision": "notify"})
    assert caught.value.field == "subjects_decision"
    assess(register, breach_id)
    breaches.advance(register, breach_id, "contained", {"measures_taken": "Bucket closed"})
    assert records.get(register, BREACH, breach_id)["stage"] == "contained"
    with pytest.raises(InvalidInput) as caught:
        breaches.advance(register, breach_id, "closed", {"lessons": "Review bucket policies"})
    assert caught.value.key == "breach_close_unnotified"
    breaches.advance(register, breach_id, "notified", {"sdaia_reference": "NDGP-2026-78"})
    row = records.get(register, BREACH, breach_id)
    assert (row["stage"], row["sdaia_notified_at"], row["sdaia_reference"]) == (
        "contained", "2026-03-11T09:00", "NDGP-2026-78")
    with pytest.raises(InvalidInput):
        breaches.advance(register, breach_id, "notified")  # once
    breaches.advance(register, breach_id, "closed", {"lessons": "Review bucket policies"})
    assert records.get(register, BREACH, breach_id)["stage"] == "closed"


def test_a_late_notice_needs_its_reason(register: Register) -> None:
    clock.fix(dt.datetime(2026, 3, 14, 6, 0, tzinfo=dt.UTC))  # 96 hours after
    breach_id = breaches.create(register, LEAK)
    assess(register, breach_id)
    with pytest.raises(ValidationError) as caught:
        breaches.advance(register, breach_id, "notified")
    assert caught.value.field == "late_reason"
    assert records.get(register, BREACH, breach_id)["stage"] == "assessed"
    breaches.advance(register, breach_id, "notified", {"late_reason": "The processor told us late"})
    assert records.get(register, BREACH, breach_id)["stage"] == "notified"


def test_bad_input_is_refused_and_nothing_is_written(register: Register) -> None:
    with pytest.raises(ValidationError):
        breaches.create(register, {**LEAK, "aware_at": "2026-03-12 09:00"})  # future
    with pytest.raises(ValidationError):
        breaches.create(register, {**LEAK, "subject_count_approximate": False})
    with pytest.raises(ValidationError):
        breaches.create(register, {**LEAK, "subject_count": -3, "subject_count_approximate": False})
    assert register.conn.execute("SELECT count(*) FROM breaches").fetchone()[0] == 0


def test_a_not_notifiable_breach_skips_the_notice_and_leaves_the_clock(register: Register) -> None:
    breach_id = breaches.create(register, {**LEAK, "cause": "lost_device"})
    with pytest.raises(ValidationError):
        assess(register, breach_id, sdaia_decision="not_notifiable")
    assess(register, breach_id, sdaia_decision="not_notifiable", sdaia_decision_reason="Disk encrypted")
    with pytest.raises(InvalidInput):
        breaches.advance(register, breach_id, "notified")
    breaches.advance(register, breach_id, "contained")
    assert breaches.running(register) == []


def test_the_queue_shows_breaches_first_of_all(register: Register) -> None:
    disclosures.create(register, {"received_date": "2026-02-01", "requester_type": "court",
                                  "requester_name": "Court", "request_type": "court_order"})  # overdue
    later = breaches.create(register, {**LEAK, "title": "Second", "aware_at": "2026-03-11 08:30"})
    first = breaches.create(register, LEAK)
    clock.fix(dt.datetime(2026, 3, 12, 8, 0, tzinfo=dt.UTC))  # 22 h left for the first, 45 h 30 for the other
    items = [e.item for e in store.queue(register)]
    assert [i.group for i in items][:2] == ["breach", "breach"]
    assert [i.record_id for i in items[:2]] == [first, later]  # the nearest deadline first
    assert items[0].stage == "today" and items[0].extra["clock"] == "last_24h"
    assert items[1].stage == "soon" and items[1].extra["clock"] == "more_than_24h"
    assert items[2].group == "legal" and items[2].stage == "overdue"
    assert "22 h 00 min left" in items[0].detail_en
    clock.fix(dt.datetime(2026, 3, 13, 6, 0, tzinfo=dt.UTC))
    assert store.queue(register)[0].item.stage == "overdue"


def test_search_and_filters_find_breaches(register: Register) -> None:
    breaches.create(register, {**LEAK, "systems": "نظام الفوترة"})
    breaches.create(register, {**LEAK, "title": "Laptop left on a train", "cause": "lost_device"})
    found = listing.page(register, listing.ListQuery(BREACH, search="الفوترة"), 0, 10)
    assert [r["reference"] for r in found] == ["BRC-2026-0001"]
    found = listing.page(register, listing.ListQuery(BREACH, search="laptop"), 0, 10)
    assert [r["reference"] for r in found] == ["BRC-2026-0002"]
    found = listing.page(register, listing.ListQuery(BREACH, filters={"cause": "lost_device"}), 0, 10)
    assert [r["title"] for r in found] == ["Laptop left on a train"]


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_is_all_or_nothing_with_the_same_rules(register: Register, tmp_path: Path) -> None:
    header = ["reference", "title", "aware_at", "time_zone", "category", "cause", "subject_count",
              "subject_count_approximate", "severity", "sdaia_decision", "sdaia_notified_at", "late_reason"]
    good = ["BRC-2025-0007", "Misdirected payroll e-mail", dt.datetime(2025, 11, 2, 14, 30), "Asia/Riyadh",
            "confidentiality", "misdirected_email", 12, "", "medium", "notify", "2025-11-04 10:00", ""]
    late = ["", "Ransomware", "2025-12-01 08:00", "Europe/London", "availability", "attack", "~300", "",
            "high", "notify", "2025-12-05 08:00", ""]
    bad = _sheet(tmp_path / "bad.xlsx", [header, good, late])
    result = importing.run(register, importing.BREACHES, bad)
    assert result.imported == 0 and result.invalid == 1
    assert result.errors[0].row == 3 and result.errors[0].column == "subject_count"
    assert register.conn.execute("SELECT count(*) FROM breaches").fetchone()[0] == 0
    late[7] = "yes"
    result = importing.run(register, importing.BREACHES, _sheet(tmp_path / "late.xlsx", [header, good, late]))
    assert result.imported == 0 and result.errors[0].column == "late_reason"
    late[11] = "Backups had to be checked first"
    result = importing.run(register, importing.BREACHES, _sheet(tmp_path / "ok.xlsx", [header, good, late]))
    assert result.imported == 2
    rows = {r["title"]: r for r in breaches.all_rows(register)}
    assert rows["Misdirected payroll e-mail"]["stage"] == "notified"
    assert rows["Ransomware"]["reference"] == "BRC-2025-0008" and rows["Ransomware"]["subject_count"] == 300
    assert register.verify().ok


def test_migration_0008_keeps_attachments_and_lets_breaches_and_requests_own_them(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    before = [m for m in MIGRATIONS if m.version != 8]
    with Register.create(path, PASSPHRASE, {"legal_name_en": "Old Co"}, migrations=before) as old:
        activity = records.create(old, "activity", {"name_en": "Payments"})
        kept = attachments.add(old, "activity", activity, "policy.pdf", pdf())
    with Register.open(path, PASSPHRASE) as register:
        assert 8 in {v for (v,) in register.conn.execute("SELECT version FROM schema_migrations")}
        assert register.verify().ok
        assert attachments.listing(register, "activity", activity)[0]["id"] == kept
        breach_id = breaches.create(register, LEAK)
        evidence = attachments.add(register, "breach", breach_id, "access-log.pdf", pdf())
        assert [a["id"] for a in attachments.listing(register, "breach", breach_id)] == [evidence]
        paper = attachments.add(register, "request", 41, "id-copy.pdf", pdf())
        assert attachments.listing(register, "request", 41)[0]["id"] == paper
        with pytest.raises(DatabaseError):  # exactly one owner
            register.conn.execute("UPDATE attachments SET activity_id = ? WHERE id = ?", (activity, evidence))
        assert register.verify().ok
