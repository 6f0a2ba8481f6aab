"""Documents made from the record: `brief` (a note), `pack` (several), `report` (the Bureau's
draft report for a period), `calendar` (.ics), with the options they share."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

from ncdesk.cli.common import open_store
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.core.dates import DateError, parse_iso_day
from ncdesk.io.briefing.export import check_target, describe, export_note, export_pack, export_report
from ncdesk.io.briefing.model import ExportOptions
from ncdesk.io.briefing.settings import export_defaults
from ncdesk.io.calendar import write_ics
from ncdesk.store.records import queries
from ncdesk.store.records.exports import record_export
from ncdesk.store.records.queries import LookupProblem
from ncdesk.store.store import Store


def _options(args: argparse.Namespace, folder: Path) -> ExportOptions:
    marking, paper = export_defaults(folder)
    marking = (args.marking or marking).strip()
    if not marking:
        fail("--marking cannot be empty")
    return ExportOptions(marking=marking, paper=args.paper or paper, language=getattr(args, "lang", "en") or "en")


KIND_RESOLVERS = ("state", "person", "situation", "case", "alert")


def _lookup(store: Store, kind: str, text: str) -> tuple[str, str]:
    """(kind, id) of the record of that kind named by text; raises LookupProblem."""
    resolver = {
        "state": queries.resolve_state,
        "person": queries.resolve_person,
        "case": queries.resolve_case,
        "situation": queries.resolve_situation,
        "alert": queries.resolve_alert,
    }[kind]
    return kind, resolver(store, text)["id"]


def _resolve_ref(store: Store, kind: str, text: str) -> tuple[str, str]:
    try:
        return _lookup(store, kind, text)
    except LookupProblem as exc:
        fail(str(exc))


def _export(action: Callable[[], object], target: Path) -> None:
    try:
        check_target(target)
        action()
    except ValueError as exc:
        fail(str(exc))
    except PermissionError:
        fail(
            f"{target} cannot be written (no permission, or open in another program); "
            "any existing file was left as it was"
        )


def _record(store: Store, what: str, target: Path, options: ExportOptions, subjects: Sequence[str] = ()) -> None:
    record_export(store, what, target, marking=options.marking, subjects=subjects)


def cmd_brief(args: argparse.Namespace) -> int:
    target = Path(args.output)
    with open_store(args) as store:
        options = _options(args, store.folder)
        kind, rid = _resolve_ref(store, args.kind, args.ref)
        _export(lambda: export_note(store, kind, rid, target, options), target)
        _record(store, describe(store, [(kind, rid)]), target, options, [rid])
    print(f"Wrote {target}")
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    target = Path(args.output)
    with open_store(args) as store:
        options = _options(args, store.folder)
        refs: list[tuple[str, str]] = []
        for text in args.refs:
            kind, _, rest = text.partition(":")
            if rest and kind in KIND_RESOLVERS:
                refs.append(_resolve_ref(store, kind, rest))
                continue
            found = []
            for k in ("state", "person", "situation", "case"):
                try:
                    found.append(_lookup(store, k, text))
                except LookupProblem:
                    continue
            if not found:
                fail(f"{text!r} is not a State, person, situation or case; write KIND:REF, e.g. state:{text}")
            if len(found) > 1:
                fail(f"{text!r} names a {found[0][0]} and a {found[1][0]}; write KIND:REF, e.g. {found[0][0]}:{text}")
            refs.append(found[0])
        _export(lambda: export_pack(store, refs, target, options), target)
        _record(store, describe(store, refs), target, options, [rid for _, rid in refs])
    print(f"Wrote {target} ({len(refs)} notes)")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    try:
        start, end = parse_iso_day(args.date_from), parse_iso_day(args.date_to)
    except DateError as exc:
        fail(str(exc))
    if end < start:
        fail(f"the period ends ({end}) before it starts ({start})")
    target = Path(args.output)
    with open_store(args) as store:
        options = _options(args, store.folder)
        _export(lambda: export_report(store, start, end, target, options), target)
        _record(store, describe(store, period=(start, end)), target, options)
    print(f"Wrote {target}")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.is_dir():
        fail(f"{target} is a folder; give a file name such as {target / 'ncdesk.ics'}")
    with open_store(args) as store:
        count = write_ics(store, target, lang=args.lang)
        record_export(store, "calendar of visits and deadlines", target, fmt="ics", records=count)
    print(f"Wrote {count} event(s) to {target}")
    return EXIT_OK
