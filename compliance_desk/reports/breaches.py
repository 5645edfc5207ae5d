"""Personal-data breaches for a period: exceptions (clocks running, late notices, open steps), counts
by category, cause and severity, notices to SDAIA on time / late / not notifiable, the median hours
from awareness to the notice (72 hours: SDAIA's breach procedural guide, Oct 2024; PDPL Art. 20),
then the log."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.domain import breach_times, clock
from compliance_desk.domain import breaches as rules
from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.breach_figures import figures
from compliance_desk.domain.entities import BREACH
from compliance_desk.reports.common import info, period_text, text
from compliance_desk.reports.flowables import Mark, chunked_tables, section, table
from compliance_desk.reports.labels import label
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.storage import breaches as store
from compliance_desk.storage.register import Register

LABELS = {
    "title": ("Personal-data breaches", "حوادث تسرب البيانات الشخصية"),
    "x_running": ("Breaches not yet notified, clock running", "حوادث لم يُبلَّغ عنها والمهلة جارية"),
    "x_overdue": ("Notice to SDAIA overdue", "تأخر الإبلاغ إلى سدايا"),
    "x_late": ("Notified after 72 hours", "أُبلغ عنها بعد 72 ساعة"),
    "x_open": ("Breaches not closed", "حوادث غير مغلقة"),
    "figures": ("Figures", "الأرقام"),
    "total": ("Breaches", "عدد الحوادث"),
    "subjects": ("Data subjects concerned (as recorded)", "أصحاب البيانات المعنيون (كما سُجّلوا)"),
    "median": ("Median hours from awareness to the notice", "الوسيط بالساعات من العلم حتى الإبلاغ"),
    "by_category": ("By category", "حسب الفئة"),
    "by_cause": ("By cause", "حسب السبب"),
    "by_severity": ("By severity", "حسب درجة الخطورة"),
    "by_timing": ("Notice to SDAIA", "الإبلاغ إلى سدايا"),
    "unassessed": ("Not assessed yet", "لم تُقيَّم بعد"),
    "count": ("Breaches", "العدد"),
    "log": ("Breach log", "سجل حوادث التسرب"),
    "empty": ("No breach was recorded in this period.", "لم تُسجَّل أي حادثة تسرب في هذه الفترة."),
    "deadline": ("Deadline (72 h)", "الموعد (72 ساعة)"),
    "timing": ("Notice", "الإبلاغ"),
}


def _l(key: str, lang: str) -> str:
    en, ar = LABELS[key]
    return ar if lang == "ar" else en


def _counts(counter: Counter[str], namer: Any, lang: str) -> list[Flowable]:
    rows: list[list[Any]] = [[namer(code), str(count)] for code, count in sorted(counter.items(), key=lambda i: (-i[1], i[0]))]
    return [table([["", _l("count", lang)], *rows], [75, 25], lang, size=9)]


def story(register: Register, lang: str, date_from: str | None, date_to: str | None) -> list[Flowable]:
    rows = store.period_rows(register, date_from, date_to)
    org_zone = store.org_zone(register)
    found = figures(rows)
    now = clock.now()
    clocks = [rules.clock(r, now) for r in rows]
    out = exceptions([
        (_l("x_running", lang), sum(c.running for c in clocks), _l("log", lang)),
        (_l("x_overdue", lang), sum(c.stage == "overdue" for c in clocks), _l("log", lang)),
        (_l("x_late", lang), found.by_timing["late"], _l("log", lang)),
        (_l("x_open", lang), sum(r["stage"] != "closed" for r in rows), _l("log", lang)),
    ], lang, empty=None if rows else _l("empty", lang))
    median = found.median_hours
    summary = [[_l("total", lang), str(found.total)], [_l("subjects", lang), found.subjects_text(lang)],
               [_l("median", lang), "—" if median is None else f"{median:.1f}"]]
    out += [Spacer(1, 5 * mm), *section(_l("figures", lang), lang,
                                        [table(summary, [75, 25], lang, size=9, header=False)], level=1)]

    def severity(code: str) -> str:
        return _l("unassessed", lang) if code == "unassessed" else v.BREACH_SEVERITIES.label(code, lang)

    def timing(code: str) -> str:
        return rules.TIMING_LABELS[code][1 if lang == "ar" else 0]

    for key, counter, namer in (
            ("by_category", found.by_category, lambda c: v.BREACH_CATEGORIES.label(c, lang)),
            ("by_cause", found.by_cause, lambda c: v.BREACH_CAUSES.label(c, lang)),
            ("by_severity", found.by_severity, severity),
            ("by_timing", found.by_timing, timing)):
        out += [Spacer(1, 4 * mm), *section(_l(key, lang), lang, _counts(counter, namer, lang) if counter else [],
                                            level=2)]
    f = BREACH.field
    header = [label("reference", lang), f("title").label(lang), f("aware_at").label(lang), _l("deadline", lang),
              f("category").label(lang), f("severity").label(lang), _l("timing", lang), f("stage").label(lang)]
    body = []
    for row, found_clock in zip(rows, clocks, strict=True):
        state = rules.timing(row)
        shown: Any = found_clock.text(lang) if state == "pending" else timing(state)
        if found_clock.stage == "overdue" or state == "late":
            shown = Mark(str(shown))
        body.append([row["reference"], text(f("title"), row["title"], lang),
                     breach_times.time_text(row["aware_at"], row["time_zone"], org_zone, lang),
                     breach_times.moment_text(found_clock.deadline, org_zone, lang),
                     text(f("category"), row["category"], lang), text(f("severity"), row.get("severity"), lang),
                     shown, text(f("stage"), row["stage"], lang)])
    out += [Spacer(1, 5 * mm), *section(_l("log", lang), lang, chunked_tables(
        header, body, [12, 16, 16, 16, 11, 7, 14, 8], lang, size=7, caption=_l("log", lang)), level=1)]
    return out


def write(register: Register, path: Any, lang: str, seal: str, *, date_from: str | None = None,
          date_to: str | None = None, reveal: bool = False, hijri: bool = False, progress: Any = None,
          control: Any = None, **_: Any) -> Any:
    first = register.conn.execute("SELECT min(substr(aware_at, 1, 10)) FROM breaches").fetchone()[0]
    report = info(register, lang, "breaches", seal, period=period_text(date_from, date_to, lang, first, scope="all_breaches"),
                  hijri=hijri, control=control, reveal=reveal, title=_l("title", lang), identifiers=False)
    return build(path, report, story(register, lang, date_from, date_to), progress)
