"""Country names in English and Arabic from ISO 3166 codes (pycountry and its translations)."""

from __future__ import annotations

import gettext
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

# Names an Arabic reader expects where the ISO translation differs from common usage.
_ARABIC = {
    "SA": "المملكة العربية السعودية",
    "AE": "الإمارات العربية المتحدة",
    "GB": "المملكة المتحدة",
    "US": "الولايات المتحدة",
}
_HARAKAT = re.compile("[\u064b-\u0652]")


def _pycountry_folder() -> Path:
    """pycountry's installed folder, found without importing it: its import reads every installed
    package's metadata for its version (a tenth of the app's start, issue 22)."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pycountry")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """pycountry's ISO 3166-1 entries by lower-case alpha-2 code, as `pycountry.countries.get` finds them."""
    with open(_pycountry_folder() / "databases" / "iso3166-1.json", encoding="utf-8") as handle:
        return {entry["alpha_2"].lower(): entry for entry in json.load(handle)["3166-1"]}


@lru_cache(maxsize=1)
def _arabic_catalogue() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", str(_pycountry_folder() / "locales"), languages=["ar"])
    except OSError:
        return gettext.NullTranslations()


@lru_cache(maxsize=512)
def country_name(code: str | None, lang: str = "en") -> str:
    """The country's name in `lang`; the code itself when unknown; '' for None."""
    if not code:
        return ""
    country = _countries().get(code.lower())
    if country is None:
        return code
    english = country.get("common_name") or country["name"]
    if lang != "ar":
        return str(english)
    if code in _ARABIC:
        return _ARABIC[code]
    return _HARAKAT.sub("", _arabic_catalogue().gettext(country["name"]))
