"""An English letter from an organisation with only an Arabic name and address prints them as
registered, marked with their language ("(registered name, in Arabic)"), never as if they were
English; an organisation with an English name prints it alone. Read back from the PDFs."""

from __future__ import annotations

from pathlib import Path

from compliance_desk.domain.letter_gaps import marked_address, registered_name
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from tests.reports.test_request_letter_drafts import letter, refused


def test_the_registered_name_and_address_carry_their_language(reg: Register, tmp_path: Path) -> None:  # noqa: F811
    for sub in ("b", "c"):
        (tmp_path / sub).mkdir()
    request_id = refused(reg, "AML Law Art. 12 keeps these records for ten years.", told_by="email")
    _english, latin = letter(reg, request_id, "acknowledgement", "en", tmp_path)
    assert "address in Arabic)" in latin  # the demo's address "الرياض" only in Arabic
    assert "registered name" not in latin  # the English name exists: printed alone
    records.save_organisation(reg, {"legal_name_en": None, "address": "Riyadh"})
    english, latin = letter(reg, request_id, "acknowledgement", "en", tmp_path / "b")
    assert "registered name, in Arabic)" in latin and "address in Arabic" not in latin
    assert "الاختبار" in english and "شركة" in english  # (extracted in visual order)
    arabic, _ = letter(reg, request_id, "acknowledgement", "ar", tmp_path / "c")
    # with an English address recorded (migration 0014) the English letter prints it, the Arabic one the other
    records.save_organisation(reg, {"address": "الرياض", "address_en": "King Fahd Road, Riyadh"})
    (tmp_path / "d").mkdir()
    _english, latin = letter(reg, request_id, "acknowledgement", "en", tmp_path / "d")
    assert "King Fahd Road, Riyadh" in latin and "address in Arabic" not in latin
    assert "العنوان بالإنجليزية)" in arabic and "الاسم المسجل" not in arabic


def test_the_marks() -> None:
    assert registered_name(None, "شركة النخيل", "en") == "شركة النخيل (registered name, in Arabic)"
    assert registered_name("Nakheel Co.", "شركة النخيل", "en") == "Nakheel Co."
    assert registered_name(None, "Nakheel Co.", "ar") == "Nakheel Co. (الاسم المسجل بالإنجليزية)"
    assert marked_address("الرياض", "en") == "الرياض (address in Arabic)"
    assert marked_address("Riyadh", "en") == "Riyadh"
