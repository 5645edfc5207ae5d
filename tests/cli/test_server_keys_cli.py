"""`compliance-desk server remove-user` and `server rotate-key`: what they print, their refusals and exit codes."""

from __future__ import annotations

import pytest

from compliance_desk.domain.entities import DOCUMENT
from compliance_desk.storage import kyc, records
from compliance_desk.storage.register import Register
from tests import pg
from tests.cli.test_server_cli import cli
from tests.storage.test_pg_sealed import LAYLA_KEY, NUMBER, OWNER_KEY, keyed


def test_remove_user_then_rotate_key(pg_cluster, pg_url, capsys, monkeypatch) -> None:
    layla = keyed(pg_cluster, pg_url)
    monkeypatch.setenv("COMPLIANCE_DESK_NEW_REGISTER_PASSPHRASE", "omar's register passphrase")
    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", OWNER_KEY)
    code, _out, err = cli(capsys, monkeypatch, "server", "add-user", pg_url, "omar", "--role", "officer",
                          password=pg.SUPERUSER_PASSWORD, new_password="omar's own secret")
    assert (code, err) == (0, "")
    monkeypatch.delenv("COMPLIANCE_DESK_NEW_REGISTER_PASSPHRASE")
    with Register.open(layla, "user secret", register_passphrase=LAYLA_KEY) as register:
        customer = kyc.save_customer(register, None, {"client_ref": "C-1", "full_name_en": "Layla Al-Harbi"})
        document = kyc.save_document(register, None, {"customer_id": customer, "doc_type": "passport",
                                                      "number": NUMBER})

    code, out, err = cli(capsys, monkeypatch, "server", "remove-user", pg_url, "omar", password=pg.SUPERUSER_PASSWORD)
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert lines[0].startswith("omar can no longer log in to ") and len(lines) == 2
    assert "Their wrap of the register key is deleted. Now run `compliance-desk server rotate-key" in lines[1]
    code, out, err = cli(capsys, monkeypatch, "server", "remove-user", pg_url, "omar", password=pg.SUPERUSER_PASSWORD)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "omar is not a user of" in err

    code, out, err = cli(capsys, monkeypatch, "server", "rotate-key", pg_url, password=pg.SUPERUSER_PASSWORD)
    assert (code, err) == (0, "")
    assert "(generation 2); rows sealed again: 1; held by cdesk_owner, layla; seal " in out  # the document
    with Register.open(layla, "user secret", register_passphrase=LAYLA_KEY) as register:
        assert records.get(register, DOCUMENT, document)["number"] == NUMBER
        assert out.strip().endswith(register.seal())

    monkeypatch.setenv("COMPLIANCE_DESK_LANG", "ar")
    code, out, err = cli(capsys, monkeypatch, "server", "remove-user", layla, "omar", password="user secret")
    assert (code, out) == (1, "")
    assert err.strip() == "لا يقوم بهذا إلا مسؤول هذا السجل؛ والمستخدم \u2068layla\u2069 ليس مسؤولاً."  # isolated
    monkeypatch.setenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", "not the owner's")
    code, out, err = cli(capsys, monkeypatch, "server", "rotate-key", pg_url, password=pg.SUPERUSER_PASSWORD)
    assert code == 3 and "مفتاح السجل" in err and len(err.strip().splitlines()) == 1


def test_rotate_key_without_a_register_passphrase_is_bad_usage(pg_cluster, pg_url, capsys, monkeypatch) -> None:
    keyed(pg_cluster, pg_url)
    monkeypatch.delenv("COMPLIANCE_DESK_REGISTER_PASSPHRASE", raising=False)
    code, out, err = cli(capsys, monkeypatch, "server", "rotate-key", pg_url, password=pg.SUPERUSER_PASSWORD)
    assert code == 2 and "COMPLIANCE_DESK_REGISTER_PASSPHRASE" in err and "Traceback" not in err


@pytest.mark.parametrize("name", ["officer", "bad name;"])
def test_remove_user_refuses_a_role_or_a_bad_name(pg_cluster, pg_url, capsys, monkeypatch, name: str) -> None:
    code, _out, err = cli(capsys, monkeypatch, "server", "remove-user", pg_url, name, password=pg.SUPERUSER_PASSWORD)
    assert code == 2 and "cannot be a user name" in err
