"""Which record a merged-away record leads to: derived from the merges (`record_merge`), below
`merge` (which makes them) because undoing a merge (`history.revert`) recomputes it too."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ncdesk.store.file.opened import OpenStore

MERGEABLE = ("travel_alert", "letter", "activity")


def survivor_order(row: Mapping[str, Any]) -> tuple[bool, str, str]:
    """The survivor of a group sorts first: a reference record, then the one recorded first, then the smaller id."""
    return (row["origin"] != "reference", str(row["created_at"]), str(row["id"]))


def groups(store: OpenStore, table: str) -> dict[str, str]:
    """Each record merged away → its survivor, from the live merges recorded here."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for keep_id, other_id in store.db.execute(
        "SELECT keep_id, other_id FROM record_merge WHERE tbl = ? AND deleted_at IS NULL", [table]
    ).fetchall():
        parent.setdefault(keep_id, keep_id)
        parent.setdefault(other_id, other_id)
        a, b = find(keep_id), find(other_id)
        if a != b:
            parent[a] = b
    members: dict[str, list[str]] = {}
    for x in list(parent):
        members.setdefault(find(x), []).append(x)
    out: dict[str, str] = {}
    for ids in members.values():
        if len(ids) < 2:
            continue
        rows = _rows(store, table, set(ids))
        if not rows:
            continue
        best = min(rows, key=survivor_order)["id"]
        out.update({r["id"]: best for r in rows if r["id"] != best})
    return out


def _rows(store: OpenStore, table: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    wanted = sorted(ids)
    out = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in store.db.execute(
            f"SELECT id, origin, created_at, deleted_at FROM {table} WHERE id IN ({marks})", chunk
        ):
            out.append(dict(zip(("id", "origin", "created_at", "deleted_at"), row, strict=True)))
    return out


def refresh(store: OpenStore) -> dict[str, dict[str, str]]:
    """Recompute `merged_into` from the merges (derived: not a field, not in the history)."""
    out = {}
    for table in MERGEABLE:
        found = groups(store, table)
        current = dict(store.db.execute(f"SELECT id, merged_into FROM {table} WHERE merged_into IS NOT NULL"))
        for rid in set(current) - set(found):
            store.db.execute(f"UPDATE {table} SET merged_into = NULL WHERE id = ?", [rid])
        for rid, survivor in found.items():
            if current.get(rid) != survivor:
                store.db.execute(f"UPDATE {table} SET merged_into = ? WHERE id = ?", [survivor, rid])
        out[table] = found
    return out
