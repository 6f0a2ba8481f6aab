"""Reading the files people bring: CSV, Excel workbooks (.xlsx) and JSON, into rows of text.

Every way a file can be wrong ends here as one `ImportRejected` that names the file (and the
row and column when there is one) and says what was expected. Nothing here touches the
database. The limits keep a hostile or damaged file from taking the machine's memory or
time: the file's size, the rows and columns, the length of a cell, and for a workbook the
sizes its zip directory declares (checked before openpyxl opens it, so a zip bomb is refused
unread; so is a workbook any part of which declares a DTD or entities, an entity bomb).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gc
import io
import itertools
import json
import math
import re
import warnings
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn, overload

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


def _encoding(head: bytes) -> str:
    """UTF-8, or what the byte-order mark at the start of a text says."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return enc
    return "utf-8"


def _not_text(name: str, encoding: str, line: int, bad: bytes) -> NoReturn:
    if encoding.startswith("utf-8"):
        message = Message(
            "the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” "
            "(Excel) or “Unicode (UTF-8)” (LibreOffice)",
            Typed(f"0x{bad.hex()}"),
            line,
        )
    else:
        message = Message("the file is not valid %1 text (line %2)", Typed(encoding.upper()), line)
    reject(name, message)


def _has_nul(name: str, line: int) -> NoReturn:
    reject(
        name,
        Message("contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)", line),
    )


def decode(data: bytes, name: str) -> str:
    """The text of a file in UTF-8 (with or without a byte-order mark) or UTF-16/32 with one."""
    encoding = _encoding(data[:4])
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        _not_text(name, encoding, data[: exc.start].count(b"\n") + 1, data[exc.start : exc.start + 1])
    if "\x00" in text:
        _has_nul(name, text[: text.index("\x00")].count("\n") + 1)
    return text


def _text_chunks(stream: IO[bytes], name: str) -> Iterator[str]:
    """The text of a stream, decoded a chunk at a time (the encoding as `decode` finds it), with the
    same refusals, naming the line: bytes that are not text in that encoding, a NUL."""
    encoding = _encoding(stream.read(4))
    stream.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    raw_lines = text_lines = 0  # newlines before the chunk, in the bytes and in the text
    while True:
        chunk = stream.read(_CHUNK)
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            seen = pending + chunk
            line = raw_lines - pending.count(b"\n") + seen[: exc.start].count(b"\n") + 1
            _not_text(name, encoding, line, seen[exc.start : exc.start + 1])
        raw_lines += chunk.count(b"\n")
        if "\x00" in text:
            _has_nul(name, text_lines + text[: text.index("\x00")].count("\n") + 1)
        text_lines += text.count("\n")
        if text:
            yield text
        if not chunk:
            return


