"""The complete JSON export (docs/EXPORT_FORMAT.md) read back into a database.

Into an empty database it reproduces every row exactly: ids, timestamps, origin, user_fields,
deleted rows. Into one that already holds records (a new laptop has the reference data from
its first start) the rows are merged, so a delegate can move to another laptop:

1. A row whose id is recorded with the same content, `created_at` and `updated_at` aside
   (bookkeeping: two laptops load the same reference data at different times), is unchanged:
   counted, nothing written.
2. A reference row that differs: the fields the file's row lists in `user_fields` (a user
   edited them on the other laptop) are applied where this database's row has not edited the
   field itself; where both edited the same field differently, the file's value is applied
   only if its row's `updated_at` is later, otherwise this database's value is kept. Fields
   nobody edited keep this database's value, silently (the laptops have different reference
   releases). `user_fields` becomes the union of both.
3. A user record with different content: the whole row whose `updated_at` is later wins (a
   tie keeps this database's). The file's row is written by an UPDATE, so the history keeps
   the values it replaces. `deleted_at` is a field like the others.
4. New ids are added. An id that is the id of a record of another table, or recorded here as
   a reference row and in the file as a user record (or the reverse), is a problem; so is an id
   given twice in a table of the file with different content (the file contradicts itself).

Per table, `load()` counts the rows added, updated, unchanged and kept (this database's row is
newer). Tables and fields this ncdesk does not know are ignored, as the format promises. The
caller runs `load()` inside its transaction (one batch of kind "import") and rolls back on any
problem: all or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from ncdesk.core.dates import DateError, Precision, parse_iso_day
from ncdesk.core.forms import FORMS, FieldSpec, FieldType
from ncdesk.core.text import KindName, Message, Typed, said
from ncdesk.io.export_json import FORMAT, FORMAT_VERSION
from ncdesk.io.readers import strings
from ncdesk.io.readers_tables import FullExport, Problem
from ncdesk.store.file import engine
from ncdesk.store.file.backups import last_good_name
from ncdesk.store.file.db import read_meta, write_meta
from ncdesk.store.file.errors import translate
from ncdesk.store.file.schema import TABLES, json_columns
from ncdesk.store.records.editing import check_stored
from ncdesk.store.records.lookup import title_of
from ncdesk.store.store import Store, table_label

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# When a row was made and last changed: not part of its content when two rows are compared.
BOOKKEEPING = ("created_at", "updated_at")
# What load() counts per table.
OUTCOMES = ("add", "updated", "unchanged", "kept", "rejected")


class _Stop(Exception):
    pass


def check(source: FullExport) -> list[Problem]:
    """Problems with the file as a whole: its format, its version, the shape of `tables`."""
    data, name = source.data, source.name

    def problem(message: str, field: str | None = None) -> list[Problem]:
        return [Problem(name, None, field, message)]

    if data.get("format") != FORMAT:
        return problem(Message("the format is %1; expected %2", repr(data.get("format")), repr(FORMAT)), "format")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return problem(Message("expected a whole number, found %1", repr(version)), "format_version")
    if version > FORMAT_VERSION:
        return problem(
            Message(
                "written by a newer ncdesk (format version %1); this ncdesk reads version %2", version, FORMAT_VERSION
            ),
            "format_version",
        )
    if version < 1:
        return problem(Message("%1 is not a format version", version), "format_version")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        return problem(Message("expected an object of tables, each a list of rows"), "tables")
    if not any(table in tables for table in TABLES):
        found = Typed(", ".join(map(repr, list(tables)[:5]))) or Message("no table")
        return problem(Message("holds none of the tables of an ncdesk export (found %1)", found), "tables")
    out = []
    for table in TABLES:
        if table in tables and not isinstance(tables[table], list):
            out += problem(
                Message("expected a list of rows, found a JSON %1", Typed(type(tables[table]).__name__)),
                f"tables.{table}",
            )
    ref = data.get("reference_version")
    if ref is not None and not isinstance(ref, str):
        out += problem(Message("expected text or null"), "reference_version")
    return out


def row_count(source: FullExport) -> int:
    tables = source.data["tables"]
    return sum(len(tables.get(t) or []) for t in TABLES)


def load(
    store: Store,
    source: FullExport,
    problems: list[Problem],
    max_problems: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, dict[str, int]]:
    """Add the export's rows, table by table in dependency order; problems are appended, and
    the caller rolls back if there are any. Returns per table the rows of each outcome (OUTCOMES)."""
    name, tables = source.name, source.data["tables"]
    counts: dict[str, dict[str, int]] = {}
    total, done = row_count(source), 0
    # Ids are unique across tables (the search index and links name a record by its id alone).
    owners = {r[0]: t for t in TABLES for r in store.db.execute(f"SELECT id FROM {t}")}
    for table in TABLES:
        rows = tables.get(table) or []
        columns = store.columns(table)
        jsons = set(json_columns(table))
        c = counts.setdefault(table, dict.fromkeys(OUTCOMES, 0))
        seen: dict[str, tuple[int, Any]] = {}  # id -> the row of the file that had it first
        for number, row in enumerate(rows, start=1):
            record_id = row.get("id") if isinstance(row, dict) else None
            first = seen.get(record_id) if isinstance(record_id, str) else None
            if first is not None and first[1] != row:  # not a row to merge: the file contradicts itself
                found: str | list[tuple[str | None, str]] = [
                    ("id", Message("the same id as row %1 of this table, with different content", first[0]))
                ]
            else:
                found = _row(store, table, columns, jsons, row, owners)
                if first is None and isinstance(record_id, str):
                    seen[record_id] = (number, row)
            if isinstance(found, str):
                c[found] += 1
            else:
                c["rejected"] += 1
                for field, message in found:
                    problems.append(
                        Problem(
                            name,
                            number,
                            field,
                            message if len(message) <= 300 or isinstance(message, Message) else message[:300],
                            table,
                        )
                    )
                if len(problems) >= max_problems:
                    return counts
            done += 1
            if progress is not None:
                progress(done, total)
    ref = source.data.get("reference_version")
    if isinstance(ref, str) and read_meta(store.db, "reference_version") is None and not problems:
        write_meta(store.db, "reference_version", ref)
    return counts


def _row(
    store: Store, table: str, columns: list[str], jsons: set[str], row: Any, owners: dict[str, str]
) -> str | list[tuple[str | None, str]]:
    """What became of the row (one of OUTCOMES), or its problems as (field, message)."""
    if not isinstance(row, dict):
        return [(None, Message("expected an object, found a JSON %1", Typed(type(row).__name__)))]
    record_id = row.get("id")
    if not isinstance(record_id, str) or not _UUID.match(record_id):
        return [("id", Message("expected the record's id (a UUID of 36 characters)"))]
    if owners.get(record_id, table) != table:
        owner = owners[record_id]
        return [("id", Message("this id is already the id of a %1", KindName(owner, owner.replace("_", " "))))]
    values: dict[str, Any] = {}
    wrong: list[tuple[str | None, str]] = []
    for col in columns:
        if col not in row:
            continue
        value = row[col]
        if col in jsons:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                wrong.append((col, Message("expected a list of texts")))
                continue
        elif value is not None and not isinstance(value, str | int | float):
            wrong.append(
                (col, Message("expected text, a number or null, found a JSON %1", Typed(type(value).__name__)))
            )
            continue
        values[col] = value
    checked = form_problems(store, table, values)
    if checked:
        named = record_named(store, table, values)
        wrong += [(name, Message("%1 (%2)", _worded(message), named)) for name, message in checked]
    if wrong:
        return wrong
    existing = store.get(table, record_id, include_deleted=True) if record_id in owners else None
    if existing is not None:
        return _merge(store, table, columns, jsons, existing, values)
    encoded = _encoded(jsons, values)
    sql = f"INSERT INTO {table} ({', '.join(encoded)}) VALUES ({', '.join('?' for _ in encoded)})"
    wrong = _write(store, table, sql, list(encoded.values()), values)
    if wrong:
        return wrong
    owners[record_id] = table
    return "add"


def _merge(
    store: Store, table: str, columns: list[str], jsons: set[str], local: dict[str, Any], theirs: dict[str, Any]
) -> str | list[tuple[str | None, str]]:
    """The file's row with this database's row of the same id, by the rules of the module's docstring."""
    differ = [c for c, v in theirs.items() if c not in BOOKKEEPING and not _same(c, local.get(c), v)]
    if not differ:
        return "unchanged"
    if "origin" in differ:
        return [
            (
                "origin",
                Message(
                    "recorded here as a %1 record, in the file as a %2 record",
                    Typed(local["origin"]),
                    Typed(theirs["origin"]),
                ),
            )
        ]
    later = _later(theirs.get("updated_at"), local["updated_at"])
    sets: dict[str, Any] = {}
    outcome = "unchanged"
    if local["origin"] == "reference":
        mine = set(local["user_fields"])
        edited = {f for f in theirs.get("user_fields", []) if f in columns and f not in COMMON_FIELDS}
        for name in sorted(edited & set(differ)):
            if name not in mine or later:
                sets[name] = theirs[name]
            else:
                outcome = "kept"  # both edited it; this database's edit is the later
        fields = sorted(mine | edited)
        if fields != sorted(mine):
            sets["user_fields"] = fields
        if sets:
            sets["updated_at"] = theirs["updated_at"] if later else local["updated_at"]
    elif later:
        sets = {c: v for c, v in theirs.items() if c not in ("id", "origin") and not _same(c, local.get(c), v)}
    else:
        outcome = "kept"
    if not sets:
        return outcome
    encoded = _encoded(jsons, sets)
    sql = f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in encoded)} WHERE id = ?"
    wrong = _write(store, table, sql, [*encoded.values(), local["id"]], sets)
    return wrong or "updated"


