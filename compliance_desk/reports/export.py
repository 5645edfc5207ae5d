"""Report exports as audited user actions: the audit entry first, so the seal printed covers it;
once the files are written, a second entry (`export_files`) records each one's SHA-256 and size
and the number of the export entry it completes (storage/seals.py)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.reports import breaches, disclosures, kyc, record, requests, ropa, screening
from compliance_desk.reports.workbook import Progress, write_workbook
from compliance_desk.storage.files import atomic_output
from compliance_desk.storage.register import Register
from compliance_desk.storage.seals import Seal, digest

WRITERS: dict[str, Callable[..., Any]] = {"ropa": ropa.write, "disclosures": disclosures.write, "kyc": kyc.write,
                                          "record": record.write, "screening": screening.write,
                                          "requests": requests.write,
                                          "breaches": breaches.write}
PACK_KINDS = ("ropa", "disclosures", "kyc", "requests", "breaches")


def _audit(register: Register, details: dict[str, Any]) -> Seal:
    """Record the export and return the seal to print (knowing its entry number and time).

    A register opened read-only (another officer holds it for writing) cannot record anything: its
    reports still come out, sealed with the chain's head as it stands, which `verify` still finds.
    """
    if not register.read_only:
        with register.atomic():
            register.log("export", details)
    row = register.conn.execute("SELECT seq, ts, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return Seal(row[2], row[0], row[1]) if row else Seal(register.seal())


def _record(register: Register, seal: Seal, paths: list[Path]) -> None:
    """The files an export produced, each with its SHA-256 and size, in the chain (after rendering)."""
    if register.read_only or not seal.entry:
        return
    files = []
    for path in paths:
        sha, size = digest(path)
        files.append({"name": Path(path).name, "sha256": sha, "bytes": size})
    with register.atomic():
        register.log("export_files", {"export": seal.entry, "seal": str(seal), "files": files})


def export_workbook(register: Register, destination: Path | str, *, lang: str = "en", reveal: bool = False,
                    progress: Progress = None, control: Mapping[str, Any] | None = None) -> tuple[Path, str]:
    """Write the workbook; returns its path and the register seal printed in it."""
    seal = _audit(register, {"kind": "workbook", "format": "xlsx", "lang": lang, "to": str(destination),
                             "identifiers_revealed": reveal})
    path = write_workbook(register, destination, lang=lang, reveal=reveal, seal=seal, progress=progress,
                          control=control)
    _record(register, seal, [path])
    return path, seal


def export_pdf(register: Register, kind: str, destination: Path | str, *, lang: str = "en",
               date_from: str | None = None, date_to: str | None = None, reveal: bool = False,
               hijri: bool = False, reference: str = "", progress: Callable[[], bool | None] | None = None,
               control: Mapping[str, Any] | None = None, as_of: str | None = None) -> tuple[Path, str]:
    """Write one PDF report (kind: ropa, disclosures, kyc, record); returns its path and seal.
    `control` overrides the organisation's document-control defaults (version, prepared_by,
    approved_by, distribution) on the cover. `as_of`: a seal; the report is re-made from the register
    as it stood right after that entry (storage/as_of.py), drawn as on that day."""
    if as_of:
        return _export_as_of(register, kind, destination, as_of, lang=lang, date_from=date_from, date_to=date_to,
                             reveal=reveal, hijri=hijri, reference=reference, progress=progress, control=control)
    if kind == "record":
        record.find(register, reference)  # a bad reference fails before anything is audited
    seal = _audit(register, {"kind": kind, "format": "pdf", "lang": lang, "to": str(destination),
                             "from": date_from, "until": date_to, "record": reference or None,
                             "identifiers_revealed": reveal})
    path = Path(WRITERS[kind](register, destination, lang, seal, date_from=date_from, date_to=date_to,
                              reveal=reveal, hijri=hijri, reference=reference, progress=progress, control=control))
    _record(register, seal, [path])
    return path, seal


def _export_as_of(register: Register, kind: str, destination: Path | str, seal_text: str, *, lang: str,
                  date_from: str | None, date_to: str | None, reference: str, **options: Any) -> tuple[Path, str]:
    from compliance_desk.storage.as_of import register_as_of

    with register_as_of(register, seal_text, kind) as state:
        target = state.as_of  # type: ignore[attr-defined]
        if kind == "record":
            record.find(state, reference)  # the record as it stood then
        seal = _audit(register, {"kind": kind, "format": "pdf", "lang": lang, "to": str(destination),
                                 "from": date_from, "until": date_to, "record": reference or None,
                                 "identifiers_revealed": bool(options.get("reveal")), "as_of": target.seq,
                                 "as_of_seal": target.hash, "as_of_time": target.ts})
        with clock.reading_as_of(target.moment):
            path = Path(WRITERS[kind](state, destination, lang, seal, date_from=date_from, date_to=date_to,
                                      reference=reference, **options))
    _record(register, seal, [path])
    return path, seal


def export_policy_check(register: Register, result: Any, source: str, destination: Path | str, *,
                        lang: str = "en", policy: Path | None = None,
                        control: Mapping[str, Any] | None = None) -> tuple[Path, str]:
    """The policy check as a PDF; `policy` (the file checked) gives the cover its hash and date."""
    from compliance_desk.reports import policy as policy_report

    digest, _modified = policy_report.policy_facts(policy)
    seal = _audit(register, {"kind": "policy_check", "format": "pdf", "lang": lang, "policy": source,
                             "policy_sha256": digest or None, "to": str(destination), "gaps": len(result.gaps)})
    path = Path(policy_report.write(register, result, source, destination, lang, seal, policy=policy,
                                    control=control))
    _record(register, seal, [path])
    return path, seal


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pack(register: Register, folder: Path | str, *, date_from: str | None = None, date_to: str | None = None,
         reveal: bool = False, hijri: bool = False, progress: Callable[[str], bool | None] | None = None,
         control: Mapping[str, Any] | None = None) -> tuple[Path, str]:
    """Every report kind in both languages and the workbooks, with a manifest of SHA-256 sums."""
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder of reports is owner-only
    seal = _audit(register, {"kind": "pack", "to": str(folder), "from": date_from, "until": date_to,
                             "identifiers_revealed": reveal})
    files: list[Path] = []
    for lang in ("ar", "en"):
        for kind in PACK_KINDS:
            if progress is not None and progress(f"{kind}-{lang}") is False:
                raise InterruptedError("cancelled")
            target = folder / f"{kind}-{lang}.pdf"
            WRITERS[kind](register, target, lang, seal, date_from=date_from, date_to=date_to, reveal=reveal,
                          hijri=hijri, control=control)
            files.append(target)
        target = folder / f"workbook-{lang}.xlsx"
        write_workbook(register, target, lang=lang, reveal=reveal, seal=seal, control=control)
        files.append(target)
    manifest = {
        "register_seal": str(seal),
        "register_entry": seal.entry,
        "exported_at": seal.at,
        "generated": clock.timestamp(),
        "generator": f"Compliance Desk {__version__}",
        "period": {"from": date_from, "to": date_to},
        "files": [{"name": f.name, "sha256": sha256(f), "bytes": f.stat().st_size} for f in files],
    }
    path = folder / "manifest.json"
    with atomic_output(path) as temporary:
        temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    _record(register, seal, [*files, path])
    return path, seal


def export_breach_notice(register: Register, reference: str, destination: Path | str, *, lang: str = "ar",
                         fmt: str = "pdf", kind: str = "notice") -> tuple[Path, str]:
    """A breach's notice to SDAIA (kind "notice": pdf or txt) or to its data subjects (kind "letter": pdf or
    txt; fmt "email" for the e-mail text); audited like every export."""
    from compliance_desk.domain import breach_letters
    from compliance_desk.reports import breach_notice

    row, _parts = breach_notice.sections(register, reference, lang)  # a bad reference fails before the audit
    if kind == "letter":
        breach_letters.check_ready(row)  # no letter before the decision to notify the subjects
    seal = _audit(register, {"kind": f"breach_{kind}", "format": fmt, "lang": lang, "to": str(destination),
                             "record": reference})
    writer = breach_notice.write_notice if kind == "notice" else breach_notice.write_letter
    path = Path(writer(register, reference, destination, lang, seal, fmt=fmt))
    _record(register, seal, [path])
    return path, seal


def export_notice(register: Register, destination: Path | str, *, lang: str = "ar", fmt: str = "pdf") -> tuple[Path, str]:
    """Write the privacy notice the register implies (fmt: html, md, pdf); returns its path and seal."""
    from compliance_desk.reports import notice as notice_report
    from compliance_desk.storage import notice

    seal = _audit(register, {"kind": "notice", "format": fmt, "lang": lang, "to": str(destination)})
    document = notice.build(register, lang)
    path = notice_report.write(document, destination, fmt, seal, clock.now())
    _record(register, seal, [Path(path)])
    return path, seal
