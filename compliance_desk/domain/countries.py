"""Country names in English and Arabic from ISO 3166 codes (pycountry and its translations)."""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

# Names an Arabic reader expects where the ISO translation differs from common usage.
_ARABIC = {
    "SA": "المملكة العربية السعودية",
    "AE": "الإمارات العربية المتحدة",
    "GB": "المملكة المتحدة",
    "US": "الولايات المتحدة",
}
_HARAKAT = re.compile("[\u064b-\u0652]")


@lru_cache(maxsize=1)
def _arabic_catalogue() -> gettext.NullTranslations:
    try:
        import pycountry  # (loaded when a country is first named: not at start-up)

        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        return gettext.NullTranslations()


@lru_cache(maxsize=512)
def country_name(code: str | None, lang: str = "en") -> str:
    """The country's name in `lang`; the code itself when unknown; '' for None."""
    if not code:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    english = getattr(country, "common_name", None) or country.name
    if lang != "ar":
        return str(english)
    if code in _ARABIC:
        return _ARABIC[code]
    return _HARAKAT.sub("", _arabic_catalogue().gettext(country.name))
