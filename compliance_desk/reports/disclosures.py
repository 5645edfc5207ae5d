"""Third-party disclosures for a period: exceptions (overdue first), transparency figures of
government and legal demands apart from commercial disclosures, response times, then the log.
Customer identities are left out unless the officer asks for them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain import clock
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.countries import country_name
from compliance_desk.domain.disclosures import deadline, is_answered
from compliance_desk.domain.entities import DISCLOSURE
from compliance_desk.domain.transparency import (
    Group,
    Transparency,
    days_to_decision,
    is_commercial,
    transparency,
)
from compliance_desk.reports.common import info, period_text, text
from compliance_desk.reports.flowables import (
    CONTENT_WIDTH,
    NAVY,
    Mark,
    Text,
    chunked_tables,
    key_values,
    section,
    table,
)
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.reports.text import REGULAR, printable, visual
from compliance_desk.storage import disclosures as store
from compliance_desk.storage.register import Register


def ordered(counter: Counter[str]) -> list[tuple[str, int]]:
    """Largest first, then by code: the one order of a figure's chart and its table."""
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def chart(items: list[tuple[str, int]], namer: Callable[[str], str], lang: str) -> Drawing:
    """Horizontal bars in the order of `items`, the first at the top (labels shaped for Arabic)."""
    bottom_up = list(reversed(items))
    height = 18 * max(len(items), 1) + 20
    drawing = Drawing(CONTENT_WIDTH, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = (CONTENT_WIDTH * 0.05, 10) if lang == "ar" else (CONTENT_WIDTH * 0.35, 10)
    bars.width, bars.height = CONTENT_WIDTH * 0.58, height - 20
    bars.data = [[count for _, count in bottom_up] or [0]]
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
    for index, (code, _count) in enumerate(bottom_up):
        y = bars.y + step * index + step / 2 - 3
        name = visual(printable(namer(code)), lang == "ar")
        x = CONTENT_WIDTH if lang == "ar" else bars.x - 6
        drawing.add(String(x, y, name, fontName=REGULAR, fontSize=8.5, textAnchor="end"))
    return drawing


def _share(group: Group, count: int, lang: str) -> str:
    return label("share_of_decided", lang, count=count, share=round(group.share(count) * 100), decided=group.decided)


def _counts(title: str, column: str, counter: Counter[str], namer: Callable[[str], str],
            lang: str) -> list[Flowable]:
    """One figure as a table: its own column names under the section's one heading."""
    body = [[namer(code), str(n)] for code, n in ordered(counter)]
    return section(title, lang, [table([[DISCLOSURE.field(column).label(lang), label("count", lang)], *body],
                                       [70, 30], lang, size=8.5, caption=title)], level=3)


def government(group: Group, lang: str) -> list[Flowable]:
    party = lambda c: v.PARTY_TYPES.label(c, lang)  # noqa: E731
    figures = key_values([
        (label("requests", lang), str(group.requests)),
        (label("decided", lang), str(group.decided)),
        (v.DECISIONS.label("pending", lang), str(group.pending)),
        (v.DECISIONS.label("withdrawn", lang), str(group.withdrawn)),
        (label("produced", lang), _share(group, group.produced, lang)),
        (label("accounts", lang), str(group.accounts_requested)),
        (label("accounts_disclosed", lang), str(group.accounts_disclosed)),
        (label("emergency", lang), str(group.emergency)),
        (label("emergency_produced", lang), str(group.emergency_produced)),
    ], lang)
    out: list[Flowable] = [figures, Text(label("percent_basis", lang), lang, size=8, space_after=4)]
    items = ordered(group.by_requester)
    decisions = ("complied", "partly_complied", "refused", "withdrawn", "pending")
    header = [label("authority", lang), label("count", lang), *[v.DECISIONS.label(d, lang) for d in decisions],
              label("accounts", lang), label("accounts_disclosed", lang)]
    rows = [[party(code), str(count), *[str(group.authorities[code].decisions[d]) for d in decisions],
             str(group.authorities[code].accounts_requested), str(group.authorities[code].accounts_disclosed)]
            for code, count in items]
    out += [Spacer(1, 3 * mm), *section(label("by_authority", lang), lang, [
        chart(items, party, lang), Spacer(1, 2 * mm),
        table([header, *rows], [22, 9, 9, 9, 9, 9, 9, 12, 12], lang, size=7.5, caption=label("by_authority", lang))],
        level=2)]
    out += _counts(label("by_request_type", lang), "request_type", group.by_request_type,
                   lambda c: v.REQUEST_TYPES.label(c, lang), lang)
    out += _counts(label("by_jurisdiction", lang), "jurisdiction", group.by_jurisdiction,
                   lambda c: country_name(c, lang) if c != "—" else "—", lang)
    out += _counts(label("by_notification", lang), "subject_notification", group.by_notification,
                   lambda c: v.NOTIFICATIONS.label(c, lang), lang)
    return out


def commercial(group: Group, lang: str) -> list[Flowable]:
    out: list[Flowable] = [key_values([
        (label("requests", lang), str(group.requests)),
        (label("decided", lang), str(group.decided)),
        (label("produced", lang), _share(group, group.produced, lang)),
        (label("accounts", lang), str(group.accounts_requested)),
    ], lang)]
    out += _counts(label("by_recipient", lang), "requester_type", group.by_requester,
                   lambda c: v.PARTY_TYPES.label(c, lang), lang)
    out += _counts(label("by_request_type", lang), "request_type", group.by_request_type,
                   lambda c: v.REQUEST_TYPES.label(c, lang), lang)
    return out


def response(figures: Transparency, lang: str) -> list[Flowable]:
    times = figures.response
    median = "—" if times.median is None else f"{times.median:g}"
    return [key_values([
        (label("median_days", lang), median),
        (label("longest_days", lang), "—" if times.longest is None else str(times.longest)),
        (label("on_time", lang), str(times.on_time)),
        (label("late", lang), Mark(str(times.late)) if times.late else "0"),
        (label("overdue_open", lang), Mark(str(times.overdue_open)) if times.overdue_open else "0"),
    ], lang, caption=label("response", lang))]


def _due(row: dict[str, Any], lang: str) -> Any:
    due = row.get("due_date") or ""
    state = deadline(row, clock.today())
    return Mark(f"{due} — {state.text(lang)}") if state.state == "overdue" else due


def story(register: Register, lang: str, date_from: str | None, date_to: str | None,
          reveal: bool = False) -> list[Flowable]:
    rows = store.period_rows(register, date_from, date_to)
    figures = transparency(rows, clock.today())
    today = clock.today().isoformat()
    overdue = [r for r in rows if deadline(r, clock.today()).state == "overdue"]
    out = exceptions([
        (label("x_overdue", lang), len(overdue), label("overdue", lang)),
        (label("x_late", lang), figures.response.late, label("log", lang)),
        (label("x_pending", lang), sum(1 for r in rows if (r.get("decision") or "pending") == "pending"),
         label("log", lang)),
        (label("x_notification_due", lang), sum(1 for r in rows if r.get("subject_notification") == "deferred"
                                                and (r.get("notification_deferred_until") or "9999") < today),
         label("log", lang)),
        (label("x_no_ground", lang), sum(1 for r in rows if not is_commercial(r)
                                         and not str(r.get("legal_ground") or "").strip()), label("log", lang)),
    ], lang, empty=None if rows else label("empty_disclosures", lang))
    f = DISCLOSURE.field
    header = [label("reference", lang), f("received_date").label(lang), f("requester_name").label(lang),
              f("request_type").label(lang), f("due_date").label(lang), f("stage").label(lang)]
    late = [[r["reference"], r["received_date"], text(f("requester_name"), r["requester_name"], lang),
             text(f("request_type"), r["request_type"], lang), _due(r, lang), text(f("stage"), r["stage"], lang)]
            for r in overdue]
    out += [Spacer(1, 5 * mm), *section(label("overdue", lang), lang, chunked_tables(
        header, late, [16, 12, 24, 16, 20, 12], lang, caption=label("overdue", lang)) if late else [], level=1)]
    out += [Spacer(1, 5 * mm), *section(label("government", lang), lang, government(figures.government, lang), 1)]
    out += [Spacer(1, 5 * mm), *section(label("commercial", lang), lang, commercial(figures.commercial, lang), 1)]
    out += [Spacer(1, 5 * mm), *section(label("response", lang), lang, response(figures, lang), 1)]
    log: list[Flowable] = [] if reveal else [Text(label("identities_hidden", lang), lang, size=8.5, space_after=3)]
    names = ["received_date", "requester_type", "requester_name", "request_type", "due_date", "decision",
             "days", "disclosed_date", "subject_notification"]
    header = [label("reference", lang)] + [label("days_to_decision", lang) if n == "days" else f(n).label(lang)
                                           for n in names]
    body = []
    for row in rows:
        cells: list[Any] = [row["reference"]]
        for n in names:
            if n == "due_date":
                cells.append(_due(row, lang) if not is_answered(row) else row.get("due_date") or "")
            elif n == "days":
                days = days_to_decision(row)
                cells.append("" if days is None else str(days))
            else:
                cells.append(text(f(n), row[n], lang, reveal=reveal))
        body.append(cells)
    log += chunked_tables(header, body, [13.5, 9.5, 12, 12.5, 11, 11, 8, 5, 9.5, 8.5], lang, size=7, caption=label("log", lang))
    out += [Spacer(1, 5 * mm), *section(label("log", lang), lang, log, level=1)]
    return out


def write(register: Register, path: Any, lang: str, seal: str, *, date_from: str | None = None,
          date_to: str | None = None, reveal: bool = False, hijri: bool = False, progress: Any = None,
          control: Any = None, **_: Any) -> Any:
    first = register.conn.execute("SELECT min(received_date) FROM disclosures").fetchone()[0]
    report = info(register, lang, "disclosures", seal, period=period_text(date_from, date_to, lang, first),
                  hijri=hijri, control=control, reveal=reveal)
    return build(path, report, story(register, lang, date_from, date_to, reveal), progress)
