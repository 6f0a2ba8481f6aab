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
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ncdesk.core.text import Message, Typed
from ncdesk.io.readers_csv import decode, read_csv
from ncdesk.io.readers_tables import (
    CHUNK,
    LIMITS,
    FullExport,
    Limits,
    Problem,
    Rows,
    Sheet,
    Tables,
    cell_problem,
    reject,
)
from ncdesk.io.readers_xlsx import OLE2, tables_from_xlsx, text_of

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
        return text_of(value)
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
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06") or data.startswith(OLE2):
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
            head = stream.read(CHUNK)
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


def read_bytes(  # noqa: RET503 - reject() raises (ruff sees NoReturn only in the same module)
    data: bytes, name: str, suffix: str = "", limits: Limits = LIMITS
) -> Tables | FullExport:
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
