"""An edit dialog's row version guards whatever use case saves the record (Register.expecting), on
both engines: a save over a change made since the record was read is refused, naming who and when."""

from __future__ import annotations

import pytest

from compliance_desk.domain.entities import RECIPIENT
from compliance_desk.storage import records
from compliance_desk.storage.errors import StaleRecord


def test_a_stale_version_is_refused_and_a_current_one_is_checked_once(any_register) -> None:
    register = any_register
    with register.atomic():
        record = records.create(register, RECIPIENT, {"name_en": "Cloud Host", "recipient_type": "service_provider"})
    read = records.version(register, RECIPIENT, record)
    records.update(register, RECIPIENT, record, {"role": "hosting"})  # someone saves in between
    with pytest.raises(StaleRecord) as refused, register.expecting(RECIPIENT, record, read), register.atomic():
        records.update(register, RECIPIENT, record, {"role": "storage"})
    assert refused.value.actor == "tester" and refused.value.version == records.version(register, RECIPIENT, record)
    assert "tester" in refused.value.text("en") and "tester" in refused.value.text("ar")
    assert records.get(register, RECIPIENT, record)["role"] == "hosting"  # nothing written over it
    current = records.version(register, RECIPIENT, record)
    with register.expecting(RECIPIENT, record, current), register.atomic():
        records.update(register, RECIPIENT, record, {"role": "storage"})
        records.update(register, RECIPIENT, record, {"notes": "a use case may write the row twice"})
    assert records.get(register, RECIPIENT, record)["role"] == "storage"
    records.update(register, RECIPIENT, record, {"role": "after"})  # outside the block: no check left behind
