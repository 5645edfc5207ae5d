"""A small register with known contents for report tests, on a fixed clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance_desk.domain import clock
from compliance_desk.storage import activities, kyc, records
from compliance_desk.storage import disclosures as requests
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

NOW = dt.datetime(2026, 5, 7, 12, 34, tzinfo=dt.UTC)
ORG = {"legal_name_ar": "شركة الاختبار", "legal_name_en": "Test Trading Co.", "commercial_registration": "1010000001",
       "address": "الرياض", "officer_name": "Noura", "officer_email": "dpo@test.example",
       "aml_officer_name": "فهد العمري", "aml_officer_email": "mlro@test.example"}


@pytest.fixture
def fixed_clock() -> Iterator[dt.datetime]:
    clock.fix(NOW)
    yield NOW
    clock.fix(None)


@pytest.fixture
def demo_register(demo_path: Path) -> Iterator[Register]:
    with Register.open(demo_path, PASSPHRASE) as register:
        yield register


REQUESTS_NOW = dt.datetime(2026, 6, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def reg(tmp_path: Path) -> Iterator[Register]:
    """An empty register (ORG) on the requests' tests' clock, REQUESTS_NOW."""
    clock.fix(REQUESTS_NOW)
    with Register.create(tmp_path / "r.cdesk", PASSPHRASE, ORG, actor="tester") as register:
        yield register
    clock.fix(None)


@pytest.fixture
def small(tmp_path: Path, fixed_clock: dt.datetime) -> Iterator[Register]:
    """One activity with an Arabic recipient and a transfer abroad, a few customers and requests."""
    with Register.create(tmp_path / "small.cdesk", PASSPHRASE, ORG, actor="tester") as register:
        gateway = activities.save_recipient(register, None, {"name_ar": "بوابة دفع الخليج", "name_en": "Gulf Pay",
                                                             "recipient_type": "payment_gateway", "country": "AE"})
        activities.save_activity(register, None, {
            "name_ar": "معالجة المدفوعات", "name_en": "Payment processing", "department": "Finance",
            "purposes": ["payment_processing"], "legal_bases": ["contract"], "subject_categories": ["customers"],
            "data_categories": ["payment_card", "special_category"], "sources": ["data_subject"],
            "retention_period": "10 years", "security_measures": ["encryption"], "status": "active",
        }, [gateway], [{"country": "AE", "recipient_id": gateway, "safeguard": "standard_clauses"}])
        yield register


def customer(register: Register, n: int, **values: object) -> int:
    return records.create(register, "customer", {"client_ref": f"B-{n}", "full_name_en": f"Customer {n}",
                                                 "full_name_ar": f"عميل {n}", **values})


def document(register: Register, customer_id: int, kind: str = "passport", **values: object) -> int:
    return kyc.save_document(register, None, {"customer_id": customer_id, "doc_type": kind, **values})


def request(register: Register, **values: object) -> int:
    base = {"received_date": "2026-04-01", "requester_type": "court", "requester_name": "Riyadh Court",
            "request_type": "court_order", "legal_ground": "Court order", "accounts": 2}
    return requests.create(register, {**base, **values})
