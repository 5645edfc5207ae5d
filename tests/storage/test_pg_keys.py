"""A person leaves: `server remove-user` and `server rotate-key` (storage/pg/server.py, rotation.py,
keys.py), against a throwaway PostgreSQL (tests/pg.py)."""

from __future__ import annotations

import contextlib
import json

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from compliance_desk.domain.entities import CUSTOMER, DOCUMENT, REQUEST
from compliance_desk.domain.errors import KnownError
from compliance_desk.storage import attachments, records, search
from compliance_desk.storage.history import record_history
from compliance_desk.storage.pg import keys, rotation, server
from compliance_desk.storage.pg.errors import ServerWrongPassword
from compliance_desk.storage.pg.sealed import SEALED, Sealer, is_sealed
from compliance_desk.storage.register import Register
from tests import pg
from tests.storage.pdf_samples import pdf
from tests.storage.test_pg_sealed import (
    LAYLA_KEY,
    MRZ,
    NUMBER,
    OWNER_KEY,
    _customer_with_document,
    _dump,
    keyed,
)

OMAR_KEY = "omar's register passphrase"


def _url(pg_url: str, user: str) -> str:
    return pg_url.replace(f"{pg.SUPERUSER}@", f"{user}@", 1)


def _fill(url: str) -> tuple[int, int, int, int]:
    """As layla: a customer with a passport and its scan, and a request with a contact."""
    from compliance_desk.domain.entities import ORGANISATION
    from compliance_desk.domain.validation import clean

    with Register.open(url, "user secret", register_passphrase=LAYLA_KEY) as layla:
        with layla.atomic():
            layla.insert(ORGANISATION, {"id": 1, **clean(ORGANISATION, {"legal_name_en": "Acme Store"})})
        customer, document = _customer_with_document(layla)
        attachment = attachments.add(layla, "document", document, "passport.pdf", pdf())
        request = records.create(layla, REQUEST, {
            "received_at": "2026-03-01T09:00:00+03:00", "received_date": "2026-03-01", "channel": "email",
            "requester_name": "Amal Al-Qahtani", "requester_contact": "amal@example.sa"})
    return customer, document, attachment, request


def _wrap_row(cluster: pg.Cluster, url: str, user: str) -> dict[str, object]:
    with pg.admin(cluster, pg.database(url)) as conn:
        cursor = conn.execute("SELECT * FROM register_keys WHERE username = %s", (user,))
        found = cursor.fetchone()
        return dict(zip([d.name for d in cursor.description], found, strict=True)) if found else {}


def _open_copied_wrap(row: dict[str, object], user: str, passphrase: str) -> keys.RegisterKey:
    """What a leaver who kept their wrap row and remembers their passphrase can open by hand."""
    passkey = keys._derive(passphrase, bytes(row["salt"]), str(row["kdf"]))  # type: ignore[arg-type]
    private = X25519PrivateKey.from_private_bytes(keys._open(passkey, row["private_key"], keys._private_aad(user)))  # type: ignore[arg-type]
    return keys.open_sealed(private, user, row["wrapped"])  # type: ignore[arg-type]


def _stored_sealed(cluster: pg.Cluster, url: str) -> tuple[list[tuple[str, str]], list[tuple[int, int, bytes]]]:
    """Every sealed identifier (column, stored text) and attachment (id, size, stored bytes) stored now."""
    texts: list[tuple[str, str]] = []
    with pg.admin(cluster, pg.database(url)) as conn:
        for table, columns in SEALED.items():
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                texts += [(c, v) for c, v in zip(columns, row, strict=True) if is_sealed(v)]
        blobs = [(int(i), int(s), bytes(c)) for i, s, c in conn.execute("SELECT id, size, content FROM attachments")]
    return texts, blobs


