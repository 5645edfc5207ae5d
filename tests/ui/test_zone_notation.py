"""One notation for the zone of every time shown: the UTC offset ("UTC+3"), never an abbreviation
("AST", "+03") that depends on the workstation's time-zone database."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from compliance_desk.ui.shell.restore_dialog import local_time
from compliance_desk.ui.widgets.format import audit_time_text, use_arabic_digits

SOURCE = Path(__file__).resolve().parents[2] / "compliance_desk"


@pytest.fixture
def riyadh():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Riyadh"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def bare(text: str) -> str:
    return re.sub("[\u2066-\u2069\u200e\u200f]", "", text)


def test_the_restore_dialog_writes_the_offset_like_every_screen(riyadh) -> None:
    assert bare(local_time("2026-11-23T03:34:15Z")) == "2026-11-23 06:34 UTC+3"
    assert bare(audit_time_text("2026-11-23T03:34:15Z")) == "2026-11-23 06:34 UTC+3"
    use_arabic_digits(True)
    try:
        assert bare(local_time("2026-11-23T03:34:15Z")) == "٢٠٢٦-١١-٢٣ ٠٦:٣٤ UTC+3"
    finally:
        use_arabic_digits(False)


def test_no_screen_or_report_prints_a_zone_abbreviation() -> None:
    offenders = [str(path.relative_to(SOURCE)) for path in SOURCE.rglob("*.py")
                 if re.search(r"%Z|\.tzname\(", path.read_text(encoding="utf-8"))]
    assert offenders == []
