"""A policy file's text: .docx paragraphs, .html text, anything else as UTF-8 text."""

from __future__ import annotations

import html.parser
import re
import zipfile
from pathlib import Path


class _TextOnly(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("p", "li", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "dt", "dd"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(raw: str) -> str:
    parser = _TextOnly()
    parser.feed(raw)
    return html.unescape("".join(parser.parts))


def read_policy(path: Path) -> str:
    """The text of a policy file: .docx paragraphs, .html text, anything else as UTF-8 text."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        return "\n".join("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, flags=re.S)) for p in paragraphs)
    raw = path.read_bytes().decode("utf-8-sig", errors="replace")
    if suffix in (".html", ".htm") or raw.lstrip().lower().startswith(("<!doctype html", "<html")):
        return html_text(raw)
    return raw


def language_of(text: str) -> str:
    arabic = len(re.findall("[\u0600-\u06ff]", text))
    latin = len(re.findall("[A-Za-z]", text))
    return "ar" if arabic >= latin else "en"
