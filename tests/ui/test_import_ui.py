"""Imports, attachments and MRZs as an officer meets them, in English and Arabic (issue 13).

Screenshots go to $COMPLIANCE_DESK_SCREENSHOTS when set (else a temporary folder).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.settings import Settings
from tests.storage.pdf_samples import embedded, pdf
from tests.ui.helpers import leave

TD1_LONG = ("I<UTOD23145890<7349<<<<<<<<<<<\n"
            "3407127M9507122UTO<<<<<<<<<<<2\n"
            "STEVENSON<<PETER<JOHN<<<<<<<<<")


def _screens(tmp_path: Path) -> Path:
    out = Path(os.environ.get("COMPLIANCE_DESK_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


def _shot(qtbot, widget, path: Path) -> None:
    """The widget as shown (laid out for its current texts), saved as a PNG."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.layout().activate()
    assert widget.grab().save(str(path))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_import_attachment_and_mrz_feedback(unlocked_app: Controller, settings: Settings, tmp_path: Path,
                                            lang: str, qtbot) -> None:
    controller = unlocked_app
    if lang == "ar":
        settings.set("language", "ar")
        controller.settings_changed()
    out = _screens(tmp_path)
    controller.main.show_page("kyc")
    page = controller.main.kyc
    path = tmp_path / "customers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["client_ref", "full_name", "full_name_en", "date_of_birth", "country", "phone"])
        writer.writerow(["BO-9001", "هند العتيبي", "Hind Al-Otaibi", "1410-03-01 هـ", "SA", "0501112222"])
        writer.writerow(["BO-9002", "سالم", "Salem\u202e", "1990-12-31 junk", "SA", ""])
        writer.writerow(["BO-9001", "مكرر", "Duplicate", "1985-01-01", "SA", ""])
        writer.writerow(["BO-9003", "ريم", "Reem", "2990-01-01", "SA", ""])
        writer.writerow(["BO-9004", "نورة", "Noura", "1447-07-15", "SA", ""])
    before = page.model.rowCount()
    dialog = page.import_file(path)
    assert dialog is not None and dialog.result is not None
    texts = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    row_word = "الصف" if lang == "ar" else "row"
    assert [t.split("،" if lang == "ar" else ",")[0].replace("\u2068", "").replace("\u2069", "") for t in texts] == [
        f"{row_word} {n}" for n in (3, 4, 5)]
    assert page.model.rowCount() == before  # nothing written while rows are invalid
    _shot(qtbot, dialog, out / f"import-errors-{lang}.png")
    dialog.import_valid()
    assert page.model.rowCount() == before + 2
    found = controller.register.conn.execute(
        "SELECT date_of_birth FROM customers WHERE client_ref = 'BO-9001'").fetchone()
    assert found == ("1989-09-30",)  # 1 Rabi' al-Awwal 1410, Umm al-Qura

    page.select_id(1)
    customer = page.edit()
    document = customer.open_document(None)
    fields = document.forms[0].editors
    fields["doc_type"].set_value("national_id")
    fields["number"].set_value("D23145890734")
    fields["mrz"].set_value(TD1_LONG)
    assert "TD1" in document.mrz_label.text() and "D23145890734" in document.mrz_label.text()
    # the demo customer is not Peter John Stevenson: the fields that differ, named in the reader's language
    assert ("تاريخ الميلاد" if lang == "ar" else "Date of birth") in document.mrz_label.text()
    _shot(qtbot, document, out / f"mrz-td1-long-{lang}.png")
    fields["mrz"].set_value("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<")
    assert "MRV-B" in document.mrz_label.text()
    fields["mrz"].set_value("P<UTO")
    leave(fields["mrz"])  # errors show once the officer leaves the field
    assert ("3 أسطر" if lang == "ar" else "3 lines of 30") in fields["mrz"].error.text()
    _shot(qtbot, document, out / f"mrz-shape-error-{lang}.png")
    document.discard()
    customer.discard()

    controller.main.show_page("disclosures")
    disclosures = controller.main.disclosures
    disclosures.select_id(1)
    record = disclosures.edit()
    panel = record.attachments
    record.tabs.setCurrentWidget(panel)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pdf(b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "))
    assert panel.add_file(letter) is None
    assert "JavaScript" in panel.message.text()
    _shot(qtbot, record, out / f"attachment-javascript-{lang}.png")
    bill = tmp_path / "invoice\u202efdp.exe"
    bill.write_bytes(embedded(b"invoice.xml", b"<Invoice/>"))
    assert panel.add_file(bill) is not None
    assert "invoice.xml" in panel.message.text()
    assert "invoicefdp.exe.pdf" in panel.list.item(panel.list.count() - 1).text()
    _shot(qtbot, record, out / f"attachment-embedded-{lang}.png")
    record.discard()
