"""A report as of a seal on a register on a server (a throwaway cluster, tests/pg.py): the server's
state read once into memory, then undone from the chain as on a file; the server is not written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from compliance_desk.domain import clock
from compliance_desk.domain.entities import ORGANISATION
from compliance_desk.domain.validation import clean
from compliance_desk.reports import export
from compliance_desk.storage import records
from compliance_desk.storage.as_of import register_as_of
from compliance_desk.storage.register import Register
from tests import pg
from tests.reports.conftest import ORG
from tests.reports.test_as_of import _body, _change_everything, _fill


@pytest.fixture
def on_server(pg_cluster, pg_url):
    # a fixed clock (the printed and the re-made report read the same day), after the server's own
    # first entries: the chain's dates never go back
    clock.fix(clock.now().replace(microsecond=0) + dt.timedelta(hours=1))
    officer = pg.add_user(pg_cluster, pg_url, "tester", "officer")
    register = Register.open(officer, "user secret")
    with register.atomic():
        register.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, ORG)})
    yield register
    register.close()
    clock.fix(None)


@pytest.mark.parametrize("kind, lang", [("ropa", "en"), ("disclosures", "ar")])
def test_the_report_as_of_a_seal_on_a_server_is_the_report_printed_at_it(on_server: Register, tmp_path: Path,
                                                                         kind: str, lang: str) -> None:
    _fill(on_server)
    printed, seal = export.export_pdf(on_server, kind, tmp_path / "printed.pdf", lang=lang)
    _change_everything(on_server)
    now, _ = export.export_pdf(on_server, kind, tmp_path / "now.pdf", lang=lang)
    entries = on_server.audit_count()
    remade, remade_seal = export.export_pdf(on_server, kind, tmp_path / "remade.pdf", lang=lang, as_of=seal[:12])
    assert on_server.audit_count() == entries + 2  # the export and its file only: nothing else written
    assert on_server.verify().ok
    expected = _body(printed, seal)
    assert _body(remade, seal, remade_seal) == expected
    assert _body(now, seal) != expected


def test_the_state_on_a_server_is_a_copy(on_server: Register) -> None:
    _fill(on_server)
    seal = on_server.seal()
    records.update(on_server, "activity", 1, {"department": "Treasury"})
    with register_as_of(on_server, seal, "ropa") as state:
        assert state.read_only and state.engine == "sqlcipher" and state.conn is not on_server.conn
        assert records.get(state, "activity", 1)["department"] == "Marketing"
        assert state.count(records.ENTITIES["customer"]) == 0  # tables a ropa does not read stay empty
    assert records.get(on_server, "activity", 1)["department"] == "Treasury"
