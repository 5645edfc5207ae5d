"""A table and its detail side by side in a wide window, one above the other in a narrow one.

At 1 024 px the navigation, the table and a detail pane beside it left the table two or three
columns; below `NARROW` the detail goes under the table, which then has the page's whole width.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QWidget

NARROW = 960  # a page narrower than this (a window below about 1 200 px) puts the detail under the table


class Fold(QObject):
    """Watches `host`'s width and turns `splitter` vertical below `width`; `on_fold(narrow)` follows."""

    def __init__(self, host: QWidget, splitter: QSplitter, shares: tuple[int, int] = (3, 2),
                 on_fold: Callable[[bool], None] | None = None, width: int = NARROW) -> None:
        super().__init__(host)
        self.host = host
        self.splitter = splitter
        self.shares = shares
        self.on_fold = on_fold
        self.width = width
        self.narrow: bool | None = None
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def apply(self) -> None:
        narrow = self.host.width() < self.width
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        length = self.splitter.height() if narrow else self.splitter.width()
        total = sum(self.shares)
        self.splitter.setSizes([length * share // total for share in self.shares])
        if self.on_fold is not None:
            self.on_fold(narrow)
