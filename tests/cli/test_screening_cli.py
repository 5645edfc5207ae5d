"""The sanctions commands of the CLI: lists import, lists, screen (text and JSON), decide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance_desk.storage import kyc
from compliance_desk.storage.register import Register
from tests.cli.test_cli import assert_plain_error, run
from tests.conftest import PASSPHRASE

UN = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "un_small.xml"


@pytest.fixture
def with_customers(register: Register, register_path: Path) -> Path:
    kyc.save_customer(register, None, {"client_ref": "BO-1", "full_name_ar": "رمزي محمد عبدالله بن الشيبة",
                                       "date_of_birth": "1972-05-01", "nationality": "YE"})
    kyc.save_customer(register, None, {"client_ref": "BO-2", "full_name_en": "Noura Al-Qahtani"})
    register.close()
    return register_path


@pytest.mark.slow
def test_import_screen_and_decide(with_customers: Path) -> None:
    path = str(with_customers)
    result = run("lists", "import", path, str(UN), "--kind", "un")
    assert result.returncode == 0, result.stderr
    assert "LST-0001" in result.stdout and "5 entries" in result.stdout and "1 new hit" in result.stdout

    listed = run("lists", path)
    assert listed.returncode == 0 and listed.stdout.startswith("LST-0001\tcurrent\tun\t")

    screened = run("screen", path, "--format", "json")
    assert screened.returncode == 1, screened.stderr   # a hit to decide
    data = json.loads(screened.stdout)
    [hit] = data["hits"]
    assert hit["customer"] == "CUS-00001" and hit["entry"] == "QDi.081" and hit["decision"] == "open"
    assert hit["score"] >= 80 and hit["reasons"][0].startswith("Name")

    decided = run("decide", path, hit["hit"], "--as", "true_match", "--reason", "Passport and DOB agree")
    assert decided.returncode == 0, decided.stderr
    assert "restricted" in decided.stdout
    one = run("screen", path, "--customer", "BO-2")
    assert one.returncode == 0 and "1 customer(s)" in one.stdout
    assert run("verify", path).returncode == 0
    with Register.open(with_customers, PASSPHRASE, read_only=True) as register:
        status = register.conn.execute("SELECT status FROM customers WHERE client_ref = 'BO-1'").fetchone()[0]
    assert status == "restricted"


@pytest.mark.slow
def test_bad_input_is_one_plain_line(with_customers: Path, tmp_path: Path) -> None:
    path = str(with_customers)
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                    "<CONSOLIDATED_LIST>&b;</CONSOLIDATED_LIST>", encoding="utf-8")
    result = run("lists", "import", path, str(bomb))
    assert_plain_error(result, 2)
    assert "register is unchanged" in result.stderr
    assert_plain_error(run("screen", path), 1)   # no list loaded yet
    assert_plain_error(run("decide", path, "HIT-0009", "--as", "escalated", "--reason", "x"), 2)
    assert_plain_error(run("lists", "import", path, str(tmp_path / "missing.xml")), 2)
    arabic = run("--lang", "ar", "lists", "import", path, str(bomb))
    assert_plain_error(arabic, 2)
    assert "لم تُحمَّل" in arabic.stderr
