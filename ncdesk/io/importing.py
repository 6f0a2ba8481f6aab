"""Importing travel alerts, letters, activities, persons and findings from CSV, Excel (.xlsx)
and JSON files, and the complete JSON export back into a database.

An import is rehearsed before it is written: `preview()` runs every row through the same
route a form takes (names resolved to records, `editing.validate`, duplicates looked for,
`editing.save`) inside one transaction and then rolls it back, so the preview lists exactly
the problems the import would meet, each with its file, row and column. `apply()` runs the
same rehearsal again (the database may have changed since) and commits only when no row has
a problem: all or nothing. A rejected import leaves the database as it was.

The columns of each kind are in `ncdesk.io.tabular` and docs/IMPORT_FORMAT.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ncdesk.core.dates import DateError
from ncdesk.core.forms import FORMS, FieldType
from ncdesk.core.labels import kind_noun
from ncdesk.core.model import AlertOutcome, AlertStatus
from ncdesk.core.text import KindName, Message, Typed, loose, said
from ncdesk.io import full_import
from ncdesk.io.readers import read_bytes, read_file, text_problems
from ncdesk.io.readers_tables import LIMITS, FullExport, ImportRejected, Limits, Problem, Rows, Sheet, Tables
from ncdesk.io.synonyms import ranked_columns
from ncdesk.io.tabular import (
    COLUMNS,
    HEADER_CHARS,
    KINDS,
    Column,
    column_named,
    date_columns,
    day_of,
    kind_named,
    sheet_name,
    split_many,
    unescape_formula,
)
from ncdesk.io.values import (
    DATE_ORDERS,
    DAY_FIRST,
    IGNORED,
    DateOrderProblem,
    Mapping,
    Question,
    both_readings,
    closed_suggestions,
    closed_value,
    in_order,
    order_evidence,
    shape_key,
    shared_state_name,
    swappable,
)
from ncdesk.store.file import engine
from ncdesk.store.file.schema import TABLES
from ncdesk.store.records import duplicates, import_mappings
from ncdesk.store.records.editing import ValidationError, save, validate
from ncdesk.store.records.queries import RESOLVABLE, LookupProblem, Resolver, resolve_alert
from ncdesk.store.store import Store

__all__ = [
    "ImportPlan",
    "ImportRejected",
    "Mapping",
    "Problem",
    "Question",
    "RowPlan",
    "SectionPlan",
    "apply",
    "import_file",
    "mapping_for",
    "preview",
    "read",
    "rehearse",
    "remember_mapping",
]

Progress = Callable[[int, int], None]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MESSAGE_CHARS = 300
# Bulk loads rebuild the search index once at the end instead of row by row.
_SUSPEND_INDEX_FROM = 200


@dataclass(slots=True, eq=False)
class RowPlan:
    """One row of a section and what the import does with it. Its cells are read from the file's
    compact rows (`readers.Rows`) when asked for: a plan does not hold the file's text a second
    time, so that a preview costs about what reading the file costs."""

    number: int
    source: Sequence[tuple[int, list[str]]] = field(repr=False)  # the sheet's rows
    at: int = 0  # this row's place in *source*
    # add; unchanged (its id is recorded with the same content); rejected; unchecked (the import
    # stopped before it: too many problems)
    action: str = "unchecked"
    problems: tuple[Problem, ...] = ()  # (not an empty list for each of 100,000 rows)
    record_id: str | None = None

    @property
    def cells(self) -> list[str]:
        return self.source[self.at][1]


@dataclass
class SectionPlan:
    """The rows of one kind: a CSV file, a sheet of a workbook, a JSON list."""

    kind: str
    title: str | None
    header: list[str]
    rows: list[RowPlan] = field(default_factory=list)
    # the column each header is (recognised, or mapped); a header not there is not read
    columns: dict[str, Column] = field(default_factory=dict)


@dataclass
class ImportPlan:
    """What an import would do: per row, what it adds and what is wrong; nothing written yet."""

    path: Path
    kind: str | None
    format: str = ""  # csv, xlsx, json, export
    sections: list[SectionPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    table_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # the full export: per table
    source: Tables | FullExport | None = None
    # The answers the import was given, and what it still asks (each also a problem of every cell
    # it is asked for, in `asked`): the plan is not importable while a question is open.
    mapping: Mapping = field(default_factory=Mapping)
    questions: list[Question] = field(default_factory=list)
    asked: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return not self.problems and not self.questions and self.source is not None

    def shape(self) -> str:
        """The key of the file's shape (its sheets' headers): files of one shape share their answers."""
        if not isinstance(self.source, Tables):
            return ""
        return shape_key(s.header for s in self.source.sheets)

    def ask(
        self,
        what: str,
        column: str,
        text: str,
        suggestions: list[str],
        place: tuple[str | None, int | None, str | None],
    ) -> Question:
        """The question (asked once per file) for *text*, with one more *place* it is asked for."""

        def key(what: str, column: str, text: str) -> tuple[str, str, str]:
            return (what, "", "") if what == "date_order" else (what, column, loose(text))  # one per file

        found = next((q for q in self.questions if key(q.what, q.column, q.text) == key(what, column, text)), None)
        if found is None:
            found = Question(what, column, text, suggestions, self.name)
            self.questions.append(found)
        if len(found.places) < 20:
            found.places.append(place)
        found.count += 1
        return found

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind (or per table of a full export): rows to add, rows already recorded, rows rejected;
        a full export's rows also to update, or kept (this database's row is newer)."""
        if self.format == "export":
            return self.table_counts
        out: dict[str, dict[str, int]] = {}
        for s in self.sections:
            c = out.setdefault(s.kind, {"add": 0, "unchanged": 0, "rejected": 0, "unchecked": 0})
            for r in s.rows:
                c[r.action] += 1
        return out

    def total(self, action: str = "add") -> int:
        return sum(c.get(action, 0) for c in self.counts().values())

    def writes(self) -> int:
        """The rows the import writes: added, and (a complete export) updated."""
        return self.total("add") + self.total("updated")

    def totals(self) -> str:
        """A complete export's outcome in one phrase: "12 added, 1 updated, 1,001 unchanged
        (incl. reference), 1 kept (local newer)"."""
        return (
            f"{self.total('add'):,} added, {self.total('updated'):,} updated, "
            f"{self.total('unchanged'):,} unchanged (incl. reference), {self.total('kept'):,} kept (local newer)"
        )

    def summary(self) -> str:
        """One line: what the file holds and what the import does with it."""
        parts = []
        for kind, c in self.counts().items():
            if self.format == "export" and not any(c.values()):
                continue
            label = sheet_name(kind).lower() if self.format != "export" else kind
            bits = [f"{c.get('add', 0)} to add"]
            if c.get("updated"):
                bits.append(f"{c['updated']} to update")
            if c.get("unchanged"):
                bits.append(f"{c['unchanged']} already recorded")
            if c.get("kept"):
                bits.append(f"{c['kept']} kept (newer here)")
            if c.get("rejected"):
                bits.append(f"{c['rejected']} with problems")
            if c.get("unchecked"):
                bits.append(f"{c['unchecked']} not checked")
            parts.append(f"{label}: {', '.join(bits)}")
        what = "; ".join(parts) if parts else "nothing to import"
        problems = f"; {len(self.problems)} problem(s)" if self.problems else ""
        return f"{self.name}: {what}{problems}"


