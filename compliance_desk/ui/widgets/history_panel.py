"""The audit history of the selected record: who, when, which field, before → after.

Times read in the organisation's zone, named ("2026-11-23 06:34 (Asia/Riyadh, UTC+3)"), like every
other time on the screen; the UTC instant is in the tooltip. In Arabic the change reads right to
left, so its arrow points left: "قبل ← بعد".

A narrow pane (1 024 × 700, the detail under the table) has room for three columns: When, Who and
What. An entry's What names the fields it changed ("Changed: Notes, Role"); its child rows span the
whole width, one change a line ("Notes: before → after"), so nothing sits in a column off-screen.
Every cell carries its whole text as a tooltip."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from compliance_desk.domain import breach_times, clock
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
FIELD_ROLE = Qt.ItemDataRole.UserRole  # a change row's field label
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1  # a change row's "before → after"


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


def short_time(ts: str, key: str, options: DisplayOptions = PLAIN) -> str:
    """An audit entry's UTC time in the organisation's zone, date and time only ("2026-11-23 06:34"):
    the column's header names the zone."""
    try:
        moment = dt.datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    except ValueError:
        return timestamp_text(ts, options)
    zone = org_zone(key) or dt.UTC
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return timestamp_text(moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M"), options)


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
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long time loses its zone's name (in the tooltip)
        self.setAlternatingRowColors(True)

    def show_record(self, register: Register | None, entity_name: str, record_id: int | None) -> None:
        self.clear()
        if register is None or record_id is None:
            return
        org_key = org_zone_key(register)
        if org_zone(org_key) is None:
            org_key = "UTC"
        # the zone's city, short enough for a narrow pane: "When (Riyadh time)" / "الوقت (بتوقيت الرياض)"
        zone_name = breach_times.CITY_AR.get(org_key, org_key) if self.lang == "ar" else \
            org_key.rsplit("/", 1)[-1].replace("_", " ")
        self.setHeaderLabels([self.tr("When (%1 time)").replace("%1", zone_name), self.tr("Who"), self.tr("What")])
        self.headerItem().setToolTip(0, zone_text(f"{clock.now():%Y-%m-%dT%H:%M}", org_key))  # "Asia/Riyadh, UTC+3"
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
            # the column shows the date and time; its header names the zone (a narrow pane keeps them whole)
            top = QTreeWidgetItem([short_time(entry.ts, org_key, self.options), entry.actor, what])
            top.setToolTip(0, recorded_at(entry.ts, org_key, self.options) + "\n"
                           + self.tr("Recorded at %1 (UTC)").replace("%1", timestamp_text(entry.ts, self.options)))
            top.setToolTip(1, entry.actor)
            self.addTopLevelItem(top)
            if entry.action == "sealed_at_rest":  # a server's values sealed after an import (storage/pg/sealing.py)
                form = entity.names if entity is not None else []
                names = [entity.field(n).label(self.lang) if entity is not None and entity.has(n) else n
                         for n in sorted(entry.changes.get("fields", []), key=lambda n: (n not in form,
                                                                                         form.index(n) if n in form else 0))]
                top.setText(2, self.tr("Encrypted at rest: %1").replace("%1", self.tr(", ").join(names)))
                top.setToolTip(2, top.text(2))
                continue
            labels: list[str] = []
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
                line = self.tr("%1: %2").replace("%1", label).replace("%2", change)
                child = QTreeWidgetItem(top, [line])
                child.setData(0, FIELD_ROLE, label)
                child.setData(0, CHANGE_ROLE, change)
                child.setToolTip(0, line)
                child.setFirstColumnSpanned(True)  # the change reads across the pane, not off-screen
                labels.append(label)
            if entry.action == "update" and labels:
                what = self.tr("Changed: %1").replace("%1", self.tr(", ").join(labels))
                top.setText(2, what)
            top.setToolTip(2, what)
            top.setExpanded(entry.action == "update")
        self.fit_columns()

    def fit_columns(self) -> None:
        """When and Who sized to their contents, but together no more than 75 % of the pane (When first,
        up to 55 %): What gets the rest; the changed fields' lines span the whole pane under it."""
        width = self.viewport().width()
        wanted = [max(self.sizeHintForColumn(c), self.header().sectionSizeHint(c)) for c in (0, 1)]
        when = min(wanted[0], int(width * 0.55))  # the date and time whole first
        who = min(wanted[1], int(width * 0.75) - when)
        self.header().resizeSection(0, max(when, 40))
        self.header().resizeSection(1, max(who, 40))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def entries(self) -> int:
        return self.topLevelItemCount()
