"""The CLI's sanctions commands: `lists import`, `lists`, `screen`, `decide` (see cli.py).

    compliance-desk lists import REGISTER FILE [--kind un|pcct|opensanctions]
    compliance-desk lists REGISTER
    compliance-desk screen REGISTER [--customer REF] [--format text|json]
    compliance-desk decide REGISTER HIT --as true_match|false_positive|escalated --reason TEXT

`lists import` stores the file as a new list version, then screens the whole register against the
current versions. `screen` screens (all customers, or one) and prints the open hits; exit 1 when
there are hits to decide, 0 when none. `decide` records a decision (a true match restricts the
customer).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from compliance_desk.cli_server import register_target
from compliance_desk.domain.errors import InvalidInput, KnownError
from compliance_desk.domain.screening.texts import reason_text
from compliance_desk.domain.vocabularies import HIT_DECISIONS

COMMANDS = ("lists", "screen", "decide")


def _progress(out: Any) -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    return show


def cmd_lists(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.storage import sanctions, screening
    from compliance_desk.storage.register import Register

    usage = "lists REGISTER | lists import REGISTER FILE"
    words = list(args.words)
    if words[0] == "import":
        if len(words) != 3:
            raise InvalidInput("unknown_code", value=" ".join(words), choices=usage)
        register_path, file = register_target(words[1]), Path(words[2])
        from compliance_desk.storage import lists

        parsed = lists.read(file, args.kind)   # refused before the register is even opened
        with Register.open(register_path, read_passphrase(args), actor=args.actor) as register:
            result = sanctions.import_list(register, file, args.kind, parsed=parsed)
            for note in result.notes:
                out.error(note)
            if result.unchanged:
                out.say("list_unchanged", path=file, reference=result.reference)
                return 0
            out.say("list_imported", reference=result.reference, title=result.title, entries=result.entries,
                    added=len(result.added), changed=len(result.changed), removed=len(result.removed),
                    sha256=result.sha256)
            if result.previous:
                for sign, refs in (("+", result.added), ("~", result.changed), ("-", result.removed)):
                    if refs:
                        print(f"  {sign} " + " ".join(refs[:30]) + (f" … ({len(refs)})" if len(refs) > 30 else ""))
            run = screening.screen(register, trigger="list_import", progress=_progress(out))
            _say_run(register, run, out)
        return 0
    if len(words) != 1:
        raise InvalidInput("unknown_code", value=" ".join(words), choices=usage)
    with Register.open(register_target(words[0]), read_passphrase(args), read_only=True) as register:
        versions = sanctions.versions(register)
    if not versions:
        out.say("lists_none")
        return 0
    for v in versions:
        print("\t".join(str(x) for x in (v["reference"], v["status"], v["source"], v["title"], v["entry_count"],
                                          f"+{v['added']} ~{v['changed']} -{v['removed']}",
                                          v["generated"] or "-", v["created_at"][:19], v["sha256"])))
    return 0


def _say_run(register: Any, run: Any, out: Any) -> None:
    from compliance_desk.storage import sanctions, screening

    if run.cancelled:
        out.say("screen_cancelled")
    open_hits = len(screening.hits(register, decisions=("open", "escalated")))
    out.say("screen_done", reference=run.reference, customers=run.customers,
            lists=len(sanctions.current_versions(register)), raised=run.raised, suppressed=run.suppressed,
            lapsed=run.lapsed, open=open_hits)


def hit_json(hit: dict[str, Any], lang: str) -> dict[str, Any]:
    return {"hit": hit["reference"], "customer": hit["customer_reference"], "customer_name": hit["customer_name"],
            "list": hit["source"], "list_version": hit["version_reference"], "entry": hit["entry_ref"],
            "listed_name": hit["listed_name"], "score": hit["score"], "decision": hit["decision"],
            "reasons": [reason_text(r, lang) for r in hit["reasons"]]}


def cmd_screen(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import records, screening
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register:
        if not screening.has_lists(register):
            raise KnownError("screen_no_lists")
        ids = None
        customer_id = None
        if args.customer:
            found = records.find_by_reference(register, CUSTOMER, args.customer.upper())
            if found is None:
                row = register.conn.execute("SELECT id FROM customers WHERE client_ref = ?", (args.customer,)).fetchone()
                if row is None:
                    raise InvalidInput("customer_unknown", reference=args.customer)
                found = {"id": row[0]}
            customer_id = int(found["id"])
            ids = [customer_id]
        run = screening.screen(register, ids, trigger="manual", progress=None if args.format == "json"
                               else _progress(out))
        open_hits = screening.hits(register, customer_id=customer_id, decisions=("open", "escalated", "true_match"))
        if args.format == "json":
            print(json.dumps({"run": run.reference, "customers": run.customers, "raised": run.raised,
                              "suppressed": run.suppressed, "lapsed": run.lapsed,
                              "hits": [hit_json(h, out.lang) for h in open_hits]}, ensure_ascii=False, indent=1))
        else:
            _say_run(register, run, out)
            for hit in open_hits:
                print("\t".join(str(x) for x in (hit["reference"], hit["customer_reference"], hit["source"],
                                                  hit["entry_ref"], hit["score"],
                                                  HIT_DECISIONS.label(hit["decision"], out.lang))))
                for reason in hit["reasons"]:
                    print("    " + reason_text(reason, out.lang))
    return 1 if any(h["decision"] in ("open", "escalated") for h in open_hits) else 0


def cmd_decide(args: argparse.Namespace, out: Any) -> int:
    from compliance_desk.cli import read_passphrase
    from compliance_desk.domain.entities import CUSTOMER
    from compliance_desk.storage import records, screening
    from compliance_desk.storage.register import Register

    with Register.open(args.register, read_passphrase(args), actor=args.actor) as register:
        hit = screening.decide(register, args.hit, args.decision, args.reason)
        customer = records.get(register, CUSTOMER, hit["customer_id"])
    out.say("decide_done", hit=hit["reference"], decision=HIT_DECISIONS.label(hit["decision"], out.lang))
    if hit["decision"] == "true_match":
        out.say("decide_restricted", customer=customer["reference"])
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("lists", parents=[common], help="sanctions lists: the versions loaded, or import one")
    p.add_argument("words", nargs="+", metavar="[import] REGISTER [FILE]",
                   help="REGISTER: list the versions loaded; import REGISTER FILE: load a list file")
    p.add_argument("--kind", choices=("un", "pcct", "opensanctions"),
                   help="the list's kind (default: from the file: .xml UN, .xlsx PCCT, .csv OpenSanctions)")
    p.set_defaults(func=cmd_lists)

    p = sub.add_parser("screen", parents=[common], help="screen customers against the loaded lists")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("--customer", metavar="REF", help="one customer (CUS-… or the client reference)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_screen)

    p = sub.add_parser("decide", parents=[common], help="decide a screening hit")
    p.add_argument("register", type=register_target, metavar="REGISTER")
    p.add_argument("hit", metavar="HIT", help="the hit's reference (HIT-…)")
    p.add_argument("--as", dest="decision", required=True, choices=("true_match", "false_positive", "escalated"))
    p.add_argument("--reason", required=True, help="why (kept with the decision and in the audit trail)")
    p.set_defaults(func=cmd_decide)
