"""The audit history of the selected record: who, when, which field, before → after."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from compliance_desk.domain.entities import ENTITIES
from compliance_desk.storage.history import record_history
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import (
    PLAIN,
    DisplayOptions,
    display_text,
    local_time_text,
    natural,
    timestamp_text,
)

HIDDEN = {"created_at", "updated_at", "id"}


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
            top = QTreeWidgetItem([local_time_text(entry.ts, self.options), entry.actor, what, ""])
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
                    before_text = display_text(field, before, self.lang, reveal=True, options=self.options,
                                               zone_key=zone)
                    after_text = display_text(field, after, self.lang, reveal=True, options=self.options,
                                              zone_key=zone)
                    change = f"{natural(before_text) or '∅'} → {natural(after_text) or '∅'}"
                else:
                    label, change = name, f"{before} → {after}"
                QTreeWidgetItem(top, ["", "", label, change])
            top.setExpanded(entry.action == "update")
        for column in range(3):
            self.resizeColumnToContents(column)

    def entries(self) -> int:
        return self.topLevelItemCount()
