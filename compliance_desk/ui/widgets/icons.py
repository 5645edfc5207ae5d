"""The app's line icons: drawn here as SVG (Qt renders them; nothing to install or bundle)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

COLOUR = "#34495e"

# 24 × 24 outlines, stroked (round caps and joins)
SHAPES: dict[str, str] = {
    "due": '<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>',
    "activities": '<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8h8M8 12h8M8 16h5"/>',
    "recipients": '<circle cx="9" cy="8" r="3"/><path d="M3 20v-1a6 6 0 0 1 12 0v1"/>'
                  '<circle cx="17" cy="9" r="2.5"/><path d="M17 14a5 5 0 0 1 4 5v1"/>',
    "disclosures": '<path d="M12 3v18M5 21h14M4 7h16"/><path d="M6 7l-3 7a3 3 0 0 0 6 0z"/>'
                   '<path d="M18 7l-3 7a3 3 0 0 0 6 0z"/>',
    "transparency": '<path d="M4 20h16"/><rect x="5" y="11" width="3" height="7"/><rect x="10.5" y="6" width="3" '
                    'height="12"/><rect x="16" y="14" width="3" height="4"/>',
    "kyc": '<rect x="3" y="5" width="18" height="14" rx="2"/><circle cx="9" cy="11" r="2"/>'
           '<path d="M6 16a3 3 0 0 1 6 0M14 10h4M14 14h3"/>',
    "policy": '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4"/><path d="M9 14l2 2 4-4"/>',
    "screening": '<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/><circle cx="11" cy="11" r="3"/>'
                 '<path d="M13.5 13.5l3 3"/>',
    "notice": '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4"/><path d="M12 11v6M12 8v.5"/>',
    "breaches": '<path d="M12 3l9.5 17h-19z"/><path d="M12 10v4.5M12 17.2v.3"/>',
    "requests": '<path d="M4 5h16v11H9l-5 4z"/><path d="M8 9h8M8 12h5"/>',
    "queue": '<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>',
    "new": '<path d="M12 5v14M5 12h14"/>',
    "edit": '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13 7l4 4"/>',
    "duplicate": '<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 '
                 '1v10a1 1 0 0 0 1 1h3"/>',
    "retire": '<rect x="3" y="4" width="18" height="4" rx="1"/><path d="M5 8v11h14V8M10 12h4"/>',
    "delete": '<path d="M4 7h16M10 11v6M14 11v6"/><path d="M6 7l1 13h10l1-13M9 7V4h6v3"/>',
    "import": '<path d="M12 4v11M7 10l5 5 5-5"/><path d="M4 17v3h16v-3"/>',
    "reports": '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4"/><path d="M9 17v-3M12 17v-6M15 17v-4"/>',
    "lock": '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>',
    "settings": '<path d="M4 6h9M19 6h1M4 12h3M11 12h9M4 18h11M19 18h1"/><circle cx="16" cy="6" r="2.2"/>'
                '<circle cx="9" cy="12" r="2.2"/><circle cx="17" cy="18" r="2.2"/>',
    "search": '<circle cx="11" cy="11" r="6"/><path d="M16 16l5 5"/>',
    "step_legal_review": '<path d="M12 3v18M5 21h14M4 7h16"/><path d="M6 7l-3 7a3 3 0 0 0 6 0z"/>'
                         '<path d="M18 7l-3 7a3 3 0 0 0 6 0z"/>',
    "step_decided": '<path d="M9 11l3 3 8-8"/><path d="M20 12v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h11"/>',
    "step_disclosed": '<path d="M3 11l18-8-8 18-2-8z"/>',
    "step_closed": '<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>',
    "undo": '<path d="M9 14L4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>',
    "open": '<path d="M14 4h6v6M20 4l-9 9"/><path d="M18 14v6H4V6h6"/>',
    "folder": '<path d="M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z"/>',
    "print": '<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/>',
    "help": '<circle cx="12" cy="12" r="9"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14"/>'
            '<path d="M12 17.5v.01"/>',
    "add_file": '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4M12.5 11v6M9.5 14h6"/>',
    "person": '<circle cx="12" cy="8" r="4"/><path d="M4 21v-1a8 8 0 0 1 16 0v1"/>',
    "check": '<path d="M5 12l5 5L20 7"/>',
    "calendar": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>'
                '<path d="M7.5 14h2M11 14h2M14.5 14h2M7.5 17.5h2M11 17.5h2"/>',
}


def _svg(name: str, colour: str) -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="{colour}" '
            f'stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">{SHAPES[name]}</svg>').encode()


@cache
def icon(name: str, colour: str = COLOUR) -> QIcon:
    """The icon `name` (an empty icon for a name without a drawing)."""
    # imported here, not at start-up: the unlock window rarely draws an icon
    from PySide6.QtSvg import QSvgRenderer

    result = QIcon()
    if name not in SHAPES:
        return result
    renderer = QSvgRenderer(QByteArray(_svg(name, colour)))
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
