"""Excel workbooks (.xlsx), read from their file a part at a time: the zip directory and every
part checked before openpyxl opens them (a zip bomb, an XML bomb refused unread), the rows
streamed with merged cells spread, the shared strings kept compact."""

from __future__ import annotations

import datetime as dt
import gc
import io
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

from ncdesk.core.text import Message, Typed
from ncdesk.io.readers_tables import (
    CHUNK,
    LIMITS,
    ImportRejected,
    Limits,
    Rows,
    SharedStrings,
    Sheet,
    TableBuilder,
    Tables,
    reject,
)

# --- Excel -------------------------------------------------------------------------------------

OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


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
        while chunk := part.read(CHUNK):
            window = (tail + chunk).lower()
            if any(d in window for d in _DECLARATIONS):
                return True
            tail = window[-overlap:]
    return False


def text_of(value: Any) -> str:  # noqa: PLR0911 - a return per kind of spreadsheet value
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


def each_sheet(source: Workbook, name: str, limits: Limits, visit: SheetVisitor) -> None:
    """Hand every sheet's rows of text, as they are read, to *visit*. Any failure of openpyxl is a rejection."""
    data = io.BytesIO(source) if isinstance(source, bytes) else source
    if data.read(len(OLE2)) == OLE2:
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
    each_sheet(data, name, limits, lambda title, rows: sheets.append((title, Rows(rows))))
    return sheets


def _read_xlsx(data: IO[bytes], name: str, limits: Limits, visit: SheetVisitor) -> None:
    with warnings.catch_warnings():
        # Unsupported extensions (data validation, conditional formatting) are warned about and
        # dropped by openpyxl; they do not matter to an import.
        warnings.simplefilter("ignore")
        book = load_workbook(data)
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


def load_workbook(data: IO[bytes]) -> Any:
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
        while chunk := part.read(CHUNK):
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


def sheet_values(ws: Any, max_col: int) -> Iterator[tuple[Any, ...]]:
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
    for number, values in enumerate(sheet_values(ws, limits.columns + 1), start=1):
        if number > limits.rows + 1:
            reject(name, Message("more than %1 rows; split the file", Typed(f"{limits.rows:,}")), sheet=title)
        if len(values) > limits.columns and values[limits.columns] not in (None, ""):
            reject(name, Message("more than %1 columns", limits.columns), row=number, sheet=title)
        cells = [text_of(v) for v in values[: limits.columns]]
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
        table = TableBuilder(title, name, limits)
        for number, cells in rows:
            table.add(number, cells)
        if table.header is not None or table.pending:  # a sheet of blank rows is no table
            sheets.append(table.sheet())

    each_sheet(data, name, limits, visit)
    if not sheets:
        reject(name, Message("the workbook has no rows"))
    return Tables(name, "xlsx", sheets)
