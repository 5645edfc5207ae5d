"""The "Policy check" page: a published privacy policy held against the register."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain.policy import read_policy
from compliance_desk.storage import policy_check
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import natural, number
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

COLOURS = {"data_category": "#d6e9ff", "purpose": "#e3f5d6", "recipient": "#ffe3c7", "right": "#f2dcff",
           "retention": "#fff3b0", "legal_basis": "#d9f2f0", "transfer": "#ffd6d6", "security": "#e8e8e8",
           "contact": "#d9ecd0", "template": "#ffc2c2", "contradiction": "#ffc2c2"}


class PolicyPage(QWidget):
    """Emits `open_record` (page key, reference) for a gap that names register records."""

    open_record = Signal(str, str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("page_policy")
        self.register: Register | None = None
        self.result: policy_check.Result | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("policy_text")
        self.text.setPlaceholderText(self.tr("Paste the privacy policy here, or open its file (%1).")
                                     .replace("%1", "TXT, DOCX, HTML"))
        # (kinds, not ".txt" extensions: a placeholder is painted without its isolates, and right to left
        # the leading dots of extensions went to the wrong ends, "(html. ,docx. ,txt.)")
        # each paragraph takes the direction of its own first letter: Arabic reads from the right
        option = self.text.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)  # (not absolute: right-aligned in an Arabic paragraph)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.document().setDefaultTextOption(option)
        open_button = QPushButton(self.tr("Open policy…"))
        open_button.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("Check against the register"))
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.run_check)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        # the arrows point to the side the statement is on: the policy text is on the leading side
        rtl = lang == "ar"
        self.marks = {"policy_only": "▶" if rtl else "◀", "register_only": "◀" if rtl else "▶", "missing": "✗",
                      "defect": "⚠"}
        self.legend = QLabel(self.tr("%1 stated in the policy, not in the register · %2 in the register, not in the "
                                     "policy · %3 missing from the policy. Colours mark what each passage states.")
                             .replace("%1", self.marks["policy_only"]).replace("%2", self.marks["register_only"])
                             .replace("%3", self.marks["missing"]))
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        self.findings = QTreeWidget()
        self.findings.setObjectName("findings")
        self.findings.setHeaderLabels([self.tr("Subject"), self.tr("Item"), self.tr("Evidence")])
        self.findings.itemClicked.connect(self._show_finding)
        self.gaps = QListWidget()
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps.itemDoubleClicked.connect(self._open_gap)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Gaps (double-click to open the records concerned)")))
        right_layout.addWidget(self.gaps, 2)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(QLabel(self.tr("What the policy states")))
        right_layout.addWidget(self.findings, 3)
        splitter = QSplitter()
        splitter.addWidget(self.text)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def set_register(self, register: Register | None) -> None:
        self.register = register
        if register is None:
            self.text.clear()
            self.findings.clear()
            self.gaps.clear()
            self.summary.clear()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open policy"), "",
                                              self.tr("Policies (*.txt *.docx *.html *.htm)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        try:
            self.text.setPlainText(read_policy(path))
        except (OSError, KeyError, ValueError) as error:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(f"{path.name}: {error}")
            return False
        return True

    def state(self) -> tuple[str, bool]:
        """The text and whether it was checked: kept by the app across a lock or a language switch."""
        return self.text.toPlainText(), self.result is not None

    def restore_state(self, text: str, checked: bool) -> None:
        self.text.setPlainText(text)
        if checked and text.strip():
            self.run_check()

    def run_check(self) -> policy_check.Result | None:
        if self.register is None:
            return None
        if not self.text.toPlainText().strip():
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr("There is no policy text to check: paste it, or open its file."))
            self.text.setFocus()
            return None
        text = self.text.toPlainText()
        self.result = policy_check.check(self.register, text, self.lang)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("%1 statements found; %2 gaps with the register.")
                             .replace("%1", number(len(self.result.findings))).replace("%2", number(len(self.result.gaps))))
        self._highlight()
        self.findings.clear()
        for finding in self.result.findings:
            item = QTreeWidgetItem([policy_check.kind_label(finding.kind, self.lang),
                                    policy_check.label(finding.kind, finding.code, self.lang)
                                    + (f" ({finding.period})" if finding.period else ""), natural(finding.evidence)])
            item.setData(0, Qt.ItemDataRole.UserRole, (finding.offset, finding.length))
            item.setBackground(0, QColor(COLOURS.get(finding.kind, "#ffffff")))
            self.findings.addTopLevelItem(item)
        self.gaps.clear()
        marks = self.marks
        for gap in self.result.gaps:
            entry = QListWidgetItem(f"{marks.get(gap.direction, '•')} {isolate_references(gap.message)}")
            entry.setData(Qt.ItemDataRole.UserRole, gap.records)
            if gap.records:
                entry.setToolTip(", ".join(gap.records))
            self.gaps.addItem(entry)
        return self.result

    def number(self, value: int) -> str:
        return QLocale().toString(value)

    def _highlight(self) -> None:
        assert self.result is not None
        selections = []
        for finding in self.result.findings:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(finding.offset)
            cursor.setPosition(finding.offset + max(finding.length, 1), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(COLOURS.get(finding.kind, "#ffffff")))
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def highlighted(self) -> int:
        return len(self.text.extraSelections())

    def _show_finding(self, item: QTreeWidgetItem, _column: int) -> None:
        offset, length = item.data(0, Qt.ItemDataRole.UserRole)
        cursor = self.text.textCursor()
        cursor.setPosition(offset)
        cursor.setPosition(offset + max(length, 1), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def _open_gap(self, item: QListWidgetItem) -> None:
        references = item.data(Qt.ItemDataRole.UserRole) or ()
        if references:
            first = references[0]
            self.open_record.emit("recipients" if first.startswith("REC-") else "activities", first)


REFERENCES = re.compile(r"[A-Z]{2,4}-[0-9][0-9-]*(?:[,،] ?[A-Z]{2,4}-[0-9][0-9-]*)*")


def isolate_references(text: str) -> str:
    """Lists of references ("PA-0003, PA-0007") as left-to-right isolates: inside Arabic text
    they otherwise read in reverse order."""
    return REFERENCES.sub(lambda m: "\u2066" + m.group(0) + "\u2069", text)