# The fields of every row that are not the user's to edit (deleted_at is: see Store.delete).
COMMON_FIELDS = ("id", "origin", "user_fields", *BOOKKEEPING)


def _same(column: str, mine: Any, theirs: Any) -> bool:
    if column == "user_fields":  # a set, written sorted
        return isinstance(mine, list) and isinstance(theirs, list) and set(mine) == set(theirs)
    return bool(mine == theirs)


def _later(theirs: Any, mine: Any) -> bool:
    """Is the file's `updated_at` later than this database's? (Equal, or unreadable: no.)"""
    try:
        return dt.datetime.fromisoformat(str(theirs)) > dt.datetime.fromisoformat(str(mine))
    except (TypeError, ValueError):  # not a timestamp, or one with a zone and one without
        return False


def _encoded(jsons: set[str], values: dict[str, Any]) -> dict[str, Any]:
    return {
        c: json.dumps(v, ensure_ascii=False) if c in jsons else int(v) if isinstance(v, bool) else v
        for c, v in values.items()
    }


def _write(store: Store, table: str, sql: str, args: list[Any], values: dict[str, Any]) -> list[tuple[str | None, str]]:
    """Run one statement (all of it, its triggers too, or nothing); the row's problems, if any."""
    try:
        store.db.execute(sql, args)
    except (*engine.IntegrityError, *engine.DataError, *engine.InterfaceError, *engine.ProgrammingError) as exc:
        return [constraint_problem(table, exc, values)]
    except OverflowError:
        return [(None, Message("a number is too large"))]
    except UnicodeEncodeError:
        bad = next((c for c, v in values.items() if any(_SURROGATE.search(s) for s in strings(v))), None)
        return [(bad, Message("contains an unpaired surrogate (U+D800–U+DFFF), which is not text"))]
    except engine.OperationalError as exc:
        err = translate(exc, store.path, last_good_name)
        if err is not None:
            raise err from exc
        return [(None, Message("cannot be added: %1", Typed(exc)))]
    return []


