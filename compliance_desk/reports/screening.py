"""Sanctions screening for a period: the lists and versions used, the customers screened, hits by
decision, the open hits and the decisions taken (PDF); the screening history of one customer (for
the record sheet); the hits sheet of the workbook."""

from __future__ import annotations

import json
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from compliance_desk.domain import vocabularies as v
from compliance_desk.domain.screening.texts import reason_text
from compliance_desk.reports.common import info, period_text
from compliance_desk.reports.flowables import Text, chunked_tables, heading, table
from compliance_desk.reports.pdf import build
from compliance_desk.storage import sanctions, screening
from compliance_desk.storage.register import Register

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Sanctions and PEP screening", "فحص قوائم العقوبات والأشخاص السياسيين ممثلي المخاطر"),
    "basis": ("Screening of the customers against the sanctions and PEP lists loaded in this register (below), as "
              "the Anti-Money Laundering Law and its Implementing Regulations require of reporting entities. The "
              "lists a reporting entity screens against are the UN Security Council Consolidated List "
              "(UNSCR 1267/1989/2253, 1988 and the other regimes) and the Saudi national terrorism list of the "
              "Permanent Committee for Counter-Terrorism (UNSCR 1373; Law of Terrorism Crimes and Financing).",
              "فحص العملاء مقابل قوائم العقوبات والأشخاص السياسيين ممثلي المخاطر المحمّلة في هذا السجل (أدناه)، وفق ما "
              "يفرضه نظام مكافحة غسل الأموال ولائحته التنفيذية على الجهات المبلغة. والقوائم التي تفحص الجهة المبلغة "
              "مقابلها هي القائمة الموحدة لمجلس الأمن (القرارات 1267/1989/2253 و1988 وبقية الأنظمة) والقائمة الوطنية "
              "للإرهاب الصادرة عن اللجنة الدائمة لمكافحة الإرهاب (القرار 1373؛ نظام مكافحة جرائم الإرهاب وتمويله)."),
    "not_loaded": ("Not loaded in this register, so not screened against: {lists}.",
                   "غير محمّلة في هذا السجل، ولم يُفحص العملاء مقابلها: {lists}."),
    "lists": ("Lists and versions used", "القوائم والإصدارات المستخدمة"),
    "runs": ("Screening runs", "عمليات الفحص"),
    "by_decision": ("Hits by decision", "التطابقات حسب القرار"),
    "open": ("Hits to decide", "التطابقات بانتظار القرار"),
    "decided": ("Decisions taken in the period", "القرارات المتخذة خلال الفترة"),
    "history": ("Sanctions screening", "فحص قوائم العقوبات"),
    "version": ("Version", "الإصدار"), "list": ("List", "القائمة"), "status": ("Status", "الحالة"),
    "entries": ("Entries", "القيود"), "changes": ("+ / ~ / −", "+ / ~ / −"), "generated": ("Generated", "الإصدار لدى الناشر"),
    "loaded": ("Loaded", "التحميل"), "sha": ("SHA-256", "بصمة SHA-256"), "run": ("Run", "العملية"),
    "when": ("When (UTC)", "الوقت (UTC)"), "trigger": ("Trigger", "السبب"), "customers": ("Customers", "العملاء"),
    "raised": ("New hits", "تطابقات جديدة"), "suppressed": ("Not raised again", "لم تُثر مجدداً"),
    "hit": ("Hit", "التطابق"), "customer": ("Customer", "العميل"), "entry": ("Entry", "القيد"),
    "score": ("Score", "الدرجة"), "decision": ("Decision", "القرار"), "reasons": ("Reasons", "الأسباب"),
    "by": ("Decided by, when, why", "متخذ القرار ووقته وسببه"), "count": ("Hits", "عدد التطابقات"),
    "total_runs": ("Runs", "عدد العمليات"), "total_screened": ("Customer screenings", "مرات فحص العملاء"),
    "none": ("None in this period.", "لا يوجد في هذه الفترة."),
}


def _l(key: str, lang: str) -> str:
    en, ar = LABELS[key]
    return ar if lang == "ar" else en


