"""Two records that are one (two alerts for one visit, logged on two laptops): merging them.

A merge is a `record_merge` record, added whole and never edited, so merges made on several
laptops add up whatever the order in which the packages arrive. The records a chain of merges
joins are one *group*; the record the group leads to (its *survivor*) is chosen by a rule every
laptop computes alike: a reference record before a user's, then the one recorded first, then the
smaller id. The others stay, soft-deleted, with `merged_into` naming the survivor (a derived
column, recomputed from the merges: `refresh`), so that their ids still lead somewhere
(`resolve`).

Merging writes, in one batch (one change in the history, undoable): the merge record; on the
survivor, the fields chosen (`take`), the notes of both and the furthest status; the other
record's steps, shares, letters, attachments, links, citations and deadlines moved to the
survivor; its destinations (an activity's States) added to the survivor's under ids both laptops
compute alike; the other record deleted softly. Every write is an ordinary edit, so it travels in
packages; a laptop receiving them (or merges made elsewhere) brings what still points at a
merged-away record to its survivor (`settle`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ncdesk.core.alerts import rank
from ncdesk.core.labels import kind_noun
from ncdesk.core.text import Message, Typed
from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.merged import MERGEABLE, groups, refresh, survivor_order
from ncdesk.store.store import Store

SIDES = ("keep", "other")
# The namespace of the ids of the rows a merge adds (a destination of the survivor): the same on
# every laptop, so two laptops merging the same pair add the same row, not two.
_NAMESPACE = uuid.UUID("6f0f7d1e-2a3b-4c5d-9e8f-24b0a1c2d3e4")
# Not chosen field by field: bookkeeping, the notes (both kept), an alert's status (the furthest).
_NOT_CHOSEN = frozenset({"id", "origin", "user_fields", "notes", "created_at", "updated_at", "deleted_at"})
_MOVED: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    # (table, column, condition) of the rows that point at a record of the kind
    "travel_alert": (
        ("alert_step", "alert_id", None),
        ("court_share", "alert_id", None),
        ("letter", "alert_id", None),
        ("procedure_step", "target_id", "target_kind = 'travel_alert'"),
    ),
    "letter": (("procedure_step", "letter_id", None),),
    "activity": (("procedure_step", "activity_id", None),),
}
_ANY_RECORD = (("attachment", "record_id"), ("citation", "record_id"), ("deadline", "record_id"))
# Rows that may not repeat on one record: the survivor gains the other's, under a computed id.
_UNION: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "travel_alert": ("alert_destination", "alert_id", ("state_id",)),
    "activity": ("activity_state", "activity_id", ("state_id", "role")),
}


class MergeError(StoreError):
    """A merge that cannot be made (the same record twice, records of different kinds)."""


@dataclass(frozen=True)
class Difference:
    """A field the two records hold differently, both values set: one must be chosen."""

    field: str
    keep: Any
    other: Any


@dataclass(frozen=True)
class Merged:
    merge_id: str
    survivor: str
    merged_away: str


def resolve(store: Store, table: str, record_id: str) -> str:
    """The id a record's id leads to: its survivor if it was merged away, else itself."""
    if table not in MERGEABLE:
        return record_id
    row = store.db.execute(f"SELECT merged_into FROM {table} WHERE id = ?", [record_id]).fetchone()
    return str(row[0]) if row is not None and row[0] else record_id


def merged_away(store: Store, table: str, survivor: str) -> list[str]:
    """The records merged into *survivor* (their ids lead to it)."""
    return [r[0] for r in store.db.execute(f"SELECT id FROM {table} WHERE merged_into = ? ORDER BY id", [survivor])]


def _empty(value: Any) -> bool:
    return value is None or value in ("", "[]", "unknown")  # unknown: the reliability or outcome not said


def differences(store: Store, table: str, keep_id: str, other_id: str) -> list[Difference]:
    """The fields to choose between: set on both records, to different values."""
    keep, other = _row(store, table, keep_id), _row(store, table, other_id)
    out = []
    for f in store.columns(table):
        if f in _NOT_CHOSEN or (table == "travel_alert" and f == "status"):
            continue
        if not _empty(keep[f]) and not _empty(other[f]) and keep[f] != other[f]:
            out.append(Difference(f, keep[f], other[f]))
    return out


