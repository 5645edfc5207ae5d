"""A report re-made as of a seal is the report printed at the seal: edits, deletions and re-created
records after it are undone from the chain's before/after values; the register is never written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compliance_desk.domain.errors import InvalidInput
from compliance_desk.reports import export
from compliance_desk.storage import activities, records, seals
from compliance_desk.storage import disclosures as requests
from compliance_desk.storage.as_of import register_as_of
from compliance_desk.storage.register import Register
from tests.reports.conftest import customer, request
from tests.reports.reading import pages_text

ACTIVITY = {"name_en": "Newsletter", "name_ar": "النشرة البريدية", "department": "Marketing",
            "purposes": ["marketing"], "legal_bases": ["consent"], "subject_categories": ["customers"],
            "data_categories": ["contact"], "sources": ["data_subject"], "retention_period": "2 years",
            "security_measures": ["access_control"], "status": "active"}


def _fill(register: Register) -> None:
    """More than one of everything the two reports show: activities, recipients, requests, subjects."""
    partner = activities.save_recipient(register, None, {"name_en": "Mail House", "name_ar": "دار البريد",
                                                         "recipient_type": "service_provider", "country": "SA"})
    activities.save_activity(register, None, ACTIVITY, [partner], [])
    first, second = customer(register, 1), customer(register, 2)
    requests.create(register, {"received_date": "2026-04-01", "requester_type": "court",
                               "requester_name": "Riyadh Court", "request_type": "court_order",
                               "legal_ground": "Court order", "accounts": 2}, customer_ids=[first, second],
                    activity_ids=[1])
    request(register, received_date="2026-04-20", requester_type="public_prosecution",
            requester_name="Public Prosecution", request_type="official_request")


def _change_everything(register: Register) -> None:
    """Edit, delete and re-create records after the seal."""
    records.update(register, "activity", 1, {"department": "Treasury", "retention_period": "7 years"})
    activities.save_activity(register, None, {**ACTIVITY, "name_en": "Loyalty", "name_ar": "الولاء"}, [], [])
    activities.delete_activity(register, 2)
    activities.save_activity(register, None, {**ACTIVITY, "name_en": "Newsletter again"}, [], [])
    records.update(register, "recipient", 1, {"name_en": "Gulf Pay Holdings"})
    requests.update(register, 1, {"requester_name": "Jeddah Court"}, customer_ids=[1])
    requests.delete(register, 2)
    request(register, received_date="2026-04-25", requester_name="Another Court")
    customer(register, 3)


def _body(path: Path, *hashes: str) -> list[str]:
    """The report's text without what differs by design: the seal lines, the as-of line and note,
    and the cover's seal block (the cover after its document control, which ends with the
    classification)."""
    pages = pages_text(path)
    cover = pages[0].splitlines()
    end = next(i for i, line in enumerate(cover) if line.startswith(("Classification", "التصنيف")))
    drop = re.compile("|".join([*(h[:12] for h in hashes), "As of entry", "كما كان عند القيد"]))
    return [line for page in [cover[:end + 1], *(p.splitlines() for p in pages[1:])] for line in page
            if not drop.search(line)]


@pytest.mark.parametrize("kind, lang", [("ropa", "en"), ("disclosures", "en"), ("ropa", "ar")])
def test_the_report_as_of_a_seal_is_the_report_printed_at_it(small: Register, tmp_path: Path, kind: str,
                                                             lang: str) -> None:
    _fill(small)
    printed, seal = export.export_pdf(small, kind, tmp_path / "printed.pdf", lang=lang)
    _change_everything(small)
    now, _ = export.export_pdf(small, kind, tmp_path / "now.pdf", lang=lang)
    entries = small.audit_count()
    remade, remade_seal = export.export_pdf(small, kind, tmp_path / "remade.pdf", lang=lang, as_of=seal[:12])
    assert small.audit_count() == entries + 2  # only the export and its files: the register is not written
    assert small.verify().ok
    expected = _body(printed, seal)
    assert _body(remade, seal, remade_seal) == expected
    assert _body(now, seal) != expected  # the changes do show in a report of the current state
    text = "\n".join(pages_text(remade))
    header = f"As of entry {seal.entry}, {seal.at[:10]}" if lang == "en" else "كما كان عند القيد"
    assert header in text
    entry = seals.find(small, remade_seal)
    assert entry.details["as_of"] == seal.entry and entry.details["as_of_seal"] == seal


def test_the_as_of_note_says_attachments_are_not_reconstructed(small: Register, tmp_path: Path) -> None:
    _, seal = export.export_pdf(small, "ropa", tmp_path / "a.pdf", lang="en")
    remade, _ = export.export_pdf(small, "ropa", tmp_path / "b.pdf", lang="en", as_of=seal)
    cover = " ".join(pages_text(remade)[0].split())
    assert f"right after entry {seal.entry}" in cover and "Attachments are not reconstructed" in cover


def test_the_state_is_a_copy_never_the_register(small: Register) -> None:
    seal = small.seal()
    records.update(small, "activity", 1, {"department": "Treasury"})
    with register_as_of(small, seal, "ropa") as state:
        assert state.read_only and state.conn is not small.conn
        assert records.get(state, "activity", 1)["department"] == "Finance"
        assert state.count(records.ENTITIES["customer"]) == 0  # tables a ropa does not read stay empty
    assert records.get(small, "activity", 1)["department"] == "Treasury"


def test_a_broken_chain_or_a_bad_seal_is_refused(small: Register, tmp_path: Path) -> None:
    from compliance_desk.storage.seals import ChainBroken

    with pytest.raises(InvalidInput):
        export.export_pdf(small, "ropa", tmp_path / "x.pdf", as_of="12345")
    _, seal = export.export_pdf(small, "ropa", tmp_path / "a.pdf", lang="en")
    records.update(small, "activity", 1, {"department": "Treasury"})
    small.conn.execute("DROP TRIGGER audit_no_update")
    small.conn.execute("UPDATE audit SET changes = '{}' WHERE seq = ?", (seal.entry + 2,))  # the update's entry
    with pytest.raises(ChainBroken) as caught:
        export.export_pdf(small, "ropa", tmp_path / "x.pdf", as_of=seal)
    assert f"audit entry {seal.entry + 2}" in caught.value.text("en")
    assert not (tmp_path / "x.pdf").exists()
