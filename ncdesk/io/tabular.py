"""Records as tables people open in Excel: the columns of each kind that can be imported, CSV
and Excel exports that the importer reads back, and the templates.

Columns are human-readable: a State or a person by name (a record's id only when its name
would not find it again), dates as written, lists separated by semicolons. A cell that a
spreadsheet would take for a formula (= + - @, tab, carriage return) is written as text: in a
CSV with an apostrophe in front (which the importer removes), in a workbook as a text cell.
The columns are documented in docs/IMPORT_FORMAT.md; tests check the two agree.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ncdesk.core.dates import DateError, format_day, parse_iso_day, parse_partial
from ncdesk.core.forms import FORMS, FieldType
from ncdesk.core.labels import kind_label
from ncdesk.core.text import fold
from ncdesk.io.synonyms import synonym_of
from ncdesk.io.values import shared_state_name
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.records.editing import current_values
from ncdesk.store.records.lookup import document_author
from ncdesk.store.records.queries import LookupProblem, Resolver
from ncdesk.store.store import Record, Store

# The kinds that can be imported and exported as tables, each after the kinds it refers to.
KINDS: tuple[str, ...] = ("person", "finding", "travel_alert", "letter", "activity")

# What a kind may also be called (--kind, sheet names), besides its table's name and its words in
# ncdesk/core/labels.py ("travel_alert", "Travel alert", "Travel alerts").
_KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "person": ("people",),
    "finding": ("communications",),
    "travel_alert": ("alert", "alerts", "travel"),
}


def sheet_name(kind: str) -> str:
    """A kind's sheet of a workbook ("Travel alerts"), in English: the name its CSV file is made of too."""
    return kind_label(kind, plural=True, tables=True)


@functools.lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", fold(text)).split())


def kind_named(text: str) -> str | None:
    """The kind a name means ("alerts", "Travel alerts", "travel_alert"), or None."""
    key = _norm(text)
    for kind in KINDS:
        words = (kind, kind_label(kind), kind_label(kind, plural=True), sheet_name(kind), *_KIND_SYNONYMS.get(kind, ()))
        if key in (_norm(w) for w in words):
            return kind
    return None


@dataclass(frozen=True)
class Column:
    name: str  # the header written (and read)
    field: str  # the form field it fills; "id", "status", "outcome" are handled by the importer
    label: str  # the English label, also accepted as a header
    help: str  # what it means and what it accepts (docs, template)
    example: str = ""
    ref: str = ""  # a record of this table, by name (or id)
    many: bool = False  # several values separated by semicolons (or one per line)
    default: str = ""  # used when the cell is empty

    def required(self, kind: str) -> bool:
        spec = FORMS[kind]
        if self.field in {f.name for f in spec.fields}:
            return spec.field(self.field).required and not self.default
        return False


_ID = Column(
    "id",
    "id",
    "Id",
    "the record's id (a UUID) as ncdesk exported it; leave empty for a new record. A row whose id is already "
    "recorded with the same content is skipped; with different content it is a conflict",
)
_NOTES = Column("notes", "notes", "Notes", "free text")


def _enum(kind: str, field: str) -> str:
    return ", ".join(FORMS[kind].field(field).choices)


