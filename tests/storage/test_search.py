from __future__ import annotations

import pytest

from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.storage.search import search_ids


@pytest.fixture
def register(any_register: Register) -> Register:
    """Every test here runs on both engines: the SQLCipher file and a PostgreSQL server."""
    return any_register


def test_search_folds_arabic_forms_on_both_sides(register: Register) -> None:
    a = records.create(register, "customer", {"client_ref": "1", "full_name_ar": "احمد سالم"})
    b = records.create(register, "customer", {"client_ref": "2", "full_name_ar": "إحمد ناصر"})
    c = records.create(register, "customer", {"client_ref": "3", "full_name_ar": "مؤسسة الأمل"})
    records.create(register, "customer", {"client_ref": "4", "full_name_en": "John Smith", "notes": "رقم ١٢٣"})
    assert search_ids(register, CUSTOMER, "أحمد") == [a, b]
    assert search_ids(register, CUSTOMER, "موسسه") == [c]
    assert search_ids(register, CUSTOMER, "123") == [4]
    assert search_ids(register, CUSTOMER, "smi") == [4]
    assert search_ids(register, CUSTOMER, '"') == []


def test_search_follows_updates_and_deletes(register: Register) -> None:
    a = records.create(register, "customer", {"client_ref": "1", "full_name_en": "Layla Hassan"})
    records.update(register, "customer", a, {"full_name_en": "Layla Omar"})
    assert search_ids(register, CUSTOMER, "hassan") == []
    assert search_ids(register, CUSTOMER, "omar") == [a]
    records.delete(register, "customer", a)
    assert search_ids(register, CUSTOMER, "layla") == []


def test_search_finds_a_word_behind_its_article(register: Register) -> None:
    from compliance_desk.domain.entities import ACTIVITY

    fraud = records.create(register, "activity", {"name_ar": "منع الاحتيال"})
    assert search_ids(register, ACTIVITY, "احتيال") == [fraud]
    assert search_ids(register, ACTIVITY, "الإحتيال") == [fraud]


@pytest.mark.sqlcipher_only  # the file re-indexes when it opens; the server when `server init` upgrades it
def test_an_older_search_index_is_rebuilt_when_the_register_opens(register: Register, register_path) -> None:
    from compliance_desk.domain.entities import ACTIVITY
    from tests.conftest import PASSPHRASE

    fraud = records.create(register, "activity", {"name_ar": "منع الاحتيال"})
    # what an older app left: plain folded text, and an older index version
    register.conn.execute("UPDATE activities_fts SET body = 'pa-0001 منع الاحتيال' WHERE rowid = ?", (fraud,))
    register.conn.execute("UPDATE register_meta SET value = '1' WHERE key = 'search_index_version'")
    assert search_ids(register, ACTIVITY, "احتيال") == []
    register.close()
    with Register.open(register_path, PASSPHRASE) as again:
        assert search_ids(again, ACTIVITY, "احتيال") == [fraud]
        assert again.meta()["search_index_version"] == "2"


@pytest.mark.sqlcipher_only  # the count kept between count() and page() follows SQLite's change counters
def test_a_search_is_counted_once_for_its_count_and_its_page_and_again_after_any_write(
        register: Register, register_path) -> None:
    from compliance_desk.storage import listing
    from tests.conftest import PASSPHRASE

    for i in range(3):
        records.create(register, "customer", {"client_ref": str(i), "full_name_en": f"Layla {i}"})
    counts: list[str] = []
    register.conn.set_trace_callback(lambda sql: counts.append(sql) if "count(*)" in sql else None)
    query = listing.ListQuery(CUSTOMER, search="layla")
    assert listing.count(register, query) == 3
    assert [r["client_ref"] for r in listing.page(register, query, 0, 200)] == ["0", "1", "2"]
    assert len(counts) == 1  # the page's plan uses the count just made
    records.create(register, "customer", {"client_ref": "3", "full_name_en": "Layla 3"})  # this connection writes
    assert listing.count(register, query) == 4
    assert len(counts) == 2
    register.conn.set_trace_callback(None)
    with Register.open(register_path, PASSPHRASE, read_only=True) as reader:
        seen = listing.ListQuery(CUSTOMER, search="layla")
        assert listing.count(reader, seen) == 4
        records.create(register, "customer", {"client_ref": "4", "full_name_en": "Layla 4"})  # another one commits
        assert listing.count(reader, seen) == 5
        assert len(listing.page(reader, seen, 0, 200)) == 5
