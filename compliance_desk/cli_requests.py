"""The CLI's data-subject request commands (see cli.py):

    compliance-desk letter REGISTER DSR-YYYY-NNNN KIND -o OUT.pdf [--lang ar|en]
        KIND: acknowledgement | identity | extension | answer | refusal (as the request's stage allows)
    compliance-desk extend REGISTER DSR-YYYY-NNNN --ground disproportionate_effort|many_requests
                    --reasons TEXT --told-on YYYY-MM-DD --told-by letter|email|phone|in_person [--days N]
        records the one extension (PDPL Implementing Regulation Art. 3): its ground, the reasons told
        to the requester, and when and how they were told in advance; prints the new due date
    compliance-desk person-export REGISTER CUS-NNNNN|CLIENT_REF -o BASE [--lang ar|en] [--all]
        writes BASE.xlsx and BASE.json: every row that names the person (--all: for the officer, with
        gagged disclosures and screening hits; without it, what may be handed to the person)

`import requests` (its columns include extension_notice_method) and `report requests|record:DSR-…`
go through the existing import and report commands.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from compliance_desk.cli_server import register_target
from compliance_desk.domain.errors import InvalidInput

COMMANDS = ("letter", "extend", "person-export")
LETTERS = ("acknowledgement", "identity", "extension", "answer", "refusal")


def _lang(args: argparse.Namespace, register: Any) -> str:
    from compliance_desk.storage import records

    return str(args.lang or (records.organisation(register) or {}).get("default_language") or "en")


def cmd_letter(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.reports.letters import export_letter
    from compliance_desk.storage import requests
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register, \
            register.plain_errors(args.output):
        out.notices(register)
        row = requests.find(register, args.reference)
        path, _seal = export_letter(register, row["id"], args.kind, args.output, _lang(args, register))
    out.say("letter_written", path=path)
    return 0


def cmd_extend(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage import requests
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register, \
            register.plain_errors():
        out.notices(register)
        row = requests.find(register, args.reference)
        due = requests.extend(register, row["id"], args.ground, args.reasons, args.told_on, days=args.days,
                              told_by=args.told_by)
    out.say("extension_recorded", reference=row["reference"], due=due)
    return 0


def cmd_person_export(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.reports.person_export import export_person
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register, \
            register.plain_errors(args.output):
        out.notices(register)
        found = register.conn.execute("SELECT id FROM customers WHERE reference = ? OR client_ref = ?",
                                      (args.customer.strip().upper(), args.customer.strip())).fetchone()
        if found is None:
            raise InvalidInput("unknown_customer", value=args.customer)
        xlsx, data, _seal = export_person(register, int(found[0]), args.output, lang=_lang(args, register),
                                          for_subject=not args.all)
    out.say("export_written", path=f"{xlsx}, {data}")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("letter", parents=[common], help="a response letter to a data subject (PDF)")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("reference", metavar="DSR-YYYY-NNNN")
    p.add_argument("kind", choices=LETTERS)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    p.set_defaults(func=cmd_letter)

    from compliance_desk.domain.requests.deadlines import MAX_EXTENSION_DAYS
    from compliance_desk.domain.requests.vocab import EXTENSION_NOTICE_METHODS, EXTENSION_REASONS

    p = sub.add_parser("extend", parents=[common],
                       help="record a request's one extension, with how the requester was told in advance")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("reference", metavar="DSR-YYYY-NNNN")
    p.add_argument("--ground", required=True, choices=EXTENSION_REASONS.codes, help="why more time is needed")
    p.add_argument("--reasons", required=True, metavar="TEXT", help="the reasons told to the requester")
    p.add_argument("--told-on", required=True, metavar="YYYY-MM-DD", help="the day the requester was told")
    p.add_argument("--told-by", required=True, choices=EXTENSION_NOTICE_METHODS.codes,
                   help="how the requester was told (the extension letter says so)")
    p.add_argument("--days", type=int, default=MAX_EXTENSION_DAYS, help=f"at most {MAX_EXTENSION_DAYS}")
    p.set_defaults(func=cmd_extend)

    p = sub.add_parser("person-export", parents=[common], help="every row that names a customer (xlsx + JSON)")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("customer", metavar="CUS-NNNNN|CLIENT_REF")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="BASE")
    p.add_argument("--all", action="store_true", help="for the officer: gagged disclosures and screening hits too")
    p.set_defaults(func=cmd_person_export)