def _lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines with their ends (\\n, \\r\\n or \\r), as the csv module wants them, from text in chunks."""
    carry: list[str] = []
    for chunk in chunks:
        if "\n" not in chunk and "\r" not in chunk:
            carry.append(chunk)
            continue
        lines = io.StringIO("".join(carry) + chunk, newline="").readlines()
        carry = []
        last = lines[-1]
        if not last.endswith("\n"):  # unfinished, or a \\r that may be followed by \\n
            carry.append(lines.pop())
        yield from lines
    if carry:
        yield "".join(carry)


# --- CSV ---------------------------------------------------------------------------------------


def _delimiter(first: str) -> str:
    """Comma, semicolon (Excel in many European locales) or tab: whichever the header uses most."""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes | IO[bytes], name: str, limits: Limits = LIMITS) -> Tables:
    """A CSV file read as a stream: its rows are kept compact (`Rows`), never the whole text."""
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    lines = _lines(_text_chunks(stream, name))
    number = 0
    first = next(lines, "")
    if re.fullmatch(r"sep=.", first.strip()):  # Excel's hint line: "sep=;"
        delimiter, number = first.strip()[4], 1
    else:
        delimiter = _delimiter(first)
        lines = itertools.chain([first], lines)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    table = _Table(None, name, limits)
    try:
        for cells in reader:
            number += 1
            if table.read > limits.rows:
                reject(name, Message("more than %1 rows; split the file", Typed(f"{limits.rows:,}")))
            if len(cells) > limits.columns:
                reject(name, Message("%1 columns; at most %2 are read", len(cells), limits.columns), row=number)
            table.add(number, cells)
    except csv.Error as exc:
        reject(name, Message("cannot be read as CSV: %1", Typed(exc)), row=number + 1)
    return Tables(name, "csv", [table.sheet()])


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


class _Table:
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


# --- Excel -------------------------------------------------------------------------------------

_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def _check_zip(data: IO[bytes], name: str, limits: Limits) -> None:
    """Refuse a workbook whose zip directory promises more than we will read (a zip bomb)."""
    try:
        with zipfile.ZipFile(data) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        reject(
            name, Message("not a readable Excel workbook (.xlsx): the file is damaged or truncated (%1)", Typed(exc))
        )
    if len(members) > limits.zip_members:
        reject(
            name,
            Message(
                "the workbook holds %1 parts; at most %2 are read",
                Typed(f"{len(members):,}"),
                Typed(f"{limits.zip_members:,}"),
            ),
        )
    if any(m.flag_bits & 0x1 for m in members):
        reject(name, Message("the workbook is encrypted or password-protected; save an unprotected copy"))
    total = sum(m.file_size for m in members)
    if total > limits.zip_total_bytes:
        reject(
            name,
            Message(
                "the workbook unpacks to %1 bytes; at most %2 are read (a damaged file or a zip bomb)",
                Typed(f"{total:,}"),
                Typed(f"{limits.zip_total_bytes:,}"),
            ),
        )
    for m in members:
        if m.file_size > 1024 * 1024 and m.file_size > limits.zip_ratio * max(m.compress_size, 1):
            reject(
                name,
                Message(
                    "the part %1 is compressed %2 to 1: refused",
                    Typed(m.filename),
                    Typed(f"{m.file_size // max(m.compress_size, 1):,}"),
                ),
            )
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        if "mimetype" in names or "content.xml" in names:
            reject(name, Message("an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)"))
        reject(name, Message("a zip file but not an Excel workbook (.xlsx)"))
    _check_declarations(data, name, members)


# What declares a DTD or an entity, as it is written in UTF-8 and in UTF-16 (either order), in lower case.
_DECLARATIONS = tuple(
    word.encode(codec) for word in ("<!doctype", "<!entity") for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1 << 20


def _check_declarations(data: IO[bytes], name: str, members: list[zipfile.ZipInfo]) -> None:
    """Refuse, before openpyxl parses anything, a workbook any part of which (the sheets, the shared
    strings, the workbook, the styles, the relationships…) declares a DTD or entities: openpyxl reads
    some parts with the standard library's parser, which expands entities (an "XML bomb")."""
    overlap = max(len(d) for d in _DECLARATIONS) - 1
    with zipfile.ZipFile(data) as archive:  # opened once already by _check_zip
        for m in members:
            try:
                found = _declares(archive, m, overlap)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error):
                continue  # a damaged part: openpyxl says so if it needs it, and reads nothing else of it
            if found:
                reject(
                    name,
                    Message(
                        "the workbook's XML declares entities or a DTD (an XML bomb?), in %1; refused unread",
                        Typed(m.filename),
                    ),
                )


def _declares(archive: zipfile.ZipFile, member: zipfile.ZipInfo, overlap: int) -> bool:
    with archive.open(member) as part:
        tail = b""
        while chunk := part.read(_CHUNK):
            window = (tail + chunk).lower()
            if any(d in window for d in _DECLARATIONS):
                return True
            tail = window[-overlap:]
    return False


def _text_of(value: Any) -> str:  # noqa: PLR0911 - a return per kind of spreadsheet value
    """A cell's value as the text the importer reads."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):  # a date with an hour: its day (nothing imported holds a time)
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


SheetVisitor = Callable[[str, Iterator[tuple[int, list[str]]]], None]


Workbook = bytes | IO[bytes]  # a workbook's bytes, or a file open on it (read from where it lies, never held)


def _each_sheet(source: Workbook, name: str, limits: Limits, visit: SheetVisitor) -> None:
    """Hand every sheet's rows of text, as they are read, to *visit*. Any failure of openpyxl is a rejection."""
    data = io.BytesIO(source) if isinstance(source, bytes) else source
    if data.read(len(_OLE2)) == _OLE2:
        reject(name, Message("an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)"))
    _check_zip(data, name, limits)
    try:
        _read_xlsx(data, name, limits, visit)
    except ImportRejected:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on bad files; one error for them all
        chain: list[BaseException] = []
        cause: BaseException | None = exc
        while cause is not None and len(chain) < 10:
            chain.append(cause)
            cause = cause.__cause__ or cause.__context__
        if any(type(c).__module__.startswith("defusedxml") for c in chain):
            reject(name, Message("the workbook's XML declares entities or a DTD (an XML bomb?); refused unread"))
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        what = Typed(f"{type(exc).__name__}{': ' + detail if detail else ''}")
        reject(name, Message("not a readable Excel workbook (.xlsx): %1", what))


