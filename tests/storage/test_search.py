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


def test_a_search_on_a_server_reads_its_count_and_first_page_in_one_pass_until_somebody_commits(
        pg_cluster, pg_url) -> None:
    """The server counts a search's matches and reads its first page in one statement (one pass over
    the matches); the page is taken from it only while nothing was committed since."""
    from compliance_desk.storage import listing
    from tests import pg

    writer = pg.officer_register(pg_cluster, pg_url, "writer")
    for i in range(3):
        records.create(writer, "customer", {"client_ref": str(i), "full_name_en": f"Layla {i}"})
    reader = Register.open(pg.add_user(pg_cluster, pg_url, "reader", "auditor"), "user secret", read_only=True)
    matched: list[str] = []
    execute = reader.conn.raw.execute
    reader.conn.raw.execute = lambda sql, *a, **k: (  # type: ignore[method-assign]
        matched.append(sql) if "customers_fts" in str(sql) else None, execute(sql, *a, **k))[1]
    try:
        query = listing.ListQuery(CUSTOMER, search="layla")
        assert listing.count(reader, query) == 3
        assert [r["client_ref"] for r in listing.page(reader, query, 0, 200)] == ["0", "1", "2"]
        assert len(matched) == 1  # the page came with the count
        assert listing.page(reader, query, 0, 200)[0]["client_ref"] == "0" and len(matched) == 2  # once

        assert listing.count(reader, query) == 3
        records.create(writer, "customer", {"client_ref": "3", "full_name_en": "Layla 3"})  # another officer commits
        assert [r["client_ref"] for r in listing.page(reader, query, 0, 200)] == ["0", "1", "2", "3"]

        nothing = listing.ListQuery(CUSTOMER, search="nobody")
        assert listing.count(reader, nothing) == 0 and listing.page(reader, nothing, 0, 200) == []
        assert listing.count(reader, query) == 4
        query.sort, query.descending = "reference", True  # another order: not the page that was read
        assert [r["client_ref"] for r in listing.page(reader, query, 0, 200)] == ["3", "2", "1", "0"]
        # the page walked in the index's order (many matches for the table's size, as the server knows
        # it) or its matches read and sorted (few), and in an order no index keeps
        for analysed in (False, True):
            if analysed:
                with pg.admin(pg_cluster, pg.database(pg_url)) as admin:
                    admin.execute("ANALYZE customers")  # 4 rows: the 4 matches are few
            for sort, descending, expected in (("reference", True, "3210"), ("id", False, "0123"),
                                               ("full_name_en", True, "3210")):
                query = listing.ListQuery(CUSTOMER, sort=sort, descending=descending, search="layla")
                assert listing.count(reader, query) == 4
                assert "".join(r["client_ref"] for r in listing.page(reader, query, 0, 200)) == expected
                assert listing.page(reader, query, 0, 2) == listing.page(reader, query, 0, 200)[:2]
    finally:
        reader.close()
        writer.close()


@pytest.mark.parametrize("at_the_end", [False, True])
def test_a_search_on_a_server_walks_the_order_only_as_far_as_it_should_then_sorts_the_matches(
        pg_cluster, pg_url, monkeypatch, at_the_end: bool) -> None:
    """Many matches: the first page is found by walking the reference order; matches that sit at one
    end of it (a reference's prefix) are not walked to: after twice the rows an even spread would
    need, the matches are read and sorted. The same page either way."""
    from compliance_desk.storage import listing
    from tests import pg

    register = pg.officer_register(pg_cluster, pg_url, "writer")
    try:
        for i in range(25):
            found = (i >= 22) if at_the_end else (i < 3)
            records.create(register, "customer", {"client_ref": f"{i:02}",
                                                  "full_name_en": "Layla" if found else f"Other {i}"})
        with pg.admin(pg_cluster, pg.database(pg_url)) as admin:
            admin.execute("ANALYZE customers")
        # pages of one row: 3 matches of 25 rows are "many" (3² × 3 > 1 × 25); the walk stops after
        # 2 × 25 / 3 = 17 rows, before the matches at the end
        monkeypatch.setattr(listing, "PAGE_SIZE", 1)
        query = listing.ListQuery(CUSTOMER, search="layla")
        assert listing.count(register, query) == 3
        assert [r["client_ref"] for r in listing.page(register, query, 0, 1)] == ["22" if at_the_end else "00"]
        query = listing.ListQuery(CUSTOMER, search="layla", descending=True)
        assert listing.count(register, query) == 3
        assert [r["client_ref"] for r in listing.page(register, query, 0, 1)] == ["24" if at_the_end else "02"]
    finally:
        register.close()
