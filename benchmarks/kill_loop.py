"""SIGKILL at random moments: after each kill the register opens with the right passphrase,
verifies, and has lost no committed transaction.

    .venv/bin/python benchmarks/kill_loop.py [--kills 30] [--quick] [--seed N] [--only writer,backup,...]

Scenarios (each killed --kills times at a random moment of its run; a run that finished before the
kill is counted apart and run again):
  writer     a process committing 5 customers per transaction; it prints each committed count
  backup     `compliance-desk backup REGISTER DEST`
  restore    `compliance-desk restore BACKUP REGISTER --force` over an older register
  rekey      `compliance-desk rekey REGISTER`, alternating between two passphrases
  import     `compliance-desk import customers REGISTER FILE.csv` (2 000 rows)
  migration  opening a register with one more migration (a column with a default: every customer
             row re-anchored in the audit), after the automatic pre-migration backup
Not part of the test suite (tests/storage/test_kill_loop.py runs a --quick smoke of it). Linux/macOS.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compliance_desk.domain.entities import CUSTOMER  # noqa: E402
from compliance_desk.storage.errors import WrongPassphrase  # noqa: E402
from compliance_desk.storage.files import remove_leftovers  # noqa: E402
from compliance_desk.storage.migrations import LATEST, MIGRATIONS, Migration  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402

PASSPHRASE = "kill loop passphrase one"
OTHER = "kill loop passphrase two"
BATCH = 5
TEST_MIGRATION = Migration(LATEST + 1, "kill_loop_tier",
                           "ALTER TABLE customers ADD COLUMN kill_loop_tier TEXT NOT NULL DEFAULT 'standard';")

WRITER = """
import sys
from compliance_desk.domain.entities import CUSTOMER
from compliance_desk.storage import records
from compliance_desk.storage.register import Register
register = Register.open(sys.argv[1], sys.argv[2], actor="writer")
n = 0
while True:
    with register.atomic():
        for _ in range(BATCH):
            n += 1
            records.create(register, "customer", {"client_ref": f"W-{sys.argv[3]}-{n}", "full_name_en": f"Writer {n}"})
    print(register.count(CUSTOMER), flush=True)
""".replace("BATCH", str(BATCH))

MIGRATING = """
import sys
from compliance_desk.storage.migrations import LATEST, MIGRATIONS, Migration
from compliance_desk.storage.register import Register
extra = Migration(LATEST + 1, "kill_loop_tier",
                  "ALTER TABLE customers ADD COLUMN kill_loop_tier TEXT NOT NULL DEFAULT 'standard';")