class _RolledBack(Exception):
    """Raised inside the transaction to undo a rehearsal."""


class _TooMany(Exception):
    pass


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
        _sections(plan, source, limits)
        if plan.problems:
            return
        total = sum(len(s.rows) for s in plan.sections)
    try:
        # One transaction, and one change in the history (Edit ▸ Undo takes the import back).
        with store.batch(f"Import {plan.name}", kind="import"):
            bulk = total >= _SUSPEND_INDEX_FROM
            with store.bulk() if bulk else _nothing():
                if isinstance(source, FullExport):
                    plan.table_counts = full_import.load(store, source, plan.problems, limits.problems, progress)
                else:
                    _Rows(store, plan, limits, progress, total).run()
                if plan.problems or not commit or not plan.writes():
                    raise _RolledBack  # before the suspension indexes what is rolled back
    except (_RolledBack, _TooMany):
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


def _sections(plan: ImportPlan, source: Tables, limits: Limits) -> None:
    """Which kind each sheet holds, and its columns; problems with the file's shape."""
    sheets = source.sheets
    chosen: list[tuple[Sheet, str]]
    named = [(s, k) for s in sheets if s.title and (k := kind_named(s.title))]
    if named:
        chosen = [(s, k) for s, k in named if plan.kind in (None, k)]
        for s in sheets:
            if all(s is not c for c, _ in chosen):
                plan.notes.append(
                    Message("sheet “%1” is not read (its name is not one of the kinds imported)", Typed(s.title))
                )
        if not chosen:
            plan.problems.append(
                Problem(plan.name, None, None, Message("no sheet of %1 in the workbook", _kinds(str(plan.kind))))
            )
            return
    else:
        first = sheets[0]
        kind = plan.kind or _detect(plan, first)
        if kind is None:
            return
        chosen = [(first, kind)]
        for s in sheets[1:]:
            plan.notes.append(
                Message(
                    "sheet “%1” is not read (only the first sheet is, unless sheets are named by kind)", Typed(s.title)
                )
            )
    seen: set[str] = set()
    for sheet, kind in sorted(chosen, key=lambda sk: KINDS.index(sk[1])):
        if kind in seen:
            plan.problems.append(
                Problem(plan.name, None, None, Message("two sheets hold %1", _kinds(kind)), sheet.title)
            )
            continue
        seen.add(kind)
        plan.problems.extend(sheet.problems)
        plan.notes.extend(sheet.notes)  # rows above the header, the template's example (readers)
        columns = _check_header(plan, sheet, kind)
        plan.problems.extend(text_problems(plan.name, sheet, limits))
        plan.sections.append(SectionPlan(kind, sheet.title, sheet.header, _row_plans(sheet), columns))
    if not any(s.rows for s in plan.sections) and not plan.problems:
        plan.problems.append(Problem(plan.name, None, None, Message("no rows to import below the header")))


