"""How long a policy says data is kept: a period, an event, the law, or not at all.

A sentence states retention when it has a verb of keeping or deleting (نحتفظ، الاحتفاظ، نحذف، يتم
حذف، ينتهي مفعولها / keep, retain, delete, expire) together with a period ("لمدة أربع سنوات",
"خلال 24 ساعة", "عامين", "for 90 days"), an event ("إلى أن تختار حذف حسابك", "طوال مدة علاقة
الأعمال", "as long as your account is open") or the law ("ما لم يقتض القانون", "للدفاع عن أنفسنا
في مواجهة المطالبات القانونية", "as required by tax law"). Deleting the account deleting the data
is an event too. Patterns run on the folded text (words.folded), so hamza and diacritics vary freely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compliance_desk.domain.policy.clauses import EXCEPTION_AR, EXCEPTION_EN
from compliance_desk.domain.policy.words import folded, sentences

_B = r"(?<!\w)"
_E = r"(?!\w)"
VERB_AR = re.compile(_B + r"[وف]?(?:س?نحتفظ|س?يحتفظ|س?تحتفظ|يتم الاحتفاظ|الاحتفاظ|للاحتفاظ|بالاحتفاظ|احتفاظ|"
                     r"س?نحذف|س?يحذف|يتم حذف|سيتم حذف|ستتم ازاله|سيتم ازاله|بحذف|حذف|نخزن|تخزين|بتخزين|نحفظ|بحفظ|"
                     r"ينتهي مفعول\S*|تنتهي صلاحي\S*|ينتهي|تنتهي|نتلف|اتلاف|ازاله)" + _E)
VERB_EN = re.compile(r"\b(?:keep|kept|keeps|retain\w*|stor(?:e|ed|es|ing)|hold|held|delet\w*|eras\w*|"
                     r"expir\w*|destroy\w*)\b", re.I)
NUMBERS_AR = {"واحد": 1, "واحده": 1, "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
              "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8,
              "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "بضع": 0, "بضعه": 0}
UNITS_AR = {  # folded unit word -> (unit, the count it says alone)
    "ثانيه": ("second", 1), "ثوان": ("second", 3), "ثواني": ("second", 3), "دقيقه": ("minute", 1),
    "دقيقتين": ("minute", 2), "دقايق": ("minute", 3), "ساعه": ("hour", 1), "ساعتين": ("hour", 2),
    "ساعات": ("hour", 3), "يوم": ("day", 1), "يوما": ("day", 1), "يومين": ("day", 2), "ايام": ("day", 3),
    "اسبوع": ("week", 1), "اسبوعين": ("week", 2), "اسابيع": ("week", 3), "شهر": ("month", 1),
    "شهرا": ("month", 1), "شهرين": ("month", 2), "اشهر": ("month", 3), "شهور": ("month", 3),
    "سنه": ("year", 1), "سنتين": ("year", 2), "سنوات": ("year", 3), "سنين": ("year", 3), "عام": ("year", 1),
    "عاما": ("year", 1), "عامين": ("year", 2), "اعوام": ("year", 3),
}
MONTHS = {"second": 1 / 2_592_000, "minute": 1 / 43_200, "hour": 1 / 720, "day": 1 / 30, "week": 7 / 30,
          "month": 1, "year": 12}
_UNIT = "|".join(sorted(UNITS_AR, key=len, reverse=True))
_NUMBER = "|".join(sorted(NUMBERS_AR, key=len, reverse=True))
PERIOD_AR = re.compile(_B + r"(?:لمده|مده|لفتره|فتره|خلال|بعد|كل|طوال|حتي|اقصاها|تصل الي|لا تتجاوز|لا تزيد عن|"
                       r"بعد انقضاء|انقضاء|ل)\s*(?:تصل الي\s+|لا تتجاوز\s+|اقصاها\s+)?"
                       rf"(?:(\d+|{_NUMBER})\s+)?({_UNIT})(?:\s+({_NUMBER}))?" + _E)
PERIOD_EN = re.compile(r"\b(?:for|every|after|within|up to|of|than)\s+(?:a period of\s+|up to\s+)?"
                       r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a)\s+"
                       r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)
UNTIL_AR = re.compile(_B + r"(?:الي ان|حتي|طالما|ما دام|مادام|طوال مده|طوال فتره|طوال|لحين|للمده (?:التي|اللازمه)|"
                      r"المده (?:التي|اللازمه)|حسب الضروره|بالقدر اللازم|بمجرد|عند انتهاء|عند زوال|فور)" + _E
                      + r"\s*([^.،,\n؛:]{3,60})")
UNTIL_EN = re.compile(r"\b(?:until|as long as|for as long as|for the duration of|while)\s+([^.,;\n]{3,60})", re.I)
ACCOUNT_AR = re.compile(r"حذف (?:ال)?حساب\S*[^.\n]{0,80}?(?:حذف|ازاله)|(?:حذف|ازاله)[^.\n]{0,80}?(?:عند|عندما|بعد) "
                        r"(?:تختار )?حذف (?:ال)?حساب")
ACCOUNT_EN = re.compile(r"delet\w* (?:your |the )?account[^.\n]{0,80}?(?:delet|remov|eras)\w*", re.I)
LEGAL_AR = re.compile(_B + r"(?:ما لم (?:يقتض|يقتضي|تقتضي|يتطلب|تتطلب|يكن|يلزمنا|يلزم)|وفقا? (?:ل)?(?:متطلبات|للمتطلبات|الانظمه|"
                      r"النظام|القانون|للقانون|للنظام|للانظمه)|حسب (?:النظام|متطلبات|القانون)|بموجب (?:التزام|النظام|القانون)|"
                      r"للدفاع عن|المطالب(?:ات)? القانونيه|وفقا لمتطلبات|وفقا لنظام|الالتزامات (?:القانونيه|النظاميه)|المتطلبات (?:القانونيه|النظاميه)|"
                      r"الدعاوي|متطلبات (?:نظاميه|قانونيه|محاسبيه)|مده نظاميه|التزام نظامي|يقتضي القانون|يقتضي النظام)")
LEGAL_EN = re.compile(r"\b(?:required (?:for|by) ([^.,;\n]{3,60})|(?:as (?:long as )?|unless )(?:the law|law) requires|legal "
                      r"(?:obligations?|requirements?|claims?)|to comply with [^.,;\n]{3,60}|statute of limitations|"
                      r"tax law)", re.I)
NOT_KEPT_AR = re.compile(_B + r"[وف]?(?:لا|لن|لم)\s+(?:\S+\s+){0,2}?(?:س?نحتفظ|يحتفظ|تحتفظ|نخزن|يخزن|تخزن|بحفظ|"
                         r"بتخزين|نحفظ|يحفظ|تحفظ)" + _E)
NOT_KEPT_EN = re.compile(r"\b(?:do not|don't|never|does not|doesn't|will not|won't)\s+(?:\w+\s+)?"
                         r"(?:keep|retain|store|hold)\b", re.I)
WORDS_EN = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "twelve": 12, "a few": 0}


@dataclass(frozen=True)
class Statement:
    code: str  # period | until_event | legal_requirement | not_retained
    start: int  # in the original text
    end: int
    period: str | None = None  # the words that say how long, as written
    months: float | None = None  # the period in months when it is a period


def _months(amount: str | None, unit: str, trailing: str | None) -> float | None:
    """The period in months ("أربع سنوات" 48, "عامين" 24, "ساعة واحدة" 1/720); None for "بضع دقائق"."""
    name, alone = UNITS_AR[unit]
    word = amount or trailing
    count = int(word) if word and word.isdigit() else NUMBERS_AR.get(word, alone) if word else alone
    return round(count * MONTHS[name], 6) if count else None


class _Sentence:
    """A sentence of the policy, folded, with offsets back into the policy."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.folded, self.where = folded(text[start:end])

    def span(self, match: re.Match[str], group: int = 0) -> tuple[int, int]:
        return self.start + self.where[match.start(group)], self.start + self.where[match.end(group)]

    def words(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())


