"""The policy check as a PDF: the policy checked (file, SHA-256, date) and the verdict on the cover,
the gaps with the register, then what the policy states."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk.reports.cells import clean_text
from compliance_desk.reports.common import info, officers
from compliance_desk.reports.flowables import Mark, chunked_tables, section
from compliance_desk.reports.labels import label as report_label
from compliance_desk.reports.pdf import build, exceptions
from compliance_desk.storage.policy_check import Result, kind_label, label
from compliance_desk.storage.register import Register

TEXTS = {
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


def policy_facts(policy: Path | None) -> tuple[str, str]:
    """The policy file's SHA-256 and last-modified date ("" when not known)."""
    if policy is None or not Path(policy).is_file():
        return "", ""
    digest = hashlib.sha256(Path(policy).read_bytes()).hexdigest()
    modified = dt.datetime.fromtimestamp(Path(policy).stat().st_mtime, dt.UTC).date().isoformat()
    return digest, modified


def write(register: Register, result: Result, source: str, path: Any, lang: str, seal: str, *,
          policy: Path | None = None, control: Any = None) -> Any:
    digest, modified = policy_facts(policy)
    verdict: Any = report_label("verdict_agrees", lang) if not result.gaps else \
        Mark(report_label("verdict_gaps", lang, count=len(result.gaps)))
    cover = [(report_label("policy_file", lang), clean_text(source)),
             (report_label("policy_hash", lang), digest or Mark(report_label("missing", lang))),
             (report_label("policy_date", lang), modified or Mark(report_label("missing", lang))),
             (report_label("verdict", lang), verdict), *officers(register, lang)]
    directions = ("missing", "policy_only", "register_only")
    story: list[Flowable] = exceptions([(t(d, lang), sum(1 for g in result.gaps if g.direction == d), t("gaps", lang))
                                        for d in directions], lang)
    gaps = chunked_tables([t("direction", lang), t("kind", lang), t("message", lang)],
                          [[t(g.direction, lang), t(g.kind, lang), g.message] for g in result.gaps],
                          [18, 14, 68], lang, size=8.5, caption=t("gaps", lang)) if result.gaps else []
    story += [Spacer(1, 5 * mm), *section(t("gaps", lang), lang, gaps, level=1)]
    rows = [[t(f.kind, lang), label(f.kind, f.code, lang) + (f" ({f.period})" if f.period else ""), f.evidence]
            for f in result.findings]
    findings = chunked_tables([t("kind", lang), t("code", lang), t("evidence", lang)], rows, [14, 24, 62], lang,
                              size=8, caption=t("findings", lang)) if rows else []
    story += [Spacer(1, 6 * mm), *section(t("findings", lang), lang, findings, level=1)]
    report = info(register, lang, "policy_check", seal, cover_lines=cover, control=control, identifiers=False)
    return build(path, report, story)
