"""The gaps between a policy and the register, and what the policy lacks whatever the register says.

What a privacy policy must tell (PDPL Art. 12: purposes, data, how collected, stored, processed
and destroyed, the data subject's rights and how to exercise them; Art. 13: who the controller is
and how to reach it) is checked here; every right of the PDPL it never states is a gap, by name:

- information, to be told the legal basis and purpose of collection: PDPL Art. 4(1);
- access, and a copy in a readable and clear format: Art. 4(2) and 4(3);
- rectification (correcting, completing, updating): Art. 4(4);
- erasure (destruction once no longer needed): Art. 4(5);
- withdrawing consent at any time: Art. 5;
- complaint to the competent authority (SDAIA): Art. 34.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from compliance_desk.domain.placeholders import placeholder_spans
from compliance_desk.domain.policy.findings import Finding, codes

PDPL_RIGHTS: dict[str, str] = {
    "information": "PDPL Art. 4(1)",
    "access": "PDPL Art. 4(2)-(3)",
    "rectification": "PDPL Art. 4(4)",
    "erasure": "PDPL Art. 4(5)",
    "withdraw_consent": "PDPL Art. 5",
    "complaint": "PDPL Art. 34",
}
CORE_RIGHTS = tuple(PDPL_RIGHTS)


@dataclass
class RegisterFacts:
    """What the register records (active activities and recipients), with the records saying it."""

    data_categories: dict[str, list[str]] = field(default_factory=dict)  # code -> activity references
    purposes: dict[str, list[str]] = field(default_factory=dict)
    recipient_types: dict[str, list[str]] = field(default_factory=dict)  # code -> recipient references
    transfers: list[str] = field(default_factory=list)  # activity references with a transfer abroad
    officer_contact: bool = True


@dataclass(frozen=True)
class Gap:
    kind: str
    code: str
    direction: str  # policy_only | register_only | missing | defect
    message: str
    records: tuple[str, ...] = ()
    offset: int | None = None  # where in the policy, when the gap is in its text
    length: int = 0

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "code": self.code, "direction": self.direction,
                                  "message": self.message}
        if self.records:
            out["records"] = list(self.records)
        if self.offset is not None:
            out["offset"] = self.offset
        return out


def compare(text: str, findings: list[Finding], facts: RegisterFacts, lang: str,
            labels: Mapping[tuple[str, str], str], messages: Mapping[str, str]) -> list[Gap]:
    """Gaps between a policy and the register, worded in `lang`.

    `labels` maps (kind, code) to a label; `messages` maps a message key to its template.
    """
    gaps: list[Gap] = []

    def name(kind: str, code: str) -> str:
        return labels.get((kind, code), code)

    def first(kind: str, code: str) -> Finding | None:
        return next((f for f in findings if f.kind == kind and f.code == code and f.stated), None)

    for kind, recorded in (("data_category", facts.data_categories), ("purpose", facts.purposes),
                           ("recipient", facts.recipient_types)):
        stated = codes(findings, kind)
        for code in sorted(stated - set(recorded)):
            key = "gap_policy_recipient" if kind == "recipient" else "gap_policy_only"
            where = first(kind, code)
            gaps.append(Gap(kind, code, "policy_only", messages[key].format(what=name(kind, code)),
                            offset=where.offset if where else None, length=where.length if where else 0))
        for code in sorted(set(recorded) - stated):
            gaps.append(Gap(kind, code, "register_only", messages["gap_register_only"].format(
                what=name(kind, code), records=", ".join(recorded[code][:6])), tuple(recorded[code])))
    if facts.transfers and not codes(findings, "transfer"):
        gaps.append(Gap("transfer", "abroad", "register_only", messages["gap_transfer"].format(
            records=", ".join(facts.transfers[:6])), tuple(facts.transfers)))
    if codes(findings, "transfer") and not facts.transfers:
        where = first("transfer", "abroad")
        gaps.append(Gap("transfer", "abroad", "policy_only", messages["gap_policy_transfer"],
                        offset=where.offset if where else None))
    gaps += missing(findings, labels, messages)
    for start, end in placeholder_spans(text):  # a contact that reaches nobody (PDPL Art. 12, 13)
        gaps.append(Gap("contact", "placeholder", "defect", messages["gap_placeholder_contact"].format(
            evidence=text[start:end]), offset=start, length=end - start))
    for finding in findings:
        if finding.kind == "template":
            gaps.append(Gap("template", finding.code, "defect", messages["gap_template"].format(
                what=name("template", finding.code), evidence=_excerpt(finding.evidence)),
                offset=finding.offset, length=finding.length))
        elif finding.kind == "contradiction":
            gaps.append(Gap("contradiction", finding.code, "defect", messages["gap_contradiction"].format(
                what=name("contradiction", finding.code), evidence=_excerpt(finding.evidence),
                other=_excerpt(finding.other_evidence or "")), offset=finding.offset, length=finding.length))
    return gaps


def missing(findings: list[Finding], labels: Mapping[tuple[str, str], str],
            messages: Mapping[str, str]) -> list[Gap]:
    """What the policy never states, whatever the register records."""
    gaps: list[Gap] = []
    if not codes(findings, "retention") - {"not_retained"}:
        gaps.append(Gap("retention", "period", "missing", messages["gap_no_retention"]))
    rights = codes(findings, "right")
    for code, article in PDPL_RIGHTS.items():
        if code not in rights:
            gaps.append(Gap("right", code, "missing", messages["gap_no_right"].format(
                what=labels.get(("right", code), code), article=article)))
    if not codes(findings, "legal_basis"):
        gaps.append(Gap("legal_basis", "any", "missing", messages["gap_no_legal_basis"]))
    reachable = codes(findings, "contact")
    if not reachable:
        gaps.append(Gap("contact", "controller", "missing", messages["gap_no_controller_contact"]))
    if "officer" not in reachable:
        gaps.append(Gap("contact", "officer", "missing", messages["gap_no_contact"]))
    return gaps


def _excerpt(sentence: str, limit: int = 90) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
