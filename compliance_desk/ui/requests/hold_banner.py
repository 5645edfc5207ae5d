"""The banner of an erasure blocked by legal holds: it says plainly that the whole erasure of the
person is blocked, why (each hold with its basis) and until when (the day the last hold ends), and
how the officer may still decide (an override with its reason, recorded with the decision)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from compliance_desk.domain.dates import format_date
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.domain.requests.holds import Hold, blocked_until, compact
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import natural, uses_arabic_digits

# White on dark red: the strongest signal of the product, kept for what stops an action; the words
# ("Erasure blocked") carry the meaning, the colour only repeats it.
BLOCKED_STYLE = ("QLabel { background: #8e0016; color: #ffffff; padding: 10px; border: 2px solid #5c000e;"
                 " border-radius: 4px; }")


class ErasureBlocked(QLabel):
    """Shows the holds over a person's data as a blocked erasure (hidden without holds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasure_blocked")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(BLOCKED_STYLE)
        self.hide()

    def show_holds(self, holds: Sequence[Hold], who: str, lang: str, *, override_hint: bool = True) -> None:
        """`who`: the person as the officer knows them, e.g. "Huda Al-Harbi (CUS-00001)"."""
        if not holds:
            self.clear()
            self.hide()
            return
        ends, last = blocked_until(holds)
        if ends is not None:
            until = self.tr("Blocked until %1 at the earliest (the day the last hold ends).").replace(
                "%1", format_date(ends, lang, arabic_numerals=uses_arabic_digits()))
        else:
            assert last is not None
            until = self.tr("Blocked with no end date yet: %1 (%2).").replace("%1", last.until(lang)).replace(
                "%2", last.reference)
        lines = [
            '<span style="font-size: large; font-weight: bold;">⚠ ' + html.escape(self.tr("Erasure blocked"))
            + "</span>",
            "<b>" + html.escape(self.tr("No data of %1 may be erased while these legal holds are in force: the "
                                         "whole erasure of this person is blocked, not only some records.")
                                 .replace("%1", who)) + "</b>",
            "<b>" + html.escape(until) + "</b>",
            html.escape(self.tr("Why:")) + "<br>" + "<br>".join("• " + html.escape(line) for line in compact(holds, lang)),
        ]
        if override_hint:
            lines.append(html.escape(self.tr("To erase anyway, the decision must record why the holds are "
                                             "overridden; the holds overridden are kept with it.")))
        self.setText("<br>".join(lines))
        self.show()

    @property
    def plain(self) -> str:
        """The banner's words without markup (tests, screen readers)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.text())
        return document.toPlainText()


def person_name(register: Register, customer_id: int, lang: str) -> str:
    """"Huda Al-Harbi (CUS-00001)": the customer's name in the UI language (else the other one)."""
    customer = records.get(register, CUSTOMER, customer_id)
    first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
    name = customer.get(first) or customer.get(second) or ""
    return f"{natural(name)} ({customer['reference']})" if name else str(customer["reference"])
