"""Suspect-travel alerts: `alert add`, `list`, `show` (with the destinations' obligations and
what needs action), `step`, `share`; `duplicates` and `merge` are in `duplicates`."""

from __future__ import annotations

import argparse
import functools
import json

from ncdesk.cli.common import day_arg, find_alert, open_store, say, validation
from ncdesk.cli.duplicates import alert_duplicates, record_merge, refuse_duplicate
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.core.alerts import StepError, flag_words
from ncdesk.core.dates import DateError, parse_partial
from ncdesk.core.labels import value_label
from ncdesk.core.model import AlertOutcome, AlertStatus
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.io.translations import country_name, format_dates, translate, wording
from ncdesk.store.records.alerts import alert_flags, create_alert, obligations, share_with_court, summary, take_step
from ncdesk.store.records.detail import alert_title
from ncdesk.store.records.duplicates import alert_matches
from ncdesk.store.records.editing import ValidationError
from ncdesk.store.records.queries import LookupProblem, resolve_person, resolve_state
from ncdesk.store.store import Store


def cmd_alert(args: argparse.Namespace) -> int:
    return {
        "add": alert_add,
        "list": alert_list,
        "show": alert_show,
        "step": alert_step,
        "share": alert_share,
        "duplicates": alert_duplicates,
        "merge": alert_merge,
    }[args.alert_command](args)


def alert_add(args: argparse.Namespace) -> int:
    try:
        first = parse_partial(args.date_from)
        last = parse_partial(args.date_to) if args.date_to else None
    except DateError as exc:
        fail(str(exc))
    if last is not None and last.end < first.start:
        fail(f"the visit ends ({last.text}) before it starts ({first.text})")
    date_text = first.text if last is None else f"{first.start.isoformat()}/{last.end.isoformat()}"
    received = day_arg(args.received, "--received")
    with open_store(args) as store:
        try:
            person = resolve_person(store, args.person)
            states = [resolve_state(store, s) for s in args.state]
        except LookupProblem as exc:
            fail(str(exc))
        if not args.allow_duplicate:
            last_day = (last or first).end
            found = alert_matches(store, person["id"], first.start, last_day, [s["id"] for s in states])
            refuse_duplicate(store, "travel_alert", found, "alert")
        raw = {
            "person_id": person["id"],
            "destinations": [s["id"] for s in states],
            "date": date_text,
            "purpose": args.purpose,
            "source_description": args.source,
            "reliability": args.reliability,
            "received_at": received.isoformat(),
        }
        try:
            alert_id = create_alert(store, raw, status=args.status, at=received)
        except ValidationError as exc:
            validation(exc)
        return _print_alert(store, alert_id, args.json, added=True)


def _code_in(value: str, lang: str) -> str:
    """A stored code (verified, not_arrested) as the terminal says it: in English as it is, else
    in the words of the window."""
    label = value_label(value, functools.partial(translate, lang=lang)) if lang != "en" else None
    return label or value.replace("_", " ")


