"""`verify --seal/--file` and `seals`: exit codes, one-line refusals, both languages, a broken chain."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from compliance_desk.reports import export
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from tests.cli.test_cli import assert_plain_error, run
from tests.conftest import PASSPHRASE


@pytest.fixture
def sealed(register: Register, register_path: Path, tmp_path: Path) -> tuple[Path, str, Path]:
    """A register with one ropa export: its path, the seal and the PDF (the register closed)."""
    records.create(register, "customer", {"client_ref": "B-1", "full_name_en": "One"})
    pdf, seal = export.export_pdf(register, "ropa", tmp_path / "ropa.pdf", lang="en")
    register.close()
    return register_path, str(seal), pdf


def test_a_seal_found_with_nothing_changed_since(sealed: tuple[Path, str, Path]) -> None:
    path, seal, _pdf = sealed
    result = run("verify", str(path), "--seal", seal[:12])
    assert result.returncode == 0, result.stderr
    assert f"Seal {seal} is entry" in result.stdout and "ropa, pdf, language en" in result.stdout
    assert "ropa.pdf: SHA-256" in result.stdout and "No record changed since" in result.stdout


def test_changes_after_the_seal_are_listed_with_exit_1(sealed: tuple[Path, str, Path]) -> None:
    path, seal, _pdf = sealed
    with Register.open(path, PASSPHRASE, actor="tester") as register:
        records.update(register, "customer", 1, {"full_name_en": "Uno"})
        records.create(register, "customer", {"client_ref": "B-2", "full_name_en": "Two"})
    result = run("verify", str(path), "--seal", seal)
    assert result.returncode == 1, result.stderr
    assert "Changes to records that followed: 2," in result.stdout
    assert "Customer: added × 1" in result.stdout and "Customer: changed × 1" in result.stdout
    result = run("verify", str(path), "--seal", seal, "--lang", "ar")
    assert result.returncode == 1
    assert "تغييرات على السجلات تلته" in result.stdout and "عميل" in result.stdout and "إضافة" in result.stdout


@pytest.mark.parametrize("seal, words", [("not-a-hash-at-all!", "is not a seal"), ("abcdef", "too short"),
                                         ("ab" * 32, "is not in the audit chain")])
def test_bad_seals_are_exit_2_in_one_line(sealed: tuple[Path, str, Path], seal: str, words: str) -> None:
    path, _seal, _pdf = sealed
    result = run("verify", str(path), "--seal", seal)
    assert_plain_error(result, 2)
    assert words in result.stderr


def test_bad_seal_in_arabic(sealed: tuple[Path, str, Path]) -> None:
    result = run("verify", str(sealed[0]), "--seal", "abc", "--lang", "ar")
    assert_plain_error(result, 2)
    assert "قصير جداً" in result.stderr


def test_a_file_is_matched_and_a_changed_byte_is_exit_1(sealed: tuple[Path, str, Path], tmp_path: Path) -> None:
    path, _seal, pdf = sealed
    result = run("verify", str(path), "--file", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "ropa.pdf" in result.stdout and "was produced from this register" in result.stdout
    data = bytearray(pdf.read_bytes())
    data[-100] ^= 0x20
    pdf.write_bytes(bytes(data))
    result = run("verify", str(path), "--file", str(pdf))
    assert result.returncode == 1 and "was changed after export" in result.stdout
    assert "Traceback" not in result.stderr
    result = run("verify", str(path), "--file", str(pdf), "--lang", "ar")
    assert result.returncode == 1 and "تغيّر بعد تصديره" in result.stdout
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    result = run("verify", str(path), "--file", str(other))
    assert result.returncode == 1 and "was not produced from this register" in result.stdout
    assert_plain_error(run("verify", str(path), "--file", str(tmp_path / "missing.pdf")), 2)


def _tamper_after(path: Path, seal: str) -> int:
    """Alter the entry after the seal's (its files entry) without re-hashing it; returns its number."""
    with Register.open(path, PASSPHRASE) as register:
        after = register.conn.execute("SELECT seq FROM audit WHERE hash = ?", (seal,)).fetchone()[0] + 1
        register.conn.execute("DROP TRIGGER audit_no_update")
        register.conn.execute("UPDATE audit SET actor = 'mallory' WHERE seq = ?", (after,))
    return int(after)


def test_a_broken_chain_is_refused_naming_the_entry(sealed: tuple[Path, str, Path]) -> None:
    path, seal, pdf = sealed
    broken = _tamper_after(path, seal)
    for option, value in (("--seal", seal), ("--file", str(pdf))):
        result = run("verify", str(path), option, value)
        assert_plain_error(result, 1)
        assert f"audit entry {broken}" in result.stderr


def test_seals_lists_every_export_as_text_and_csv(sealed: tuple[Path, str, Path], tmp_path: Path) -> None:
    path, seal, pdf = sealed
    result = run("seals", str(path))
    assert result.returncode == 0, result.stderr
    assert seal in result.stdout and "ropa.pdf" in result.stdout
    target = tmp_path / "seals.csv"
    result = run("seals", str(path), "-o", str(target), "--lang", "ar")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert [(r["seal"], r["kind"], r["file"], r["sha256"]) for r in rows] == \
        [(seal, "ropa", "ropa.pdf", export.sha256(pdf))]


def test_report_as_of_a_seal(sealed: tuple[Path, str, Path], tmp_path: Path) -> None:
    from tests.reports.reading import pages_text

    path, seal, _pdf = sealed
    with Register.open(path, PASSPHRASE, actor="tester") as register:
        records.update(register, "customer", 1, {"full_name_en": "Uno"})
    out = tmp_path / "asof.pdf"
    result = run("report", "ropa", str(path), "--as-of", seal[:12], "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    with Register.open(path, PASSPHRASE, read_only=True) as register:
        entry = register.conn.execute("SELECT seq FROM audit WHERE hash = ?", (seal,)).fetchone()[0]
    assert f"As of entry {entry}," in pages_text(out)[1]
    result = run("report", "workbook", str(path), "--as-of", seal, "-o", str(tmp_path / "w.xlsx"))
    assert_plain_error(result, 2)
    assert "--as-of" in result.stderr
    result = run("report", "ropa", str(path), "--as-of", "xyz", "-o", str(tmp_path / "x.pdf"), "--lang", "ar")
    assert_plain_error(result, 2)
    assert "ليس ختماً" in result.stderr
    broken = _tamper_after(path, seal)
    result = run("report", "ropa", str(path), "--as-of", seal, "-o", str(tmp_path / "y.pdf"))
    assert_plain_error(result, 1)
    assert f"audit entry {broken}" in result.stderr and not (tmp_path / "y.pdf").exists()
