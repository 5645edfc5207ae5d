"""The CLI's document commands (see cli.py): the files a register writes and reads.

    compliance-desk report KIND REGISTER -o OUT [--format pdf|xlsx] [--from D --to D] [--as-of SEAL]
    compliance-desk import KIND REGISTER FILE.xlsx|FILE.csv [--only-valid]
    compliance-desk policy-check REGISTER POLICY_FILE [--format text|json|pdf] [-o OUT]
    compliance-desk notice REGISTER -o OUT [--format pdf|html|md]

`report` writes a register's report (PDF, the xlsx workbook, or the audit pack folder);
`import` adds rows from a spreadsheet, all or none unless --only-valid (exit 2 on invalid rows);
`policy-check` holds a privacy policy against the register (exit 1 when there are gaps);
`notice` writes the privacy notice the register implies, listing on stderr what it lacks.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from compliance_desk import cli_seals
from compliance_desk.cli_server import register_target
from compliance_desk.domain.errors import InvalidInput, KnownError
from compliance_desk.domain.messages import message

COMMANDS = ("report", "import", "policy-check", "notice")
REPORT_KINDS = ("ropa", "disclosures", "kyc", "screening", "requests", "breaches", "workbook", "pack")


def cmd_report(args: argparse.Namespace, out: Any) -> int:
    kind, _, reference = args.kind.partition(":")
    if kind not in REPORT_KINDS + ("record",) or (kind == "record") != bool(reference):
        raise InvalidInput("unknown_code", value=args.kind, choices=", ".join((*REPORT_KINDS, "record:REF")))
    fmt = args.format or ("xlsx" if kind == "workbook" else "pdf")
    if (kind == "workbook") != (fmt == "xlsx") and kind != "pack":
        raise InvalidInput("unknown_code", value=f"{kind} --format {fmt}",
                           choices="workbook: xlsx; ropa, disclosures, kyc, screening, requests, breaches, record:REF: pdf")
    from compliance_desk.cli import read_passphrase
    from compliance_desk.domain.validation import parse_date
    from compliance_desk.reports import export
    from compliance_desk.storage import records
    from compliance_desk.storage.register import Register

    try:
        date_from, date_to = parse_date(args.date_from), parse_date(args.date_to)
    except ValueError as error:
        raise InvalidInput("invalid_date", value=str(error)) from None
    control = {"version": args.doc_version, "prepared_by": args.prepared_by, "approved_by": args.approved_by,
               "distribution": args.distribution}
    as_of = cli_seals.check_as_of(kind, args)
    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register, \
            register.plain_errors(args.output):
        out.notices(register)
        lang = args.lang or (records.organisation(register) or {}).get("default_language") or "en"
        if kind == "workbook":
            path, _seal = export.export_workbook(register, args.output, lang=lang, reveal=args.reveal,
                                                 control=control)
        elif kind == "pack":
            path, _seal = export.pack(register, args.output, date_from=date_from, date_to=date_to,
                                      reveal=args.reveal, hijri=args.hijri, control=control)
        else:
            path, _seal = export.export_pdf(register, kind, args.output, lang=lang, date_from=date_from,
                                            date_to=date_to, reveal=args.reveal, hijri=args.hijri,
                                            reference=reference, control=control, as_of=as_of)
    out.say("report_written", path=path)
    return 0


def cmd_import(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage import importing
    from compliance_desk.storage.register import Register

    spec = importing.SPECS.get(args.kind)
    if spec is None:
        raise KnownError("not_available", feature=f"import {args.kind}")
    if not args.file.exists():
        raise InvalidInput("file_unreadable", path=args.file, detail="no such file")
    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register:
        out.notices(register)
        with register.plain_errors():
            result = importing.run(register, spec, args.file, only_valid=args.only_valid)
    for error in result.errors:
        out.error(error.text(out.lang))
    if result.invalid > len(result.errors):
        out.error(message("import_more_errors", out.lang, count=result.invalid - len(result.errors)))
    if result.invalid and not args.only_valid:
        out.error(message("import_failed", out.lang, count=result.invalid, valid=result.valid))
        return 2  # bad input: the file has invalid rows (the CLI contract)
    out.say("import_done", count=result.imported, path=args.register)
    if result.invalid:
        out.say("import_skipped", count=result.invalid)
    return 0


def cmd_policy_check(args: argparse.Namespace, out: Any) -> int:
    """Exit 0 when the policy and the register agree, 1 when there are gaps."""
    from compliance_desk.cli import read_passphrase
    from compliance_desk.domain.policy import read_policy
    from compliance_desk.storage import policy_check
    from compliance_desk.storage.register import Register

    try:
        text = read_policy(args.policy)
    except (OSError, KeyError, ValueError) as error:
        raise InvalidInput("file_unreadable", path=args.policy, detail=str(error)) from None
    if args.format == "pdf" and not args.output:
        raise InvalidInput("required_output", option="-o")
    with Register.open(args.register, read_passphrase(args), read_only=args.format != "pdf",
                       actor=args.actor) as register, register.plain_errors(args.output):
        out.notices(register)
        result = policy_check.check(register, text, out.lang)
        if args.format == "pdf":
            from compliance_desk.reports.export import export_policy_check

            path, _seal = export_policy_check(register, result, args.policy.name, args.output, lang=out.lang,
                                              policy=args.policy)
            out.say("report_written", path=path)
    if args.format == "json":
        print(result.as_json())
    elif args.format == "text":
        for finding in result.findings:
            period = f" [{finding.period}]" if finding.period else ""
            label = policy_check.label(finding.kind, finding.code, out.lang)
            print(f"{finding.kind}\t{finding.code}\t{label}{period}\t@{finding.offset}: {finding.evidence[:90]}")
        print()
        for gap in result.gaps:
            print(f"[{gap.direction}] {gap.message}")
        if not result.gaps:
            out.say("policy_ok")
    return 1 if result.gaps else 0


def cmd_notice(args: argparse.Namespace, out: Any) -> int:
    """Write the privacy notice the register implies (html, md or pdf, from --format or OUT's suffix);
    what the register lacks for a complete notice is listed on stderr."""
    from compliance_desk.cli import read_passphrase
    from compliance_desk.reports.export import export_notice
    from compliance_desk.reports.notice import FORMATS
    from compliance_desk.storage import notice, records
    from compliance_desk.storage.register import Register

    suffix = args.output.suffix.lower().lstrip(".").replace("htm", "html").replace("htmll", "html")
    fmt = args.format or (suffix if suffix in FORMATS else "pdf")
    folder = args.output.resolve().parent
    if not folder.is_dir():
        raise InvalidInput("file_unwritable", path=args.output, detail=message("no_such_folder", out.lang))
    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register:
        lang = args.lang or (records.organisation(register) or {}).get("default_language") or "ar"
        try:
            path, _seal = export_notice(register, args.output, lang=lang, fmt=fmt)
        except OSError as error:
            raise InvalidInput("file_unwritable", path=args.output, detail=error.strerror or str(error)) from None
        problems = notice.build(register, out.lang).problems  # told in the run's language
    out.say("notice_written", path=path)
    for problem in problems:
        out.error(message("notice_incomplete", out.lang, problem=problem))
    return 0


def add_report_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="write a report")
    p.add_argument("kind", metavar="KIND", help="ropa | disclosures | kyc | screening | requests | breaches | workbook | record:REF | pack")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    p.add_argument("--format", choices=("pdf", "xlsx"))
    p.add_argument("--from", dest="date_from", metavar="D")
    p.add_argument("--to", dest="date_to", metavar="D")
    p.add_argument("--reveal", action="store_true", help="show identifiers in full (masked by default)")
    p.add_argument("--hijri", action="store_true", help="add the Umm al-Qura Hijri date beside the report date")
    p.add_argument("--doc-version", metavar="TEXT", help="document version on the cover (default: the profile's)")
    p.add_argument("--prepared-by", metavar="NAME", help="who prepared the report (default: the profile's or the officer)")
    p.add_argument("--approved-by", metavar="NAME", help="who approves the report (default: the profile's)")
    p.add_argument("--distribution", metavar="TEXT", help="who receives the report (default: the profile's)")
    cli_seals.add_report_options(p)
    p.set_defaults(func=cmd_report)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="bulk import from xlsx or csv")
    p.add_argument("kind", choices=("customers", "disclosures", "activities", "requests", "breaches"))
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--only-valid", action="store_true", help="import the valid rows even when others are not")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("policy-check", parents=[common], help="hold a privacy policy against the register")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("policy", type=Path, metavar="POLICY_FILE")
    p.add_argument("--format", choices=("text", "json", "pdf"), default="text")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="the PDF to write (with --format pdf)")
    p.set_defaults(func=cmd_policy_check)

    p = sub.add_parser("notice", parents=[common], help="write the privacy notice the register implies")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    p.add_argument("--format", choices=("pdf", "html", "md"),
                   help="the file's format (default: from OUT's suffix, else pdf); the language is --lang, "
                        "else the register's report language")
    p.set_defaults(func=cmd_notice)