def _row_plans(sheet: Sheet) -> list[RowPlan]:
    """A plan of each row of *sheet*, its cells left in the sheet's compact rows."""
    rows = sheet.rows
    numbers = rows.numbers() if isinstance(rows, Rows) else [n for n, _ in rows]
    return [RowPlan(n, rows, i) for i, n in enumerate(numbers)]


def _detect(plan: ImportPlan, sheet: Sheet) -> str | None:
    """The kind the header's columns fit: the one whose required columns it has, with the most
    columns recognised; failing that, the one kind with the most columns recognised (its missing
    columns said, its headers not known asked, by `_check_header`). None when no kind fits: the
    headers not known are asked, with the columns of the kinds they might be."""
    scores = []
    for kind in KINDS:
        cols = [_column(plan.mapping, kind, h) for h in sheet.header if h]
        known = sum(c is not None for c in cols)
        missing = [c.name for c in COLUMNS[kind] if c.required(kind) and c not in cols]
        scores.append((not missing, known, kind, missing))
    scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scores[0]
    tied = [s for s in scores if (s[0], s[1]) == (best[0], best[1])]
    if len(tied) == 1 and best[1] > 0:
        return best[2]
    row = sheet.header_row or None
    if best[0]:
        plan.problems.append(
            Problem(
                plan.name,
                row,
                None,
                Message("the columns fit several kinds of record; choose the kind (--kind)"),
                sheet.title,
            )
        )
        return None
    if best[1] == 0:
        message = Message(
            "no column is recognised: the header row must name the columns, or they must be mapped "
            "(see the templates; docs/IMPORT_FORMAT.md)"
        )
        # A row of one cell is a title rather than a header: nothing is asked of it.
        named = [h for h in sheet.header if h]
        headers = named if len(named) >= 2 else []
    else:
        message = Message(
            "cannot tell which kind of record this is; as %1 it lacks the column(s) %2 (or choose the kind: --kind)",
            _kinds(best[2]),
            Typed(", ".join(best[3])),
        )
        headers = sheet.header
    # The headers not known may be the columns it lacks: asked, with the columns of the kinds it
    # may be (those it lacks first, unless it names none: then all are lacking).
    missing = [name for s in tied for name in s[3]] if best[1] else []
    candidates = [*missing, *(c.name for s in tied for c in COLUMNS[s[2]] if c.field != "id")]
    for h in headers:
        if (
            h
            and len(h) <= HEADER_CHARS
            and all(_column(plan.mapping, s[2], h) is None for s in tied)
            and plan.mapping.column(h) is None
        ):
            plan.ask(
                "column", h, h, _column_choices(h, candidates, missing, [s[2] for s in tied]), (sheet.title, row, h)
            )
    plan.problems.append(Problem(plan.name, row, None, message, sheet.title))
    return None


def _column_choices(header: str, candidates: list[str], missing: list[str], kinds: list[str]) -> list[str]:
    """The five columns of *kinds* a header not known may be, most likely first: of the three a
    delegate most likely meant (a column it is a synonym of, then the most like it), those the
    sheet lacks first; a column the sheet lacks is offered even when unlike it (up to three)."""
    ranking = ranked_columns(header, candidates, kinds, n=len(candidates))
    top = ranking[:3]
    ranking.sort(key=lambda c: c not in missing or c not in top)
    absent = [c for c in missing if c in candidates and c not in ranking[:5]][:3]
    return ranking[: 5 - len(absent)] + absent


