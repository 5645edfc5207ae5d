"""Two officers, one record: after a refused stale save, the record reloaded and the officer's edits
re-applied where they do not meet the other officer's; asked, field by field, where they do."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from compliance_desk.domain.entities import Entity
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.format import (
    DisplayOptions,
    display_text,
    local_time_text,
    uses_arabic_digits,
)


@dataclass
class Merge:
    values: dict[str, Any]
    mine: list[str] = field(default_factory=list)  # the officer's edits re-applied over the reloaded record
    kept: list[str] = field(default_factory=list)  # conflicting fields where the officer kept their value
    theirs: list[str] = field(default_factory=list)  # conflicting fields where the officer took the other's
    others: list[str] = field(default_factory=list)  # every field the other officer changed (what to check)


def merge(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any],
          keep_mine: Callable[[str], bool]) -> Merge:
    """Field by field: what only this officer changed is re-applied, what only the other changed is
    taken, and where both changed it differently `keep_mine(name)` decides."""
    result = Merge(dict(theirs), others=[name for name in theirs if theirs.get(name) != base.get(name)])
    for name, value in mine.items():
        if value == base.get(name):
            continue  # not edited here: the reloaded value stands
        if theirs.get(name) == base.get(name):
            result.values[name] = value
            result.mine.append(name)
        elif theirs.get(name) != value:
            if keep_mine(name):
                result.values[name] = value
                result.kept.append(name)
            else:
                result.theirs.append(name)
    return result


def asker(parent: QWidget, entity: Entity, lang: str, actor: str,
          mine: Mapping[str, Any], theirs: Mapping[str, Any], label: Callable[[str], str]) -> Callable[[str], bool]:
    """The question for one conflicting field: keep this officer's value, or take the other's."""
    translate = QCoreApplication.translate

    def shown(name: str, value: Any) -> str:
        text = display_text(entity.field(name), value, lang, reveal=True) if entity.has(name) else str(value or "")
        return text or translate("Reapply", "(empty)")

    def keep_mine(name: str) -> bool:
        asked = translate("Reapply", "%1 also changed “%2” while you were editing it.")
        theirs_line = translate("Reapply", "Their value: %1")
        mine_line = translate("Reapply", "Your value: %1")
        text = (asked.replace("%1", actor).replace("%2", label(name))
                + "\n\n" + theirs_line.replace("%1", shown(name, theirs.get(name)))
                + "\n" + mine_line.replace("%1", shown(name, mine.get(name))))
        return ask.confirm(parent, translate("Reapply", "Both of you changed this field"), text,
                           yes=translate("Reapply", "Keep mine"), no=translate("Reapply", "Take theirs"))

    return keep_mine


def summary(merge_result: Merge, actor: str, at: str, label: Callable[[str], str], lang: str) -> str:
    """One line: who changed the record and when, and what became of this officer's edits."""
    translate = QCoreApplication.translate
    line = translate("Reapply", "%1 changed this record at %2 while you were editing it. It was reloaded "
                                "with their change;")
    comma = "، " if lang == "ar" else ", "
    parts = []
    if merge_result.mine or merge_result.kept:
        applied = translate("Reapply", "your edits are applied again (%1)")
        parts.append(applied.replace("%1", comma.join(label(n) for n in merge_result.mine + merge_result.kept)))
    if merge_result.theirs:
        taken = translate("Reapply", "their value kept for %1")
        parts.append(taken.replace("%1", comma.join(label(n) for n in merge_result.theirs)))
    if not parts:
        parts.append(translate("Reapply", "none of your edits differ from it"))
    head = line.replace("%1", actor).replace("%2", when_text(at))
    if merge_result.others:  # what the other officer changed: what the officer checks before saving again
        changed = translate("Reapply", "They changed: %1.")
        head = changed.replace("%1", comma.join(label(n) for n in merge_result.others)) + " " + head
    return head + " " + comma.join(parts) + ". " + translate("Reapply", "Check and save again.")


def when_text(at: str) -> str:
    """An audit entry's time in the workstation's zone, in the display's digits."""
    return local_time_text(at, DisplayOptions(arabic_digits=uses_arabic_digits()))