COLUMNS: dict[str, tuple[Column, ...]] = {
    "person": (
        _ID,
        Column("name", "name", "Name", "the person's full name", "Jane Example"),
        Column("aliases", "aliases", "Also known as", "other names, separated by semicolons", "J. Example", many=True),
        Column("function", "function", "Function", "office or role", "Former minister of the interior"),
        Column("nationality", "nationality_state_id", "Nationality", "a State: name, ISO code or alias", "Sudan",
               ref="state"),
        _NOTES,
    ),
    "finding": (
        _ID,
        Column("kind", "kind", "Kind", f"one of {_enum('finding', 'kind')}", "finding"),
        Column("title", "title", "Title", "the decision's title",
               "Decision on the non-compliance by Mongolia (example)"),
        Column("date", "date", "Date", "the decision's date: 2024-10-24 or 24 October 2024", "2031-05-02"),
        Column("documents", "documents", "ICC document numbers",
               "the ICC filing numbers of its versions, separated by semicolons (ICC-01/22-90-ENG)",
               "ICC-01/22-9901-ENG", many=True),
        Column("chamber", "chamber", "Chamber", "the Chamber", "Pre-Trial Chamber II"),
        Column("state", "state_id", "State", "the State concerned: name, ISO code or alias", "Mongolia", ref="state"),
        Column("situation", "situation_id", "Situation", "the situation: ICC number (ICC-01/22) or name",
               "ICC-01/22", ref="situation"),
        Column("case", "case_id", "Case", "the case: ICC number (ICC-01/22-01/23) or title; empty: the situation",
               ref="icc_case"),
        Column("basis", "basis", "Basis", f"one of {_enum('finding', 'basis')}", "art_87_7"),
        Column("referred_to", "referred_to", "Referred to", f"one of {_enum('finding', 'referred_to')}", "assembly"),
        Column("transmitted_on", "transmitted_on", "Transmitted to the Assembly on", "a date"),
        Column("sc_document", "sc_document", "Security Council document",
               "the Council document that transmitted it, such as S/2016/716"),
        Column("sc_date", "sc_date", "Security Council document dated", "a date"),
        _NOTES,
    ),
    "travel_alert": (
        _ID,
        Column("person", "person_id", "Person", "the person: name or alias", "Vladimir Putin", ref="person"),
        Column("destinations", "destinations", "Destinations",
               "the States visited, separated by semicolons: name, ISO code or alias", "Mongolia; KGZ",
               ref="state", many=True),
        Column("date", "date", "Dates",
               "as known: 2031-04-03, 3 April 2031, 3–6 April 2031, 2031-04-03/2031-04-06, mid-April 2031, "
               "April 2031, 2031", "3–6 April 2031"),
        Column("title", "title", "Title", "a short title (empty: the person's name)"),
        Column("purpose", "purpose", "Purpose", "purpose of the visit", "Regional summit"),
        Column("source_description", "source_description", "Source of the information", "where it comes from",
               "Press reports"),
        Column("reliability", "reliability", "Reliability",
               f"one of {_enum('travel_alert', 'reliability')} (empty: unknown)", "probable", default="unknown"),
        Column("received_at", "received_at", "Received on", "a date", "2031-03-20"),
        Column("status", "status", "Status",
               "reported, verified, focal_points_activated, letter_sent, court_informed or closed (empty: reported)",
               "reported", default="reported"),
        Column("outcome", "outcome", "Outcome",
               "for a closed alert: cancelled, arrested, not_arrested or unknown; empty otherwise"),
        _NOTES,
    ),
    "letter": (
        _ID,
        Column("state", "state_id", "State", "the State written to: name, ISO code or alias", "Mongolia", ref="state"),
        Column("addressee_office", "addressee_office", "Addressed to", "the addressee's office",
               "Minister of Foreign Affairs"),
        Column("date", "date", "Date", "the letter's date", "2031-03-25"),
        Column("sender_name", "sender_name", "Sender", "who signed it", "Päivi Kaukoranta"),
        Column("sender_office", "sender_office", "Sender's office", "the sender's office",
               "President of the Assembly of States Parties"),
        Column("reference", "reference", "Reference", "its reference number"),
        Column("subject", "subject", "Subject", "its subject", "Visit of Vladimir Putin"),
        Column("alert", "alert_id", "Travel alert", "the travel alert it answers: its id (or the first 8 characters)",
               ref="travel_alert"),
        Column("articles_recalled", "articles_recalled", "Articles recalled",
               "the Rome Statute articles recalled, separated by semicolons", "86; 89(1)", many=True),
        Column("published_on", "published_on", "Published on", "a date"),
        Column("publication_channel", "publication_channel", "Published through", "where it was published"),
        Column("reply_on", "reply_on", "Reply received on", "a date"),
        Column("reply_summary", "reply_summary", "Reply", "what the reply said"),
        _NOTES,
    ),
    "activity": (
        _ID,
        Column("kind", "kind", "Kind", f"one of {_enum('activity', 'kind')}", "focal_point_meeting"),
        Column("title", "title", "Title", "what it was", "Focal points meeting on the visit to Mongolia"),
        Column("date", "date", "Dates", "as known (see travel alerts)", "April 2031"),
        Column("status", "status", "Status", "held, planned or cancelled (empty: held)", "planned", default="held"),
        Column("summary", "summary", "Summary", "what happened"),
        Column("participants", "participants", "Participants", "who took part, separated by semicolons",
               "Focal points; the President", many=True),
        Column("location", "location", "Place", "where", "The Hague"),
        Column("states_heard", "states_heard", "States heard", "States heard, separated by semicolons",
               ref="state", many=True),
        Column("states_concerned", "states_concerned", "States concerned", "States concerned, separated by semicolons",
               "Mongolia", ref="state", many=True),
        _NOTES,
    ),
}  # fmt: skip


