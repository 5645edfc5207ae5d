"""`compliance-desk server …`: set up a register on a PostgreSQL server and its users.

    compliance-desk server init URL                          schema, roles, append-only audit (as the owner)
    compliance-desk server add-user URL NAME --role officer|auditor|admin
    compliance-desk server import URL FILE.cdesk             the file's register, audit chain and all
    compliance-desk server snapshot URL OUT.cdesk            a read-only encrypted copy for offline audit work

The connecting user's password comes as a passphrase does (COMPLIANCE_DESK_PASSPHRASE,
--passphrase-file, a prompt); the new user's from COMPLIANCE_DESK_NEW_PASSPHRASE,
--new-passphrase-file or a prompt; an imported file's from COMPLIANCE_DESK_FILE_PASSPHRASE,
--file-passphrase-file or a prompt. Never from the command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

COMMANDS = ("server",)
FILE_PASSPHRASE_ENV = "COMPLIANCE_DESK_FILE_PASSPHRASE"  # server import: the file's, beside the server password


def register_target(text: str) -> Path | str:
    """A REGISTER argument: a file's path, or a postgresql:// URL kept as it is written."""
    from compliance_desk.storage.pg import is_server

    return text if is_server(text) else Path(text)


def file_target(text: str) -> Path:
    """A REGISTER that must be a file (init, demo): a URL is told to use `server init`."""
    from compliance_desk.storage.pg import is_server

    if is_server(text):
        raise argparse.ArgumentTypeError("a register on a server is made with `compliance-desk server init URL`")
    return Path(text)


def _server_url(text: str) -> str:
    from compliance_desk.storage.pg import is_server

    if not is_server(text):
        raise argparse.ArgumentTypeError(f"{text} is not a postgresql:// URL")
    return text


def cmd_server_init(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage.pg import server
    from compliance_desk.storage.pg.connection import shown

    version = server.init(args.url, read_passphrase(args, prompt="Password: "))
    out.say("server_initialised", target=shown(args.url), version=version)
    return 0


def cmd_server_add_user(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import NEW_PASSPHRASE_ENV, read_passphrase
    from compliance_desk.storage.pg import server
    from compliance_desk.storage.pg.connection import shown

    password = read_passphrase(args, prompt="Password: ")
    new_password = read_passphrase(args, env=NEW_PASSPHRASE_ENV, confirm=True, prompt=f"Password for {args.name}: ",
                                   file_option="new_passphrase_file")
    server.add_user(args.url, password, args.name, args.role, new_password)
    out.say("server_user_added", name=args.name, target=shown(args.url), role=args.role)
    return 0


def cmd_server_import(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage.pg import transfer
    from compliance_desk.storage.pg.connection import shown

    password = read_passphrase(args, prompt="Server password: ")
    passphrase = read_passphrase(args, env=FILE_PASSPHRASE_ENV, prompt=f"Passphrase of {args.file.name}: ",
                                 file_option="file_passphrase_file")
    result = transfer.import_file(args.url, password, args.file, passphrase)
    out.say("server_imported", path=args.file, target=shown(args.url), entries=result.entries, rows=result.rows,
            seal=result.seal)
    return 0


def cmd_server_snapshot(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import new_passphrase, read_passphrase
    from compliance_desk.storage.pg import snapshot
    from compliance_desk.storage.pg.connection import shown

    password = read_passphrase(args, prompt="Server password: ")
    passphrase = new_passphrase(args, env=FILE_PASSPHRASE_ENV, prompt=f"Passphrase for {args.output.name}: ",
                                file_option="file_passphrase_file")
    result = snapshot.snapshot(args.url, password, args.output, passphrase)
    out.say("server_snapshot_written", path=args.output, target=shown(args.url), entries=result.entries,
            rows=result.rows, seal=result.seal)
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("server", parents=[common], help="a register on a PostgreSQL server (a team's)")
    actions = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    q = actions.add_parser("init", parents=[common], help="create or upgrade the register, its roles and rights")
    q.add_argument("url", type=_server_url, metavar="URL")
    q.set_defaults(func=cmd_server_init)
    q = actions.add_parser("add-user", parents=[common], help="a login for a person, in one role")
    q.add_argument("url", type=_server_url, metavar="URL")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", choices=("officer", "auditor", "admin"), required=True)
    q.add_argument("--new-passphrase-file", metavar="FILE",
                   help="the new user's password from FILE (else $COMPLIANCE_DESK_NEW_PASSPHRASE or a prompt)")
    q.set_defaults(func=cmd_server_add_user)
    q = actions.add_parser("import", parents=[common],
                           help="copy a register file to an empty register on the server, audit chain and all")
    q.add_argument("url", type=_server_url, metavar="URL")
    q.add_argument("file", type=Path, metavar="FILE.cdesk")
    q.add_argument("--file-passphrase-file", metavar="FILE",
                   help=f"the file's passphrase from FILE (else ${FILE_PASSPHRASE_ENV} or a prompt)")
    q.set_defaults(func=cmd_server_import)
    q = actions.add_parser("snapshot", parents=[common],
                           help="write the server's register, audit chain and all, to a read-only encrypted file")
    q.add_argument("url", type=_server_url, metavar="URL")
    q.add_argument("output", type=Path, metavar="OUT.cdesk")
    q.add_argument("--file-passphrase-file", metavar="FILE",
                   help=f"the snapshot's passphrase from FILE (else ${FILE_PASSPHRASE_ENV} or a prompt)")
    q.set_defaults(func=cmd_server_snapshot)