def _print_alert(store: Store, alert_id: str, as_json: bool, added: bool = False, lang: str = "en") -> int:
    alert = store.require("travel_alert", alert_id)
    today = store.today()
    data = summary(store, alert, today)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    w = wording(lang)
    title = alert_title(data["person"]["name"], [d["name"] for d in data["destinations"]], w)
    print(
        say(lang, QT_TRANSLATE_NOOP("cli", "Logged %1") if added else QT_TRANSLATE_NOOP("cli", "Alert %1"), data["id"])
    )
    print("  " + say(lang, QT_TRANSLATE_NOOP("cli", "%1, %2"), title, format_dates(data["dates"]["text"], lang)))
    status = say(lang, QT_TRANSLATE_NOOP("cli", "status: %1"), _code_in(data["status"], lang))
    print(f"  {status}" + (f" ({_code_in(data['outcome'], lang)})" if data["outcome"] else ""))
    for o, d in zip(data["obligations"], obligations(store, alert), strict=True):
        state = country_name(o["state"], lang)
        if d.obliged:
            verdict = say(lang, QT_TRANSLATE_NOOP("cli", "%1: OBLIGED to arrest and surrender"), state)
        else:
            verdict = say(lang, QT_TRANSLATE_NOOP("cli", "%1: NOT OBLIGED to arrest and surrender"), state)
        basis = d.at_start.basis_in(w) or (d.at_end.basis_in(w) if d.at_end else None)
        print(f"  {verdict}" + (f" ({basis})" if basis else ""))
        explanation = d.at_start.explanation_in(w)
        if d.at_end:
            explanation += say(lang, QT_TRANSLATE_NOOP("cli", " On the last day: %1"), d.at_end.explanation_in(w))
        print(f"    {explanation}")
        for f in o["earlier_findings"]:
            print("    " + say(lang, QT_TRANSLATE_NOOP("cli", "earlier finding %1: %2"), f["date"], f["title"]))
    for step in data["steps"]:
        said = say(lang, QT_TRANSLATE_NOOP("cli", "step %1: %2"), step["at"], _code_in(step["step"], lang))
        print(f"  {said}" + (f" — {step['notes']}" if step["notes"] else ""))
    for share in data["shared_with_court"]:
        print(
            "  " + say(lang, QT_TRANSLATE_NOOP("cli", "shared with the Court %1 by %2"), share["at"], share["channel"])
        )
    for letter in data["letters"]:
        print("  " + say(lang, QT_TRANSLATE_NOOP("cli", "letter %1 to %2"), letter["date"], letter["to"]))
    for flag in alert_flags(store, alert, today):
        print(f"  {'!' if flag.urgent else '-'} {flag_words(flag, functools.partial(translate, lang=lang))}")
    return EXIT_OK


def alert_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        where = "status != 'closed'" if args.open else ""
        rows = [
            summary(store, a) for a in store.rows("travel_alert", where, order_by="date_from DESC, created_at DESC")
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No travel alert recorded.")
    for a in rows:
        states = ", ".join(d["iso3"] for d in a["destinations"])
        flag = " !" if any(f["urgent"] for f in a["flags"]) else ""
        outcome = f" ({a['outcome'].replace('_', ' ')})" if a["outcome"] else ""
        print(
            f"{a['id'][:8]}  {a['dates']['text']:<28} {a['person']['name']:<34} {states:<10} "
            f"{a['status']}{outcome}{flag}"
        )
    return EXIT_OK


def alert_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        return _print_alert(store, find_alert(store, args.id)["id"], args.json, lang=args.lang)


def alert_step(args: argparse.Namespace) -> int:
    statuses = [s.value for s in AlertStatus]
    if args.step not in statuses:
        fail(f"{args.step!r} is not a step; steps: {', '.join(statuses[1:])}")
    if args.outcome and args.outcome not in [o.value for o in AlertOutcome]:
        fail(f"{args.outcome!r} is not an outcome; outcomes: {', '.join(o.value for o in AlertOutcome)}")
    day = day_arg(args.date, "--date")
    with open_store(args) as store:
        alert = find_alert(store, args.id)
        try:
            take_step(store, alert["id"], args.step, at=day, by_whom=args.by, notes=args.note, outcome=args.outcome)
        except StepError as exc:
            fail(str(exc))
        print(f"Alert {alert['id'][:8]}: {args.step.replace('_', ' ')} on {day.isoformat()}")
    return EXIT_OK


def alert_share(args: argparse.Namespace) -> int:
    day = day_arg(args.date, "--date")
    with open_store(args) as store:
        alert = find_alert(store, args.id)
        try:
            share_with_court(
                store,
                alert["id"],
                {
                    "shared_at": day.isoformat(),
                    "channel": args.channel,
                    "shared_by": args.by,
                    "recipient": args.recipient,
                },
            )
        except ValidationError as exc:
            validation(exc)
        except StepError as exc:
            fail(str(exc))
        print(f"Alert {alert['id'][:8]}: shared with the Court on {day.isoformat()} ({args.channel})")
    return EXIT_OK


def alert_merge(args: argparse.Namespace) -> int:
    return record_merge(args, "travel_alert")
