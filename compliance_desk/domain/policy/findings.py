"""What a policy states, each with its vocabulary code, the sentence that says it and where."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from compliance_desk.domain.policy import clauses
from compliance_desk.domain.policy.contacts import contacts
from compliance_desk.domain.policy.contradictions import contradictions
from compliance_desk.domain.policy.lexicon import lexicon, matches, word_index
from compliance_desk.domain.policy.reading import language_of
from compliance_desk.domain.policy.retention import statements
from compliance_desk.domain.policy.templates import templates
from compliance_desk.domain.policy.words import sentence_at, sentence_span, tokens

_FROM = re.compile(r"(?<!\w)(?<!أي )(?<!أحد )(?<!كل )من\s+$|\bfrom\s+(?:our\s+|the\s+)?$", re.I)
_SOURCES = re.compile(r"مصادر|نحصل|الحصول|بإمكاننا|\bsources?\b|\bobtain", re.I)
# the kinds a policy states, then what the check reads around them
STATED = ("data_category", "purpose", "recipient", "right", "retention", "legal_basis", "transfer", "security")
KINDS = (*STATED, "contact", "template", "contradiction")


@dataclass(frozen=True)
class Finding:
    kind: str
    code: str
    evidence: str  # the sentence that states it
    offset: int  # where the matched phrase starts in the policy text
    period: str | None = None  # for retention: "365 days", "until you unsubscribe" …
    length: int = 0  # of the matched phrase
    polarity: str = clauses.POSITIVE  # positive | negative ("we do not sell") | conditional ("if required by law")
    condition: str | None = None  # the words of the condition or exception
    other_offset: int | None = None  # for a contradiction or a repeated paragraph: the other place
    other_evidence: str | None = None
    months: float | None = None  # for a retention period

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "code": self.code, "evidence": self.evidence,
                                  "offset": self.offset}
        if self.period:
            out["period"] = self.period
        if self.polarity != clauses.POSITIVE:
            out["polarity"] = self.polarity
        if self.condition:
            out["condition"] = self.condition
        if self.other_offset is not None:
            out["other_offset"] = self.other_offset
            out["other_evidence"] = self.other_evidence
        return out

    @property
    def stated(self) -> bool:
        """Whether the policy says it (plainly or on a condition), rather than denies it."""
        return self.polarity != clauses.NEGATIVE


def find(text: str, lang: str | None = None) -> list[Finding]:
    """Everything the policy states, one finding per (kind, code, sentence), in text order."""
    lang = lang or language_of(text)
    found = _lexicon_findings(text, lang)
    for statement in statements(text, lang):
        _start, sentence = sentence_at(text, statement.start)
        found.append(Finding("retention", statement.code, sentence, statement.start, statement.period,
                             statement.end - statement.start, months=statement.months))
    for contact in contacts(text):
        found.append(_at(text, "contact", contact.code, contact.start, contact.end))
    for template in templates(text):
        finding = _at(text, "template", template.code, template.start, template.end)
        if template.first is not None:
            finding = _with_other(text, finding, template.first)
        found.append(finding)
    found = _once_per_sentence(text, found)
    affirmed: dict[str, list[int]] = {}  # plain statements first, then those on a condition
    for finding in sorted(found, key=lambda f: (f.polarity != clauses.POSITIVE, f.offset)):
        if finding.stated:
            affirmed.setdefault(finding.kind, []).append(finding.offset)
    for conflict in contradictions(text, lang, affirmed):
        finding = _at(text, "contradiction", conflict.topic, conflict.start, conflict.end)
        found.append(_with_other(text, finding, conflict.other))
    return sorted(found, key=lambda f: (f.offset, f.kind, f.code))


def _lexicon_findings(text: str, lang: str) -> list[Finding]:
    words = tokens(text)
    index = word_index(words)
    excluded: dict[tuple[str, str], list[tuple[int, int]]] = {}
    entries = lexicon(lang)
    for entry in entries:
        if entry.exclusion:
            for first, last in matches(words, index, entry):
                excluded.setdefault((entry.kind, entry.code), []).append((words[first][1], words[last][2]))
    found = []
    for entry in entries:
        if entry.exclusion:
            continue
        for first, last in matches(words, index, entry):
            start, end = words[first][1], words[last][2]
            if any(a < end and start < b for a, b in excluded.get((entry.kind, entry.code), [])):
                continue
            if entry.kind == "recipient" and _from_source(text, start):
                continue  # "من البنوك": data comes from them, it is not given to them
            polarity, condition = clauses.polarity(text, start, lang, entry.kind in ("recipient", "transfer"))
            _s, sentence = sentence_at(text, start)
            found.append(Finding(entry.kind, entry.code, sentence, start, length=end - start, polarity=polarity,
                                 condition=condition))
    return found


def _from_source(text: str, start: int) -> bool:
    """Whether a recipient named at `start` is where data comes from: "من البنوك" opening a list
    item of sources, or in a sentence about obtaining data."""
    if not _FROM.search(text, max(0, start - 16), start):
        return False
    s_start, s_end = sentence_span(text, start)
    before = _FROM.sub("", text[s_start:start]).strip()
    return not before or bool(_SOURCES.search(text, s_start, s_end))


def _once_per_sentence(text: str, found: Iterable[Finding]) -> list[Finding]:
    """One finding per (kind, code, sentence); a statement made beats one denied."""
    best: dict[tuple[str, str, int], Finding] = {}
    for finding in sorted(found, key=lambda f: f.offset):
        key = (finding.kind, finding.code, sentence_span(text, finding.offset)[0])
        if key not in best or (not best[key].stated and finding.stated):
            best[key] = finding
    return list(best.values())


def _at(text: str, kind: str, code: str, start: int, end: int) -> Finding:
    _s, sentence = sentence_at(text, start)
    return Finding(kind, code, sentence, start, length=end - start)


def _with_other(text: str, finding: Finding, other: int) -> Finding:
    _s, sentence = sentence_at(text, other)
    return Finding(finding.kind, finding.code, finding.evidence, finding.offset, length=finding.length,
                   other_offset=other, other_evidence=sentence)


def codes(findings: Iterable[Finding], kind: str) -> set[str]:
    """The codes of `kind` the policy states (plainly or on a condition)."""
    return {f.code for f in findings if f.kind == kind and f.stated}