@functools.cache
def date_columns(kind: str) -> frozenset[str]:
    """The columns of *kind* that hold a date: a day, or (a visit's, an activity's) as known."""
    spec = FORMS[kind]
    fields = {f.name: f.type for f in spec.fields}
    return frozenset(c.name for c in COLUMNS[kind] if fields.get(c.field) in (FieldType.DATE, FieldType.PARTIAL_DATE))


def column_named(kind: str, header: str) -> Column | None:
    """The column of *kind* a header means: its name or its English label, case, accents, spaces
    and underscores ignored (the form's field names, person_id or state_id, are accepted too), or
    a word delegates use for that column alone ("Who", "Pays visité": `synonyms.SYNONYMS`)."""
    key = _norm(header)
    found = _HEADERS[kind].get(key)
    if found is None and (synonym := synonym_of(kind, key)) is not None:
        found = _HEADERS[kind].get(_norm(synonym))
    return found


_HEADERS: dict[str, dict[str, Column]] = {
    kind: {_norm(word): col for col in reversed(cols) for word in (col.field, col.label, col.name)}
    for kind, cols in COLUMNS.items()
}


# --- finding the table in a sheet (the reading layer: ncdesk.io.readers_tables) -----------------------


# No header cell is longer (the longest label is 31 characters): longer texts are not looked up
# (nor kept in the lookups' caches).
HEADER_CHARS = 80


def header_fit(cells: Sequence[str]) -> tuple[bool, int]:
    """How well a row names the columns of one kind: (whether it is a header, how many columns it
    names). A header names every required column of a kind, or at least two of its columns."""
    enough, most = False, 0
    for kind in KINDS:
        named = {col.name for h in cells if 0 < len(h) <= HEADER_CHARS and (col := column_named(kind, h)) is not None}
        if not named:
            continue
        most = max(most, len(named))
        required = {c.name for c in COLUMNS[kind] if c.required(kind)}
        enough = enough or len(named) >= 2 or required <= named
    return enough, most


@functools.lru_cache(maxsize=1024)
def is_date_header(header: str) -> bool:
    """Whether a header names a column that holds a date in every kind that has it ("Received on")."""
    if len(header) > HEADER_CHARS:
        return False
    kinds = [(kind, col) for kind in KINDS if (col := column_named(kind, header)) is not None]
    return bool(kinds) and all(col.name in date_columns(kind) for kind, col in kinds)


# A date and a time of day, as a spreadsheet or a program writes it: "2026-11-20 09:30:00",
# "2026-11-20T09:30", "2026-11-20 09:30:00.000Z", "2026-11-20T09:30:00+01:00".
_ISO_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[ T](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?"
)


def day_of(text: str) -> str:
    """The day of an ISO date and time ("2026-11-20 09:30:00" gives "2026-11-20"), as written
    (no time zone is applied); any other text as it is. Only a real day is taken."""
    m = _ISO_DATE_TIME.fullmatch(text.strip())
    if m is None:
        return text
    try:
        parse_iso_day(m[1])
    except DateError:
        return text
    return m[1]


