"""The draft guard every letter to a data subject shares (breach letters, request letters).

A letter with a gap is never sent unmarked: its title says DRAFT and its first line says "DRAFT — do
not send: still to be completed: …", naming each gap. A gap is a field the letter needs that is
blank, or a free text written only in the other language's script: an Arabic letter never quotes
English prose (an erasure reason typed in English, an officer's name in Latin letters only), nor an
English letter Arabic prose. The quoted text is replaced by a bracketed placeholder naming the gap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain.arabic import foreign
from compliance_desk.domain.placeholders import placeholder as placeholder_value

DRAFT = ("DRAFT — do not send: still to be completed: {missing}.",
         "مسودة — لا تُرسل: ما زال يلزم استكمال: {missing}.")
DRAFT_TITLE = ("DRAFT", "مسودة")
TO_COMPLETE = ("[to be completed]", "[يلزم استكماله]")
# "[Reasons given (Erasure) in English: to be completed]" / "[الأسباب المبينة (المحو) بالعربية: يلزم استكمالها]"
PLACEHOLDER = ("[{what}: to be completed]", "[{what}: يلزم استكماله]")
PLACEHOLDER_FEMININE = "[{what}: يلزم استكمالها]"
# non-human plurals agree in the feminine singular: «الأسباب … يلزم استكمالها»
_FEMININE_PLURALS = {"الأسباب", "الرسوم", "العواقب", "الإجراءات", "البيانات", "التدابير"}
IN_LANGUAGE = ("{what} in English", "{what} بالعربية")

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
# the separators between the two scripts' forms of one text: "نورة القحطاني (Noura Al-Qahtani)",
# "نورة القحطاني / Noura Al-Qahtani"
_PARTS = re.compile(r"\s*(?:[()\[\]/|]|\s[—–-]\s)\s*")


def _i(lang: str) -> int:
    return 1 if lang == "ar" else 0


def in_script(text: str, lang: str) -> str | None:
    """The part of `text` written in the letter's script: a name written in both
    ("نورة القحطاني (Noura Al-Qahtani)") gives "نورة القحطاني" in Arabic and "Noura Al-Qahtani" in
    English; a text with no letter of the other script comes back whole; None when only the other
    script's form is there."""
    text = " ".join(text.split())
    if foreign(text, lang):
        return None
    own, other = (ARABIC, LATIN) if lang == "ar" else (LATIN, ARABIC)
    if not other.search(text):
        return text
    mine = [p for p in _PARTS.split(text) if own.search(p) and not other.search(p)]
    return " ".join(mine) if mine else text  # one run mixing both scripts ("Dr. نورة"): kept as written


def feminine(what: str) -> bool:
    """Whether the Arabic noun a gap names is feminine: its head word (after "…: " when the name is
    qualified) ends in ة or ات, or is a non-human plural («الأسباب», «الرسوم»)."""
    head = what.rsplit(":", 1)[-1].split()
    word = head[0] if head else ""
    return word.endswith(("ة", "ات")) or word in _FEMININE_PLURALS


def placeholder(what: str, lang: str) -> str:
    """"[Reasons given in English: to be completed]" / "[الأسباب المبينة بالعربية: يلزم استكمالها]"."""
    if lang == "ar" and feminine(what):
        return PLACEHOLDER_FEMININE.format(what=what)
    return PLACEHOLDER[_i(lang)].format(what=what)


def draft_line(missing: list[str], lang: str) -> str:
    """"DRAFT — do not send: still to be completed: …" naming each gap, or "" without gaps."""
    if not missing:
        return ""
    return DRAFT[_i(lang)].format(missing=("، " if lang == "ar" else "; ").join(dict.fromkeys(missing)))


def draft_title(title: str, lang: str) -> str:
    return f"{DRAFT_TITLE[_i(lang)]} — {title}"


