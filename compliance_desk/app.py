"""QApplication start-up: settings, translations, direction, crash handler, first window."""

from __future__ import annotations

import sys
from typing import Any

from compliance_desk import __version__


def build(lang: str | None = None, register: str | None = None, settings: Any = None) -> Any:
    """The application object and its first window (the unlock window), ready to run."""
    from PySide6.QtWidgets import QApplication

    from compliance_desk.diagnostics import configure_logging
    from compliance_desk.ui.shell.controller import Controller
    from compliance_desk.ui.shell.errors import install_crash_handler
    from compliance_desk.ui.shell.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Compliance Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("compliance-desk")
    configure_logging()
    controller = Controller(settings or Settings(), lang, register)
    install_crash_handler(controller.window, lambda: controller.lang)
    controller.start()
    return controller


def main(lang: str | None = None, register: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    controller = build(lang, register)
    code = int(QApplication.instance().exec())  # type: ignore[union-attr]
    if controller.register is not None:  # closed without locking: still close the file cleanly
        controller.register.close()
    return code
