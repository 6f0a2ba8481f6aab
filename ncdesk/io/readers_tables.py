"""The tables of text every reader gives (CSV, workbooks, JSON): what a file may hold (`Limits`),
what is wrong with it (`Problem`, `ImportRejected`), rows kept compact (`Rows`, a workbook's
`SharedStrings`), the sheets, and the table built as its rows are read, its header found (`TableBuilder`)."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn, overload

from ncdesk.core.text import Message, Typed
from ncdesk.io.tabular import (
    EXAMPLE_MARK,
    HEADER_CHARS,
    day_of,
    header_fit,
    is_date_header,
    is_marked_example,
    is_template_example,
)


@dataclass(frozen=True)
class Limits:
    """What a file may hold. Tests pass smaller limits to reach them quickly."""

    file_bytes: int = 100 * 1024 * 1024
    rows: int = 100_000
    columns: int = 64
    cell_chars: int = 32_767  # Excel's own limit for a cell
    zip_members: int = 2_000
    zip_total_bytes: int = 256 * 1024 * 1024  # uncompressed, as the zip directory declares it
    zip_ratio: int = 200  # uncompressed/compressed, for members over 1 MB
    problems: int = 1_000  # stop listing after this many
    merged_ranges: int = 100_000  # per sheet
    header_rows: int = 20  # the header is looked for among the first rows that are not blank


LIMITS = Limits()


@dataclass(frozen=True)
class Problem:
    """What is wrong, where: the file, the sheet (workbooks), the row, the column."""

    file: str
    row: int | None
    field: str | None
    message: str
    sheet: str | None = None

    def line(self) -> str:
        where = self.file
        if self.sheet:
            where += f":{self.sheet}"
        if self.row is not None:
            where += f":{self.row}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ImportRejected(Exception):
    """The import cannot go ahead; nothing was written. `problems` lists every reason found."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        first = self.problems[0].line() if self.problems else "import rejected"
        more = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        super().__init__(f"import rejected: {first}{more}")


def reject(
    file: str, message: str, row: int | None = None, field: str | None = None, sheet: str | None = None
) -> NoReturn:
    raise ImportRejected(Problem(file, row, field, message, sheet))


_SEP = "\x00"  # joins a row's cells: a CSV cell cannot hold it (a NUL is refused), others rarely do
_REF = "\x01"  # starts a cell that is a workbook's shared string, by its number: "\x01" "17"