# The last cell of a template's example row says it is one; the importer skips such a row (when
# it is still the template's example) and says so. Only a marked row is skipped.
EXAMPLE_MARK = "(example: delete this row)"


def is_marked_example(cells: Sequence[str]) -> bool:
    """Whether a row carries the template's example marker (in any cell, case and spaces ignored)."""
    key = _norm(EXAMPLE_MARK)
    return any(_norm(c) == key for c in cells if "(" in c and len(c) <= HEADER_CHARS)


def is_template_example(header: Sequence[str], cells: Sequence[str]) -> bool:
    """Whether a marked row is still a template's example: every named column of a kind holds
    what the template wrote there (the marker's own cell aside)."""
    key = _norm(EXAMPLE_MARK)
    for kind in KINDS:
        compared = 0
        for h, text in itertools.zip_longest(header, cells, fillvalue=""):
            if len(text) <= HEADER_CHARS and _norm(text) == key:
                continue
            col = column_named(kind, h) if len(h.strip()) > 0 and len(h) <= HEADER_CHARS else None
            if col is None:
                if text.strip():
                    break
                continue
            if text.strip() != col.example:
                break
            compared += 1
        else:
            if compared:
                return True
    return False


# --- cells -------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(text: str) -> str:
    """Text a spreadsheet will not run: an apostrophe before = + - @ tab CR (and before a
    leading apostrophe, so that one is kept too)."""
    return "'" + text if text.startswith(_FORMULA_START + ("'",)) else text


def unescape_formula(text: str) -> str:
    """The inverse of `escape_formula` (a lone apostrophe before other text is left alone)."""
    if text.startswith("'") and text[1:2] and text[1:2] in "=+-@\t\r'":
        return text[1:]
    return text


def join_many(items: Iterable[str]) -> str:
    """Items separated by semicolons; an item holding a semicolon (or starting with a quote) is
    quoted, as in CSV: "Smith; John"."""
    return "; ".join('"' + v.replace('"', '""') + '"' if ";" in v or v.startswith('"') else v for v in map(str, items))


def split_many(text: str) -> list[str]:
    """Items of a list cell: one per line when the cell has several lines, else separated by
    semicolons (a quoted item may hold semicolons)."""
    if "\n" in text or "\r" in text:
        parts = text.splitlines()
    else:
        parts = next(csv.reader([text], delimiter=";", skipinitialspace=True), [])
    return [p.strip() for p in parts if p.strip()]


class _Names:
    """A record's name for a column, the one that finds it again (else its id)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.resolver = Resolver(store)
        self.memo: dict[tuple[str, str], str] = {}

    def __call__(self, table: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        key = (table, record_id)
        if key not in self.memo:
            self.memo[key] = self._name(table, record_id)
        return self.memo[key]

    def _name(self, table: str, record_id: str) -> str:
        if table == "travel_alert":
            return record_id
        record = self.store.get(table, record_id)
        if record is None:
            return record_id
        name = str(record["icc_number"] if table in ("situation", "icc_case") else record["name"])
        if table == "state" and shared_state_name(name):  # "Congo" is asked on import: its formal name is not
            name = str(record["formal_name"] or record["iso3"])
        try:
            found = self.resolver.resolve(table, name)
        except LookupProblem:
            return record_id
        return name if found["id"] == record_id else record_id


def record_cells(store: Store, kind: str, record: Record, names: _Names | None = None) -> list[str]:
    """One record as the cells of its kind's columns."""
    names = names or _Names(store)
    values = current_values(store, kind, record["id"])
    spec = FORMS[kind]
    cells = []
    form_fields = {f.name for f in spec.fields}
    for col in COLUMNS[kind]:
        if col.field not in form_fields:  # id, and an alert's status and outcome
            value = record.get(col.field)
            cells.append("" if value is None else str(value))
            continue
        value = values.get(col.field)
        ftype = spec.field(col.field).type
        if col.ref and col.many:
            cells.append(join_many(names(col.ref, v) for v in value or []))
        elif col.ref:
            cells.append(names(col.ref, value))
        elif col.many:
            cells.append(join_many(value or []))
        elif ftype is FieldType.BOOL:
            cells.append("true" if value else "false")
        else:
            cells.append("" if value is None else str(value))
    return cells


