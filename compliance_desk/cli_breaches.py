"""The CLI's breach commands (see cli.py):

    compliance-desk breaches REGISTER [--format text|json]
    compliance-desk breach-notice REGISTER BRC-YYYY-NNNN -o OUT [--format pdf|txt] [--lang ar|en]
    compliance-desk breach-letter REGISTER BRC-YYYY-NNNN -o OUT [--format pdf|txt|email] [--lang ar|en]

`breaches` lists the breaches with their 72-hour clock to SDAIA (SDAIA's personal-data breach
procedural guide, Oct 2024; PDPL Art. 20, Implementing Regulation Art. 24); exit 1 while a
notifiable breach is overdue, 0 otherwise. `breach-notice` writes the notice to SDAIA (PDF, or the
plain text to paste into the platform's form); `breach-letter` the notice to the data subjects.
Recording and moving breaches is the desktop app's (and `import breaches`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from compliance_desk.cli_server import register_target

COMMANDS = ("breaches", "breach-notice", "breach-letter")


def cmd_breaches(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.domain import breaches as rules
    from compliance_desk.domain import clock
    from compliance_desk.domain.vocabularies import BREACH_STAGES
    from compliance_desk.storage import breaches
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor, read_only=True) as register:
        rows = breaches.all_rows(register)
    now = clock.now()
    found = [(row, rules.clock(row, now)) for row in rows]
    if args.format == "json":
        print(json.dumps([{"reference": r["reference"], "title": r["title"], "stage": r["stage"],
                           "aware_at": r["aware_at"], "time_zone": r["time_zone"],
                           "deadline_utc": c.deadline.strftime("%Y-%m-%dT%H:%MZ"), "clock": c.state,
                           "clock_stage": c.stage, "hours_left": round(c.hours_left, 2),
                           "timing": rules.timing(r)} for r, c in found], ensure_ascii=False, indent=1))
    else:
        for row, found_clock in found:
            print("\t".join((row["reference"], BREACH_STAGES.label(row["stage"], out.lang),
                             rules.wall_time(found_clock.deadline, row["time_zone"]).replace("T", " "),
                             row["time_zone"], found_clock.text(out.lang), row["title"])))
    return 1 if any(c.stage == "overdue" for _r, c in found) else 0


def _lang(args: argparse.Namespace, register: Any) -> str:
    from compliance_desk.storage import records

    return str(args.lang or (records.organisation(register) or {}).get("default_language") or "en")


def cmd_breach_notice(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.reports import export
    from compliance_desk.storage.register import Register

    kind = "notice" if args.command == "breach-notice" else "letter"
    fmt = args.format or {".txt": "txt", ".eml": "email"}.get(args.output.suffix.lower(), "pdf")
    if kind == "notice" and fmt == "email":
        from compliance_desk.domain.errors import InvalidInput

        raise InvalidInput("unknown_code", value=fmt, choices="pdf, txt")
    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register, \
            register.plain_errors(args.output):
        out.notices(register)
        path, _seal = export.export_breach_notice(register, args.reference.strip().upper(), args.output,
                                                  lang=_lang(args, register), fmt=fmt, kind=kind)
    out.say("report_written", path=path)
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("breaches", parents=[common], help="personal-data breaches and their 72-hour clocks")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_breaches)
    for name, formats, text in (("breach-notice", ("pdf", "txt"), "a breach's notice to SDAIA, ready to file"),
                                ("breach-letter", ("pdf", "txt", "email"), "a breach's notice to the data subjects")):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("register", type=register_target, metavar="REGISTER")
        p.add_argument("reference", metavar="BRC-YYYY-NNNN")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
        p.add_argument("--format", choices=formats, help="default: from OUT's suffix (.txt, .eml), else pdf")
        p.set_defaults(func=cmd_breach_notice)
