"""Numbered .sql migrations, applied in order, each in one transaction with its record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load(folder: Path | None = None) -> list[Migration]:
    """The migrations shipped with the app (or in `folder`), in version order, each number once."""
    if folder is None:
        files = [(f.name, f.read_text(encoding="utf-8"))
                 for f in resources.files(__package__).iterdir() if f.name.endswith(".sql")]
    else:
        files = [(f.name, f.read_text(encoding="utf-8")) for f in folder.glob("*.sql")]
    return parse(files)


def parse(files: list[tuple[str, str]], first: int | None = 1) -> list[Migration]:
    """Migrations from (file name, text) pairs, in version order; `first` is the number the series
    must start at (None: any)."""
    found = []
    for name, sql in files:
        match = _NAME.match(name)
        if not match:
            raise ValueError(f"migration file {name} is not named NNNN_name.sql")
        found.append(Migration(int(match.group(1)), match.group(2), sql))
    found.sort(key=lambda m: m.version)
    # Numbers are reserved per change while several are built at once, so a branch may hold 0006
    # without 0003–0005 yet; two files with one number are always a mistake.
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or (versions and first is not None and versions[0] != first):
        raise ValueError(f"migration numbers must start at {first} and be unique: {versions}")
    return found


MIGRATIONS = load()
LATEST = MIGRATIONS[-1].version
