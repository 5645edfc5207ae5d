"""Translations (ours and Qt's own) and the layout direction that follows the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from compliance_desk.domain.language import is_rtl
from compliance_desk.ui.widgets.format import use_arabic_digits

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
_installed: list[QTranslator] = []
ARABIC_TABS = "QTabBar::tab { min-height: 26px; }"
# Qt's own standard buttons in our words: its Arabic catalogue says "ألغِ" (an imperative, cut to "ألغ"
# in a narrow button) for Cancel. Our catalogue is installed after Qt's, so it is asked first.
QT_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
            QT_TRANSLATE_NOOP("QPlatformTheme", "Close"))


def apply_language(lang: str, arabic_digits: bool | None = None) -> None:
    """Install the translators for `lang` and set the whole application's direction.

    Qt's own number widgets follow the default locale: Saudi Arabic writes Arabic-Indic digits,
    so an Arabic interface with Latin digits takes its number formats from English.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English needs its catalogue too: it holds the plural forms ("1 record", "2 records")
    catalogues = [(f"compliance_desk_{lang}", str(I18N_DIR))]
    if lang != "en":
        catalogues.insert(0, (f"qtbase_{lang}", qt_dir))
    for name, folder in catalogues if app is not None else ():
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    if arabic_digits is None:
        arabic_digits = lang == "ar"
    use_arabic_digits(arabic_digits)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.SaudiArabia) if arabic_digits
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
        # Arabic letters reach further below the line than the tab bar's height allows: an unselected
        # tab cut "والأمن" at its foot. The style stays the platform's; only the tabs get taller.
        app.setStyleSheet(ARABIC_TABS if is_rtl(lang) else "")