def _bounds(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    return (date_from or ""), ((date_to + "T99") if date_to else "9999")


def story(register: Register, lang: str, date_from: str | None = None, date_to: str | None = None) -> list[Flowable]:
    since, until = _bounds(date_from, date_to)
    runs = screening.runs(register, since, until)
    used = {v_["id"] for r in runs for v_ in json.loads(r["versions"])}
    versions = [x for x in sanctions.versions(register) if x["id"] in used or x["status"] == "current"]
    out: list[Flowable] = [Text(_l("basis", lang), lang, size=8.5), Spacer(1, 4 * mm),
                           heading(_l("lists", lang), lang)]
    rows = [[x["reference"], x["title"], v.LIST_VERSION_STATUSES.label(x["status"], lang), str(x["entry_count"]),
             f"+{x['added']} ~{x['changed']} −{x['removed']}", (x["generated"] or "—")[:10], x["created_at"][:10],
             x["sha256"][:16]] for x in versions]
    header = [_l(k, lang) for k in ("version", "list", "status", "entries", "changes", "generated", "loaded", "sha")]
    out += chunked_tables(header, rows, [10, 26, 10, 8, 12, 11, 11, 12], lang, size=7.5) if rows else \
        [Text(_l("none", lang), lang)]
    loaded = {x["source"] for x in versions if x["status"] == "current"}
    missing = [v.LIST_SOURCES.label(code, lang) for code in ("un", "pcct") if code not in loaded]
    if missing:
        out.append(Text(_l("not_loaded", lang).format(lists=("؛ " if lang == "ar" else "; ").join(missing)), lang,
                        size=8.5, color=colors.HexColor("#b00020")))

    out += [Spacer(1, 5 * mm), heading(_l("runs", lang), lang, 2),
            table([[_l("total_runs", lang), str(len(runs))],
                   [_l("total_screened", lang), str(sum(r["customers"] for r in runs))],
                   [_l("raised", lang), str(sum(r["raised"] for r in runs))],
                   [_l("suppressed", lang), str(sum(r["suppressed"] for r in runs))]], [70, 30], lang, size=9,
                  header=False)]
    batch = [r for r in runs if r["trigger"] != "customer_save"]
    if batch:
        rows = [[r["reference"], r["started_at"][:16].replace("T", " "), v.SCREENING_TRIGGERS.label(r["trigger"], lang),
                 str(r["customers"]), str(r["raised"]), str(r["suppressed"]),
                 v.SCREENING_RUN_STATUSES.label(r["status"], lang)] for r in batch]
        header = [_l(k, lang) for k in ("run", "when", "trigger", "customers", "raised", "suppressed", "status")]
        out += [Spacer(1, 3 * mm)] + chunked_tables(header, rows, [11, 17, 22, 12, 12, 14, 12], lang, size=7.5)

    period_hits = screening.hits(register, since=since, until=until)
    counts = {code: 0 for code in v.HIT_DECISIONS.codes}
    for hit in period_hits:
        counts[hit["decision"]] += 1
    out += [CondPageBreak(40 * mm), Spacer(1, 5 * mm), heading(_l("by_decision", lang), lang, 2),
            table([[_l("decision", lang), _l("count", lang)],
                   *[[v.HIT_DECISIONS.label(code, lang), str(n)] for code, n in counts.items()]], [70, 30], lang, size=9)]

    pending = screening.hits(register, decisions=("open", "escalated"))
    out += [CondPageBreak(40 * mm), Spacer(1, 5 * mm), heading(_l("open", lang), lang, 2)]
    out += _hit_table(pending, lang, reasons=True) if pending else [Text(_l("none", lang), lang)]

    decided = [h for h in screening.hits(register, decisions=("true_match", "false_positive", "escalated"))
               if h["decided_at"] and since <= h["decided_at"] < until]
    out += [CondPageBreak(40 * mm), Spacer(1, 5 * mm), heading(_l("decided", lang), lang, 2)]
    out += _hit_table(decided, lang, reasons=False) if decided else [Text(_l("none", lang), lang)]
    return out


def _name(hit: dict[str, Any], lang: str) -> str:
    first, second = ("full_name_ar", "full_name_en") if lang == "ar" else ("full_name_en", "full_name_ar")
    return str(hit.get(first) or hit.get(second) or "")


def _hit_table(hits: list[dict[str, Any]], lang: str, *, reasons: bool) -> list[Flowable]:
    header = [_l(k, lang) for k in ("hit", "customer", "entry", "score", "decision")]
    header.append(_l("reasons" if reasons else "by", lang))
    rows = []
    for hit in hits:
        detail = "\n".join(reason_text(r, lang) for r in hit["reasons"]) if reasons else \
            f"{hit['decided_by'] or ''} {(hit['decided_at'] or '')[:16].replace('T', ' ')}\n{hit['decision_reason'] or ''}"
        rows.append([hit["reference"], f"{hit['customer_reference']}\n{_name(hit, lang)}",
                     f"{hit['entry_ref']}\n{hit['listed_name'] or ''}", str(hit["score"]),
                     v.HIT_DECISIONS.label(hit["decision"], lang), detail])
    return chunked_tables(header, rows, [9, 18, 20, 7, 11, 35], lang, size=7)


def customer_history(register: Register, customer_id: int, lang: str) -> list[Flowable]:
    """The screening hits of one customer with their decisions (for the record sheet)."""
    hits = screening.hits(register, customer_id=customer_id)
    if not hits:
        return []
    out: list[Flowable] = [Spacer(1, 6 * mm), heading(_l("history", lang), lang, 2)]
    header = [_l(k, lang) for k in ("hit", "list", "entry", "score", "decision", "by")]
    rows = [[h["reference"], f"{h['version_reference']} {h['list_title']}", f"{h['entry_ref']}\n{h['listed_name'] or ''}",
             str(h["score"]), v.HIT_DECISIONS.label(h["decision"], lang),
             f"{h['decided_by'] or ''} {(h['decided_at'] or h['first_seen'])[:16].replace('T', ' ')}\n"
             f"{h['decision_reason'] or ''}"] for h in hits]
    return out + chunked_tables(header, rows, [9, 22, 20, 7, 12, 30], lang, size=7)


def write(register: Register, path: Any, lang: str, seal: str, *, date_from: str | None = None,
          date_to: str | None = None, hijri: bool = False, progress: Any = None, **_: Any) -> Any:
    report = info(register, lang, "kyc", seal, period=period_text(date_from, date_to, lang, scope="all_runs"), hijri=hijri,
                  title=_l("title", lang))
    return build(path, report, story(register, lang, date_from, date_to), progress)