def header(kind: str) -> list[str]:
    return [c.name for c in COLUMNS[kind]]


def table(store: Store, kind: str, *, user_only: bool = False) -> tuple[list[str], list[list[str]]]:
    """The live records of *kind* (reference and the user's, or only the user's), oldest first."""
    names = _Names(store)
    where = "origin = 'user'" if user_only else ""
    rows = [record_cells(store, kind, r, names) for r in store.rows(kind, where, order_by="created_at, id")]
    return header(kind), rows


def template_rows(kind: str) -> tuple[list[str], list[list[str]]]:
    """The header and one example row (without an id: a template adds new records), marked as
    the example in a last cell under no header: the importer skips it while it is unchanged."""
    cols = [c for c in COLUMNS[kind] if c.field != "id"]
    return [c.name for c in cols], [[c.example for c in cols] + [EXAMPLE_MARK]]


# --- writing -----------------------------------------------------------------------------------


def csv_bytes(head: list[str], rows: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads the accents), comma-separated, every cell a formula-safe text."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(head)
    for row in rows:
        writer.writerow([escape_formula(c) for c in row])
    return out.getvalue().encode("utf-8-sig")


# What XML cannot hold: control characters, U+FFFE/U+FFFF and unpaired surrogates.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


_PARTIAL_NOTE = "Not a single day (a range, part of a month, a month or a year): kept as written, as text."


def _day(text: str) -> datetime.date | None | bool:
    """What a date cell's text is: the day it is exactly (YYYY-MM-DD, or a day as ncdesk writes
    it in English, which the importer reads back the same); True for a day written otherwise
    ("26 septembre 2025": kept as text, as typed); False for what is not one day."""
    if not text.strip():
        return True
    try:
        if len(text) == 10 and text[4] == "-":
            return parse_iso_day(text)
        known = parse_partial(text)
    except DateError:
        return False
    if not known.is_exact:
        return False
    return known.start if known.text == format_day(known.start) else True


_PAPER_SIZES = {"a4": 9, "letter": 1}  # the sizes' numbers in SpreadsheetML


def _page_setup(ws: Any, columns: int, rows: int, *, filtered: bool, paper: str | None = None) -> None:
    """Printed landscape, as wide as one page, the header row repeated on every page; a filter
    on the header row (call it before the first row: the sheet's properties are written first)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    if paper in _PAPER_SIZES:
        ws.page_setup.paperSize = _PAPER_SIZES[paper]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.print_title_rows = "1:1"
    if filtered and columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 1)}"


def _fit_height(ws: Any, number: int, row: list[str], widths: list[int]) -> None:
    """A row tall enough for its wrapped cells (spreadsheets do not grow a row written with the
    default height: a long title would be cut on screen and on paper). An estimate, on the side
    of too tall: a character per unit of width, each line 15 points, at most Excel's 409."""
    lines = 1
    for text, width in zip(row, widths, strict=False):
        per_line = max(int(width) - 2, 1)
        lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in text.splitlines() or [""]))
    if lines > 1:
        ws.row_dimensions[number].height = min(15 * lines, 409)


def _mark(ws: Any, marking: str) -> None:
    """The classification marking in the printed header and footer of every page of a sheet
    (not in a cell: the workbook imports back unchanged)."""
    from ncdesk.io.briefing.model import clean

    text = " ".join(clean(marking).split()).upper().replace("&", "&&")  # & starts a header code
    colour = "333333" if text == "PUBLIC" else "9B1C1C"
    for part in (ws.oddHeader.center, ws.oddFooter.center):
        part.text, part.font, part.size, part.color = text, "Arial,Bold", 9, colour


