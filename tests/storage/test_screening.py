"""List versions in the register, screening runs, hits and decisions (real encrypted registers)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.domain.errors import ValidationError
from compliance_desk.storage import kyc, queue, records, sanctions, screening
from compliance_desk.storage.lists import ListRefused
from compliance_desk.storage.register import Register


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register

FIXTURES = Path(__file__).parent / "fixtures"
UN = FIXTURES / "un_small.xml"


def customer(register: Register, ref: str, ar: str | None, en: str | None, dob: str | None = None,
             nationality: str | None = None) -> int:
    return kyc.save_customer(register, None, {"client_ref": ref, "full_name_ar": ar, "full_name_en": en,
                                              "date_of_birth": dob, "nationality": nationality})


def audit_actions(register: Register, action: str) -> list[dict]:
    return [json.loads(c) for (c,) in register.conn.execute("SELECT changes FROM audit WHERE action = ?", (action,))]


def test_an_import_is_an_audited_version(register: Register) -> None:
    result = sanctions.import_list(register, UN)
    assert result.reference == "LST-0001" and result.entries == 5 and len(result.added) == 5
    version = records.get(register, "list_version", result.version_id)
    assert version["sha256"] == sanctions.file_sha256(UN) and version["generated"] == "2025-04-19T23:00:04.625Z"
    [logged] = audit_actions(register, "list_import")
    assert logged["sha256"] == version["sha256"] and logged["entries"] == 5 and logged["source"] == "un"
    assert logged["generated"] == "2025-04-19T23:00:04.625Z"
    assert register.count(sanctions.LIST_ENTRY) == 5
    assert register.verify().ok   # every entry row has its audit entry


def test_the_same_file_again_writes_nothing(register: Register) -> None:
    sanctions.import_list(register, UN)
    seal = register.seal()
    again = sanctions.import_list(register, UN)
    assert again.unchanged and again.reference == "LST-0001" and register.seal() == seal


def test_a_newer_version_shows_what_was_added_changed_and_removed(register: Register, tmp_path: Path) -> None:
    sanctions.import_list(register, UN)
    text = UN.read_text(encoding="utf-8")
    text = text.replace("<YEAR>1966</YEAR>", "<YEAR>1967</YEAR>")                       # TAi.011 changes
    text = text.replace("TAi.023", "TAi.999")                                          # one out, one in
    newer = tmp_path / "un-2.xml"
    newer.write_text(text, encoding="utf-8")
    result = sanctions.import_list(register, newer)
    assert result.added == ["TAi.999"] and result.removed == ["TAi.023"] and result.changed == ["TAi.011"]
    assert [v["status"] for v in sanctions.versions(register)] == ["current", "superseded"]
    assert {e.entry.ref for e in sanctions.current_entries(register)} >= {"TAi.999", "TAi.011"}


def test_a_refused_or_failing_import_leaves_the_register_unchanged(register: Register, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seal = register.seal()
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><CONSOLIDATED_LIST><INDIVIDUALS>", encoding="utf-8")
    with pytest.raises(ListRefused):
        sanctions.import_list(register, bad)
    assert register.seal() == seal

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk gone")
    monkeypatch.setattr(register, "bulk_insert", broken)
    with pytest.raises(RuntimeError):
        sanctions.import_list(register, UN)
    assert register.seal() == seal and register.count(sanctions.LIST_VERSION) == 0


def test_an_arabic_customer_is_found_against_the_latin_list(register: Register) -> None:
    sanctions.import_list(register, UN)
    hit_customer = customer(register, "C-1", "رمزي محمد عبدالله بن الشيبة", None, "1972-05-01", "YE")
    customer(register, "C-2", "نورة عبدالله القحطاني", "Noura Abdullah Al-Qahtani", "1990-01-01", "SA")
    run = screening.screen(register)
    assert run.customers == 2 and run.raised == 1
    [hit] = screening.hits(register)
    assert hit["customer_id"] == hit_customer and hit["entry_ref"] == "QDi.081" and hit["decision"] == "open"
    assert hit["version_reference"] == "LST-0001"
    codes = [r["code"] for r in hit["reasons"]]
    assert codes[0] == "name" and "dob_exact" in codes and "nationality_match" in codes
    assert register.verify().ok


def test_a_decided_false_positive_is_remembered_until_the_entry_changes(register: Register, tmp_path: Path) -> None:
    sanctions.import_list(register, UN)
    customer(register, "C-1", None, "Akhtar Mohammad Mansour", "1960-03-01", "AF")
    screening.screen(register)
    [hit] = screening.hits(register)
    screening.decide(register, hit["reference"], "false_positive", "Different person: a shopkeeper from Herat")
    again = screening.screen(register)
    assert again.raised == 0 and again.suppressed == 1
    assert [h["decision"] for h in screening.hits(register)] == ["false_positive"]

    changed = tmp_path / "un-2.xml"
    changed.write_text(UN.read_text(encoding="utf-8").replace("<YEAR>1966</YEAR>", "<YEAR>1961</YEAR>"),
                       encoding="utf-8")
    sanctions.import_list(register, changed)
    third = screening.screen(register)
    assert third.raised == 1
    assert sorted(h["decision"] for h in screening.hits(register)) == ["false_positive", "open"]


def test_a_changed_customer_is_looked_at_again(register: Register) -> None:
    sanctions.import_list(register, UN)
    cid = customer(register, "C-1", None, "Akhtar Mohammad Mansour", None, "AF")
    screening.screen(register)
    [hit] = screening.hits(register)
    screening.decide(register, hit["id"], "false_positive", "No date of birth yet; different person")
    kyc.save_customer(register, cid, {"date_of_birth": "1966-02-02"})
    assert screening.screen(register, [cid], trigger="customer_save").raised == 1


def test_an_open_hit_that_no_longer_matches_lapses(register: Register) -> None:
    sanctions.import_list(register, UN)
    cid = customer(register, "C-1", None, "Akhtar Mohammad Mansour", None, "AF")
    screening.screen(register)
    kyc.save_customer(register, cid, {"full_name_en": "Noura Al-Qahtani"})
    run = screening.screen(register, [cid], trigger="customer_save")
    assert run.lapsed == 1
    assert screening.hits(register)[0]["decision"] == "lapsed"


def test_a_confirmed_match_restricts_the_customer_and_tops_the_queue(register: Register) -> None:
    sanctions.import_list(register, UN)
    cid = customer(register, "C-1", "رمزي محمد عبدالله بن الشيبة", None, "1972-05-01", "YE")
    other = customer(register, "C-2", None, "Akhtar Mohammad Mansour", None, "AF")
    screening.screen(register)
    ramzi = next(h for h in screening.hits(register) if h["customer_id"] == cid)
    with pytest.raises(ValidationError):   # a decision needs its reason
        screening.decide(register, ramzi["reference"], "true_match", " ")
    screening.decide(register, ramzi["reference"], "true_match", "Same person: passport and DOB agree")
    assert records.get(register, CUSTOMER, cid)["status"] == "restricted"
    with register.atomic():
        kyc.refresh_customer(register, cid)   # KYC checks must not lift the restriction
    assert records.get(register, CUSTOMER, cid)["status"] == "restricted"
    assert records.get(register, CUSTOMER, other)["status"] != "restricted"
    items = queue.collect(register, dt.date.today())
    assert items[0].group == "sanctions" and items[0].stage == "overdue" and items[0].extra["customer_id"] == cid
    updates = [json.loads(c) for (c,) in register.conn.execute(
        "SELECT changes FROM audit WHERE entity = 'screening_hit' AND action = 'update'")]
    assert any(u.get("decision") == ["open", "true_match"] for u in updates)
    assert register.verify().ok


def test_documents_on_the_list_raise_a_hit_whatever_the_name(register: Register) -> None:
    sanctions.import_list(register, UN)
    cid = customer(register, "C-1", None, "Someone Else Entirely", None, None)
    kyc.save_document(register, None, {"customer_id": cid, "doc_type": "passport", "number": "SE011697"})
    screening.screen(register, [cid])
    [hit] = screening.hits(register)
    codes = [r["code"] for r in hit["reasons"]]
    assert hit["entry_ref"] == "TAi.011" and "document_match" in codes and "name" not in codes
    assert hit["score"] == 80


def test_new_hits_are_written_in_one_batch_with_consecutive_audited_references(register: Register) -> None:
    sanctions.import_list(register, UN)
    first = customer(register, "C-1", "رمزي محمد عبدالله بن الشيبة", None, "1972-05-01", "YE")
    second = customer(register, "C-2", None, "Akhtar Mohammad Mansour", "1966-02-02", "AF")
    run = screening.screen(register)
    assert run.raised == 2
    found = {h["customer_id"]: h for h in screening.hits(register)}
    assert sorted(h["reference"] for h in found.values()) == ["HIT-0001", "HIT-0002"]
    assert run.hit_ids == sorted(run.hit_ids) and set(run.hit_ids) == {h["id"] for h in found.values()}
    inserts = register.conn.execute("SELECT count(*) FROM audit WHERE entity = 'screening_hit' AND action = 'insert'")
    assert inserts.fetchone()[0] == 2 and register.verify().ok
    # a hit written by other means in between: the series goes on after it
    values = {k: v for k, v in records.get(register, "screening_hit", found[first]["id"]).items()
              if k not in ("id", "reference", "created_at", "updated_at")}
    with register.atomic():
        records.create(register, "screening_hit", {**values, "decision": "lapsed"})
    screening.decide(register, found[second]["reference"], "false_positive", "Different person")
    kyc.save_customer(register, second, {"date_of_birth": "1966-02-03"})
    assert screening.screen(register, [second], trigger="customer_save").raised == 1
    assert [h["reference"] for h in screening.hits(register, customer_id=second, decisions=["open"])] == ["HIT-0004"]
