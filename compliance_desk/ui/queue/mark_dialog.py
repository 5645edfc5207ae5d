"""Acknowledge or snooze an action-queue item, with the reason the audit trail keeps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import clock
from compliance_desk.domain.dates import count_words, format_date
from compliance_desk.domain.errors import KnownError, ValidationError
from compliance_desk.domain.queue import LEGAL_GROUPS, MAX_SNOOZE_DAYS, QueueItem, due_date
from compliance_desk.storage import queue as queue_store
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.date_edit import DateEdit
from compliance_desk.ui.widgets.format import DisplayOptions, natural
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

QUICK_DAYS = (7, 14, 30)


class MarkDialog(QDialog):
    """kind: "acknowledged" or "snoozed". Accepted once the mark is written."""

    def __init__(self, register: Register, item: QueueItem, kind: str, lang: str, options: DisplayOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.item = item
        self.kind = kind
        self.lang = lang
        self.options = options
        self.setObjectName("mark_dialog")
        self.setWindowTitle(self.tr("Acknowledge") if kind == "acknowledged" else self.tr("Snooze"))
        self.resize(540, 300)
        what = QLabel(natural(item.title(lang)) + f"  ({item.reference})")
        what.setWordWrap(True)
        what.setObjectName("mark_item")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("mark_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why, for the audit trail: e.g. “court granted an extension to "
                                               "15 March”, “customer sent a new passport, check booked”"))
        self.reason.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Item"), what)
        self.until: DateEdit | None = None
        if kind == "snoozed":
            self.until = DateEdit(lang)
            self.until.setObjectName("mark_until")
            self.until.set_value(clock.today() + dt.timedelta(days=QUICK_DAYS[0]))
            row = QHBoxLayout()
            row.addWidget(self.until, 1)
            row.addWidget(self.until.button)
            for days in QUICK_DAYS:
                button = QPushButton(count_words(days, "day", lang, arabic_numerals=options.arabic_digits))
                button.setAutoDefault(False)
                button.clicked.connect(lambda _c=False, d=days: self.until.set_value(  # type: ignore[union-attr]
                    clock.today() + dt.timedelta(days=d)))
                row.addWidget(button)
            box = QVBoxLayout()
            box.addLayout(row)
            box.addWidget(self.until.hint)
            form.addRow(self.tr("Until"), box)
        form.addRow(self.tr("Reason"), self.reason)
        self.explain = QLabel(self._explanation())
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("mark_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Acknowledge") if kind == "acknowledged" else self.tr("Snooze"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _explanation(self) -> str:
        if self.kind == "acknowledged" and self.item.stage == "overdue":
            return self.tr("The item leaves the queue until its deadline changes or you put it back (show "
                           "acknowledged items, then Put back in the queue). Your name, the time and the reason are "
                           "kept in the audit trail.")
        if self.kind == "acknowledged":
            return self.tr("The item leaves the queue while it stays as urgent as it is now; it comes back when "
                           "its deadline gets closer or changes. Your name, the time and the reason are kept in "
                           "the audit trail.")
        text = self.tr("The item comes back on the chosen day (at most %1 days from today). Your name, the time "
                       "and the reason are kept in the audit trail.").replace("%1", self.options.number(
                           MAX_SNOOZE_DAYS))
        due = due_date(self.item)
        if self.item.group in LEGAL_GROUPS and due is not None:
            text += " " + self.tr("A legal deadline comes back on its due date, %1, at the latest.").replace(
                "%1", format_date(due, self.lang, arabic_numerals=self.options.arabic_digits))
        return text

    def problem(self) -> str:
        """What stops the mark from being saved, in the officer's language ('' when nothing)."""
        if not self.reason.toPlainText().strip():
            return self.tr("Give the reason: it is kept in the audit trail.")
        if self.until is not None:
            until = self.until.date()
            today = clock.today()
            if until is None:
                return self.tr("Choose the day the item comes back.")
            if until <= today:
                return self.tr("Choose a day after today.")
            if until > today + dt.timedelta(days=MAX_SNOOZE_DAYS):
                return self.tr("A snooze lasts %1 days at most.").replace("%1", self.options.number(MAX_SNOOZE_DAYS))
        return ""

    def save(self) -> bool:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return False
        try:
            queue_store.mark(self.register, self.item, self.kind, self.reason.toPlainText().strip(),
                             self.until.value() if self.until is not None else None)
        except ValidationError as error:
            self.message.setText(error.reason.text(self.lang))
            return False
        except KnownError as error:
            self.message.setText(error.text(self.lang))
            return False
        self.accept()
        return True