def _in_memory(ws: Any) -> None:
    """openpyxl writes each sheet to a file in the system's temporary folder before zipping it;
    give a sheet a writer into memory instead, so no plaintext copy of the records is left
    outside the target folder (call it after the column widths, before the first row)."""
    from openpyxl.worksheet._writer import WorksheetWriter

    ws._writer = WorksheetWriter(ws, out=io.BytesIO())
    ws._writer.write_top()


def _workbook_bytes(book: Any) -> bytes:
    """The workbook zipped in memory: `Workbook.save` would read each sheet back from a file."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
    from openpyxl.writer.excel import ExcelWriter

    class MemoryWriter(ExcelWriter):  # type: ignore[misc]  # openpyxl ships no types: ExcelWriter is Any
        def write_worksheet(self, ws: Any) -> None:
            ws._drawing = SpreadsheetDrawing()
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            if not ws.closed:
                ws.close()
            ws._rels = ws._writer._rels
            self._archive.writestr(ws.path[1:], ws._writer.read())
            self.manifest.append(ws)

    if not book.worksheets:
        _in_memory(book.create_sheet())
    book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    buffer = io.BytesIO()
    with ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        MemoryWriter(book, archive).save()
    return buffer.getvalue()


def xlsx_bytes(
    sheets: list[tuple[str, list[str], list[list[str]]]],
    about: list[list[str]] | None = None,
    marking: str | None = None,
    *,
    author: str = "ncdesk",
    title: str = "",
    paper: str | None = None,
) -> bytes:
    """A workbook, one sheet per (title, header, rows); every cell is a text cell, so nothing
    in it is ever run as a formula, but for the dates of a kind's sheet (`date_columns`): a
    day is a date cell, what is only partly known stays text, with a comment that says so.
    Each sheet has a filter and a frozen header row, and prints landscape, one page wide, the
    header on every page. *about*: an extra sheet "About" the importer ignores. *marking*: the
    classification marking printed on every page of every sheet (and the workbook's subject).
    *author*, *title*: the workbook's properties; *paper*: "a4" or "letter" (None: the printer's).
    Written in memory only."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    book.properties.creator = book.properties.lastModifiedBy = _XLSX_ILLEGAL.sub("\ufffd", author)
    book.properties.title = _XLSX_ILLEGAL.sub("\ufffd", title or ", ".join(t for t, _, _ in sheets) or "ncdesk")
    if marking:
        from ncdesk.io.briefing.model import clean

        book.properties.subject = _XLSX_ILLEGAL.sub("\ufffd", " ".join(clean(marking).split()))
    bold = Font(bold=True)
    # wrapped at the column's width, so that a long note neither hides the next cell nor, printed
    # one page wide, shrinks the page to nothing
    wrapped = Alignment(wrap_text=True, vertical="top")
    left = Alignment(horizontal="left", vertical="top")

    def date_cell(ws: Any, text: str) -> Any:
        day = _day(text)
        if isinstance(day, bool):
            cell = text_cell(ws, text)
            if not day:
                cell.comment = Comment(_PARTIAL_NOTE, book.properties.creator, width=220, height=60)
            return cell
        cell = WriteOnlyCell(ws, value=day)
        cell.number_format = "yyyy-mm-dd"
        cell.alignment = left  # as the text dates beside it
        return cell

    def text_cell(ws: Any, text: str, header: bool = False) -> Any:
        cell = WriteOnlyCell(ws, value=_XLSX_ILLEGAL.sub("\ufffd", text))
        cell.data_type = "s"  # never a formula, whatever the text begins with
        cell.alignment = wrapped
        if header:
            cell.font = bold
        return cell

    for sheet_title, head, rows in sheets:
        ws = book.create_sheet(sheet_title)
        ws.freeze_panes = "A2"
        kind = kind_named(sheet_title)
        dates = date_columns(kind) if kind else frozenset()
        dated = [name in dates for name in head]
        widths = []
        for i, name in enumerate(head, start=1):
            width = max([len(name), *(min(len(r[i - 1]), 40) for r in rows[:200] if i - 1 < len(r))])
            widths.append(max(10, min(width + 2, 42)))
            ws.column_dimensions[get_column_letter(i)].width = widths[-1]
        _page_setup(ws, len(head), len(rows) + 1, filtered=True, paper=paper)
        if marking:
            _mark(ws, marking)
        _in_memory(ws)
        ws.append([text_cell(ws, h, header=True) for h in head])
        for number, row in enumerate(rows, start=2):
            _fit_height(ws, number, row, widths)
            ws.append(
                [date_cell(ws, c) if n < len(dated) and dated[n] else text_cell(ws, c) for n, c in enumerate(row)]
            )
    if about:
        ws = book.create_sheet("About")
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 100
        ws.freeze_panes = "A2"
        _page_setup(ws, 2, len(about), filtered=False, paper=paper)
        if marking:
            _mark(ws, marking)
        _in_memory(ws)
        for number, line in enumerate(about, start=1):
            _fit_height(ws, number, line, [24, 100])
            ws.append([text_cell(ws, c, header=(n == 0)) for n, c in enumerate(line)])
    return _workbook_bytes(book)