def constraint_problem(table: str, exc: Exception, values: dict[str, Any]) -> tuple[str | None, str]:
    """A database constraint a row broke, said as what is wrong with the row: the field, the value,
    why; never the constraint's SQL."""
    text = str(exc)
    if m := re.match(r"UNIQUE constraint failed: (.+)", text):
        cols = [c.split(".")[-1] for c in m[1].split(", ")]
        return (", ".join(cols), Message("another record already has this value"))
    if m := re.match(r"NOT NULL constraint failed: \w+\.(\w+)", text):
        return (m[1], "required")
    if text.startswith("FOREIGN KEY"):
        return (None, Message("refers to a record that is neither in the file nor in the database"))
    if m := re.match(r"CHECK constraint failed: (.+)", text):
        return _check_failed(m[1], values)
    if m := re.match(r"cannot store (\w+) value in (\w+) column \w+\.(\w+)", text):
        return (m[3], Message("expected %1, found %2", Typed(m[2].lower()), Typed(m[1].lower())))
    return (None, Message("a value is not allowed"))


def _check_failed(check: str, values: dict[str, Any]) -> tuple[str | None, str]:
    """Which of the row's fields a CHECK constraint is about, and why its value is refused."""
    named = [c for c in re.findall(r"[A-Za-z_]\w*", check) if c in values]
    column = named[0] if named else None
    if column is None:
        return (None, Message("a value is not allowed"))
    value = values[column]
    if re.search(rf"date\({column}\b", check):
        return (column, Message("%1 is not a day that exists, written YYYY-MM-DD", repr(value)))
    if m := re.search(rf"\b{column} IN \(([^)]*)\)", check):
        allowed = ", ".join(v.strip().strip("'") for v in m[1].split(","))
        return (column, Message("%1 is not one of %2", repr(value), Typed(allowed)))
    return (column, Message("the value %1 is not allowed here", repr(value)))


def form_problems(store: Store, table: str, values: dict[str, Any]) -> list[tuple[str | None, str]]:
    """The checks of the forms on a row's stored values, said as the forms say them: its dates are
    days that exist, written as stored (YYYY-MM-DD), its closed lists' values are of the list, a
    visit's days in order; then every other check of its form (`editing.check_stored`: document
    numbers, required fields, the rules between fields and with the records already written). A
    finding's document number (a row of finding_document) is checked as its finding's form checks it."""
    if table == "finding_document":
        return _document_problems(store, values)
    spec = FORMS.get(table)
    if spec is None:
        return []
    out = _stored_problems(spec.fields, values)
    said_of = {name for name, _ in out}
    record_id = str(values.get("id") or "")
    out += [
        (name, message)
        for name, message in check_stored(store, table, values, record_id).items()
        if name not in said_of
    ]
    return out


