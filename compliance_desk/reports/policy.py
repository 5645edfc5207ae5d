"""The policy check as a PDF: what the policy states, and its gaps with the register."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.reports.common import info
from compliance_desk.reports.pdf import build, chunked_tables, heading
from compliance_desk.storage.policy_check import Result, kind_label, label
from compliance_desk.storage.register import Register

TEXTS = {
    "title": ("Privacy policy check", "فحص سياسة الخصوصية"),
    "gaps": ("Gaps between the policy and the register", "الفجوات بين السياسة والسجل"),
    "findings": ("What the policy states", "ما تنص عليه السياسة"),
    "direction": ("Kind of gap", "نوع الفجوة"), "message": ("Finding", "الملاحظة"),
    "kind": ("Subject", "الموضوع"), "code": ("Item", "البند"), "evidence": ("Evidence", "النص الدال"),
    "policy_only": ("In the policy only", "في السياسة فقط"), "register_only": ("In the register only", "في السجل فقط"),
    "missing": ("Missing from the policy", "ناقص في السياسة"),
    "defect": ("To fix in the policy", "يلزم تصحيحه في السياسة"),
}


def t(key: str, lang: str) -> str:
    if key not in TEXTS:
        return kind_label(key, lang)
    en, ar = TEXTS[key]
    return ar if lang == "ar" else en


def write(register: Register, result: Result, source: str, path: Any, lang: str, seal: str) -> Any:
    story: list[Flowable] = [heading(t("gaps", lang), lang)]
    story += chunked_tables([t("direction", lang), t("kind", lang), t("message", lang)],
                            [[t(g.direction, lang), t(g.kind, lang), g.message] for g in result.gaps],
                            [18, 14, 68], lang, size=8.5)
    story += [Spacer(1, 6 * mm), heading(t("findings", lang), lang)]
    rows = [[t(f.kind, lang), label(f.kind, f.code, lang) + (f" ({f.period})" if f.period else ""), f.evidence]
            for f in result.findings]
    story += chunked_tables([t("kind", lang), t("code", lang), t("evidence", lang)], rows, [14, 24, 62], lang,
                            size=8)
    report = info(register, lang, "ropa", seal, title=f"{t('title', lang)} — {source}", period=source)
    return build(path, report, story)
