"""The answers of `verify --seal/--file` as lines in the reader's language (the CLI and the app
say the same thing in the same words)."""

from __future__ import annotations

from typing import Any

from compliance_desk.domain.entities import ENTITIES
from compliance_desk.domain.messages import message
from compliance_desk.storage.seals import Entry, FileAnswer, SealAnswer


def when(ts: str) -> str:
    """An entry's UTC time as printed on reports: YYYY-MM-DD HH:MM UTC."""
    return f"{ts[:10]} {ts[11:16]} UTC" if len(ts) >= 16 else ts


def _register(name: str, lang: str) -> str:
    entity = ENTITIES.get(name)
    return (entity.ar if lang == "ar" else entity.en) if entity else name


def export_lines(entry: Entry, files: list[dict[str, Any]], lang: str) -> list[str]:
    """What an export entry produced: kind, format, language, period, record, identifiers; its files."""
    d = entry.details
    if entry.action != "export":
        return [message("seal_not_export", lang, action=entry.action)]
    whole = message("seal_whole_period", lang)
    period = f"{d.get('from') or '…'} – {d.get('until') or '…'}" if d.get("from") or d.get("until") else whole
    lines = [message("seal_exported", lang, kind=d.get("kind") or "-", format=d.get("format") or "pdf",
                     language=d.get("lang") or "ar+en", period=period,
                     record=message("seal_record", lang, record=d["record"]) if d.get("record") else "",
                     identifiers=message("identifiers_revealed" if d.get("identifiers_revealed")
                                         else "identifiers_masked", lang))]
    if d.get("as_of"):
        lines.append(message("seal_as_of", lang, entry=d["as_of"], when=when(str(d.get("as_of_time") or ""))))
    if files:
        lines += [message("seal_file_line", lang, name=f.get("name"), sha256=f.get("sha256"), bytes=f.get("bytes"))
                  for f in files]
    else:
        lines.append(message("seal_no_files", lang))
    return lines


def seal_lines(answer: SealAnswer, lang: str) -> list[str]:
    entry, since = answer.entry, answer.since
    lines = [message("seal_found", lang, seal=entry.hash, entry=entry.seq, when=when(entry.ts), actor=entry.actor)]
    lines += export_lines(entry, answer.files, lang)
    if not since.changed:
        lines.append(message("seal_unchanged", lang, other=since.other))
        return lines
    assert since.first is not None and since.last is not None
    lines.append(message("seal_changed", lang, count=since.total, first=since.first.seq,
                         first_when=when(since.first.ts), last=since.last.seq, last_when=when(since.last.ts)))
    for (entity, action), count in since.counts.items():
        lines.append(message("seal_change_line", lang, register=_register(entity, lang),
                             action=message(f"action_{action}", lang) if action in
                             ("insert", "update", "delete", "migrate") else action, count=count))
    return lines


def file_lines(answer: FileAnswer, lang: str) -> list[str]:
    if answer.export is not None:
        e = answer.export
        return [message("file_found", lang, name=answer.name, sha256=answer.sha256, entry=e.seq,
                        kind=e.details.get("kind") or e.action, when=when(e.ts), actor=e.actor)]
    if answer.same_name is not None:
        return [message("file_changed", lang, name=answer.name, entry=answer.same_name.seq,
                        when=when(answer.same_name.ts), expected=answer.expected, sha256=answer.sha256)]
    return [message("file_not_produced", lang, name=answer.name, sha256=answer.sha256)]