def _column(mapping: Mapping, kind: str, header: str) -> Column | None:
    """The column of *kind* a header is: as mapped (None when mapped to nothing), else as named."""
    mapped = mapping.column(header)
    if mapped is not None:
        return column_named(kind, mapped) if mapped != IGNORED else None
    return column_named(kind, header)


def _check_header(plan: ImportPlan, sheet: Sheet, kind: str) -> dict[str, Column]:
    """The column each header is; a header not known is asked (which column it is, or none)."""
    seen: dict[str, str] = {}
    columns: dict[str, Column] = {}
    row = sheet.header_row or None
    named = {c.name for h in sheet.header if h and (c := _column(plan.mapping, kind, h)) is not None}
    missing = [c.name for c in COLUMNS[kind] if c.required(kind) and c.name not in named]
    candidates = [c.name for c in COLUMNS[kind] if c.field != "id" and c.name not in named]  # not named twice
    for i, h in enumerate(sheet.header):
        if not h:
            if any(len(cells) > i and cells[i].strip() for _, cells in sheet.rows):
                plan.problems.append(
                    Problem(plan.name, row, None, Message("column %1 has values but no name", i + 1), sheet.title)
                )
            continue
        mapped = plan.mapping.column(h)
        if mapped == IGNORED:
            continue
        col = column_named(kind, mapped if mapped is not None else h)
        if col is None and mapped is not None:
            plan.problems.append(
                Problem(
                    plan.name,
                    row,
                    h,
                    Message("mapped to %1, which is not a column of %2", repr(mapped), _kinds(kind)),
                    sheet.title,
                )
            )
        elif col is None:
            names = ", ".join(c.name for c in COLUMNS[kind])
            problem = Problem(
                plan.name,
                row,
                h,
                Message("unknown column; the columns of %1 are: %2", _kinds(kind), Typed(names)),
                sheet.title,
            )
            plan.ask("column", h, h, _column_choices(h, candidates, missing, [kind]), (sheet.title, row, h))
            plan.problems.append(problem)
            plan.asked.append(problem)
        elif col.name in seen:
            plan.problems.append(
                Problem(plan.name, row, h, Message("the same column as “%1”", Typed(seen[col.name])), sheet.title)
            )
        else:
            seen[col.name] = h
            columns[h] = col
    for col in COLUMNS[kind]:
        if col.required(kind) and col.name not in seen:
            plan.problems.append(Problem(plan.name, row, col.name, Message("required column missing"), sheet.title))
    width = len(sheet.header)
    for number, cells in sheet.rows:
        extra = next((i for i in range(width, len(cells)) if cells[i].strip()), None)
        if extra is not None:
            plan.problems.append(
                Problem(
                    plan.name,
                    number,
                    None,
                    Message("a value in column %1, which the header row does not name", extra + 1),
                    sheet.title,
                )
            )
    return columns


class _Ask(LookupProblem):
    """A value the file does not say clearly: asked (a `Question`), and a problem until answered."""

    def __init__(self, what: str, text: str, message: str, suggestions: list[str]) -> None:
        super().__init__(message, suggestions)
        self.what = what
        self.text = text


class _Asks(Exception):
    """Several values of one list cell asked (at most three; *more*: the items not looked at)."""

    def __init__(self, asks: list[_Ask], more: Message | None) -> None:
        super().__init__(said(asks[0]))
        self.asks = asks
        self.more = more


def closed_choices(kind: str, name: str) -> tuple[str, ...]:
    """The values of a closed list (a form's choice, or a travel alert's status or outcome)."""
    if kind == "travel_alert" and name == "status":
        return tuple(s.value for s in AlertStatus)
    if kind == "travel_alert" and name == "outcome":
        return tuple(o.value for o in AlertOutcome)
    spec = FORMS[kind]
    found = next((f for f in spec.fields if f.name == name), None)
    return found.choices if found is not None and found.type is FieldType.ENUM else ()


