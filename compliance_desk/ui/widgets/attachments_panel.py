"""Files attached to a record, kept encrypted inside the register; exported only on request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import attachments
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import number
from compliance_desk.ui.widgets.preview import preview_pixmap
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

WARNING_STYLE = "color: #8a5300;"


class AttachmentsPanel(QWidget):
    """Lists, adds and exports the attachments of one record (owner 'disclosure' or 'document')."""

    changed = Signal()

    def __init__(self, register: Register, owner: str, owner_id: int | None, lang: str,
                 parent: QWidget | None = None, ensure_owner: Callable[[], int | None] | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.owner = owner
        self.owner_id = owner_id
        self.lang = lang
        # for a record not saved yet: saves it and returns its id (None: it cannot be saved as it stands)
        self.ensure_owner = ensure_owner
        self.setObjectName("attachments")
        self.list = QListWidget()
        self.list.setObjectName("attachment_list")
        self.add_button = QPushButton(self.tr("Attach a file…"))
        self.add_button.clicked.connect(self.choose_and_add)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Writes an unencrypted copy to disk; the export is audited."))
        self.export_button.clicked.connect(self.choose_and_export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(160)
        self.list.currentItemChanged.connect(lambda _item: self.show_preview())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("PDF, JPEG, PNG, TIFF or WebP, up to %1 MB; stored encrypted in the register.")
                                .replace("%1", number(attachments.MAX_BYTES // 2**20))))
        content = QHBoxLayout()
        content.addWidget(self.list, 1)
        content.addWidget(self.preview, 1)
        layout.addLayout(content, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def show_preview(self) -> bool:
        """Draw the selected attachment (in memory; nothing is written to disk)."""
        attachment_id = self.selected()
        self.preview.clear()
        if attachment_id is None:
            return False
        media_type = self.list.currentItem().data(Qt.ItemDataRole.UserRole + 1)
        try:
            data = attachments.content(self.register, attachment_id)
        except KnownError as error:  # sealed on a server and no register key open: said, not raised
            self.preview.setText(error.text(self.lang))
            return False
        pixmap = preview_pixmap(data, media_type, 360)
        if pixmap is None:
            self.preview.setText(self.tr("No preview for this file."))
            return False
        self.preview.setPixmap(pixmap)
        return True

    def refresh(self) -> None:
        self.list.clear()
        saved = self.owner_id is not None
        self.add_button.setEnabled((saved or self.ensure_owner is not None) and not self.register.read_only
                                   and not getattr(self, "locked", False))
        self.add_button.setText(self.tr("Attach a file…") if saved or self.ensure_owner is None
                                else self.tr("Save and attach a file…"))
        self.export_button.setEnabled(saved)
        if not saved:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Save the record first, then attach files to it.")
                                 if self.ensure_owner is None else
                                 self.tr("Attaching a file saves the new record first; the dialog stays open."))
            return
        assert self.owner_id is not None
        for item in attachments.listing(self.register, self.owner, self.owner_id):
            size = int(item["size"])
            text = f"{item['name']} — {item['media_type']} — {number(max(1, round(size / 1024)))} KB"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item["id"])
            entry.setData(Qt.ItemDataRole.UserRole + 1, item["media_type"])
            entry.setToolTip(f"SHA-256 {item['sha256']}")
            self.list.addItem(entry)

    def ready(self) -> bool:
        """The record exists (saving a new one first, when the dialog allows it)."""
        if self.owner_id is None and self.ensure_owner is not None:
            self.owner_id = self.ensure_owner()
            if self.owner_id is not None:
                self.refresh()
        return self.owner_id is not None

    def add_file(self, path: Path) -> int | None:
        """Attach the file at `path`; a refused file leaves a message and changes nothing."""
        if not self.ready():
            return None
        assert self.owner_id is not None
        self.message.setStyleSheet(ERROR_STYLE)
        try:
            data = path.read_bytes()
            attachment, warnings = attachments.add_checked(self.register, self.owner, self.owner_id, path.name,
                                                           data, lang=self.lang)
        except KnownError as error:
            self.message.setText(error.text(self.lang))
            return None
        except OSError as error:
            self.message.setText(f"{path.name}: {error.strerror}")
            return None
        self.message.setStyleSheet(WARNING_STYLE if warnings else "")
        self.message.setText("\n".join(warning.text(self.lang) for warning in warnings))
        self.refresh()
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()
        return attachment

    def choose_and_add(self) -> None:
        if not self.ready():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "",
                                              self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)"))
        if path:
            self.add_file(Path(path))

    def selected(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def export_to(self, attachment_id: int, destination: Path) -> bool:
        try:
            attachments.export(self.register, attachment_id, destination)
        except KnownError as error:
            self.message.setText(error.text(self.lang))
            return False
        except OSError as error:
            self.message.setText(f"{destination}: {error.strerror}")
            return False
        self.changed.emit()
        return True

    def choose_and_export(self) -> None:
        attachment_id = self.selected()
        if attachment_id is None:
            return
        name = self.list.currentItem().text().split(" — ")[0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export attachment"), name)
        if path:
            self.export_to(attachment_id, Path(path))