def _worded(message: str) -> str:
    """A form's error as a `Message` (a form says a field left empty is "required" in plain text)."""
    return Message("required") if message == "required" and not isinstance(message, Message) else message


def _document_problems(store: Store, values: dict[str, Any]) -> list[tuple[str | None, str]]:
    """A finding's document number: a filing number of its finding's situation (and case), not
    already the number of another finding. (A row whose finding is in neither the file nor the
    database is left to the database's reference check.)"""
    finding_id, number = values.get("finding_id"), values.get("number")
    if not isinstance(finding_id, str) or not isinstance(number, str):
        return []
    finding = store.get("finding", finding_id, include_deleted=True)
    if finding is None:
        return []
    deleted = values.get("deleted_at") or finding["deleted_at"]
    errors = check_stored(store, "finding", {**finding, "documents": [number], "deleted_at": deleted}, finding_id)
    return [("number", errors["documents"])] if "documents" in errors else []


def record_named(store: Store, table: str, values: dict[str, Any]) -> Message:
    """A row of the complete export as a delegate names it, with its id's first characters:
    `travel alert 6f1c3d4e “Vladimir Putin, 3–6 April 2031”`."""
    kind = KindName(table, table_label(table))
    title = ""
    if table == "travel_alert" and not values.get("title"):
        row = store.db.execute("SELECT name FROM person WHERE id = ?", [values.get("person_id")]).fetchone()
        bits = [str(row[0]) if row else "", str(values.get("date_text") or values.get("date_from") or "")]
        title = ", ".join(b for b in bits if b)
    elif table == "finding_document":
        title = str(values.get("number") or "")
    else:
        title = title_of(table, values)
    record_id = str(values.get("id") or "")
    if title == record_id:  # a record without a title of its own (a warrant, a party event): whom, what, when
        bits = [_name_of(store, table, values.get(column)) for table, column in _NAMED_BY]
        bits += [
            str(values[c]).replace("_", " ")
            for c in ("kind", "event", "step", "issued_on", "date", "due_on")
            if values.get(c)
        ]
        title = ", ".join(b for b in bits if b)
    if len(title) > 60:
        title = title[:59] + "…"
    if not title or title == record_id:
        return Message("%1 %2", kind, Typed(record_id[:8]))
    return Message("%1 %2 “%3”", kind, Typed(record_id[:8]), Typed(title))


_NAMED_BY = (("person", "person_id"), ("state", "state_id"))


def _name_of(store: Store, table: str, record_id: Any) -> str:
    row = store.db.execute(f"SELECT name FROM {table} WHERE id = ?", [record_id]).fetchone()
    return str(row[0]) if row else ""


def _stored_problems(fields: tuple[FieldSpec, ...], values: dict[str, Any]) -> list[tuple[str | None, str]]:
    """Dates as stored (days that exist, YYYY-MM-DD) and closed lists' values."""
    out: list[tuple[str | None, str]] = []
    for f in fields:
        if f.type is FieldType.PARTIAL_DATE:
            out += _partial_problems(values)
            continue
        value = values.get(f.name)
        if value is None or value == "" or f.name not in values:
            continue
        if f.type is FieldType.DATE:
            try:
                parse_iso_day(str(value))
            except DateError as exc:
                out.append((f.name, said(exc)))
        elif f.type is FieldType.ENUM and value not in f.choices:
            out.append((f.name, Message("%1 is not one of %2", repr(value), ", ".join(f.choices))))
    return out


def _partial_problems(values: dict[str, Any]) -> list[tuple[str | None, str]]:
    """A stored partly known date: its first and last days exist, the last not before the first."""
    out: list[tuple[str | None, str]] = []
    days = {}
    for name in ("date_from", "date_to"):
        value = values.get(name)
        if value is None or value == "":
            continue
        try:
            days[name] = parse_iso_day(str(value))
        except DateError as exc:
            out.append((name, said(exc)))
    if len(days) == 2 and days["date_to"] < days["date_from"]:
        out.append(
            ("date_to", Message("the last day (%1) is before the first (%2)", days["date_to"], days["date_from"]))
        )
    precision = values.get("date_precision")
    if precision not in (None, "") and precision not in {p.value for p in Precision}:
        allowed = ", ".join(p.value for p in Precision)
        out.append(("date_precision", Message("%1 is not one of %2", repr(precision), allowed)))
    return out
