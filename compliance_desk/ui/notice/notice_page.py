"""The "Privacy notice" page: the published policy beside the notice the register implies, with the
policy check's gaps highlighted on the side where something is to add or change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from compliance_desk.domain import policy
from compliance_desk.domain.errors import KnownError
from compliance_desk.domain.notice import Notice, untranslated_problem
from compliance_desk.storage import notice, policy_check
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import number, prose_digits
from compliance_desk.ui.widgets.outage import reads
from compliance_desk.ui.widgets.record_form import ERROR_STYLE

IN_POLICY = "#ffd9b3"  # the published policy says more than the register, or says it wrong
DEFECT = "#ffc2c2"  # template text, a contradiction
TO_ADD = "#cdeccd"  # the notice says it; the published policy does not
NOTICE_SIDE = {"register_only", "missing"}


class NoticePage(QWidget):
    """Emits `open_record` (page key, reference) for a gap that names register records."""

    open_record = Signal(str, str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("page_notice")
        self.register: Register | None = None
        self.result: policy_check.Result | None = None
        self.document: Notice | None = None
        self.language = QComboBox()
        self.language.setObjectName("notice_language")
        self.language.addItem(self.tr("Arabic"), "ar")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if lang == "ar" else 1)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        open_button = QPushButton(self.tr("Open published policy…"))
        open_button.clicked.connect(self.choose_policy)
        compare = QPushButton(self.tr("Compare"))
        compare.setObjectName("compare")
        compare.clicked.connect(self.refresh)
        details = QPushButton(self.tr("Notice details…"))
        details.setObjectName("notice_details_button")
        details.clicked.connect(self.edit_details)
        save = QPushButton(self.tr("Save notice as…"))
        save.setObjectName("save_notice")
        save.clicked.connect(self.choose_output)
        buttons = QHBoxLayout()
        for widget in (QLabel(self.tr("Notice language")), self.language, open_button, compare, details, save):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("notice_summary")
        self.summary.setWordWrap(True)
        self.policy = QPlainTextEdit()
        self.policy.setObjectName("published_policy")
        self.policy.setPlaceholderText(self.tr("Paste the published privacy policy here, or open its file, to "
                                               "compare it with the notice."))
        self.notice = QPlainTextEdit()
        self.notice.setObjectName("generated_notice")
        self.notice.setReadOnly(True)
        self.gaps = QListWidget()
        self.gaps.setObjectName("notice_gaps")
        self.gaps.setWordWrap(True)
        self.gaps.itemClicked.connect(self._show_gap)
        self.gaps.itemDoubleClicked.connect(self._open_gap)
        self.problems = QListWidget()
        self.problems.setObjectName("notice_problems")
        self.problems.setWordWrap(True)
        sides = QSplitter()
        sides.addWidget(self._titled(self.tr("Published policy"), self.policy))
        sides.addWidget(self._titled(self.tr("Notice the register implies"), self.notice))
        lists = QSplitter()
        lists.addWidget(self._titled(self.tr("Gaps (click to see where; orange: change the policy, green: add "
                                             "to the policy, red: fix the policy)"), self.gaps))
        lists.addWidget(self._titled(self.tr("To complete in the register"), self.problems))
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(sides)
        body.addWidget(lists)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(title))
        column.addWidget(widget, 1)
        return box

    # ------------------------------------------------------------------ register and files
    def set_register(self, register: Register | None) -> None:
        self.register = register
        self.result = self.document = None
        for widget in (self.policy, self.notice, self.gaps, self.problems, self.summary):
            widget.clear()

    def showEvent(self, event: QShowEvent) -> None:  # the notice is built when the page is shown
        super().showEvent(event)
        if self.register is not None and self.document is None:
            self.refresh()

    def notice_lang(self) -> str:
        return str(self.language.currentData())

    def choose_policy(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open published policy"), "",
                                              self.tr("Policies (*.txt *.docx *.html *.htm *.md)"))
        if path:
            self.load_policy(Path(path))

    def load_policy(self, path: Path) -> bool:
        try:
            self.policy.setPlainText(policy.read_policy(path))
        except (OSError, KeyError, ValueError) as error:
            self._error(f"{path.name}: {error}")
            return False
        self.refresh()
        return True

    def edit_details(self) -> None:
        if self.register is None:
            return
        from compliance_desk.ui.notice.notice_details import NoticeDetailsDialog

        self.details_dialog = NoticeDetailsDialog(self.register, self.lang, self)
        self.details_dialog.accepted.connect(self.refresh)
        self.details_dialog.open()

    def choose_output(self) -> None:
        filters = {self.tr("Web page (*.html)"): "html", self.tr("PDF (*.pdf)"): "pdf", self.tr("Markdown (*.md)"): "md"}
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save notice as"), f"privacy-notice-{self.notice_lang()}.html",
                                                   ";;".join(filters))
        if path:
            fmt = filters.get(chosen) or Path(path).suffix.lstrip(".").lower()
            self.save(Path(path), fmt if fmt in ("html", "pdf", "md") else "html")

    def save(self, path: Path, fmt: str) -> Path | None:
        """Write the notice (an audited export); None when it could not be written."""
        if self.register is None:
            return None
        from compliance_desk.reports.export import export_notice

        try:
            written, _seal = export_notice(self.register, path, lang=self.notice_lang(), fmt=fmt)
        except KnownError as error:
            self._error(error.text(self.lang))
            return None
        except OSError as error:
            self._error(f"{path}: {error.strerror or error}")
            return None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Notice saved to %1.").replace("%1", str(written)))
        return written

    def _error(self, text: str) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(text)

    # ------------------------------------------------------------------ the comparison
    @reads
    def refresh(self) -> None:
        """Build the notice from the register, and hold the published policy (if any) against it."""
        if self.register is None:
            return
        lang = self.notice_lang()
        self.document = notice.build(self.register, lang)
        # the figures of an Arabic notice in the display setting's digits (the files written keep the
        # report's own); addresses and phone numbers as written
        shown = prose_digits if lang == "ar" else str
        self.notice.setPlainText(shown(self.document.text()))
        _headings_bold(self.notice, self.document, shown)
        self.notice.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar"
                                       else Qt.LayoutDirection.LeftToRight)
        _direction(self.notice, lang == "ar")
        self.problems.clear()
        problems = self.document.problems
        if lang != self.lang:  # the register's gaps in the officer's language, and the texts this notice lacks
            own = notice.build(self.register, self.lang)
            skip = {untranslated_problem(o, f, self.lang, self.lang) for o, f in own.untranslated}
            problems = [p for p in own.problems if p not in skip]
            problems += [untranslated_problem(o, f, lang, self.lang) for o, f in self.document.untranslated]
        for problem in problems:
            self.problems.addItem(problem)
        self.gaps.clear()
        text = self.policy.toPlainText()
        self.result = policy_check.check(self.register, text, self.lang) if text.strip() else None
        if self.result is not None:
            self.policy.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.result.language == "ar"
                                           else Qt.LayoutDirection.LeftToRight)
            _direction(self.policy, self.result.language == "ar")
        notice_findings = policy.find(self.notice.toPlainText(), lang)
        policy_marks: list[tuple[int, int, str]] = []
        notice_marks: list[tuple[int, int, str]] = []
        order = {"defect": 0, "missing": 1, "policy_only": 2, "register_only": 3}  # what to fix first
        for gap in sorted(self.result.gaps if self.result else [], key=lambda g: order.get(g.direction, 4)):
            where: tuple[str, int, int] | None = None
            if gap.direction in NOTICE_SIDE:
                spots = [(f.offset, max(f.length, 1)) for f in notice_findings if _answers(gap, f)]
                notice_marks += [(o, n, TO_ADD) for o, n in spots]
                where = ("notice", *spots[0]) if spots else None
            elif gap.offset is not None:
                colour = DEFECT if gap.direction == "defect" else IN_POLICY
                policy_marks.append((gap.offset, max(gap.length, 1), colour))
                where = ("policy", gap.offset, max(gap.length, 1))
            self._add_gap(gap, where)
        _highlight(self.policy, policy_marks)
        _highlight(self.notice, notice_marks)
        self.summary.setStyleSheet("")
        if self.result is None:
            self.summary.setText(self.tr("Open or paste the published policy to compare it with the notice."))
        else:
            self.summary.setText(self.tr("%1 gaps between the published policy and the register.")
                                 .replace("%1", number(len(self.result.gaps))))

    def _add_gap(self, gap: policy.Gap, where: tuple[str, int, int] | None) -> None:
        marks = {"policy_only": "◀", "register_only": "▶", "missing": "✚", "defect": "✗"}
        item = QListWidgetItem(f"{marks.get(gap.direction, '•')} {gap.message}")
        item.setData(Qt.ItemDataRole.UserRole, where)
        item.setData(Qt.ItemDataRole.UserRole + 1, gap.records)
        colour = TO_ADD if gap.direction in NOTICE_SIDE else DEFECT if gap.direction == "defect" else IN_POLICY
        item.setBackground(QColor(colour))
        item.setForeground(QColor("#1b1b1b"))
        self.gaps.addItem(item)

    def highlighted(self) -> tuple[int, int]:
        """(marks in the published policy, marks in the notice)."""
        return len(self.policy.extraSelections()), len(self.notice.extraSelections())

    def _show_gap(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if not where:
            return
        side, offset, length = where
        editor = self.notice if side == "notice" else self.policy
        cursor = editor.textCursor()
        cursor.setPosition(offset)
        cursor.setPosition(min(offset + length, len(editor.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.centerCursor()

    def _open_gap(self, item: QListWidgetItem) -> None:
        references = item.data(Qt.ItemDataRole.UserRole + 1) or ()
        if references:
            first = references[0]
            self.open_record.emit("recipients" if first.startswith("REC-") else "activities", first)


def _answers(gap: policy.Gap, finding: policy.Finding) -> bool:
    """Whether a statement of the notice is what the published policy lacks."""
    if gap.kind in ("retention", "legal_basis", "transfer"):
        return finding.kind == gap.kind and finding.stated
    return finding.kind == gap.kind and finding.code == gap.code and finding.stated


def _direction(editor: QPlainTextEdit, rtl: bool) -> None:
    """The whole text in one direction, aligned to its start: an Arabic notice reads from the right."""
    option = editor.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                        | Qt.AlignmentFlag.AlignAbsolute)
    editor.document().setDefaultTextOption(option)


def _headings_bold(editor: QPlainTextEdit, document: Notice, shown: Callable[[str], str] = str) -> None:
    """The notice's title and section headings (as `shown`) in bold, so a reader can scan it."""
    headings = {document.title}
    stack = list(document.sections)
    while stack:
        section = stack.pop()
        headings.add(section.heading)
        stack += section.sections
    headings = {shown(h) for h in headings}
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    block = editor.document().begin()
    while block.isValid():
        if block.text() in headings:
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            cursor.mergeCharFormat(bold)
        block = block.next()


def _highlight(editor: QPlainTextEdit, marks: list[tuple[int, int, str]]) -> None:
    selections = []
    size = len(editor.toPlainText())
    for offset, length, colour in marks:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(min(offset, size))
        cursor.setPosition(min(offset + length, size), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        selection.format = fmt
        selections.append(selection)
    editor.setExtraSelections(selections)
