"""A PostgreSQL connection that speaks the register's SQL: the seam between the use cases and psycopg.

The use cases write portable SQL with `?` placeholders, as the SQLCipher file takes it. This adapter
runs the same statements on PostgreSQL through psycopg 3, translating what differs:
`?` -> `%s`, `INSERT OR REPLACE` / `INSERT OR IGNORE` -> `ON CONFLICT`, `GLOB` -> a regular
expression, `BEGIN IMMEDIATE` -> `BEGIN`, `COLLATE NOCASE` dropped, the catalogue questions
(`sqlite_master`, `PRAGMA table_info`) asked of `information_schema`, and an INSERT's new id read
back with `RETURNING id` (the `lastrowid` of the cursor). Booleans are stored as 0/1 integers, as
on SQLite.

Errors: an insufficient privilege (an auditor's write) becomes `WriteRefused`, one plain line; the
server's other errors are psycopg's.

Round trips: statements whose results nobody waits for (a transaction's BEGIN, its writers' lock, the
audit entry and the search index of a save) are queued (`queue`) and sent in the message of the next
statement, or of COMMIT (storage/pg/messages.py). `lock_before_write` holds statements (the writers'
lock) back until the transaction's first statement that may write or lock rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
import psycopg.conninfo
from psycopg import errors as pg_errors
from psycopg import pq
from psycopg.adapt import Dumper

from compliance_desk.storage.pg.cursor import Cursor
from compliance_desk.storage.pg.errors import (
    CertificateRefused,
    ConnectionLost,
    ServerUnavailable,
    ServerWrongPassword,
    WriteRefused,
)
from compliance_desk.storage.pg.messages import AUDIT_WRITE, Messages, Queued, writes

DatabaseError = psycopg.DatabaseError

# Tables whose key is not `id`, for INSERT OR REPLACE
_CONFLICT_KEYS = {"register_meta": "key", "schema_migrations": "version", "audit": "seq"}
_PRAGMA_TABLE_INFO = re.compile(r"^\s*PRAGMA table_info\((\w+)\)\s*$", re.IGNORECASE)
_INSERT = re.compile(r"^\s*INSERT\s+(OR\s+(REPLACE|IGNORE)\s+)?INTO\s+(\w+)\s*\(([^)]*)\)", re.IGNORECASE)
_GLOB = re.compile(r"\bGLOB\s+(\?|'[^']*')", re.IGNORECASE)
_NOCASE = re.compile(r"\s+COLLATE\s+NOCASE\b", re.IGNORECASE)
_NOCASE_COLUMN = re.compile(r"\b((?:\w+\.)?(\w+))\s+COLLATE\s+NOCASE\b", re.IGNORECASE)
# SQLite's unary `+column` (keeps the planner off an index) is arithmetic on PostgreSQL: dropped
_UNARY_PLUS = re.compile(r"(?<=[\s(,])\+(?=[A-Za-z_])")
_WHERE_ONE = re.compile(r"\bWHERE\s+1(?=\s|$)(?!\s*[=<>!])", re.IGNORECASE)
_CATALOGUE = {
    "SELECT name FROM sqlite_master WHERE type = 'table'":
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        " AND table_type = 'BASE TABLE'",
}


def _placeholders(sql: str) -> str:
    """`?` -> `%s` outside string literals; every `%` doubled (psycopg's own escape)."""
    out: list[str] = []
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted
        if char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=512)