class _Rows:
    """Rows of tables written one by one, each in a savepoint, problems collected."""

    def __init__(self, store: Store, plan: ImportPlan, limits: Limits, progress: Progress | None, total: int):
        self.store = store
        self.plan = plan
        self.limits = limits
        self.progress = progress
        self.total = total
        self.done = 0
        self.resolver = Resolver(store)
        self.added: dict[str, tuple[SectionPlan, int]] = {}  # id -> (section, row number) added by this import
        self._person_keys: dict[str, str] | None = None
        # References found live: the import deletes nothing, so each is checked once.
        self.live: set[tuple[str, str]] = set()
        self.mapping = plan.mapping
        # Numeric dates that can be read only one way (25/09/2027): which order the file uses.
        self.evidence = dict.fromkeys(DATE_ORDERS, 0)

    def run(self) -> None:
        csv_like = self.plan.format == "csv"
        try:
            self._sections(csv_like)
        finally:
            for q in self.plan.questions:
                if q.what == "date_order":
                    q.suggestions.sort(key=lambda order: -self.evidence[order])

    def _sections(self, csv_like: bool) -> None:
        for section in self.plan.sections:
            columns = section.columns or {h: c for h in section.header if h and (c := column_named(section.kind, h))}
            for row in section.rows:
                cells = {}
                for h, text in zip(section.header, row.cells, strict=False):
                    col = columns.get(h)
                    if col is not None:
                        cells[col.name] = (h, unescape_formula(text) if csv_like else text)
                self._row(section, row, cells)
                self.done += 1
                if self.progress is not None:
                    self.progress(self.done, self.total)

    def problem(
        self, section: SectionPlan, row: RowPlan, column: str | None, message: str, *, asked: bool = False
    ) -> None:
        if len(message) > _MESSAGE_CHARS and not isinstance(message, Message):  # it quotes what was written
            message = message[: _MESSAGE_CHARS - 1] + "…"
        p = Problem(self.plan.name, row.number, column, message, section.title)
        row.action = "rejected"
        row.problems += (p,)
        self.plan.problems.append(p)
        if asked:
            self.plan.asked.append(p)
        if len(self.plan.problems) >= self.limits.problems:
            raise _TooMany

    def ask(
        self, section: SectionPlan, row: RowPlan, col: Column, where: str, asks: list[_Ask], more: Message | None = None
    ) -> None:
        """Each of *asks* a question of the file, and together a problem of the cell until answered
        (*more*: the items of the cell not looked at)."""
        for a in asks:
            self.plan.ask(a.what, col.name, a.text, a.suggestions, (section.title, row.number, where))
        joined = said(asks[0])
        for other in [*map(said, asks[1:]), *([more] if more is not None else [])]:
            joined = Message("%1; %2", joined, other)
        self.problem(section, row, where, joined, asked=True)

    # -- one row -----------------------------------------------------------------------------

    def _row(self, section: SectionPlan, row: RowPlan, cells: dict[str, tuple[str, str]]) -> None:  # noqa: PLR0912, PLR0915 - a branch per kind of cell the import maps, in the row's order
        kind = section.kind

        def where(col: str) -> str:
            return cells[col][0] if col in cells else col

        raw: dict[str, Any] = {}
        extra: dict[str, str] = {}
        bad: set[str] = set()  # fields already found wrong
        form_fields = {f.name for f in FORMS[kind].fields}
        for col in COLUMNS[kind]:
            text = cells[col.name][1].strip() if col.name in cells else ""
            if not text and col.default:
                text = col.default
            try:
                text = self._text(kind, col, text)
            except _Ask as exc:
                self.ask(section, row, col, where(col.name), [exc])
                bad.add(col.field)
                continue
            except DateOrderProblem as exc:
                self.problem(section, row, where(col.name), said(exc))
                bad.add(col.field)
                continue
            if col.field not in form_fields:
                extra[col.field] = text
                continue
            if col.name not in cells and not text:
                continue
            try:
                raw[col.field] = self._value(col, text)
            except _Ask as exc:
                self.ask(section, row, col, where(col.name), [exc])
                bad.add(col.field)
            except _Asks as exc:
                self.ask(section, row, col, where(col.name), exc.asks, exc.more)
                bad.add(col.field)
            except LookupProblem as exc:
                self.problem(section, row, where(col.name), said(exc))
                bad.add(col.field)
        new_id = extra.get("id") or None
        if new_id and not _UUID.match(new_id):
            self.problem(
                section, row, where("id"), Message("expected a record id (a UUID); leave it empty for a new record")
            )
            new_id = None
        if new_id and not row.problems and self._same_id(section, row, kind, new_id, raw, extra, where):
            return
        values, errors = validate(self.store, kind, {k: v for k, v in raw.items() if k not in bad}, live=self.live)
        if not row.problems:
            # "already the number of …" is said better as a duplicate
            bad.update(self._duplicates(section, row, kind, values, where))
        for name, message in errors.items():
            if name in bad:
                continue
            column = next((c for c in COLUMNS[kind] if c.field == name), None)
            unknown = self._unknown_value(kind, name, raw.get(name))
            if column is not None and unknown is not None:
                self.ask(section, row, column, where(column.name), [unknown])
            else:
                self.problem(section, row, where(column.name) if column else name, message)
        if kind == "travel_alert" and not bad & {"status", "outcome"}:
            self._check_status(section, row, extra, where)
        if row.problems:
            row.action = "rejected"
            return
        try:
            with self.store.db.atomic():
                row.record_id = save(self.store, kind, raw, new_id=new_id, checked=values)
                if kind == "travel_alert":
                    self._alert_status(row.record_id, values, extra)
        except ValidationError as exc:  # the database changed between validate and save
            for name, message in exc.errors.items():
                self.problem(section, row, name, message)
        except engine.IntegrityError as exc:  # a rule of the database the checks above missed: said in words
            broken, message = full_import.constraint_problem(kind, exc, raw)
            named = next((c.name for c in COLUMNS[kind] if c.field == broken), broken)
            self.problem(section, row, where(named) if named else None, message)
        if row.problems:
            row.action = "rejected"
            return
        assert row.record_id is not None
        row.action = "add"
        self.added[row.record_id] = (section, row.number)
        if kind == "person":
            self.resolver.forget("person")
            self._person_keys = None

    def _text(self, kind: str, col: Column, text: str) -> str:
        """A cell's text as mapped, its closed list's value read, its numeric dates in the file's
        order; raises _Ask for what the file must say, DateOrderProblem."""
        if not text or col.ref:
            return text
        dated = col.name in date_columns(kind)
        if dated:  # a column mapped by hand is not one the reader knew to hold dates
            text = day_of(text)
        mapped = self.mapping.value(col.name, text)
        if mapped is not None:
            text = mapped
        if dated:
            return self._dates(text)
        choices = closed_choices(kind, col.field)
        if choices:  # a value not of the list is left as typed: the checks say so, and it is asked
            return closed_value(choices, text) or text
        return text

    def _ask_value(self, name: str, text: str) -> _Ask:
        found = self._unknown_value("travel_alert", name, text)
        assert found is not None
        return found

    def _unknown_value(self, kind: str, name: str, text: Any) -> _Ask | None:
        """The question for *text* when it is not a value of the closed list of field *name*."""
        choices = closed_choices(kind, name)
        if not choices or not isinstance(text, str) or not text.strip() or closed_value(choices, text) is not None:
            return None
        message = Message("%1 is not one of %2", repr(text), ", ".join(choices))
        return _Ask("value", text, message, closed_suggestions(choices, text))

    def _dates(self, text: str) -> str:
        evidence = order_evidence(text)
        if evidence is not None:
            self.evidence[evidence] += 1
        if self.mapping.dates is not None:
            return text if self.mapping.dates == DAY_FIRST else in_order(text, self.mapping.dates)
        both = swappable(text)
        if both is not None:
            try:
                first, second = both_readings(both)
            except DateError:  # not a year ncdesk reads: the date's own problem says so
                return text
            message = Message(
                "%1 may be %2 (day first) or %3 (month first): say which the file uses",
                repr(both),
                Typed(first),
                Typed(second),
            )
            raise _Ask("date_order", both, message, list(DATE_ORDERS))
        return text

    def _value(self, col: Column, text: str) -> Any:
        if col.ref and col.many:
            items = split_many(text)
            ids, asks = [], []
            more = None
            for n, item in enumerate(items):
                try:
                    ids.append(self._ref(col, item))
                except _Ask as exc:
                    asks.append(exc)
                    if len(asks) == 3 and n + 1 < len(items):  # suggestions cost; three are enough
                        more = Message("the %1 after those were not checked", len(items) - n - 1)
                        break
            if asks:
                raise _Asks(asks, more)
            return ids
        if col.ref:
            return self._ref(col, text) if text else ""
        if col.many:
            return split_many(text)
        return text

    def _ref(self, col: Column, text: str) -> str:
        """The id of the record *text* names; raises _Ask when it names none, several, or a State
        name people use for several States (unless the mapping answered it)."""
        table = col.ref
        mapped = self.mapping.value(col.name, text, state=table == "state")
        if table == "travel_alert":
            return str(resolve_alert(self.store, mapped or text)["id"])
        if mapped is not None:
            if _UUID.match(mapped) and self.store.get(table, mapped.lower()) is not None:
                return mapped.lower()
            try:
                return str(self.resolver.resolve(table, mapped)["id"])
            except LookupProblem as exc:
                raise LookupProblem(
                    Message("%1 is mapped to %2: %3", repr(text), repr(mapped), said(exc)), []
                ) from None
        if _UUID.match(text) and self.store.get(table, text.lower()) is not None:
            return text.lower()
        what = RESOLVABLE[table].lower()
        shared = shared_state_name(text) if table == "state" else ()
        if shared:
            names = self._state_names(shared)
            message = Message(
                "%1 is a name used for several States (%2); say which", repr(text), Typed(", ".join(names))
            )
            raise _Ask(what, text, message, names)
        try:
            return str(self.resolver.resolve(table, text)["id"])
        except LookupProblem as exc:
            raise _Ask(what, text, said(exc), exc.suggestions) from None

    def _state_names(self, iso3s: tuple[str, ...]) -> list[str]:
        """The United Nations' short names of the States of *iso3s*, in that order."""
        marks = ", ".join("?" for _ in iso3s)
        found = dict(
            self.store.db.execute(
                f"SELECT iso3, name FROM state WHERE iso3 IN ({marks}) AND deleted_at IS NULL", list(iso3s)
            ).fetchall()
        )
        return [str(found[i]) for i in iso3s if i in found]

    # -- a row that names its id -------------------------------------------------------------

    def _same_id(
        self,
        section: SectionPlan,
        row: RowPlan,
        kind: str,
        record_id: str,
        raw: dict[str, Any],
        extra: dict[str, str],
        where: Callable[[str], str],
    ) -> bool:
        """True when the row's id is already taken: the same record (skipped) or a conflict."""
        existing = self.store.get(kind, record_id, include_deleted=True)
        if existing is None:
            for table in TABLES:
                if table != kind and self.store.get(table, record_id, include_deleted=True) is not None:
                    self.problem(
                        section,
                        row,
                        where("id"),
                        Message("this id belongs to a %1", KindName(table, table.replace("_", " "))),
                    )
                    row.action = "rejected"
                    return True
            return False
        if record_id in self.added:
            other, number = self.added[record_id]
            self.problem(section, row, where("id"), _same_id_as(number, other, section))
        elif existing["deleted_at"] is not None:
            self.problem(
                section,
                row,
                where("id"),
                Message("this record was deleted; restore it (Edit ▸ Restore) or leave the id empty"),
            )
        else:
            mine, errors = validate(self.store, kind, raw, record_id)
            theirs, their_errors = validate(self.store, kind, {}, record_id)
            differ = [
                c.name
                for c in COLUMNS[kind]
                if c.field in raw
                and (errors.get(c.field) != their_errors.get(c.field) or mine.get(c.field) != theirs.get(c.field))
            ]
            if kind == "travel_alert":
                for name in ("status", "outcome"):
                    if extra.get(name, "") != (existing[name] or "") and (name != "status" or extra.get(name)):
                        differ.append(name)
            if differ:
                self.problem(
                    section,
                    row,
                    where("id"),
                    Message(
                        "a different %1 is recorded with this id (it differs in: %2); "
                        "leave the id empty to add it as a new record",
                        KindName(kind, kind_noun(kind)),
                        Typed(", ".join(differ)),
                    ),
                )
            else:
                row.action = "unchanged"
                row.record_id = record_id
                return True
        row.action = "rejected"
        return True

    # -- travel alerts: the step they have reached ------------------------------------------

    def _check_status(
        self, section: SectionPlan, row: RowPlan, extra: dict[str, str], where: Callable[[str], str]
    ) -> None:
        status, outcome = extra.get("status") or "reported", extra.get("outcome", "")
        statuses = [s.value for s in AlertStatus]
        outcomes = [o.value for o in AlertOutcome]
        columns = {c.field: c for c in COLUMNS["travel_alert"]}
        if status not in statuses:
            self.ask(section, row, columns["status"], where("status"), [self._ask_value("status", status)])
        if outcome and outcome not in outcomes:
            self.ask(section, row, columns["outcome"], where("outcome"), [self._ask_value("outcome", outcome)])
        elif status == AlertStatus.CLOSED and not outcome:
            self.problem(
                section, row, where("outcome"), Message("a closed alert needs its outcome: %1", ", ".join(outcomes))
            )
        elif outcome and status != AlertStatus.CLOSED:
            self.problem(section, row, where("outcome"), Message("an outcome is recorded only for a closed alert"))

    def _alert_status(self, alert_id: str, values: dict[str, Any], extra: dict[str, str]) -> None:
        """The alert at the step the file gives, with one step recorded: when it was received."""
        status = extra.get("status") or "reported"
        outcome = extra.get("outcome") or None
        if status != "reported" or outcome:
            self.store.update("travel_alert", alert_id, {"status": status, "outcome": outcome})
        day = values.get("received_at") or self.store.now()[:10]
        self.store.insert(
            "alert_step", {"alert_id": alert_id, "step": status, "at": day, "notes": f"imported from {self.plan.name}"}
        )

    # -- duplicates --------------------------------------------------------------------------

    def _duplicates(
        self, section: SectionPlan, row: RowPlan, kind: str, values: dict[str, Any], where: Callable[[str], str]
    ) -> list[str]:
        """Report a duplicate of a recorded record or of an earlier row; the fields it is judged on."""
        found = _DUPLICATE_FINDERS[kind](self, values)
        if found is None:
            return []
        other_id, fields = found
        columns = ", ".join(where(c) for c in fields)
        if other_id in self.added:
            other, number = self.added[other_id]
            message = _duplicate_of(number, other, section, _same_words(kind))
        else:
            record = self.store.get(kind, other_id)
            message = Message(
                "duplicate of a %1 already recorded (the same %2): “%3”, id %4",
                KindName(kind, kind_noun(kind)),
                _same_words(kind),
                Typed(_title(kind, record)),
                Typed(other_id[:8]),
            )
        self.problem(section, row, columns, message)
        return [c.field for c in COLUMNS[kind] if c.name in fields]

    def person_keys(self) -> dict[str, str]:
        if self._person_keys is None:
            keys: dict[str, str] = {}
            for p in self.store.rows("person", order_by="rowid"):
                for name in (p["name"], *p["aliases"]):
                    keys.setdefault(loose(name), p["id"])
            self._person_keys = keys
        return self._person_keys


