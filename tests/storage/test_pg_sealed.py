"""Attachments and sensitive identifiers sealed by the app before they reach the server: the register
key and its wraps, what a dump holds, what the app reads back, lookups, and the chain (tests/pg.py)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest

from compliance_desk.domain.entities import CUSTOMER, DOCUMENT, ORGANISATION
from compliance_desk.domain.validation import clean
from compliance_desk.storage import attachments, kyc, records, search
from compliance_desk.storage.pg import keys, server
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.pg.sealed import KeyNeeded
from compliance_desk.storage.register import Register
from tests import pg
from tests.storage.pdf_samples import pdf

OWNER_KEY = "owner's register passphrase"
LAYLA_KEY = "layla's register passphrase"
NUMBER = "P7788123"
MRZ = ("P<SAUALHARBI<<LAYLA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
       "P7788123<1SAU9001017F3001012<<<<<<<<<<<<<<06")


def keyed(cluster: pg.Cluster, url: str) -> str:
    """The register at `url` given a register key (the owner's wrap), and officer layla with her own wrap;
    returns layla's URL."""
    server.init(url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY)
    server.add_user(url, pg.SUPERUSER_PASSWORD, "layla", "officer", "user secret",
                    register_passphrase=OWNER_KEY, new_register_passphrase=LAYLA_KEY)
    return url.replace(f"{pg.SUPERUSER}@", "layla@", 1)


@pytest.fixture
def layla_url(pg_cluster, pg_url) -> str:
    return keyed(pg_cluster, pg_url)


@pytest.fixture
def officer(layla_url):
    register = Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY)
    with register.atomic():
        register.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, {"legal_name_en": "Acme Store"})})
    yield register
    register.close()


def _customer_with_document(register: Register) -> tuple[int, int]:
    customer = kyc.save_customer(register, None, {
        "client_ref": "C-1", "full_name_en": "Layla Al-Harbi", "full_name_ar": "ليلى الحربي",
        "date_of_birth": "1990-01-01", "phone": "+966501234567", "email": "layla@example.sa",
        "address": "12 King Fahd Road, Riyadh", "country": "SA"})
    document = kyc.save_document(register, None, {
        "customer_id": customer, "doc_type": "passport", "number": NUMBER, "issuing_country": "SA",
        "expiry_date": "2030-01-01", "mrz": MRZ})
    return customer, document


