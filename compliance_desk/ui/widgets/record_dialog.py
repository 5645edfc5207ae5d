"""The edit dialog of a record: validates as you type, saves through a use case, guards unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import Entity
from compliance_desk.domain.errors import KnownError, ValidationError
from compliance_desk.domain.validation import clean
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets import ask
from compliance_desk.ui.widgets.record_form import ERROR_STYLE, RecordForm


class RecordDialog(QDialog):
    """Edits one record (record_id None: a new one). `saved` carries the record id."""

    saved = Signal(int)

    # (tab title en, tab title ar, field names); None: one page with every field
    GROUPS: list[tuple[str, str, list[str]]] | None = None

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
        self.setObjectName(f"{entity.name}_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, 640)
        row = records.get(register, entity, record_id) if record_id is not None else {}
        title = self.tr("New %1") if record_id is None else self.tr("Edit %1")
        label = entity.label(lang) + (f" {row.get('reference')}" if row.get("reference") else "")
        self.setWindowTitle(title.replace("%1", label) + "[*]")  # [*]: Qt's mark for unsaved changes

        layout = QVBoxLayout(self)
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
        self._extra_tabs()
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        defaults = {f.name: f.default for f in entity.fields if f.default is not None}
        self._load({**defaults, **row, **(initial or {})})
        self._initial = self.values()
        self._on_changed()

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

    def errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for form in self.forms:
            errors.update(form.field_errors())
        values = {k: v for k, v in self.values().items() if self.entity.has(k)}
        if not errors:
            try:
                self.check(values)
            except ValidationError as error:
                errors[error.field] = error.reason.text(self.lang)
        errors.update(self.extra_errors(values))
        return errors

    def check(self, values: dict[str, Any]) -> None:
        """Rules across fields (raise ValidationError); by default the entity's own."""
        clean(self.entity, values)

    def set_read_only(self, text: str) -> None:
        """Show the record without letting it change (e.g. a closed request)."""
        for form in self.forms:
            for editor in form.editors.values():
                editor.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _on_changed(self) -> None:
        errors = self.errors()
        for form in self.forms:
            for name, editor in form.editors.items():
                editor.show_error(errors.get(name))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors)
        # problems of fields shown on another tab, or of no field at all, go to the message line
        shown = {name for form in self.forms for name in form.editors}
        elsewhere = [text for name, text in errors.items() if name not in shown]
        self.message.setText(elsewhere[0] if elsewhere else "")
        self.setWindowModified(self.dirty)

    # ------------------------------------------------------------------ actions
    def save(self) -> bool:
        if self.errors():
            return False
        try:
            record_id = self._save(self.register, self.record_id, self.values())
        except KnownError as error:
            self.message.setText(error.text(self.lang))
            return False
        self.record_id = record_id
        self._initial = self.values()
        self.saved.emit(record_id)
        self.accept()
        return True

    def reject(self) -> None:
        if self.dirty:
            answer = ask.save_discard_cancel(self, self.tr("Unsaved changes"),
                                             self.tr("This record has changes that are not saved. Save them?"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
            if answer == "save":
                return  # save() accepted the dialog
        super().reject()

    def discard(self) -> None:
        """Close without asking (the register is locking; the caller kept a draft)."""
        super().reject()

