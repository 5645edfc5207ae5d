"""Refresh the Qt Linguist sources from the code, keeping every translation already made.

    python i18n/update.py                 # run pyside6-lupdate over compliance_desk/ui/** and app.py
    python i18n/update.py --merge A.ts …  # first take translations from other .ts files (a merge)

Translations are matched on (context, source). After a merge of two branches that both added
strings, take `git show OTHER:i18n/compliance_desk_ar.ts > /tmp/other_ar.ts` and pass it with
`--merge`: the union of both sides' translations survives, and lupdate drops what the code no
longer has. Unfinished entries are listed; a test fails while any remain.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGS = ("ar", "en")


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "compliance_desk" / "ui").rglob("*.py")) + [
        str(ROOT / "compliance_desk" / "app.py")]


def lupdate_tool() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


Translation = str | list[str]  # plain text, or the plural forms of a numerus message


def _value(translation: ET.Element | None) -> Translation | None:
    """A finished translation's text or plural forms; None when unfinished."""
    if translation is None or translation.get("type") is not None:
        return None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    if forms:
        return forms if all(forms) else None
    return translation.text or None


def translations(path: Path) -> dict[tuple[str, str], Translation]:
    found: dict[tuple[str, str], Translation] = {}
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            value = _value(message.find("translation"))
            if value is not None:
                found[(name, message.findtext("source") or "")] = value
    return found


def fill(path: Path, known: dict[tuple[str, str], Translation]) -> None:
    """Write `known` translations into the unfinished entries of `path`."""
    tree = ET.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is None or key not in known or _value(translation) is not None:
                continue
            value = known[key]
            if isinstance(value, list):
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merge", nargs="*", default=[], help="other .ts files to take translations from")
    args = parser.parse_args(argv)
    for lang in LANGS:
        target = HERE / f"compliance_desk_{lang}.ts"
        known = translations(target)
        for other in args.merge:
            other_path = Path(other)
            if other_path.exists() and ET.parse(other_path).getroot().get("language") == lang:
                known = {**translations(other_path), **known}
        subprocess.run([lupdate_tool(), *sources(), "-ts", str(target), "-no-obsolete", "-locations", "none", "-silent"],
                       check=True, cwd=HERE)
        fill(target, known)
        # lupdate rewrites the file in its own layout; run it once more so the layout is stable.
        subprocess.run([lupdate_tool(), *sources(), "-ts", str(target), "-no-obsolete", "-locations", "none", "-silent"],
                       check=True, cwd=HERE)
        unfinished = [f"{c}: {s}" for (c, s) in _unfinished(target)]
        if unfinished:
            print(f"{target.name}: {len(unfinished)} unfinished")
            for line in unfinished:
                print("  " + line)
    return 0


def _unfinished(path: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _value(message.find("translation")) is None:
                out.append((name, message.findtext("source") or ""))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
