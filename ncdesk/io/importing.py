"""Importing travel alerts, letters, activities, persons and findings from CSV, Excel (.xlsx)
and JSON files, and the complete JSON export back into a database.

An import is rehearsed before it is written: `preview()` runs every row through the same
route a form takes (names resolved to records, `editing.validate`, duplicates looked for,
`editing.save`) inside one transaction and then rolls it back, so the preview lists exactly
the problems the import would meet, each with its file, row and column. `apply()` runs the
same rehearsal again (the database may have changed since) and commits only when no row has
a problem: all or nothing. A rejected import leaves the database as it was.

The columns of each kind are in `ncdesk.io.tabular` and docs/IMPORT_FORMAT.md. This module holds the
entry points and the transaction; the plan is `import_plan`, the kind and columns of each sheet
`import_detect`, the checking and writing of the rows `import_write`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ncdesk.core.text import Message, Typed
from ncdesk.io import full_import
from ncdesk.io.import_detect import read_sections
from ncdesk.io.import_plan import ImportPlan, Progress
from ncdesk.io.import_write import RowWriter, TooMany
from ncdesk.io.readers import read_bytes, read_file
from ncdesk.io.readers_tables import LIMITS, FullExport, ImportRejected, Limits, Problem
from ncdesk.io.tabular import KINDS
from ncdesk.io.values import Mapping, Question
from ncdesk.store.records import import_mappings
from ncdesk.store.store import Store

__all__ = [
    "ImportRejected",
    "Mapping",
    "Problem",
    "Question",
    "apply",
    "import_file",
    "mapping_for",
    "preview",
    "read",
    "rehearse",
    "remember_mapping",
]


# Bulk loads rebuild the search index once at the end instead of row by row.
SUSPEND_INDEX_FROM = 200


class _RolledBack(Exception):
    """Raised inside the transaction to undo a rehearsal."""


# --- public API --------------------------------------------------------------------------------


def read(
    path: Path,
    kind: str | None = None,
    limits: Limits = LIMITS,
    *,
    data: bytes | None = None,
    mapping: Mapping | None = None,
) -> ImportPlan:
    """Read *path* (or *data*, the bytes of a file of that name) into a plan, without looking at
    the database: its format and rows, or the problems that stop it being read. *mapping*: the
    answers to what the file does not say (docs/IMPORT_FORMAT.md, "Mapping, asking, refusing")."""
    path = Path(path)
    plan = ImportPlan(path, kind, mapping=mapping or Mapping())
    if kind is not None and kind not in KINDS:
        plan.problems.append(
            Problem(plan.name, None, None, Message("%1 is not a kind that can be imported", repr(kind)))
        )
        return plan
    try:
        if data is None:
            plan.source = read_file(path, limits)
        else:
            plan.source = read_bytes(data, path.name, path.suffix.lower(), limits)
    except ImportRejected as exc:
        plan.problems.extend(exc.problems)
        return plan
    plan.format = "export" if isinstance(plan.source, FullExport) else plan.source.format
    return plan


def preview(
    store: Store,
    path: Path,
    kind: str | None = None,
    limits: Limits = LIMITS,
    *,
    data: bytes | None = None,
    progress: Progress | None = None,
    mapping: Mapping | None = None,
) -> ImportPlan:
    """Read *path* (or *data*, the bytes of a file of that name) and rehearse its import with the
    answers of *mapping*; nothing is written. Problems, and the questions still open, are in the plan."""
    plan = read(path, kind, limits, data=data, mapping=mapping)
    if plan.source is not None:
        _rehearse(store, plan, commit=False, limits=limits, progress=progress)
    return plan


def apply(store: Store, plan: ImportPlan, progress: Progress | None = None, limits: Limits = LIMITS) -> ImportPlan:
    """Write what *plan* previewed, all or nothing; raises ImportRejected (nothing written) on any problem.

    The rows are checked again inside the transaction: the database may have changed since the preview."""
    if plan.problems or plan.source is None:
        raise ImportRejected(plan.problems or [Problem(plan.name, None, None, Message("nothing was read"))])
    done = ImportPlan(plan.path, plan.kind, format=plan.format, source=plan.source, mapping=plan.mapping)
    _rehearse(store, done, commit=True, limits=limits, progress=progress)
    if done.problems:
        raise ImportRejected(done.problems)
    return done


def rehearse(
    store: Store, plan: ImportPlan, *, commit: bool, limits: Limits = LIMITS, progress: Progress | None = None
) -> ImportPlan:
    """Check every row of a plan that was *read*, in one transaction that is kept only if *commit*
    and nothing is wrong: the preview and the import in a single pass, for when no one needs to
    look at the preview before the import (the command line). Problems are in the plan."""
    if plan.source is not None and not plan.problems:
        _rehearse(store, plan, commit=commit, limits=limits, progress=progress)
    return plan


def import_file(
    store: Store,
    path: Path,
    kind: str | None = None,
    *,
    dry_run: bool = False,
    limits: Limits = LIMITS,
    data: bytes | None = None,
    mapping: Mapping | None = None,
) -> ImportPlan:
    """Check and (unless *dry_run*) write, in one pass; raises ImportRejected on any problem (an
    open question is one), with nothing written."""
    plan = rehearse(store, read(path, kind, limits, data=data, mapping=mapping), commit=not dry_run, limits=limits)
    if plan.problems:
        raise ImportRejected(plan.problems)
    return plan


def remember_mapping(store: Store, plan: ImportPlan, mapping: Mapping) -> None:
    """Keep *mapping*'s columns and values for files of *plan*'s shape (the order of the dates is
    not kept: it is said for each file)."""
    key = plan.shape()
    if key:
        kept = Mapping(dict(mapping.columns), dict(mapping.values), None, dict(mapping.states))
        import_mappings.remember(store, key, kept.to_json())


def mapping_for(store: Store, plan: ImportPlan) -> Mapping | None:
    """The answers remembered for files of *plan*'s shape, or None."""
    key = plan.shape()
    text = import_mappings.recall(store, key) if key else None
    return Mapping.from_json(text) if text is not None else None


# --- the rehearsal -----------------------------------------------------------------------------


def _rehearse(
    store: Store, plan: ImportPlan, *, commit: bool, limits: Limits, progress: Progress | None = None
) -> None:
    source = plan.source
    assert source is not None
    if isinstance(source, FullExport):
        header_problems = full_import.check(source)
        if header_problems:
            plan.problems.extend(header_problems)
            return
        total = full_import.row_count(source)
    else:
        read_sections(plan, source, limits)
        if plan.problems:
            return
        total = sum(len(s.rows) for s in plan.sections)
    try:
        # One transaction, and one change in the history (Edit ▸ Undo takes the import back).
        with store.batch(f"Import {plan.name}", kind="import"):
            bulk = total >= SUSPEND_INDEX_FROM
            with store.bulk() if bulk else _nothing():
                if isinstance(source, FullExport):
                    plan.table_counts = full_import.load(store, source, plan.problems, limits.problems, progress)
                else:
                    RowWriter(store, plan, limits, progress, total).run()
                if plan.problems or not commit or not plan.writes():
                    raise _RolledBack  # before the suspension indexes what is rolled back
    except (_RolledBack, TooMany):
        pass
    if len(plan.problems) >= limits.problems:
        plan.problems.append(
            Problem(
                plan.name,
                None,
                None,
                Message("stopped after %1 problems; correct these first", Typed(f"{limits.problems:,}")),
            )
        )


@contextmanager
def _nothing() -> Iterator[None]:
    yield