Register.open(sys.argv[1], sys.argv[2], migrations=[*MIGRATIONS, extra]).close()
"""


@dataclass
class Tally:
    kills: int = 0
    finished: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def ran(self, killed: bool) -> None:
        if killed:
            self.kills += 1
        else:
            self.finished += 1


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "compliance_desk.cli", *args]


def environment(passphrase: str = PASSPHRASE, new: str | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COMPLIANCE_DESK_PASSPHRASE": passphrase,
           "COMPLIANCE_DESK_LANG": "en", "COMPLIANCE_DESK_LOG_DIR": str(Path(tempfile.gettempdir()) / "kill-loop-logs")}
    if new:
        env["COMPLIANCE_DESK_NEW_PASSPHRASE"] = new
    return env


def run_killed(args: list[str], env: dict[str, str], delay: float) -> tuple[bool, str]:
    """Start `args`, SIGKILL it after `delay` seconds; returns (killed, its stdout)."""
    child = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        child.wait(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        killed = True
    out, err = child.communicate()
    if not killed and child.returncode != 0:
        raise RuntimeError(f"{' '.join(args[-4:])} failed on its own: {err.strip()}")
    return killed, out


def keep(path: Path, folder: Path) -> Path:
    """A copy of the register and its sidecars as they are (for a post-mortem)."""
    folder.mkdir(exist_ok=True)
    for file in path.parent.glob(path.name + "*"):
        shutil.copyfile(file, folder / file.name)
    return folder


def check(path: Path, passphrase: str = PASSPHRASE, migrations: list[Migration] | None = None) -> int:
    """Open with the passphrase, verify (read-only, as `verify` does), then open for writing (as the
    app does: applying the log); returns the number of customers."""
    with Register.open(path, passphrase, read_only=True, migrations=migrations) as register:
        verdict = register.verify()
        if not verdict.ok:
            raise AssertionError(f"verify: {verdict.problems[:3]}")
        count = register.count(CUSTOMER)
    with Register.open(path, passphrase, migrations=migrations) as register:
        if register.count(CUSTOMER) != count:
            raise AssertionError("the writer open saw other rows than the read-only one")
    return count


def make_register(path: Path, customers: int, migrations: list[Migration] | None = None) -> None:
    from compliance_desk.domain.validation import clean

    with Register.building(path, PASSPHRASE, {"legal_name_en": "Kill Loop Co"}, actor="setup",
                           migrations=migrations) as register:
        rows = [{"reference": f"CUS-{n:05d}", **clean(CUSTOMER, {"client_ref": f"B-{n}", "full_name_en": f"Base {n}",
                                                                "notes": "x" * 300})}
                for n in range(1, customers + 1)]
        with register.atomic():
            register.bulk_insert(CUSTOMER, rows)


def duration(args: list[str], env: dict[str, str], prepare: Callable[[], None]) -> float:
    prepare()
    start = time.monotonic()
    subprocess.run(args, cwd=ROOT, env=env, capture_output=True, timeout=900, check=False)
    return time.monotonic() - start


# ---------------------------------------------------------------- scenarios
def scenario_writer(work: Path, kills: int, rng: random.Random, quick: bool) -> Tally:
    tally, path = Tally(), work / "writer.cdesk"
    make_register(path, 200)
    count = check(path)
    iteration = 0
    while tally.kills < kills:
        iteration += 1
        killed, out = run_killed([sys.executable, "-c", WRITER, str(path), PASSPHRASE, str(iteration)],
                                 environment(), rng.uniform(0.8, 4.0))
        tally.ran(killed)
        committed = int(out.split()[-1]) if out.split() else count
        try:
            now = check(path)
            if now < committed:
                raise AssertionError(f"{committed} customers committed, {now} after the kill")
            if (now - count) % BATCH or now > committed + BATCH:
                raise AssertionError(f"a transaction was cut: {count} -> {now} (last said {committed})")
            count = now
        except Exception as error:  # noqa: BLE001 - every kind of failure is counted and reported
            tally.failures.append(f"writer #{iteration}: {error}")
            make_register(path.with_name(f"writer{iteration}.cdesk"), 200)
            path = path.with_name(f"writer{iteration}.cdesk")
            count = check(path)
    return tally


def scenario_backup(work: Path, kills: int, rng: random.Random, quick: bool) -> Tally:
    tally, path = Tally(), work / "backup.cdesk"
    make_register(path, 500 if quick else 6000)
    count = check(path)
    folder = work / "backups"
    folder.mkdir()
    args = lambda dest: cli("backup", str(path), str(dest))  # noqa: E731
    longest = duration(args(folder / "timing.cdesk"), environment(), lambda: None)
    (folder / "timing.cdesk").unlink(missing_ok=True)
    n = 0
    while tally.kills < kills:
        n += 1
        dest = folder / f"b{n}.cdesk"
        killed, _ = run_killed(args(dest), environment(), rng.uniform(0.05, longest))
        tally.ran(killed)
        try:
            if check(path) != count:
                raise AssertionError("the register changed")
            if dest.exists() and check(dest) != count:
                raise AssertionError("a backup under its final name is not whole")
            if not killed and not dest.exists():
                raise AssertionError("a finished backup is missing")
        except Exception as error:  # noqa: BLE001
            tally.failures.append(f"backup #{n}: {error}")
        for done in folder.glob("b*.cdesk"):
            done.unlink()
    remove_leftovers(folder)
    if [p.name for p in folder.iterdir() if p.name.startswith(".")]:
        tally.failures.append(f"backup: leftovers not removed: {list(folder.iterdir())}")
    return tally


def scenario_restore(work: Path, kills: int, rng: random.Random, quick: bool) -> Tally:
    tally, source, target = Tally(), work / "restore-source.cdesk", work / "restore-target.cdesk"
    make_register(source, 500 if quick else 6000)
    backup = work / "restore-backup.cdesk"
    with Register.open(source, PASSPHRASE) as register:
        register.backup(backup)
    new_count = check(backup)
    old = work / "restore-old.cdesk"
    make_register(old, 50)
    old_count = check(old)

    def prepare() -> None:
        for p in (target, *target.parent.glob(target.name + "-*")):
            p.unlink(missing_ok=True)
        shutil.copyfile(old, target)

    args = cli("restore", str(backup), str(target), "--force")
    longest = duration(args, environment(), prepare)
    n = 0
    while tally.kills < kills:
        n += 1
        prepare()
        killed, _ = run_killed(args, environment(), rng.uniform(0.05, longest))
        tally.ran(killed)
        try:
            now = check(target)
            if now not in (old_count, new_count):
                raise AssertionError(f"{now} customers: neither the old register nor the backup")
            if not killed and now != new_count:
                raise AssertionError("a finished restore did not restore")
        except Exception as error:  # noqa: BLE001
            tally.failures.append(f"restore #{n}: {error}")
    return tally


def scenario_rekey(work: Path, kills: int, rng: random.Random, quick: bool) -> Tally:
    tally, path = Tally(), work / "rekey.cdesk"
    make_register(path, 300 if quick else 4000)
    count = check(path)
    current, changes = PASSPHRASE, 0
    longest = duration(cli("rekey", str(path)), environment(PASSPHRASE, OTHER), lambda: None)
    current, changes = OTHER, 1
    n = 0
    while tally.kills < kills:
        n += 1
        new = PASSPHRASE if current == OTHER else OTHER
        before = keep(path, work / f"before-{n}")
        try:
            killed, _ = run_killed(cli("rekey", str(path)), environment(current, new), rng.uniform(0.05, longest))
        except RuntimeError as error:
            tally.failures.append(f"rekey #{n}: {error} (the files before it: {before})")
            killed = False
        tally.ran(killed)
        try:
            opens = []
            for candidate in (current, new):
                try:
                    with Register.open(path, candidate, read_only=True):
                        opens.append(candidate)
                except WrongPassphrase:
                    pass
            if len(opens) != 1:
                raise AssertionError(f"{len(opens)} passphrases open it")
            if not killed and opens != [new]:
                raise AssertionError("a finished rekey left the old passphrase")
            if opens == [new]:
                current, changes = new, changes + 1
            if check(path, current) != count:
                raise AssertionError("rows changed")
            with Register.open(path, current, read_only=True) as register:
                recorded = register.conn.execute("SELECT count(*) FROM audit WHERE action = 'rekey'").fetchone()[0]
            if recorded != changes:
                raise AssertionError(f"{changes} passphrase changes, {recorded} in the audit")
        except Exception as error:  # noqa: BLE001
            tally.failures.append(f"rekey #{n}: {error}")
            break
    return tally


def scenario_import(work: Path, kills: int, rng: random.Random, quick: bool) -> Tally:
    tally, path = Tally(), work / "import.cdesk"
    make_register(path, 100)
    count = check(path)
    rows = 300 if quick else 2000
    n = 0
    files = work / "imports"
    files.mkdir()
    longest = 0.0
    while tally.kills < kills:
        n += 1
        data = files / f"customers-{n}.csv"
        with data.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["client_ref", "full_name_en", "nationality"])
            writer.writerows([f"I{n}-{k}", f"Imported {n} {k}", "SA"] for k in range(rows))
        args = cli("import", "customers", str(path), str(data))
        if not longest:
            longest = duration(args, environment(), lambda: None)
            count = check(path)
            continue
        killed, _ = run_killed(args, environment(), rng.uniform(0.05, longest))
        tally.ran(killed)
        try:
            now = check(path)
            if now not in (count, count + rows):
                raise AssertionError(f"{now - count} of {rows} rows imported: not all or nothing")
            if not killed and now != count + rows:
                raise AssertionError("a finished import imported nothing")
            count = now
        except Exception as error:  # noqa: BLE001
            tally.failures.append(f"import #{n}: {error}")
    return tally


def scenario_migration(work: Path, kills: int, rng: random.Random, quick: bool) -> Tally:
    tally, base, path = Tally(), work / "migration-base.cdesk", work / "migration.cdesk"
    make_register(base, 500 if quick else 5000)
    count = check(base)
    migrations = [*MIGRATIONS, TEST_MIGRATION]

    def prepare() -> None:
        for p in work.glob("migration.*"):
            p.unlink()
        for p in work.glob("migration.cdesk*"):
            p.unlink()
        shutil.copyfile(base, path)

    args = [sys.executable, "-c", MIGRATING, str(path), PASSPHRASE]
    longest = duration(args, environment(), prepare)
    n = 0
    while tally.kills < kills:
        n += 1
        prepare()
        killed, _ = run_killed(args, environment(), rng.uniform(0.05, longest))
        tally.ran(killed)
        try:
            with Register.open(path, PASSPHRASE, read_only=True, migrations=migrations) as register:
                version = register.schema_version
                verdict = register.verify()
                if not verdict.ok:
                    raise AssertionError(f"verify at schema {version}: {verdict.problems[:3]}")
            if version not in (LATEST, LATEST + 1) or (not killed and version != LATEST + 1):
                raise AssertionError(f"schema {version}")
            for backup in work.glob("migration.v*.backup.cdesk"):
                if check(backup) != count:
                    raise AssertionError("a pre-migration backup under its final name is not whole")
            if check(path, migrations=migrations) != count:  # finishes the migration if it was cut
                raise AssertionError("rows changed")
        except Exception as error:  # noqa: BLE001
            tally.failures.append(f"migration #{n}: {error}")
    return tally


SCENARIOS: dict[str, Callable[[Path, int, random.Random, bool], Tally]] = {
    "writer": scenario_writer, "backup": scenario_backup, "restore": scenario_restore,
    "rekey": scenario_rekey, "import": scenario_import, "migration": scenario_migration,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="2 kills each, small registers")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--only", default=",".join(SCENARIOS))
    parser.add_argument("--work", type=Path, help="keep the registers in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    kills = 2 if args.quick else args.kills
    rng = random.Random(args.seed)
    failed = False
    print(f"{'scenario':<10} {'kills':>5} {'finished':>8} {'failures':>8} {'seconds':>8}")
    with tempfile.TemporaryDirectory(prefix="kill-loop-") as temporary:
        folder = args.work or Path(temporary)
        for name in args.only.split(","):
            work = folder / name
            work.mkdir()
            start = time.monotonic()
            tally = SCENARIOS[name](work, kills, rng, args.quick)
            tally.seconds = time.monotonic() - start
            failed |= bool(tally.failures)
            print(f"{name:<10} {tally.kills:>5} {tally.finished:>8} {len(tally.failures):>8} {tally.seconds:>8.0f}",
                  flush=True)
            for failure in tally.failures[:10]:
                print(f"    {failure}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
