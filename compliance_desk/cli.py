"""The headless face: `compliance-desk SUB-COMMAND …`, and the desktop app with no sub-command.

Exit codes: 0 success, 1 the check or action failed, 2 bad usage or bad input, 3 wrong passphrase
or not a register. Errors are one or two plain lines on stderr; tracebacks go to the log file.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from compliance_desk import cli_documents, cli_seals, cli_server
from compliance_desk.cli_breaches import COMMANDS as BREACH_COMMANDS
from compliance_desk.cli_breaches import add_parsers as add_breach_parsers
from compliance_desk.cli_requests import COMMANDS as REQUEST_COMMANDS
from compliance_desk.cli_requests import add_parsers as add_request_parsers
from compliance_desk.cli_screening import COMMANDS as SCREENING_COMMANDS
from compliance_desk.cli_screening import add_parsers as add_screening_parsers
from compliance_desk.domain.errors import InvalidInput, KnownError, Msg
from compliance_desk.domain.language import language_from_environment, normalise_language
from compliance_desk.domain.messages import message
from compliance_desk.domain.passphrase import MINIMUM_LENGTH, assess

PASSPHRASE_ENV = "COMPLIANCE_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COMPLIANCE_DESK_NEW_PASSPHRASE"
COMMANDS = ("init", "demo", "verify", "backup", "restore", "rekey", *cli_documents.COMMANDS,
            *SCREENING_COMMANDS, *cli_seals.COMMANDS, *REQUEST_COMMANDS, *BREACH_COMMANDS, *cli_server.COMMANDS)


class Output:
    """Prints messages in the run's language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def say(self, key: str, **params: object) -> None:
        print(message(key, self.lang, **params))

    def error(self, text: str) -> None:
        print(text, file=sys.stderr)

    def notices(self, register: object) -> None:
        """What opening the register found and did (a journal set aside, a read-only medium)."""
        for notice in getattr(register, "notices", []):
            self.error(notice.text(self.lang))


# ------------------------------------------------------------------ passphrases
def read_passphrase(args: argparse.Namespace, *, env: str = PASSPHRASE_ENV, confirm: bool = False,
                    prompt: str = "Passphrase: ", file_option: str = "passphrase_file") -> str:
    """From --passphrase-file, the environment, or a prompt; never from the command line."""
    file_name = getattr(args, file_option, None)
    if file_name:
        try:
            text = Path(file_name).read_text(encoding="utf-8")
        except OSError:
            raise InvalidInput("passphrase_file_unreadable", path=file_name) from None
        value = text.splitlines()[0] if text.splitlines() else ""
    elif os.environ.get(env):
        value = os.environ[env]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != value:
            raise InvalidInput("passphrase_mismatch")
    else:
        raise InvalidInput("passphrase_missing")
    if not value:
        raise InvalidInput("passphrase_missing")
    return value


def new_passphrase(args: argparse.Namespace, *, guessable_ok: bool = False, user_inputs: tuple[str, ...] = (),
                   **kwargs: object) -> str:
    """A passphrase for a new register or a rekey: refused when too short or easy to guess (zxcvbn).

    `guessable_ok` is for the demo register only, whose passphrase is published.
    """
    value = read_passphrase(args, confirm=True, **kwargs)  # type: ignore[arg-type]
    if len(value) < MINIMUM_LENGTH:
        raise InvalidInput("passphrase_too_short", minimum=MINIMUM_LENGTH)
    verdict = assess(value, user_inputs)
    if not guessable_ok and not verdict.acceptable:
        raise InvalidInput("passphrase_guessable", reason=Msg(verdict.reason or "passphrase_reason_short"))
    return value


# ------------------------------------------------------------------ commands
def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from compliance_desk.storage.register import Register

    name = args.org_name
    if not name:
        if sys.stdin is None or not sys.stdin.isatty():
            raise InvalidInput("organisation_name_missing")
        name = input("Organisation name: ").strip()
        if not name:
            raise InvalidInput("organisation_name_missing")
    passphrase = new_passphrase(args, user_inputs=(name, Path(args.register).stem))
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in name)
    organisation = {"legal_name_ar" if arabic else "legal_name_en": name,
                    "default_language": args.lang or ("ar" if arabic else "en")}
    with Register.building(args.register, passphrase, organisation, actor=args.actor):
        pass  # the file gets its name only once it is complete
    out.say("created", path=args.register)
    return 0


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from compliance_desk.storage import demo

    passphrase = new_passphrase(args, guessable_ok=True)
    counts = demo.build(Path(args.register), passphrase, seed=args.seed, customers=args.customers,
                        actor=args.actor)
    out.say("demo_created", path=args.register, **counts)
    return 0


def cmd_verify(args: argparse.Namespace, out: Output) -> int:
    from compliance_desk.storage.register import Register

    answered = cli_seals.verify_seal_or_file(args, out)
    if answered is not None:
        return answered
    with Register.open(args.register, read_passphrase(args), read_only=True) as register:
        out.notices(register)
        with register.plain_errors():
            verdict = register.verify()
    if verdict.ok:
        out.say("verify_ok", entries=verdict.entries, seal=verdict.seal)
        return 0
    out.error(message("verify_failed", out.lang))
    for problem in verdict.problems[:10]:
        out.error(f"  {problem}")
    return 1


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register:
        out.notices(register)
        seal = register.backup(args.destination)
    out.say("backup_done", path=args.destination, seal=seal)
    return 0


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    from compliance_desk.storage.backups import restore

    restore(args.backup, args.register, read_passphrase(args), force=args.force, actor=args.actor)
    out.say("restore_done", path=args.register, backup=args.backup)
    return 0


