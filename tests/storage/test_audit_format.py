"""The audit chain's bytes and hashes stay as they were: the entry writer against a copy of the
original serialisation, over many generated rows and changes of every stored type."""

from __future__ import annotations

import enum
import hashlib
import json
import math
import random
from collections.abc import Mapping
from typing import Any

import pytest

from compliance_desk.storage import audit

US, RS = "\x1f", "\x1e"
_CONTROL = str.maketrans({chr(c): " " for c in range(32)})


# ---- the serialisation as first written (the chain's format), kept here as the reference
def ref_plain(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def ref_typed(value: Any) -> str:
    if value is None:
        return "n"
    if isinstance(value, bool | int):
        return f"i{int(value)}"
    if isinstance(value, float):
        return f"f{value!r}"
    if isinstance(value, bytes | bytearray | memoryview):
        return "b" + hashlib.sha256(bytes(value)).hexdigest()
    return f"s{value}"


def ref_make_entry(seq: int, prev: str, *, actor: str, action: str, entity: str | None, entity_id: int | None,
                   changes: Mapping[str, Any], row: Mapping[str, Any] | None, ts: str) -> tuple[Any, ...]:
    body = {k: [ref_plain(b), ref_plain(a)] for k, (b, a) in changes.items()} \
        if action in audit.ROW_ACTIONS else dict(changes)
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    row_hash = None
    if row is not None:
        joined = RS.join(f"{k}{US}{ref_typed(row[k])}" for k in sorted(row))
        row_hash = hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()
    parts = (seq, ts, actor.translate(_CONTROL), action, entity, entity_id, text, row_hash, prev)
    own = hashlib.sha256(US.join(ref_typed(p) for p in parts).encode("utf-8", "surrogatepass")).hexdigest()
    return (*parts, own)


class Code(enum.IntEnum):
    ONE = 1


class Name(str):
    pass


def _value(rng: random.Random) -> Any:
    kind = rng.randrange(14)
    if kind == 0:
        return None
    if kind == 1:
        return rng.randrange(-10**12, 10**12)
    if kind == 2:
        return rng.choice([True, False])
    if kind == 3:
        return rng.choice([0.0, -0.0, 1.5, 1e-300, 12345.678, math.inf, -math.inf, 0.1 + 0.2, 1e22])
    if kind == 4:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
    if kind == 5:
        return bytearray(b"\x00\xff" * rng.randrange(5))
    if kind == 6:
        return memoryview(b"abc")
    if kind == 7:
        return Code.ONE
    if kind == 8:
        return Name("مسمى")
    if kind == 9:
        return json.dumps(["identity", "حساب"], ensure_ascii=False)
    if kind == 10:
        return "".join(rng.choice(["a", "ب", "\n", "\t", '"', "\\", "😀", "\u200f", " ", "é", "\x1f", "٣"])
                       for _ in range(rng.randrange(30)))
    if kind == 11:
        return "2026-12-03T10:00:00+03:00"
    if kind == 12:
        return ""
    return rng.randrange(1000)


@pytest.mark.parametrize("seed", range(3))
def test_entries_are_byte_for_byte_as_before(seed: int) -> None:
    rng = random.Random(seed)
    prev = audit.GENESIS
    for seq in range(1, 1500):
        row = {f"c{i}_{rng.choice(['x', 'ب', 'Z'])}": _value(rng) for i in range(rng.randrange(1, 25))}
        action = rng.choice(["insert", "update", "delete", "open", "export"])
        if action in audit.ROW_ACTIONS:
            changes: dict[str, Any] = {k: (_value(rng), v) for k, v in row.items() if rng.random() < 0.8}
        else:
            changes = {"kind": "customer", "rows": rng.randrange(100), "skipped": None, "from": "/tmp/ملف.csv",
                       "list": [1, "a", None, 2.5]}
        kwargs = {"actor": rng.choice(["officer", "أمين\x07", "a\tb"]), "action": action,
                  "entity": rng.choice(["customer", None]), "entity_id": rng.choice([seq, None]),
                  "changes": changes, "row": rng.choice([row, None]), "ts": f"2026-12-03T10:{seq % 60:02d}:00Z"}
        new = audit.make_entry(seq, prev, **kwargs)  # type: ignore[arg-type]
        assert new == ref_make_entry(seq, prev, **kwargs)  # type: ignore[arg-type]
        assert audit._stored_entry_hash(new) == new[-1]
        if kwargs["row"] is not None:
            assert audit.row_hash(row) == new[7]
        prev = new[-1]


def test_a_known_entry_keeps_its_hash() -> None:
    """Pinned bytes: an entry written by any version of the app hashes to this."""
    entry = audit.make_entry(7, audit.GENESIS, actor="officer", action="insert", entity="customer", entity_id=3,
                             changes={"full_name_ar": (None, "أحمد"), "risk": (None, 2), "photo": (None, b"\x00")},
                             row={"id": 3, "full_name_ar": "أحمد", "risk": 2, "score": 1.5, "photo": b"\x00",
                                  "note": None}, ts="2026-01-01T00:00:00Z")
    assert entry[6] == ('{"full_name_ar":[null,"أحمد"],"photo":[null,"sha256:6e340b9cffb37a989ca544e6bb780a2c'
                        '78901d3fb33738768511a30617afa01d"],"risk":[null,2]}')
    assert entry == ref_make_entry(7, audit.GENESIS, actor="officer", action="insert", entity="customer",
                                   entity_id=3, changes={"full_name_ar": (None, "أحمد"), "risk": (None, 2),
                                                         "photo": (None, b"\x00")},
                                   row={"id": 3, "full_name_ar": "أحمد", "risk": 2, "score": 1.5, "photo": b"\x00",
                                        "note": None}, ts="2026-01-01T00:00:00Z")
