"""The disclosure register as an officer uses it: create → review → decide → disclose → close."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from compliance_desk.domain import clock
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.storage import disclosures, records
from compliance_desk.ui.shell.controller import Controller
from tests.storage.pdf_samples import embedded, pdf
from tests.ui.helpers import leave, tiny_pdf


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    unlocked_app.main.show_page("disclosures")
    return unlocked_app


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_request_through_every_step(app: Controller, qtbot) -> None:
    page = app.main.disclosures
    before = page.model.rowCount()
    dialog = page.new()
    request = dialog.forms[0].editors
    assert request["received_date"].value() == clock.today().isoformat()
    request["requester_type"].set_value("law_enforcement")
    request["requester_name"].set_value("Riyadh Region Police")
    request["request_type"].set_value("official_request")
    assert request["due_date"].value() == (clock.today() + dt.timedelta(days=10)).isoformat()
    request["emergency"].set_value(True)
    assert request["due_date"].value() == (clock.today() + dt.timedelta(days=1)).isoformat()
    client = records.get(app.register, "customer", 5)["client_ref"]
    dialog.subjects.query.setText(client)  # the picker finds the customer by client reference
    assert 5 in dialog.subjects.find()
    dialog.subjects._add_first()
    assert dialog.subjects.ids() == [5]
    dialog.forms[1].editors["subject_notification"].set_value("prohibited")
    assert save_button(dialog).isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    request_id = page.selected_id()
    row = records.get(app.register, DISCLOSURE, request_id)
    assert (row["stage"], row["emergency"], row["requester_name"]) == ("received", 1, "Riyadh Region Police")
    assert page.banner.isVisibleTo(page) and "prohibits" in page.banner.text()
    assert [w.kind for w in disclosures.subject_warnings(app.register, 5)] == ["prohibited"]
    deadline = [c.key for c in page.model.columns].index("deadline")
    assert page.model.data(page.model.index(page.model.row_of(request_id), deadline)).startswith("Emergency — Due")

    assert page.step_actions["legal_review"].isEnabled() and not page.step_actions["disclosed"].isEnabled()
    step = page.step("legal_review")
    step.forms[0].editors["counsel_name"].set_value("Advocate Salem")
    step.save()
    assert records.get(app.register, DISCLOSURE, request_id)["stage"] == "legal_review"

    step = page.step("decided")
    fields = step.forms[0].editors
    fields["decision"].set_value("partly_complied")
    assert not save_button(step).isEnabled()  # no opinion, no reason
    fields["legal_opinion"].set_value("Only the account data is within the request's scope.")
    assert not save_button(step).isEnabled()
    leave(fields["decision_reason"])
    assert "reason" in fields["decision_reason"].error.text()
    fields["decision_reason"].set_value("Communications are outside the order.")
    assert save_button(step).isEnabled()
    step.save()
    row = records.get(app.register, DISCLOSURE, request_id)
    assert (row["stage"], row["decision"], row["decided_by"]) == ("decided", "partly_complied", app.actor())

    step = page.step("disclosed")
    step.forms[0].editors["disclosure_method"].set_value("secure_portal")
    assert not save_button(step).isEnabled()
    step.forms[0].editors["categories_disclosed"].set_value(["identity", "transactions"])
    step.save()
    page.step("closed").save()
    row = records.get(app.register, DISCLOSURE, request_id)
    assert row["stage"] == "closed" and row["closed_date"] == clock.today().isoformat()
    assert not any(a.isEnabled() for a in page.step_actions.values())
    assert page.model.data(page.model.index(page.model.row_of(request_id), deadline)) == "Done"

    closed = page.edit()
    assert not save_button(closed).isVisible() and "closed" in closed.message.text()
    # read, not changed: the one button closes, and nothing can be attached any more
    assert closed.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert not closed.attachments.add_button.isEnabled()
    closed.attachments.refresh()
    assert not closed.attachments.add_button.isEnabled()
    closed.reject()
    assert page.history.entries() >= 5
    assert app.register.verify().ok


def test_action_queue_lists_an_overdue_request_first_and_opens_it(app: Controller, qtbot) -> None:
    disclosures.create(app.register, {"received_date": (clock.today() - dt.timedelta(days=30)).isoformat(),
                                      "requester_type": "court", "requester_name": "Late Court",
                                      "request_type": "court_order"})
    app.main.show_page("queue")
    queue = app.main.queue
    queue.refresh()
    queue.filter_text.setText("Late Court")
    assert queue.select_key(next(e.item.key for e in queue.entries if "Late Court" in e.item.title_en))
    row = queue.tree.currentItem()
    assert row.text(0) == "Overdue by 16 days"
    assert "Late Court" in row.text(1) and row.text(2).startswith("DSC-")
    assert "overdue" in queue.summary.text()
    queue.open_selected()
    assert app.main.current_key() == "disclosures"
    selected = records.get(app.register, DISCLOSURE, app.main.disclosures.selected_id())
    assert selected["requester_name"] == "Late Court"


def test_overdue_filter(app: Controller) -> None:
    page = app.main.disclosures
    page.overdue.setChecked(True)
    today = clock.today()
    for r in range(page.model.rowCount()):
        row = records.get(app.register, DISCLOSURE, page.model.record_id(r))
        assert row["due_date"] < today.isoformat() and row["stage"] not in ("closed", "disclosed")


def test_transparency_page_matches_the_register(app: Controller) -> None:
    page = app.main.transparency
    page.date_from.setText("2000-01-01")
    page.date_to.setText("2100-12-31")
    figures = page.refresh()
    assert figures == disclosures.transparency(app.register, "2000-01-01", "2100-12-31")
    government = app.register.conn.execute(
        "SELECT count(*) FROM disclosures WHERE request_type NOT IN ('partner_transfer', 'merger_transfer')").fetchone()[0]
    assert page.summary_labels["requests"].text() == str(government)
    assert int(page.summary_labels["commercial"].text()) == app.register.count(DISCLOSURE) - government
    page.date_to.setText("31/12/2100")  # day first, as Saudi officers write it
    assert page.refresh() == figures and page.message.text() == ""
    page.date_to.setText("31/02/2026")
    assert page.refresh() is None and "no such day" in page.message.text()


def test_a_step_the_stage_does_not_allow_is_not_offered(app: Controller) -> None:
    page = app.main.disclosures
    closed = app.register.conn.execute("SELECT id FROM disclosures WHERE stage = 'closed' LIMIT 1").fetchone()[0]
    page.select_id(closed)
    assert page.step("decided") is None
    assert not page.step_actions["decided"].isEnabled()


def test_attach_the_order_scan_and_export_it(app: Controller, tmp_path: Path) -> None:
    page = app.main.disclosures
    page.select_id(1)
    dialog = page.edit()
    panel = dialog.attachments
    scan = tmp_path / "order.pdf"
    scan.write_bytes(pdf())
    assert panel.add_file(scan) is not None
    assert panel.list.count() == 1 and "order.pdf" in panel.list.item(0).text()
    assert panel.message.text() == ""
    fake = tmp_path / "invoice.pdf"
    fake.write_bytes(b"MZ\x90\x00 an executable")
    assert panel.add_file(fake) is None
    assert "not a PDF" in panel.message.text() and panel.list.count() == 1
    scripted = tmp_path / "letter.pdf"
    scripted.write_bytes(pdf(b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "))
    assert panel.add_file(scripted) is None
    assert "contains JavaScript" in panel.message.text() and panel.list.count() == 1
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(embedded(b"invoice.xml", b"<Invoice/>"))
    assert panel.add_file(bill) is not None
    assert "embedded files (invoice.xml)" in panel.message.text() and panel.list.count() == 2
    panel.list.setCurrentRow(0)
    out = tmp_path / "exported.pdf"
    assert panel.export_to(panel.selected(), out)
    assert out.read_bytes() == scan.read_bytes()
    action, = app.register.conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "attachment_export"
    dialog.discard()
    new = page.new()  # a new request that cannot be saved yet: attaching says why and saves nothing
    assert new.attachments.add_file(scan) is None and new.record_id is None
    new.discard()


def test_import_from_the_app_lists_bad_rows_then_imports_the_valid_ones(app: Controller, tmp_path: Path) -> None:
    import csv

    path = tmp_path / "log.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["received_date", "requester_type", "requester_name", "request_type"])
        writer.writerow(["2026-01-03", "court", "Court A", "court_order"])
        writer.writerow(["2026-02-30", "court", "Court B", "court_order"])
    page = app.main.disclosures
    before = page.model.rowCount()
    dialog = page.import_file(path)
    assert page.model.rowCount() == before  # nothing written yet
    assert dialog.errors.count() == 1 and "row 3, received_date" in dialog.errors.item(0).text()
    dialog.valid_button.click()
    assert page.model.rowCount() == before + 1


def test_customer_picker_finds_arabic_names_however_spelt(app: Controller) -> None:
    page = app.main.disclosures
    dialog = page.new()
    picker = dialog.subjects
    row = records.get(app.register, "customer", 7)
    name = row["full_name_ar"]
    # another hamza/alef form and a ta marbuta as ha: folded on both sides by the register's search
    typed = name.split()[0].replace("ا", "أ", 1) if "ا" in name.split()[0] else name.split()[0]
    picker.query.insert(typed)
    found = picker.find()
    assert 7 in found or len(found) == 30
    picker.query.clear()
    picker.query.insert(row["reference"])
    assert picker.find() == [7]
    picker._add_first()
    picker._add_first()  # twice: still once
    assert picker.ids() == [7] and picker.chosen.count() == 1
    picker.chosen.setCurrentRow(0)
    picker.remove_selected()
    assert picker.ids() == []
    dialog.discard()


def test_attach_the_court_order_while_creating_the_request(app: Controller, tmp_path: Path) -> None:
    page = app.main.disclosures
    dialog = page.new()
    request = dialog.forms[0].editors
    request["requester_type"].set_value("court")
    request["requester_name"].set_value("Riyadh General Court")
    request["request_type"].set_value("court_order")
    panel = dialog.attachments
    assert panel.add_button.isEnabled() and "Save and attach" in panel.add_button.text()
    order = tiny_pdf(tmp_path / "order.pdf")
    assert panel.add_file(order) is not None  # the request was saved first, the dialog stays open
    assert dialog.isVisible() and dialog.record_id is not None
    assert "DSC-" in dialog.windowTitle() and not dialog.dirty
    assert panel.list.count() == 1
    dialog.reject()
    assert not dialog.isVisible()
