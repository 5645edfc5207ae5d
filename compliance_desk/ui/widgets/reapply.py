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
from compliance_desk.ui.widgets.format import display_text, local_time_text


@dataclass
class Merge:
    values: dict[str, Any]
    mine: list[str] = field(default_factory=list)  # the officer's edits re-applied over the reloaded record
    kept: list[str] = field(default_factory=list)  # conflicting fields where the officer kept their value
    theirs: list[str] = field(default_factory=list)  # conflicting fields where the officer took the other's


def merge(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any],
          keep_mine: Callable[[str], bool]) -> Merge:
    """Field by field: what only this officer changed is re-applied, what only the other changed is
    taken, and where both changed it differently `keep_mine(name)` decides."""
    result = Merge(dict(theirs))
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reapply", text)


def asker(parent: QWidget, entity: Entity, lang: str, actor: str,
          mine: Mapping[str, Any], theirs: Mapping[str, Any], label: Callable[[str], str]) -> Callable[[str], bool]:
    """The question for one conflicting field: keep this officer's value, or take the other's."""

    def shown(name: str, value: Any) -> str:
        text = display_text(entity.field(name), value, lang, reveal=True) if entity.has(name) else str(value or "")
        return text or _tr("(empty)")

    def keep_mine(name: str) -> bool:
        text = (_tr("%1 also changed “%2” while you were editing it.").replace("%1", actor).replace("%2", label(name))
                + "\n\n" + _tr("Their value: %1").replace("%1", shown(name, theirs.get(name)))
                + "\n" + _tr("Your value: %1").replace("%1", shown(name, mine.get(name))))
        return ask.confirm(parent, _tr("Both of you changed this field"), text,
                           yes=_tr("Keep mine"), no=_tr("Take theirs"))

    return keep_mine


def summary(merge_result: Merge, actor: str, at: str, label: Callable[[str], str], lang: str) -> str:
    """One line: who changed the record and when, and what became of this officer's edits."""
    when = local_time_text(at)
    line = _tr("%1 changed this record at %2 while you were editing it. It was reloaded with their change;").replace(
        "%1", actor).replace("%2", when)
    comma = "، " if lang == "ar" else ", "
    parts = []
    if merge_result.mine or merge_result.kept:
        parts.append(_tr("your edits are applied again (%1)").replace(
            "%1", comma.join(label(n) for n in merge_result.mine + merge_result.kept)))
    if merge_result.theirs:
        parts.append(_tr("their value kept for %1").replace("%1", comma.join(label(n) for n in merge_result.theirs)))
    if not parts:
        parts.append(_tr("none of your edits differ from it"))
    return line + " " + (comma.join(parts)) + ". " + _tr("Check and save again.")
