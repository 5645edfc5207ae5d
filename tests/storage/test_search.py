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
