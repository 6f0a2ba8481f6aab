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
import io
import json
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from ncdesk.core.text import Message, Typed


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


@dataclass
class Sheet:
    """One table of text: a CSV file, a sheet of a workbook, or a JSON list of records.

    `rows` holds (row number as the user sees it, cells); `problems` what was wrong with cells
    that could still be read (a JSON value of the wrong type)."""

    title: str | None
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]]
    problems: list[Problem] = field(default_factory=list)


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


def decode(data: bytes, name: str) -> str:
    """The text of a file in UTF-8 (with or without a byte-order mark) or UTF-16/32 with one."""
    encoding = "utf-8"
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            encoding = enc
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        if encoding.startswith("utf-8"):
            message = Message(
                "the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” "
                "(Excel) or “Unicode (UTF-8)” (LibreOffice)",
                Typed(f"0x{bad}"),
                line,
            )
        else:
            message = Message("the file is not valid %1 text (line %2)", Typed(encoding.upper()), line)
        reject(name, message)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        reject(
            name,
            Message("contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)", line),
        )
    return text


# --- CSV ---------------------------------------------------------------------------------------


def _delimiter(text: str) -> str:
    """Comma, semicolon (Excel in many European locales) or tab: whichever the header uses most."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, name: str, limits: Limits = LIMITS) -> Tables:
    text = decode(data, name)
    number = 0
    first = text.split("\n", 1)[0].strip()
    if re.fullmatch(r"sep=.", first):  # Excel's hint line: "sep=;"
        delimiter, text, number = first[4], text.split("\n", 1)[1] if "\n" in text else "", 1
    else:
        delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            number += 1
            if len(rows) > limits.rows:
                reject(name, Message("more than %1 rows; split the file", Typed(f"{limits.rows:,}")))
            if len(cells) > limits.columns:
                reject(name, Message("%1 columns; at most %2 are read", len(cells), limits.columns), row=number)
            rows.append((number, cells))
    except csv.Error as exc:
        reject(name, Message("cannot be read as CSV: %1", Typed(exc)), row=number + 1)
    return Tables(name, "csv", [_sheet(None, rows, name)])


def _sheet(title: str | None, rows: list[tuple[int, list[str]]], name: str) -> Sheet:
    """The first row is the header; blank rows are skipped; cells are stripped of outer spaces."""
    if not rows or not any(c.strip() for c in rows[0][1]):
        reject(
            name,
            Message("the first row must name the columns (see the template)"),
            row=rows[0][0] if rows else 1,
            sheet=title,
        )
    header_row, header = rows[0]
    body = [(n, cells) for n, cells in rows[1:] if any(c.strip() for c in cells)]
    return Sheet(title, [h.strip() for h in header], header_row, body)


# --- Excel -------------------------------------------------------------------------------------

_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def _check_zip(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a workbook whose zip directory promises more than we will read (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
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


def _check_declarations(data: bytes, name: str, members: list[zipfile.ZipInfo]) -> None:
    """Refuse, before openpyxl parses anything, a workbook any part of which (the sheets, the shared
    strings, the workbook, the styles, the relationships…) declares a DTD or entities: openpyxl reads
    some parts with the standard library's parser, which expands entities (an "XML bomb")."""
    overlap = max(len(d) for d in _DECLARATIONS) - 1
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # opened once already by _check_zip
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


def _text_of(value: Any) -> str:
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
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_xlsx(data: bytes, name: str, limits: Limits = LIMITS) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """Every sheet of a workbook: (title, rows of text). Any failure of openpyxl is a rejection."""
    if data.startswith(_OLE2):
        reject(name, Message("an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)"))
    _check_zip(data, name, limits)
    try:
        return _read_xlsx(data, name, limits)
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


def _read_xlsx(data: bytes, name: str, limits: Limits) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    import openpyxl  # imported here: the CLI's other commands start faster

    with warnings.catch_warnings():
        # Unsupported extensions (data validation, conditional formatting) are warned about and
        # dropped by openpyxl; they do not matter to an import.
        warnings.simplefilter("ignore")
        return _read_book(openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False),
                          name, limits)  # fmt: skip


def _read_book(book: Any, name: str, limits: Limits) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    try:
        sheets = []
        for ws in book.worksheets:
            rows: list[tuple[int, list[str]]] = []
            title = str(ws.title)
            for number, values in enumerate(ws.iter_rows(max_col=limits.columns + 1, values_only=True), start=1):
                if number > limits.rows + 1:
                    reject(name, Message("more than %1 rows; split the file", Typed(f"{limits.rows:,}")), sheet=title)
                if len(values) > limits.columns and values[limits.columns] not in (None, ""):
                    reject(name, Message("more than %1 columns", limits.columns), row=number, sheet=title)
                cells = [_text_of(v) for v in values[: limits.columns]]
                while cells and cells[-1] == "":
                    cells.pop()
                rows.append((number, cells))
            sheets.append((title, rows))
        return sheets
    finally:
        book.close()


def tables_from_xlsx(data: bytes, name: str, limits: Limits = LIMITS) -> Tables:
    found = read_xlsx(data, name, limits)
    sheets = []
    for title, rows in found:
        while rows and not any(c.strip() for c in rows[-1][1]):
            rows.pop()
        if not rows:
            continue
        sheets.append(_sheet(title, rows, name))
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
    sheet = Sheet(None, header, 0, [])
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
        data = path.read_bytes()
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
