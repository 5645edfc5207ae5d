"""A free text written only in the other language is shown as written, with its language said once:
in an Arabic document "Treasury team" reads "Treasury team (بالإنجليزية)", in an English one an
Arabic-only text ends "(Arabic)". One rule for the screens (ui/widgets/format.py) and the reports
(reports/common.py): nothing is translated, and nobody reads English in an Arabic page unwarned."""

from __future__ import annotations

import re

from compliance_desk.domain.arabic import foreign
from compliance_desk.domain.entities import Field

CUE = {"ar": "(بالإنجليزية)", "en": "(Arabic)"}
# labels that already say which language their value is in ("Purpose details (English)")
_LABEL_NAMES_LANGUAGE = re.compile(r"English|Arabic|Latin|بالإنجليزية|بالعربية|اللاتينية")
# values that are addresses, numbers or codes, whatever their script: never cued
_NOT_PROSE = ("email", "phone", "website", "web_form", "ref", "number", "time_zone", "reference", "code", "url")


def cued_field(field: Field) -> bool:
    """Whether a field's value gets the cue: free text whose label does not name its language."""
    return field.kind in ("text", "longtext") and not field.sensitive \
        and not any(part in field.name for part in _NOT_PROSE) \
        and not _LABEL_NAMES_LANGUAGE.search(field.en + field.ar)


def cue(text: str, lang: str) -> str | None:
    """The cue a text needs in a `lang` document ("(بالإنجليزية)"), or None: text in the document's
    language, mixed, or without letters."""
    return CUE["ar" if lang == "ar" else "en"] if text and foreign(text, lang) else None


def cued(text: str, lang: str) -> str:
    """`text` with its cue after it when it is written only in the other language (plain text; a
    screen isolates the text itself, the PDF layout isolates runs on its own)."""
    said = cue(text, lang)
    return f"{text} {said}" if said else text
