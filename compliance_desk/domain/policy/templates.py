"""Template text left in a published policy: blanks, fill-ins, paragraphs left twice, generator text.

A reader trips over "(______________)" where the phone number should be, "[اسم الشركة]", "على ؟",
"فيرجى الاتصال ." with nothing after it, the same paragraph printed twice, or a generator's own
sentence ("This privacy policy was created with …").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from compliance_desk.domain.policy.words import WORD, folded, sentences

PLACEHOLDERS = [
    re.compile(r"_{3,}"),
    re.compile(r"\[[^\[\]\n]{1,40}\]"),
    re.compile(r"\{\{?[^{}\n]{1,40}\}\}?"),
    re.compile(r"<<[^<>\n]{1,40}>>"),
    re.compile(r"«\s*(?:اسم|عنوان|رقم|تاريخ|البريد)[^»\n]{0,30}»"),
    re.compile(r"\(\s*(?:\.{3,}|…|\?+|؟+|-{3,})\s*\)"),
    re.compile(r"؟{2,}|\?{3,}"),
    re.compile(r"(?:(?<=[:：])|(?<!\w)(?:علي|عبر|برقم|رقم|بتاريخ|تاريخ|الهاتف|هاتف|الالكتروني))\s*؟"),
    re.compile(r"(?<!\w)(?:الاتصال|التواصل|الاتصال بنا|التواصل معنا|مراسلتنا)\s+\.(?!\S)"),
    re.compile(r"\b(?:X{3,}|x{4,}|lorem ipsum|TBD|TODO|INSERT\b|yourcompany|yourdomain|yourwebsite|"
               r"example\.com|company name|business name|website name)", re.I),
    re.compile(r"(?<!\w)(?:ادخل|اكتب|ضع|اذكر) (?:اسم|عنوان|رقم|هنا|تاريخ)"),
]
# what a notice generated from an incomplete register marks on the page (domain/notice_words.py)
MARKER = re.compile(r"to be completed before publishing|يستكمل قبل النشر", re.I)
PLACEHOLDERS.append(MARKER)
GENERATOR = re.compile(
    r"privacy policy generator|generated (?:by|with|using)|created (?:by|with|using) (?:the )?\w+ (?:privacy|policy)|"
    r"termsfeed|termly|freeprivacypolicy|privacypolicies\.com|app-privacy-policy-generator|"
    r"this page is used to inform (?:website )?visitors|مولد سياسه الخصوصيه|مولد السياسات|"
    r"تم (?:انشاء|توليد) (?:هذه )?(?:السياسه|سياسه الخصوصيه) (?:بواسطه|باستخدام|عبر)|"
    r"وضعت هذه الصفحه لاعلام زوار الموقع", re.I)
# a paragraph left twice: a run of two or more sentences seen before, or one long sentence; a short
# sentence said twice (the same retention for two activities) is not a copy left behind
MIN_WORDS, LONG_SENTENCE = 8, 20


@dataclass(frozen=True)
class Template:
    code: str  # placeholder | repeated | generator
    start: int
    end: int
    first: int | None = None  # for "repeated": where the paragraph first appears


def templates(text: str) -> list[Template]:
    found: list[Template] = []
    fold, where = folded(text)
    for pattern in PLACEHOLDERS:
        for match in pattern.finditer(fold):
            found.append(Template("placeholder", where[match.start()], where[match.end()]))
    for match in GENERATOR.finditer(fold):
        found.append(Template("generator", where[match.start()], where[match.end()]))
    found += _repeated(text, fold, where)
    return sorted(found, key=lambda t: t.start)


def _repeated(text: str, fold: str, where: list[int]) -> list[Template]:
    seen: dict[str, int] = {}
    runs: list[list[tuple[int, int, int, int]]] = []  # (index, start, end, first) of repeated sentences
    for index, (start, end) in enumerate(sentences(text)):
        words = WORD.findall(fold[_index(where, start):_index(where, end)])
        key = " ".join(words)
        if len(words) < MIN_WORDS:
            continue
        if key in seen:
            if runs and runs[-1][-1][0] == index - 1:
                runs[-1].append((index, start, end, seen[key]))
            else:
                runs.append([(index, start, end, seen[key])])
        else:
            seen[key] = start
    found = []
    for run in runs:
        _i, start, end, first = run[0]
        if len(run) >= 2 or len(WORD.findall(text[start:end])) >= LONG_SENTENCE:
            found.append(Template("repeated", start, end, first))
    return found


def _index(where: list[int], offset: int) -> int:
    """The position in the folded text of the original `offset`."""
    return bisect.bisect_left(where, offset)
