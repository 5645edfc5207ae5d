"""The banner of an erasure limited by legal holds: only the data a hold covers must be kept (AML Law
Art. 12: due-diligence records and ID copies 10 years after the relationship ends; PDPL Art. 18: data a
legal retention period or a court case needs; an activity's retention period for that activity's
data); the rest of the person's data can be erased. It lists each hold with what it keeps, its basis
and its end, and how the officer may still decide (an override with its reason, recorded with the
decision) — with a plain warning that overriding the AML hold breaches AML Law Art. 12."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from compliance_desk.domain.dates import format_date
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.domain.requests.holds import Hold, blocked_until, compact, isolated, unfounded
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import digits, natural, uses_arabic_digits

# White on dark amber: a limit on the action, not a stop (the words carry the meaning; the colour
# only repeats it). The AML warning inside stays in bold.
BLOCKED_STYLE = ("QLabel { background: #7a3e00; color: #ffffff; padding: 10px; border: 2px solid #4d2700;"
                 " border-radius: 4px; }")


def shown_digits(text: str) -> str:
    """`text` with its digits as the display setting writes them (article numbers, dates), except
    inside the isolated register references (CUS-00001, PA-0001), which keep theirs."""
    parts = re.split(r"(\u2066[^\u2069]*\u2069)", text)
    return "".join(part if part.startswith("\u2066") else digits(part) for part in parts)


class ErasureBlocked(QLabel):
    """Shows the holds over a person's data as a limited erasure (hidden without holds). `folded`: the
    headline, what must be kept until when, and a link that unfolds the list (a page above its table,
    where the whole banner left a 1024 × 700 window five rows); the link folds it again."""

    def __init__(self, parent: QWidget | None = None, *, folded: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("erasure_blocked")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(BLOCKED_STYLE + " QLabel a { color: #ffffff; }")
        self.folded = self.foldable = folded
        self._lines: list[str] = []
        self.linkActivated.connect(self._toggle)
        self.hide()

    def _toggle(self, _link: str) -> None:
        self.folded = not self.folded
        self._render()

    def _render(self) -> None:
        link = '<a href="fold" style="color: #ffffff;">{}</a>'
        if self.folded:
            more = self.tr("Show what is kept, on what basis, until when ▸")
            self.setText("<br>".join([*self._lines[:2], link.format(html.escape(more))]))
        else:
            less = self.tr("Show less ▴")
            self.setText("<br>".join([*self._lines, link.format(html.escape(less))]) if self.foldable
                         else "<br>".join(self._lines))

    def show_holds(self, holds: Sequence[Hold], who: str, lang: str, *, override_hint: bool = True) -> None:
        """`who`: the person as the officer knows them, e.g. "Huda Al-Harbi (CUS-00001)"."""
        if not holds:
            self._lines = []
            self.clear()
            self.hide()
            return
        ends, last = blocked_until(holds)
        if ends is not None:
            until = format_date(ends, lang, arabic_numerals=uses_arabic_digits())
        else:
            assert last is not None
            until = last.end(lang)
        review = unfounded(holds)
        if len(review) == len(holds):  # only retention periods with no recorded basis: no legal hold is shown
            headline = self.tr("Erasure: retention periods to review: %1").replace("%1", who)
            lead = self.tr("No legal hold is recorded: the activities below keep this data for their stated "
                           "retention period (until %1) with no legal basis recorded. Check them before deciding.")
        else:
            headline = self.tr("Erasure limited by legal holds: %1").replace("%1", who)
            lead = self.tr("The data below must be kept until %1; the rest of this person's data can be erased.")
        lines = [
            '<span style="font-size: large; font-weight: bold;">⚠ ' + html.escape(headline) + "</span>",
            "<b>" + html.escape(lead.replace("%1", until)) + "</b>",
            html.escape(self.tr("Kept, on what basis, until when:")) + "<br>"
            + "<br>".join("• " + html.escape(shown_digits(line)) for line in compact(holds, lang)),
        ]
        if review:  # an activity's retention with no recorded basis is not claimed under PDPL Art. 18
            lines.append("<b>" + html.escape(self.tr(
                "To review: no legal basis is recorded for the retention of %1. Record the law or reason that "
                "requires it in each activity, or shorten its retention.").replace(
                "%1", isolated(", ".join(review), lang))) + "</b>")
        if override_hint:
            if any(h.kind == "aml_retention" for h in holds):
                lines.append("<b>" + html.escape(digits(self.tr(
                    "Erasing the due-diligence records or ID copies would breach AML Law Art. 12: they must be kept "
                    "10 years after the relationship ends. An override is recorded with its reason and the holds "
                    "it overrode."))) + "</b>")
            else:
                lines.append(html.escape(self.tr("To erase the held data anyway, the decision must record why the "
                                                 "holds are overridden; the holds overridden are kept with it.")))
        self._lines = lines
        self._render()
        self.show()

    @property
    def plain(self) -> str:
        """The banner's words without markup (tests, screen readers)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml("<br>".join(self._lines))
        return document.toPlainText()


def person_name(register: Register, customer_id: int, lang: str) -> str:
    """"Huda Al-Harbi (CUS-00001)": the customer's name in the UI language (else the other one)."""
    customer = records.get(register, CUSTOMER, customer_id)
    first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
    name = customer.get(first) or customer.get(second) or ""
    return f"{natural(name)} ({customer['reference']})" if name else str(customer["reference"])
