"""The CLI's seal commands (see cli.py):

    compliance-desk verify REGISTER --seal HASH      is this seal an entry of this register, what changed since
    compliance-desk verify REGISTER --file REPORT    was this exact file produced from this register
    compliance-desk seals REGISTER [-o FILE.csv]     every export: entry, time, actor, kind, file hashes
    compliance-desk report KIND REGISTER --as-of SEAL -o OUT   the report as the register was at that seal

`--seal`: exit 0 when the seal is found and no record changed since, 1 when changes followed
(listed), 2 when the seal is not in this register (or is not a seal). `--file`: exit 0 when this
exact file was produced from this register, 1 when not (a changed byte says so). A broken chain
is refused (exit 1), naming its first broken entry.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from compliance_desk.cli_server import register_target
from compliance_desk.domain.errors import InvalidInput

COMMANDS = ("seals",)


def add_verify_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seal", metavar="HASH", help="a report's seal (at least 12 hex characters): is it an entry of "
                                                  "this register, and what changed since")
    p.add_argument("--file", type=Path, metavar="REPORT",
                   help="a report, workbook or manifest.json: was this exact file produced from this register")


def add_report_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", metavar="SEAL", help="re-make the report from the register as it stood right after "
                                                   "that seal's entry (PDF kinds)")


AS_OF_KINDS = ("ropa", "disclosures", "kyc", "record")


def check_as_of(kind: str, args: argparse.Namespace) -> str | None:
    """The --as-of seal, checked before the register is opened (None when not given)."""
    seal = getattr(args, "as_of", None)
    if seal is None:
        return None
    if kind not in AS_OF_KINDS:
        raise InvalidInput("as_of_kinds", kind=kind)
    from compliance_desk.storage import seals

    seals.parse(seal)
    return str(seal)


def verify_seal_or_file(args: argparse.Namespace, out: Any) -> int | None:
    """`verify --seal/--file`, or None when neither was given (the plain verify runs)."""
    seal, file = getattr(args, "seal", None), getattr(args, "file", None)
    if seal is None and file is None:
        return None
    if seal is not None and file is not None:
        raise InvalidInput("seal_option_conflict")
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage import seal_answers, seals
    from compliance_desk.storage.register import Register

    if seal is not None:
        seals.parse(seal)  # bad input is told before anything is opened
    elif not file.is_file():
        raise InvalidInput("file_unreadable", path=file, detail=message_no_file(out.lang))
    with Register.open(args.register, read_passphrase(args), read_only=True) as register:
        out.notices(register)
        with register.plain_errors():
            if seal is not None:
                answer: Any = seals.check_seal(register, seal)
                lines = seal_answers.seal_lines(answer, out.lang)
            else:
                answer = seals.check_file(register, file)
                lines = seal_answers.file_lines(answer, out.lang)
    for line in lines:
        print(line)
    return int(answer.exit_code)


def message_no_file(lang: str) -> str:
    from compliance_desk.domain.messages import message

    return message("no_such_file", lang)


CSV_COLUMNS = ("entry", "seal", "time", "actor", "kind", "format", "lang", "from", "until", "record",
               "identifiers_revealed", "as_of", "file", "sha256", "bytes")


def _safe(value: object) -> str:
    """A CSV cell never read as a formula by a spreadsheet."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def cmd_seals(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage import seals
    from compliance_desk.storage.files import atomic_output
    from compliance_desk.storage.register import Register
    from compliance_desk.storage.seal_answers import when

    with Register.open(args.register, read_passphrase(args), read_only=True) as register:
        out.notices(register)
        with register.plain_errors():
            listed = seals.exports(register)
    rows = []
    for item in listed:
        e, d = item.entry, item.entry.details
        base = [e.seq, e.hash, e.ts, e.actor, d.get("kind"), d.get("format") or "", d.get("lang") or "",
                d.get("from") or "", d.get("until") or "", d.get("record") or "",
                "yes" if d.get("identifiers_revealed") else "no", d.get("as_of") or ""]
        for f in item.files or [{}]:
            rows.append([*base, f.get("name", ""), f.get("sha256", ""), f.get("bytes", "")])
    if args.output:
        folder = args.output.resolve().parent
        if not folder.is_dir():
            raise InvalidInput("file_unwritable", path=args.output, detail=message_no_folder(out.lang))
        with atomic_output(args.output) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            writer.writerows([_safe(v) for v in row] for row in rows)
        out.say("seals_written", count=len(listed), path=args.output)
        return 0
    if not listed:
        out.say("seals_none")
    for item in listed:
        e, d = item.entry, item.entry.details
        print("\t".join(str(x) for x in (e.seq, when(e.ts), e.actor, d.get("kind"), d.get("format") or "",
                                          d.get("lang") or "", e.hash)))
        for f in item.files:
            print(f"    {f.get('name')}\t{f.get('sha256')}\t{f.get('bytes')}")
    return 0


def message_no_folder(lang: str) -> str:
    from compliance_desk.domain.messages import message

    return message("no_such_folder", lang)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("seals", parents=[common], help="every export: entry, time, actor, kind, file hashes")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.csv", help="write the list as CSV (one row per file)")
    p.set_defaults(func=cmd_seals)
