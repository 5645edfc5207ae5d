"""Statements of one policy that cannot both hold.

Each topic has a denial — absolute, with no "except", "unless" or "without your consent" in its
sentence — and what affirms the opposite elsewhere in the policy:

- sharing: "we do not disclose your data to third parties" / a recipient the policy names;
- selling: "we do not sell" / "we may sell";
- tracking: "our site does not track your activity" / tracking technologies it uses;
- transfer: "we do not transfer data outside the Kingdom" / a transfer abroad; or "only to countries
  whose protection is not less than the Kingdom's" / "to countries that do not offer equivalent
  protection";
- collection: "we collect no personal data" / the data it lists.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from compliance_desk.domain.policy.clauses import EXCEPTION_AR, EXCEPTION_EN
from compliance_desk.domain.policy.words import CLAUSE_END, folded, sentences

_B = r"(?<!\w)"
_NEG_AR = _B + r"[وف]?(?:لا|لن|لم|ليس|لسنا|عدم|بعدم)\s+(?:\S+\s+){0,3}?"
_NEG_EN = r"\b(?:do not|don't|does not|doesn't|will not|won't|never|not)\s+(?:\w+\s+){0,2}?"
_THIRD_AR = r"(?:اطراف ثالثه|طرف ثالث|طرف اخر|الغير|اي جهه|جهات خارجيه|جهه خارجيه|اطراف اخري|اي شخص)"
_THIRD_EN = r"(?:third[- ]part(?:y|ies)|anyone|any other (?:party|company|organi[sz]ation)|others)"

DENIALS: dict[str, dict[str, re.Pattern[str]]] = {
    "ar": {
        "sharing": re.compile(_NEG_AR + r"\S*(?:شارك|كشف|فصح|تقدم|نقدم|يقدم|نقل|تبادل|تطلع|نطلع)\S*[^.،]{0,80}?"
                              + _THIRD_AR),
        "selling": re.compile(_NEG_AR + r"\S*(?:بيع|تاجر|وجر|تاجير)\S*"),
        "tracking": re.compile(_NEG_AR + r"\S*(?:تتبع|تعقب)\S*\s+(?:\S+\s+)?\S*(?:نشاط|تصفح|المستخدمين|سلوك|زوار)"),
        "transfer": re.compile(_NEG_AR + r"\S*(?:نقل|ننقل|تنقل|تخزين|نخزن)\S*[^.،]{0,60}?(?:خارج المملكه|الي الخارج|"
                               r"خارج حدود المملكه)"),
        "adequacy": re.compile(r"مستوي (?:ال)?حمايه[^.،]{0,30}?لا (?:يقل|تقل)|لا يقل عن مستوي (?:ال)?حمايه"),
        "collection": re.compile(_B + r"[وف]?(?:لا|لن)\s+(?:نقوم ب)?(?:نجمع|جمع)\s+(?:اي\s+)?(?:بيانات|معلومات) "
                                 r"شخصيه"),
    },
    "en": {
        "sharing": re.compile(_NEG_EN + r"(?:share|disclose|provide|transfer|give)\w*[^.]{0,80}?" + _THIRD_EN, re.I),
        "selling": re.compile(_NEG_EN + r"(?:sell|rent|trade)\w*", re.I),
        "tracking": re.compile(_NEG_EN + r"track\w*\s+(?:you|your|users|visitors)", re.I),
        "transfer": re.compile(_NEG_EN + r"(?:transfer|store|move)\w*[^.]{0,60}?(?:outside|abroad)", re.I),
        "adequacy": re.compile(r"(?:adequate|equivalent|not less than)[^.]{0,30}protection", re.I),
        "collection": re.compile(r"\bwe (?:do not|don't|never) collect (?:any )?personal (?:data|information)", re.I),
    },
}
AFFIRMATIONS: dict[str, dict[str, re.Pattern[str]]] = {
    "ar": {
        "selling": re.compile(_B + r"(?:قد نبيع|نبيع بيانات|نقوم ببيع|ببيع بيانات|تشكل بيعا)"),
        "tracking": re.compile(r"تقنيات التتبع|ادوات التتبع|(?<!\w)[لو]?تتبع (?:\S+ )?(?:سلوك|تصفح|"
                               r"نشاط|الانشطه|زوار|المستخدمين|الاستخدام)"),
        "adequacy": re.compile(r"لا (?:تعد|تعتبر|توفر|تطبق)[^.،]{0,40}?مستوي (?:ال)?حمايه (?:مكافي|مماثل|مساو)|"
                               r"مستوي مختلفا? من (?:ال)?حمايه"),
    },
    "en": {
        "selling": re.compile(r"\bwe (?:may )?sell\b|\bsale of (?:your )?personal", re.I),
        "tracking": re.compile(r"tracking technolog|track(?:s|ing)? (?:your|users|visitors)|we track", re.I),
        "adequacy": re.compile(r"(?:not|no)\w* (?:provide|offer|have|ensure)[^.]{0,30}(?:same|equivalent|adequate)"
                               r"|different (?:level of )?(?:data )?protection", re.I),
    },
}
SHARING = {"ar": re.compile(r"نشارك|مشارك|نقل|ننقل|نفصح|الافصاح|تقديم|نقدم|تبادل|نرسل|يرسل|تسليم"),
           "en": re.compile(r"share|disclos|provide|transfer|send|give", re.I)}
# topics whose affirmation is a kind of finding: sharing -> recipients, transfer -> transfers abroad
BY_FINDINGS = {"sharing": "recipient", "transfer": "transfer", "collection": "data_category"}


@dataclass(frozen=True)
class Contradiction:
    topic: str
    start: int  # the denial
    end: int
    other: int  # where the opposite is said


def contradictions(text: str, lang: str, affirmed: Mapping[str, list[int]]) -> list[Contradiction]:
    """`affirmed`: for each kind of finding, the offsets where the policy states it (not denied)."""
    exception = EXCEPTION_AR if lang == "ar" else EXCEPTION_EN
    folded_spans = [(start, end, *folded(text[start:end])) for start, end in sentences(text)]
    found: list[Contradiction] = []
    for topic, denial in DENIALS[lang].items():
        for start, end, sentence, where in folded_spans:
            match = denial.search(sentence)
            if not match:
                continue
            clause_end = CLAUSE_END.search(sentence, match.end())
            clause = sentence[match.start():clause_end.start() if clause_end else len(sentence)]
            if topic != "adequacy" and (exception.search(sentence) or exception.search(clause)):
                continue
            other = _opposite(topic, lang, start, end, folded_spans, affirmed)
            if other is not None:
                found.append(Contradiction("transfer" if topic == "adequacy" else topic,
                                           start + where[match.start()], start + where[match.end()], other))
                break
    return found


def _index(where: list[int], offset: int) -> int:
    """The position in a folded sentence of an offset into the original sentence."""
    return bisect.bisect_left(where, offset)


def _opposite(topic: str, lang: str, start: int, end: int, folded_spans: list[tuple[int, int, str, list[int]]],
              affirmed: Mapping[str, list[int]]) -> int | None:
    if topic in BY_FINDINGS:
        elsewhere = [o for o in affirmed.get(BY_FINDINGS[topic], []) if not start <= o < end]
        said = [o for o in elsewhere for s, e, sentence, where in folded_spans
                if s <= o < e and SHARING[lang].search(sentence, max(0, _index(where, o - s) - 60),
                                                       _index(where, o - s))]
        chosen = said or elsewhere
        return chosen[0] if chosen else None
    pattern = AFFIRMATIONS[lang][topic]
    for s, _e, sentence, where in folded_spans:
        if s == start:
            continue
        match = pattern.search(sentence)
        if match and not (topic != "adequacy" and DENIALS[lang][topic].search(sentence)):
            return s + where[match.start()]
    return None