def cmd_rekey(args: argparse.Namespace, out: Output) -> int:
    from compliance_desk.storage.register import Register

    old = read_passphrase(args)
    new = new_passphrase(args, env=NEW_PASSPHRASE_ENV, prompt="New passphrase: ",
                         file_option="new_passphrase_file")
    if new == old:
        raise InvalidInput("passphrase_same")
    with Register.open(args.register, old, actor=args.actor) as register:
        out.notices(register)
        with register.plain_errors():
            register.rekey(new)
    out.say("rekey_done", path=args.register)
    return 0


def run_app(args: argparse.Namespace, out: Output) -> int:
    """The desktop app, in --lang for this run only, on REGISTER when given."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and os.environ.get("QT_QPA_PLATFORM") not in ("offscreen", "minimal", "vnc"):
        raise InvalidInput("no_display")
    from compliance_desk.app import main as app_main

    return app_main(args.lang, str(args.register) if args.register else None)


# ------------------------------------------------------------------ parsing
VALUE_OPTIONS = ("--lang", "--passphrase-file", "--register-passphrase-file", "--actor")


class VersionAction(argparse.Action):
    """--version: the app's version and the SQLCipher, Qt and Python it runs on."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version of the app, SQLCipher and Qt")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from compliance_desk.about import version_text

        print(version_text())
        parser.exit()


def _common(*, top: bool = True) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name.

    Sub-command copies default to SUPPRESS so they never overwrite a value given before the name.
    """
    default = None if top else argparse.SUPPRESS
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("ar", "en"), default=default,
                        help="language of messages (and of the app)")
    common.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help=f"read the passphrase from FILE's first line (else ${PASSPHRASE_ENV} or a prompt)")
    common.add_argument("--register-passphrase-file", metavar="FILE", default=default,
                        help="a register on a server: your register passphrase from FILE's first line "
                             "(else $COMPLIANCE_DESK_REGISTER_PASSPHRASE or a prompt)")
    common.add_argument("--actor", default=default,
                        help="name written into audit entries (default: the OS user)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(top=False)
    parser = argparse.ArgumentParser(
        prog="compliance-desk", parents=[_common()],
        description="Encrypted registers of processing, disclosures and KYC checks.")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an empty register")
    p.add_argument("register", type=cli_server.file_target, metavar="REGISTER")
    p.add_argument("--org-name", help="organisation name (asked when missing)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a register filled with the demo organisation")
    p.add_argument("register", type=cli_server.file_target, metavar="REGISTER")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--customers", type=int, default=300)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("verify", parents=[common], help="integrity check and audit chain")
    p.add_argument("register", type=cli_server.register_target, metavar="REGISTER")
    cli_seals.add_verify_options(p)
    p.set_defaults(func=cmd_verify)

    cli_documents.add_report_parser(sub, common)

    p = sub.add_parser("backup", parents=[common], help="encrypted copy (same passphrase)")
    p.add_argument("register", type=cli_server.register_target, metavar="REGISTER")
    p.add_argument("destination", type=Path, metavar="DEST")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="validate a backup, then write the register")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.add_argument("register", type=Path, metavar="REGISTER")
    p.add_argument("--force", action="store_true", help="replace an existing register")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("rekey", parents=[common], help="change the passphrase")
    p.add_argument("register", type=Path, metavar="REGISTER")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help=f"new passphrase from FILE (else ${NEW_PASSPHRASE_ENV} or a prompt)")
    p.set_defaults(func=cmd_rekey)

    cli_documents.add_parsers(sub, common)
    add_screening_parsers(sub, common)
    cli_seals.add_parsers(sub, common)
    add_request_parsers(sub, common)
    add_breach_parsers(sub, common)
    cli_server.add_parsers(sub, common)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="compliance-desk", parents=[_common()],
                                     description="Open the desktop app (or give a COMMAND; see --help).")
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("register", type=Path, nargs="?", metavar="REGISTER")
    parser.set_defaults(func=run_app, command=None)
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    first = _first_positional(argv)
    wants_help = any(a in ("-h", "--help") for a in argv)
    if first in COMMANDS or (wants_help and first is None):
        return build_parser().parse_args(argv)
    return build_app_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = language_from_environment()
    for i, arg in enumerate(argv):  # know the language before parsing, for parse-time messages
        if arg == "--lang" and i + 1 < len(argv):
            lang = normalise_language(argv[i + 1]) or lang
        elif arg.startswith("--lang="):
            lang = normalise_language(arg.split("=", 1)[1]) or lang
    out = Output(lang)
    from compliance_desk.diagnostics import quiet_unraisable

    quiet_unraisable()
    try:
        args = parse(argv)
        cli_server.offer_register_passphrase(args)
        return int(args.func(args, out))
    except KnownError as error:
        out.error(error.text(lang))
        return error.exit_code
    except KeyboardInterrupt:
        out.error(message("interrupted", lang))
        return 1
    except Exception as error:  # the one place an unexpected error is caught in the CLI
        from compliance_desk.storage.errors import as_known

        known = as_known(error)  # the environment's doing (a full disk, a refused file): one plain line
        if known is not None:
            out.error(known.text(lang))
            return known.exit_code
        from compliance_desk.diagnostics import record_exception

        try:
            path = record_exception(error)
        except OSError:
            path = Path("(log unavailable)")
        out.error(message("unexpected_error", lang, path=path))
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
