"""PDF attachments are opened and looked through before they are accepted (issue 13, item 13)."""

from __future__ import annotations

import pytest

from compliance_desk.domain.errors import InvalidInput
from compliance_desk.storage import attachments, records
from compliance_desk.storage.register import Register
from tests.storage.pdf_samples import embedded, pdf, windows_program

JS_ACTION = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"


@pytest.fixture
def disclosure(register: Register) -> int:
    return records.create(register, "disclosure", {
        "received_date": "2026-03-01", "requester_type": "court", "requester_name": "Court",
        "request_type": "court_order"})


def refusal(register: Register, disclosure: int, data: bytes, name: str = "order.pdf") -> str:
    with pytest.raises(InvalidInput) as caught:
        attachments.add(register, "disclosure", disclosure, name, data)
    assert attachments.listing(register, "disclosure", disclosure) == []
    assert caught.value.exit_code == 2
    return caught.value.text("en")


def test_a_plain_pdf_is_accepted_without_warnings(register: Register, disclosure: int) -> None:
    attachment, warnings = attachments.add_checked(register, "disclosure", disclosure, "order.pdf", pdf())
    assert warnings == []
    assert register.row("attachments", attachment)["media_type"] == "application/pdf"


@pytest.mark.parametrize("data", [
    pdf(b"/OpenAction 4 0 R ", {4: JS_ACTION}),                       # opens with JavaScript
    pdf(b"/OpenAction 4 0 R ", {4: JS_ACTION}, packed=(4,)),          # the action in a compressed object stream
    pdf(b"/OpenAction << /S /JavaScript /J#53 (app.alert\\(1\\)) >> "),  # a name spelt with #-escapes, inline
    pdf(b"/Names << /JavaScript << /Names [(a) 4 0 R] >> >> ", {4: JS_ACTION}),  # document-level scripts
    pdf(objects={3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /AA << /O 4 0 R >> >>",
                 4: JS_ACTION}, packed=(3, 4)),                       # a page's open action, packed
])
def test_javascript_anywhere_is_refused(register: Register, disclosure: int, data: bytes) -> None:
    assert b"JavaScript" not in data or b"/JS" in data or b"#53" in data
    assert "contains JavaScript" in refusal(register, disclosure, data)


def test_launch_actions_are_refused(register: Register, disclosure: int) -> None:
    data = pdf(b"/OpenAction 4 0 R ", {4: b"<< /S /Launch /F (cmd.exe) >>"}, packed=(4,))
    assert "starts another program" in refusal(register, disclosure, data)


def test_embedded_files_are_kept_with_a_warning(register: Register, disclosure: int) -> None:
    data = embedded(b"invoice.xml", b"<Invoice>ZATCA e-invoice</Invoice>")
    attachment, warnings = attachments.add_checked(register, "disclosure", disclosure, "bill.pdf", data, lang="ar")
    assert [w.text("en") for w in warnings] == [
        "Warning: bill.pdf carries embedded files (invoice.xml); they are kept but not opened."]
    assert "ملفات مضمنة" in register.row("attachments", attachment)["notes"]


@pytest.mark.parametrize(("data", "detail"), [
    (embedded(b"invoice.xml", windows_program()), "invoice.xml"),   # a program under an innocent name
    (embedded(b"setup.exe", b"not really"), "setup.exe"),          # a program's name
    (pdf() + windows_program(), "Windows program"),               # PDF/EXE polyglot: appended
    (pdf(objects={4: b"<< /Length 200 >>\nstream\n" + windows_program() + b"\nendstream"}), "Windows program"),
])
def test_programs_hidden_in_a_pdf_are_refused(register: Register, disclosure: int, data: bytes, detail: str) -> None:
    text = refusal(register, disclosure, data)
    assert "hides a program" in text and detail in text


def test_polyglot_starting_as_a_program_is_refused(register: Register, disclosure: int) -> None:
    data = windows_program() + b"\n" + pdf()
    assert "hides a program" in refusal(register, disclosure, data, "scan.pdf")


def test_data_after_the_end_is_refused(register: Register, disclosure: int) -> None:
    assert "after the end of the PDF" in refusal(register, disclosure, pdf() + b"<html>" + b"x" * 2000)


def test_a_43_byte_html_page_with_a_pdf_header_is_refused(register: Register, disclosure: int) -> None:
    data = b"%PDF-<html><script>alert(1)</script></html>"
    assert len(data) == 43
    text = refusal(register, disclosure, data)
    assert "cannot be opened as one" in text
    assert "تعذر فتحه" in attachments_text_ar(register, disclosure, data)


def attachments_text_ar(register: Register, disclosure: int, data: bytes) -> str:
    with pytest.raises(InvalidInput) as caught:
        attachments.add(register, "disclosure", disclosure, "x.pdf", data)
    return caught.value.text("ar")


def test_a_password_protected_pdf_is_refused(register: Register, disclosure: int) -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret-user-password", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "protected by a password" in refusal(register, disclosure, buffer.getvalue())


def test_a_statement_locked_only_against_copying_is_accepted(register: Register, disclosure: int) -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="", owner_password="bank-owner-password", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    attachment, warnings = attachments.add_checked(register, "disclosure", disclosure, "statement.pdf",
                                                   buffer.getvalue())
    assert warnings == [] and register.row("attachments", attachment)["name"] == "statement.pdf"
