"""A date field that takes dates as people write them and says what it understood.

It reads Latin and Arabic-Indic digits and the usual orders (domain.dates.parse_user_date), shows
the date it understood in words under the field, and writes dates in the digits the display
setting uses. Its calendar opens on the field's date; in Arabic the week starts on Sunday and
Friday and Saturday are the weekend.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from compliance_desk.domain import clock
from compliance_desk.domain.dates import (
    DateNotUnderstood,
    hijri_text,
    parse_user_date,
    spoken_date,
    written_date,
)
from compliance_desk.ui.widgets.format import digits, uses_arabic_digits
from compliance_desk.ui.widgets.icons import icon

HINT_STYLE = "color: #555;"
PROBLEM_STYLE = "color: #b00020;"
WEEKEND_COLOUR = "#b00020"


class DateEdit(QLineEdit):
    """`value()` is the ISO date understood, '' when blank, or the text itself when it is not a date
    (so the form's validation names the problem). `hint` and `button` are laid out by the owner."""

    understood = Signal(str)  # the words under the field

    def __init__(self, lang: str, parent: QWidget | None = None, *, show_problems: bool = True) -> None:
        super().__init__(parent)
        self.lang = lang
        self.show_problems = show_problems  # False in a record form: its error line says it once
        self.setPlaceholderText(digits(self.tr("e.g. 28/02/2026 or 2026-02-28")))
        if not uses_arabic_digits():  # Latin-digit dates read left to right, also in an Arabic form
            self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            if lang == "ar":
                self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hint = QLabel()
        self.hint.setObjectName("date_hint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.button = QToolButton()
        self.button.setObjectName("calendar_button")
        self.button.setText("…")
        self.button.setIcon(icon("calendar"))  # (the "…" a menu arrow covered)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._set_week(self.calendar, lang)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = menu
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.textChanged.connect(self._describe)
        self.editingFinished.connect(self.tidy)

    @staticmethod
    def _set_week(calendar: QCalendarWidget, lang: str) -> None:
        """Arabic: weeks from Sunday, Friday and Saturday marked as the weekend (as in the Kingdom)."""
        weekend = QTextCharFormat()
        weekend.setForeground(QColor(WEEKEND_COLOUR))
        plain = QTextCharFormat()
        if lang == "ar":
            calendar.setLocale(QLocale(QLocale.Language.Arabic, QLocale.Country.SaudiArabia))
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
            days = {Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday}
        else:
            calendar.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            days = {Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday}
        for day in (Qt.DayOfWeek.Monday, Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday, Qt.DayOfWeek.Thursday,
                    Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(day, weekend if day in days else plain)

    def box(self) -> QWidget:
        """The field, its calendar button and, under them, what was understood: one widget for a form."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self, 1)
        row.addWidget(self.button)
        column.addLayout(row)
        column.addWidget(self.hint)
        return box

    # ------------------------------------------------------------------ value
    def date(self) -> dt.date | None:
        """The date understood, None when blank or not a date."""
        try:
            reading = parse_user_date(self.text())
        except DateNotUnderstood:
            return None
        return reading.date if reading else None

    def value(self) -> str:
        try:
            reading = parse_user_date(self.text())
        except DateNotUnderstood:
            return self.text().strip()
        return reading.iso if reading else ""

    def problem(self) -> str:
        """Why the text is not a date, in the officer's language ('' when it is one or blank)."""
        try:
            parse_user_date(self.text())
        except DateNotUnderstood as error:
            return self._problem(error.reason)
        return ""

    def set_value(self, value: str | dt.date | None) -> None:
        """Show a stored date (ISO) in the display setting's digits; other text as it is."""
        text = "" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value)
        try:
            reading = parse_user_date(text)
        except DateNotUnderstood:
            self.setText(text)
            return
        self.setText(written_date(reading.date, arabic_numerals=uses_arabic_digits()) if reading else "")

    def tidy(self) -> None:
        """Once the officer leaves the field, write the date understood the way dates are shown."""
        date = self.date()
        if date is not None:
            written = written_date(date, arabic_numerals=uses_arabic_digits())
            if written != self.text():
                self.setText(written)

    # ------------------------------------------------------------------ feedback
    def _describe(self, text: str) -> None:
        try:
            reading = parse_user_date(text)
        except DateNotUnderstood as error:
            words = self._problem(error.reason) if self.show_problems else ""
            self.hint.setStyleSheet(PROBLEM_STYLE)
        else:
            self.hint.setStyleSheet(HINT_STYLE)
            if reading is None:
                words = ""
            else:
                words = spoken_date(reading.date, self.lang, arabic_numerals=uses_arabic_digits())
                if reading.hijri is not None:  # say which Hijri date it came from
                    words = self.tr("%1 (from the Hijri date %2)").replace("%1", words).replace(
                        "%2", digits(hijri_text(reading.date, self.lang)))
                words = self.tr("Understood: %1").replace("%1", words)
        self.hint.setText(words)
        self.hint.setVisible(bool(words))
        self.understood.emit(words)

    def _problem(self, reason: str) -> str:
        if reason == "no_such_day":
            return self.tr("There is no such day in the calendar.")
        if reason == "two_digit_year":
            return self.tr("Write the year with four digits, e.g. %1.").replace("%1", digits("28/02/2026"))
        if reason == "year_range":
            return self.tr("The year must be between %1 and %2.").replace("%1", digits("1900")).replace(
                "%2", digits("2199"))
        if reason == "hijri_range":
            return self.tr("Hijri dates can be converted for the years %1 to %2 AH.").replace(
                "%1", digits("1343")).replace("%2", digits("1500"))
        return self.tr("Not a date. Write it as day/month/year (%1) or year-month-day (%2).").replace(
            "%1", digits("28/02/2026")).replace("%2", digits("2026-02-28"))

    # ------------------------------------------------------------------ calendar
    def _open_calendar(self) -> None:
        """The calendar opens on the field's date (today when the field holds none)."""
        date = self.date() or clock.today()
        qdate = QDate(date.year, date.month, date.day)
        self.calendar.setSelectedDate(qdate)
        self.calendar.setCurrentPage(date.year, date.month)

    def _picked(self, qdate: QDate) -> None:
        self.set_value(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.menu.close()
        self.setFocus()