def _row(store: Store, table: str, record_id: str) -> dict[str, Any]:
    row = store.db.execute(f"SELECT {store.selected(table)} FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise MergeError(Message("No %1 with id %2.", Typed(table), Typed(record_id)))
    return dict(zip(store.columns(table), row, strict=True))


def merge(
    store: Store,
    table: str,
    keep_id: str,
    other_id: str,
    *,
    take: str = "keep",
    fields: Mapping[str, str] | None = None,
) -> Merged:
    """Merge *other_id* into *keep_id* (their groups, if either was merged before). A field set
    on both to different values is taken from the side *fields* names for it, else *take*."""
    if table not in MERGEABLE:
        raise ValueError(f"{table} records are not merged")
    choices = dict(fields or {})
    for side in (take, *choices.values()):
        if side not in SIDES:
            raise MergeError(Message("%1 is not one of %2", Typed(side), Typed(", ".join(SIDES))))
    keep_id, other_id = resolve(store, table, keep_id), resolve(store, table, other_id)
    if keep_id == other_id:
        raise MergeError(Message("These are one record already: there is nothing to merge."))
    keep, other = _row(store, table, keep_id), _row(store, table, other_id)
    unknown = sorted(set(choices) - set(store.columns(table)))
    if unknown:
        raise MergeError(Message("%1 has no field %2", Typed(table), Typed(", ".join(unknown))))
    survivor, gone = (keep, other) if survivor_order(keep) <= survivor_order(other) else (other, keep)
    values: dict[str, Any] = {}
    for f in store.columns(table):
        if f in _NOT_CHOSEN:
            continue
        if table == "travel_alert" and f == "status":
            values[f] = max(keep[f], other[f], key=rank)
            continue
        if _empty(keep[f]) or _empty(other[f]):
            values[f] = other[f] if _empty(keep[f]) else keep[f]
        else:
            values[f] = (keep if choices.get(f, take) == "keep" else other)[f]
    notes = [n for n in (keep["notes"], other["notes"]) if n.strip()]
    values["notes"] = "\n\n".join(dict.fromkeys(notes))
    if table == "travel_alert" and values["status"] != "closed":
        values["outcome"] = None  # an outcome belongs to a closed alert (the furthest status is not)
    changes = {f: v for f, v in values.items() if survivor[f] != v}
    with store.batch(f"Merge {kind_noun(table, plural=True, tables=True)}"):
        merge_id = store.insert("record_merge", {"tbl": table, "keep_id": keep_id, "other_id": other_id})
        if changes:
            store.update(table, survivor["id"], changes)
        _move(store, table, gone["id"], survivor["id"])
        if gone["deleted_at"] is None:
            store.delete(table, gone["id"])
        refresh(store)
    return Merged(merge_id, survivor["id"], gone["id"])


def _move(store: Store, table: str, gone: str, survivor: str) -> None:
    """What points at *gone* now points at *survivor* (stays where it would repeat a row)."""
    db = store.db
    for child, column, condition in _MOVED.get(table, ()):
        where = f" AND {condition}" if condition else ""
        for (rid,) in db.execute(f"SELECT id FROM {child} WHERE {column} = ?{where}", [gone]).fetchall():
            store.update(child, rid, {column: survivor})
    for child, column in _ANY_RECORD:
        for (rid,) in db.execute(f"SELECT id FROM {child} WHERE {column} = ?", [gone]).fetchall():
            store.update(child, rid, {column: survivor})
    for rid, src, relation, dst in db.execute(
        "SELECT id, src_id, relation, dst_id FROM link WHERE src_id = ? OR dst_id = ?", [gone, gone]
    ).fetchall():
        new_src, new_dst = (survivor if src == gone else src), (survivor if dst == gone else dst)
        taken = db.execute(
            "SELECT 1 FROM link WHERE src_id = ? AND relation = ? AND dst_id = ?", [new_src, relation, new_dst]
        ).fetchone()
        if new_src != new_dst and taken is None:
            store.update("link", rid, {"src_id": new_src, "dst_id": new_dst})
    union = _UNION.get(table)
    if union is not None:
        child, column, unique = union
        cols = ", ".join(unique)
        have = {tuple(r) for r in db.execute(f"SELECT {cols} FROM {child} WHERE {column} = ?", [survivor])}
        created = db.execute(f"SELECT created_at FROM {table} WHERE id = ?", [survivor]).fetchone()[0]
        for row in db.execute(
            f"SELECT {cols}, notes FROM {child} WHERE {column} = ? AND deleted_at IS NULL ORDER BY {cols}", [gone]
        ).fetchall():
            key = tuple(row[: len(unique)])
            if key in have:
                continue
            rid = str(uuid.uuid5(_NAMESPACE, ":".join((child, survivor, *key))))
            marks = ", ".join("?" for _ in unique)
            db.execute(
                f"INSERT INTO {child} (id, origin, notes, created_at, updated_at, {column}, {cols}) "
                f"VALUES (?, 'user', ?, ?, ?, ?, {marks})",
                [rid, row[-1], created, created, survivor, *key],
            )
            have.add(key)


def settle(store: Store) -> bool:
    """After merges arrived (or records naming a merged-away one): bring what still points at a
    merged-away record to its survivor, and delete softly a merged-away record still live. One
    batch of ordinary edits, so they travel on; returns whether anything was written."""
    wrote = False
    with store.batch("Merged records brought together"):
        found = refresh(store)
        for table, survivors in found.items():
            for gone, survivor in sorted(survivors.items()):
                before = store.db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
                _move(store, table, gone, survivor)
                row = store.db.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", [gone]).fetchone()
                if row is not None and row[0] is None:
                    store.delete(table, gone)
                after = store.db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
                wrote |= after != before
    return wrote


def pending(store: Store) -> bool:
    """Whether anything points at a merged-away record (cheap: the merges are few)."""
    for table, survivors in ((t, groups(store, t)) for t in MERGEABLE):
        for gone in survivors:
            for child, column, condition in _MOVED.get(table, ()):
                where = f" AND {condition}" if condition else ""
                if store.db.execute(f"SELECT 1 FROM {child} WHERE {column} = ?{where} LIMIT 1", [gone]).fetchone():
                    return True
            if store.db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [gone]).fetchone():
                return True
    return False


