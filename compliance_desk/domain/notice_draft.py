"""The draft guard of the privacy notice: a notice with gaps on its page is never published unmarked.

Like a letter with gaps (domain.letter_gaps), its title says DRAFT and its first line says "DRAFT —
do not publish: still to be completed: …", naming how many gaps of each kind the page shows: texts
"[To be completed before publishing: …]", placeholder contacts (domain.placeholders), and free texts
quoted in the other language, awaiting translation. A complete notice carries no mark.
"""

from __future__ import annotations

from compliance_desk.domain.letter_gaps import draft_title
from compliance_desk.domain.placeholders import placeholder_spans

DRAFT = ("DRAFT — do not publish: still to be completed: {missing}.",
         "مسودة — لا تُنشر: ما زال يلزم استكمال: {missing}.")
# (what the page shows, how the draft line names the kind)
KINDS = (
    (("to be completed before publishing", "يُستكمل قبل النشر"),
     ("texts to be completed before publishing: {n}", "نصوص يلزم استكمالها قبل النشر: {n}")),
    (("in arabic in the register: to be translated", "بالإنجليزية في السجل: تنتظر الترجمة"),
     ("texts awaiting translation: {n}", "نصوص تنتظر الترجمة: {n}")),
)
PLACEHOLDERS = ("placeholder contacts: {n}", "وسائل تواصل تجريبية: {n}")


def draft_line(text: str, lang: str) -> str:
    """The notice's draft line from the text of its page, or "" when the page shows no gap."""
    i = 1 if lang == "ar" else 0
    folded = text.lower()
    found = [name[i].format(n=count) for marks, name in KINDS if (count := folded.count(marks[i]))]
    contacts = {text[start:end] for start, end in placeholder_spans(text)}
    if contacts:
        found.append(PLACEHOLDERS[i].format(n=len(contacts)))
    return DRAFT[i].format(missing=("؛ " if lang == "ar" else "; ").join(found)) if found else ""


def marked_title(title: str, draft: str, lang: str) -> str:
    return draft_title(title, lang) if draft else title
