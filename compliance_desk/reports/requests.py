"""Data-subject requests for a period: exceptions (overdue first), counts by right and decision,
the on-time rate against PDPL Implementing Regulation Art. 3's 30 days (one extension included),
the median days to answer, the extensions used, then the log. Requesters' names are left out
unless the officer asks for them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain.requests.deadlines import deadline
from compliance_desk.domain.requests.figures import RequestFigures, figures
from compliance_desk.domain.requests.vocab import REQUEST_OUTCOMES, REQUEST_STAGES, RIGHT_DECISIONS
from compliance_desk.domain.vocabularies import REQUEST_CHANNELS, RIGHTS
from compliance_desk.reports.common import info, period_text
from compliance_desk.reports.disclosures import chart, ordered
from compliance_desk.reports.flowables import Mark, Text, chunked_tables, key_values, section, table
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.storage import requests as store
from compliance_desk.storage.clocks import today as local_today
from compliance_desk.storage.register import Register

L: dict[str, tuple[str, str]] = {
    "title": ("Data-Subject Requests", "طلبات أصحاب البيانات"),
    "summary": ("Figures", "الأرقام"),
    "total": ("Requests received", "الطلبات المستلمة"),
    "answered": ("Answered", "تم الرد عليها"),
    "on_time": ("Answered on time (30 days, or the one extension)", "الرد في الموعد (30 يوماً أو بعد التمديد الوحيد)"),
    "on_time_rate": ("On-time rate", "نسبة الرد في الموعد"),
    "rate_of": ("({on_time} of {judged} answered or past due; open requests not yet due are not counted)",
                "({on_time} من أصل {judged} من الطلبات التي رُد عليها أو تجاوزت موعدها؛ لا تُحتسب الطلبات "
                "المفتوحة التي لم يحل موعدها)"),
    "late": ("Answered late", "الرد بعد الموعد"),
    "overdue": ("Unanswered and overdue", "لم يُرد عليها وتجاوزت الموعد"),
    "median": ("Median days from receipt to answer", "الوسيط بالأيام من الاستلام إلى الرد"),
    "extensions": ("Extensions used (PDPL IR Art. 3)", "التمديدات المستخدمة (المادة 3 من اللائحة)"),
    "by_right": ("Rights asked", "الحقوق المطلوبة"),
    "by_decision": ("Decisions on rights", "القرارات في الحقوق"),
    "by_outcome": ("Requests by outcome", "الطلبات حسب النتيجة"),
    "by_channel": ("Requests by channel", "الطلبات حسب وسيلة التقديم"),
    "count": ("Count", "العدد"),
    "log": ("Request log", "سجل الطلبات"),
    "open": ("Not decided yet", "لم يُبت فيه بعد"),
    "x_overdue": ("Requests past their due date without an answer", "طلبات تجاوزت موعدها دون رد"),
    "x_late": ("Requests answered after their due date", "طلبات رُد عليها بعد موعدها"),
    "reference": ("Reference", "المرجع"), "received": ("Received", "الاستلام"), "rights": ("Rights", "الحقوق"),
    "stage": ("Stage", "المرحلة"), "due": ("Due", "الاستحقاق"), "deadline": ("Deadline", "الموعد"),
    "answered_on": ("Answered on", "تاريخ الرد"), "outcome": ("Outcome", "النتيجة"), "requester": ("Requester", "مقدم الطلب"),
    "none": ("None", "لا يوجد"),
    "log_exceptions": ("Requests that missed their clock", "الطلبات التي تجاوزت موعدها"),
    "log_note": ("{count} requests in the period: this report lists those overdue or answered late; the complete "
                 "log is the requests sheet of the register workbook.",
                 "عدد الطلبات في الفترة {count}: يسرد هذا التقرير المتأخر منها أو ما رُد عليه بعد موعده، والسجل "
                 "الكامل في ورقة الطلبات من مصنف السجل."),
}
# Above this many requests in the period the log lists only the requests that missed their clock
# (a year of a busy store is tens of thousands of rows: the workbook holds them all).
FULL_LOG_MAX = 1000


def _l(key: str, lang: str) -> str:
    en, ar = L[key]
    return ar if lang == "ar" else en


def _counts(title: str, counter: Any, namer: Any, lang: str) -> list[Flowable]:
    items = ordered(counter)
    if not items:
        return section(title, lang, [Text(_l("none", lang), lang)])
    rows = [[title, _l("count", lang)], *([namer(code), str(n)] for code, n in items)]
    return section(title, lang, [chart(items, namer, lang), table(rows, [75, 25], lang, size=8.5)])


def summary(f: RequestFigures, lang: str) -> list[Flowable]:
    rate = f"{f.on_time_rate * 100:.0f}%" if f.on_time_rate is not None else "—"
    # the denominator beside the rate: open requests not yet due are not counted (neither on time nor late)
    rate += " " + _l("rate_of", lang).format(on_time=f.on_time, judged=f.judged)
    median = f"{f.median_days:g}" if f.median_days is not None else "—"
    pairs = [(_l("total", lang), str(f.total)), (_l("answered", lang), str(f.answered)),
             (_l("on_time", lang), str(f.on_time)), (_l("late", lang), str(f.late)),
             (_l("overdue", lang), Mark(str(f.overdue_open)) if f.overdue_open else "0"),
             (_l("on_time_rate", lang), rate), (_l("median", lang), median),
             (_l("extensions", lang), str(f.extensions))]
    return section(_l("summary", lang), lang, [key_values(pairs, lang)], level=1)


def story(register: Register, lang: str, date_from: str | None, date_to: str | None,
          reveal: bool = False) -> list[Flowable]:
    rows = store.period_rows(register, date_from, date_to)
    today = local_today(register)
    f = figures(rows, today)
    out = exceptions([(_l("x_overdue", lang), f.overdue_open, _l("log", lang)),
                      (_l("x_late", lang), f.late, _l("log", lang))], lang)
    out += [Spacer(1, 5 * mm), *summary(f, lang)]
    out += _counts(_l("by_right", lang), f.by_right, lambda c: RIGHTS.label(c, lang), lang)
    out += _counts(_l("by_decision", lang), f.by_decision, lambda c: RIGHT_DECISIONS.label(c, lang), lang)
    out += _counts(_l("by_outcome", lang), f.by_outcome,
                   lambda c: _l("open", lang) if c == "open" else REQUEST_OUTCOMES.label(c, lang), lang)
    out += _counts(_l("by_channel", lang), f.by_channel, lambda c: REQUEST_CHANNELS.label(c, lang), lang)
    header = [_l("reference", lang), _l("received", lang), _l("rights", lang), _l("stage", lang), _l("due", lang),
              _l("deadline", lang), _l("answered_on", lang), _l("outcome", lang)]
    widths = [14, 11, 20, 11, 11, 15, 11, 10]
    if reveal:
        header.append(_l("requester", lang))
        widths.append(14)
    body = []
    full = len(rows) <= FULL_LOG_MAX
    for row in rows:
        state = deadline(row, today)
        if not full and not _missed(row, state.state):
            continue
        line = [row["reference"], row["received_date"],
                ("، " if lang == "ar" else ", ").join(RIGHTS.label(c, lang) for c in _codes(row["rights"])),
                REQUEST_STAGES.label(row["stage"], lang), row.get("due_date") or "",
                Mark(state.text(lang)) if state.state == "overdue" else state.text(lang), row.get("response_date") or "",
                REQUEST_OUTCOMES.label(row["outcome"], lang) if row.get("outcome") else ""]
        if reveal:
            line.append(row.get("requester_name") or "")
        body.append(line)
    title = _l("log" if full else "log_exceptions", lang)
    note = [] if full else [Text(_l("log_note", lang).format(count=len(rows)), lang, size=8.5, space_after=2 * mm)]
    out += [Spacer(1, 4 * mm), *section(title, lang, note + chunked_tables(header, body, widths, lang, size=7.5,
                                                                          caption=title), level=1)]
    return out


def _missed(row: dict[str, Any], state: str) -> bool:
    """Overdue and unanswered, or answered after the due date."""
    answered, due = row.get("response_date"), row.get("due_date")
    return state == "overdue" or bool(answered and due and str(answered) > str(due))


def _codes(value: Any) -> list[str]:
    import json

    return json.loads(value) if isinstance(value, str) else list(value or [])


def write(register: Register, path: Any, lang: str, seal: str, *, date_from: str | None = None,
          date_to: str | None = None, reveal: bool = False, hijri: bool = False, progress: Any = None,
          control: Any = None, **_: Any) -> Any:
    first = register.conn.execute("SELECT min(received_date) FROM requests").fetchone()[0]
    report = info(register, lang, "requests", seal, period=period_text(date_from, date_to, lang, first),
                  hijri=hijri, control=control, reveal=reveal, title=_l("title", lang))
    return build(path, report, story(register, lang, date_from, date_to, reveal), progress)
