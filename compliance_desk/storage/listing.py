"""The read side of the tables: count, sort, filter, search and page in SQL, never in memory."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from compliance_desk.domain import clock
from compliance_desk.domain.completeness import ACTIVITY_MINIMUM
from compliance_desk.domain.entities import Entity
from compliance_desk.storage.register import Register
from compliance_desk.storage.search import index_match


@dataclass
class ListQuery:
    """What a table shows: its entity, order, search words and filters."""

    entity: Entity
    sort: str = "reference"
    descending: bool = False
    search: str = ""
    # field name -> code: equality for a code field, membership for a list of codes
    filters: dict[str, str] = field(default_factory=dict)
    review_due_days: int | None = None  # next_review on or before today + N days
    incomplete: bool = False
    open_only: bool = False  # disclosures, requests: still owed an answer; breaches: the 72-hour clock runs
    due_within_days: int | None = None  # disclosures, requests: open and due on or before today + N days
    # The last count of the search's matches and what it held for (see _fts_count): not part of the query.
    _matches: tuple[tuple[Any, ...], int] | None = field(default=None, compare=False, repr=False)
    # On a server: the first page read with the count, and what it held for (see _count_and_first_page).
    _first: tuple[tuple[Any, ...], list[dict[str, Any]]] | None = field(default=None, compare=False, repr=False)


def _incomplete_sql(alias: str) -> str:
    """True for an activity that misses a minimum requirement (the same rules as domain.completeness)."""
    clauses = []
    for requirement in ACTIVITY_MINIMUM:
        empties = [f"coalesce(nullif(trim(CAST({alias}.{f} AS TEXT)), ''), '[]') = '[]'"
                   for f in requirement.fields]
        clauses.append("(" + " AND ".join(empties) + ")")
    return "(" + " OR ".join(clauses) + ")"


# Above this many search matches, walking the order's index and testing membership beats fetching
# every matching row and sorting it (measured: 5–7 ms against 90–140 ms for 8 000 matches of
# 200 000 customers); below it, the matches drive the query (1 ms for 100 matches).
SCAN_ABOVE = 1000


def _fts_count(register: Register, query: ListQuery, match: tuple[str, list[Any]]) -> int:
    """How many rows the search matches. The table counts them, then reads a page, whose plan depends on
    the count: the query keeps the count it made, while this connection has written nothing and no other
    has committed (SQLite's change counter and data_version), so the index is matched once, not twice."""
    conn = register.conn
    key: tuple[Any, ...] | None = None
    if register.engine == "sqlcipher":
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        key = (register, conn, conn.total_changes, version, query.entity.table, match[0], *match[1])
        if query._matches is not None and query._matches[0] == key:
            return query._matches[1]
    sql = f"SELECT count(*) FROM {query.entity.table}_fts WHERE {match[0]}"  # noqa: S608
    found = int(conn.execute(sql, match[1]).fetchone()[0])
    query._matches = (key, found) if key is not None else None
    return found


def _only_search(query: ListQuery) -> bool:
    return not (query.filters or query.review_due_days is not None or query.incomplete or query.open_only
                or query.due_within_days is not None)


def _where(register: Register, query: ListQuery, scan: bool = False) -> tuple[str, list[Any]]:
    entity = query.entity
    clauses: list[str] = []
    params: list[Any] = []
    for name, code in query.filters.items():
        spec = entity.field(name)  # raises KeyError for a field the entity does not have
        if spec.kind == "codes":
            clauses.append(f"EXISTS (SELECT 1 FROM json_each(t.{name}) WHERE value = ?)")  # noqa: S608 - a declared field
        else:
            clauses.append(f"t.{name} = ?")  # noqa: S608 - a declared field
        params.append(code)
    if query.review_due_days is not None and entity.has("next_review"):
        clauses.append("t.next_review IS NOT NULL AND t.next_review <= ?")
        params.append((clock.today() + dt.timedelta(days=query.review_due_days)).isoformat())
    if query.incomplete and entity.name == "activity":
        clauses.append(_incomplete_sql("t"))
    if entity.name == "disclosure" and (query.open_only or query.due_within_days is not None):
        from compliance_desk.storage.disclosures import open_sql

        clauses.append(open_sql("t"))
        if query.due_within_days is not None:
            clauses.append("t.due_date IS NOT NULL AND t.due_date <= ?")
            params.append((clock.today() + dt.timedelta(days=query.due_within_days)).isoformat())
    if entity.name == "request" and (query.open_only or query.due_within_days is not None):
        from compliance_desk.storage.requests import open_sql as request_open_sql

        clauses.append(request_open_sql("t"))
        if query.due_within_days is not None:
            clauses.append("t.due_date IS NOT NULL AND t.due_date <= ?")
            params.append((clock.today() + dt.timedelta(days=query.due_within_days)).isoformat())
    if entity.name == "breach" and query.open_only:  # the 72-hour clock runs (domain.breaches.clock)
        clauses.append("t.stage != 'closed' AND t.sdaia_notified_at IS NULL AND t.sdaia_decision != 'not_notifiable'")
    match = index_match(register, entity, query.search) if query.search else None
    if match is not None:
        member = "+t.id" if scan else "t.id"  # "+": do not drive the query from the matches (see SCAN_ABOVE)
        clauses.append(f"{member} IN (SELECT rowid FROM {entity.table}_fts WHERE {match[0]})")  # noqa: S608
        params.extend(match[1])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(query: ListQuery, register: Register | None = None) -> str:
    entity = query.entity
    column = query.sort
    if register is not None and column in getattr(register, "sealed_columns", lambda _t: ())(entity.table):
        column = "reference" if entity.prefix else "id"  # sealed on a server: its order is the ciphertext's
    if column not in ("reference", "id", "created_at", "updated_at") and not entity.has(column):
        column = "reference" if entity.prefix else "id"
    direction = "DESC" if query.descending else "ASC"
    if column in ("reference", "id"):
        # never NULL and indexed (UNIQUE): the index gives the order without sorting the table
        return f" ORDER BY t.{column} {direction}"
    # NULLs last either way, and a stable tie-break on id, so pages never overlap.
    return f" ORDER BY (t.{column} IS NULL), t.{column} COLLATE NOCASE {direction}, t.id {direction}"


# A table's page (ui/widgets/table_model.py reads its rows by pages of this many).
PAGE_SIZE = 200


def _state(register: Register, query: ListQuery) -> tuple[Any, ...]:
    return (register, register.conn, query.entity.name, query.sort, query.descending, query.search,
            tuple(sorted(query.filters.items())), query.review_due_days, query.incomplete, query.open_only,
            query.due_within_days)


def _count_and_first_page(register: Register, query: ListQuery, match: tuple[str, list[Any]]) -> int:
    """A search on a server: its matches counted and its first page read in one statement, over one
    pass on the matches. Matching is most of a search's time there (the trigram index's bitmap and its
    recheck, ~8 000 rows for a common name at 200 000 customers), and the table reads the first page
    right after the count: the page is kept for that `page` call, which takes it only while nothing
    was committed since (the server's snapshot is the same: no transaction ended or began writing),
    as the file's count is kept while its change counters stay.

    The page in the order of an index (reference, id): with many matches, the table is walked in that
    order and each row tested against the matches (hashed once); with few, the matches' rows are read
    and sorted. The statement chooses by the count it made: if the matches were spread evenly, walking
    would read PAGE_SIZE × rows / matches rows in order, against one random read per match (about three
    rows read in order), so it walks when matches² × 3 > PAGE_SIZE × rows (the planner's own estimate
    of the matches is not used: a trigram match's is far off, 55 for 8 000). Matches are not always
    spread evenly (a reference's prefix: all at one end), so the walk stops after twice the rows it
    should need, and when its page is not full by then the matches are read and sorted instead."""
    table, order = query.entity.table, _order(query, register)
    page = f"SELECT t.* FROM {table} t WHERE t.id IN (SELECT rowid FROM m){order} LIMIT ?"  # noqa: S608
    walk = ""
    if query.sort in ("reference", "id") or query.sort not in query.entity.names:  # an index's order
        # the walk's page: the first matches of its first cd_walk rows in the order (`(… IN …) IS TRUE`
        # keeps the membership test a filter of the walk, hashed, not a join)
        walk = (f", w AS (SELECT t.* FROM (SELECT * FROM {table} t{order} LIMIT (SELECT cd_walk FROM n)) t"  # noqa: S608
                f" WHERE (t.id IN (SELECT rowid FROM m)) IS TRUE{order} LIMIT ?)")
        full = "(SELECT count(*) FROM w) >= least(n.cd_matches, ?)"  # the walk found the page
        page = (f"SELECT * FROM w WHERE {full} UNION ALL"  # noqa: S608 - our SQL
                f" ({page.replace(' WHERE ', f' WHERE NOT {full} AND ', 1)})")
    rows_order = re.sub(r"\bt\.", "p.", order)
    sql = (f"WITH m AS MATERIALIZED (SELECT rowid FROM {table}_fts WHERE {match[0]}),"  # noqa: S608 - our names
           " c AS (SELECT count(*) AS matches FROM m),"
           " n AS (SELECT c.matches AS cd_matches, pg_current_snapshot()::text AS cd_snapshot,"
           " CASE WHEN c.matches * c.matches * 3 > ?::float8 * r.rows"
           " THEN ceil(2 * ?::float8 * r.rows / c.matches)::bigint ELSE 0 END AS cd_walk"
           " FROM c, (SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class"
           f" WHERE oid = '{table}'::regclass) r){walk}"
           f" SELECT n.cd_matches, n.cd_snapshot, p.* FROM n LEFT JOIN LATERAL ({page}) p ON true{rows_order}")
    # PAGE_SIZE: twice in n, then the page's LIMIT; with a walk, its LIMIT and `full` twice too
    cursor = register.conn.execute(sql, [*match[1], *[PAGE_SIZE] * (6 if walk else 3)])
    names = [d[0] for d in cursor.description][2:]
    found = cursor.fetchall()
    total, snapshot = int(found[0][0]), str(found[0][1])
    rows = [dict(zip(names, row[2:], strict=True)) for row in found] if total else []
    query._first = ((*_state(register, query), snapshot), rows)
    return total


def _kept_first_page(register: Register, query: ListQuery, offset: int, limit: int) -> list[dict[str, Any]] | None:
    """The first page the count read (once), if the server committed nothing since."""
    kept, query._first = query._first, None
    if kept is None or offset != 0 or limit > PAGE_SIZE or register.conn.in_transaction:
        return None
    snapshot = register.conn.execute("SELECT pg_current_snapshot()::text").fetchone()[0]
    if kept[0] != (*_state(register, query), snapshot):
        return None
    return kept[1][:limit]


def count(register: Register, query: ListQuery) -> int:
    match = index_match(register, query.entity, query.search) if query.search else None
    if match is not None and _only_search(query):
        if register.engine == "postgresql" and not register.conn.in_transaction:
            return _count_and_first_page(register, query, match)
        return _fts_count(register, query, match)  # the index rows are the table's ids
    where, params = _where(register, query)
    sql = f"SELECT count(*) FROM {query.entity.table} t{where}"  # noqa: S608 - names come from entities
    return int(register.conn.execute(sql, params).fetchone()[0])


def page(register: Register, query: ListQuery, offset: int, limit: int) -> list[dict[str, Any]]:
    """Rows `offset` … `offset + limit` in the query's order, as stored."""
    if query._first is not None:
        kept = _kept_first_page(register, query, offset, limit)
        if kept is not None:
            return kept
    match = index_match(register, query.entity, query.search) if query.search else None
    indexed_order = query.sort in ("reference", "id") or (query.sort not in query.entity.names)
    # the plan's hint is SQLite's (`+t.id`); PostgreSQL's planner chooses from its own statistics, so
    # there the matches are not counted a second time for it (a full pass over them: ~25 ms of a page's
    # 80 at 200 000 customers)
    scan = match is not None and indexed_order and register.engine == "sqlcipher" \
        and _fts_count(register, query, match) > SCAN_ABOVE
    where, params = _where(register, query, scan)
    sql = f"SELECT t.* FROM {query.entity.table} t{where}{_order(query, register)} LIMIT ? OFFSET ?"  # noqa: S608
    cursor = register.conn.execute(sql, [*params, limit, offset])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def choices(register: Register, entity: Entity, label_field: str) -> list[tuple[int, str]]:
    """(id, label) of every row of a small entity, for pick lists (e.g. recipients)."""
    cursor = register.conn.execute(
        f"SELECT id, reference, {label_field} FROM {entity.table} ORDER BY reference")  # noqa: S608
    return [(row_id, f"{ref} — {label or ''}") for row_id, ref, label in cursor]


def position(register: Register, query: ListQuery, record_id: int) -> int | None:
    """The 0-based row of `record_id` in the query's order, or None when the filters hide it."""
    where, params = _where(register, query)
    order = _order(query, register).replace(" ORDER BY ", "", 1)
    sql = (f"SELECT n FROM (SELECT t.id, row_number() OVER (ORDER BY {order}) - 1 AS n"  # noqa: S608
           f" FROM {query.entity.table} t{where}) AS ranked WHERE id = ?")
    found = register.conn.execute(sql, [*params, record_id]).fetchone()
    return int(found[0]) if found else None