# A legal name is not translated: the name registered in the commercial registration is the one a
# regulator checks, so a letter without a name in its language prints the registered one, marked.
REGISTERED_IN = ("{name} (registered name, in Arabic)", "{name} (الاسم المسجل بالإنجليزية)")
# likewise the national address as recorded: printed as written, its language said
ADDRESS_IN = ("{address} (address in Arabic)", "{address} (العنوان بالإنجليزية)")


def registered_name(own: str | None, other: str | None, lang: str) -> str:
    """The organisation's name for a letter in `lang`: its name in that language, or the name in the
    other language as registered, with a mark saying which language it is ("" when neither)."""
    own, other = " ".join(str(own or "").split()), " ".join(str(other or "").split())
    if own:
        return own
    return REGISTERED_IN[_i(lang)].format(name=other) if other else ""


def marked_address(address: str, lang: str) -> str:
    """The organisation's address as recorded; written only in the other language's script it is
    printed as it is (an address is not translated: the post reads it as registered), marked."""
    address = " ".join(str(address or "").split())
    return ADDRESS_IN[_i(lang)].format(address=address) if address and foreign(address, lang) else address


# A contact left as a placeholder is no contact: what the privacy notice calls one (domain/placeholders:
# the reserved example domains, a counting or repeated run of digits), and words typed to fill the
# field ("TBD", "to be confirmed", a run of zeros).
_PLACEHOLDER_WORDS = re.compile(
    r"0000|x{3,}|\b(?:TBD|TBA|TBC|N/?A)\b|to be (?:confirmed|determined|advised)|يحدد لاحق|يُحدد لاحق|لاحقا|لاحقاً",
    re.IGNORECASE)
PLACEHOLDER_CONTACT = ("{what} (a placeholder, not a real contact)", "{what} (قيمة مؤقتة وليست وسيلة تواصل حقيقية)")


def placeholder_contact(value: str | None) -> bool:
    """Whether a recorded contact (e-mail, phone) is a placeholder: "dpo@example.com", "0000", "TBD"."""
    text = str(value or "").strip()
    return bool(text) and (placeholder_value(text) or bool(_PLACEHOLDER_WORDS.search(text)))


def officer_gaps(org: Mapping[str, Any], lang: str, labels: Mapping[str, str]) -> list[str]:
    """What the officer's block of a letter in `lang` lacks: a name in the letter's script (an Arabic
    letter is signed with an Arabic name), and real contacts, not placeholders. `labels`: each
    field's name as the letter names its gaps."""
    missing = []
    name = str(org.get("officer_name") or "").strip()
    if name and in_script(name, lang) is None:
        missing.append(IN_LANGUAGE[_i(lang)].format(what=labels["officer_name"]))
    for key in ("officer_email", "officer_phone"):
        if placeholder_contact(org.get(key)):
            missing.append(PLACEHOLDER_CONTACT[_i(lang)].format(what=labels[key]))
    return missing


@dataclass
class Gaps:
    """What one letter still lacks, collected while it is written."""

    lang: str
    missing: list[str] = field(default_factory=list)

    def blank(self, what: str) -> str:
        """A field the letter needs is blank: named as a gap, its place in the letter bracketed."""
        self.missing.append(what)
        return placeholder(what, self.lang)

    def quote(self, text: str, what: str) -> str:
        """A free text the letter quotes: as written when in the letter's script, else a gap named
        "<what> in Arabic" (or "in English") and a bracketed placeholder in its place."""
        text = " ".join(str(text or "").split())
        if not foreign(text, self.lang):
            return text
        return self.blank(IN_LANGUAGE[_i(self.lang)].format(what=what))

    def name(self, text: str, what: str) -> str:
        """A name the letter signs with or cites: the part in the letter's script; a name written only
        in the other script is printed as written (a name is not translated) and named as a gap."""
        own = in_script(str(text or ""), self.lang)
        if own is not None:
            return own
        self.missing.append(IN_LANGUAGE[_i(self.lang)].format(what=what))
        return " ".join(str(text).split())

    def line(self) -> str:
        return draft_line(self.missing, self.lang)

    def title(self, title: str) -> str:
        return draft_title(title, self.lang) if self.missing else title
