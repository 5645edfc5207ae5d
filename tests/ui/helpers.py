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



def start(settings, url: str, lang: str = "en", password: str | None = None):
    """The app started on the register at `url` and unlocked with `password` (a server login's
    password, tests/pg.USER_PASSWORD, unless told)."""
    from compliance_desk.ui.shell.controller import Controller
    from tests import pg

    controller = Controller(settings, lang, url)
    controller.start()
    assert controller.unlock is not None
    controller.unlock.passphrase.setText(pg.USER_PASSWORD if password is None else password)
    controller.unlock.unlock()
    return controller


def connect_dialog(settings, lang: str = "en"):
    """The app started with no register, and its dialog to connect to a server."""
    from compliance_desk.ui.shell.controller import Controller

    controller = Controller(settings, lang)
    controller.start()
    assert controller.unlock is not None
    return controller, controller.unlock.connect_server()


def remembered(settings, url: str):
    """The app started with the server at `url` among the recent registers, selected in the unlock window."""
    from compliance_desk.ui.shell.controller import Controller

    settings.add_recent(url)
    controller = Controller(settings, "en")
    controller.start()
    assert controller.unlock is not None
    controller.unlock.select_path(url)
    return controller, controller.unlock


def fill_connect(dialog, url: str, user: str, password: str, register_passphrase: str | None = None) -> None:
    """The connect dialog filled in for `user` on the server and database of `url`."""
    from compliance_desk.ui.shell.connect_dialog import parts_of

    parts = parts_of(url)
    dialog.host.setText(parts["host"])
    dialog.database.setText(parts["database"])
    dialog.user.setText(user)
    dialog.password.setText(password)
    if register_passphrase is not None:
        dialog.register_passphrase.setText(register_passphrase)


def seed_server(cluster, url: str) -> str:
    """Officer amal on the register at `url`, with the organisation profile and two recipients (Cloud Host,
    Payments Co); returns amal's URL (password tests/pg.USER_PASSWORD)."""
    from compliance_desk.domain.entities import RECIPIENT
    from compliance_desk.storage import records
    from tests import pg

    register = pg.officer_register(cluster, url, "amal")
    with register.atomic():
        for name in ("Cloud Host", "Payments Co"):
            records.create(register, RECIPIENT, {"name_en": name, "recipient_type": "service_provider"})
    register.close()
    return pg.login(url, "amal")
