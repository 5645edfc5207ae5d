"""Hold a published privacy policy against the register.

Reads a policy (plain text, .docx or .html; Arabic or English), finds what it states — data
categories, purposes, recipients, rights, retention, legal bases, transfers, security — each with
its vocabulary code and the sentence that says it, then compares that with what the register
records. The phrases live in data files (lexicon/ar.txt, lexicon/en.txt) an officer can extend.
"""

from __future__ import annotations

import html.parser
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from compliance_desk.domain.arabic import normalise

KINDS = ("data_category", "purpose", "recipient", "right", "retention", "legal_basis", "transfer", "security")
_PREFIXES = sorted(["و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "فال", "كال", "لل", "وب", "ول", "فب", "فل", "ولل",
                    "وبال"], key=len, reverse=True)
_SUFFIXES = sorted(["ها", "هم", "هما", "هن", "كم", "كما", "نا", "ك", "ي", "ه", "ات", "ون", "ين", "يه"],
                   key=len, reverse=True)
# letters and digits (Arabic punctuation such as "،" is not \w) plus Arabic combining marks
_WORD = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+(?:['’-](?:[^\W_]|[\u064b-\u065f\u0670])+)*")
_SENTENCE_END = re.compile(r"[.!?؟\n•؛;:]")


# ---------------------------------------------------------------- reading
class _TextOnly(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("p", "li", "br", "div", "h1", "h2", "h3", "h4", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def read_policy(path: Path) -> str:
    """The text of a policy file: .docx paragraphs, .html text, anything else as UTF-8 text."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        return "\n".join("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, flags=re.S)) for p in paragraphs)
    raw = path.read_bytes().decode("utf-8-sig", errors="replace")
    if suffix in (".html", ".htm") or raw.lstrip().lower().startswith(("<!doctype html", "<html")):
        parser = _TextOnly()
        parser.feed(raw)
        return html.unescape("".join(parser.parts))
    return raw


def language_of(text: str) -> str:
    arabic = len(re.findall("[\u0600-\u06ff]", text))
    latin = len(re.findall("[A-Za-z]", text))
    return "ar" if arabic >= latin else "en"


# ---------------------------------------------------------------- words
@lru_cache(maxsize=100_000)
def stems(word: str) -> frozenset[str]:
    """Every light stem a word may have: with or without an attached prefix (و ف ب ك ل ال …) and a
    common ending (ـك ـها ـهم ـات ـون …) for Arabic, since "بريدك" may be "ب+ريد+ك" or "بريد+ك";
    without a plural "s" for English. Two words meet when their stems intersect."""
    w = normalise(word).strip("'’-")
    found = {w}
    if re.search("[\u0600-\u06ff]", w):
        for prefix in ("", *_PREFIXES):
            if not w.startswith(prefix) or len(w) - len(prefix) < 3:
                continue
            rest = w[len(prefix):]
            found.add(rest)
            for suffix in _SUFFIXES:
                if rest.endswith(suffix) and len(rest) - len(suffix) >= 3:
                    found.add(rest[: -len(suffix)])
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        found.add(w[:-1])
    return frozenset(found)


def tokens(text: str) -> list[tuple[frozenset[str], int, int]]:
    """(stems, start, end in `text`) of every word."""
    return [(stems(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


# ---------------------------------------------------------------- the lexicon
@dataclass(frozen=True)
class Entry:
    kind: str
    code: str
    phrase: tuple[frozenset[str], ...]  # the stems of each word


@lru_cache(maxsize=4)
def lexicon(lang: str) -> tuple[Entry, ...]:
    text = resources.files(__package__).joinpath("lexicon", f"{lang}.txt").read_text(encoding="utf-8")
    return parse_lexicon(text)


def parse_lexicon(text: str) -> tuple[Entry, ...]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, phrases = line.partition(":")
        parts = head.split()
        if len(parts) != 2 or parts[0] not in KINDS or not phrases.strip():
            raise ValueError(f"lexicon line {number}: expected 'KIND CODE: phrase | phrase'")
        for phrase in phrases.split("|"):
            words = tuple(s for s, _start, _end in tokens(phrase))
            if words:
                entries.append(Entry(parts[0], parts[1], words))
    return tuple(entries)


# ---------------------------------------------------------------- findings
@dataclass(frozen=True)
class Finding:
    kind: str
    code: str
    evidence: str  # the sentence that states it
    offset: int  # where the matched phrase starts in the policy text
    period: str | None = None  # for retention: "365 days", "until you unsubscribe" …
    length: int = 0  # of the matched phrase

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "code": self.code, "evidence": self.evidence,
                                  "offset": self.offset}
        if self.period:
            out["period"] = self.period
        return out


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence around `offset`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, offset)), default=0)
    end_match = _SENTENCE_END.search(text, offset)
    return start, end_match.start() if end_match else len(text)


def sentence_at(text: str, offset: int) -> tuple[int, str]:
    start, end = sentence_span(text, offset)
    return start, " ".join(text[start:end].split())


def find(text: str, lang: str | None = None) -> list[Finding]:
    """Everything the policy states, one finding per (kind, code, sentence), in text order."""
    lang = lang or language_of(text)
    words = tokens(text)
    index: dict[str, set[int]] = {}
    for position, (candidates, _start, _end) in enumerate(words):
        for candidate in candidates:
            index.setdefault(candidate, set()).add(position)
    seen: set[tuple[str, str, int]] = set()
    found: list[Finding] = []
    for entry in lexicon(lang):
        starts = set().union(*(index.get(c, set()) for c in entry.phrase[0]))
        for position in sorted(starts):
            following = words[position:position + len(entry.phrase)]
            if len(following) < len(entry.phrase) or not all(
                    candidates & wanted for (candidates, _s, _e), wanted in zip(following, entry.phrase, strict=True)):
                continue
            offset = words[position][1]
            length = following[-1][2] - offset
            start, sentence = sentence_at(text, offset)
            key = (entry.kind, entry.code, start)
            if key not in seen:
                seen.add(key)
                found.append(Finding(entry.kind, entry.code, sentence, offset, length=length))
    found += retention(text, lang)
    return sorted(found, key=lambda f: (f.offset, f.kind, f.code))


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "five": "5", "six": "6", "seven": "7", "ten": "10",
                 "سنة": "1", "سنتين": "2", "عام": "1", "عامين": "2"}
_RETENTION_EN = [
    ("period", re.compile(r"\b(?:keep|kept|retain\w*|stor\w*|hold|held|delet\w*|eras\w*)\b[^.]{0,80}?"
                          r"\b(?:for|every|after|within)\s+"
                          r"(\d+|one|two|three|five|six|seven|ten)\s+(days?|weeks?|months?|years?)", re.I)),
    ("until_event", re.compile(r"\b(?:keep|retain|store|hold)\b[^.]{0,80}?\buntil\s+([^.,;]{3,60})", re.I)),
    ("legal_requirement", re.compile(r"\bas (?:long as )?required (?:for|by) ([^.,;]{3,60})", re.I)),
    ("not_retained", re.compile(r"\b(?:do not|don't|never) (?:keep|retain|store)\b", re.I)),
]
_RETENTION_AR = [
    ("period", re.compile(r"(?:نحتفظ|يحتفظ|الاحتفاظ|سنحتفظ|تحتفظ|يتم حذف|نحذف)[^.،\n]{0,80}?"
                          r"(?:لمدة|مدة|خلال|بعد|كل)\s*(\d+|سنة|سنتين|عام|عامين)\s*"
                          r"(يوما|يوم|أيام|ايام|أسبوع|شهرا|شهر|أشهر|اشهر|سنة|سنوات|عام|أعوام)?")),
    ("until_event", re.compile(r"(?:نحتفظ|يحتفظ|الاحتفاظ|سنحتفظ)[^.\n]{0,80}?حتى\s+([^.،\n]{3,60})")),
    ("legal_requirement", re.compile(r"(?:الاحتفاظ|نحتفظ)[^.\n]{0,80}?(?:وفق|حسب|بحسب)\s+"
                                     r"((?:متطلبات|أنظمة|الأنظمة|نظام)[^.،\n]{0,60})")),
    ("not_retained", re.compile(r"(?:لا|ولا) (?:نحتفظ|يحتفظ|نخزن)\s+بها")),
]


def retention(text: str, lang: str) -> list[Finding]:
    """Retention statements, with their period when one is stated."""
    found = []
    for code, pattern in (_RETENTION_AR if lang == "ar" else _RETENTION_EN):
        for match in pattern.finditer(text):
            if code == "period":
                amount = _NUMBER_WORDS.get(match.group(1).lower(), match.group(1))
                unit = (match.group(2) or "").lower() if match.lastindex and match.lastindex >= 2 else ""
                period = f"{amount} {unit}".strip() if unit or amount.isdigit() else match.group(1)
            elif code in ("until_event", "legal_requirement"):
                period = match.group(1).strip()
            else:
                period = None
            _start, sentence = sentence_at(text, match.start())
            found.append(Finding("retention", code, sentence, match.start(), period, match.end() - match.start()))
    return found


def codes(findings: Iterable[Finding], kind: str) -> set[str]:
    return {f.code for f in findings if f.kind == kind}


# ---------------------------------------------------------------- the comparison
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
    direction: str  # policy_only | register_only | missing
    message: str
    records: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "code": self.code, "direction": self.direction,
                                  "message": self.message}
        if self.records:
            out["records"] = list(self.records)
        return out


CORE_RIGHTS = ("access", "rectification", "erasure", "withdraw_consent", "complaint")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s-]{7,}\d|مسؤول حماية البيانات|data protection officer",
                      re.I)


def compare(text: str, findings: list[Finding], facts: RegisterFacts, lang: str,
            labels: Mapping[tuple[str, str], str], messages: Mapping[str, str]) -> list[Gap]:
    """Gaps between a policy and the register, worded in `lang`.

    `labels` maps (kind, code) to a label; `messages` maps a message key to its template.
    """
    gaps: list[Gap] = []

    def name(kind: str, code: str) -> str:
        return labels.get((kind, code), code)

    for kind, recorded in (("data_category", facts.data_categories), ("purpose", facts.purposes),
                           ("recipient", facts.recipient_types)):
        stated = codes(findings, kind)
        for code in sorted(stated - set(recorded)):
            key = "gap_policy_recipient" if kind == "recipient" else "gap_policy_only"
            gaps.append(Gap(kind, code, "policy_only", messages[key].format(what=name(kind, code))))
        for code in sorted(set(recorded) - stated):
            gaps.append(Gap(kind, code, "register_only", messages["gap_register_only"].format(
                what=name(kind, code), records=", ".join(recorded[code][:6])), tuple(recorded[code])))
    if facts.transfers and not codes(findings, "transfer"):
        gaps.append(Gap("transfer", "abroad", "register_only", messages["gap_transfer"].format(
            records=", ".join(facts.transfers[:6])), tuple(facts.transfers)))
    if codes(findings, "transfer") and not facts.transfers:
        gaps.append(Gap("transfer", "abroad", "policy_only", messages["gap_policy_transfer"]))
    if not codes(findings, "retention") - {"not_retained"}:
        gaps.append(Gap("retention", "period", "missing", messages["gap_no_retention"]))
    rights = codes(findings, "right")
    for code in CORE_RIGHTS:
        if code not in rights:
            gaps.append(Gap("right", code, "missing", messages["gap_no_right"].format(what=name("right", code))))
    if not codes(findings, "legal_basis"):
        gaps.append(Gap("legal_basis", "any", "missing", messages["gap_no_legal_basis"]))
    if not _CONTACT.search(text):
        gaps.append(Gap("contact", "officer", "missing", messages["gap_no_contact"]))
    return gaps
