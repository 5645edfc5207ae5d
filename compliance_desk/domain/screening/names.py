"""Person and organisation names across Arabic and Latin script, folded for matching.

Arabic script writes no short vowels, and Latin transliterations write them in many ways
(محمد / Mohammed / Muhammad / Mohamed). So every name part gets a *consonant skeleton* that both
scripts share: Latin and Arabic letters fall into the same consonant classes, vowels and the
letters that stand for long vowels (ا و ي, except at the start of a part) drop out, ta marbuta and
a final "-ah" drop out, doubled letters collapse. محمد and Mohammed both become "mhmd".

Before that, a name is split into parts the way Arabic names are built: articles (ال، al-, el-,
ash-, ud- …) are dropped or joined, compounds are made one part (عبد الرحمن / Abdul Rahman /
Abd al-Rahman / Abdulrahman; نجيب الله / Najibullah; جلال الدين / Jalaluddin), the particles of
descent (بن، بنت، ابن، bin, ibn, ben, bint, ould) and leading titles (Sheikh, Dr, الشيخ …) are
left out. Persian, Pashto and Dari letters (ک ی گ ټ ډ ړ ږ ښ ځ څ ڼ ې ۍ) fold into their Arabic
neighbours.

A table of common names (name_table.txt) tells apart names whose skeletons agree (محمد and محمود
are both "mhmd") and knows a given name's gender; a part not in it is compared by its skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from compliance_desk.domain.arabic import normalise as arabic_normalise

# ------------------------------------------------------------------ scripts and folding
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Persian, Pashto, Dari and Urdu letters folded to the Arabic letter a transliterator reads them as.
_EXTRA_FOLD = str.maketrans({
    "ګ": "گ", "ڭ": "گ", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ے": "ي", "ھ": "ه", "ۀ": "ه", "ہ": "ه",
    "ۃ": "ه", "ټ": "ت", "ٹ": "ت", "ډ": "د", "ڈ": "د", "ړ": "ر", "ڑ": "ر", "ږ": "ز", "ژ": "ز",
    "ښ": "ش", "ځ": "ز", "څ": "س", "ڼ": "ن", "ں": "ن", "ۇ": "و", "ۆ": "و", "ۈ": "و", "ٶ": "و",
    "ٸ": "ي", "ء": "",
})
_NOT_ARABIC_WORD = re.compile("[^\u0621-\u064a\u067e\u0686\u06af\\s]")
_LATIN_SPECIAL = str.maketrans({"ø": "o", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                                "æ": "ae", "œ": "oe", "ʿ": "", "ʾ": "", "'": "", "’": "", "‘": "",
                                "`": "", "´": "", "ʼ": "", "ʻ": ""})
_NOT_LATIN_WORD = re.compile(r"[^a-z\s]")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def fold_arabic(text: str) -> str:
    """Arabic text with hamza/alef forms, ta marbuta, alef maqsura, diacritics and tatweel folded."""
    text = arabic_normalise(unicodedata.normalize("NFKC", text)).translate(_EXTRA_FOLD)
    return " ".join(_NOT_ARABIC_WORD.sub(" ", text).split())


def fold_latin(text: str) -> str:
    """Latin text as lowercase ASCII letters and spaces (accents and apostrophes dropped)."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LATIN_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NOT_LATIN_WORD.sub(" ", text).split())


# ------------------------------------------------------------------ the table of common names
@dataclass(frozen=True)
class NameTable:
    latin: dict[str, frozenset[str]]
    arabic: dict[str, frozenset[str]]
    gender: dict[str, str]
    common: frozenset[str]


