"""After a refused stale save, the one line names what the other officer changed (the fields to check),
besides the officer's own edits applied again."""

from __future__ import annotations

from compliance_desk.ui.widgets import reapply

LABELS = {"role": "Role", "notes": "Notes", "address": "Address", "name": "Name"}


def test_the_summary_names_what_the_other_officer_changed(qapp) -> None:
    base = {"name": "Acme", "role": "Processor", "notes": "", "address": "Riyadh"}
    mine = {**base, "role": "Controller", "notes": "checked"}
    theirs = {**base, "address": "Jeddah"}
    result = reapply.merge(base, mine, theirs, keep_mine=lambda _name: True)
    assert result.others == ["address"] and sorted(result.mine) == ["notes", "role"]
    line = reapply.summary(result, "badr", "2026-12-03T10:00:00Z", LABELS.__getitem__, "en")
    assert line.startswith("They changed: Address.")
    assert "your edits are applied again (Role, Notes)" in line


def test_nothing_changed_by_them_says_nothing_of_it(qapp) -> None:
    base = {"name": "Acme", "role": "Processor"}
    result = reapply.merge(base, {**base, "role": "Controller"}, dict(base), keep_mine=lambda _name: True)
    line = reapply.summary(result, "badr", "2026-12-03T10:00:00Z", LABELS.__getitem__, "en")
    assert "They changed" not in line and result.others == []
