"""Decide each right of a data-subject request: granted, partly or refused (with its reason code and
the reasons told to the requester), what was done and when; an erasure over a legal hold names why
the hold is overridden (the decision records the holds it overrode)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.entities import REQUEST
from compliance_desk.domain.errors import KnownError, ValidationError
from compliance_desk.domain.requests.holds import Hold
from compliance_desk.domain.requests.rules import ACTION_FOR_RIGHT
from compliance_desk.domain.requests.vocab import REFUSAL_REASONS, REQUEST_ACTIONS, RIGHT_DECISIONS
from compliance_desk.domain.vocabularies import RIGHTS, Vocabulary
from compliance_desk.storage import persons, records, requests
from compliance_desk.storage.register import Register
from compliance_desk.ui.requests.hold_banner import ErasureBlocked, person_name
from compliance_desk.ui.widgets.date_edit import DateEdit

WARNING_STYLE = "background: #fdecea; color: #8a1c1c; padding: 6px; border: 1px solid #f5c2c0;"
ERROR_STYLE = "color: #b00020;"


def _combo(vocabulary: Vocabulary, lang: str, blank: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, None)
    for term in vocabulary:
        combo.addItem(term.label(lang), term.code)
    return combo


class RightEditor(QGroupBox):
    """The decision on one right."""

    def __init__(self, row: dict[str, Any], lang: str, holds: list[Hold], who: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(RIGHTS.label(row["right_code"], lang), parent)
        self.code = row["right_code"]
        self.setObjectName(f"right_{self.code}")
        form = QFormLayout(self)
        self.decision = _combo(RIGHT_DECISIONS, lang, "—")
        self.decision.setObjectName("decision")
        self.refusal = _combo(REFUSAL_REASONS, lang, "—")
        self.refusal.setObjectName("refusal_reason")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(60)
        self.action = _combo(REQUEST_ACTIONS, lang, "—")
        self.action.setObjectName("action")
        self.action_date = DateEdit(lang)
        self.action_date.setObjectName("action_date")
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Reason code"), self.refusal)
        form.addRow(self.tr("Reasons told to the requester"), self.reason)
        form.addRow(self.tr("Action taken"), self.action)
        form.addRow(self.tr("Action date"), self.action_date.box())
        self.override: QPlainTextEdit | None = None
        if holds and self.code == "erasure":
            warning = ErasureBlocked()
            warning.show_holds(holds, who, lang)
            warning.setObjectName("hold_warning")
            form.insertRow(0, warning)
            self.override = QPlainTextEdit()
            self.override.setObjectName("override_reason")
            self.override.setFixedHeight(60)
            form.addRow(self.tr("Why the holds are overridden"), self.override)
        self._select(self.decision, row.get("decision") if row.get("decision") != "pending" else None)
        self._select(self.refusal, row.get("refusal_reason"))
        self._select(self.action, row.get("action") or None)
        self.reason.setPlainText(row.get("reason") or "")
        self.action_date.set_value(row.get("action_date") or "")
        if self.override is not None:
            self.override.setPlainText(row.get("override_reason") or "")
        self.decision.currentIndexChanged.connect(self._decision_changed)

    @staticmethod
    def _select(combo: QComboBox, code: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)) if code else 0)

    def _decision_changed(self) -> None:
        """Offer the action that carries out the right once it is granted."""
        if self.decision.currentData() in ("granted", "partly") and not self.action.currentData():
            self._select(self.action, ACTION_FOR_RIGHT.get(self.code))

    def set_decision(self, decision: str, *, reason_code: str | None = None, reason: str = "",
                     action: str | None = None, action_date: str = "", override: str = "") -> None:
        self._select(self.decision, decision)
        self._select(self.refusal, reason_code)
        self.reason.setPlainText(reason)
        if action is not None:
            self._select(self.action, action or None)
        self.action_date.set_value(action_date)
        if self.override is not None:
            self.override.setPlainText(override)

    def values(self) -> dict[str, Any] | None:
        if not self.decision.currentData():
            return None
        out = {"decision": self.decision.currentData(), "refusal_reason": self.refusal.currentData(),
               "reason": self.reason.toPlainText().strip() or None, "action": self.action.currentData(),
               "action_date": self.action_date.value() or None}
        if self.override is not None:
            out["override_reason"] = self.override.toPlainText().strip() or None
        return out


class DecisionDialog(QDialog):
    saved = Signal(int)

    def __init__(self, register: Register, request_id: int, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register, self.request_id, self.lang = register, request_id, lang
        self.setObjectName("decision_dialog")
        row = records.get(register, REQUEST, request_id)
        self.holds = persons.holds_for(register, row["customer_id"]) if row.get("customer_id") else []
        self.setWindowTitle(self.tr("Decide the rights asked — %1").replace("%1", row["reference"]))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        body = QWidget()
        inner = QVBoxLayout(body)
        who = person_name(register, row["customer_id"], lang) if row.get("customer_id") else ""
        self.editors = {r["right_code"]: RightEditor(r, lang, self.holds, who)
                        for r in requests.rights_of(register, request_id)}
        for editor in self.editors.values():
            inner.addWidget(editor)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> bool:
        decisions = {code: values for code, editor in self.editors.items() if (values := editor.values())}
        try:
            requests.decide(self.register, self.request_id, decisions)
        except ValidationError as error:
            self.message.setText(f'<span style="{ERROR_STYLE}">' + html.escape(error.reason.text(self.lang)) + "</span>")
            return False
        except KnownError as error:
            self.message.setText(f'<span style="{ERROR_STYLE}">' + html.escape(error.text(self.lang)) + "</span>")
            return False
        self.saved.emit(self.request_id)
        self.accept()
        return True