class SharedStrings(Sequence[str]):
    """A workbook's shared strings (every distinct text of its cells), kept compact: UTF-8 in blocks
    of 1,024, with where each ends. openpyxl keeps them as a list of strings, which costs two to
    four times their text; rows that name them by number (`Rows`) do not hold their text twice."""

    _BLOCK = 1024

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._blocks: list[bytes] = []
        self._ends = array("q")  # where each string ends in its block
        pending: list[bytes] = []
        end = 0
        for text in texts:
            data = text.encode("utf-8", "surrogatepass")
            end += len(data)
            pending.append(data)
            self._ends.append(end)
            if len(pending) == self._BLOCK:
                self._blocks.append(b"".join(pending))
                pending, end = [], 0
        if pending:
            self._blocks.append(b"".join(pending))

    def __len__(self) -> int:
        return len(self._ends)

    def text(self, index: int) -> str:
        """The string as plain text."""
        if not 0 <= index < len(self._ends):
            raise IndexError(f"no shared string {index}")
        start = self._ends[index - 1] if index % self._BLOCK else 0
        block = self._blocks[index // self._BLOCK]
        return block[start : self._ends[index]].decode("utf-8", "surrogatepass")

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        """The string as openpyxl asks for it, which says where it came from (`SharedText`)."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return SharedText(self, index)


class SharedText(str):
    """A cell's text that is a workbook's shared string: a `Rows` keeps its number, not its text."""

    table: SharedStrings
    number: int

    def __new__(cls, table: SharedStrings, index: int) -> SharedText:
        self = super().__new__(cls, table.text(index))
        self.table, self.number = table, index
        return self


class Rows(Sequence[tuple[int, list[str]]]):
    """Rows of text, (row number as the user sees it, cells), kept compact: each row is its cells
    joined by NUL in UTF-8 (a row whose cells hold a NUL is kept as a list), so that the rows of a
    file cost about the file's size, not the several times a list of strings per row costs (a
    Python string with one en dash costs two bytes a character). A workbook's cell that is one of
    its shared strings (`SharedText`) is kept as its number in `strings`: a text repeated down a
    column is held once, and a workbook's rows cost about its distinct texts.

    The cells of the columns in `dated` give the day of an ISO date and time ("2026-11-20 09:30")."""

    def __init__(self, rows: Iterable[tuple[int, list[str]]] = ()) -> None:
        self._numbers = array("q")
        self._cells: list[bytes | list[str]] = []
        self.dated: frozenset[int] = frozenset()
        self.strings: SharedStrings | None = None  # the workbook's, taken from the first shared text kept
        for row in rows:
            self.append(row)

    def append(self, row: tuple[int, list[str]]) -> None:
        number, cells = row
        self._numbers.append(number)
        parts: list[str] = []
        for c in cells:
            if isinstance(c, SharedText) and (self.strings is None or c.table is self.strings):
                self.strings = c.table
                parts.append(f"{_REF}{c.number}")
            elif _SEP in c or _REF in c:  # kept as it is: joined, it could not be told apart
                self._cells.append([str(c) for c in cells])
                return
            else:
                parts.append(c)
        self._cells.append(_SEP.join(parts).encode("utf-8", "surrogatepass") if cells else [])

    def __len__(self) -> int:
        return len(self._numbers)

    def numbers(self) -> Sequence[int]:
        """The rows' numbers, without reading their cells."""
        return self._numbers

    def _row(self, i: int) -> tuple[int, list[str]]:
        stored = self._cells[i]
        if isinstance(stored, list):
            cells = list(stored)
        else:
            cells = stored.decode("utf-8", "surrogatepass").split(_SEP)
            if self.strings is not None and b"\x01" in stored:
                strings = self.strings
                cells = [strings.text(int(c[1:])) if c.startswith(_REF) else c for c in cells]
        for c in self.dated:
            if c < len(cells):
                cells[c] = day_of(cells[c])
        return self._numbers[i], cells

    @overload
    def __getitem__(self, index: int) -> tuple[int, list[str]]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, list[str]]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, list[str]] | list[tuple[int, list[str]]]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        return self._row(range(len(self))[index])

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        return (self._row(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # unhashable, as the list it compares equal to

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"


@dataclass
class Sheet:
    """One table of text: a CSV file, a sheet of a workbook, or a JSON list of records.

    `rows` holds (row number as the user sees it, cells); `problems` what was wrong with cells
    that could still be read (a JSON value of the wrong type, a changed example row); `notes`
    what was not read and why (rows above the header, the template's example)."""

    title: str | None
    header: list[str]
    header_row: int
    rows: Rows
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Tables:
    """A file of rows in tables: CSV, a workbook, or JSON records."""

    name: str
    format: str  # csv, xlsx, json
    sheets: list[Sheet]
    ignored: list[str] = field(default_factory=list)  # workbook sheets not read, and why


@dataclass
class FullExport:
    """The complete ncdesk JSON export (format "ncdesk-export")."""

    name: str
    data: dict[str, Any]


# --- text --------------------------------------------------------------------------------------

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def cell_problem(text: str, limits: Limits = LIMITS) -> str | None:
    """Why a cell's text cannot be stored (None when it can)."""
    if len(text) > limits.cell_chars:
        return Message(
            "the cell holds %1 characters; at most %2 are read",
            Typed(f"{len(text):,}"),
            Typed(f"{limits.cell_chars:,}"),
        )
    if m := _ILLEGAL.search(text):
        return Message("contains the control character %1, which is not text", Typed(f"U+{ord(m.group()):04X}"))
    if _SURROGATE.search(text):
        return Message("contains an unpaired surrogate (U+D800–U+DFFF), which is not text")
    return None


def _quoted(rows: list[tuple[int, list[str]]], most: int = 100) -> str:
    """The texts of rows not read, for a note: ‘Focal points — travel tracker’."""
    texts: list[str] = []
    for _, cells in rows:
        for c in cells:
            text = " ".join(c.split())
            if text and text not in texts:
                texts.append(text)
    joined = "; ".join(texts)
    return "‘" + (joined if len(joined) <= most else joined[: most - 1] + "…") + "’"


def _header_like(cells: list[str], below: list[str] | None) -> bool:
    """Does a row look like a header, when no row names the columns of a kind? At least two cells,
    every one a short text (a letter in it: not a number, not a numeric date), hardly a gap between
    the first and the last (two thirds filled), and a row below with at least two values under them
    (a title of one cell, a date under it, a table of one row are not)."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if len(filled) < 2 or below is None:
        return False
    if not all(len(cells[i].strip()) <= HEADER_CHARS and any(ch.isalpha() for ch in cells[i]) for i in filled):
        return False
    if len(filled) * 3 < (filled[-1] - filled[0] + 1) * 2:
        return False
    return sum(1 for i in range(filled[0], min(filled[-1] + 1, len(below))) if below[i].strip()) >= 2


class TableBuilder:
    """A sheet built as its rows are read. The header is the first of the first rows (not blank)
    that names the columns of a kind (`tabular.header_fit`); failing that, the one that names the
    most, else the first row. Rows above it are not read, and said so; blank rows are skipped; a
    template's example row, still marked and unchanged, is skipped and said so."""

    def __init__(self, title: str | None, name: str, limits: Limits) -> None:
        self.title, self.name, self.limits = title, name, limits
        self.read = 0  # rows read, blank or not
        self.pending: list[tuple[int, list[str]]] = []
        self.header: list[str] | None = None
        self.header_row = 0
        self.rows = Rows()
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self.examples: list[int] = []

    def add(self, number: int, cells: list[str]) -> None:
        self.read += 1
        if not any(c.strip() for c in cells):
            return
        if self.header is not None:
            self._body(number, cells)
            return
        self.pending.append((number, cells))
        if header_fit(cells)[0] or len(self.pending) >= self.limits.header_rows:
            self._find_header()

    def _find_header(self) -> None:
        fits = [header_fit(cells) for _, cells in self.pending]
        found = next((i for i, (enough, _) in enumerate(fits) if enough), None)
        if found is None:
            # No row names a kind's columns: the header is still the row that looks like one (its
            # columns are then asked), the one naming the most columns first; else as before.
            rows = [cells for _, cells in self.pending]
            like = [i for i in range(len(rows)) if _header_like(rows[i], rows[i + 1] if i + 1 < len(rows) else None)]
            candidates = like or list(range(len(rows)))
            most = max((fits[i][1] for i in candidates), default=0)
            found = next((i for i in candidates if fits[i][1] == most), 0) if most or like else 0
        above, (self.header_row, header), rest = self.pending[:found], self.pending[found], self.pending[found + 1 :]
        self.pending = []
        header = [h.strip() for h in header]
        while header and not header[-1]:
            header.pop()
        self.header = header
        self.rows.dated = frozenset(i for i, h in enumerate(header) if h and is_date_header(h))
        if above:
            if self.header_row == 2:
                note = Message("row 1 above the header is not read: %1", Typed(_quoted(above)))
            else:
                note = Message(
                    "rows 1–%1 above the header are not read: %2", self.header_row - 1, Typed(_quoted(above))
                )
            self.notes.append(note)
        for number, cells in rest:
            self._body(number, cells)

    def _body(self, number: int, cells: list[str]) -> None:
        assert self.header is not None
        if self._repeats_header(cells):
            self.notes.append(Message("row %1 repeats the header: not read", number))
            return
        if "(" in _SEP.join(cells) and is_marked_example(cells):
            if is_template_example(self.header, cells):
                self.notes.append(Message("row %1 is the import template's example: not imported", number))
                return
            self.problems.append(
                Problem(
                    self.name,
                    number,
                    None,
                    Message(
                        "this row is marked as the template's example (%1) but holds other values: "
                        "delete that cell to import the row, or delete the row",
                        Typed(f"“{EXAMPLE_MARK}”"),
                    ),
                    self.title,
                )
            )
            return
        self.rows.append((number, cells))

    def _repeats_header(self, cells: list[str]) -> bool:
        """A row whose every cell is the header's own (a header cell merged over two rows, a header
        repeated further down): it names the columns, it is no record."""
        assert self.header is not None
        header = self.header
        same = 0
        for i, c in enumerate(cells):
            if not c.strip():
                continue
            if i >= len(header) or c.strip().casefold() != header[i].casefold():
                return False
            same += 1
        return same > 0 and header_fit(cells)[0]

    def sheet(self) -> Sheet:
        if self.header is None and self.pending:
            self._find_header()
        if self.header is None:
            reject(
                self.name, Message("the first row must name the columns (see the template)"), row=1, sheet=self.title
            )
        notes = self.notes
        if self.title:
            notes = [Message("sheet “%1”: %2", Typed(self.title), n) for n in notes]
        return Sheet(self.title, self.header, self.header_row, self.rows, self.problems, notes)


CHUNK = 1 << 20  # what is read of a file or a workbook's part at a time
