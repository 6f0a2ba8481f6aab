"""Questions put to the record: `search` (full text, grouped by kind) and `obligation` (must
this State arrest and surrender this person on that day, and why)."""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from ncdesk.cli.common import open_store, say
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.core.dates import DateError, parse_iso_day
from ncdesk.core.obligation import arrest_obligation
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.core.wording import render
from ncdesk.io.translations import country_name, wording
from ncdesk.io.translations import format_day as day_in
from ncdesk.store.file.schema import KIND_BY_TABLE
from ncdesk.store.records.queries import (
    LookupProblem,
    person_facts,
    resolve_person,
    resolve_state,
    result_phrase,
    state_facts,
)


def cmd_search(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    if not re.search(r"\w", text):
        fail(f"nothing to search for in {text!r}")
    with open_store(args) as store:
        results = store.search(text, limit=args.limit)
        for r in results:  # named as a delegate names it, not by its id
            r["name"] = render(result_phrase(store, r["kind"], r["record_id"], r["title"]))
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        grouped.setdefault(r["kind"], []).append(r)
    order = [k.table for k in KIND_BY_TABLE.values()]
    grouped = {k: grouped[k] for k in order if k in grouped}
    if args.json:
        payload = {
            "query": text,
            "count": len(results),
            "groups": [
                {
                    "kind": kind,
                    "label": KIND_BY_TABLE[kind].plural,
                    "results": [
                        {"id": r["record_id"], "name": r["name"], "title": r["title"], "snippet": r["snippet"]}
                        for r in rows
                    ],
                }
                for kind, rows in grouped.items()
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not results:
        print(f"No record matches {text!r}.")
        return EXIT_OK
    for kind, rows in grouped.items():
        print(f"{KIND_BY_TABLE[kind].plural} ({len(rows)})")
        for r in rows:
            print(f"  {r['name']}")
    return EXIT_OK


def cmd_obligation(args: argparse.Namespace) -> int:
    try:
        day = parse_iso_day(args.date)
    except DateError as exc:
        fail(str(exc))
    with open_store(args) as store:
        try:
            state = resolve_state(store, args.state)
            person = resolve_person(store, args.person)
        except LookupProblem as exc:
            fail(str(exc))
        result = arrest_obligation(state_facts(store, state), person_facts(store, person), day)
    if args.json:
        payload = {
            "obliged": result.obliged,
            "basis": result.basis,
            "ground": result.ground.value,
            "explanation": result.explanation,
            "reasons": list(result.reasons),
            "state": {"id": state["id"], "iso3": state["iso3"], "name": state["name"]},
            "person": {"id": person["id"], "name": person["name"]},
            "date": day.isoformat(),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK

    w = wording(args.lang)
    verdict = (
        QT_TRANSLATE_NOOP("cli", "OBLIGED to arrest and surrender")
        if result.obliged
        else QT_TRANSLATE_NOOP("cli", "NOT OBLIGED to arrest and surrender")
    )
    said = result.basis_in(w)
    print(f"{country_name(state['name'], args.lang)} / {person['name']} / {day_in(day, args.lang)}")
    print(say(args.lang, verdict) + (f" ({said})" if said else ""))
    for reason in result.reasons_said:
        print(f"- {render(reason, w)}")
    return EXIT_OK
