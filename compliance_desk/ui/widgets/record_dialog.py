"""The edit dialog of a record: validates as you type, saves through a use case, guards unsaved changes."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import Entity
from compliance_desk.domain.errors import KnownError, ValidationError
from compliance_desk.storage import records
from compliance_desk.storage.errors import StaleRecord
from compliance_desk.storage.register import Register
from compliance_desk.storage.save_tokens import AlreadySaved, saved_record
from compliance_desk.ui.widgets import ask, reapply, style
from compliance_desk.ui.widgets.outage import OUT_OF_REACH
from compliance_desk.ui.widgets.record_checks import EMPTY, TYPED, RecordChecks, empty_value  # noqa: F401
from compliance_desk.ui.widgets.record_form import ERROR_STYLE, FieldEditor, RecordForm


class RecordDialog(RecordChecks, QDialog):
    """Edits one record (record_id None: a new one). `saved` carries the record id.

    Problems show beside their field once the officer has left it, and all of them, each with its
    field's label, in the message line; before that the line only says what is still needed.
    """

    saved = Signal(int)

    # (tab title en, tab title ar, field names); None: one page with every field
    GROUPS: list[tuple[str, str, list[str]]] | None = None
    # labels (en, ar) of problems that belong to no field of the entity, e.g. a list of linked records
    EXTRA_LABELS: dict[str, tuple[str, str]] = {}

    def __init__(self, entity: Entity, register: Register, record_id: int | None, lang: str,
                 save: Callable[[Register, int | None, dict[str, Any]], int],
                 parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.register = register
        self.record_id = record_id
        self.lang = lang
        self._save = save
        self._initial: dict[str, Any] | None = None  # set once the record is loaded
        self._reveal = False  # show every problem, touched or not (after a refused save)
        self.setObjectName(f"{entity.name}_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, 640)
        self._update_title()

        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.forms: list[RecordForm] = []
        groups = self.GROUPS or [("Record", "السجل", [f.name for f in entity.fields if f.kind != "ref"])]
        for en, ar, names in groups:
            form = RecordForm(entity, lang, names)
            form.changed.connect(self._on_changed)
            self.forms.append(form)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.tabs.addTab(scroll, ar if lang == "ar" else en)
        if any(form.columns > 1 for form in self.forms):
            self.resize(TWO_COLUMNS_WIDTH, self.height())
        self._extra_tabs()
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # our own words: Qt's Arabic catalogue says "ألغِ" (an imperative) for Cancel
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        # the record's version as read for editing (before the row: a change in between is caught)
        self.version = records.version(register, entity, record_id) if record_id is not None else None
        self._load({**self._defaults(), **row_of(register, entity, record_id), **(initial or {})})
        self._on_changed()  # derived values (e.g. a default due date) settle before the snapshot
        self._initial = self.values()
        self.setWindowModified(False)
        self._focus_first()

    def _defaults(self) -> dict[str, Any]:
        return {f.name: f.default for f in self.entity.fields if f.default is not None}

    # ------------------------------------------------------------------ hooks for subclasses
    def _extra_tabs(self) -> None:
        pass

    def _load(self, row: dict[str, Any]) -> None:
        for form in self.forms:
            form.set_values(row)

    def extra_values(self) -> dict[str, Any]:
        return {}

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        return {}

    # ------------------------------------------------------------------ state
    def values(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for form in self.forms:
            merged.update(form.values())
        return {**merged, **self.extra_values()}

    @property
    def dirty(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    def editor(self, name: str) -> FieldEditor | None:
        for form in self.forms:
            if name in form.editors:
                return form.editors[name]
        return None

    def set_read_only(self, text: str) -> None:
        """Show the record without letting it change (e.g. a closed request)."""
        for form in self.forms:
            form.mark_required(set())  # nothing to fill in a record that cannot change
            for editor in form.editors.values():
                editor.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))  # nothing to cancel
        attachments = getattr(self, "attachments", None)
        if attachments is not None:  # read, not changed: nothing attached either (export stays)
            attachments.locked = True
            attachments.add_button.setEnabled(False)
            attachments.add_button.setToolTip(text)
        self._read_only_text = text
        self.message.setStyleSheet("")
        self.message.setText(html.escape(text))

    def _on_changed(self) -> None:
        if not self.register.is_open:  # a dialog closed with the register (a lock) is not validated again
            return
        errors = self.errors()
        required = self.required()
        for form in self.forms:
            form.mark_required(required)
            for name, editor in form.editors.items():
                editor.show_error(errors.get(name) if editor.touched or self._reveal else None)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not errors)
        if getattr(self, "_read_only_text", None) is None:
            self._show_problems(errors)
        self.setWindowModified(self.dirty)

    def _show_problems(self, errors: dict[str, str]) -> None:
        """Every problem the officer has met, with its field's label; the rest only as "still needed"."""
        shown, pending = [], []
        for name, text in errors.items():
            editor = self.editor(name)
            if editor is None or editor.touched or self._reveal:
                shown.append(f"{self.label_of(name)}: {text}" if name else text)
            else:
                pending.append(self.label_of(name))
        lines = [f'<span style="{ERROR_STYLE}">{html.escape(line)}</span>' for line in shown]
        if pending:
            lines.append(f'<span style="{HINT_STYLE}">' + html.escape(
                self.tr("To save, complete: %1").replace("%1", ("، " if self.lang == "ar" else ", ").join(pending)))
                + "</span>")
        self.message.setText("<br>".join(lines))

    def _update_title(self) -> None:
        row = row_of(self.register, self.entity, self.record_id)
        title = self.tr("New %1") if self.record_id is None else self.tr("Edit %1")
        label = self.entity.label(self.lang) + (f" {row.get('reference')}" if row.get("reference") else "")
        self.setWindowTitle(title.replace("%1", label) + "[*]")  # [*]: Qt's mark for unsaved changes

    def _focus_first(self) -> None:
        """The dialog opens with the focus in its first field."""
        if self.forms and (first := self.forms[0].first_editor()) is not None:
            self.focus_field(first.field.name)

    def focus_field(self, name: str) -> None:
        """Show the tab of field `name` and put the cursor in it."""
        editor = self.editor(name)
        if editor is None:
            return
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(editor):
                self.tabs.setCurrentIndex(index)
        editor.widget.setFocus()

    def restore_draft(self, values: dict[str, Any], after_lock: bool = True) -> None:
        """Put back edits kept across a lock or a language switch: they are unsaved, and say so."""
        self._load(values)
        self._on_changed()
        if after_lock:
            self.notice.setText(self.tr("Restored after the register was locked. These changes are not saved yet."))
            self.notice.show()
        self.setWindowModified(self.dirty)

    # ------------------------------------------------------------------ actions
    def save(self) -> bool:
        return self._store(close=True)

    def save_and_continue(self) -> bool:
        """Save and keep the dialog open (to attach files or add documents to a new record)."""
        return self._store(close=False)

    def saved_id(self) -> int | None:
        """The record's id, saving a new record first (to attach a file while recording it); None if
        it cannot be saved yet (its problems are shown)."""
        if self.record_id is None and not self.save_and_continue():
            return None
        return self.record_id

    def _store(self, close: bool) -> bool:
        errors = self.errors()
        if errors:
            self._reveal = True  # an attempt to save shows every problem, touched or not
            self._on_changed()
            self.focus_field(next(iter(errors)))
            return False
        self.message.setToolTip("")
        landed = False
        try:
            if getattr(self.register, "connection_lost", False):  # lost at the last attempt: try again
                self.register.reconnect()  # type: ignore[attr-defined]
            try:
                record_id = self._write()
            except AlreadySaved as saved:  # the attempt whose answer was lost had committed
                landed = True
                self._token = None
                if self.record_id is None:
                    self.record_id = saved_record(self.register.conn, self.entity.name, saved)
                    if self.record_id is None:
                        raise
                self.version = records.version(self.register, self.entity, self.record_id)
                record_id = self._write()  # what was edited since, over it (nothing when nothing was)
        except StaleRecord as error:  # another officer saved it since it was opened here
            self._reload_and_reapply(error)
            return False
        except OUT_OF_REACH as error:
            self._out_of_reach(error)
            return False
        except ValidationError as error:
            self.message.setText(f'<span style="{ERROR_STYLE}">'
                                 + html.escape(f"{self.label_of(error.field)}: {error.reason.text(self.lang)}")
                                 + "</span>")
            return False
        except KnownError as error:
            self.message.setText(f'<span style="{ERROR_STYLE}">{html.escape(error.text(self.lang))}</span>')
            return False
        new = self.record_id is None
        self.record_id = record_id
        self._token = None  # the next save is another save
        self.version = records.version(self.register, self.entity, record_id)
        self._initial = self.values()
        self.notice.hide()
        if landed:
            self._say_landed()
        self.saved.emit(record_id)
        if close:
            self.accept()
        else:
            if new:
                self._update_title()
            self._on_changed()
        return True

    _token: str | None = None

    def _write(self) -> int:
        """Save the edit under this save's token, kept across retries until one succeeds: a retry of
        a save whose answer was lost with the connection finds it (AlreadySaved), never writes twice."""
        if self._token is None:
            self._token = uuid.uuid4().hex
        with self.register.saving(self._token), self.register.expecting(self.entity, self.record_id, self.version):
            return self._save(self.register, self.record_id, self.values())

    def _out_of_reach(self, error: KnownError) -> None:
        """One line: the edit is kept, saving again retries (and, when the connection went while the
        server committed, that the retry finds a save that landed rather than saving twice)."""
        server_says = str(error.params.get("detail") or "")  # PostgreSQL's own words, in English
        self.message.setToolTip(server_says)
        if getattr(error, "at_commit", False):
            text = self.tr("The connection to the server was lost while it was saving: the save may or may not "
                           "have reached it. Your edit is kept here. Save again: if the first attempt did reach the "
                           "server, it will not be saved twice.")
        elif server_says and self.lang == "ar":  # not quoted in an Arabic sentence: in the tooltip only
            text = self.tr("Not saved: the server cannot be reached. Your edit is kept here; save again to retry.")
        else:
            text = self.tr("Not saved: the server cannot be reached (%1). Your edit is kept here; save again to "
                           "retry.").replace("%1", server_says or error.text(self.lang))
        self.message.setText(f'<span style="{ERROR_STYLE}">' + html.escape(text) + "</span>")

    def _say_landed(self) -> None:
        """After a retry found the earlier attempt saved: said where the officer looks next."""
        text = self.tr("Saved: your earlier attempt had reached the server before the connection was lost; "
                       "it was not saved twice.")
        self.notice.setText(text)
        self.notice.show()
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if isinstance(window, QMainWindow):  # the dialog closes: the window's status bar says it
            window.statusBar().showMessage(text, LANDED_MESSAGE_MS)

    def note_change_elsewhere(self) -> bool:
        """Say, before the officer saves, that another officer saved this record since it was opened
        here (a server register's notice); True when so."""
        if self.record_id is None or self.version is None or not self.register.is_open:
            return False
        last = self.register.last_change(self.entity, self.record_id)
        if last is None or last[0] == self.version:
            return False
        when = reapply.when_text(last[2])
        self.notice.setText(self.tr("%1 saved a change to this record at %2. When you save, it is reloaded with "
                                    "their change and your edits are applied again.")
                            .replace("%1", last[1]).replace("%2", when))
        self.notice.show()
        return True

    def _reload_and_reapply(self, error: StaleRecord) -> None:
        """Reload the record as the other officer left it and apply this officer's edits again: those
        on fields the other did not change at once, the others after asking. Nothing is saved yet."""
        assert self.record_id is not None
        mine, base = self.values(), dict(self._initial or {})
        self.version = records.version(self.register, self.entity, self.record_id)
        self._load({**self._defaults(), **row_of(self.register, self.entity, self.record_id)})
        self._on_changed()
        theirs = self.values()
        keep_mine = reapply.asker(self, self.entity, self.lang, error.actor, mine, theirs, self.label_of)
        result = reapply.merge(base, mine, theirs, keep_mine)
        self._load(result.values)
        self._initial = theirs
        self._on_changed()
        self.notice.setText(reapply.summary(result, error.actor, error.at, self.label_of, self.lang))
        self.notice.show()

    def reject(self) -> None:
        if self.dirty:
            can_save = not self.errors()
            text = self.tr("This record has changes that are not saved. Save them?") if can_save else \
                self.tr("This record has changes that cannot be saved as they stand (some fields need "
                        "correcting). Discard them?")
            answer = ask.save_discard_cancel(self, self.tr("Unsaved changes"), text, can_save=can_save)
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
            if answer == "save":
                return  # save() accepted the dialog
        super().reject()

    def discard(self) -> None:
        """Close without asking (the register is locking; the caller kept a draft)."""
        super().reject()


LANDED_MESSAGE_MS = 20_000
# wide enough for two columns of fields, narrow enough for the smallest window (1024 × 700)
TWO_COLUMNS_WIDTH = 960
NOTICE_STYLE = style.NOTICE_LINE
HINT_STYLE = "color: #555;"


def row_of(register: Register, entity: Entity, record_id: int | None) -> dict[str, Any]:
    return records.get(register, entity, record_id) if record_id is not None else {}