@lru_cache(maxsize=1)
def table() -> NameTable:
    latin: dict[str, set[str]] = {}
    arabic: dict[str, set[str]] = {}
    gender: dict[str, str] = {}
    common: set[str] = set()
    text = resources.files(__package__).joinpath("name_table.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canon, sex, frequency, arabic_forms, latin_forms = line.split("|")
        if sex in ("m", "f"):
            gender[canon] = sex
        if frequency == "c":
            common.add(canon)
        for form in arabic_forms.split():
            arabic.setdefault(fold_arabic(form).replace(" ", ""), set()).add(canon)
        for form in latin_forms.split():
            latin.setdefault(_spell_out(fold_latin(form).replace(" ", "")), set()).add(canon)
    return NameTable({k: frozenset(v) for k, v in latin.items()}, {k: frozenset(v) for k, v in arabic.items()},
                     gender, frozenset(common))


# ------------------------------------------------------------------ splitting a name into parts
LATIN_PARTICLES = frozenset({"bin", "ibn", "ben", "bint", "binti", "ibnu", "ould", "wuld", "aal"})
LATIN_ARTICLES = frozenset({"al", "el", "ul", "il", "as", "ash", "ad", "ar", "at", "az", "an", "adh", "ath",
                            "ud", "ur", "us", "ut", "uz", "un", "ed", "er", "es", "et", "ez", "en", "ag",
                            "eth", "esh", "uth", "ush"})
LATIN_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "eng", "engr", "he", "hrh", "prince",
                          "princess", "sheikh", "shaikh", "shaykh", "sheik", "sheikha", "king", "queen", "haji",
                          "hajji", "hadji", "mullah", "mulla", "maulavi", "mawlawi", "maulvi", "maulana", "general",
                          "gen", "colonel", "col", "brigadier", "major", "captain", "capt", "imam", "sir"})
LATIN_ABD = re.compile(r"^(abd|abdul|abdel|abdal|abdil|abdol|abdu|abdur|abdus|abduz|abdun|abdut|abdud|abdesh)$")
LATIN_ABU = frozenset({"abu", "abou", "abo", "abul"})
LATIN_ALWAYS_TAILS = frozenset({"allah", "ullah", "ulla", "ollah", "illah", "alla", "din", "deen", "dine",
                                "uddin", "eddin", "eddine", "addin", "aldin", "khel", "zada", "zadeh", "zadah",
                                "zai", "zay"})
LATIN_ARTICLE_TAILS = frozenset({"rahman", "rehman", "haq", "hak", "islam", "zaman", "rashid", "hassan"})
_ASSIMILATED_ABD = re.compile(r"^abd[aeiou]([bdfghjklmnrstwxyz])\1(.+)$")
_DIN_END = re.compile(r"^(.{3,}?)(ouddine|uddine|uddin|uddeen|eddine|eddin|addine|addin|iddine|iddin|udeen|"
                      r"udin|edin|aldin|aldeen)$")
_BIN_AL = re.compile(r"^(bin|ibn|ben)(al|el)(.{3,})$")
_RAHMAN_END = re.compile(r"^(.{3,}?)(urrahman|urrehman|arrahman|errahman|ulrahman|alrahman)$")

ARABIC_PARTICLES = frozenset({"بن", "بنت", "ابن", "ولد"})
ARABIC_TITLES = frozenset({"الشيخ", "شيخ", "الامير", "الاميره", "الدكتور", "دكتور", "د", "المهندس", "م",
                           "الحاج", "الملا", "ملا", "مولوي", "المولوي", "مولانا", "الملك", "السيده"})
ARABIC_TAILS = frozenset({"الله", "الدين", "الرحمن", "الرحمان", "الحق", "الاسلام", "الزمان", "خيل", "زاده", "زي"})
ARABIC_HEADS = frozenset({"عبد", "ابو", "ابي", "ابا"})


def _merge_latin(words: list[str]) -> list[str]:
    if len(words) > 2 and words[0] in LATIN_TITLES:
        words = words[1:]
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word in LATIN_PARTICLES:
            i += 1
            continue
        if (LATIN_ABD.match(word) or word in LATIN_ABU) and nxt is not None:
            head = "abdal" if LATIN_ABD.match(word) else "abu"
            j = i + 1
            if words[j] in LATIN_ARTICLES and j + 1 < len(words):
                j += 1
                head += "al" if head == "abu" else ""
            out.append(head + words[j])
            i = j + 1
            continue
        if word in LATIN_ARTICLES:
            after = words[i + 1] if i + 1 < len(words) else None
            if out and after is not None and (after in LATIN_ALWAYS_TAILS or after in LATIN_ARTICLE_TAILS):
                out[-1] += "al" + after
                i += 2
                continue
            i += 1  # an article before a name part, or a stray one
            continue
        if word in LATIN_ALWAYS_TAILS and out:
            out[-1] += word
            i += 1
            continue
        out.append(word)
        i += 1
    return [_rewrite_latin(w) for w in out]


