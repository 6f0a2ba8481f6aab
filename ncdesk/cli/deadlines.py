"""Deadlines (a State invited to respond, a report due): `deadline add` to an alert, a finding or a State, `list`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from ncdesk.cli.common import find_alert, open_store, validation
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.core.dates import DateError, parse_day
from ncdesk.store.records.editing import ValidationError, save
from ncdesk.store.records.lookup import find_by_reference
from ncdesk.store.records.queries import LookupProblem, resolve_state
from ncdesk.store.store import Store


def cmd_deadline(args: argparse.Namespace) -> int:
    return {"add": deadline_add, "list": deadline_list}[args.deadline_command](args)


def _strict_day(text: str, what: str) -> dt.date:
    """A day given on the command line, which must be one day (no "March 2026", no default)."""
    try:
        return parse_day(text)
    except DateError as exc:
        fail(f"{what}: {exc}")


def _find_finding(store: Store, text: str) -> dict[str, Any]:
    try:
        found = [item["record"] for item in find_by_reference(store, text) if item["table"] == "finding"]
    except ValueError as exc:
        fail(f"--finding: {exc}")
    if not found:
        fail(f"--finding: {text!r} is not a finding's document number or id (see ncdesk show)")
    if len(found) > 1:
        fail(f"--finding: {text!r} designates {len(found)} findings; give the full document number or the id")
    return dict(found[0])


def deadline_add(args: argparse.Namespace) -> int:
    due = _strict_day(args.due, "--due")
    if not args.description.strip():
        fail("--description: say what is due")
    if not (args.alert or args.finding or args.state):
        fail("say what the deadline belongs to: --alert ID, --finding DOCUMENT or --state STATE")
    with open_store(args) as store:
        state = None
        if args.state:
            try:
                state = resolve_state(store, args.state)
            except LookupProblem as exc:
                fail(f"--state: {exc}")
        if args.alert:
            kind, record = "travel_alert", find_alert(store, args.alert)
        elif args.finding:
            kind, record = "finding", _find_finding(store, args.finding)
        else:
            assert state is not None
            kind, record = "state", state
        if state is None and kind == "finding" and record["state_id"]:
            state = store.require("state", record["state_id"])
        raw = {
            "record_kind": kind,
            "record_id": record["id"],
            "description": args.description.strip(),
            "due_on": due.isoformat(),
            "state_id": state["id"] if state else None,
            "notes": args.notes,
        }
        try:
            deadline_id = save(store, "deadline", raw)
        except ValidationError as exc:
            validation(exc)
        saved = store.require("deadline", deadline_id)
    if args.json:
        print(json.dumps(saved, ensure_ascii=False, indent=2))
    else:
        where = f" ({state['name']})" if state else ""
        print(f"Added deadline {deadline_id}: {saved['description']}{where}, due {saved['due_on']}")
    return EXIT_OK


def deadline_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        today = store.today()
        names = {s["id"]: s["name"] for s in store.rows("state")}
        where = "" if args.all else "done_on IS NULL"
        deadlines = store.rows("deadline", where, order_by="due_on, id")
    if args.json:
        print(json.dumps(deadlines, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not deadlines:
        print("No deadline." if args.all else "No open deadline.")
    for d in deadlines:
        if d["done_on"]:
            mark = f"done {d['done_on']}"
        else:
            mark = "OVERDUE" if dt.date.fromisoformat(d["due_on"]) < today else ""
        state = names.get(d["state_id"], "") if d["state_id"] else ""
        print(f"{d['due_on']}  {d['id'][:8]}  {state:<22} {d['description']}{'  [' + mark + ']' if mark else ''}")
    return EXIT_OK
