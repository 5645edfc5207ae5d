"""Statements sent together: one simple-query message for several statements, prepared ones among them.

A save on a server sends the statements whose results nobody waits for (its BEGIN, the writers' lock,
its audit entry, its search index, the notice) in the message of the next statement, or of COMMIT
(PgConnection.queue): one round trip for several statements, which the server runs in order,
stopping at the first error — raised for the whole message, whose transaction is then rolled back
whole. Every statement goes this way, queued ones before it or not (but one carrying an attachment's
bytes). The simple-query protocol takes no parameters: the values are bound here as untyped literals,
which the server types by their place as it did the parameters (`Messages.bind`). So that the server does not parse and plan a
statement again at every save, one sent a second time is prepared on the connection (`PREPARE cd_n
AS …`, in the message itself; a prepared statement outlives a rollback) and sent as `EXECUTE
cd_n(values)` from then on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import count
from typing import Any

import psycopg

# A queued statement: its text for PostgreSQL (psycopg's %s placeholders), its values, and what reads
# its result (or None)
Queued = tuple[str, tuple[Any, ...], Callable[[Any], None] | None]

# A statement that may write or lock rows: anything but a plain SELECT (and the transaction's own
# COMMIT, ROLLBACK, RELEASE); a SELECT that locks rows or calls a function with an effect counts too.
_READ = re.compile(r"^\s*(SELECT|COMMIT|ROLLBACK(?!\s+TO)|RELEASE|BEGIN)\b", re.IGNORECASE)
_EFFECT = re.compile(r"\bFOR\s+(UPDATE|SHARE|NO\s+KEY|KEY)\b|\b(nextval|setval|pg_notify|pg_advisory\w*)\s*\(",
                     re.IGNORECASE)
AUDIT_WRITE = re.compile(r"^\s*INSERT\s+INTO\s+audit\b", re.IGNORECASE)
_PREPARABLE = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
_MARK = re.compile(r"%%|%s")
_SPLIT = re.compile(r"(%%|%s)")


@lru_cache(maxsize=512)
def writes(text: str) -> bool:
    """Whether a statement may write or lock rows: under the writers' lock (storage/pg/register.py)."""
    return not _READ.match(text) or bool(_EFFECT.search(text))


@lru_cache(maxsize=512)
def _fragments(text: str) -> tuple[str, ...]:
    """The text around psycopg's placeholders (one more than there are), `%%` read as `%`."""
    fragments: list[str] = []
    current: list[str] = []
    for piece in _SPLIT.split(text):
        if piece == "%s":
            fragments.append("".join(current))
            current = []
        else:
            current.append("%" if piece == "%%" else piece)
    fragments.append("".join(current))
    return tuple(fragments)


@lru_cache(maxsize=512)
def _numbered(text: str) -> tuple[str, int]:
    """psycopg's placeholders as PostgreSQL's ($1, $2 …), and how many there are."""
    marks = count(1)
    numbered = _MARK.sub(lambda m: "%" if m.group() == "%%" else f"${next(marks)}", text)
    return numbered, next(marks) - 1


class Messages:
    """Builds the message of queued statements for one connection, and keeps its prepared statements."""

    PREPARED_MAX = 256  # per connection; statements beyond are sent whole
    _names = count(1)

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self._raw = raw
        self._plain = False
        self._client = psycopg.ClientCursor(raw)
        self._seen: set[str] = set()
        self._prepared: dict[str, str] = {}

    def bind(self, text: str, values: tuple[Any, ...]) -> str:
        """`text` with its values in place as literals. Text and integers (nearly every value) are
        quoted here, as untyped literals the server types by their place; with
        standard_conforming_strings on (PostgreSQL's default), a quote doubled is the whole escaping.
        Anything else, and everything were that setting off, is quoted by psycopg."""
        fragments = _fragments(text)
        if len(fragments) != len(values) + 1 or not self._plain:
            return self._client.mogrify(text, values)
        out = [fragments[0]]
        for value, fragment in zip(values, fragments[1:], strict=True):
            out.append(self._literal(value))
            out.append(fragment)
        return "".join(out)

    def _literal(self, value: Any) -> str:
        kind = type(value)
        if not self._plain:
            return self._client.mogrify("%s", (value,))
        if kind is str and "\x00" not in value:
            return "'" + value.replace("'", "''") + "'"
        if kind is int:
            return f"'{value}'"
        if value is None:
            return "NULL"
        return self._client.mogrify("%s", (value,))

    def _check_strings(self) -> None:
        """Whether a quote doubled is a text's whole escaping (standard_conforming_strings, as the
        server reports it; a session that turned it off is quoted by psycopg)."""
        self._plain = self._raw.pgconn.parameter_status(b"standard_conforming_strings") == b"on"

    def forget(self) -> None:
        """Prepare afresh (the schema changed: statements prepared before may no longer fit it)."""
        self._seen.clear()
        self._prepared.clear()

    def message(self, statements: list[Queued]) -> tuple[str, dict[str, str]]:
        """The text of one message running `statements` in order, and the statements it prepares
        (text: name), to be remembered once the message has run without error."""
        parts: list[str] = []
        preparing: dict[str, str] = {}
        self._check_strings()
        for text, values, _then in statements:
            name = self._prepared.get(text) or preparing.get(text)
            if name is None and text in self._seen and len(self._prepared) < self.PREPARED_MAX \
                    and _PREPARABLE.match(text) and ";" not in text:
                name = f"cd_{next(self._names)}"  # a new name each time: one left by a failed message is never reused
                preparing[text] = name
                parts.append(f"PREPARE {name} AS {_numbered(text)[0]}")
            self._seen.add(text)
            if name is None:
                parts.append(self.bind(text, values))
            elif values:
                parts.append(f"EXECUTE {name}({', '.join(map(self._literal, values))})")
            else:
                parts.append(f"EXECUTE {name}")
        return "; ".join(parts), preparing

    def prepared(self, preparing: dict[str, str]) -> None:
        self._prepared.update(preparing)

    @staticmethod
    def results(cursor: Any, statements: list[Queued], preparing: dict[str, str]) -> None:
        """Hand each statement's result to what reads it; the cursor is left on the last one's."""
        prepares = len(preparing)  # each PREPARE has a result of its own, before its statement's
        done: set[str] = set()
        for n, (text, _values, then) in enumerate(statements):
            if text in preparing and text not in done:
                done.add(text)
                cursor.nextset()
                prepares -= 1
            if then is not None:
                then(cursor)
            if n < len(statements) - 1:
                cursor.nextset()
        assert prepares == 0