def _dump(cluster: pg.Cluster, url: str) -> str:
    """Every value of every table as the server holds it, read by a superuser as text."""
    out: list[str] = []
    with pg.admin(cluster, pg.database(url)) as conn:
        tables = [r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables"
                                             " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                out.extend(v.hex() if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(out)


def test_a_dump_holds_no_identifier_and_no_attachment_bytes_and_the_app_reads_them_back(
        pg_cluster, pg_url, officer: PgRegister) -> None:
    customer, document = _customer_with_document(officer)
    data = pdf()
    attachment = attachments.add(officer, "document", document, "passport.pdf", data)

    dump = _dump(pg_cluster, pg_url)
    for secret in (NUMBER, "P7788123", "ALHARBI", "1990-01-01", "966501234567", "layla@example.sa", "King Fahd"):
        assert secret not in dump, secret
    assert data.hex() not in dump and data[:64].hex() not in dump
    assert hashlib.sha256(data).hexdigest() not in dump  # a known document is not matched by its hash
    assert "Layla Al-Harbi" in dump  # names stay readable (sorting, full-text search)
    if shutil.which("pg_dump") or (pg_cluster.bin / "pg_dump").exists():
        dumped = subprocess.run([str(pg_cluster.bin / "pg_dump"), "--data-only", pg_cluster.url(pg.database(pg_url))],
                                env={"PGPASSWORD": pg.SUPERUSER_PASSWORD}, capture_output=True, text=True,
                                check=True).stdout
        assert "Layla Al-Harbi" in dumped and NUMBER not in dumped and "layla@example.sa" not in dumped

    assert records.get(officer, DOCUMENT, document)["number"] == NUMBER
    assert records.get(officer, DOCUMENT, document)["mrz"] == MRZ
    shown = records.get(officer, CUSTOMER, customer)
    assert (shown["date_of_birth"], shown["phone"], shown["email"]) == ("1990-01-01", "+966501234567",
                                                                         "layla@example.sa")
    assert attachments.content(officer, attachment) == data
    assert officer.verify().ok


def test_an_unchanged_sealed_value_is_not_rewritten_and_a_changed_one_is_audited_as_ciphertext(
        pg_cluster, pg_url, officer: PgRegister) -> None:
    customer, document = _customer_with_document(officer)
    before = officer.audit_count()
    records.update(officer, DOCUMENT, document, {"number": NUMBER, "notes": "seen"})
    changes = officer.conn.execute("SELECT changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert officer.audit_count() == before + 1 and "number" not in changes
    records.update(officer, DOCUMENT, document, {"number": "P0000001"})
    changes = officer.conn.execute("SELECT changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert "number" in changes and "P0000001" not in changes and NUMBER not in changes
    assert records.get(officer, DOCUMENT, document)["number"] == "P0000001"
    assert officer.verify().ok


def test_the_search_box_finds_a_customer_by_an_exact_document_number_or_email(officer: PgRegister) -> None:
    customer, _document = _customer_with_document(officer)
    kyc.save_customer(officer, None, {"client_ref": "C-2", "full_name_en": "Someone Else",
                                      "email": "else@example.sa"})
    assert search.search_ids(officer, CUSTOMER, NUMBER) == [customer]
    assert search.search_ids(officer, CUSTOMER, "p7788-123") == [customer]  # case and separators aside
    assert search.search_ids(officer, CUSTOMER, "LAYLA@example.sa") == [customer]
    assert search.search_ids(officer, CUSTOMER, "Layla") == [customer]  # names: full text, as before
    assert search.search_ids(officer, CUSTOMER, "P7788") == []  # a number is found whole, not by a prefix
    assert officer.find_sealed("documents", "number", NUMBER) == [_document]


def test_a_wrong_register_passphrase_is_refused_in_one_line(layla_url) -> None:
    with pytest.raises(keys.RegisterKeyRefused) as refused:
        Register.open(layla_url, "user secret", register_passphrase="not layla's")
    assert refused.value.exit_code == 3
    assert refused.value.text("en") == "Wrong register passphrase for layla: the register key did not open."
    assert "layla" in refused.value.text("ar") and "مفتاح السجل" in refused.value.text("ar")


def test_an_auditor_without_a_wrap_verifies_and_sees_the_marker(pg_cluster, pg_url, officer: PgRegister) -> None:
    customer, document = _customer_with_document(officer)
    attachment = attachments.add(officer, "document", document, "passport.pdf", pdf())
    url = pg.add_user(pg_cluster, pg_url, "khalid", "auditor")
    with Register.open(url, "user secret") as auditor:
        assert auditor.register_key is None
        verdict = auditor.verify()
        assert verdict.ok and verdict.seal == officer.seal()
        row = records.get(auditor, DOCUMENT, document)
        assert row["number"] == "encrypted — no key" and row["doc_type"] == "passport"
        assert records.get(auditor, CUSTOMER, customer)["full_name_en"] == "Layla Al-Harbi"
        auditor.conn.sealer.lang = "ar"
        assert records.get(auditor, DOCUMENT, document)["number"] == "مشفّر — لا مفتاح"
        with pytest.raises(KeyNeeded):
            attachments.content(auditor, attachment)


def test_an_officer_without_the_key_cannot_store_an_identifier_in_clear(pg_cluster, pg_url, layla_url) -> None:
    with Register.open(layla_url, "user secret") as keyless:  # no register passphrase given
        assert keyless.keyed and keyless.register_key is None
        with pytest.raises(KeyNeeded):
            kyc.save_customer(keyless, None, {"client_ref": "C-9", "full_name_en": "X", "email": "x@example.sa"})
    assert "x@example.sa" not in _dump(pg_cluster, pg_url)


def test_add_user_needs_the_runner_to_open_the_key(pg_cluster, pg_url, layla_url) -> None:
    with pytest.raises(keys.RegisterKeyRefused):
        server.add_user(pg_url, pg.SUPERUSER_PASSWORD, "omar", "officer", "omar secret",
                        register_passphrase="wrong", new_register_passphrase="omar's")
    server.add_user(pg_url, pg.SUPERUSER_PASSWORD, "omar", "officer", "omar secret",
                    register_passphrase=OWNER_KEY, new_register_passphrase="omar's")
    omar = pg_url.replace(f"{pg.SUPERUSER}@", "omar@", 1)
    with Register.open(omar, "omar secret", register_passphrase="omar's") as register:
        assert register.register_key is not None
        with Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY) as layla:
            assert layla.register_key == register.register_key  # one key, two wraps
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:  # the wrap is no copy of the key
        wraps = conn.execute("SELECT username, wrapped FROM register_keys ORDER BY username").fetchall()
    assert [w[0] for w in wraps] == [pg.SUPERUSER, "layla", "omar"]
    assert all(register.register_key.key not in bytes(w[1]) for w in wraps)  # type: ignore[union-attr]


def test_a_snapshot_holds_the_values_in_clear_verifies_and_needs_the_key(
        pg_cluster, pg_url, layla_url, officer: PgRegister, tmp_path) -> None:
    from compliance_desk.storage.pg import snapshot
    from tests.conftest import PASSPHRASE

    customer, document = _customer_with_document(officer)
    data = pdf()
    attachment = attachments.add(officer, "document", document, "passport.pdf", data)
    records.update(officer, DOCUMENT, document, {"number": "P0000002"})
    out = tmp_path / "offline.cdesk"
    with pytest.raises(snapshot.SnapshotNeedsKey):  # layla without her register passphrase
        snapshot.snapshot(layla_url, "user secret", out, PASSPHRASE)
    assert not out.exists()
    result = snapshot.snapshot(layla_url, "user secret", out, PASSPHRASE, register_passphrase=LAYLA_KEY)
    assert result.seal == officer.seal()
    with Register.open(out, PASSPHRASE, read_only=True) as copy:
        verdict = copy.verify()
        assert verdict.ok, verdict.problems
        assert verdict.seal == officer.seal()
        assert records.get(copy, DOCUMENT, document)["number"] == "P0000002"
        assert records.get(copy, CUSTOMER, customer)["email"] == "layla@example.sa"
        assert attachments.content(copy, attachment) == data
    # the stored forms beside the clear values are what the chain holds: one altered shows
    from compliance_desk.storage.connection import open_register

    raw = open_register(out, PASSPHRASE).conn
    raw.execute("UPDATE sealed_cells SET stored = 'cd1:x' WHERE column_name = 'number'")
    raw.close()
    with Register.open(out, PASSPHRASE, read_only=True) as copy:
        assert [p.kind for p in copy.verify().problems] == ["row_changed"]


def test_an_imported_file_keeps_its_seal_and_its_current_values_are_sealed_after_it(
        pg_cluster, register: Register, tmp_path) -> None:
    from compliance_desk.storage import seals
    from compliance_desk.storage.pg import transfer
    from tests.conftest import PASSPHRASE

    customer, document = _customer_with_document(register)
    data = pdf()
    attachment = attachments.add(register, "document", document, "passport.pdf", data)
    seal, entries = register.seal(), register.audit_count()
    path = register.path
    register.close()
    with pg.admin(pg_cluster) as conn:
        conn.execute("CREATE DATABASE imported_sealed")
    url = pg_cluster.url("imported_sealed")
    result = transfer.import_file(url, pg.SUPERUSER_PASSWORD, path, PASSPHRASE, register_passphrase=OWNER_KEY)
    assert (result.seal, result.entries) == (seal, entries)  # the file's seal, as promised
    assert result.sealed == 3  # the customer, the document, the attachment
    with Register.open(url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY) as server_register:
        verdict = server_register.verify()
        assert verdict.ok, verdict.problems
        assert verdict.seal == result.head and verdict.entries == entries + 1 + 3  # key made, 3 rows sealed
        assert seals.check_seal(server_register, seal).entry.seq == entries  # the file's seal, in the chain
        assert records.get(server_register, DOCUMENT, document)["number"] == NUMBER
        assert attachments.content(server_register, attachment) == data
        assert search.search_ids(server_register, CUSTOMER, NUMBER) == [customer]
        last = server_register.conn.execute("SELECT action, changes FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        assert last[0] == "sealed_at_rest" and NUMBER not in last[1]
    with pg.admin(pg_cluster, "imported_sealed") as conn:
        current = [str(v) for table in ("customers", "documents", "customers_fts")
                   for row in conn.execute(f"SELECT * FROM {table}") for v in row]
        history = [r[0] for r in conn.execute("SELECT changes FROM audit")]
    assert not any(NUMBER in v or "layla@example.sa" in v for v in current)  # the rows: sealed
    assert any(NUMBER in h for h in history)  # the imported history: as the file hashed it (said in DESIGN)


def test_a_listing_sorted_by_a_sealed_column_is_in_reference_order(officer: PgRegister) -> None:
    from compliance_desk.storage.listing import ListQuery, page

    for n, born in enumerate(("1990-05-01", "1970-01-01", "1980-03-03", "2000-12-31", "1960-07-07")):
        kyc.save_customer(officer, None, {"client_ref": f"C-{n}", "full_name_en": f"Customer {n}",
                                          "date_of_birth": born})
    rows = page(officer, ListQuery(CUSTOMER, sort="date_of_birth"), 0, 10)
    assert [r["client_ref"] for r in rows] == [f"C-{n}" for n in range(5)]  # not the ciphertexts' order
    assert rows[1]["date_of_birth"] == "1970-01-01"  # read in clear


def test_the_history_reads_sealed_values_in_clear_with_the_key_and_as_the_marker_without(
        pg_cluster, pg_url, officer: PgRegister) -> None:
    from compliance_desk.storage.history import record_history

    _customer, document = _customer_with_document(officer)
    records.update(officer, DOCUMENT, document, {"number": "P0000003"})
    last = record_history(officer, "document", document)[-1]
    assert last.changes["number"] == [NUMBER, "P0000003"]
    url = pg.add_user(pg_cluster, pg_url, "khalid", "auditor")
    with Register.open(url, "user secret") as auditor:
        assert record_history(auditor, "document", document)[-1].changes["number"] == ["encrypted — no key"] * 2


def test_a_register_keyed_after_it_was_filled_has_its_values_sealed(pg_cluster, pg_url) -> None:
    unkeyed = pg.officer_register(pg_cluster, pg_url, "tester")
    _customer_with_document(unkeyed)
    unkeyed.close()
    assert NUMBER in _dump(pg_cluster, pg_url)  # no key yet: stored as the file stores it
    server.init(pg_url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY)
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:
        rows = [str(v) for t in ("customers", "documents", "customers_fts") for r in conn.execute(f"SELECT * FROM {t}")
                for v in r]
    assert not any(NUMBER in v or "layla@example.sa" in v for v in rows)
    with Register.open(pg_url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY) as register:
        assert register.verify().ok
        assert records.get(register, DOCUMENT, 1)["number"] == NUMBER


def test_the_in_memory_copy_for_a_report_as_of_a_seal_reads_in_clear_and_verifies(officer: PgRegister) -> None:
    from compliance_desk.storage.pg.snapshot import in_memory

    _customer, document = _customer_with_document(officer)
    attachment = attachments.add(officer, "document", document, "passport.pdf", pdf())
    with in_memory(officer) as copy:
        assert records.get(copy, DOCUMENT, document)["number"] == NUMBER
        assert attachments.content(copy, attachment) == pdf()
        assert copy.verify().ok


def test_the_search_box_finds_a_request_by_its_exact_contact(officer: PgRegister) -> None:
    from compliance_desk.domain.entities import REQUEST

    request = records.create(officer, REQUEST, {
        "received_at": "2026-03-01T09:00:00+03:00", "received_date": "2026-03-01", "channel": "email",
        "requester_name": "Amal Al-Qahtani", "requester_contact": "amal@example.sa"})
    assert search.search_ids(officer, REQUEST, "AMAL@example.sa") == [request]
    assert search.search_ids(officer, REQUEST, "Amal") == [request]
    assert "amal@example.sa" not in (officer.conn.execute("SELECT body FROM requests_fts").fetchone()[0])


def test_a_register_filled_before_its_key_is_sealed_in_batches_and_verifies(pg_cluster, pg_url, monkeypatch) -> None:
    """seal_existing (an import's last step: 700 000 rows at full size) reads, seals and writes the rows
    a batch at a time, one statement per batch for their UPDATEs and one for their audit entries."""
    from compliance_desk.storage.pg import sealing

    with Register.open(pg_url, pg.SUPERUSER_PASSWORD) as owner:
        with owner.atomic():
            owner.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, {"legal_name_en": "Acme Store"})})
            ids = [records.create(owner, "customer", {"client_ref": str(i), "full_name_en": f"Customer {i}",
                                                      "email": f"c{i}@example.sa"}) for i in range(9)]
            keys.store(owner.conn, owner.actor, keys.new_key(), OWNER_KEY, owner.actor)
        owner._open_key(OWNER_KEY)
        monkeypatch.setattr(sealing, "SEAL_BATCH", 4)
        sent: list[str] = []
        execute, executemany = owner.conn.execute, owner.conn.executemany
        monkeypatch.setattr(owner.conn, "execute", lambda sql, *a: (sent.append(sql), execute(sql, *a))[1])
        monkeypatch.setattr(owner.conn, "executemany", lambda sql, *a: (sent.append(sql), executemany(sql, *a))[1])
        assert owner.seal_existing() == 9
        assert len([s for s in sent if s.startswith("UPDATE customers")]) == 3  # 9 rows, 4 at a time
        assert len([s for s in sent if s.startswith("INSERT INTO audit")]) == 3
        verdict = owner.verify()
        assert verdict.ok, verdict.problems
        assert [records.get(owner, CUSTOMER, i)["email"] for i in ids] == [f"c{i}@example.sa" for i in range(9)]
        stored = owner.conn.raw.execute("SELECT email FROM customers ORDER BY id").fetchall()
        assert all(not str(e).endswith("@example.sa") for (e,) in stored)
        actions = owner.conn.raw.execute(
            "SELECT entity_id FROM audit WHERE action = 'sealed_at_rest' ORDER BY seq").fetchall()
        assert [a for (a,) in actions] == ids
        assert search.search_ids(owner, CUSTOMER, "c4@example.sa") == [ids[4]]
