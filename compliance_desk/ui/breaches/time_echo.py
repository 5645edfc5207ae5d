"""Under each time field of a breach dialog, live, the time typed as it will be recorded and read: in
the organisation's zone (Asia/Riyadh by default), with the zone it was typed in when that differs.

An officer in London types "2026-03-10 09:00" for a breach recorded in Europe/London; the notice to
SDAIA and every clock say "12:00 (Asia/Riyadh, UTC+3)". The echo shows that before saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from compliance_desk.domain import breach_times
from compliance_desk.domain import breaches as rules
from compliance_desk.domain.entities import BREACH
from compliance_desk.domain.errors import ValidationError
from compliance_desk.domain.validation import clean
from compliance_desk.ui.breaches.breach_dialog import shown
from compliance_desk.ui.widgets.record_dialog import RecordDialog
from compliance_desk.ui.widgets.style import MUTED


def echo_text(text: str, breach_zone: str | None, org_zone: str, lang: str) -> str:
    """The echo of a typed time, or "" while it is blank or not yet a time."""
    if not text.strip():
        return ""
    try:
        key = breach_times.zone_key(breach_zone)
        rules.zone(key)
        wall = clean(BREACH, rules.prepare({"aware_at": text, "time_zone": key}), partial=True).get("aware_at")
    except (ValidationError, ValueError, KeyError):
        return ""
    if not wall:
        return ""
    when = shown(breach_times.time_text(wall, key, org_zone, lang))
    return QCoreApplication.translate("TimeEcho", "As the notice will show it: %1").replace("%1", when)


def add_echoes(dialog: RecordDialog, names: list[str], breach_zone: Callable[[], str | None], org_zone: str) -> \
        dict[str, QLabel]:
    """A live echo label under each time field of `names` in `dialog` (object name "echo_<field>")."""
    labels: dict[str, QLabel] = {}
    for name in names:
        editor = dialog.editor(name)
        if editor is None or BREACH.field(name).kind != "datetime":
            continue
        label = QLabel()
        label.setObjectName(f"echo_{name}")
        label.setStyleSheet(MUTED)
        label.setWordWrap(True)
        editor.layout().insertWidget(1, label)  # under the field, above its error line

        def update(editor=editor, label=label) -> None:
            text = echo_text(str(editor.value() or ""), breach_zone(), org_zone, dialog.lang)
            label.setText(text)
            label.setVisible(bool(text))

        editor.changed.connect(update)
        labels[name] = label
        update()
    return labels


def refresh(dialog: RecordDialog, labels: dict[str, QLabel], breach_zone: Callable[[], str | None],
            org_zone: str) -> None:
    """Every echo again (the breach's zone changed)."""
    for name, label in labels.items():
        editor = dialog.editor(name)
        if editor is not None:
            text = echo_text(str(editor.value() or ""), breach_zone(), org_zone, dialog.lang)
            label.setText(text)
            label.setVisible(bool(text))