def _kinds(kind: str) -> KindName:
    """The records of *kind*, as a message names them ("travel alerts")."""
    return KindName(kind, sheet_name(kind).lower(), plural=True)


def _same_id_as(number: int, other: SectionPlan, section: SectionPlan) -> Message:
    if other is section:
        if not section.title:
            return Message("the same id as row %1 of this file", number)
        return Message("the same id as row %1 of this sheet", number)
    return Message("the same id as row %1 of the sheet “%2”", number, Typed(other.title))


def _duplicate_of(number: int, other: SectionPlan, section: SectionPlan, same: Message) -> Message:
    if other is section:
        if not section.title:
            return Message("duplicate of row %1 of this file (the same %2)", number, same)
        return Message("duplicate of row %1 of this sheet (the same %2)", number, same)
    return Message("duplicate of row %1 of the sheet “%2” (the same %3)", number, Typed(other.title), same)


def _same_words(kind: str) -> Message:
    return {
        "travel_alert": Message("person, destinations and dates"),
        "letter": Message("State, date and addressee"),
        "activity": Message("kind, title and dates"),
        "person": Message("name"),
        "finding": Message("ICC document number"),
    }[kind]


def _title(kind: str, record: dict[str, Any] | None) -> str:
    if record is None:
        return "?"
    text = record.get("title") or record.get("name") or record.get("subject") or record.get("date_text") or ""
    return str(text)[:60]


