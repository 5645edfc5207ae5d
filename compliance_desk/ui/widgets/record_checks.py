"""What a record dialog checks: every problem with its field's label, the fields its validation
refuses empty (the " *" marks), and the label the officer sees for a field (ui/widgets/record_dialog.py)."""

from __future__ import annotations

from typing import Any

from compliance_desk.domain.entities import Entity, Field
from compliance_desk.domain.errors import KnownError, Msg, ValidationError
from compliance_desk.domain.validation import clean
from compliance_desk.ui.widgets.record_form import RecordForm

# what an emptied field holds, by kind (a text field: "")
EMPTY: dict[str, Any] = {"code": None, "country": None, "codes": []}
# fields typed key by key: only whether they are empty changes what else is required (no probe per keystroke)
TYPED = ("text", "longtext", "datetime", "date")


def empty_value(field: Field) -> Any:
    return EMPTY.get(field.kind, "")


class RecordChecks:
    """The checks of RecordDialog (a mixin: the dialog has the forms, the entity and the values)."""

    entity: Entity
    lang: str
    forms: list[RecordForm]
    EXTRA_LABELS: dict[str, tuple[str, str]] = {}
    _required_key: Any
    _required: set[str]

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def extra_errors(self, values: dict[str, Any]) -> dict[str, str]:
        return {}

    def errors(self, emptied: str | None = None) -> dict[str, str]:
        """Every problem, field name -> reason in the UI language (the field's own first); with `emptied`,
        the problems the record would have with that field left empty (to mark what is required)."""
        errors: dict[str, str] = {}
        for form in self.forms:
            errors.update(form.field_errors())
        values = self.values()
        if emptied is not None:
            errors.pop(emptied, None)
            values[emptied] = empty_value(self.entity.field(emptied))
            try:
                clean(self.entity, {emptied: values[emptied]}, partial=True)
            except ValidationError as error:
                errors[emptied] = error.reason.text(self.lang)
        values = {k: v for k, v in values.items() if self.entity.has(k)}
        one_of = self.entity.one_of  # the entity's either-or, whatever else is missing (when the form holds both)
        if one_of and all(n in values for n in one_of) and not any(values[n] for n in one_of):
            errors.setdefault(one_of[0], Msg("required").text(self.lang))
        for _ in range(len(self.entity.fields)):  # rules across fields, one refusal at a time
            try:
                self.check({k: v for k, v in values.items() if k not in errors})
                break
            except ValidationError as error:
                if error.field in errors:
                    break
                errors[error.field] = error.reason.text(self.lang)
            except KnownError as error:
                errors.setdefault("", error.text(self.lang))
                break
        for name, text in self.extra_errors(values).items():
            errors.setdefault(name, text)
        return errors

    def required(self) -> set[str]:
        """The fields the dialog's own validation refuses empty, given what the others hold now: the one
        source of the " *" marks (an either-or pair is marked while neither is filled, only one rule
        being the same: the one the Save button obeys)."""
        values = self.values()
        key = tuple((name, bool(value) if self.entity.field(name).kind in TYPED else value)
                    for name, value in values.items() if self.entity.has(name))
        if getattr(self, "_required_key", None) == key:
            return self._required
        required = set()
        for form in self.forms:
            for name, editor in form.editors.items():
                if editor.field.kind == "bool" or not editor.isEnabled():
                    continue  # a tick box is never "empty"; a locked field is not the officer's to fill
                found = self.errors(emptied=name)
                if name in found or (name in self.entity.one_of and self.entity.one_of[0] in found):
                    required.add(name)
        self._required_key, self._required = key, required
        return required

    def check(self, values: dict[str, Any]) -> None:
        """Rules across fields (raise ValidationError); by default the entity's own."""
        clean(self.entity, values)

    def label_of(self, name: str) -> str:
        """The label the officer sees for field `name` ("Name (Arabic) or Name (English)" for either-or)."""
        if self.entity.has(name):
            if name in self.entity.one_of:
                values = self.values()
                if not any(values.get(n) for n in self.entity.one_of):
                    return (" أو " if self.lang == "ar" else " or ").join(
                        self.entity.field(n).label(self.lang) for n in self.entity.one_of)
            return self.entity.field(name).label(self.lang)
        en, ar = self.EXTRA_LABELS.get(name, (name, name))
        return ar if self.lang == "ar" else en
