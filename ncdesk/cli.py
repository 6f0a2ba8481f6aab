"""The command line: the same store, rules and exports as the window, for scripts and checks.

Exit codes: 0 success; 1 the database or the check found a problem; 2 bad input (unknown
State or person, impossible date, malformed document number), with one line saying what was
wrong and the closest matches, and nothing written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from ncdesk import __version__, paths

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """Input the user can correct; reported in one line with exit code 2."""


def _data_dir_arg(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="the data folder (default: $NCDESK_DATA_DIR, else the platform's user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ncdesk",
        description="The offline desk of the ASP focal points on non-cooperation. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ncdesk {__version__}")
    _data_dir_arg(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create the data folder and database with the reference data (idempotent)")
    _data_dir_arg(p, top=False)

    p = sub.add_parser("export", help="export every record")
    _data_dir_arg(p, top=False)
    p.add_argument("--format", choices=["json"], default="json", help="export format (default: json)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")

    p = sub.add_parser("search", help="full-text search across every kind of record")
    _data_dir_arg(p, top=False)
    p.add_argument("text", nargs="+", help="words to look for (case and accents ignored)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")

    p = sub.add_parser("obligation", help="must this State arrest and surrender this person on that day, and why?")
    _data_dir_arg(p, top=False)
    p.add_argument("--state", required=True, help="State: name, alias or ISO code")
    p.add_argument("--person", required=True, help="person: name or alias")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day in question")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("check", help="check the database and the record; exit 0 when healthy")
    _data_dir_arg(p, top=False)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("show", help="show a record by document number (ICC, ASP, UN), UUID or ISO code")
    _data_dir_arg(p, top=False)
    p.add_argument("ref", help="e.g. ICC-02/05-01/09-309, ICC-ASP/23/31, S/2016/716, HUN")
    p.add_argument("--json", action="store_true", help="print JSON")
    return parser


def fail(message: str) -> NoReturn:
    raise BadInput(message)


def _open_store(args: argparse.Namespace) -> Any:
    from ncdesk.store.store import Store

    return Store.open(paths.data_dir(args.data_dir))


def cmd_init(args: argparse.Namespace) -> int:
    from ncdesk.store.store import Store

    folder = paths.data_dir(args.data_dir)
    with Store.open(folder, load_reference=False) as store:
        report = store.apply_reference()
        counts = {
            t: store.count(t)
            for t in ("state", "situation", "icc_case", "person", "finding", "travel_alert", "letter", "activity")
        }
        print(f"Data folder: {folder}")
        print(f"Database:    {store.path}")
        print(
            f"Reference data {store.reference_version()}: "
            + ", ".join(f"{n} {_plural(t, n)}" for t, n in counts.items())
        )
        if report.applied:
            print(
                f"Loaded: {report.inserted} added, {report.updated} updated, {report.retired} retired, "
                f"{report.kept_user_edits} kept as edited by you."
            )
        else:
            print("Already up to date.")
    return EXIT_OK


_LABELS = {
    "state": ("State", "States"),
    "situation": ("situation", "situations"),
    "icc_case": ("case", "cases"),
    "person": ("person", "persons"),
    "finding": ("finding", "findings"),
    "travel_alert": ("travel alert", "travel alerts"),
    "letter": ("letter", "letters"),
    "activity": ("activity", "activities"),
}


def _plural(table: str, n: int) -> str:
    one, many = _LABELS.get(table, (table, table + "s"))
    return one if n == 1 else many


def cmd_export(args: argparse.Namespace) -> int:
    from ncdesk.io.export_json import write_json

    target = Path(args.output)
    if target.is_dir():
        fail(f"{target} is a folder; give a file name, e.g. {target / 'ncdesk-export.json'}")
    with _open_store(args) as store:
        counts = write_json(store, target)
    print(f"Exported {sum(counts.values())} records to {target}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from ncdesk.store.schema import KIND_BY_TABLE

    text = " ".join(args.text)
    if not re.search(r"\w", text):
        fail(f"nothing to search for in {text!r}")
    with _open_store(args) as store:
        results = store.search(text, limit=args.limit)
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
                    "results": [{"id": r["record_id"], "title": r["title"], "snippet": r["snippet"]} for r in rows],
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
            print(f"  {r['title']}")
            print(f"    {r['record_id']}")
    return EXIT_OK


def cmd_obligation(args: argparse.Namespace) -> int:
    from ncdesk.core.dates import DateError, format_day, parse_iso_day
    from ncdesk.core.obligation import arrest_obligation
    from ncdesk.store.queries import LookupProblem, person_facts, resolve_person, resolve_state, state_facts

    try:
        day = parse_iso_day(args.date)
    except DateError as exc:
        fail(str(exc))
    with _open_store(args) as store:
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
    verdict = "OBLIGED" if result.obliged else "NOT OBLIGED"
    basis = f" ({result.basis})" if result.basis else ""
    print(f"{state['name']} / {person['name']} / {format_day(day)}")
    print(f"{verdict} to arrest and surrender{basis}")
    for reason in result.reasons:
        print(f"- {reason}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ncdesk.store.check import Severity, healthy, run_check

    with _open_store(args) as store:
        problems = run_check(store)
        path = store.path
    ok = healthy(problems)
    if args.json:
        print(
            json.dumps(
                {
                    "healthy": ok,
                    "database": str(path),
                    "problems": [
                        {"severity": p.severity.value, "table": p.table, "id": p.record_id, "message": p.message}
                        for p in problems
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        notes = [p for p in problems if p.severity is Severity.NOTE]
        for p in errors + notes:
            print(p.line())
        print(f"{path}: {'healthy' if ok else 'NOT healthy'} ({len(errors)} errors, {len(notes)} notes)")
    return EXIT_OK if ok else EXIT_PROBLEM


def cmd_show(args: argparse.Namespace) -> int:
    from ncdesk.store.lookup import find_by_reference

    with _open_store(args) as store:
        try:
            found = find_by_reference(store, args.ref)
        except ValueError as exc:
            fail(str(exc))
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in found:
        record = item["record"]
        print(f"{item['label']}: {item['title']}")
        for key, value in record.items():
            if value in (None, "", []) or key in ("user_fields",):
                continue
            print(f"  {key}: {value}")
        for c in item["citations"]:
            field = f" [{c['field']}]" if c["field"] else ""
            print(f"  source{field}: {c['source_title']}, {c['locator']}: {c['stated']}")
        print()
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "export": cmd_export,
    "search": cmd_search,
    "obligation": cmd_obligation,
    "check": cmd_check,
    "show": cmd_show,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ncdesk.app import run_gui

        return run_gui(args.data_dir)
    from ncdesk.store.errors import StoreError
    from ncdesk.store.reference import ReferenceDataError

    try:
        return COMMANDS[args.command](args)
    except BadInput as exc:
        print(f"ncdesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(f"ncdesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except ReferenceDataError as exc:
        print(f"ncdesk {args.command}: the bundled reference data is damaged: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"ncdesk {args.command}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_PROBLEM


if __name__ == "__main__":
    raise SystemExit(main())
