"""Who verified an identity or decided a right is a person's name, never a bare account such as
"root": the officer's name from Settings (the actor), else the OS account's full name, else blank
(the face then says "the data protection officer")."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_desk.storage import lock, records, requests
from compliance_desk.storage.register import Register
from tests.conftest import PASSPHRASE

ORG = {"legal_name_en": "Acme", "legal_name_ar": "أكمي"}


def verified_by(tmp_path: Path, actor: str) -> tuple[object, object]:
    with Register.create(tmp_path / f"{actor or 'blank'}.cdesk", PASSPHRASE, ORG, actor=actor) as register:
        request_id = requests.create(register, {"received_at": "2026-06-01T09:00+03:00", "channel": "email",
                                                "requester_name": "Huda", "rights": ["access"]})
        requests.advance(register, request_id, "verified", {"identity_method": "known_contact"})
        requests.decide(register, request_id, {"access": {"decision": "granted"}})
        row = records.get(register, "request", request_id)
        return row["identity_checked_by"], requests.rights_of(register, request_id)[0]["decided_by"]


def test_a_system_account_is_never_written_as_the_verifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "full_name", lambda login: "")
    assert verified_by(tmp_path, "root") == (None, None)
    monkeypatch.setattr(lock, "full_name", lambda login: "Noura Al-Qahtani")
    assert verified_by(tmp_path, "admin") == ("Noura Al-Qahtani", "Noura Al-Qahtani")
    assert verified_by(tmp_path, "Noura Al-Qahtani") == ("Noura Al-Qahtani", "Noura Al-Qahtani")


def test_the_person_name_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "full_name", lambda login: "")
    assert lock.person_name("نورة القحطاني") == "نورة القحطاني"
    assert lock.person_name("ROOT") is None and lock.person_name(lock.current_user()) is None
    assert lock.person_name("") is None
