"""One spacing unit and one type scale for every screen, and the few colours that carry meaning."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout

GAP = 8  # the spacing unit: between fields, buttons, sections (multiples of it elsewhere)
MARGIN = 12  # around a page or a dialog's content

# type scale: points added to the application font
TITLE = 7  # a window's own title (the unlock window)
PAGE = 4  # a page heading
SECTION = 2  # a pane or group heading
BODY = 0

MUTED = "color: #5f6368;"
ERROR = "color: #b00020;"  # a field's error
NOTICE_LINE = "background: #e8f0fe; color: #1a3a6b; padding: 6px; border: 1px solid #b6c8ef;"  # a dialog's notice
NOTICE = "background: #e8f0fe; color: #1a3a6b; padding: 6px; border: 1px solid #b6c8ef; border-radius: 4px;"
ALERT = "background: #fdecea; color: #7a0010; padding: 6px; border: 1px solid #e6a1a8; border-radius: 4px;"
WARNING = "background: #fff3cd; color: #5c3c00; padding: 6px; border: 1px solid #e0c36a; border-radius: 4px;"


def heading(label: QLabel, step: int, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(max(font.pointSize(), 8) + step)
    font.setBold(bold)
    label.setFont(font)
    return label


def spaced(layout: QLayout, margin: int = MARGIN) -> QLayout:
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(GAP)
    return layout
