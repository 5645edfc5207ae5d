"""Beside a register's table: the selected record's fields (in form order) and its audit history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import Entity
from compliance_desk.domain.shown_facts import shown
from compliance_desk.storage import records
from compliance_desk.storage.clocks import time_zone, zone_key
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import style
from compliance_desk.ui.widgets.format import (
    MOMENT_FIELDS,
    DisplayOptions,
    cued_field,
    digits,
    display_text,
    language_cue,
    natural,
)
from compliance_desk.ui.widgets.history_panel import HistoryPanel

NAME_FIELDS = {"ar": ("name_ar", "full_name_ar", "name_en", "full_name_en", "requester_name"),
               "en": ("name_en", "full_name_en", "name_ar", "full_name_ar", "requester_name")}


class DetailPane(QWidget):
    def __init__(self, entity: Entity, lang: str, options: DisplayOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.lang = lang
        self.options = options
        self.setObjectName("detail_pane")
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        style.heading(self.title, style.SECTION)
        self.empty = QLabel(self.tr("Select a record to see its details and history here."))
        self.empty.setObjectName("detail_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(style.MUTED)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(style.GAP)
        self.form.setVerticalSpacing(2)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above value: a narrow pane
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.fields)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # values wrap instead
        self.history = HistoryPanel(lang, options=options)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_heading = QLabel(self.tr("History"))
        style.heading(history_heading, style.BODY, bold=True)
        history_layout.addWidget(history_heading)
        history_layout.addWidget(self.history)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(scroll)
        self.split.addWidget(history_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 400])  # (proportions until shown)
        scroll.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.GAP, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.split, 1)
        self.show_record(None, None)

    def set_compact(self, narrow: bool) -> None:
        """Under the table (a narrow window) the fields and the history sit side by side, not stacked."""
        self.split.setOrientation(Qt.Orientation.Horizontal if narrow else Qt.Orientation.Vertical)
        self.split.setSizes([600, 400])

    def show_record(self, register: Register | None, record_id: int | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.history.show_record(register, self.entity.name, record_id)
        chosen = register is not None and record_id is not None
        self.empty.setVisible(not chosen)
        self.split.setVisible(chosen)
        self.title.setVisible(chosen)
        if not chosen:
            return
        assert register is not None and record_id is not None
        row = records.get(register, self.entity, record_id)
        name = language_cue(next((str(row[k]) for k in NAME_FIELDS[self.lang] if row.get(k)), ""), self.lang)
        parts = (str(row.get("reference") or ""), name)  # each its own direction: "CUS-00001، ماجد …"
        # an Arabic title is a right-to-left paragraph (right-aligned) even when it is a bare reference
        lead = "\u200f" if self.lang == "ar" else ""
        self.title.setText(lead + ("، " if self.lang == "ar" else " · ").join(natural(part) for part in parts if part))
        org_key = zone_key(register)
        for field in self.entity.fields:
            if field.kind == "ref":
                continue
            fact = shown(self.entity.name, field.name, row, self.lang)  # "Occurred: not known", not a tick
            if fact is not None and fact.hidden:
                continue
            zone = time_zone(register) if field.name in MOMENT_FIELDS else None  # the organisation's
            text = display_text(field, row.get(field.name), self.lang, options=self.options, zone=zone,
                                zone_key=row.get("time_zone"), shown_key=org_key)
            if fact is not None:
                text = fact.text if fact.text is not None else text + fact.suffix if text else ""
            if not text:
                continue
            caption = fact.label if fact is not None and fact.label else field.label(self.lang)
            label = QLabel(digits(caption))
            label.setStyleSheet(style.MUTED)
            if field.kind in ("text", "longtext") and zone is None:  # written only in the other language: said so
                cued = language_cue(text, self.lang) if cued_field(field, self.lang) else text
                text = cued if cued != text else natural(text)
            value = QLabel(text)
            value.setWordWrap(True)
            # a long unbreakable value (a masked address) must not widen the pane and push the rest out
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setToolTip(value.text())
            side = Qt.AlignmentFlag.AlignRight if self.lang == "ar" else Qt.AlignmentFlag.AlignLeft
            value.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)  # a Latin value too starts on the reading side
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)