def statements(text: str, lang: str) -> list[Statement]:
    """Every retention statement, one per (code, sentence)."""
    ar = lang == "ar"
    verb, until, legal = (VERB_AR, UNTIL_AR, LEGAL_AR) if ar else (VERB_EN, UNTIL_EN, LEGAL_EN)
    not_kept, account = (NOT_KEPT_AR, ACCOUNT_AR) if ar else (NOT_KEPT_EN, ACCOUNT_EN)
    exception = EXCEPTION_AR if ar else EXCEPTION_EN
    found: list[Statement] = []
    for start, end in sentences(text):
        sentence = _Sentence(text, start, end)
        denial = not_kept.search(sentence.folded)
        if denial and not exception.search(sentence.folded):
            found.append(Statement("not_retained", *sentence.span(denial)))
            continue
        if not verb.search(sentence.folded) and not account.search(sentence.folded):
            continue
        period = _period(sentence, ar)
        if period:
            found.append(period)
        event = until.search(sentence.folded)
        if event:
            found.append(Statement("until_event", *sentence.span(event), sentence.words(*sentence.span(event, 1))))
        elif (event := account.search(sentence.folded)) is not None:
            found.append(Statement("until_event", *sentence.span(event), sentence.words(*sentence.span(event))))
        law = legal.search(sentence.folded)
        if law:
            a, b = sentence.span(law, 1) if law.lastindex else (sentence.span(law)[0], end)
            found.append(Statement("legal_requirement", *sentence.span(law), sentence.words(a, b)[:80]))
    return found


def _period(sentence: _Sentence, ar: bool) -> Statement | None:
    """The first period the sentence states, with its length in months."""
    for match in (PERIOD_AR if ar else PERIOD_EN).finditer(sentence.folded):
        if ar:
            amount, unit, trailing = match.group(1), match.group(2), match.group(3)
            if not amount and not trailing and not _stands_alone(sentence.folded, match):
                continue
            months = _months(amount, unit, trailing)
        else:
            amount = match.group(1).lower()
            number = int(amount) if amount.isdigit() else WORDS_EN.get(amount, 0)
            months = round(number * MONTHS[match.group(2).lower().rstrip("s")], 6) if number else None
        a = sentence.span(match, 1 if match.group(1) else 2)[0]
        b = sentence.span(match)[1]
        return Statement("period", a, b, sentence.words(a, b), months)
    return None


def _stands_alone(sentence: str, match: re.Match[str]) -> bool:
    """A bare unit ("لمدة سنة", "عامين") is a period; "كل يوم" or "ل+يوم" inside a phrase may not be."""
    unit = match.group(2)
    lead = sentence[match.start():match.start(2)].strip()
    return UNITS_AR[unit][1] == 2 or lead in ("لمده", "مده", "لفتره", "خلال", "تصل الي", "لا تتجاوز", "اقصاها")
