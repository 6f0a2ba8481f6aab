"""Records in and out of files: `import` (its questions and the answers given as options),
`template`, and `export` (everything as JSON, or tables as CSV or Excel)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ncdesk import paths
from ncdesk.cli.common import open_store
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.cli.parser import KINDS_HELP
from ncdesk.io import tabular
from ncdesk.io.briefing.settings import export_defaults
from ncdesk.io.export_json import write_json
from ncdesk.io.import_plan import ImportPlan
from ncdesk.io.importing import mapping_for, read, rehearse, remember_mapping
from ncdesk.io.tabular import COLUMNS, KINDS, column_named, kind_named, write_template
from ncdesk.io.values import DAY_FIRST, IGNORED, MONTH_FIRST, Mapping, both_readings
from ncdesk.store.records.exports import record_export


def _kind_arg(text: str | None) -> str | None:
    if text is None:
        return None
    kind = kind_named(text)
    if kind is None:
        fail(f"{text!r} is not a kind of record that can be imported or exported as a table; kinds: {KINDS_HELP}")
    return kind


def cmd_export(args: argparse.Namespace) -> int:
    target = Path(args.output)
    kind = _kind_arg(args.kind)
    if args.format == "json":
        if kind:
            fail("--kind is for csv and xlsx; the JSON export holds every record")
        if target.is_dir():
            fail(f"{target} is a folder; give a file name, e.g. {target / 'ncdesk-export.json'}")
        with open_store(args) as store:
            marking: str | None = export_defaults(store.folder)[0]
            counts = write_json(store, target, marking)
            record_export(store, "every record", target, fmt="json", marking=marking, records=sum(counts.values()))
        print(f"Exported {sum(counts.values())} records to {target}")
        return EXIT_OK
    kinds = [kind] if kind else list(tabular.KINDS)
    with open_store(args) as store:
        marking = None
        if args.format == "xlsx":
            if target.is_dir() or target.suffix.lower() != ".xlsx":
                fail(f"{target}: give a file name ending in .xlsx")
            marking = export_defaults(store.folder)[0]
            counts = tabular.write_xlsx(store, target, kinds, marking)
        elif kind and not target.is_dir() and target.suffix:
            counts = {kind: tabular.write_csv(store, kind, target)}
        else:
            if target.exists() and not target.is_dir():
                fail(f"{target} is a file; CSV of every kind goes into a folder (or give --kind)")
            target.mkdir(parents=True, exist_ok=True)
            counts = tabular.write_csv_folder(store, target, kinds)
        what = ("table of " if len(counts) == 1 else "tables of ") + ", ".join(
            tabular.sheet_name(k).lower() for k in counts
        )
        record_export(store, what, target, fmt=args.format, marking=marking, records=sum(counts.values()))
    for k, n in counts.items():
        print(f"{tabular.sheet_name(k)}: {n}")
    print(f"Exported {sum(counts.values())} records to {target}")
    return EXIT_OK


def _import_mapping(args: argparse.Namespace) -> Mapping:
    """The answers given on the command line (--map-column, --map-value, --day-first/--month-first)."""
    mapping = Mapping(dates=DAY_FIRST if args.day_first else MONTH_FIRST if args.month_first else None)
    for given in args.map_column:
        header, sep, column = given.partition("=")
        if not sep or not header.strip():
            fail(f"--map-column {given!r}: write it as HEADER=COLUMN (or HEADER= to ignore the column)")
        column = column.strip()
        if column and column.lower() != "ignore" and not any(column_named(k, column) for k in KINDS):
            fail(f"--map-column {given!r}: {column!r} is not a column of any kind (see docs/IMPORT_FORMAT.md)")
        if column.lower() == "ignore":
            column = IGNORED
        mapping.columns[header.strip()] = column
    names = {c.name for k in KINDS for c in COLUMNS[k]}
    for given in args.map_value:
        text, sep, value = given.partition("=")
        if not sep or not text.strip() or not value.strip():
            fail(f"--map-value {given!r}: write it as TEXT=VALUE, or COLUMN:TEXT=VALUE for one column")
        column, colon, rest = text.partition(":")
        if colon and column.strip() in names:
            mapping.values[(column.strip(), rest.strip())] = value.strip()
        else:
            mapping.values[("", text.strip())] = value.strip()
    return mapping


def _print_questions(plan: ImportPlan) -> None:
    """What the file leaves open, each with its answers and the option that gives one."""
    print(f"{len(plan.questions)} question(s) to answer, then import again:", file=sys.stderr)
    for q in plan.questions:
        cells = f" ({q.count} cells)" if q.count > 1 else ""
        if q.what == "date_order":
            first, second = both_readings(q.text)
            answers = " or ".join(f"{q.answer_flag(o)} ({first if o == DAY_FIRST else second})" for o in q.suggestions)
            print(f"  {q.where()}: dates such as {q.text!r}{cells}: {answers}", file=sys.stderr)
            continue
        what = "column" if q.what == "column" else q.column
        if q.suggestions:
            answer = q.answer_flag()
            others = f"; or {', '.join(q.suggestions[1:])}" if len(q.suggestions) > 1 else ""
        else:
            answer, others = q.answer_flag("…"), ""
        ignore = f"; or ignore it: {q.answer_flag('')}" if q.what == "column" else ""
        print(f"  {q.where()}: {what} {q.text!r}{cells}: {answer}{others}{ignore}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    kind = _kind_arg(args.kind)
    given = _import_mapping(args)
    folder = paths.data_dir(args.data_dir)
    # A complete export restores into a new data folder exactly, without the reference data
    # loaded first; anything else names States and persons, so it needs them.
    fresh = not paths.database_path(folder).exists()
    plan = read(path, kind)
    with open_store(args, load_reference=not fresh) as store:
        if fresh and plan.format != "export":
            store.apply_reference()
        remembered = mapping_for(store, plan) if plan.format not in ("", "export") else None
        plan.mapping = remembered.merged(given) if remembered is not None else given
        # Checked and written in one pass, all or nothing: nobody reads the preview in between.
        rehearse(store, plan, commit=not args.dry_run)
        print(plan.summary())
        if remembered is not None:
            print("  note: the answers given before for files of these columns are used")
        for note in plan.notes:
            print(f"  note: {note}")
        problems = plan.problems
        if not problems and not args.dry_run and plan.writes() and given != Mapping(dates=given.dates):
            remember_mapping(store, plan, plan.mapping)
    if problems:
        for p in problems:
            print(p.line(), file=sys.stderr)
        if plan.questions:
            _print_questions(plan)
        fail(f"import rejected: {len(problems)} problem(s) in {path.name}; nothing was written")
    if plan.format == "export":  # a complete export merges: say what became of its rows
        if args.dry_run:
            print(f"Dry run: nothing was written; the import would give {plan.totals()}.")
        elif plan.writes():
            print(f"Imported {path.name}: {plan.totals()}.")
        else:
            print(f"Nothing new to import: nothing was written ({plan.totals()}).")
    elif args.dry_run:
        print("Dry run: nothing was written.")
    elif plan.total("add"):
        print(f"Imported {plan.total('add')} record(s) from {path.name}.")
    else:
        print("Nothing new to import: nothing was written.")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    kind = _kind_arg(args.kind)
    assert kind is not None
    target = Path(args.output)
    if target.is_dir() or target.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"{target}: give a file name ending in .csv or .xlsx")
    write_template(kind, target)
    print(f"Wrote {target}")
    return EXIT_OK
