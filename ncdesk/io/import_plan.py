"""The plan of an import (issue 23, split from `importing`): `ImportPlan` (what an import would do, and
what it asks), its sections (`SectionPlan`, the rows of one kind) and rows (`RowPlan`), and the
`Progress` callback. Nothing here reads a file or the database: `importing` fills a plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ncdesk.core.text import loose
from ncdesk.io.readers_tables import FullExport, Problem, Tables
from ncdesk.io.tabular import Column, sheet_name
from ncdesk.io.values import Mapping, Question, shape_key

Progress = Callable[[int, int], None]


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
