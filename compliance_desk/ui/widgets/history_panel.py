"""The audit history of the selected record: who, when, which field, before → after.

Times read in the organisation's zone, named ("2026-11-23 06:34 (Asia/Riyadh, UTC+3)"), like every
other time on the screen; the UTC instant is in the tooltip. In Arabic the change reads right to
left, so its arrow points left: "قبل ← بعد"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from compliance_desk.domain import clock
from compliance_desk.domain.clock import zone_text
from compliance_desk.domain.dates import arabic_digits
from compliance_desk.domain.entities import ENTITIES
from compliance_desk.storage.clocks import zone_key as org_zone_key
from compliance_desk.storage.history import record_history
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import (
    PLAIN,
    DisplayOptions,
    display_text,
    ltr,
    natural,
    timestamp_text,
    zoned_text,
)

HIDDEN = {"created_at", "updated_at", "id"}


def arrow(lang: str) -> str:
    """"→" reading left to right; "←" in Arabic, where the change reads right to left."""
    return "←" if lang == "ar" else "→"


def recorded_at(ts: str, key: str, options: DisplayOptions = PLAIN) -> str:
    """An audit entry's UTC time in the organisation's zone, named: "2026-11-23 06:34 (Asia/Riyadh, UTC+3)"."""
    try:
        moment = dt.datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    except ValueError:
        return timestamp_text(ts, options)
    zone = org_zone(key)
    if zone is None:  # a zone the system does not know: shown in UTC, named so
        key, zone = "UTC", dt.UTC
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    wall = moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
    if not options.arabic_digits:
        return zoned_text(wall, key, options)
    # one left-to-right run, date first: right to left, "٢٠٢٦-١٢-٠٣" would show as ٠٣-١٢-٢٠٢٦ and the
    # zone's brackets would turn round (the zone keeps its Latin digits: "UTC+3" is a name)
    return ltr(f"{arabic_digits(wall.replace('T', ' '))} ({zone_text(wall, key)})")


def org_zone(key: str) -> dt.tzinfo | None:
    try:
        return clock.zone_named(key)
    except Exception:  # noqa: BLE001 - an unknown zone: the moment's own offset
        return None


class HistoryPanel(QTreeWidget):
    def __init__(self, lang: str, parent: QWidget | None = None, options: DisplayOptions = PLAIN) -> None:
        super().__init__(parent)
        self.lang = lang
        self.options = options
        self.setObjectName("history")
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before → after")])
        self.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)

    def show_record(self, register: Register | None, entity_name: str, record_id: int | None) -> None:
        self.clear()
        if register is None or record_id is None:
            return
        org_key = org_zone_key(register)
        to = arrow(self.lang)
        entry_zones: dict[int, str | None] = {}
        zone_key: str | None = None  # wall-clock times read in the record's zone, as it was at each entry
        history = record_history(register, entity_name, record_id)
        for entry in history:
            if entry.entity == entity_name and "time_zone" in entry.changes:
                zone_key = entry.changes["time_zone"][1] or zone_key
            entry_zones[entry.seq] = zone_key
        for entry in reversed(history):
            entity = ENTITIES.get(entry.entity)
            what = {"insert": self.tr("Created"), "update": self.tr("Changed"),
                    "delete": self.tr("Deleted")}.get(entry.action, entry.action)
            if entity is not None and entry.entity != entity_name:
                what += f" — {entity.label(self.lang)}"
            top = QTreeWidgetItem([recorded_at(entry.ts, org_key, self.options), entry.actor, what, ""])
            top.setToolTip(0, self.tr("Recorded at %1 (UTC)").replace("%1", timestamp_text(entry.ts, self.options)))
            self.addTopLevelItem(top)
            order = {f.name: i for i, f in enumerate(entity.fields)} if entity is not None else {}
            # the changed fields in the order of the record's form, not the alphabet
            for name, (before, after) in sorted(entry.changes.items(), key=lambda c: (order.get(c[0], 999), c[0])):
                if name in HIDDEN or entity is None:
                    continue
                if entity.has(name):
                    field = entity.field(name)
                    label = field.label(self.lang)
                    zone = entry_zones.get(entry.seq)
                    shown = {"zone_key": zone, "shown_key": org_key, "zone": org_zone(org_key)}
                    before_text = display_text(field, before, self.lang, reveal=True, options=self.options, **shown)
                    after_text = display_text(field, after, self.lang, reveal=True, options=self.options, **shown)
                    change = f"{natural(before_text) or '∅'} {to} {natural(after_text) or '∅'}"
                else:
                    label, change = name, f"{natural(str(before))} {to} {natural(str(after))}"
                QTreeWidgetItem(top, ["", "", label, change])
            top.setExpanded(entry.action == "update")
        for column in range(3):
            self.resizeColumnToContents(column)

    def entries(self) -> int:
        return self.topLevelItemCount()