def translate(sql: str, id_tables: frozenset[str], text_columns: frozenset[str] = frozenset()) -> tuple[str, bool]:
    """The statement for PostgreSQL, and whether it returns the new row's id."""
    stripped = sql.strip().rstrip(";")
    if stripped.upper() == "BEGIN IMMEDIATE":
        return "BEGIN", False
    if stripped in _CATALOGUE:
        return _CATALOGUE[stripped], False
    pragma = _PRAGMA_TABLE_INFO.match(stripped)
    if pragma:
        columns = ("SELECT ordinal_position - 1, column_name FROM information_schema.columns"
                   " WHERE table_schema = current_schema() AND table_name = '{}' ORDER BY ordinal_position")
        return columns.format(pragma.group(1)), False  # a \w+ name
    # `column COLLATE NOCASE`: lower(column) for a text column (ASCII case folded, as SQLite does)
    text = _NOCASE_COLUMN.sub(lambda m: f"lower({m.group(1)})" if m.group(2) in text_columns else m.group(1),
                              _GLOB.sub(r"~ cd_glob(\1)", stripped))
    text = _NOCASE.sub("", text)
    text = _WHERE_ONE.sub("WHERE true", _UNARY_PLUS.sub("", text))
    returns_id = False
    insert = _INSERT.match(text)
    if insert:
        mode, table, columns = insert.group(2), insert.group(3), insert.group(4)
        text = re.sub(r"^\s*INSERT\s+OR\s+\w+\s+INTO", "INSERT INTO", text, flags=re.IGNORECASE)
        if mode and mode.upper() == "IGNORE":
            text += " ON CONFLICT DO NOTHING"
        elif mode:
            key = "rowid" if table.endswith("_fts") else _CONFLICT_KEYS.get(table, "id")
            names = [c.strip() for c in columns.split(",") if c.strip() and c.strip() != key]
            updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in names)
            text += f" ON CONFLICT ({key}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING")
        if table in id_tables and " RETURNING " not in text.upper():
            text += " RETURNING id"
            returns_id = True
    return _placeholders(text), returns_id


def _value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _params(params: Sequence[Any] | None) -> tuple[Any, ...]:
    return tuple(_value(v) for v in (params or ()))


class _LooseInt(Dumper):
    """Integers sent untyped, as SQLite takes them: the server gives each the type its place needs
    (`text_column = ?` compares text, `id = ?` a bigint), as psycopg already does for strings."""

    oid = 0

    def dump(self, obj: Any) -> bytes:
        return str(int(obj)).encode()


# The columns information_schema.columns shows the user (its own condition), from pg_catalog
_CATALOGUE_COLUMNS = (
    "SELECT c.relname, a.attname, a.atttypid = 'text'::regtype FROM pg_attribute a"
    " JOIN pg_class c ON c.oid = a.attrelid"
    " WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
    " AND c.relkind IN ('r', 'v', 'f', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
    " AND (pg_has_role(c.relowner, 'USAGE')"
    " OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))")
# Set on every connection of the app, in the message of its first statement. Parallel query off: the
# app's statements are an officer's interactive reads (a page, a count, a search), which workers make
# slower to start than they make them run (a count of 200 000 customers: 21–28 ms with two workers, 11 ms
# without, on two cores), and one officer's query does not take several of a shared server's cores.
SESSION = "SET max_parallel_workers_per_gather = 0; "


