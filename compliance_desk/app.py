"""QApplication start-up: settings, translations, direction, crash handler, first window."""

from __future__ import annotations

import sys

from compliance_desk import __version__


def main(lang: str | None = None, register: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from compliance_desk.diagnostics import configure_logging
    from compliance_desk.ui.controller import Controller
    from compliance_desk.ui.errors import install_crash_handler
    from compliance_desk.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Compliance Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("compliance-desk")
    configure_logging()
    controller = Controller(Settings(), lang, register)
    install_crash_handler(controller.window, lambda: controller.lang)
    controller.start()
    return int(app.exec())