def test_after_a_leaver_is_removed_and_the_key_rotated_their_old_wrap_opens_nothing_stored(
        pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    server.add_user(pg_url, pg.SUPERUSER_PASSWORD, "omar", "officer", "omar secret",
                    register_passphrase=OWNER_KEY, new_register_passphrase=OMAR_KEY)
    customer, document, attachment, request = _fill(layla_url)
    with Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY) as layla:
        records.update(layla, DOCUMENT, document, {"number": "P0000009"})  # history under the first key
        records.update(layla, DOCUMENT, document, {"number": NUMBER})
    kept = _wrap_row(pg_cluster, pg_url, "omar")  # the leaver copied their row before leaving
    first_key = _open_copied_wrap(kept, "omar", OMAR_KEY)
    texts, blobs = _stored_sealed(pg_cluster, pg_url)
    assert Sealer(first_key).reveal("number", next(v for c, v in texts if c == "number")) == NUMBER  # it did open

    leaver = Register.open(_url(pg_url, "omar"), "omar secret", register_passphrase=OMAR_KEY)  # still working
    assert leaver.register_key == first_key
    assert server.remove_user(pg_url, pg.SUPERUSER_PASSWORD, "omar") is True
    with pytest.raises(KnownError):  # the open session lost its rights with its roles (and was ended)
        records.get(leaver, CUSTOMER, customer)
    with contextlib.suppress(Exception):
        leaver.close()
    with pytest.raises(ServerWrongPassword):
        Register.open(_url(pg_url, "omar"), "omar secret")
    assert _wrap_row(pg_cluster, pg_url, "omar") == {}
    with pg.admin(pg_cluster) as conn:
        assert conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'omar'").fetchone() == (False,)
        assert conn.execute("SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member"
                            " WHERE u.rolname = 'omar'").fetchone() == (0,)

    result = rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)
    assert (result.generation, result.rows) == (2, 4)  # the customer, the document, the attachment, the request
    assert (result.holders, result.not_wrapped) == ([pg.SUPERUSER, "layla"], [])
    second = rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)  # twice: the ring is re-sealed
    assert second.generation == 3

    # the old wrap and the old passphrase open nothing stored now
    texts, blobs = _stored_sealed(pg_cluster, pg_url)
    assert len(texts) == 7 and len(blobs) == 1  # 4 of the customer, number and MRZ, the contact: all sealed
    old = Sealer(first_key)
    for column, value in texts:
        with pytest.raises(InvalidTag):
            old.reveal(column, value)
    with pytest.raises(InvalidTag):
        old.open_blob("attachments", *blobs[0])
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:
        assert keys.retired(_Plain(conn), first_key) == []  # the ring opens only with the current key
        assert conn.execute("SELECT count(*) FROM documents WHERE substr(number, 1, %s) = %s",
                            (len(old.lookup_prefix("number", NUMBER)), old.lookup_prefix("number", NUMBER))
                            ).fetchone() == (0,)  # the old blind index finds nothing
        last = [json.loads(r[0]) for r in conn.execute("SELECT changes FROM audit WHERE action = 'sealed_at_rest'")]
    assert len(last) == 8 and all(set(c) == {"fields"} for c in last)
    dump = _dump(pg_cluster, pg_url)
    for secret in (NUMBER, "1990-01-01", "966501234567", "layla@example.sa", "amal@example.sa", "ALHARBI"):
        assert secret not in dump, secret

    # every remaining holder keeps access, reads every value back equal and finds the passport
    with Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY) as layla:
        assert layla.verify().ok
        assert (records.get(layla, DOCUMENT, document)["number"], records.get(layla, DOCUMENT, document)["mrz"]) \
            == (NUMBER, MRZ)
        shown = records.get(layla, CUSTOMER, customer)
        assert (shown["date_of_birth"], shown["phone"], shown["email"], shown["address"]) == (
            "1990-01-01", "+966501234567", "layla@example.sa", "12 King Fahd Road, Riyadh")
        assert records.get(layla, REQUEST, request)["requester_contact"] == "amal@example.sa"
        assert attachments.content(layla, attachment) == pdf()
        assert search.search_ids(layla, CUSTOMER, NUMBER) == [customer]
        assert search.search_ids(layla, REQUEST, "amal@example.sa") == [request]
        # the history written under the first key still opens, through the ring
        changes = [e.changes["number"] for e in record_history(layla, "document", document) if "number" in e.changes]
        assert changes[-2:] == [[NUMBER, "P0000009"], ["P0000009", NUMBER]]
        kyc_id = records.create(layla, REQUEST, {  # and new writes are sealed under the new key
            "received_at": "2026-03-02T09:00:00+03:00", "received_date": "2026-03-02", "channel": "email",
            "requester_name": "Sara", "requester_contact": "sara@example.sa"})
    stored = [v for c, v in _stored_sealed(pg_cluster, pg_url)[0] if c == "requester_contact"]
    assert len(stored) == 2 and kyc_id
    for value in stored:
        with pytest.raises(InvalidTag):
            old.reveal("requester_contact", value)
    with Register.open(pg_url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY) as owner:
        actions = [r[0] for r in owner.conn.execute("SELECT action FROM audit ORDER BY seq")]
        entry = owner.conn.execute("SELECT changes FROM audit WHERE action = 'register_key_rotated'"
                                   " ORDER BY seq LIMIT 1").fetchone()[0]
    assert "user_removed" in actions and actions.count("register_key_rotated") == 2
    assert json.loads(entry) == {"generation": 2, "rows": 4, "holders": [pg.SUPERUSER, "layla"], "not_wrapped": []}