class PgConnection:
    """An open connection to a register on a PostgreSQL server (autocommit: transactions are
    begun and ended explicitly, as on the SQLCipher file)."""

    engine = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        self.sealer: Any = None  # storage/pg/sealed.Sealer once the register is open (PgRegister)
        self._stored_depth = 0  # inside `as_stored()`: sealed values read as stored (verify, audit)
        raw.adapters.register_dumper(int, _LooseInt)
        # psycopg prepares nothing itself: it would answer any ROLLBACK with DEALLOCATE ALL, which
        # drops the statements prepared here (storage/pg/messages.py) too
        raw.prepare_threshold = None
        self._messages = Messages(raw)  # the text of the messages of queued statements (`queue`)
        self._queued: list[Queued] = []
        self._lock_due: list[Queued] = []
        # told when a statement writes an audit entry itself (audit.append, a bulk copy): the chain's
        # head a register keeps for its next entry is then read again
        self.audit_written: Callable[[], None] | None = None
        self._id_tables, self._text_columns = self._catalogue(SESSION)

    def _catalogue(self, first: str = "") -> tuple[frozenset[str], frozenset[str]]:
        """The tables with an `id` column, and the column names that are text wherever they occur (what
        `COLLATE NOCASE` may fold): the columns information_schema.columns shows this user, read from
        pg_catalog in one statement (information_schema's views took ~10 ms a connection). `first`: a
        statement sent in the same message."""
        cursor = self.raw.execute((first + _CATALOGUE_COLUMNS).encode())  # type: ignore[call-overload]
        while cursor.nextset():  # the last statement's rows
            pass
        rows = cursor.fetchall()
        text: dict[str, bool] = {}
        for _table, column, is_text in rows:
            text[column] = text.get(column, True) and bool(is_text)
        return (frozenset(table for table, column, _ in rows if column == "id"),
                frozenset(column for column, all_text in text.items() if all_text))

    def refresh_catalogue(self) -> None:
        """Re-read which tables have an id (after a migration)."""
        self._id_tables, self._text_columns = self._catalogue()
        self._messages.forget()

    # ---------------------------------------------------------------- statements, queued statements
    def queue(self, sql: str, params: Sequence[Any] | None = None, then: Callable[[Any], None] | None = None,
              ) -> None:
        """Send `sql` in the message of the next statement (or of COMMIT), before it; `then` is given
        psycopg's cursor on its result. Errors are raised by that statement, for the whole message."""
        text, _returns_id = translate(sql, self._id_tables, self._text_columns)
        if self._lock_due and writes(text):
            self._take_lock_in_queue()
        self._queued.append((text, _params(params), then))
        if len(self._queued) >= self.QUEUE_MAX:  # a rebuild of the search index: sent as it goes
            self.flush()

    QUEUE_MAX = 64

    def lock_before_write(self, statements: list[Queued]) -> None:
        """Queue `statements` (the writers' lock and what is read under it) before the transaction's
        first statement that may write or lock rows (`writes`), in its message. An empty list: none."""
        self._lock_due = list(statements)

    @property
    def lock_due(self) -> bool:
        return bool(self._lock_due)

    def _take_lock_in_queue(self) -> None:
        self._queued.extend(self._lock_due)
        self._lock_due = []

    def take_lock(self) -> None:
        """The statements held for the first write (the writers' lock) sent now, with what is queued."""
        if self._lock_due:
            self._take_lock_in_queue()
        self.flush()

    def flush(self) -> None:
        """Send what is queued (one message), if anything is."""
        if self._queued:
            with self._errors():
                self._run_queued(None)

    def drop_queued(self) -> None:
        """Forget what is queued and not sent (a rollback undoes it, or it never reached the server)."""
        self._queued.clear()

    @property
    def begin_queued(self) -> bool:
        """The transaction's BEGIN is still queued: nothing of it has reached the server."""
        return bool(self._queued) and self._queued[0][0] == "BEGIN"

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        """Run one statement (with what is queued, in its message) and return its cursor."""
        text, returns_id = translate(sql, self._id_tables, self._text_columns)
        if self._lock_due and writes(text):
            self._take_lock_in_queue()
        values = _params(params)
        with self._errors():
            if any(isinstance(v, bytes) for v in values):  # an attachment's bytes: bound by the server
                self.flush()
                cursor = self.send(text, values)
            else:
                cursor = self._run_queued((text, values, None))
        if self.audit_written is not None and AUDIT_WRITE.match(text):
            self.audit_written()
        return Cursor(cursor, returns_id, None if self._stored_depth else self.sealer)

    def send(self, query: str, params: tuple[Any, ...] | None, *, prepare: bool | None = None) -> Any:
        """One message to the server (a round trip); psycopg's cursor on its first result."""
        return self.raw.execute(query, params, prepare=prepare)  # type: ignore[call-overload]

    def _run_queued(self, last: Queued | None) -> Any:
        """What is queued and then `last`, as one message; the cursor on `last`'s result."""
        statements, self._queued = [*self._queued, *([last] if last else [])], []
        idle = self.raw.info.transaction_status == pq.TransactionStatus.IDLE
        message, preparing = self._messages.message(statements)
        try:
            cursor = self.send(message, None, prepare=False)
        except (pg_errors.InvalidSqlStatementName, pg_errors.FeatureNotSupported):
            # a statement prepared before is gone or no longer fits the schema ("cached plan must
            # not change result type", after a migration by another session): prepared afresh, and
            # the message sent again when it began where nothing was under way (its own BEGIN, or
            # none), so nothing of a transaction is lost
            self._messages.forget()
            if not idle:
                raise
            if self.raw.info.transaction_status != pq.TransactionStatus.IDLE:
                self.send("ROLLBACK", None)
            message, preparing = self._messages.message(statements)
            cursor = self.send(message, None, prepare=False)
        self._messages.prepared(preparing)
        self._messages.results(cursor, statements, preparing)
        return cursor

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """psycopg's errors as the register's: an auditor's write refused, the connection lost."""
        try:
            yield
        except pg_errors.InsufficientPrivilege as error:
            if "append-only" in str(error):
                raise
            raise WriteRefused(self.user) from error
        except psycopg.OperationalError as error:
            if self.raw.closed or self.raw.broken:
                raise ConnectionLost(_reason(str(error))) from error
            raise

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        text, _returns_id = translate(sql, self._id_tables, self._text_columns)
        text = re.sub(r" RETURNING id$", "", text)
        if self._lock_due:
            self._take_lock_in_queue()
        self.flush()
        with self._errors(), self.raw.cursor() as cursor:
            cursor.executemany(text, [_params(r) for r in rows])  # type: ignore[arg-type]
        if self.audit_written is not None and AUDIT_WRITE.match(text):
            self.audit_written()

    @contextmanager
    def as_stored(self) -> Iterator[None]:
        """Within the block, sealed values read as the server stores them (what the chain hashes)."""
        self._stored_depth += 1
        try:
            yield
        finally:
            self._stored_depth -= 1

    def script(self, sql: str) -> None:
        """Run a whole script (a migration) as it is written for PostgreSQL."""
        self.flush()
        self.raw.execute(sql.encode("utf-8"))  # type: ignore[call-overload]

    @property
    def user(self) -> str:
        return str(self.raw.info.user)

    @property
    def in_transaction(self) -> bool:
        """A transaction is open, on the server or begun here (its BEGIN queued for the next message)."""
        return self.begin_queued or \
            self.raw.info.transaction_status not in (pq.TransactionStatus.IDLE, pq.TransactionStatus.UNKNOWN)

    def close(self) -> None:
        self.raw.close()


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def shown(target: str) -> str:
    """The URL as it may be shown or remembered: without a password."""
    return re.sub(r"^(postgres(?:ql)?://[^:@/]*):[^@/]*@", r"\1@", target)


