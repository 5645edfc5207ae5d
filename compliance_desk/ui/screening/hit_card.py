"""The hit card: the customer beside the list entry, field by field, the reasons for the score,
and the officer's decision (true match, false positive, escalated) with its reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.identifiers import mask
from compliance_desk.domain.screening.entries import ListEntry
from compliance_desk.domain.screening.evidence import country_code
from compliance_desk.domain.screening.names import given_name_gender, parse
from compliance_desk.domain.screening.texts import reason_text
from compliance_desk.storage import kyc, records, sanctions, screening
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import audit_time_text, natural, number
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

DECISION_COLOURS = {"true_match": "#fdecea", "escalated": "#fff4d6", "open": "#eef4ff",
                    "false_positive": "#eef7ee", "lapsed": "#f2f2f2"}


class HitCard(QWidget):
    decided = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.register: Register | None = None
        self.hit: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("hit_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; padding: 4px;")
        layout.addWidget(self.title)
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("hit_fields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Customer"), self.tr("List entry")])
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.fields.setWordWrap(True)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.fields, 3)
        layout.addWidget(QLabel(self.tr("Why this score")))
        self.reasons = QListWidget()
        self.reasons.setObjectName("hit_reasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons, 1)

        self.decision_label = QLabel()
        self.decision_label.setObjectName("hit_decision")
        self.decision_label.setWordWrap(True)
        layout.addWidget(self.decision_label)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("decision_choice")
        # nothing chosen for the officer: an open hit starts on "choose", never on a decision
        self.choice.addItem(self.tr("Choose a decision…"), None)
        for code in screening.DECISIONS:
            self.choice.addItem(v.HIT_DECISIONS.label(code, lang), code)
        row.addWidget(QLabel(self.tr("Decision")))
        row.addWidget(self.choice, 1)
        self.record_button = QPushButton(self.tr("Record decision"))
        self.record_button.setObjectName("record_decision")
        self.record_button.clicked.connect(self.record_decision)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decision_reason")
        self.reason.setPlaceholderText(self.tr("Why: what you compared and found (kept in the audit trail)"))
        self.reason.setMaximumHeight(70)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("decision_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.show_hit(None, None)

    # ------------------------------------------------------------------ showing
    def show_hit(self, register: Register | None, hit: dict[str, Any] | None) -> None:
        self.register, self.hit = register, hit
        self.fields.setRowCount(0)
        self.reasons.clear()
        self.error.hide()
        self.reason.clear()
        self.choice.setCurrentIndex(0)
        enabled = hit is not None and register is not None and not register.read_only
        for widget in (self.choice, self.reason, self.record_button):
            widget.setEnabled(enabled)
        if hit is None or register is None:
            self.title.setText(self.tr("Select a hit to compare the customer with the list entry."))
            self.decision_label.setText("")
            self.title.setStyleSheet("font-weight: bold; padding: 4px;")
            return
        customer = records.get(register, "customer", hit["customer_id"])
        entry = sanctions.entry(register, hit["entry_id"])
        decision = v.HIT_DECISIONS.label(hit["decision"], self.lang)
        self.title.setText(self.tr("%1 · score %2 · %3").replace("%1", hit["reference"])
                           .replace("%2", number(hit["score"])).replace("%3", decision))
        self.title.setStyleSheet(f"font-weight: bold; padding: 4px; background: {DECISION_COLOURS[hit['decision']]};")
        for label, mine, theirs in self._rows(register, customer, entry, hit):
            self._add(label, mine, theirs)
        self.fields.resizeRowsToContents()
        for reason in hit["reasons"]:
            self.reasons.addItem(natural(reason_text(reason, self.lang)))
        if hit["decision"] in ("open",):
            self.decision_label.setText(self.tr("Not decided yet."))
        else:
            self.decision_label.setText(natural(self.tr("%1 by %2 on %3: %4")
                                                .replace("%1", decision).replace("%2", hit["decided_by"] or "—")
                                                .replace("%3", audit_time_text(hit["decided_at"]))
                                                .replace("%4", hit["decision_reason"] or "—")))
            index = self.choice.findData(hit["decision"])
            if index >= 0:
                self.choice.setCurrentIndex(index)

    def _add(self, label: str, mine: str, theirs: str) -> None:
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        for column, text in enumerate((label, mine, theirs)):
            item = QTableWidgetItem(natural(text) if text else "—")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.fields.setItem(row, column, item)

    def _rows(self, register: Register, customer: dict[str, Any], entry: ListEntry,
              hit: dict[str, Any]) -> list[tuple[str, str, str]]:
        lang = self.lang
        names = "\n".join(n for n in (customer.get("full_name_ar"), customer.get("full_name_en")) if n)
        listed = "\n".join(n for n in (entry.name, entry.name_original) if n)
        weak = " " + self.tr("(weak)")
        aliases = "\n".join(a.name + (weak if a.quality == "low" else "") for a in entry.aliases[:12])
        if len(entry.aliases) > 12:
            aliases += "\n" + self.tr("… and %1 more").replace("%1", number(len(entry.aliases) - 12))
        codes = [country_code(n) for n in entry.nationalities]
        nationalities = "\n".join(country_name(c, lang) if c else n for c, n in zip(codes, entry.nationalities,
                                                                                     strict=True))
        gender = given_name_gender(parse(customer.get("full_name_ar") or customer.get("full_name_en") or ""))
        genders = {"m": self.tr("male (from the given name)"), "f": self.tr("female (from the given name)")}
        listed_gender = {"male": self.tr("male"), "female": self.tr("female")}.get(entry.gender, entry.gender)
        documents = "\n".join(f"{v.DOCUMENT_TYPES.label(d['doc_type'], lang)} {mask(d['number'])}"
                              for d in kyc.documents_of(register, customer["id"]) if d.get("number"))
        listed_documents = "\n".join(" ".join(t for t in (d.kind, d.number, d.country and f"({d.country})") if t)
                                     for d in entry.documents)
        return [
            (self.tr("Reference"), customer["reference"], f"{hit['entry_ref']} · {hit['list_title']}"),
            (self.tr("Name"), names, listed),
            (self.tr("Also known as"), "", aliases),
            (self.tr("Date of birth"), customer.get("date_of_birth") or "",
             "\n".join(d.text() for d in entry.birth_dates)),
            (self.tr("Place of birth"), "", "\n".join(entry.birth_places)),
            (self.tr("Nationality"), country_name(customer.get("nationality"), lang), nationalities),
            (self.tr("Gender"), genders.get(gender or "", ""), listed_gender),
            (self.tr("Documents"), documents, listed_documents),
            (self.tr("Listed on"), "", entry.listed_on or ""),
            (self.tr("Regime or programme"), "", entry.program),
            (self.tr("List version"), "", f"{hit['version_reference']}"),
            (self.tr("Customer status"), v.CUSTOMER_STATUSES.label(customer["status"], lang), ""),
        ]

    # ------------------------------------------------------------------ deciding
    def record_decision(self) -> bool:
        if self.hit is None or self.register is None:
            return False
        if self.choice.currentData() is None:
            self.error.setText(self.tr("Choose a decision: true match, false positive or escalated."))
            self.error.show()
            return False
        decision = str(self.choice.currentData())
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.setText(self.tr("Give the reason for the decision."))
            self.error.show()
            return False
        try:
            saved = screening.decide(self.register, self.hit["id"], decision, reason)
        except KnownError as error:
            self.error.setText(error.text(self.lang))
            self.error.show()
            return False
        self.decided.emit(int(saved["id"]))
        return True
