"""Records recorded twice: refusing a new alert or letter that resembles a recorded one,
`alert duplicates` (the pairs that may be one), and `alert merge` / `letter merge`."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from ncdesk.cli.common import find_alert, open_store
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.store.records.duplicates import describe, pairs
from ncdesk.store.records.merge import SIDES, MergeError, differences, merge, merged_by_prefix
from ncdesk.store.store import Store


def refuse_duplicate(store: Store, table: str, found: list[str], what: str) -> None:
    """Exit 2 naming the recorded record(s) a new one resembles (store/records/duplicates.py)."""
    if not found:
        return
    named = "; ".join(
        ", ".join(t for t in (r.title, r.date_text, r.status.replace("_", " ")) if t) + f" (id {r.id[:8]})"
        for r in describe(store, table, found)
    )
    fail(f"already recorded: {named}. To record this {what} anyway, add --allow-duplicate")


def alert_duplicates(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = pairs(store)
    if args.json:
        out = [
            {
                "kind": p.table,
                "first": {**asdict(p.first), "origin": p.first_origin or None},
                "second": {**asdict(p.second), "origin": p.second_origin or None},
            }
            for p in found
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("No two alerts, letters or activities look like one.")
    for p in found:
        print(f"{p.table.replace('_', ' ')}: {p.first.date_text}")
        for r in (p.first, p.second):
            status = f" — {r.status.replace('_', ' ')}" if r.status else ""
            print(f"  {r.id[:8]}  {r.title}, {r.date_text}{status}")
    return EXIT_OK


def _find_record(store: Store, table: str, text: str) -> dict[str, Any]:
    """A record by its id or its first characters (a record merged away: the one it leads to)."""
    if table == "travel_alert":
        return find_alert(store, text)

    key = text.strip().lower()
    word = table.replace("_", " ")
    if len(key) < 4:
        fail(f"{text!r}: give at least the first 4 characters of the {word}'s id")
    found = store.rows(table, "lower(id) LIKE ?", [key + "%"])
    if not found:
        survivors = {survivor for _, survivor in merged_by_prefix(store, table, key)}
        if len(survivors) == 1:
            found = store.rows(table, "id = ?", [survivors.pop()])
    if not found:
        fail(f"no {word} has an id starting with {text!r}")
    if len(found) > 1:
        fail(f"{text!r} matches {len(found)} {word}s; give more characters of the id")
    return dict(found[0])


def record_merge(args: argparse.Namespace, table: str) -> int:
    """`alert merge` / `letter merge`: one record where two were recorded for one."""
    take = "keep"
    fields: dict[str, str] = {}
    for item in args.take:
        name, _, side = item.rpartition("=")
        if side not in SIDES:
            fail(f"--take {item}: say keep or other, for all fields or as FIELD=keep|other")
        if name:
            fields[name.strip()] = side
        else:
            take = side
    with open_store(args) as store:
        keep, other = _find_record(store, table, args.keep), _find_record(store, table, args.other)
        if keep["id"] == other["id"]:
            fail("these are one record already: there is nothing to merge")
        columns = set(store.columns(table))
        unknown = sorted(set(fields) - columns)
        if unknown:
            fail(f"--take: no field {', '.join(unknown)}; fields: {', '.join(sorted(columns))}")
        chosen = [
            (d.field, fields.get(d.field, take), d.keep if fields.get(d.field, take) == "keep" else d.other)
            for d in differences(store, table, keep["id"], other["id"])
        ]
        try:
            done = merge(store, table, keep["id"], other["id"], take=take, fields=fields)
        except MergeError as exc:
            fail(str(exc))
    if args.json:
        print(
            json.dumps(
                {"merge": done.merge_id, "kept": done.survivor, "merged": done.merged_away,
                 "fields": {f: {"from": side, "value": v} for f, side, v in chosen}},
                ensure_ascii=False, indent=2,
            )
        )  # fmt: skip
        return EXIT_OK
    print(f"Merged: {done.merged_away[:8]} now leads to {done.survivor[:8]} (Edit ▸ Undo in the window takes it back).")
    for f, side, value in chosen:
        print(f"  {f.replace('_', ' ')}: {value!s} (from {side})")
    return EXIT_OK
