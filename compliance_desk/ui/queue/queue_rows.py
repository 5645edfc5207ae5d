"""One row of the action queue (ui/queue/queue_page.py): when, what, reference, due, note, coloured
by stage; a breach's due instant keeps its zone's "UTC+3" in Latin digits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidgetItem

from compliance_desk.domain.dates import arabic_digits, format_date
from compliance_desk.domain.queue import STAGES, Entry, QueueItem, due_date
from compliance_desk.ui.widgets.format import DisplayOptions, ltr, natural

OVERDUE, TODAY, MUTED = "#b00020", "#8a5300", "#6b6b6b"
ROLE = Qt.ItemDataRole.UserRole


def item_row(entry: Entry, lang: str, options: DisplayOptions, when: str, note: str) -> QTreeWidgetItem:
    """The row of `entry`, with its When text and note as the page words them."""
    item = entry.item
    due = due_date(item)
    due_text = ltr(format_date(due, lang, with_hijri=options.hijri,
                               arabic_numerals=options.arabic_digits)) if due else ""
    if item.extra.get(f"due_{lang}"):  # a clock in hours (a breach): the instant with its zone
        due_text = str(item.extra[f"due_{lang}"])
        if options.arabic_digits:  # the zone's "UTC+3" keeps its Latin digits, as a name
            due_text = " ".join(w if any("A" <= c <= "z" for c in w) else arabic_digits(w) for w in due_text.split(" "))
        due_text = due_text.replace("(UTC", "\u2066(UTC").replace(")", ")\u2069") if lang == "ar" else due_text
    cells = [when, natural(item.title(lang)), item.reference, due_text, natural(note)]
    row = QTreeWidgetItem(cells)
    row.setData(0, ROLE, ("item", entry))
    for column in range(len(cells)):
        row.setToolTip(column, item.title(lang) + ("\n" + item.detail(lang) if item.detail(lang)
                                                       else ""))
    if cells[4]:
        row.setToolTip(4, cells[4])  # the note elides in a narrow window
    if item.extra.get(f"due_{lang}"):
        row.setToolTip(3, due_text)  # the whole instant and zone, when the column is narrow
    colour = OVERDUE if item.stage == "overdue" else TODAY if item.stage == "today" else None
    if entry.hidden:  # grey, not italic: italic faces often lack Arabic glyphs
        colour = MUTED
        for column in range(1, len(cells)):
            row.setForeground(column, QBrush(QColor(MUTED)))
    if colour:
        row.setForeground(0, QBrush(QColor(colour)))
    if item.extra.get("emergency"):
        font = QFont(row.font(0))
        font.setBold(True)
        row.setFont(0, font)
    return row


def _due_key(item: QueueItem) -> tuple[str, int]:
    due = due_date(item)
    return (due.isoformat() if due else "9999", STAGES.index(item.stage))
