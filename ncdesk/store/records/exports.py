"""Every export, recorded: what was taken out of the database, in which format, to which file,
under which classification marking, by whom and when.

An export changes no record, but who took what out belongs in the history: each export is a
row of `export_record`, written in a batch of kind 'export' (its trigger puts the row in
`change_log`, so the batch is listed beside the changes). Undo passes over it: a written file
cannot be taken back by the database. Exports of particular records (a briefing note, a pack,
a letter) name them in `subjects`, so each record's history shows them too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ncdesk.core.text import Message, Typed, said
from ncdesk.store.file.errors import StoreError
from ncdesk.store.store import Store

FORMATS = ("pdf", "docx", "csv", "xlsx", "json", "ics", "file")  # file: a copy of an attached file


class ExportNotRecorded(StoreError):
    """The file was written but the history could not record it (a full disk, a locked database)."""

    what_to_do = Message(
        "Free some space or close the other program using the database, then export again to record it."
    )


@dataclass(frozen=True)
class ExportRecord:
    id: str
    batch_id: str | None
    at: str
    who: str
    what: str
    format: str
    target: str
    marking: str | None
    records: int | None
    subjects: list[str] = field(default_factory=list)


def format_of(target: Path) -> str:
    fmt = Path(target).suffix.lower().lstrip(".")
    if fmt not in FORMATS or fmt == "file":
        raise ValueError(f"{target}: not a format ncdesk exports ({', '.join(FORMATS)})")
    return fmt


def label(what: str, fmt: str, target: Path) -> str:
    """How the history names an export: "Exported briefing note on Hungary as PDF to hungary.pdf"."""
    kind = "" if fmt == "file" else f" as {fmt.upper()}"
    return f"Exported {what}{kind} to {Path(target).name or target}"


def record_export(
    store: Store,
    what: str,
    target: Path,
    *,
    fmt: str | None = None,
    marking: str | None = None,
    records: int | None = None,
    subjects: Iterable[str] = (),
) -> str:
    """Record an export just written to *target* (its full path is kept: it is local data);
    returns the record's id. *fmt* defaults to the target's suffix (a folder of CSV files
    gives it)."""
    target = Path(target).absolute()
    fmt = fmt or format_of(target)
    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r} is not a format ncdesk exports")
    if store.read_only:
        return ""  # a read-only folder (its note says nothing can be saved): the file is written, not recorded
    record_id = str(uuid.uuid4())
    try:
        with store.batch(label(what, fmt, target), kind="export") as batch_id:
            store.db.execute(
                "INSERT INTO export_record(id, batch_id, at, who, what, format, target, marking, records, subjects) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record_id,
                    batch_id,
                    store.now(),
                    store.who,
                    what,
                    fmt,
                    str(target),
                    marking,
                    records,
                    json.dumps(list(dict.fromkeys(subjects))),
                ],
            )
    except StoreError as exc:
        raise ExportNotRecorded(
            Message("%1 was written, but the export could not be recorded in the history: %2", Typed(target), said(exc))
        ) from exc
    return record_id


_COLUMNS = "id, batch_id, at, who, what, format, target, marking, records, subjects"


def _record(row: tuple[Any, ...]) -> ExportRecord:
    rid, batch_id, at, who, what, fmt, target, marking, records, subjects = row
    return ExportRecord(rid, batch_id, at, who, what, fmt, target, marking, records, json.loads(subjects))


def get_export(store: Store, record_id: str) -> ExportRecord | None:
    row = store.db.execute(f"SELECT {_COLUMNS} FROM export_record WHERE id = ?", [record_id]).fetchone()
    return _record(row) if row else None


def list_exports(store: Store, limit: int = 200) -> list[ExportRecord]:
    """The exports, newest first."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM export_record ORDER BY at DESC, rowid DESC LIMIT ?", [limit]
    ).fetchall()
    return [_record(r) for r in rows]
