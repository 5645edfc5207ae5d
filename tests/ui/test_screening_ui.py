"""Sanctions screening in the app: import a list (then everyone is screened in the background), the
hit card beside the list entry, the decision flow, screening on customer save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import records, screening
from compliance_desk.ui.screening.background import service
from compliance_desk.ui.shell.controller import Controller

UN = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "un_small.xml"


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    return unlocked_app


def add_customer(app: Controller, qtbot, name_ar: str, dob: str, nationality: str) -> int:
    app.main.show_page("kyc")
    dialog = app.main.kyc.new()
    identity = dialog.forms[0].editors
    identity["client_ref"].set_value("BO-SCREEN-1")
    identity["full_name_ar"].set_value(name_ar)
    identity["date_of_birth"].set_value(dob)
    identity["nationality"].set_value(nationality)
    dialog.editor("risk_rating").set_value("medium")   # required before a customer is saved
    with qtbot.waitSignal(service().screened, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return int(dialog.record_id)


@pytest.mark.slow
def test_import_screen_hit_card_and_decision(app: Controller, qtbot) -> None:
    register = app.main.register
    dialog = app.main.open_lists()
    with qtbot.waitSignal(dialog.changed, timeout=60_000):
        dialog.import_file(UN, "un")
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text().strip("\u2066\u2069") == "LST-0001"
    assert "LST-0001" in dialog.status.text() and "SCR-" in dialog.status.text()
    dialog.close()

    customer_id = add_customer(app, qtbot, "رمزي محمد عبدالله بن الشيبة", "1972-05-01", "YE")
    qtbot.waitUntil(lambda: bool(screening.hits(register, customer_id=customer_id)), timeout=30_000)

    app.main.show_page("screening")
    page = app.main.screening
    page.refresh()
    row = next(i for i, h in enumerate(page.hits) if h["customer_id"] == customer_id)
    page.table.setCurrentCell(row, 0)
    card = page.card
    assert "QDi.081" in card.fields.item(0, 2).text()
    names = card.fields.item(1, 1).text() + card.fields.item(1, 2).text()
    assert "رمزي" in names and "RAMZI" in names
    assert card.reasons.count() >= 2 and "Name" in card.reasons.item(0).text()
    grabbed = card.grab()
    assert grabbed.width() > 200 and grabbed.height() > 200

    assert card.choice.currentData() is None     # an open hit: no decision chosen for the officer
    card.reason.setPlainText("Looked at it")
    assert not card.record_decision() and "Choose a decision" in card.error.text()
    card.reason.clear()
    card.choice.setCurrentIndex(card.choice.findData("true_match"))
    assert not card.record_decision()            # a reason is required
    assert card.error.isVisible()
    card.reason.setPlainText("Passport number and date of birth agree with the list")
    with qtbot.waitSignal(page.changed, timeout=30000):
        assert card.record_decision()
    assert records.get(register, CUSTOMER, customer_id)["status"] == "restricted"
    assert screening.hits(register, customer_id=customer_id)[0]["decision"] == "true_match"


def test_screening_page_without_lists_says_so(app: Controller) -> None:
    app.main.show_page("screening")
    assert "No sanctions list" in app.main.screening.summary.text()
    assert app.main.screening.card.title.text()
    # nothing to screen against: the button is off and says why
    assert not app.main.screening.screen_button.isEnabled()
    assert "No sanctions list" in app.main.screening.screen_button.toolTip()
