"""The register on a PostgreSQL server (a team's register): the same use cases as the file's."""

from __future__ import annotations

SCHEMES = ("postgresql://", "postgres://")


def is_server(target: object) -> bool:
    """True when `target` names a register on a server (a postgresql:// URL), not a file."""
    return isinstance(target, str) and target.startswith(SCHEMES)
