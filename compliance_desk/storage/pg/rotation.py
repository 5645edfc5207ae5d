"""Replacing the register key of a register on a server (`compliance-desk server rotate-key URL`).

After a person leaves (`server remove-user`), the key they held must stop opening what the server
stores. A rotation, by an admin who holds the key, in ONE transaction under the writers' lock (saves
wait for it; nothing is ever half re-sealed, and a failure leaves every row as it was):
- a new register key RK' is made;
- every sealed identifier is opened with RK and sealed again under RK' (a new nonce, a new blind
  index: exact search keeps working), every sealed attachment too (and its keyed hash made again);
  each row changed gets one audit entry `sealed_at_rest` naming its fields, never their values,
  with the row's new hash, as an import's sealing does, so `verify` holds and the chain keeps its
  history;
- RK joins the ring of retired keys, the whole ring sealed again under RK' (the audit history's
  values sealed under RK still open for the holders of RK', and for nobody holding only RK);
- RK' is sealed to every holder's public key (storage/pg/keys.py); a holder with a first-release
  wrap (no key pair yet: they have not opened the register since) loses it and is listed, to be
  re-added with `server add-user`;
- one entry `register_key_rotated` records the generation, the rows re-sealed and who holds RK' now.
A value that does not open with RK (altered) stops the rotation: nothing is changed, one line names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidTag

from compliance_desk.domain.entities import BY_TABLE
from compliance_desk.domain.errors import ActionFailed
from compliance_desk.storage import audit
from compliance_desk.storage.pg import keys
from compliance_desk.storage.pg.register import PgRegister
from compliance_desk.storage.pg.sealed import SEALED, Sealer, is_sealed


@dataclass(frozen=True)
class Rotation:
    generation: int  # of the new key (the first key is 1)
    rows: int  # rows re-sealed
    holders: list[str]  # hold the new key
    not_wrapped: list[str]  # held the old key through a first-release wrap: to be re-added
    seal: str  # the chain's head after it


class RotationStopped(ActionFailed):
    def __init__(self, table: str, row_id: int, column: str) -> None:
        super().__init__("server_key_rotation_stopped", table=table, id=row_id, field=column)


def rotate_key(target: str, password: str, register_passphrase: str) -> Rotation:
    """Replace the register key of the register at `target` (see the module's text)."""
    from compliance_desk.storage.pg.server import is_admin

    register = PgRegister.open_server(target, password, register_passphrase=register_passphrase)
    try:
        if register.register_key is None:
            raise keys.NoRegisterKey(register.actor)
        if not is_admin(register.conn):
            raise ActionFailed("server_admin_only", user=register.actor)
        return _rotate(register)
    finally:
        register.close()


def _rotate(register: PgRegister) -> Rotation:
    conn, new = register.conn, keys.new_key()
    after = Sealer(new)
    with register.atomic():
        register._fresh_key()  # another admin's rotation since this one opened the key: its key
        old, before = register.register_key, register.sealer
        assert old is not None
        rows = _reseal(register, before, after)
        try:
            generation = keys.retire(conn, old, new, register.actor)
        except InvalidTag:
            raise RotationStopped(keys.RING, 0, "sealed") from None
        holders, dropped = keys.rewrap(conn, new)
        if register.actor not in holders:  # their own wrap not yet upgraded: nobody might hold RK'
            raise ActionFailed("server_key_rotation_unwrapped", user=register.actor)
        register.log("register_key_rotated", {"generation": generation, "rows": rows, "holders": holders,
                                              "not_wrapped": dropped})
    register.use_key(new)
    return Rotation(generation, rows, holders, dropped, register.seal())


BATCH = 500  # rows read, re-sealed and written (with their entries) per round


class _Chain:
    """The audit entries of the re-sealed rows, chained here from the head read once (the writers'
    lock is held: nobody else appends) and written in batches with their rows."""

    def __init__(self, register: PgRegister) -> None:
        self.register = register
        self.seq, self.prev = audit.head(register.conn)
        self.updates: dict[str, list[tuple[object, ...]]] = {}
        self.entries: list[tuple[object, ...]] = []

    def add(self, table: str, row: dict[str, object], changed: dict[str, object]) -> None:
        """`row` as stored, its `changed` columns to write; the entry hashes the row after it."""
        self.updates.setdefault(", ".join(f"{c} = ?" for c in changed) + f"\0{table}", []).append(
            (*changed.values(), row["id"]))
        self.seq += 1
        values = audit.make_entry(self.seq, self.prev, actor=self.register.actor, action="sealed_at_rest",
                                  entity=BY_TABLE[table].name, entity_id=int(row["id"]),  # type: ignore[call-overload]
                                  changes={"fields": sorted(changed)}, row={**row, **changed})
        self.prev = str(values[-1])
        self.entries.append(values)

    def flush(self) -> None:
        conn = self.register.conn
        for key, rows in self.updates.items():
            assignments, table = key.split("\0")
            conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", rows)  # noqa: S608
        if self.entries:
            conn.executemany(audit.INSERT_SQL, self.entries)
        self.updates, self.entries = {}, []


def _reseal(register: PgRegister, before: Sealer, after: Sealer) -> int:
    """Every sealed value of the current rows sealed again under `after`'s key; returns the rows."""
    conn, chain, count = register.conn, _Chain(register), 0
    for table, columns in (*SEALED.items(), ("attachments", ("content",))):
        last = 0
        while True:
            with conn.as_stored():
                cursor = conn.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id LIMIT ?",  # noqa: S608
                                      (last, 50 if table == "attachments" else BATCH))
                names = [d[0] for d in cursor.description]
                rows = [dict(zip(names, found, strict=True)) for found in cursor.fetchall()]
            if not rows:
                break
            for row in rows:
                changed = _resealed(table, columns, row, before, after)
                if changed:
                    chain.add(table, row, changed)
                    count += 1
            last = int(rows[-1]["id"])  # type: ignore[call-overload]
            chain.flush()
    return count


def _resealed(table: str, columns: tuple[str, ...], row: dict[str, object], before: Sealer,
              after: Sealer) -> dict[str, object]:
    """The columns of `row` sealed again under `after`'s key (none when nothing in it is sealed)."""
    row_id = int(row["id"])  # type: ignore[call-overload]
    if table == "attachments":
        content = row["content"]
        if not is_sealed(content):
            return {}
        try:
            data = before.open_blob(table, row_id, int(row["size"]), bytes(content))  # type: ignore[call-overload, arg-type]
        except (InvalidTag, ValueError):
            raise RotationStopped(table, row_id, "content") from None
        return {"content": after.seal_blob(table, row_id, data), "sha256": after.digest(data)}
    changed: dict[str, object] = {}
    for column in columns:
        value = row[column]
        if isinstance(value, str) and is_sealed(value):
            try:
                changed[column] = after.seal_text(column, before.reveal(column, value))
            except (InvalidTag, ValueError):
                raise RotationStopped(table, row_id, column) from None
    return changed
