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
    conn, old = register.conn, register.register_key
    assert old is not None
    new = keys.new_key()
    before, after = register.sealer, Sealer(new)
    with register.atomic():
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


def _reseal(register: PgRegister, before: Sealer, after: Sealer) -> int:
    """Every sealed value of the current rows sealed again under `after`'s key; returns the rows."""
    conn, count = register.conn, 0
    for table, columns in SEALED.items():
        with conn.as_stored():
            rows = conn.execute(f"SELECT id, {', '.join(columns)} FROM {table} ORDER BY id").fetchall()  # noqa: S608
        for row_id, *values in rows:
            changed: dict[str, object] = {}
            for column, value in zip(columns, values, strict=True):
                if isinstance(value, str) and is_sealed(value):
                    try:
                        changed[column] = after.seal_text(column, before.reveal(column, value))
                    except (InvalidTag, ValueError):
                        raise RotationStopped(table, int(row_id), column) from None
            if changed:
                _write(register, table, int(row_id), changed)
                count += 1
    with conn.as_stored():
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM attachments ORDER BY id")]
    for row_id in ids:  # one at a time: an attachment may be large
        with conn.as_stored():
            size, content = conn.execute("SELECT size, content FROM attachments WHERE id = ?", (row_id,)).fetchone()
        if not is_sealed(content):
            continue
        try:
            data = before.open_blob("attachments", row_id, int(size), bytes(content))
        except (InvalidTag, ValueError):
            raise RotationStopped("attachments", row_id, "content") from None
        _write(register, "attachments", row_id, {"content": after.seal_blob("attachments", row_id, data),
                                                 "sha256": after.digest(data)})
        count += 1
    return count


def _write(register: PgRegister, table: str, row_id: int, changed: dict[str, object]) -> None:
    assignments = ", ".join(f"{c} = ?" for c in changed)
    register.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*changed.values(), row_id))  # noqa: S608
    audit.append(register.conn, actor=register.actor, action="sealed_at_rest", entity=BY_TABLE[table].name,
                 entity_id=row_id, changes={"fields": sorted(changed)}, row=register.stored_row(table, row_id))