def connection_options(target: str) -> dict[str, Any]:
    """What psycopg connects with: TLS verified against the trusted CA (`sslmode=verify-full`) unless
    the server is this machine (a Unix socket or a loopback address), where the URL may ask for less."""
    options: dict[str, Any] = psycopg.conninfo.conninfo_to_dict(target)
    hosts = str(options.get("host") or "").split(",")
    local = all(not h or h.startswith("/") or h in LOCAL_HOSTS for h in hosts) and not options.get("hostaddr")
    if not local and options.get("sslmode") not in ("verify-full",):
        options["sslmode"] = "verify-full"
    options.setdefault("connect_timeout", 10)
    options.setdefault("application_name", "compliance-desk")
    return options


def _reason(text: str) -> str:
    """libpq's first line without its preamble: 'No such file or directory', 'Connection refused'."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    detail = lines[0] if lines else "no answer"
    detail = re.sub(r"^connection failed:\s*", "", detail)
    detail = re.sub(r"^connection to server .*? failed:\s*", "", detail)
    return re.sub(r"^(FATAL|ERROR):\s+", "", detail).rstrip(".") or "no answer"


def connect(target: str, password: str) -> PgConnection:
    """A connection to the register at `target` as the URL's user, with `password`."""
    display = shown(target)
    try:
        options = connection_options(target)
    except psycopg.ProgrammingError as error:
        raise ServerUnavailable(display, str(error).strip().splitlines()[-1]) from None
    if password:
        options["password"] = password
    try:
        raw = psycopg.connect(autocommit=True, **options)
    except psycopg.OperationalError as error:
        text = str(error)
        if "password authentication failed" in text or "no password supplied" in text:
            raise ServerWrongPassword(display) from None
        if "certificate" in text or "SSL" in text:
            raise CertificateRefused(display, _reason(text)) from None
        raise ServerUnavailable(display, _reason(text)) from None
    try:
        return PgConnection(raw)
    except BaseException:
        raw.close()
        raise