def _rewrite_latin(word: str) -> str:
    """One part: assimilated articles spelt out, an attached article dropped."""
    word = _spell_out(word)
    match = _BIN_AL.match(word)
    if match:
        word = match.group(3)   # Binalshibh: bin al-Shibh
    names = table().latin
    if word not in names and len(word) >= 6 and word[:2] in ("al", "el") and word[2] not in "aeiouy":
        word = word[2:]
    return word


def _spell_out(word: str) -> str:
    """Abdurrahman -> abdalrahman, Jalaluddin -> jalalaldin, Shamsurrahman -> shamsalrahman."""
    match = _ASSIMILATED_ABD.match(word)
    if match:
        word = "abdal" + match.group(1) + match.group(2)
    match = _DIN_END.match(word)
    if match and not word.startswith("abdal"):
        word = match.group(1) + "aldin"
    match = _RAHMAN_END.match(word)
    if match and not word.startswith("abdal"):
        word = match.group(1) + "alrahman"
    return word


def _merge_arabic(words: list[str]) -> list[str]:
    if len(words) > 2 and words[0] in ARABIC_TITLES:
        words = words[1:]
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in ARABIC_PARTICLES or word == "ال":  # ال alone: آل, "the family of"
            i += 1
            continue
        if word in ARABIC_HEADS and i + 1 < len(words):
            out.append(word + words[i + 1])
            i += 2
            continue
        if word in ARABIC_TAILS and out:
            out[-1] += word
            i += 1
            continue
        out.append(word)
        i += 1
    names = table().arabic
    out = [w[2:] if w.startswith("بن") and w[2:] in names else w for w in out]   # بنحسين: bin Hussein
    return [w[2:] if w.startswith("ال") and len(w) >= 5 and w not in names else w for w in out]


# ------------------------------------------------------------------ skeletons
# Letters transliterators write in more than one way give a part more than one skeleton (at most
# MAX_VARIANTS, the usual reading first): ذ ض as d or z, ث as t or s, ق as k or g, ج as j or g,
# a ه inside a word as h or nothing, Latin "ch" as sh or kh, a final "-ah" with or without its h.
MAX_VARIANTS = 8
_LATIN_DIGRAPHS = (("sch", "S"), ("dj", "j"), ("ph", "f"), ("ck", "k"), ("gh", "g"))
# digraphs that are one letter or two (Lakhal لكحل, Ishaq اسحاق, Azhar ازهر, Kathim كاظم)
_LATIN_AMBIGUOUS = {"kh": ("x", "kh"), "sh": ("s", "sh"), "th": ("t", "d", "th"), "dh": ("d", "z", "dh"),
                    "zh": ("j", "zh"), "ch": ("s", "x")}
_LATIN_CLASS = str.maketrans({"q": "k", "v": "w", "p": "b"})
_VOWELS = frozenset("aeiouy")
_ARABIC_CLASS: dict[str, tuple[str, ...]] = {
    "ب": ("b",), "پ": ("b",), "ت": ("t",), "ث": ("t", "s"), "ط": ("t",), "ج": ("j", "g"), "چ": ("s", "j"),
    "ح": ("h",), "خ": ("x",), "د": ("d",), "ذ": ("d", "z"), "ض": ("d", "z"), "ر": ("r",), "ز": ("z",),
    "ظ": ("z", "d"), "س": ("s",), "ص": ("s",), "ش": ("s",), "غ": ("g",), "گ": ("g",), "ف": ("f",),
    "ق": ("k", "g"), "ك": ("k",), "ل": ("l",), "م": ("m",), "ن": ("n",), "ه": ("h",), "و": ("w",), "ي": ("y",),
}


