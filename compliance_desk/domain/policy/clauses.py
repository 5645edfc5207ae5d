"""Whether a statement is made, denied, or made on a condition.

"لا نشارك بياناتك مع أي طرف ثالث" denies sharing; "لا نشارك … إلا بموافقتك" and "we do not sell …
except" share on a condition, as do "if required by law" and "عند الاقتضاء بموجب القانون". A
denial is a negation that governs a verb of data handling (collect, share, sell, keep, use,
receive, disclose, track, transfer) and comes before the statement in the same clause.
"""

from __future__ import annotations

import re

from compliance_desk.domain.policy.words import clause_start, folded, sentence_span

POSITIVE, NEGATIVE, CONDITIONAL = "positive", "negative", "conditional"

_B = r"(?<!\w)"  # a word starts here
_E = r"(?!\w)"  # a word ends here
_VERBS_AR = (r"\S*(?:جمع|شارك|بيع|حفظ|حتفظ|خزن|خزين|ستخدم|تلقي|تلقو|فصح|كشف|تتبع|نقل|نقلها|رسل|عالج|تاجر|وجر"
             r"|قدم|تقديم|وصول|يصل|تبادل)\S*")
NEGATION_AR = re.compile(_B + r"[وف]?(?:لا|لن|لم|ليس|ليست|لسنا|عدم|بعدم)" + _E
                         + r"(?:\s+\S+){0,2}?\s+" + _VERBS_AR)
NEGATION_EN = re.compile(r"\b(?:not|never|no longer|neither|nor|don't|doesn't|won't|cannot|can't)\b"
                         r"(?:\s+\S+){0,2}?\s+(?:collect|share|sell|keep|retain|store|use|receive|disclose|"
                         r"track|transfer|send|rent|trade|provide|process|access)\w*", re.I)
EXCEPTION_AR = re.compile(_B + r"(?:[وف]?الا|باستثناء|استثناء|ما لم|عدا|سوى|(?:ب?دون|من دون) (?:الحصول علي )?"
                          r"(?:موافق|تصريح|اذن|اذنك|طلب)\S*)" + _E)
EXCEPTION_EN = re.compile(r"\b(?:except|unless|other than|apart from|without (?:your|prior|first)\b)", re.I)
CONDITION_AR = re.compile(_B + r"(?<!ما )(?:عند الاقتضاء|عند الضروره|عند الطلب|اذا (?:طلب|اقتضت|اعتقدنا|تطلب|لزم)|"
                          r"اذا كان (?:ذلك )?(?:ضروريا|مطلوبا|لازما|يتعين)|"
                          r"عندما (?:يقتضي|يقضي|يطلب|نتلقي|يتطلب|نعتقد)|متي ما كان|متي كان|بناء علي طلب|"
                          r"في حال (?:اقتضت|طلب)|حسب ما يقضي|حيثما يقتضي|اذا كان يتعين)" + _E)
CONDITION_EN = re.compile(r"\b(?:if|when|where) (?:we are )?(?:required|requested|necessary|we believe|"
                          r"the law requires)|\bin response to\b|\bas required by\b", re.I)


def polarity(text: str, offset: int, lang: str, conditions: bool = True) -> tuple[str, str | None]:
    """(positive | negative | conditional, the condition's words) of the statement at `offset`;
    `conditions`: whether an "if required by law" alone makes it conditional (disclosures, transfers)."""
    start, end = sentence_span(text, offset)
    sentence, _where = folded(text[start:end])
    before, _w = folded(text[clause_start(text, offset):offset])
    negation = NEGATION_AR if lang == "ar" else NEGATION_EN
    exception = EXCEPTION_AR if lang == "ar" else EXCEPTION_EN
    condition = CONDITION_AR if lang == "ar" else CONDITION_EN
    if negation.search(before):
        found = exception.search(sentence)
        return (CONDITIONAL, found.group().strip()) if found else (NEGATIVE, None)
    found = condition.search(sentence) if conditions else None
    return (CONDITIONAL, found.group().strip()) if found else (POSITIVE, None)


def denies(text: str, lang: str) -> bool:
    """Whether `text` (one clause) denies a data practice with no exception."""
    folded_text, _w = folded(text)
    negation = NEGATION_AR if lang == "ar" else NEGATION_EN
    exception = EXCEPTION_AR if lang == "ar" else EXCEPTION_EN
    return bool(negation.search(folded_text)) and not exception.search(folded_text)
