"""The KYC register as an officer uses it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QDialogButtonBox

from compliance_desk.domain import clock
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import disclosures, records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.widgets.preview import preview_image
from tests.ui.helpers import leave


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    unlocked_app.main.show_page("kyc")
    return unlocked_app


def save(dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled(), dialog.errors()
    button.click()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "#336699").save(buffer, "PNG")
    return buffer.getvalue()


def test_customer_passport_scan_check_status_and_due_list(app: Controller, tmp_path: Path) -> None:
    page = app.main.kyc
    before = page.model.rowCount()
    dialog = page.new()
    identity = dialog.forms[0].editors
    identity["client_ref"].set_value("BO-777")
    identity["full_name_ar"].set_value("ريم الحربي")
    identity["full_name_en"].set_value("Reem Al-Harbi")
    identity["country"].set_value("SA")
    dialog.forms[1].editors["phone"].set_value("12")
    leave(dialog.forms[1].editors["phone"])
    assert "not a valid phone number" in dialog.forms[1].editors["phone"].error.text()
    dialog.forms[1].editors["phone"].set_value("0551234567")
    dialog.forms[2].editors["risk_rating"].set_value("high")
    assert dialog.add_document_button.isEnabled() and "Save and add" in dialog.add_document_button.text()
    passport = dialog.open_document(None)  # save-and-continue: the customer is saved, its dialog stays open
    assert dialog.isVisible() and dialog.record_id is not None and not dialog.dirty
    assert page.model.rowCount() == before + 1
    customer_id = dialog.record_id
    row = records.get(app.register, CUSTOMER, customer_id)
    assert (row["phone"], row["status"], row["reference"]) == ("+966551234567", "pending", "CUS-00301")
    assert "CUS-00301" in dialog.windowTitle() and dialog.add_document_button.text() == "Add document…"
    fields = passport.forms[0].editors
    fields["doc_type"].set_value("passport")
    fields["number"].set_value("A12345678")
    fields["issuing_country"].set_value("SA")
    fields["issue_date"].set_value("2022-01-10")
    expiry = (clock.today() + dt.timedelta(days=40)).isoformat()
    fields["expiry_date"].set_value(expiry)
    save(passport)
    assert dialog.documents.rowCount() == 1
    assert "••••5678" in dialog.documents.item(0, 1).text()  # masked outside its own dialog

    dialog.documents.selectRow(0)
    passport = dialog.edit_document()
    scan = tmp_path / "passport.png"
    scan.write_bytes(png_bytes())
    assert passport.attachments.add_file(scan) is not None
    assert passport.attachments.preview.pixmap() is not None and not passport.attachments.preview.pixmap().isNull()
    passport.discard()

    dialog.documents.selectRow(0)
    check = dialog.record_check()
    assert not check.forms[0].editors["result"].value()  # no result yet: the rule check is no "check passed"
    assert check.problems_label.text() == "The document meets every rule on this date; choose the result."
    check.forms[0].editors["result"].set_value("verified")
    assert "✓" in check.problems_label.text() and "meets every rule" in check.problems_label.text()
    save(check)
    assert records.get(app.register, CUSTOMER, customer_id)["status"] == "restricted"  # no proof of address on file

    bill = dialog.open_document(None)
    bill.forms[0].editors["doc_type"].set_value("utility_bill_water")
    bill.forms[0].editors["issue_date"].set_value((clock.today() - dt.timedelta(days=120)).isoformat())
    save(bill)
    dialog.documents.selectRow(1)
    check = dialog.record_check()
    check.forms[0].editors["result"].set_value("verified")
    assert "Older than allowed" in check.problems_label.text()
    assert not check.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    check.forms[0].editors["override_reason"].set_value("Bill re-issued by the utility; original seen.")
    save(check)
    row = records.get(app.register, CUSTOMER, customer_id)
    assert (row["status"], row["last_verified"]) == ("verified", clock.today().isoformat())
    assert row["next_review"] == clock.today().replace(year=clock.today().year + 1).isoformat()
    assert dialog.forms[2].editors["status"].value() == "verified"
    dialog.discard()

    app.main.queue.refresh()
    assert "CUS-00301" in {e.item.reference for e in app.main.queue.entries}
    assert app.register.verify().ok


def test_gag_warning_on_a_linked_customer(app: Controller) -> None:
    customer = 12
    disclosures.create(app.register, {"received_date": clock.today().isoformat(), "requester_type": "court",
                                      "requester_name": "Court", "request_type": "court_order",
                                      "subject_notification": "prohibited"}, customer_ids=[customer])
    page = app.main.kyc
    page.model.refresh()
    page.select_id(customer)
    dialog = page.edit()
    assert dialog.warning.isVisibleTo(dialog)
    assert "Do not tip off" in dialog.warning.text() and "prohibits" in dialog.warning.text()
    dialog.discard()
    page.select_id(13)
    dialog = page.edit()
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.discard()


def test_refusal_needs_its_note(app: Controller) -> None:
    page = app.main.kyc
    page.select_id(1)
    dialog = page.edit()
    dialog.forms[2].editors["status"].set_value("refused_information")
    dialog.forms[2].editors["refusal_note"].set_value("")
    leave(dialog.forms[2].editors["refusal_note"])
    assert "what the customer refused" in dialog.forms[2].editors["refusal_note"].error.text()
    dialog.discard()


def test_mrz_feedback_while_typing(app: Controller) -> None:
    page = app.main.kyc
    page.select_id(1)
    customer = page.edit()
    document = customer.open_document(None)
    fields = document.forms[0].editors
    fields["doc_type"].set_value("passport")
    fields["mrz"].set_value("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    assert "check digits hold" in document.mrz_label.text()
    assert "name" in document.mrz_label.text()  # the customer is not Anna Maria Eriksson
    fields["mrz"].set_value("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                            "L898902C46UTO7408122F1204159ZE184226B<<<<<10")
    assert "FAIL" in document.mrz_label.text()
    fields["mrz"].set_value("P<UTO")
    leave(fields["mrz"])
    assert fields["mrz"].error.text()
    document.discard()
    customer.discard()


def test_pdf_and_image_previews() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(100, 700, "Court order")
    pdf.save()
    image = preview_image(buffer.getvalue(), "application/pdf", 300)
    assert image is not None and image.width() == 300
    assert preview_image(png_bytes(), "image/png", 300).width() == 300
    assert preview_image(b"%PDF-1.4 broken", "application/pdf") is None


def test_import_customers_from_the_app(app: Controller, tmp_path: Path) -> None:
    import csv

    path = tmp_path / "customers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["client_ref", "full_name", "full_name_en", "country", "phone", "risk"])
        writer.writerow(["BO-9001", "هند", "Hind", "SA", "0501112222", "low"])
    page = app.main.kyc
    before = page.model.rowCount()
    assert page.import_file(path).result.imported == 1
    assert page.model.rowCount() == before + 1


MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def new_customer(page, client_ref: str = "BO-900"):
    dialog = page.new()
    dialog.editor("client_ref").set_value(client_ref)
    dialog.editor("full_name_ar").set_value("آنا إريكسون")
    dialog.editor("risk_rating").set_value("low")
    return dialog


def test_the_mrz_fills_number_dates_and_names_in_a_fixed_width_font(app: Controller) -> None:
    from PySide6.QtGui import QFontMetrics

    customer = new_customer(app.main.kyc)
    document = customer.open_document(None)
    mrz = document.editor("mrz")
    metrics = QFontMetrics(mrz.widget.font())
    assert metrics.horizontalAdvance("<<<<") == metrics.horizontalAdvance("WWWW")  # fixed width: columns align
    mrz.set_value(MRZ)
    assert document.editor("number").value() == "L898902C3"
    assert document.editor("expiry_date").value() == "2012-04-15"
    assert document.editor("doc_type").value() == "passport"
    assert customer.editor("full_name_en").value() == "Anna Maria Eriksson"  # the customer's empty fields too
    assert customer.editor("date_of_birth").value() == "1974-08-12"
    # typed values are compared, never overwritten; a difference names the field by its label
    document.editor("number").set_value("L898902C4")
    document.editor("mrz").set_value("")
    document.editor("mrz").set_value(MRZ)
    assert document.editor("number").value() == "L898902C4"
    assert "Differs from the entered data: Number" in document.mrz_label.text()
    assert "number," not in document.mrz_label.text()
    document.discard()
    customer.discard()


def test_an_expired_passport_warns_when_saved(app: Controller, answers) -> None:
    customer = new_customer(app.main.kyc, "BO-901")
    document = customer.open_document(None)
    document.editor("doc_type").set_value("passport")
    document.editor("expiry_date").set_value((clock.today() - dt.timedelta(days=3)).isoformat())
    assert document.expiry_label.isVisibleTo(document) and "Expired on" in document.expiry_label.text()
    answers.queue = [False]
    assert document.save() is False and "expired on" in answers.asked[-1]
    assert kyc_documents(app, customer.record_id) == 0  # "Keep editing": nothing saved
    answers.queue = [True]
    assert document.save() is True
    assert kyc_documents(app, customer.record_id) == 1
    customer.discard()


def kyc_documents(app: Controller, customer_id: int) -> int:
    from compliance_desk.storage import kyc

    return len(kyc.documents_of(app.register, customer_id))


def test_the_check_pre_ticks_what_it_found_and_a_rejection_needs_a_reason(app: Controller, answers) -> None:
    customer = new_customer(app.main.kyc, "BO-902")
    bill = customer.open_document(None)
    bill.editor("doc_type").set_value("bank_statement")
    bill.editor("issue_date").set_value((clock.today() - dt.timedelta(days=200)).isoformat())
    assert bill.save()
    customer.documents.setCurrentCell(0, 0)
    check = customer.record_check()
    assert check.editor("reason_codes").value() == ["older_than_allowed"]  # pre-ticked
    check.editor("reason_codes").set_value([])
    check.editor("result").set_value("rejected")
    assert "reason_codes" in check.errors()
    assert "a rejection needs at least one reason" in check.errors()["reason_codes"]
    check.editor("reason_codes").set_value(["unreadable"])
    assert check.errors() == {}
    assert check.save()
    check.discard()
    customer.discard()


def test_a_rejection_without_reasons_is_refused_by_the_register_too(app: Controller) -> None:
    import pytest as _pytest

    from compliance_desk.domain.errors import ValidationError
    from compliance_desk.storage import kyc

    customer = new_customer(app.main.kyc, "BO-903")
    assert customer.save()
    document = kyc.save_document(app.register, None, {"customer_id": customer.record_id, "doc_type": "passport",
                                                       "expiry_date": "2031-01-01"})
    with _pytest.raises(ValidationError) as caught:
        kyc.record_check(app.register, {"document_id": document, "result": "rejected"})
    assert caught.value.field == "reason_codes"
