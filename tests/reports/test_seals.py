"""Every export is provable: its files' SHA-256 in the chain, the seal found again, a file matched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance_desk.domain.errors import InvalidInput
from compliance_desk.reports import export
from compliance_desk.storage import records, seals
from compliance_desk.storage.register import Register


def _files_entry(register: Register) -> dict:
    row = register.conn.execute("SELECT changes FROM audit WHERE action = 'export_files' ORDER BY seq DESC").fetchone()
    return json.loads(row[0])


def test_the_export_records_its_file_after_rendering(small: Register, tmp_path: Path) -> None:
    path, seal = export.export_pdf(small, "ropa", tmp_path / "ropa.pdf", lang="en")
    entry = seals.find(small, seal)
    assert entry.action == "export" and entry.seq == seal.entry and entry.ts == seal.at
    recorded = _files_entry(small)
    assert recorded["export"] == seal.entry and recorded["seal"] == seal
    assert recorded["files"] == [{"name": "ropa.pdf", "sha256": export.sha256(path), "bytes": path.stat().st_size}]
    assert small.verify().ok


def test_two_identical_exports_keep_both_seals_findable(small: Register, tmp_path: Path) -> None:
    _, first = export.export_pdf(small, "ropa", tmp_path / "a.pdf", lang="en")
    _, second = export.export_pdf(small, "ropa", tmp_path / "b.pdf", lang="en")
    assert first != second
    answer = seals.check_seal(small, first[:12])
    assert answer.entry.seq == first.entry and answer.exit_code == 0  # later exports change nothing
    assert [f["name"] for f in answer.files] == ["a.pdf"]
    assert answer.since.other >= 3  # its files entry, the second export and its files entry


def test_changes_after_a_seal_are_counted(small: Register, tmp_path: Path) -> None:
    _, seal = export.export_pdf(small, "ropa", tmp_path / "a.pdf", lang="en")
    records.update(small, "activity", 1, {"department": "Treasury"})
    records.create(small, "customer", {"client_ref": "B-9", "full_name_en": "Nine"})
    answer = seals.check_seal(small, seal)
    assert answer.exit_code == 1
    assert answer.since.counts == {("activity", "update"): 1, ("customer", "insert"): 1}
    assert answer.since.first is not None and answer.since.first.seq > seal.entry


def test_the_pack_records_every_file_and_its_manifest(small: Register, tmp_path: Path) -> None:
    manifest_path, seal = export.pack(small, tmp_path / "pack")
    recorded = _files_entry(small)
    names = [f["name"] for f in recorded["files"]]
    assert names[-1] == "manifest.json" and len(names) == 13  # 6 files × 2 languages, then the manifest
    manifest = json.loads(manifest_path.read_text())
    assert manifest["register_seal"] == seal and manifest["register_entry"] == seal.entry
    assert seals.check_file(small, manifest_path).export.seq == seal.entry
    manifest["files"][0]["sha256"] = "0" * 64  # a re-computed manifest
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    answer = seals.check_file(small, manifest_path)
    assert answer.exit_code == 1 and answer.export is None and answer.same_name.seq == seal.entry


def test_a_changed_byte_is_told_apart(small: Register, tmp_path: Path) -> None:
    path, seal = export.export_pdf(small, "kyc", tmp_path / "kyc.pdf", lang="ar")
    assert seals.check_file(small, path).export.seq == seal.entry
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    answer = seals.check_file(small, path)
    assert answer.exit_code == 1 and answer.same_name is not None and answer.expected != answer.sha256
    other = tmp_path / "other.txt"
    other.write_text("not a report")
    answer = seals.check_file(small, other)
    assert answer.exit_code == 1 and answer.export is None and answer.same_name is None


@pytest.mark.parametrize("text, key", [("xyz123456789012", "seal_not_hex"), ("abc123", "seal_too_short"),
                                       ("", "seal_not_hex"), ("ab" * 33, "seal_not_hex")])
def test_bad_seals(small: Register, text: str, key: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        seals.check_seal(small, text)
    assert caught.value.key == key


def test_a_seal_of_another_register(small: Register) -> None:
    with pytest.raises(InvalidInput) as caught:
        seals.check_seal(small, "ab" * 32)
    assert caught.value.key == "seal_not_found"


def test_exports_lists_every_export_with_its_files(small: Register, tmp_path: Path) -> None:
    export.export_pdf(small, "ropa", tmp_path / "a.pdf", lang="en")
    export.export_workbook(small, tmp_path / "w.xlsx", lang="ar")
    listed = seals.exports(small)
    assert [(e.entry.details["kind"], [f["name"] for f in e.files]) for e in listed] == \
        [("ropa", ["a.pdf"]), ("workbook", ["w.xlsx"])]


def test_the_walk_starts_at_the_seal_and_names_a_later_broken_entry(small: Register, tmp_path: Path) -> None:
    """The answer rests on the seal's entry and every entry after it: those are walked."""
    from compliance_desk.storage.seals import ChainBroken

    _, seal = export.export_pdf(small, "ropa", tmp_path / "a.pdf", lang="en")
    records.update(small, "activity", 1, {"department": "Treasury"})
    head = small.audit_count()
    assert seals.check_chain(small, seal.entry) == head - seal.entry + 1
    small.conn.execute("DROP TRIGGER audit_no_update")
    small.conn.execute("UPDATE audit SET ts = '2001-01-01T00:00:00.000000Z' WHERE seq = ?", (head,))
    with pytest.raises(ChainBroken) as caught:
        seals.check_seal(small, seal)
    assert f"audit entry {head}" in caught.value.text("en")
    small.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = ?", (seal.entry,))
    with pytest.raises(ChainBroken) as caught:  # the seal's own entry, altered
        seals.check_seal(small, seal)
    assert f"audit entry {seal.entry}" in caught.value.text("en")


def test_what_changed_since_is_counted_on_the_walk_as_a_query_counts_it(small: Register, tmp_path: Path) -> None:
    """check_seal counts the entries since the seal while it walks them; the same answer as `since`,
    which queries them, for seals all along the chain."""
    head = small.audit_count()
    for seq in sorted({1, 2, head // 3, head // 2, head - 5, head - 1, head}):
        seal = small.conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
        answer = seals.check_seal(small, seal)
        assert answer.since == seals.since(small, seq), seq
        assert list(answer.since.counts) == list(seals.since(small, seq).counts)
