"""Setting up a register on a server: its schema, its roles and their rights, its users.

Three group roles (NOLOGIN), the same in every register of the cluster:
- `officer` reads every table and writes the registers; in the audit table it may only INSERT;
- `auditor` reads everything and writes nothing;
- `admin` manages users (its members get CREATEROLE) and reads everything.
Each person logs in as their own user, a member of one of them; the audit actor is that user.

The audit chain is append-only twice over: UPDATE, DELETE and TRUNCATE on `audit` are revoked
from every role (and PUBLIC), and a trigger refuses them even to the table's owner. A superuser
can still set both aside (DESIGN: "Team register on PostgreSQL").
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from psycopg import sql

from compliance_desk import __version__
from compliance_desk.domain import clock
from compliance_desk.storage.pg import keys, sealed
from compliance_desk.storage.pg.connection import PgConnection, connect
from compliance_desk.storage.pg.errors import ServerError
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.pg.schema import schema_version
from compliance_desk.storage.rows import SEARCH_INDEX_VERSION

ROLES = ("officer", "auditor", "admin")
_USER_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


def _roles(conn: PgConnection) -> None:
    """The group roles and their rights on this database's tables (idempotent)."""
    existing = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname IN ('officer', 'auditor', 'admin')")}
    raw = conn.raw
    for role in ROLES:
        if role not in existing:
            raw.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    statements = [
        "REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC",
        "GRANT USAGE ON SCHEMA {schema} TO officer, auditor, admin",
        "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO officer, auditor, admin",
        "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO officer",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO officer, auditor, admin",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT INSERT, UPDATE, DELETE ON TABLES TO officer",
        # the schema is the owner's: no officer records a migration
        "REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM officer",
        # the first wall of the append-only audit (the trigger of migrations_pg/0010 is the second)
        "REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC, officer, auditor, admin",
        "GRANT INSERT ON audit TO officer, admin",  # admin: the entry of a user added
        "GRANT officer, auditor TO admin WITH ADMIN OPTION",
        # the wraps of the register key (storage/pg/keys.py): written by an admin (add-user,
        # remove-user, rotate-key); a person may only upgrade their own first-release wrap to a key pair
        "REVOKE INSERT, UPDATE, DELETE ON register_keys, register_key_ring FROM officer",
        "GRANT INSERT, UPDATE, DELETE ON register_keys, register_key_ring TO admin",
        "GRANT UPDATE (scheme, public_key, private_key, wrapped) ON register_keys TO officer, auditor",
        "ALTER TABLE register_keys ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS register_keys_read ON register_keys",
        "CREATE POLICY register_keys_read ON register_keys FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS register_keys_own ON register_keys",
        "CREATE POLICY register_keys_own ON register_keys FOR UPDATE TO officer, auditor"
        " USING (username = current_user) WITH CHECK (username = current_user)",
        "DROP POLICY IF EXISTS register_keys_admin ON register_keys",
        "CREATE POLICY register_keys_admin ON register_keys TO admin USING (true) WITH CHECK (true)",
    ]
    schema = sql.Identifier(str(conn.execute("SELECT current_schema()").fetchone()[0]))
    for statement in statements:
        raw.execute(sql.SQL(statement).format(schema=schema))  # type: ignore[arg-type]


def init(target: str, password: str, *, first_entries: bool = True,
         register_passphrase: str | Callable[[], str] | None = None) -> int:
    """Create or upgrade the register at `target` (run as the database's owner); returns the schema
    version. Idempotent: a second run changes nothing but pending migrations and the rights.
    `first_entries` False leaves the register without its meta rows and "create" entry (a template
    database, each copy of which is then initialised). `register_passphrase`: the register key is
    made, if there is none yet, and wrapped for the user running this (storage/pg/keys.py)."""
    conn = connect(target, password)
    register = PgRegister(target, conn, read_only=False)
    try:
        fresh = schema_version(conn) == 0
        register._migrate(backup=False)  # register_keys and its ring: migrations_pg/0016
        for statement in sealed.BLIND_INDEXES:  # exact lookups of sealed identifiers (storage/pg/sealing.py)
            conn.execute(statement)
        conn.refresh_catalogue()
        if first_entries and (fresh or not register.meta()):
            with register.atomic():
                conn.executemany("INSERT INTO register_meta (key, value) VALUES (?, ?)", [
                    ("register_id", str(uuid.uuid4())),
                    ("created_at", clock.timestamp()),
                    ("created_by_version", __version__),
                    ("search_index_version", SEARCH_INDEX_VERSION),
                    ("engine", "postgresql"),
                ])
                register.log("create", {"version": __version__, "engine": "postgresql"})
        if register_passphrase and first_entries and not keys.any_wrap(conn):
            passphrase = register_passphrase() if callable(register_passphrase) else register_passphrase
            with register.atomic():
                keys.store(conn, register.actor, keys.new_key(), passphrase, register.actor)
                register.log("register_key_made", {"wrapped_for": register.actor})
            register._open_key(passphrase)
            register.seal_existing()  # a register filled before it had a key: its values sealed now
        conn.execute("BEGIN")
        try:
            _roles(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return register.schema_version
    finally:
        register.close()


def add_user(target: str, password: str, name: str, role: str, new_password: str, *,
             register_passphrase: str | None = None, new_register_passphrase: str | None = None) -> None:
    """A login for `name` in `role` (made or changed), by an admin or the owner; audited.
    With `new_register_passphrase`, the register key — opened with the runner's own
    `register_passphrase` — is wrapped for `name` too (the register's sealed values open for them)."""
    from compliance_desk.domain.errors import InvalidInput
    from compliance_desk.storage.pg.errors import WriteRefused

    if role not in ROLES:
        raise InvalidInput("server_bad_role", role=role)
    if not _USER_NAME.match(name) or name in ROLES:
        raise InvalidInput("server_bad_user_name", name=name)
    register = PgRegister.open_server(target, password, register_passphrase=register_passphrase or "")
    try:
        conn = register.conn
        if new_register_passphrase is not None and register.register_key is None:
            raise keys.NoRegisterKey(register.actor)
        # the password leaves this machine only as its SCRAM verifier (never in a statement's text)
        verifier = conn.raw.pgconn.encrypt_password(new_password.encode(), name.encode(), b"scram-sha-256")
        user = sql.Identifier(name)
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone() is not None
        attributes = sql.SQL("LOGIN CREATEROLE" if role == "admin" else "LOGIN NOCREATEROLE")
        try:
            with register.atomic():
                verb = sql.SQL("ALTER ROLE" if exists else "CREATE ROLE")
                conn.raw.execute(sql.SQL("{} {} {} PASSWORD {}").format(
                    verb, user, attributes, sql.Literal(verifier.decode())))
                for other in ROLES:
                    if other != role and exists:
                        conn.raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), user))
                conn.raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), user))
                register.log("user_added", {"user": name, "role": role})
                if new_register_passphrase is not None and register.register_key is not None:
                    keys.store(conn, name, register.register_key, new_register_passphrase, register.actor)
                    register.log("register_key_wrapped", {"user": name})
        except WriteRefused:
            raise
        except Exception as error:  # the server's refusal (no CREATEROLE, …): one plain line
            from compliance_desk.storage.pg.connection import DatabaseError

            if isinstance(error, DatabaseError):
                raise ServerError(str(error).strip().splitlines()[0]) from None
            raise
    finally:
        register.close()


