"""The Arabic interface is complete: every tr() string has a finished Arabic translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
ARABIC = re.compile("[\u0600-\u06ff]")
SOURCES = sorted(str(p) for p in (ROOT / "compliance_desk" / "ui").rglob("*.py")) + [str(ROOT / "compliance_desk/app.py")]


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            found[(name, message.find("source").text)] = message.find("translation")
    return found


def text_of(translation: ET.Element) -> str:
    """A translation's text; for a plural (numerus) entry, all its forms."""
    forms = translation.findall("numerusform")
    return " ".join(f.text or "" for f in forms) if forms else (translation.text or "")


def lupdate(tmp_path: Path) -> dict[tuple[str, str], ET.Element]:
    target = tmp_path / "fresh.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), *SOURCES, "-ts", str(target), "-silent"], check=True, cwd=ROOT / "i18n")
    return messages(target)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_entry_is_finished(lang: str) -> None:
    for (context, source), translation in messages(ROOT / f"i18n/compliance_desk_{lang}.ts").items():
        assert translation.get("type") is None, (context, source, translation.get("type"))
        forms = translation.findall("numerusform")
        assert all(f.text for f in forms) if forms else translation.text, (context, source)
        if lang == "ar" and ARABIC.search(source) is None and re.search("[A-Za-z]{3}", source):
            assert ARABIC.search(text_of(translation)), (context, source, text_of(translation))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_ts_files_hold_exactly_the_strings_of_the_code(lang: str, tmp_path: Path) -> None:
    committed = set(messages(ROOT / f"i18n/compliance_desk_{lang}.ts"))
    in_code = set(lupdate(tmp_path))
    assert in_code - committed == set(), "tr() strings without a translation: run pyside6-lupdate and translate"
    assert committed - in_code == set(), "translations of strings the code no longer has"


def test_placeholders_survive_translation() -> None:
    for (_context, source), translation in messages(ROOT / "i18n/compliance_desk_ar.ts").items():
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", form.text or "")), source


def test_built_catalogue_translates_at_run_time(qapp) -> None:
    sys.path.insert(0, str(ROOT / "i18n"))
    from build import build  # the project's own build step

    built = {p.name: p for p in build()}
    translator = QTranslator()
    assert translator.load(str(built["compliance_desk_ar.qm"]))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Navigation", "Processing activities") == "سجل أنشطة المعالجة"
        assert QCoreApplication.translate("RecordDialog", "Unsaved changes") == "تغييرات غير محفوظة"
    finally:
        QCoreApplication.removeTranslator(translator)


# Widgets given a bare English literal would stay English in the Arabic interface.
UNTRANSLATED = re.compile(
    r"\b(QLabel|QPushButton|QAction|QCheckBox|QGroupBox|setText|setWindowTitle|setPlaceholderText|setToolTip"
    r"|addItem|addTab|addMenu|setFormat|QMessageBox)\(\s*[\"'][A-Za-z]")
ALLOWED = {'addItem("English", "en")'}


def test_no_user_visible_literal_bypasses_tr() -> None:
    offenders = []
    for source in SOURCES:
        for number, line in enumerate(Path(source).read_text(encoding="utf-8").splitlines(), start=1):
            match = UNTRANSLATED.search(line)
            if match and not any(allowed in line for allowed in ALLOWED):
                offenders.append(f"{Path(source).name}:{number}: {line.strip()}")
    assert offenders == []
