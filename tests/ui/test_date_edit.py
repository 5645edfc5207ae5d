"""Date fields take dates as people write them, say what they understood, and write dates in the
display setting's digits; the calendar opens on the field's date with the Saudi weekend."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import records
from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.shell.i18n import apply_language
from compliance_desk.ui.shell.settings import Settings
from compliance_desk.ui.widgets.date_edit import DateEdit


def field(qtbot, lang: str = "en") -> DateEdit:
    edit = DateEdit(lang)
    qtbot.addWidget(edit)
    return edit


def test_arabic_indic_digits_and_the_usual_orders_are_understood(qtbot) -> None:
    edit = field(qtbot)
    for typed in ("٢٠٢٦-٠٢-٢٨", "28/02/2026", "2026/02/28", "٢٨/٠٢/٢٠٢٦", "28 February 2026"):
        edit.clear()
        edit.insert(typed)  # (QTest cannot type Arabic; insert() is what a paste or an input method does)
        assert edit.value() == "2026-02-28", typed
        assert edit.hint.text() == "Understood: Saturday 28 February 2026"
        assert not edit.hint.isHidden() and edit.problem() == ""


def test_a_hijri_date_says_which_gregorian_date_it_is(qtbot) -> None:
    edit = field(qtbot)
    edit.insert("١٠/٠٨/١٤٤٧ هـ")
    assert edit.value() == "2026-01-29"
    assert edit.hint.text() == "Understood: Thursday 29 January 2026 (from the Hijri date 10 Sha'ban 1447 AH)"


def test_what_is_not_a_date_says_why_and_stays_as_typed(qtbot) -> None:
    edit = field(qtbot)
    edit.insert("31/02/2026")
    assert edit.value() == "31/02/2026" and edit.date() is None
    assert edit.hint.text() == edit.problem() == "There is no such day in the calendar."
    edit.clear()
    assert edit.value() == "" and edit.hint.isHidden()


def test_leaving_the_field_writes_the_date_as_dates_are_shown(qtbot) -> None:
    edit = field(qtbot)
    edit.insert("28.2.2026")
    edit.tidy()
    assert edit.text() == "2026-02-28"
    apply_language("ar", True)
    arabic = field(qtbot, "ar")
    arabic.insert("28/2/2026")
    arabic.tidy()
    assert arabic.text() == "٢٠٢٦-٠٢-٢٨" and arabic.value() == "2026-02-28"
    arabic.set_value("2027-01-04")
    assert arabic.text() == "٢٠٢٧-٠١-٠٤"
    assert "الاثنين ٤ يناير ٢٠٢٧" in arabic.hint.text()


def test_the_calendar_opens_on_the_fields_date(qtbot) -> None:
    edit = field(qtbot)
    edit.set_value("2019-07-14")
    edit.menu.aboutToShow.emit()
    assert edit.calendar.selectedDate() == QDate(2019, 7, 14)
    assert (edit.calendar.yearShown(), edit.calendar.monthShown()) == (2019, 7)
    edit.calendar.clicked.emit(QDate(2019, 7, 20))
    assert edit.value() == "2019-07-20"


def test_the_arabic_calendar_has_the_saudi_week(qtbot) -> None:
    arabic = field(qtbot, "ar")
    calendar = arabic.calendar
    red = QColor("#b00020")
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() == red
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() == red
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != red
    english_field = field(qtbot, "en")
    english = english_field.calendar
    assert english.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() == red
    assert english.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() != red


def test_a_record_form_saves_a_date_typed_in_arabic_digits_day_first(unlocked_app: Controller) -> None:
    page = unlocked_app.main.activities
    unlocked_app.main.show_page("activities")
    page.select_id(1)
    dialog = page.edit()
    review = next(form.editors["next_review"] for form in dialog.forms if "next_review" in form.editors)
    review.widget.clear()
    review.widget.insert("٢٨/٠٢/٢٠٣٠")
    assert review.value() == "2030-02-28" and not review.error.isVisibleTo(dialog)
    assert dialog.save()
    assert records.get(unlocked_app.register, ACTIVITY, 1)["next_review"] == "2030-02-28"


def test_a_stored_date_shows_in_the_display_digits(unlocked_app: Controller, settings: Settings) -> None:
    records.update(unlocked_app.register, ACTIVITY, 1, {"last_review": "2026-01-31"})
    settings.set("language", "ar")
    settings.set("digits", "arabic")
    unlocked_app.settings_changed()
    page = unlocked_app.main.activities
    unlocked_app.main.show_page("activities")
    page.select_id(1)
    dialog = page.edit()
    review = next(form.editors["last_review"] for form in dialog.forms if "last_review" in form.editors)
    assert review.widget.text() == "٢٠٢٦-٠١-٣١" and review.value() == "2026-01-31"
    assert not dialog.dirty  # the same date, written differently, is not a change
    dialog.discard()
