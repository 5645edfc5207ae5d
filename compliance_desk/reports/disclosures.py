"""Third-party disclosures for a period: transparency figures (tables and a bar chart), then the log.
Customer identities are left out unless the officer asks for them."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.disclosures import Transparency, transparency
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.reports.common import info, period_text, text
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import (
    CONTENT_WIDTH,
    NAVY,
    Text,
    build,
    chunked_tables,
    heading,
    key_values,
    table,
)
from compliance_desk.reports.text import REGULAR, visual
from compliance_desk.storage import disclosures as store
from compliance_desk.storage.register import Register


def chart(figures: Transparency, lang: str) -> Drawing:
    """Requests by requesting authority as horizontal bars (labels shaped for Arabic)."""
    items = sorted(figures.by_requester.items(), key=lambda item: item[1])
    height = 18 * max(len(items), 1) + 20
    drawing = Drawing(CONTENT_WIDTH, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = (CONTENT_WIDTH * 0.05, 10) if lang == "ar" else (CONTENT_WIDTH * 0.35, 10)
    bars.width, bars.height = CONTENT_WIDTH * 0.58, height - 20
    bars.data = [[count for _, count in items] or [0]]
    bars.bars[0].fillColor = NAVY
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max([count for _, count in items] or [1])
    bars.valueAxis.valueStep = max(1, bars.valueAxis.valueMax // 5)
    bars.valueAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.categoryNames = ["" for _ in items]  # drawn below, shaped
    if lang == "ar":
        bars.valueAxis.reverseDirection = 1
    drawing.add(bars)
    step = bars.height / max(len(items), 1)
    for index, (code, _count) in enumerate(items):
        y = bars.y + step * index + step / 2 - 3
        name = visual(v.PARTY_TYPES.label(code, lang), lang == "ar")
        if lang == "ar":
            drawing.add(String(CONTENT_WIDTH, y, name, fontName=REGULAR, fontSize=8.5, textAnchor="end"))
        else:
            drawing.add(String(bars.x - 6, y, name, fontName=REGULAR, fontSize=8.5, textAnchor="end"))
    return drawing


def story(register: Register, lang: str, date_from: str | None, date_to: str | None,
          reveal: bool = False) -> list[Flowable]:
    rows = store.period_rows(register, date_from, date_to)
    figures = transparency(rows)
    share = round(figures.produced_share * 100)
    out: list[Flowable] = [heading(label("figures", lang), lang), key_values([
        (label("period", lang), period_text(date_from, date_to, lang)),
        (label("requests", lang), str(figures.requests)),
        (label("accounts", lang), str(figures.accounts_requested)),
        (label("produced", lang), f"{figures.produced} ({share}%)"),
        (label("emergency", lang), str(figures.emergency)),
        (label("non_emergency", lang), str(figures.non_emergency)),
    ], lang), Spacer(1, 4 * mm), heading(label("by_requester", lang), lang, 3), chart(figures, lang)]
    for key, counter, namer in [
        ("by_requester", figures.by_requester, lambda c: v.PARTY_TYPES.label(c, lang)),
        ("by_request_type", figures.by_request_type, lambda c: v.REQUEST_TYPES.label(c, lang)),
        ("by_decision", figures.by_decision, lambda c: v.DECISIONS.label(c, lang)),
        ("by_jurisdiction", figures.by_jurisdiction, lambda c: country_name(c, lang) if c != "—" else "—"),
    ]:
        body = [[namer(k), str(n)] for k, n in sorted(counter.items(), key=lambda item: -item[1])]
        out += [CondPageBreak(40 * mm), Spacer(1, 3 * mm), heading(label(key, lang), lang, 3),
                table([[label(key, lang), label("count", lang)], *body], [70, 30], lang, size=8.5)]
    out += [CondPageBreak(60 * mm), Spacer(1, 6 * mm), heading(label("log", lang), lang, 2)]
    if not reveal:
        out.append(Text(label("identities_hidden", lang), lang, size=8.5, space_after=3))
    f = DISCLOSURE.field
    names = ["received_date", "requester_type", "requester_name", "request_type", "due_date", "decision",
             "disclosed_date", "subject_notification"]
    header = [label("reference", lang)] + [f(n).label(lang) for n in names]
    body = [[row["reference"]] + [text(f(n), row[n], lang, reveal=reveal) for n in names] for row in rows]
    out += chunked_tables(header, body, [14, 10, 11, 17, 12, 10, 10, 10, 12], lang, size=7.5)
    return out


def write(register: Register, path: Any, lang: str, seal: str, *, date_from: str | None = None,
          date_to: str | None = None, reveal: bool = False, hijri: bool = False, progress: Any = None,
          **_: Any) -> Any:
    report = info(register, lang, "disclosures", seal, period=period_text(date_from, date_to, lang), hijri=hijri)
    return build(path, report, story(register, lang, date_from, date_to, reveal), progress)
