"""The reasons for a late notice are asked only once the notice is (or, filed now, would be) past
its 72 hours — never while hours are left on the clock — and are required then."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from compliance_desk.domain import clock
from compliance_desk.storage import breaches
from compliance_desk.ui.shell.controller import Controller
from tests.ui.conftest import BREACH_AWARE as AWARE


@pytest.fixture
def app(unlocked_app: Controller, breach_clock) -> Controller:
    unlocked_app.main.show_page("breaches")
    return unlocked_app


def shown(dialog) -> bool:
    form = next(f for f in dialog.forms if "late_reason" in f.editors)
    assert form.editors["late_reason"].isHidden() == form.labels["late_reason"].isHidden()
    return not form.editors["late_reason"].isHidden()


def test_the_late_reason_waits_for_the_deadline(app: Controller) -> None:
    page = app.main.breaches
    breach = breaches.create(app.register, {"title": "Bucket left public", "aware_at": "2027-01-10 09:00",
                                            "category": "confidentiality", "cause": "attack"})
    breaches.advance(app.register, breach, "assessed", {"severity": "high", "sdaia_decision": "notify",
                                                        "subjects_decision": "not_required"})
    page._after_write(breach)
    page.select_id(breach)
    stage = page.step("notified")  # 52 hours left: filed now, the notice is on time
    assert not shown(stage)
    stage.discard()
    edit = page.edit()
    assert not shown(edit)
    edit.editor("sdaia_notified_at").set_value("2027-01-13 10:00")  # typed as past the deadline
    assert shown(edit)
    edit.discard()
    clock.fix(AWARE + dt.timedelta(hours=80))  # the 72 hours have run out
    stage = page.step("notified")
    assert shown(stage)
    save = stage.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # required now
    stage.editor("sdaia_notified_at").set_value("2027-01-13 17:00")  # now, typed by the officer
    stage.editor("late_reason").set_value("The processor told us late")
    assert save.isEnabled(), stage.message.text()
    stage.discard()