def _dup_alert(rows: _Rows, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    found = duplicates.matches(rows.store, "travel_alert", values)
    return (found[0], ["person", "destinations", "date"]) if found else None


def _dup_letter(rows: _Rows, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    found = duplicates.matches(rows.store, "letter", values)
    return (found[0], ["state", "date", "addressee_office"]) if found else None


def _dup_activity(rows: _Rows, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    found = duplicates.matches(rows.store, "activity", values)
    return (found[0], ["kind", "title", "date"]) if found else None


def _dup_person(rows: _Rows, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    other = rows.person_keys().get(loose(values.get("name") or ""))
    return (other, ["name"]) if other else None


def _dup_finding(rows: _Rows, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    for number in values.get("documents") or []:
        found = rows.store.db.execute(
            "SELECT d.finding_id FROM finding_document d JOIN finding f ON f.id = d.finding_id "
            "WHERE d.number = ? AND d.deleted_at IS NULL AND f.deleted_at IS NULL",
            [number],
        ).fetchone()
        if found:
            return str(found[0]), ["documents"]
    return None


_DUPLICATE_FINDERS: dict[str, Callable[[_Rows, dict[str, Any]], tuple[str, list[str]] | None]] = {
    "travel_alert": _dup_alert,
    "letter": _dup_letter,
    "activity": _dup_activity,
    "person": _dup_person,
    "finding": _dup_finding,
}