def read_xlsx(data: Workbook, name: str, limits: Limits = LIMITS) -> list[tuple[str, Rows]]:
    """Every sheet of a workbook: (title, rows of text, merged cells spread)."""
    sheets: list[tuple[str, Rows]] = []
    _each_sheet(data, name, limits, lambda title, rows: sheets.append((title, Rows(rows))))
    return sheets


def _read_xlsx(data: IO[bytes], name: str, limits: Limits, visit: SheetVisitor) -> None:
    with warnings.catch_warnings():
        # Unsupported extensions (data validation, conditional formatting) are warned about and
        # dropped by openpyxl; they do not matter to an import.
        warnings.simplefilter("ignore")
        book = _load_workbook(data)
        # openpyxl sizes each sheet when it opens it (`ReadOnlyWorksheet._get_size`); a sheet that
        # does not declare its size (openpyxl's own write-only mode) is parsed to its end for it, and
        # that parse, left unfinished, keeps an element per row in a reference cycle: garbage that
        # stayed until Python's collector ran, often with every row read (0.4x a 20 MB workbook).
        gc.collect()
        try:
            for ws in book.worksheets:
                title = str(ws.title)
                visit(title, _sheet_rows(ws, _merged_ranges(book, ws, name, title, limits), name, title, limits))
        finally:
            book.close()


