"""The identity step offers a person's name as the verifier, never "root"."""

from __future__ import annotations

import pytest

from compliance_desk.storage import lock
from compliance_desk.ui.requests.request_dialog import checked_by
from compliance_desk.ui.shell.controller import Controller


def test_the_verifier_offered_is_the_officer_never_a_system_account(unlocked_app: Controller,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    register = unlocked_app.register
    monkeypatch.setattr(lock, "full_name", lambda login: "")
    monkeypatch.setattr(register, "actor", "root")
    assert checked_by(register) == "the data protection officer"
    monkeypatch.setattr(lock, "full_name", lambda login: "Noura Al-Qahtani")
    assert checked_by(register) == "Noura Al-Qahtani"
    monkeypatch.setattr(register, "actor", "نورة القحطاني")  # the officer's name from Settings
    assert checked_by(register) == "نورة القحطاني"
