"""`compliance-desk server …`: set up a register on a PostgreSQL server and its users.

    compliance-desk server init URL                          schema, roles, append-only audit (as the owner)
    compliance-desk server add-user URL NAME --role officer|auditor|admin
    compliance-desk server remove-user URL NAME              the login disabled, its roles and key wrap gone
    compliance-desk server rotate-key URL                    a new register key, every sealed value re-sealed
    compliance-desk server import URL FILE.cdesk             the file's register, audit chain and all
    compliance-desk server snapshot URL OUT.cdesk            a read-only encrypted copy for offline audit work

The connecting user's password comes as a passphrase does (COMPLIANCE_DESK_PASSPHRASE,
--passphrase-file, a prompt); the new user's from COMPLIANCE_DESK_NEW_PASSPHRASE,
--new-passphrase-file or a prompt; an imported file's from COMPLIANCE_DESK_FILE_PASSPHRASE,
--file-passphrase-file or a prompt. Never from the command line.

A register on a server keeps attachments and sensitive identifiers sealed under its register key
(storage/pg/keys.py), opened with the person's *register passphrase* (not their database password):
from COMPLIANCE_DESK_REGISTER_PASSPHRASE, --register-passphrase-file, or a prompt in a terminal
(left empty, or with no terminal: the register opens without the key, sealed values read as
"encrypted — no key"). `server init` asks for the first one (it makes the key); `server add-user`
wraps the key for the new person with COMPLIANCE_DESK_NEW_REGISTER_PASSPHRASE,
--new-register-passphrase-file or a prompt (none: the person gets no key).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

COMMANDS = ("server",)
FILE_PASSPHRASE_ENV = "COMPLIANCE_DESK_FILE_PASSPHRASE"  # server import: the file's, beside the server password
REGISTER_PASSPHRASE_ENV = "COMPLIANCE_DESK_REGISTER_PASSPHRASE"  # the person's, for the register key
NEW_REGISTER_PASSPHRASE_ENV = "COMPLIANCE_DESK_NEW_REGISTER_PASSPHRASE"  # add-user: the new person's


def register_passphrase(args: argparse.Namespace, *, env: str = REGISTER_PASSPHRASE_ENV,
                        file_option: str = "register_passphrase_file",
                        prompt: str = "Register passphrase (empty: without the register key): ") -> str | None:
    """The register passphrase if one was given (a file, the environment, a terminal's answer), else None."""
    import getpass
    import os
    import sys

    from compliance_desk.cli import read_passphrase

    if getattr(args, file_option, None) or os.environ.get(env):
        return read_passphrase(args, env=env, file_option=file_option)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt) or None
    return None


def new_register_passphrase(args: argparse.Namespace) -> str:
    """The register passphrase a new register key is wrapped under (init, import): required, and as hard
    to guess as a register's passphrase must be."""
    import os
    import sys

    from compliance_desk.cli import new_passphrase
    from compliance_desk.storage.pg.keys import RegisterPassphraseMissing

    if not getattr(args, "register_passphrase_file", None) and not os.environ.get(REGISTER_PASSPHRASE_ENV) \
            and (sys.stdin is None or not sys.stdin.isatty()):
        raise RegisterPassphraseMissing()
    return new_passphrase(args, env=REGISTER_PASSPHRASE_ENV, file_option="register_passphrase_file",
                          prompt="Your register passphrase (for the register key): ")


def offer_register_passphrase(args: argparse.Namespace) -> None:
    """For a command on a server register: its register key opens with the passphrase the person gives,
    asked only once the server says they hold a wrap (storage/pg/sealing.py)."""
    from compliance_desk.storage.pg import is_server

    if not any(is_server(v) for v in vars(args).values()):
        return
    from compliance_desk.storage.pg import keys

    keys.OFFERED.set(lambda: register_passphrase(args))


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

    password = read_passphrase(args, prompt="Password: ")

    # asked only when the register has no key yet
    version = server.init(args.url, password, register_passphrase=lambda: new_register_passphrase(args))
    out.say("server_initialised", target=shown(args.url), version=version)
    return 0


