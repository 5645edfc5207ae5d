"""The privacy notice as a file: HTML a website can paste in, Markdown, or PDF.

The HTML is semantic (article, header, nav, section, h1–h3, p, ul, dl), carries `lang` and `dir`
on the document and on the article (so a pasted fragment keeps its direction), holds no script,
and isolates e-mail addresses, telephone numbers and links so they read left to right in Arabic.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from compliance_desk import __version__
from compliance_desk.domain.notice import Block, Notice, Section
from compliance_desk.reports.flowables import GREY, RED, KeepWithNext, Text, heading, table
from compliance_desk.reports.pdf import ReportInfo, build
from compliance_desk.storage.files import make_private

FORMATS = ("html", "md", "pdf")
_LINKS = re.compile(r"(?P<url>https?://[^\s<>()،]+[^\s<>()،.,;:])|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+"
                    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|(?P<phone>(?<![\w])\+?\d[\d ]{7,14}\d(?!\w))")
CONTENTS = {"en": "Contents", "ar": "المحتويات"}
UPDATED = {"en": "Last updated", "ar": "آخر تحديث"}
# the header row of a table of terms, repeated on each page the table runs onto
COLUMNS = {"en": ("Topic", "Details"), "ar": ("البند", "التفاصيل")}
STYLE = """
body{font-family:system-ui,"Segoe UI","Noto Naskh Arabic",Tahoma,sans-serif;line-height:1.6;max-width:46rem;
margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{color:#1F3864}h2{color:#1F3864;border-bottom:1px solid #d5dbe6;padding-bottom:.2rem;margin-top:2rem}
.draft{color:#B00020;border:2px solid #B00020;padding:.4rem .6rem}dt{font-weight:bold;margin-top:.5rem}dd{margin-inline-start:1.2rem}nav ol{padding-inline-start:1.4rem}
"""


def _inline(text: str) -> str:
    """Escaped text, with links and numbers isolated left to right."""
    out = []
    last = 0
    for match in _LINKS.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        value = html.escape(match.group())
        if match.group("url"):
            out.append(f'<a href="{value}" dir="ltr">{value}</a>')
        elif match.group("email"):
            out.append(f'<a href="mailto:{value}" dir="ltr">{value}</a>')
        else:
            out.append(f'<bdi dir="ltr">{value}</bdi>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _html_block(block: Block, indent: str) -> list[str]:
    if block.kind == "p":
        return [f"{indent}<p>{_inline(block.text)}</p>"]
    if block.kind == "ul":
        return [f"{indent}<ul>", *(f"{indent}  <li>{_inline(i)}</li>" for i in block.items), f"{indent}</ul>"]
    lines = [f"{indent}<dl>"]
    for term, value in block.pairs:
        lines += [f"{indent}  <dt>{_inline(term)}</dt>", f"{indent}  <dd>{_inline(value)}</dd>"]
    return [*lines, f"{indent}</dl>"]


def _html_section(section: Section, level: int, indent: str) -> list[str]:
    anchor = html.escape(section.key, quote=True)
    lines = [f'{indent}<section id="{anchor}" aria-labelledby="{anchor}-h">',
             f'{indent}  <h{level} id="{anchor}-h">{_inline(section.heading)}</h{level}>']
    for block in section.blocks:
        lines += _html_block(block, indent + "  ")
    for sub in section.sections:
        lines += _html_section(sub, min(level + 1, 6), indent + "  ")
    return [*lines, f"{indent}</section>"]


def html_document(notice: Notice, seal: str = "") -> str:
    lang = notice.lang
    direction = "rtl" if lang == "ar" else "ltr"
    title = f"{notice.title} — {notice.organisation}" if notice.organisation else notice.title
    toc = [f'      <li><a href="#{html.escape(s.key, quote=True)}">{_inline(s.heading)}</a></li>'
           for s in notice.sections]
    body: list[str] = []
    for section in notice.sections:
        body += _html_section(section, 2, "    ")
    meta = f'  <meta name="compliance-desk-seal" content="{html.escape(seal, quote=True)}">\n' if seal else ""
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{lang}" dir="{direction}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f'  <meta name="generator" content="Compliance Desk {__version__}">',
        meta + f"  <title>{html.escape(title)}</title>",
        f"  <style>{STYLE.strip()}</style>",
        "</head>",
        "<body>",
        f'<article lang="{lang}" dir="{direction}">',
        "  <header>",
        f"    <h1>{_inline(title)}</h1>",
        *([f'    <p class="draft" role="alert"><strong>{_inline(notice.draft)}</strong></p>'] if notice.draft else []),
        f'    <p>{UPDATED[lang]}: <time datetime="{notice.updated.isoformat()}">{notice.updated.isoformat()}</time></p>',
        "  </header>",
        f'  <nav aria-label="{CONTENTS[lang]}">',
        "    <ol>", *toc, "    </ol>",
        "  </nav>",
        *body,
        "</article>",
        "</body>",
        "</html>",
        "",
    ])


def markdown(notice: Notice) -> str:
    title = f"{notice.title} — {notice.organisation}" if notice.organisation else notice.title
    lines = [f"# {title}", "", *([f"**{notice.draft}**", ""] if notice.draft else []), f"{UPDATED[notice.lang]}: {notice.updated.isoformat()}", ""]

    def section(s: Section, level: int) -> None:
        lines.extend([f"{'#' * level} {s.heading}", ""])
        for block in s.blocks:
            if block.kind == "p":
                lines.extend([block.text, ""])
            elif block.kind == "ul":
                lines.extend([*(f"- {i}" for i in block.items), ""])
            else:
                lines.extend([*(f"- **{t}:** {v}" for t, v in block.pairs), ""])
        for sub in s.sections:
            section(sub, min(level + 1, 6))

    for s in notice.sections:
        section(s, 2)
    return "\n".join(lines)


def _pdf_story(notice: Notice) -> list[Flowable]:
    lang = notice.lang
    story: list[Flowable] = [Text(notice.organisation, lang, size=12, bold=True, color=GREY, space_after=2),
                             heading(notice.title, lang),
                             *([Text(notice.draft, lang, size=10.5, bold=True, color=RED, space_after=4)]
                               if notice.draft else []),
                             Text(f"{UPDATED[lang]}: {notice.updated.isoformat()}", lang,
                                                               size=9, color=GREY, space_after=8)]

    def section(s: Section, level: int) -> list[Flowable]:
        """The section's heading kept with the start of what follows it, a sub-heading included, so
        no heading is left alone at the foot of a page."""
        content: list[Flowable] = []
        for index, block in enumerate(s.blocks):
            if block.kind == "p":
                content.append(Text(block.text, lang, size=10, space_after=4))
            elif block.kind == "ul":
                items: list[Flowable] = [Text(f"• {item}", lang, size=10, space_after=2) for item in block.items]
                if items and index and s.blocks[index - 1].kind == "p":  # "… these rights:" kept with the list
                    items[0] = KeepWithNext(content.pop(), items[0])
                content.extend(items)
                content.append(Spacer(1, 2 * mm))
            else:  # its header row repeated on each page, under "<heading> (continued)"
                content.append(table([COLUMNS[lang], *block.pairs], [32, 68], lang, size=9, caption=s.heading))
                content.append(Spacer(1, 2 * mm))
        for sub in s.sections:
            if content:
                content.append(Spacer(1, 1.5 * mm))
            content.extend(section(sub, min(level + 1, 3)))
        title = heading(s.heading, lang, level)
        return [KeepWithNext(title, content[0]), *content[1:]] if content else [title]

    for s in notice.sections:
        story.append(Spacer(1, 3 * mm))
        story.extend(section(s, 1))
    return story


def write(notice: Notice, path: Path | str, fmt: str, seal: str, generated: object) -> Path:
    """Write the notice as `fmt` (html, md or pdf) at `path`."""
    path = Path(path)
    if fmt == "pdf":
        info = ReportInfo(lang=notice.lang, title=notice.title, organisation=notice.organisation,
                          seal=seal, period="", generated=generated, identifiers=False, public=True,  # type: ignore[arg-type]
                          sealed=False)  # a text to publish, not a register report: no seal, no QR
        return build(path, info, _pdf_story(notice))
    # the export is audited (and its file's hash recorded); the published text carries no seal
    text = html_document(notice) if fmt == "html" else markdown(notice)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        make_private(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path