class _Plain:
    """A psycopg connection answering the `?` placeholders keys.py writes."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute(self, text: str, params=()):
        return self.conn.execute(text.replace("?", "%s"), params)


def test_a_first_release_wrap_is_upgraded_on_open_and_one_never_opened_is_listed_by_the_rotation(
        pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    customer, document, _attachment, _request = _fill(layla_url)
    for name in ("omar", "sami"):
        pg.add_user(pg_cluster, pg_url, name, "officer")
    with Register.open(pg_url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY) as owner:
        key = owner.register_key
        assert key is not None
        with owner.atomic():  # wraps as the first release wrote them: under the passphrase, no key pair
            for name in ("omar", "sami"):
                kdf, salt, wrapped = keys.wrap(key, name, f"{name}'s key")
                owner.conn.execute("INSERT INTO register_keys (username, kdf, salt, wrapped, created_at, created_by)"
                                   " VALUES (?, ?, ?, ?, 'x', ?)", (name, kdf, salt, wrapped, owner.actor))
    assert _wrap_row(pg_cluster, pg_url, "omar")["scheme"] == "passphrase"
    with Register.open(_url(pg_url, "omar"), "user secret", register_passphrase="omar's key") as omar:
        assert omar.register_key == key
    upgraded = _wrap_row(pg_cluster, pg_url, "omar")
    assert upgraded["scheme"] == "x25519" and len(bytes(upgraded["public_key"])) == 32  # type: ignore[arg-type]
    assert key.key not in bytes(upgraded["wrapped"]) + bytes(upgraded["private_key"])  # type: ignore[arg-type]
    with Register.open(_url(pg_url, "omar"), "user secret") as omar:  # omar writes his own row, no other
        layla_row = _wrap_row(pg_cluster, pg_url, "layla")
        assert omar.conn.execute("UPDATE register_keys SET wrapped = ? WHERE username = 'layla'",
                                 (b"x",)).rowcount == 0
        with pytest.raises(KnownError):
            omar.conn.execute("DELETE FROM register_keys WHERE username = 'layla'")
        with pytest.raises(KnownError):
            omar.conn.execute("UPDATE register_keys SET username = 'omar2' WHERE username = 'omar'")
        assert _wrap_row(pg_cluster, pg_url, "layla") == layla_row
    with pytest.raises(keys.RegisterKeyRefused):  # the upgraded wrap still wants omar's passphrase
        Register.open(_url(pg_url, "omar"), "user secret", register_passphrase="layla's guess")

    result = rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)
    assert (result.holders, result.not_wrapped) == ([pg.SUPERUSER, "layla", "omar"], ["sami"])
    assert _wrap_row(pg_cluster, pg_url, "sami") == {}
    with pytest.raises(keys.NoRegisterKey):
        Register.open(_url(pg_url, "sami"), "user secret", register_passphrase="sami's key")
    with Register.open(_url(pg_url, "omar"), "user secret", register_passphrase="omar's key") as omar:
        assert omar.register_key is not None and omar.register_key != key
        assert records.get(omar, DOCUMENT, document)["number"] == NUMBER
        assert search.search_ids(omar, CUSTOMER, "p7788-123") == [customer]


def _refused(error: pytest.ExceptionInfo[KnownError], code: int, english: str) -> None:
    assert error.value.exit_code == code
    assert error.value.text("en") == english
    assert len(error.value.text("ar").splitlines()) == 1 and error.value.text("ar") != english


def test_remove_user_refuses_the_last_admin_the_last_key_holder_oneself_and_a_non_admin(pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    with pg.admin(pg_cluster) as conn:  # roles are the cluster's: admins of other tests' registers leave
        for (name,) in conn.execute("SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                    " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = 'admin'").fetchall():
            conn.execute(f'REVOKE admin FROM "{name}"')
    server.add_user(pg_url, pg.SUPERUSER_PASSWORD, "amal", "admin", "amal secret")
    with pytest.raises(KnownError) as refused:
        server.remove_user(pg_url, pg.SUPERUSER_PASSWORD, "amal")
    _refused(refused, 1, "amal is the last admin of this register: make another person admin first.")
    with pytest.raises(KnownError) as refused:
        server.remove_user(_url(pg_url, "amal"), "amal secret", "amal")
    _refused(refused, 2, "You cannot remove yourself (amal): ask another admin.")
    with pytest.raises(KnownError) as refused:
        server.remove_user(layla_url, "user secret", "amal")
    _refused(refused, 1, "Only an admin of this register may do this; layla is not one.")
    with pytest.raises(KnownError) as refused:
        server.remove_user(pg_url, pg.SUPERUSER_PASSWORD, "nobody")
    assert refused.value.exit_code == 2 and refused.value.text("en").startswith("nobody is not a user of ")

    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:  # layla alone holds the key now
        conn.execute("DELETE FROM register_keys WHERE username != 'layla'")
    with pytest.raises(KnownError) as refused:
        server.remove_user(_url(pg_url, "amal"), "amal secret", "layla")
    _refused(refused, 1, "layla is the last person holding the register key: wrap it for someone else first "
                         "(server add-user with a register passphrase), or the sealed values would never open again.")
    with Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY) as layla:
        assert layla.register_key is not None  # every refusal changed nothing

    server.add_user(pg_url, pg.SUPERUSER_PASSWORD, "noor", "admin", "noor secret")
    assert server.remove_user(_url(pg_url, "noor"), "noor secret", "amal") is False  # an admin, by another admin
    with pytest.raises(ServerWrongPassword):
        Register.open(_url(pg_url, "amal"), "amal secret")


def test_an_altered_value_stops_the_rotation_and_nothing_changes(pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    customer, *_ = _fill(layla_url)
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:
        conn.execute("UPDATE customers SET email = substr(email, 1, 28) || 'AAAA' || substr(email, 33)"
                     " WHERE id = %s", (customer,))
        wraps = conn.execute("SELECT username, wrapped FROM register_keys ORDER BY username").fetchall()
        entries = conn.execute("SELECT count(*) FROM audit").fetchone()
    with pytest.raises(rotation.RotationStopped) as stopped:
        rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)
    _refused(stopped, 1, f"The register key was not replaced: customers #{customer} (email) does not open with it "
                         "(altered?). Nothing was changed.")
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:
        assert conn.execute("SELECT username, wrapped FROM register_keys ORDER BY username").fetchall() == wraps
        assert conn.execute("SELECT count(*) FROM audit").fetchone() == entries
        assert conn.execute("SELECT count(*) FROM register_key_ring").fetchone() == (0,)


def test_rotate_key_needs_the_key_and_an_admin(pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    with pytest.raises(keys.RegisterKeyRefused):
        rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, "not the owner's")
    with pytest.raises(KnownError) as refused:
        rotation.rotate_key(layla_url, "user secret", LAYLA_KEY)
    _refused(refused, 1, "Only an admin of this register may do this; layla is not one.")


def test_a_session_open_across_a_rotation_reads_with_the_new_key_and_never_seals_under_the_old(
        pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    customer, document, _attachment, _request = _fill(layla_url)
    with Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY) as layla:
        old = layla.register_key
        assert old is not None
        rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)  # while layla works
        assert records.get(layla, DOCUMENT, document)["number"] == NUMBER  # the new wrap, opened from memory
        assert layla.register_key not in (None, old)
        rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)
        request = records.create(layla, REQUEST, {  # a write, first after it, reading nothing sealed before
            "received_at": "2026-03-02T09:00:00+03:00", "received_date": "2026-03-02", "channel": "email",
            "requester_name": "Sara", "requester_contact": "sara@example.sa"})
        with Register.open(pg_url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY) as owner:
            current = owner.register_key
        with pg.admin(pg_cluster, pg.database(pg_url)) as conn:
            stored = conn.execute("SELECT requester_contact FROM requests WHERE id = %s", (request,)).fetchone()[0]
        assert current is not None and Sealer(current).reveal("requester_contact", stored) == "sara@example.sa"
        records.update(layla, CUSTOMER, customer, {"email": "new@example.sa"})
        with pg.admin(pg_cluster, pg.database(pg_url)) as conn:  # her wrap taken away (as remove-user does)
            conn.execute("DELETE FROM register_keys WHERE username = 'layla'")
        with pytest.raises(keys.NoRegisterKey):
            records.update(layla, CUSTOMER, customer, {"email": "later@example.sa"})
        assert records.get(layla, CUSTOMER, customer)["email"] == "new@example.sa"


def test_an_admin_who_holds_the_key_rotates_it_within_the_rights_the_server_gives_admins(pg_cluster, pg_url) -> None:
    layla_url = keyed(pg_cluster, pg_url)
    customer, document, attachment, _request = _fill(layla_url)
    server.add_user(pg_url, pg.SUPERUSER_PASSWORD, "noor", "admin", "noor secret",
                    register_passphrase=OWNER_KEY, new_register_passphrase="noor's key")
    pg.add_user(pg_cluster, pg_url, "sami", "auditor")
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:  # a first-release wrap, never opened since
        kdf, salt, wrapped = keys.wrap(keys.RegisterKey(b"\0" * 32), "sami", "sami's key")
        conn.execute("INSERT INTO register_keys (username, kdf, salt, wrapped, created_at, created_by)"
                     " VALUES ('sami', %s, %s, %s, 'x', 'x')", (kdf, salt, wrapped))
    result = rotation.rotate_key(_url(pg_url, "noor"), "noor secret", "noor's key")
    assert (result.rows, result.holders, result.not_wrapped) == (4, [pg.SUPERUSER, "layla", "noor"], ["sami"])
    with Register.open(_url(pg_url, "noor"), "noor secret", register_passphrase="noor's key") as noor:
        assert noor.verify().ok
        assert records.get(noor, DOCUMENT, document)["number"] == NUMBER
        assert attachments.content(noor, attachment) == pdf()
        assert search.search_ids(noor, CUSTOMER, NUMBER) == [customer]
        rotated = noor.conn.execute("SELECT actor FROM audit WHERE action = 'register_key_rotated'").fetchone()
        assert rotated == ("noor",)
        rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)  # the owner's, while noor's is open
        again = rotation._rotate(noor)  # starts from the owner's key, not from the one noor opened
        assert (again.generation, again.rows) == (4, 4) and noor.verify().ok
        assert records.get(noor, DOCUMENT, document)["number"] == NUMBER


def test_server_init_upgrades_a_register_of_the_first_release_and_its_wraps_open_then_upgrade(
        pg_cluster, pg_url) -> None:
    from compliance_desk.storage.pg.errors import NeedsUpgrade

    layla_url = keyed(pg_cluster, pg_url)
    _customer, document, _attachment, _request = _fill(layla_url)
    with Register.open(pg_url, pg.SUPERUSER_PASSWORD, register_passphrase=OWNER_KEY) as owner:
        key = owner.register_key
    assert key is not None
    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:  # the register as the first release left it
        conn.execute("DROP TABLE register_key_ring")
        conn.execute("DELETE FROM register_keys")
        conn.execute("ALTER TABLE register_keys DROP COLUMN scheme, DROP COLUMN public_key, DROP COLUMN private_key")
        conn.execute("DELETE FROM schema_migrations WHERE version = 16")
        for user, passphrase in ((pg.SUPERUSER, OWNER_KEY), ("layla", LAYLA_KEY)):
            kdf, salt, wrapped = keys.wrap(key, user, passphrase)
            conn.execute("INSERT INTO register_keys VALUES (%s, %s, %s, %s, 'x', 'x')", (user, kdf, salt, wrapped))
    with pytest.raises(NeedsUpgrade):
        Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY)
    server.init(pg_url, pg.SUPERUSER_PASSWORD)
    assert _wrap_row(pg_cluster, pg_url, "layla")["scheme"] == "passphrase"
    with Register.open(layla_url, "user secret", register_passphrase=LAYLA_KEY) as layla:
        assert layla.register_key == key and layla.verify().ok
        assert records.get(layla, DOCUMENT, document)["number"] == NUMBER
    assert _wrap_row(pg_cluster, pg_url, "layla")["scheme"] == "x25519"
    result = rotation.rotate_key(pg_url, pg.SUPERUSER_PASSWORD, OWNER_KEY)
    assert (result.holders, result.not_wrapped) == ([pg.SUPERUSER, "layla"], [])


def test_a_server_missing_a_migration_below_its_highest_asks_for_server_init(pg_cluster, pg_url) -> None:
    from compliance_desk.storage.pg.errors import NeedsUpgrade

    with pg.admin(pg_cluster, pg.database(pg_url)) as conn:  # as a server made before 0015 landed after 0016
        saved = conn.execute("SELECT version, name, applied_at FROM schema_migrations WHERE version = 15").fetchone()
        conn.execute("DELETE FROM schema_migrations WHERE version = 15")
    try:
        with pytest.raises(NeedsUpgrade, match="server init") as refused:
            Register.open(pg_url, pg.SUPERUSER_PASSWORD)
        assert "schema 14;" in refused.value.text("en")
    finally:
        with pg.admin(pg_cluster, pg.database(pg_url)) as conn:
            conn.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)", saved)