def is_admin(conn: PgConnection) -> bool:
    """The connected user manages users and keys: a member of `admin`, a superuser, or the owner of
    the register's tables (who ran `server init`)."""
    return bool(conn.execute(
        "SELECT rolsuper OR pg_has_role(current_user, 'admin', 'MEMBER') OR EXISTS (SELECT 1 FROM pg_tables"
        " WHERE schemaname = current_schema() AND tablename = 'register_keys' AND tableowner = current_user)"
        " FROM pg_roles WHERE rolname = current_user").fetchone()[0])


def _groups(conn: PgConnection, name: str) -> list[str]:
    """The register's roles `name` is directly a member of."""
    return [str(r[0]) for r in conn.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND g.rolname IN ('officer', 'auditor', 'admin')"
        " ORDER BY g.rolname", (name,))]


def remove_user(target: str, password: str, name: str) -> bool:
    """`name` can no longer log in (NOLOGIN, no password, no role of the register) and their wrap of
    the register key is deleted, in one audited transaction; by an admin or the owner. Refused for
    the last admin, the last holder of the key, oneself. Returns whether they held a wrap (the caller
    then says to rotate the key: what they could open before, they may have kept)."""
    from compliance_desk.domain.errors import ActionFailed, InvalidInput

    if not _USER_NAME.match(name) or name in ROLES:
        raise InvalidInput("server_bad_user_name", name=name)
    register = PgRegister.open_server(target, password, register_passphrase="")  # RK is not needed
    try:
        conn = register.conn
        if not is_admin(conn):
            raise ActionFailed("server_admin_only", user=register.actor)
        if name == register.actor:
            raise InvalidInput("server_remove_self", name=name)
        found = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
        held = keys.holds_wrap(conn, name)
        groups = _groups(conn, name) if found is not None else []
        if found is None or (not groups and not held):
            raise InvalidInput("server_no_such_user", name=name, target=register.target)
        if found[0]:
            raise InvalidInput("server_remove_superuser", name=name)
        if "admin" in groups and not [g for g in _admins(conn) if g != name]:
            raise ActionFailed("server_last_admin", name=name)
        if held and keys.holders(conn) == [name]:
            raise ActionFailed("server_last_key_holder", name=name)
        user = sql.Identifier(name)
        with _server_refusals(), register.atomic():
            conn.raw.execute(sql.SQL("ALTER ROLE {} NOLOGIN NOCREATEROLE PASSWORD NULL").format(user))
            for group in groups:
                conn.raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), user))
            conn.execute(f"DELETE FROM {keys.TABLE} WHERE username = ?", (name,))  # noqa: S608
            register.log("user_removed", {"user": name, "roles": groups, "register_key": held})
        # their open sessions lost every right with the roles; ended too where the server lets us
        with suppress(Exception):
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?", (name,))
        return held
    finally:
        register.close()


def _admins(conn: PgConnection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = 'admin' AND u.rolcanlogin")]


@contextmanager
def _server_refusals() -> Iterator[None]:
    """The server's refusal of a statement (no CREATEROLE, …) as one plain line."""
    from compliance_desk.storage.pg.connection import DatabaseError
    from compliance_desk.storage.pg.errors import WriteRefused

    try:
        yield
    except WriteRefused:
        raise
    except DatabaseError as error:
        raise ServerError(str(error).strip().splitlines()[0]) from None