def merged_by_prefix(store: Store, table: str, prefix: str) -> list[tuple[str, str]]:
    """Records merged away whose id starts with *prefix*, each with its survivor: an id someone
    kept (in a note, a mail, a package) still finds its record."""
    rows = store.db.execute(
        f"SELECT id, merged_into FROM {table} WHERE merged_into IS NOT NULL AND lower(id) LIKE ? ORDER BY id",
        [prefix.strip().lower() + "%"],
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def candidates(store: Store, table: str, record_id: str, limit: int = 50) -> list[tuple[str, str]]:
    """The live records *record_id* could be merged with, likeliest first, each with a line that
    names it (an alert: the same person's, nearest in date; a letter: to the same State)."""
    if table == "travel_alert":
        row = store.db.execute("SELECT person_id, date_from FROM travel_alert WHERE id = ?", [record_id]).fetchone()
        if row is None:
            return []
        found = store.db.execute(
            "SELECT a.id, p.name, coalesce(a.destinations_text, ''), a.date_text, a.status FROM travel_alert a "
            "JOIN person p ON p.id = a.person_id WHERE a.person_id = ? AND a.id != ? AND a.deleted_at IS NULL "
            "ORDER BY abs(julianday(coalesce(a.date_from, '1900-01-01')) - julianday(coalesce(?, '1900-01-01'))), "
            "a.id LIMIT ?",
            [row[0], record_id, row[1], limit],
        ).fetchall()
        return [(r[0], f"{r[1]} — {r[2]}, {r[3]} ({r[4].replace('_', ' ')})") for r in found]
    if table == "letter":
        row = store.db.execute("SELECT state_id, date FROM letter WHERE id = ?", [record_id]).fetchone()
        if row is None:
            return []
        found = store.db.execute(
            "SELECT l.id, coalesce(s.name, ''), coalesce(l.date, ''), l.subject FROM letter l "
            "LEFT JOIN state s ON s.id = l.state_id WHERE l.state_id IS ? AND l.id != ? AND l.deleted_at IS NULL "
            "ORDER BY l.date DESC, l.id LIMIT ?",
            [row[0], record_id, limit],
        ).fetchall()
        return [(r[0], f"{r[1]}, {r[2]} — {r[3]}") for r in found]
    found = store.db.execute(
        "SELECT id, title, coalesce(date_text, '') FROM activity WHERE kind = (SELECT kind FROM activity WHERE id = ?) "
        "AND id != ? AND deleted_at IS NULL ORDER BY date_from DESC, id LIMIT ?",
        [record_id, record_id, limit],
    ).fetchall()
    return [(r[0], f"{r[1]}, {r[2]}") for r in found]
