"""Languages the product speaks."""

import os

LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "en"


def is_rtl(lang: str) -> bool:
    return lang == "ar"


def normalise_language(value: str | None) -> str | None:
    """Map 'ar', 'ar_SA.UTF-8', 'EN' … to a supported code, or None."""
    if not value:
        return None
    code = value.strip().lower()[:2]
    return code if code in LANGUAGES else None


def language_from_environment() -> str:
    """The language for messages when the user said nothing: COMPLIANCE_DESK_LANG, then LANG."""
    for name in ("COMPLIANCE_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        lang = normalise_language(os.environ.get(name))
        if lang:
            return lang
    return DEFAULT_LANGUAGE
