"""Previews of attachments, in memory only: images scaled, a PDF's first page rendered with PDFium."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def preview_image(data: bytes, media_type: str, width: int = 420) -> QImage | None:
    """A QImage of the attachment (its first page for a PDF), or None when it cannot be drawn."""
    image = QImage()
    if media_type == "application/pdf":
        try:
            import pypdfium2 as pdfium

            document = pdfium.PdfDocument(data)
            try:
                page = document[0]
                scale = width / max(page.get_width(), 1)
                rendered = page.render(scale=scale).to_pil()
                buffer = io.BytesIO()
                rendered.save(buffer, "PNG")
                image.loadFromData(buffer.getvalue(), "PNG")
            finally:
                document.close()
        except Exception:  # a PDF PDFium cannot open is shown as "no preview", never an error
            return None
    elif media_type in ("image/tiff", "image/webp"):
        # Qt's TIFF/WebP plugins are optional: go through Pillow, which reads both
        from PIL import Image

        try:
            with Image.open(io.BytesIO(data)) as picture:
                buffer = io.BytesIO()
                picture.convert("RGB").save(buffer, "PNG")
            image.loadFromData(buffer.getvalue(), "PNG")
        except Exception:
            return None
    else:
        image.loadFromData(data)
    if image.isNull():
        return None
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation) if image.width() > width else image


def preview_pixmap(data: bytes, media_type: str, width: int = 420) -> QPixmap | None:
    image = preview_image(data, media_type, width)
    return QPixmap.fromImage(image) if image is not None else None