def _collapse(letters: str) -> str:
    out: list[str] = []
    for ch in letters:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _spell(options: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Every spelling the letter options allow (the first options first), collapsed, at most
    MAX_VARIANTS."""
    spellings = [""]
    for choices in options:
        spellings = [s + c for s in spellings for c in choices][: MAX_VARIANTS * 4]
    return tuple(dict.fromkeys(_collapse(s) for s in spellings))[:MAX_VARIANTS]


def latin_skeletons(word: str) -> tuple[str, ...]:
    final_h = len(word) > 2 and word[-1] == "h" and (word[-2] in _VOWELS or word[-2] not in "sckgdtzp")
    base = word[:-1] if final_h else word
    for digraph, letter in _LATIN_DIGRAPHS:
        base = base.replace(digraph, letter)
    base = re.sub("c(?=[eiy])", "s", base).translate(_LATIN_CLASS)
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(base):
        ch = base[i]
        pair = _LATIN_AMBIGUOUS.get(base[i:i + 2])
        if pair:
            options.append(pair)
            i += 2
            continue
        if ch in "wy":
            options.append((ch,) if not any(o != ("",) for o in options) else ("",))
        elif ch in _VOWELS:
            options.append(("",))
        else:
            options.append({"c": ("k",), "S": ("s",)}.get(ch, (ch,)))
        i += 1
    if final_h:
        options.append(("", "h"))
    return _spell(options) or ("",)


def arabic_skeletons(word: str) -> tuple[str, ...]:
    if len(word) > 2 and word[-1] == "ه":
        word = word[:-1]
    options: list[tuple[str, ...]] = []
    consonant = False
    for index, ch in enumerate(word):
        mapped = _ARABIC_CLASS.get(ch)
        if mapped is None:
            continue  # alef, ain, hamza, vowel signs
        if mapped[0] in "wy":
            if index == 0:
                options.append(mapped)
                consonant = True
            elif not consonant:
                options.append((mapped[0], ""))   # after a leading alef or ain: Ayman, Awad, Aisha
            continue  # inside a part, و and ي stand for long vowels
        if ch == "ه" and 0 < index < len(word) - 1:
            mapped = ("h", "")
        options.append(mapped)
        consonant = True
    return _spell(options) or ("",)


# ------------------------------------------------------------------ name parts and names
@dataclass(frozen=True, slots=True)
class Part:
    text: str                 # folded form in its own script
    script: str               # "ar" or "lat"
    skeletons: tuple[str, ...]  # consonant classes shared by both scripts, the usual reading first
    canon: frozenset[str]     # the table's names this part can be (empty when unknown)
    uid: int = 0              # a number of its own (parts are made once per text: see `part`)

    @property
    def skeleton(self) -> str:
        return self.skeletons[0]


@dataclass(frozen=True, slots=True)
class Name:
    original: str
    parts: tuple[Part, ...]
    joined_skeleton: str = ""

    @classmethod
    def of(cls, original: str, parts: tuple[Part, ...]) -> Name:
        return cls(original, parts, "".join(p.skeleton for p in parts))


_PARTS: dict[tuple[str, str], Part] = {}


def part(text: str, script: str) -> Part:
    """The part for a folded word, made once (so a part's uid names it for caches)."""
    found = _PARTS.get((text, script))
    if found is None:
        names = table()
        if script == "ar":
            found = Part(text, "ar", arabic_skeletons(text), names.arabic.get(text, frozenset()), len(_PARTS) + 1)
        else:
            found = Part(text, "lat", latin_skeletons(text), names.latin.get(text, frozenset()), len(_PARTS) + 1)
        if len(_PARTS) < 1_000_000:
            _PARTS[(text, script)] = found
    return found


def parse(text: str | None) -> Name:
    """A name as matchable parts (Arabic and Latin words of one string are both kept)."""
    if not text:
        return Name.of("", ())
    parts: list[Part] = []
    if is_arabic(text):
        parts += [part(w, "ar") for w in _merge_arabic(fold_arabic(text).split())]
    latin_words = fold_latin(text).split()
    if latin_words:
        parts += [part(w, "lat") for w in _merge_latin(latin_words)]
    return Name.of(text, tuple(p for p in parts if p.text))


def given_name_gender(name: Name) -> str | None:
    """'m' or 'f' when the first part is a name the table knows with one gender."""
    if not name.parts:
        return None
    genders = {table().gender.get(c) for c in name.parts[0].canon} - {None}
    return genders.pop() if len(genders) == 1 else None
