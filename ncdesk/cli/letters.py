"""The President's letters: `letter add`, `list`, `draft` (the .docx for an alert), `merge`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ncdesk.cli.common import day_arg, find_alert, open_store, validation
from ncdesk.cli.duplicates import record_merge, refuse_duplicate
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.core.alerts import StepError
from ncdesk.store.records.alerts import current_president, record_letter
from ncdesk.store.records.duplicates import letter_matches
from ncdesk.store.records.editing import ValidationError, save
from ncdesk.store.records.exports import record_export
from ncdesk.store.records.queries import LookupProblem, resolve_state


def cmd_letter(args: argparse.Namespace) -> int:
    return {
        "add": letter_add,
        "list": letter_list,
        "draft": letter_draft,
        "merge": letter_merge,
    }[args.letter_command](args)


def letter_add(args: argparse.Namespace) -> int:
    day = day_arg(args.date, "--date")
    published = day_arg(args.published, "--published") if args.published else None
    with open_store(args) as store:
        try:
            state = resolve_state(store, args.state)
        except LookupProblem as exc:
            fail(str(exc))
        alert = find_alert(store, args.alert) if args.alert else None
        if not args.allow_duplicate:
            found = letter_matches(store, state["id"], day, args.to_office)
            refuse_duplicate(store, "letter", found, "letter")
        sender, office = current_president(store, day)
        raw = {
            "state_id": state["id"],
            "addressee_office": args.to_office,
            "date": day.isoformat(),
            "sender_name": args.sender or sender,
            "sender_office": office,
            "subject": args.subject,
            "reference": args.reference,
            "articles_recalled": [a.strip() for a in args.articles.split(",") if a.strip()],
            "published_on": published.isoformat() if published else None,
            "publication_channel": args.channel,
        }
        try:
            letter_id = record_letter(store, alert["id"], raw) if alert else save(store, "letter", raw)
        except ValidationError as exc:
            validation(exc)
        except StepError as exc:
            fail(str(exc))
        record = store.require("letter", letter_id)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(f"Recorded letter {letter_id} of {day.isoformat()} to the {args.to_office} of {state['name']}")
    return EXIT_OK


def letter_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        names = {s["id"]: s["name"] for s in store.rows("state")}
        letters = store.rows("letter", order_by="date DESC")
    if args.json:
        print(json.dumps(letters, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not letters:
        print("No letter recorded.")
    for x in letters:
        published = f", published {x['published_on']}" if x["published_on"] else ""
        print(f"{x['date'] or '????-??-??'}  {names.get(x['state_id'], ''):<22} {x['addressee_office']}{published}")
        if x["subject"]:
            print(f"            {x['subject']}")
    return EXIT_OK


def letter_draft(args: argparse.Namespace) -> int:
    # Imported here, not at the top: python-docx and lxml would add 0.1 s to `letter list`
    # and `letter add`, which write no document.
    from ncdesk.io.briefing.export import subject_title
    from ncdesk.io.letters import draft_letter

    target = Path(args.output)
    if target.suffix.lower() != ".docx":
        fail(f"{target}: the draft is a Word file; give a name ending in .docx")
    with open_store(args) as store:
        alert = find_alert(store, args.alert)
        try:
            draft_letter(store, alert["id"], target, lang=args.lang)
        except ValueError as exc:
            fail(str(exc))
        what = f"letter draft for {subject_title(store, 'alert', alert['id'])}"
        record_export(store, what, target, subjects=[alert["id"]])
    print(f"Drafted {target}")
    return EXIT_OK


def letter_merge(args: argparse.Namespace) -> int:
    return record_merge(args, "letter")
