"""The data-subject request register as an officer uses it, and the one view of a person."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from compliance_desk.domain.entities import REQUEST
from compliance_desk.storage import kyc, persons, records, requests
from compliance_desk.ui.requests.person_view import PersonView
from compliance_desk.ui.shell.controller import Controller
from tests.ui.helpers import tiny_pdf


@pytest.fixture
def app(unlocked_app: Controller) -> Controller:
    unlocked_app.main.show_page("requests")
    return unlocked_app


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def with_documents(app: Controller) -> int:
    """A customer with an identity document on file (so an AML hold applies)."""
    return int(app.register.conn.execute("SELECT customer_id FROM documents ORDER BY customer_id LIMIT 1").fetchone()[0])


def test_request_through_every_step_with_a_hold_overridden(app: Controller, qtbot, tmp_path: Path) -> None:
    page = app.main.requests
    before = page.model.rowCount()
    customer_id = with_documents(app)
    dialog = page.new()
    form = dialog.forms[0].editors
    assert form["received_at"].value()  # now, in the organisation's time zone
    form["received_at"].set_value("2026-03-05T22:30Z")
    form["rights"].set_value(["access", "erasure"])
    client = records.get(app.register, "customer", customer_id)["client_ref"]
    dialog.customer.query.setText(client)
    assert customer_id in dialog.customer.find()
    dialog.customer._add_first()
    assert "2026-04-05" in dialog.clock_label.text() and "Asia/Riyadh" in dialog.clock_label.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    request_id = page.selected_id()
    row = records.get(app.register, REQUEST, request_id)
    assert (row["received_date"], row["due_date"], row["customer_id"]) == ("2026-03-06", "2026-04-05", customer_id)
    # the erasure is shown as limited, not blocked: what is kept, on what basis, until when; the rest can go
    blocked = page.erasure_blocked
    assert blocked.isVisibleTo(page) and not page.banner.isVisibleTo(page)
    assert "Erasure limited by legal holds" in blocked.plain and "whole erasure" not in blocked.plain
    assert "the rest of this person's data can be erased" in blocked.plain
    assert "due-diligence records and copies of identity documents — AML Law Art. 12" in blocked.plain
    assert "until 10 years after the relationship ends (it has not ended yet)" in blocked.plain
    assert "would breach AML Law Art. 12" in blocked.plain
    assert "while the relationship lasts, then 10 years" not in blocked.plain  # said once, not twice
    assert records.get(app.register, "customer", customer_id)["reference"] in blocked.plain
    # on the page, folded to its headline and what is kept until when; the link unfolds the list
    assert blocked.folded and "AML Law Art. 12" not in blocked.text() and "the rest of this person" in blocked.text()
    blocked.linkActivated.emit("fold")
    assert not blocked.folded and "AML Law Art. 12" in blocked.text()
    blocked.linkActivated.emit("fold")
    assert blocked.folded and "AML Law Art. 12" not in blocked.text()

    steps = page.step_actions
    assert steps["awaiting_identity"].isEnabled() and steps["verified"].isEnabled()
    assert not steps["answered"].isEnabled() and not steps["closed"].isEnabled()
    step = page.step("verified")
    step.forms[0].editors["identity_method"].set_value("kyc_document")
    assert step.document is not None and step.document.currentData() is not None  # their document, offered
    seen = step.document.currentData()
    qtbot.mouseClick(save_button(step), Qt.MouseButton.LeftButton)
    row = records.get(app.register, REQUEST, request_id)
    assert (row["stage"], row["identity_document_id"]) == ("verified", seen)

    decision = page.decide()
    erasure, access = decision.editors["erasure"], decision.editors["access"]
    assert erasure.override is not None and "AML Law Art. 12" in decision.findChild(object, "hold_warning").plain
    access.set_decision("granted", action="data_exported", action_date="2026-03-10")
    erasure.set_decision("granted", action="erased", action_date="2026-03-10")
    assert not decision.save() and "would breach AML Law Art. 12" in decision.message.text()  # needs its reason
    erasure.set_decision("granted", action="erased", action_date="2026-03-10", override="Approved by the MLRO")
    assert decision.save()
    row = records.get(app.register, REQUEST, request_id)
    assert (row["stage"], row["outcome"]) == ("decided", "granted")
    held = [r for r in requests.rights_of(app.register, request_id) if r["right_code"] == "erasure"][0]
    assert "AML Law Art. 12" in held["holds_overridden"]

    page.update_actions()
    assert steps["answered"].isEnabled() and not steps["verified"].isEnabled()
    assert page.letters() == ["acknowledgement", "answer"]
    letter = page.write_letter("answer", tmp_path / "answer.pdf", "ar")
    assert letter is not None and letter.exists()
    step = page.step("answered")
    step.forms[0].editors["response_method"].set_value("email")
    qtbot.mouseClick(save_button(step), Qt.MouseButton.LeftButton)
    assert records.get(app.register, REQUEST, request_id)["stage"] == "answered"
    deadline = [c.key for c in page.model.columns].index("deadline")
    assert page.model.data(page.model.index(page.model.row_of(request_id), deadline)) == "Answered"


def test_bad_input_is_shown_not_saved(app: Controller) -> None:
    page = app.main.requests
    dialog = page.new()
    form = dialog.forms[0].editors
    form["received_at"].set_value("next week")
    form["requester_name"].set_value("Walk-in")
    form["rights"].set_value(["access"])
    errors = dialog.errors()
    assert "received_at" in errors and "not a date and time" in errors["received_at"]
    form["received_at"].set_value("2026-03-05 10:00")
    assert dialog.errors() == {}
    dialog.discard()


def test_filters_and_search(app: Controller) -> None:
    import datetime as dt

    from compliance_desk.domain import clock

    page = app.main.requests
    late = (clock.today() - dt.timedelta(days=40)).isoformat()
    requests.create(app.register, {"received_at": late, "requester_name": "Late Requester", "rights": ["access"]})
    page.set_register(app.register)
    total = page.model.total
    page.overdue.setChecked(True)
    overdue = page.model.total
    assert 0 < overdue < total
    page.overdue.setChecked(False)
    page.filter_combos["rights"].setCurrentIndex(page.filter_combos["rights"].findData("erasure"))
    assert 0 < page.model.total < total
    page.filter_combos["rights"].setCurrentIndex(0)
    page.set_search("Late Requester")
    assert page.model.total == 1


def test_person_view_shows_holds_gags_and_exports(app: Controller, qtbot, tmp_path: Path) -> None:
    customer_id = with_documents(app)
    from compliance_desk.storage import disclosures

    disclosures.create(app.register, {"received_date": "2026-06-01", "requester_type": "public_prosecution",
                                      "requester_name": "Public Prosecution", "request_type": "official_request",
                                      "subject_notification": "prohibited"}, customer_ids=[customer_id])
    requests.create(app.register, {"received_at": "2026-06-01 09:00", "customer_id": customer_id,
                                   "rights": ["erasure"]})
    view = PersonView(app.register, customer_id, "en")
    qtbot.addWidget(view)
    assert "AML Law Art. 12" in view.blocked.plain and "Erasure limited by legal holds" in view.blocked.plain
    assert view.blocked.isVisibleTo(view) and not view.holds_label.isVisibleTo(view)
    assert view.gag_label.isVisibleTo(view) and "Do not tell" in view.gag_label.text()
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs[0] == "KYC record" and any(t.startswith("Requests (") for t in tabs)
    expected = persons.person(app.register, customer_id)
    assert view.findChild(object, "requests").rowCount() == len(expected.requests)
    assert view.findChild(object, "disclosures").rowCount() == len(expected.disclosures)
    xlsx, data = view.export(tmp_path / "person.xlsx")
    exported = json.loads(data.read_text(encoding="utf-8"))["tables"]
    assert "Public Prosecution" not in json.dumps(exported, ensure_ascii=False)  # gagged: withheld
    assert xlsx.exists()
    clear = kyc.save_customer(app.register, None, {"client_ref": "NEW-1", "full_name_en": "New Person"})
    fresh = PersonView(app.register, clear, "en")
    qtbot.addWidget(fresh)
    # no documents (no AML hold) and no gag; the demo's activities about customers still hold them
    assert "AML Law" not in fresh.blocked.plain and "PA-" in fresh.blocked.plain
    assert not fresh.gag_label.isVisibleTo(fresh)


def test_the_person_view_opens_from_a_customer(unlocked_app: Controller, qtbot) -> None:
    unlocked_app.main.show_page("kyc")
    page = unlocked_app.main.kyc
    page.select_row(0)
    assert page.person_action.isEnabled()
    view = page.show_person()
    assert view is not None and view.person.customer["id"] == page.selected_id()
    view.close()


def test_person_view_lists_every_hold_in_its_tab(app: Controller, qtbot) -> None:
    customer_id = with_documents(app)
    view = PersonView(app.register, customer_id, "en")
    qtbot.addWidget(view)
    table = view.findChild(object, "holds_table")
    assert table.rowCount() == len(view.person.holds) > 1
    assert table.item(0, 0).text() == view.person.customer["reference"]  # the AML hold first


def test_the_letter_is_attached_while_the_request_is_recorded(app: Controller, tmp_path: Path) -> None:
    dialog = app.main.requests.new()
    form = dialog.forms[0].editors
    form["requester_name"].set_value("Huda Al-Harbi")
    form["rights"].set_value(["access"])
    panel = dialog.attachments
    assert panel.add_button.isEnabled() and "Save and attach" in panel.add_button.text()
    assert panel.add_file(tiny_pdf(tmp_path / "letter.pdf")) is not None  # saved first, the dialog stays open
    assert dialog.record_id is not None and "DSR-" in dialog.windowTitle()
    assert panel.list.count() == 1
    stored = app.register.conn.execute("SELECT name FROM attachments WHERE request_id = ?",
                                       (dialog.record_id,)).fetchall()
    assert [r[0] for r in stored] == ["letter.pdf"]
    dialog.reject()


def test_the_three_register_dialogs_share_one_saved_id() -> None:
    """A new record is saved before a file is attached to it: one method for every register dialog."""
    from compliance_desk.ui.breaches.breach_dialog import BreachDialog
    from compliance_desk.ui.disclosures.disclosure_dialog import DisclosureDialog
    from compliance_desk.ui.requests.request_dialog import RequestDialog
    from compliance_desk.ui.widgets.record_dialog import RecordDialog

    for dialog in (RequestDialog, DisclosureDialog, BreachDialog):
        assert "_saved_id" not in vars(dialog) and "saved_id" not in vars(dialog)
        assert dialog.saved_id is RecordDialog.saved_id


def test_the_erasure_banner_says_what_is_kept_until_when_in_both_languages(qtbot) -> None:
    import datetime as dt

    from compliance_desk.domain.requests.holds import Hold
    from compliance_desk.ui.requests.hold_banner import ErasureBlocked

    holds = [Hold("aml_retention", "CUS-00007", dt.date(2036, 5, 1), "AML Law Art. 12",
                  "المادة 12 من نظام مكافحة غسل الأموال"),
             Hold("gag", "DSC-2026-0003", dt.date(2026, 9, 1), "PDPL Art. 18: a gag is open",
                  "المادة 18 من نظام حماية البيانات الشخصية")]
    banner = ErasureBlocked()
    qtbot.addWidget(banner)
    banner.show_holds(holds, "Huda (CUS-00007)", "en")
    assert "Erasure limited by legal holds: Huda (CUS-00007)" in banner.plain
    assert ("The data below must be kept until 2036-05-01; the rest of this person's data can be erased."
            in banner.plain)  # the day the last hold ends
    assert "due-diligence records and copies of identity documents — AML Law Art. 12 (CUS-00007), until 2036-05-01" \
        in banner.plain
    assert "DSC-2026-0003" in banner.plain and "until 2026-09-01" in banner.plain
    assert "would breach AML Law Art. 12" in banner.plain
    banner.show_holds(holds[1:], "Huda (CUS-00007)", "en")
    assert "would breach" not in banner.plain and "why the holds are overridden" in banner.plain
    from compliance_desk.ui.shell.i18n import apply_language

    apply_language("ar")  # (the suite's fixture puts English back)
    banner.show_holds(holds, "هدى (CUS-00007)", "ar")
    assert "الإتلاف محدود بالتزامات الاحتفاظ النظامية" in banner.plain
    assert "2036-05-01" in banner.plain or "٢٠٣٦-٠٥-٠١" in banner.plain  # (the display setting's digits)
    assert "يمكن إتلاف بقية بيانات" in banner.plain and "ممنوع كليًا" not in banner.plain
    assert "يخالف المادة 12 من نظام مكافحة غسل الأموال" in banner.plain.replace("١٢", "12")
    banner.show_holds([], "", "en")
    assert banner.isHidden() and not banner.text()


def test_the_extension_needs_the_requester_told_in_advance_with_reasons_and_shows_the_new_due_date(
        app: Controller, qtbot) -> None:
    import datetime as dt

    from compliance_desk.ui.requests.request_dialog import RequestStepDialog

    today = requests.today(app.register)
    received = today - dt.timedelta(days=10)
    request_id = requests.create(app.register, {"received_at": f"{received.isoformat()} 10:00",
                                                "requester_name": "Extension Case", "rights": ["access"]})
    first = received + dt.timedelta(days=30)
    dialog = RequestStepDialog(app.register, request_id, "extension", "en")
    qtbot.addWidget(dialog)
    form = dialog.forms[0].editors
    assert f"New due date: {first + dt.timedelta(days=30)}" in dialog.new_due.text()  # 30 days offered
    form["extension_days"].set_value("12")  # live, as the officer types
    assert f"New due date: {first + dt.timedelta(days=12)}" in dialog.new_due.text()
    assert f"the first due date, {first}" in dialog.new_due.text()
    form["extension_reason"].set_value("disproportionate_effort")
    form["extension_details"].set_value("The records sit in three systems.")
    assert not save_button(dialog).isEnabled()  # not yet confirmed that the requester was told
    assert "Advance notice: tick the box once the requester has been told" in dialog.message.text()
    assert not dialog.save() and not records.get(app.register, REQUEST, request_id)["extension_days"]
    dialog.reasons_told.setChecked(True)
    assert not save_button(dialog).isEnabled()  # nor how they were told
    assert "say how the requester was told" in dialog.message.text()
    form["extension_notice_method"].set_value("phone")
    assert save_button(dialog).isEnabled()
    assert dialog.findChild(object, "extension_notice_files") is not None  # the notice sent can be attached
    labels = [label.text().removesuffix(" *") for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert "Reasons given to the requester" in labels and "Requester told by" in labels
    assert not any(text.startswith("Extension:") for text in labels)  # the dialog's title says it
    assert dialog.save()
    row = records.get(app.register, REQUEST, request_id)
    assert (row["extension_days"], row["due_date"]) == (12, (first + dt.timedelta(days=12)).isoformat())
    assert row["extension_notice_method"] == "phone"

    # told after the first due date: no extension
    late = requests.create(app.register, {"received_at": f"{(today - dt.timedelta(days=40)).isoformat()} 10:00",
                                          "requester_name": "Too Late", "rights": ["access"]})
    dialog = RequestStepDialog(app.register, late, "extension", "en")
    qtbot.addWidget(dialog)
    form = dialog.forms[0].editors
    form["extension_reason"].set_value("many_requests")
    form["extension_details"].set_value("Many requests.")
    form["extension_notice_on"].set_value(today.isoformat())
    dialog.reasons_told.setChecked(True)
    assert "the period is not extended" in dialog.new_due.text()
    assert not dialog.save() and "before the first due date" in dialog.message.text()
    assert not records.get(app.register, REQUEST, late)["extension_days"]


def test_the_receipt_reads_as_a_date_and_time_in_the_organisations_zone_everywhere(app: Controller, qtbot) -> None:
    from compliance_desk.domain.requests.deadlines import zone
    from compliance_desk.ui.requests.request_dialog import RequestDialog
    from compliance_desk.ui.widgets.format import DisplayOptions, display_text

    field = REQUEST.field("received_at")
    riyadh = zone("Asia/Riyadh")
    assert display_text(field, "2026-03-05T22:30+00:00", "en", zone=riyadh).strip("\u2066\u2069") \
        == "2026-03-06 01:30 UTC+3"
    assert display_text(field, "2026-03-06T01:30+03:00", "ar", options=DisplayOptions(arabic_digits=True),
                        zone=riyadh) == "\u2066٢٠٢٦\u200e-\u200e٠٣\u200e-\u200e٠٦\u200e \u200e٠١:٣٠\u2069 \u2066UTC+3\u2069"
    customer_id = with_documents(app)
    request_id = requests.create(app.register, {"received_at": "2026-03-05T22:30Z", "customer_id": customer_id,
                                                "rights": ["access"]})
    assert records.get(app.register, REQUEST, request_id)["received_at"] == "2026-03-06T01:30+03:00"
    page = app.main.requests
    page.model.refresh()
    column = [c.key for c in page.model.columns].index("received_at")
    shown = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert not any(re.search(r"\dT\d", text or "") for text in shown)  # no stored ISO text in the table
    assert any("2026-03-06 01:30 UTC+3" in (text or "") for text in shown)
    dialog = RequestDialog(app.register, request_id, "en")
    qtbot.addWidget(dialog)
    assert dialog.forms[0].editors["received_at"].value() == "2026-03-06 01:30"  # as typed, local
    assert not dialog.dirty
    view = PersonView(app.register, customer_id, "en")
    qtbot.addWidget(view)
    table = view.findChild(object, "requests")
    cells = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any("2026-03-06 01:30 UTC+3" in cell for cell in cells) and not any(re.search(r"\dT\d", c) for c in cells)


def test_the_extension_dialog_in_arabic_counts_days_in_the_display_digits(app: Controller, qtbot) -> None:
    import datetime as dt

    from compliance_desk.ui.requests.request_dialog import RequestStepDialog
    from compliance_desk.ui.shell.i18n import apply_language
    from compliance_desk.ui.widgets import format as display

    today = requests.today(app.register)
    request_id = requests.create(app.register, {"received_at": f"{(today - dt.timedelta(days=3)).isoformat()} 10:00",
                                                "requester_name": "Arabic Case", "rights": ["access"]})
    apply_language("ar")  # (the suite's fixture puts English back)
    display.use_arabic_digits(True)
    try:
        dialog = RequestStepDialog(app.register, request_id, "extension", "ar")
        qtbot.addWidget(dialog)
        form = dialog.forms[0].editors
        assert form["extension_days"].widget.text() == "٣٠"  # the display setting's digits
        form["extension_days"].set_value("٢١")
        assert "مضافاً إليه ٢١ يوماً" in dialog.new_due.text() and "من الأيام" not in dialog.new_due.text()
        labels = [label.text().removesuffix(" *") for label in dialog.findChildren(QLabel)
                  if label.buddy() is not None]
        assert "الأسباب المبينة لمقدم الطلب" in labels and not any(t.startswith("التمديد:") for t in labels)
        form["extension_reason"].set_value("disproportionate_effort")
        form["extension_details"].set_value("السجلات موزعة على ثلاثة أنظمة.")
        form["extension_notice_method"].set_value("letter")
        dialog.reasons_told.setChecked(True)
        assert dialog.save()
    finally:
        display.use_arabic_digits(False)
    row = records.get(app.register, REQUEST, request_id)
    assert (row["extension_days"], row["extension_notice_method"]) == (21, "letter")


def test_masked_values_in_the_arabic_person_view_read_as_one_left_to_right_run(app: Controller, qtbot) -> None:
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.domain.identifiers import mask

    customer_id = kyc.save_customer(app.register, None, {"client_ref": "MASK-1", "full_name_ar": "هدى الحربي",
                                                         "phone": "+966501233645", "address": "Riyadh 12345"})
    view = PersonView(app.register, customer_id, "ar")
    qtbot.addWidget(view)
    table = view.findChild(object, "kyc_record")
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown[CUSTOMER.field("phone").label("ar")] == "\u2066" + mask("+966501233645") + "\u2069"
    assert shown[CUSTOMER.field("address").label("ar")] == "\u2066" + mask("Riyadh 12345") + "\u2069"


def test_the_arabic_banner_writes_article_numbers_in_the_display_digits_and_keeps_references(qtbot) -> None:
    import datetime as dt

    from compliance_desk.domain.requests.holds import Hold
    from compliance_desk.ui.requests.hold_banner import ErasureBlocked
    from compliance_desk.ui.shell.i18n import apply_language
    from compliance_desk.ui.widgets import format as display

    kept = [Hold("activity_retention", f"PA-{n:04}", dt.date(2030, 1, 1), "x", "س", ("contact",)) for n in range(1, 11)]
    apply_language("ar")  # (the suite's fixture puts English back)
    display.use_arabic_digits(True)
    try:
        banner = ErasureBlocked()
        qtbot.addWidget(banner)
        banner.show_holds(kept, "هدى (CUS-00007)", "ar")
    finally:
        display.use_arabic_digits(False)
    assert "المادة ١٨ من نظام حماية البيانات الشخصية" in banner.plain and "لعشرة أنشطة معالجة" in banner.plain
    assert "\u2066PA-0001, PA-0002" in banner.plain and "PA-0010\u2069" in banner.plain  # one left-to-right run
    assert "٢٠٣٠-٠١-٠١" in banner.plain


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_holds_tab_has_headers_and_reads_each_reason_whole(app: Controller, qtbot, lang: str) -> None:
    """Every column of the holds tab has its header in view, and a hold's legal reason wraps onto as
    many lines as it needs instead of running off the table."""
    from PySide6.QtCore import QRect

    from compliance_desk.ui.shell.i18n import apply_language

    apply_language(lang)
    view = PersonView(app.register, with_documents(app), lang)
    qtbot.addWidget(view)
    view.resize(980, 680)
    view.show()
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    QApplication.processEvents()
    table = view.findChild(object, "holds_table")
    header = table.horizontalHeader()
    width = table.viewport().width()
    for column in range(table.columnCount()):
        label = table.horizontalHeaderItem(column).text()
        assert label and (lang == "en" or not label.isascii()), label
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width + 1, (column, left, width)
    assert table.wordWrap()
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (1, 2):
            text = table.item(row, column).text()
            needed = metrics.boundingRect(QRect(0, 0, header.sectionSize(column) - 6, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), text).height()
            assert table.rowHeight(row) >= needed, (row, column, text)
    assert max(table.rowHeight(r) for r in range(table.rowCount())) > 2 * metrics.height()
