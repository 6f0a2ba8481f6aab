"""The versions of shared fields: this installation's hybrid logical clock, each field's version
(a dotted version vector) and how two versions compare, and `stamp`, which versions the local
edits from the history before anything is shared or received (see `exchange` for the whole
design).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ncdesk.store.file.db import read_meta, write_meta
from ncdesk.store.file.schema import TABLES
from ncdesk.store.records.exchange_peers import require_identity

if TYPE_CHECKING:
    from ncdesk.store.store import Store


# Columns that are the record's bookkeeping, not fields people edit: never versioned.
BOOKKEEPING = ("id", "origin", "created_at", "updated_at", "user_fields")
_SKIPPED_KINDS = ("reference", "receive", "export")  # batches that are not this installation's edits
VV = dict[str, int]
Dots = frozenset[tuple[str, int]]

# A field's version: the *context* (a version vector: each installation's latest edit the value
# was made knowing) and the *dots* (the edits the value itself is: one, or several when concurrent
# edits agreed). Dotted version vectors (Preguiça et al.): a value is later than another when it
# was made knowing every one of the other's dots.
Version = tuple[VV, Dots]
NO_VERSION: Version = ({}, frozenset())


def iso_ms(iso: str) -> int:
    moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return int(moment.timestamp() * 1000)


def next_hlc(store: Store, wall_ms: int) -> int:
    """A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16,
    never going backwards (even when the laptop's clock does)."""
    last = int(read_meta(store.db, "exchange_hlc") or 0)
    hlc = max(last + 1, wall_ms << 16)
    write_meta(store.db, "exchange_hlc", str(hlc))
    return hlc


def observe_hlc(store: Store, seen: int) -> None:
    """Advance the clock past a received one, so that our next edits order after it."""
    last = int(read_meta(store.db, "exchange_hlc") or 0)
    if seen > last:
        write_meta(store.db, "exchange_hlc", str(seen))


def _next_seq(store: Store) -> int:
    seq = int(read_meta(store.db, "exchange_seq") or 0) + 1
    write_meta(store.db, "exchange_seq", str(seq))
    return seq


def current_seq(store: Store) -> int:
    return int(read_meta(store.db, "exchange_seq") or 0)


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> str:
    """'equal', 'before' (a is older than b), 'after', or 'concurrent'."""
    a_le = all(v <= b.get(k, 0) for k, v in a.items())
    b_le = all(v <= a.get(k, 0) for k, v in b.items())
    if a_le and b_le:
        return "equal"
    if a_le:
        return "before"
    if b_le:
        return "after"
    return "concurrent"


def merged(a: Mapping[str, int], b: Mapping[str, int]) -> VV:
    out = dict(a)
    for k, v in b.items():
        out[k] = max(out.get(k, 0), v)
    return out


def vv_text(vv: Mapping[str, int]) -> str:
    # Written by hand (tens of thousands per package): keys are checked UUIDs, values integers.
    return "{" + ",".join(f'"{k}":{int(v)}' for k, v in sorted(vv.items())) + "}"


def _dots_text(dots: Dots) -> str:
    return "[" + ",".join(f'["{o}",{int(h)}]' for o, h in sorted(dots)) + "]"


def version_text(version: Version) -> str:
    return '{"c":' + vv_text(version[0]) + ',"d":' + _dots_text(version[1]) + "}"


def version_of(text: str) -> Version:
    obj = json.loads(text)
    return obj["c"], frozenset((o, h) for o, h in obj["d"])


def covered(dots: Dots, ctx: Mapping[str, int]) -> bool:
    """Were these edits known to whoever had this context?"""
    return all(ctx.get(o, 0) >= h for o, h in dots)


def relate(theirs: Version, ours: Version) -> str:
    """'known' (theirs is ours or older), 'later' (theirs was made knowing ours), 'concurrent'."""
    if covered(theirs[1], ours[0]):
        return "known"
    if covered(ours[1], theirs[0]):
        return "later"
    return "concurrent"


def own_edit(previous: Version, me: str, hlc: int) -> Version:
    """The version of an edit made here, knowing *previous*."""
    return {**previous[0], me: hlc}, frozenset({(me, hlc)})


ALL_FIELDS = "*"  # a version row for every field of a record without its own row (a record added whole)


def vv_for(have: Mapping[str, Version], fld: str) -> Version:
    """A field's version among a record's version rows: its own, else the record's "*" row."""
    found = have.get(fld)
    return found if found is not None else have.get(ALL_FIELDS, NO_VERSION)


def versions(store: Store, table: str, record_id: str) -> dict[str, Version]:
    rows = store.db.execute(
        "SELECT field, vv FROM field_version WHERE tbl = ? AND record_id = ?", [table, record_id]
    ).fetchall()
    return {f: version_of(v) for f, v in rows}


def _set_version(store: Store, table: str, record_id: str, fld: str, version: Version, seq: int) -> None:
    store.db.execute(
        "INSERT INTO field_version(tbl, record_id, field, vv, seq) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(tbl, record_id, field) DO UPDATE SET vv = excluded.vv, seq = excluded.seq",
        [table, record_id, fld, version_text(version), seq],
    )


def shared_fields(store: Store, table: str) -> list[str]:
    return [c for c in store.columns(table) if c not in BOOKKEEPING]


def stamp(store: Store) -> int:
    """Give this installation's edits since the last stamp their versions; returns how many
    field versions were written. The first stamp versions every field of the user's records and
    every field a user edited on a reference record."""
    me = require_identity(store).installation_id
    done = read_meta(store.db, "exchange_stamped")
    last_log = store.db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    count = 0
    with store.batch("Versions"), store._translated():
        if done is None:
            hlc = next_hlc(store, iso_ms(store.now()))
            for table in TABLES:
                fields = shared_fields(store, table)
                rows = store.db.execute(
                    f"SELECT id, origin, user_fields FROM {table} WHERE origin = 'user' OR user_fields != '[]'"
                ).fetchall()
                for rid, origin, user_fields in rows:
                    chosen = [ALL_FIELDS] if origin == "user" else [f for f in json.loads(user_fields) if f in fields]
                    seq = _next_seq(store)
                    for f in chosen:
                        _set_version(store, table, rid, f, own_edit(NO_VERSION, me, hlc), seq)
                        count += 1
        else:
            rows = store.db.execute(
                "SELECT l.seq, l.tbl, l.record_id, l.action, l.field, b.kind, b.at, l.batch_id FROM change_log l "
                "LEFT JOIN change_batch b ON b.id = l.batch_id WHERE l.seq > ? ORDER BY l.seq",
                [int(done)],
            ).fetchall()
            hlc_of: dict[str | None, int] = {}
            for _seq, table, rid, action, fld, kind, at, batch_id in rows:
                if table not in TABLES or kind in _SKIPPED_KINDS:
                    continue
                key = batch_id
                if key not in hlc_of:
                    hlc_of[key] = next_hlc(store, iso_ms(at) if at else iso_ms(store.now()))
                hlc = hlc_of[key]
                if action == "delete":
                    vv: VV = {}
                    for v in versions(store, table, rid).values():
                        vv = merged(vv, v[0])
                    vv[me] = hlc
                    store.db.execute("DELETE FROM field_version WHERE tbl = ? AND record_id = ?", [table, rid])
                    store.db.execute(
                        "INSERT OR REPLACE INTO tombstone(record_id, tbl, vv, seq) VALUES (?, ?, ?, ?)",
                        [rid, table, vv_text(vv), _next_seq(store)],
                    )
                    count += 1
                    continue
                if action == "insert":
                    row = store.db.execute(f"SELECT origin FROM {table} WHERE id = ?", [rid]).fetchone()
                    if row is None or row[0] != "user":
                        continue  # gone again within the stamp, or a reference row (its edits are updates)
                    # added whole: one version for all its fields (earlier rows of the id are gone)
                    store.db.execute("DELETE FROM field_version WHERE tbl = ? AND record_id = ?", [table, rid])
                    _set_version(store, table, rid, ALL_FIELDS, own_edit(NO_VERSION, me, hlc), _next_seq(store))
                    count += 1
                    continue
                if fld in BOOKKEEPING:
                    continue
                current = versions(store, table, rid)
                _set_version(store, table, rid, fld, own_edit(vv_for(current, fld), me, hlc), _next_seq(store))
                count += 1
        write_meta(store.db, "exchange_stamped", str(last_log))
    return count
