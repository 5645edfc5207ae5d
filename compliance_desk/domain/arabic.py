"""Arabic-aware text folding for search and matching.

Applied to both the stored search index and the query, so "أحمد", "إحمد" and "احمد" meet, as do
"مؤسسة" and "موسسه", and "١٢٣" and "123".
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ك": "ك", "ک": "ك",
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic (Persian) digits
})

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, and tatweel.
_STRIP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold `text` for matching: case, Arabic letter variants, diacritics, tatweel, digits."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _STRIP.sub("", text)
    text = text.translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


_ARTICLES = ("وبال", "وال", "بال", "فال", "كال", "ال", "لل")


def index_terms(text: str) -> str:
    """Folded text plus each word without its attached article (ال، وال، بال …), for the search index.

    So a search for "احتيال" finds "الاحتيال" and "بالاحتيال", while "الاحتيال" still matches itself.
    """
    folded = normalise(text)
    extra = []
    for word in folded.split():
        for article in _ARTICLES:
            if word.startswith(article) and len(word) - len(article) >= 2:
                extra.append(word[len(article):])
                break
    return " ".join([folded, *extra]) if extra else folded


_NOT_WORD = re.compile(r"[\W_]+")


def words(text: str) -> list[str]:
    """The words of folded text as a full-text tokenizer sees them (SQLite FTS5's unicode61 with
    remove_diacritics 2): split at every character that is not a letter or a digit, Latin accents
    removed. The PostgreSQL engine indexes and searches these (storage/search.py)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return [w for w in _NOT_WORD.split(unicodedata.normalize("NFC", bare).lower()) if w]


_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def foreign(text: str, lang: str) -> bool:
    """True when `text` is written only in the other language: Latin letters and no Arabic one in an
    Arabic document, Arabic letters and no Latin one in an English document. A mixed text (an Arabic
    sentence naming a system in Latin letters) and a text of digits alone are not foreign."""
    arabic, latin = bool(_ARABIC_LETTER.search(text)), bool(_LATIN_LETTER.search(text))
    return (latin and not arabic) if lang == "ar" else (arabic and not latin)


LRI, PDI = "\u2066", "\u2069"


def isolated(text: str) -> str:
    """`text` as a left-to-right isolate, for plain text read right to left (an e-mail, a phone number:
    "+966 11 234 5678" would otherwise show its groups in reverse order). The PDF layout strips the
    marks and isolates the run itself."""
    return LRI + text + PDI if text else text
