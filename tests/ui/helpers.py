"""Small moves of an officer's hands that several UI tests make."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication


def leave(*editors) -> None:
    """The officer tabs out of each field (a real focus-out event reaches its widget)."""
    for editor in editors:
        QApplication.sendEvent(editor.widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def tiny_pdf(path):
    """A real one-page PDF (attachments are opened with PDFium before they are accepted)."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Order of the court")
    page.save()
    return path