def cmd_server_add_user(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import NEW_PASSPHRASE_ENV, read_passphrase
    from compliance_desk.storage.pg import server
    from compliance_desk.storage.pg.connection import shown

    password = read_passphrase(args, prompt="Password: ")
    new_password = read_passphrase(args, env=NEW_PASSPHRASE_ENV, confirm=True, prompt=f"Password for {args.name}: ",
                                   file_option="new_passphrase_file")
    new_key = register_passphrase(args, env=NEW_REGISTER_PASSPHRASE_ENV, file_option="new_register_passphrase_file",
                                  prompt=f"Register passphrase for {args.name} (empty: no register key): ")
    mine = register_passphrase(args) if new_key else None
    server.add_user(args.url, password, args.name, args.role, new_password, register_passphrase=mine,
                    new_register_passphrase=new_key)
    out.say("server_user_added", name=args.name, target=shown(args.url), role=args.role)
    return 0


def cmd_server_remove_user(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage.pg import server
    from compliance_desk.storage.pg.connection import shown

    password = read_passphrase(args, prompt="Password: ")
    held = server.remove_user(args.url, password, args.name)
    out.say("server_user_removed", name=args.name, target=shown(args.url))
    if held:
        out.say("server_user_removed_key", target=shown(args.url))
    return 0


def cmd_server_rotate_key(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage.pg import rotation
    from compliance_desk.storage.pg.connection import shown
    from compliance_desk.storage.pg.keys import RegisterPassphraseMissing

    password = read_passphrase(args, prompt="Password: ")
    mine = register_passphrase(args, prompt="Your register passphrase: ")
    if not mine:
        raise RegisterPassphraseMissing()
    result = rotation.rotate_key(args.url, password, mine)
    out.say("server_key_rotated", target=shown(args.url), generation=result.generation, rows=result.rows,
            holders=", ".join(result.holders), seal=result.seal)
    if result.not_wrapped:
        out.say("server_key_not_wrapped", names=", ".join(result.not_wrapped))
    return 0


def cmd_server_import(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage.pg import transfer
    from compliance_desk.storage.pg.connection import shown

    password = read_passphrase(args, prompt="Server password: ")
    passphrase = read_passphrase(args, env=FILE_PASSPHRASE_ENV, prompt=f"Passphrase of {args.file.name}: ",
                                 file_option="file_passphrase_file")
    register_key = new_register_passphrase(args)
    result = transfer.import_file(args.url, password, args.file, passphrase, register_passphrase=register_key)
    out.say("server_imported", path=args.file, target=shown(args.url), entries=result.entries, rows=result.rows,
            seal=result.seal)
    out.say("server_imported_sealed", user=_user(args.url), rows=result.sealed, seal=result.head)
    return 0


def _user(url: str) -> str:
    import psycopg.conninfo

    return str(psycopg.conninfo.conninfo_to_dict(url).get("user") or "")


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
    q.add_argument("--new-register-passphrase-file", metavar="FILE",
                   help=f"the new user's register passphrase from FILE (else ${NEW_REGISTER_PASSPHRASE_ENV} or a "
                        "prompt): the register key is wrapped for them")
    q.set_defaults(func=cmd_server_add_user)
    q = actions.add_parser("remove-user", parents=[common],
                           help="a person leaves: their login disabled, their roles and register key wrap removed")
    q.add_argument("url", type=_server_url, metavar="URL")
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=cmd_server_remove_user)
    q = actions.add_parser("rotate-key", parents=[common],
                           help="a new register key: every sealed value re-sealed, wrapped for every holder")
    q.add_argument("url", type=_server_url, metavar="URL")
    q.set_defaults(func=cmd_server_rotate_key)
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