def _load_workbook(data: IO[bytes]) -> Any:
    """openpyxl's `load_workbook(data, read_only=True, data_only=True, keep_links=False)`, its shared
    strings kept compact (`SharedStrings`) rather than as a list of strings. A file object, not a
    path: openpyxl refuses a path by its extension, and a workbook is known by its content."""
    # imported here: the CLI's other commands start faster
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS

    class Reader(ExcelReader):  # type: ignore[misc]  # openpyxl is not typed
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as src:
                    self.shared_strings = SharedStrings(_each_string(src))

    data.seek(0)
    reader = Reader(data, read_only=True, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


def _each_string(src: IO[bytes]) -> Iterator[str]:
    """The shared strings one at a time, read as openpyxl's `read_string_table` reads them (its
    parser, defusedxml's when installed, and its unescaping), without the list it makes of them all
    nor the parsed elements it keeps."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    tag = f"{{{SHEET_MAIN_NS}}}si"
    root = None
    for event, node in iterparse(src, events=("start", "end")):
        if root is None:
            root = node
        elif event == "end" and node.tag == tag:
            yield Text.from_tree(node).content.replace("x005F_", "")
            root.clear()  # the strings read so far: their elements are no longer needed


# A merged range as a sheet's XML lists it (after the rows): <mergeCell ref="B3:B5"/>.
_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*[\"']([A-Za-z]{1,3}[0-9]{1,7}(?::[A-Za-z]{1,3}[0-9]{1,7})?)[\"']"
)


def _merged_ranges(book: Any, ws: Any, name: str, title: str, limits: Limits) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (first column, first row, last column, last row), read from its XML
    a chunk at a time: openpyxl's read-only mode, which streams the rows, does not give them."""
    from openpyxl.utils.cell import range_boundaries

    archive, path = getattr(book, "_archive", None), getattr(ws, "_worksheet_path", None)
    if archive is None or path is None:
        return []
    found: list[tuple[int, int, int, int]] = []
    with archive.open(path) as part:
        tail = b""
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            end = window.rfind(b">") + 1  # whole tags only; the rest waits for the next chunk
            if b"mergeCell" in window[:end]:
                for m in _MERGE.finditer(window, 0, end):
                    c1, r1, c2, r2 = range_boundaries(m[1].decode("ascii"))
                    if (c1, r1) == (c2, r2) or c1 is None or r1 is None or c2 is None or r2 is None:
                        continue
                    found.append((c1, r1, c2, r2))
                    if len(found) > limits.merged_ranges:
                        reject(
                            name,
                            Message("more than %1 merged ranges in a sheet", Typed(f"{limits.merged_ranges:,}")),
                            sheet=title,
                        )
            tail = window[end:][-4096:]
    return found


def _sheet_values(ws: Any, max_col: int) -> Iterator[tuple[Any, ...]]:
    """The values of a read-only sheet's rows, as `ws.iter_rows(max_col=max_col, values_only=True)`
    gives them (rows the XML leaves out given empty, up to the last row the sheet declares), each
    converted by openpyxl's own parser (dates, numbers, booleans, shared and inline strings, errors),
    but each row's element dropped once read: openpyxl's parser empties a row's element and keeps it
    until the sheet ends, about 90 bytes a row (9 MB for 100,000 rows), and it keeps the attributes
    of every row that has more than a number (LibreOffice writes a height for each row)."""
    from openpyxl.worksheet import _reader as sheet_reader
    from openpyxl.xml.functions import iterparse

    class Parser(sheet_reader.WorkSheetParser):  # type: ignore[misc]  # openpyxl is not typed
        def parse(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
            """openpyxl's `WorkSheetParser.parse`, its parts of the sheet read as it reads them (a
            damaged one refused as it refuses it), but the rows read so far taken out of the tree
            and the rows' heights not kept (a read-only sheet keeps neither)."""
            dispatcher = {
                sheet_reader.COL_TAG: self.parse_column_dimensions,
                sheet_reader.PROT_TAG: self.parse_sheet_protection,
                sheet_reader.EXT_TAG: self.parse_extensions,
                sheet_reader.CF_TAG: self.parse_formatting,
                sheet_reader.LEGACY_TAG: self.parse_legacy,
                sheet_reader.ROW_BREAK_TAG: self.parse_row_breaks,
                sheet_reader.COL_BREAK_TAG: self.parse_col_breaks,
                sheet_reader.CUSTOM_VIEWS_TAG: self.parse_custom_views,
            }
            properties = {
                sheet_reader.PRINT_TAG: ("print_options", sheet_reader.PrintOptions),
                sheet_reader.MARGINS_TAG: ("page_margins", sheet_reader.PageMargins),
                sheet_reader.PAGE_TAG: ("page_setup", sheet_reader.PrintPageSetup),
                sheet_reader.HEADER_TAG: ("HeaderFooter", sheet_reader.HeaderFooter),
                sheet_reader.FILTER_TAG: ("auto_filter", sheet_reader.AutoFilter),
                sheet_reader.VALIDATION_TAG: ("data_validations", sheet_reader.DataValidationList),
                sheet_reader.PROPERTIES_TAG: ("sheet_properties", sheet_reader.WorksheetProperties),
                sheet_reader.VIEWS_TAG: ("views", sheet_reader.SheetViewList),
                sheet_reader.FORMAT_TAG: ("sheet_format", sheet_reader.SheetFormatProperties),
                sheet_reader.SCENARIOS_TAG: ("scenarios", sheet_reader.ScenarioList),
                sheet_reader.TABLE_TAG: ("tables", sheet_reader.TablePartList),
                sheet_reader.HYPERLINK_TAG: ("hyperlinks", sheet_reader.HyperlinkList),
                sheet_reader.MERGE_TAG: ("merged_cells", sheet_reader.MergeCells),
            }
            sheet_data = None
            for event, element in iterparse(self.source, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == sheet_reader.DATA_TAG and sheet_data is None:
                        sheet_data = element
                elif tag in dispatcher:
                    dispatcher[tag](element)
                    element.clear()
                elif tag in properties:
                    attribute, kind = properties[tag]
                    setattr(self, attribute, kind.from_tree(element))
                    element.clear()
                elif tag == sheet_reader.ROW_TAG:
                    row = self.parse_row(element)
                    element.clear()
                    if sheet_data is not None:
                        del sheet_data[:]  # the rows read: nothing refers to them any more
                    self.row_dimensions.clear()
                    yield row

    book = ws.parent
    max_row = ws.max_row
    empty_row = (None,) * max_col
    counter = idx = 1
    with ws._get_source() as src:  # the sheet's part, as openpyxl opens it
        parser = Parser(
            src,
            ws._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for idx, row in parser.parse():
            if max_row is not None and idx > max_row:
                break
            for _ in range(counter, idx):  # rows the XML leaves out
                counter += 1
                yield empty_row
            if counter <= idx:
                counter += 1
                yield ws._get_row(row, 1, max_col, values_only=True)
    if max_row is not None and max_row < idx:
        for _ in range(counter, max_row + 1):
            yield empty_row


def _sheet_rows(
    ws: Any, merges: list[tuple[int, int, int, int]], name: str, title: str, limits: Limits
) -> Iterator[tuple[int, list[str]]]:
    """A sheet's rows of text, one at a time; a merged range gives its value to every cell of it."""
    starts: dict[int, list[tuple[int, int, int, int]]] = {}
    for rng in merges:
        if rng[0] <= limits.columns:
            starts.setdefault(rng[1], []).append(rng)
    active: list[tuple[int, int, int, str]] = []  # first and last column, last row, value
    for number, values in enumerate(_sheet_values(ws, limits.columns + 1), start=1):
        if number > limits.rows + 1:
            reject(name, Message("more than %1 rows; split the file", Typed(f"{limits.rows:,}")), sheet=title)
        if len(values) > limits.columns and values[limits.columns] not in (None, ""):
            reject(name, Message("more than %1 columns", limits.columns), row=number, sheet=title)
        cells = [_text_of(v) for v in values[: limits.columns]]
        for c1, _, c2, r2 in starts.pop(number, ()):
            value = cells[c1 - 1] if c1 <= len(cells) else ""
            if value.strip():
                active.append((c1, min(c2, limits.columns), r2, value))
        if active:
            active = [a for a in active if a[2] >= number]
            for c1, c2, _, value in active:
                cells.extend([""] * (c2 - len(cells)))
                cells[c1 - 1 : c2] = [value] * (c2 - c1 + 1)
        while cells and cells[-1] == "":
            cells.pop()
        yield number, cells


def tables_from_xlsx(data: Workbook, name: str, limits: Limits = LIMITS) -> Tables:
    sheets: list[Sheet] = []

    def visit(title: str, rows: Iterator[tuple[int, list[str]]]) -> None:
        table = _Table(title, name, limits)
        for number, cells in rows:
            table.add(number, cells)
        if table.header is not None or table.pending:  # a sheet of blank rows is no table
            sheets.append(table.sheet())

    _each_sheet(data, name, limits, visit)
    if not sheets:
        reject(name, Message("the workbook has no rows"))
    return Tables(name, "xlsx", sheets)


# --- JSON --------------------------------------------------------------------------------------


def _no_constant(word: str) -> Any:
    raise ValueError(f"{word} is not a JSON number")


def read_json(data: bytes, name: str) -> Any:
    text = decode(data, name)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        reject(name, Message("not valid JSON: %1", Typed(exc.msg)), row=exc.lineno)
    except RecursionError:
        reject(name, Message("the JSON is nested too deeply"))
    except ValueError as exc:  # an integer of thousands of digits, NaN, Infinity
        reject(name, Message("not valid JSON: %1", Typed(exc)))


def _json_cell(value: Any) -> str | None:
    """A JSON value as cell text; None when it is not a value a cell can hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _text_of(value)
    if isinstance(value, list):
        items = [_json_cell(v) for v in value]
        if any(i is None or isinstance(v, list) for i, v in zip(items, value, strict=True)):
            return None
        return "\n".join(i for i in items if i is not None)
    return None


def tables_from_records(records: list[Any], name: str, limits: Limits = LIMITS) -> Tables:
    """A JSON list of objects, one record each, keyed by the same columns as the CSV."""
    if len(records) > limits.rows:
        reject(name, Message("more than %1 records; split the file", Typed(f"{limits.rows:,}")))
    header: list[str] = []
    for number, rec in enumerate(records, start=1):
        if not isinstance(rec, dict):
            reject(
                name,
                Message("record %1 is a JSON %2; each record must be an object", number, Typed(type(rec).__name__)),
                row=number,
            )
        for key in rec:
            if key not in header:
                header.append(key)
                if len(header) > limits.columns:
                    reject(name, Message("more than %1 different keys", limits.columns), row=number)
    if not header:
        reject(name, Message("the records have no fields"))
    sheet = Sheet(None, header, 0, Rows())
    for number, rec in enumerate(records, start=1):
        cells = []
        for key in header:
            text = _json_cell(rec.get(key))
            if text is None:
                kind = type(rec.get(key)).__name__
                sheet.problems.append(
                    Problem(
                        name,
                        number,
                        key,
                        Message("a JSON %1 here; expected text, a number or a list of texts", Typed(kind)),
                    )
                )
                text = ""
            cells.append(text)
        if any(c.strip() for c in cells):
            sheet.rows.append((number, cells))
    return Tables(name, "json", [sheet])


# --- any file ----------------------------------------------------------------------------------


def sniff(data: bytes, suffix: str) -> str:
    """csv, xlsx or json: by the content first (a workbook is a zip), then by the name."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06") or data.startswith(_OLE2):
        return "xlsx"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".json":
        return "json"
    head = data[:64].lstrip(codecs.BOM_UTF8).lstrip()
    if suffix not in (".csv", ".tsv", ".txt") and head[:1] in (b"{", b"["):
        return "json"
    return "csv"


def read_file(path: Path, limits: Limits = LIMITS) -> Tables | FullExport:
    """Read *path* into tables of text (or the full export); raises ImportRejected."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            reject(
                name,
                Message(
                    "the file is %1 bytes; at most %2 are read", Typed(f"{size:,}"), Typed(f"{limits.file_bytes:,}")
                ),
            )
        with path.open("rb") as stream:
            head = stream.read(_CHUNK)
            if len(head) == size and not head.strip():
                reject(name, Message("the file is empty"))
            kind = sniff(head, path.suffix.lower())
            stream.seek(0)
            if kind == "csv":  # read as a stream: its rows cost about its size
                return read_csv(stream, name, limits)
            if kind == "xlsx":  # read from the file, a part at a time: its bytes are not held
                return tables_from_xlsx(stream, name, limits)
            data = stream.read()
    except IsADirectoryError:
        reject(name, Message("is a folder, not a file"))
    except FileNotFoundError:
        reject(name, Message("no such file"))
    except PermissionError:
        reject(name, Message("cannot be read (no permission)"))
    except OSError as exc:
        reject(name, Message("cannot be read: %1", Typed(exc.strerror or exc)))
    return read_bytes(data, name, path.suffix.lower(), limits)


def read_bytes(data: bytes, name: str, suffix: str = "", limits: Limits = LIMITS) -> Tables | FullExport:
    if len(data) > limits.file_bytes:
        reject(
            name,
            Message(
                "the file is %1 bytes; at most %2 are read", Typed(f"{len(data):,}"), Typed(f"{limits.file_bytes:,}")
            ),
        )
    if not data.strip():
        reject(name, Message("the file is empty"))
    kind = sniff(data, suffix)
    if kind == "xlsx":
        return tables_from_xlsx(data, name, limits)
    if kind == "csv":
        return read_csv(data, name, limits)
    value = read_json(data, name)
    if isinstance(value, dict) and "format" in value:
        return FullExport(name, value)
    if isinstance(value, list):
        if not value:
            reject(name, Message("the list holds no records"))
        return tables_from_records(value, name, limits)
    if isinstance(value, dict):
        got = Message("an object with keys %1", Typed(", ".join(map(repr, list(value)[:5]))))
    else:
        got = Message("a value")
    reject(
        name,
        Message(
            'expected a list of records ([{...}, ...]) or an ncdesk export ({"format": "ncdesk-export", ...}); '
            "found %1",
            got,
        ),
    )


def text_problems(name: str, sheet: Sheet, limits: Limits = LIMITS) -> Iterator[Problem]:
    """Cells whose text cannot be stored (too long, control characters)."""
    for number, cells in sheet.rows:
        for column, text in zip(sheet.header, cells, strict=False):
            why = cell_problem(text, limits)
            if why:
                yield Problem(name, number, column, why, sheet.title)


def strings(value: Any) -> Iterable[str]:
    """Every string inside a JSON value (keys included)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