def _write(target: Path, data: bytes, folder: Path | None = None) -> None:
    with atomic_write(target, "wb", encoding=None, folder=folder) as fh:
        fh.write(data)


def write_csv(store: Store, kind: str, target: Path) -> int:
    head, rows = table(store, kind)
    _write(target, csv_bytes(head, rows), store.folder)
    return len(rows)


def write_csv_folder(store: Store, folder: Path, kinds: Iterable[str] = KINDS) -> dict[str, int]:
    """One CSV per kind in *folder*: persons.csv, findings.csv, travel-alerts.csv, letters.csv, activities.csv."""
    return {kind: write_csv(store, kind, folder / csv_name(kind)) for kind in kinds}


def csv_name(kind: str) -> str:
    return sheet_name(kind).lower().replace(" ", "-") + ".csv"


def write_xlsx(store: Store, target: Path, kinds: Iterable[str] = KINDS, marking: str | None = None) -> dict[str, int]:
    """One workbook, a sheet per kind (in the order the importer needs them), the marking in
    the header and footer of every printed page, on the paper of Settings."""
    from ncdesk.io.briefing.settings import export_defaults

    sheets = []
    counts = {}
    for kind in kinds:
        head, rows = table(store, kind)
        sheets.append((sheet_name(kind), head, rows))
        counts[kind] = len(rows)
    title = "ncdesk: " + ", ".join(t for t, _, _ in sheets)
    paper = export_defaults(store.folder)[1]
    data = xlsx_bytes(sheets, marking=marking, author=document_author(store), title=title, paper=paper)
    _write(target, data, store.folder)
    return counts


def about_rows(kind: str) -> list[list[str]]:
    rows = [["column", "what it holds"]]
    for c in COLUMNS[kind]:
        if c.field == "id":
            continue
        need = "required. " if c.required(kind) else ""
        rows.append([c.name, f"{need}{c.label}: {c.help}"])
    rows.append(["", ""])
    rows.append(
        [
            "",
            f"Row 2 of the first sheet is an example, marked “{EXAMPLE_MARK}” in its last cell: "
            "while it is marked and unchanged it is not imported. Delete it, or type over it and delete "
            "the marker. This sheet is not imported.",
        ]
    )
    rows.append(["", "Import with File ▸ Import… or: ncdesk import FILE.xlsx"])
    return rows


def write_template(kind: str, target: Path) -> None:
    """A template for *kind*: .xlsx (with an "About" sheet) or .csv, by the target's suffix."""
    head, rows = template_rows(kind)
    if target.suffix.lower() == ".xlsx":
        title = f"ncdesk import template: {sheet_name(kind)}"
        sheet = (sheet_name(kind), [*head, ""], rows)  # the marker's column has no name
        _write(target, xlsx_bytes([sheet], about=about_rows(kind), title=title))
    elif target.suffix.lower() == ".csv":
        _write(target, csv_bytes(head, rows))
    else:
        raise ValueError(f"{target.name}: a template is a .csv or an .xlsx file")
