"""The history of every record, and undo.

Triggers on every record table write each change to `change_log` (derived from the tables'
columns, so they are kept current here, like the search index's): an insert, each changed
field of an update with its old and new value, a removal with the whole row. They cannot be
bypassed: a change made by any code path, or by hand with sqlite3, is recorded.

A *batch* is one thing somebody did (a form saved, an alert moved on, an import, a reference
release, an export: see store/records/exports.py). `Store.batch()` opens one: it names the batch in
`history_context`, which the triggers read, and clears it again before the transaction commits.

`revert()` writes the inverse of a batch as a new batch: undo is the revert of what the user
did; redo is the revert of the undo. It refuses, changing nothing, when a record was changed
again since (the user's later work is never overwritten silently).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ncdesk.core.text import ChangeName, Field, Message, Typed
from ncdesk.store.file import triggers
from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.merged import refresh
from ncdesk.store.file.schema import DERIVED_COLUMNS, TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ncdesk.store.file.opened import OpenStore

TRIGGER_PREFIX = "history_"
# Bookkeeping columns: recorded (so a revert is exact) but not shown, and not conflicts.
QUIET_FIELDS = ("updated_at", "user_fields")
UNDOABLE_KINDS = ("user", "import", "redo")


class RevertConflict(StoreError):
    what_to_do = Message("Nothing was changed. Edit the record itself instead.")


def _columns(db: Database, table: str) -> list[str]:
    """The record's fields: the columns the database derives from other rows are not its history."""
    derived = DERIVED_COLUMNS.get(table, ())
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall() if r[1] not in derived]


def _json_row(prefix: str, columns: Iterable[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in columns) + ")"


def _triggers(db: Database) -> list[str]:
    ctx = "(SELECT batch_id FROM history_context WHERE id = 1)"
    statements = []
    for table in TABLES:
        columns = _columns(db, table)
        fields = [c for c in columns if c != "id"]
        # A derived column updated alone (its trigger's work) does not even run the trigger.
        of = f" OF {', '.join(columns)}" if table in DERIVED_COLUMNS else ""
        changed = " UNION ALL ".join(
            f"SELECT '{c}' AS f, OLD.{c} AS o, NEW.{c} AS n WHERE OLD.{c} IS NOT NEW.{c}" for c in fields
        )
        statements += [
            f"CREATE TRIGGER {TRIGGER_PREFIX}{table}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO change_log(batch_id, tbl, record_id, action) VALUES ({ctx}, '{table}', NEW.id, 'insert'); "
            "END",
            f"CREATE TRIGGER {TRIGGER_PREFIX}{table}_update AFTER UPDATE{of} ON {table} BEGIN "
            f"INSERT INTO change_log(batch_id, tbl, record_id, action, field, old, new) "
            f"SELECT {ctx}, '{table}', NEW.id, 'update', f, o, n FROM ({changed}); "
            "END",
            f"CREATE TRIGGER {TRIGGER_PREFIX}{table}_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO change_log(batch_id, tbl, record_id, action, old) "
            f"VALUES ({ctx}, '{table}', OLD.id, 'delete', {_json_row('OLD', columns)}); "
            "END",
        ]
    return statements


def ensure(db: Database) -> bool:
    """Create or renew the history triggers when the tables changed; True if they were renewed."""
    if not db["change_log"].exists():
        return False
    statements = _triggers(db)
    wanted = hashlib.sha256("\n".join(statements).encode()).hexdigest()
    return triggers.renew(
        db, prefix=TRIGGER_PREFIX, statements=statements, meta_key="history_definition", wanted=wanted
    )


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    seq: int
    at: str
    who: str
    label: str
    batch_kind: str
    table: str
    record_id: str
    action: str  # insert, update, delete
    field: str | None
    old: Any
    new: Any
    batch_id: str | None = None


@dataclass(frozen=True)
class Touched:
    """What one batch changed, for the window to refresh only what shows it.

    *records*: the ids changed per table (None for a table with more than `MANY` of them);
    *rows*: the tables where rows appeared or went (added, deleted, restored);
    *fields*: the columns updated per table."""

    records: dict[str, frozenset[str] | None]
    rows: frozenset[str]
    fields: dict[str, frozenset[str]]

    MANY = 2000

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.records)

    def ids(self, table: str) -> frozenset[str] | None:
        """The ids of *table* changed (empty: none; None: too many to list)."""
        return self.records.get(table, frozenset())


def touched_by(db: Any, batch_id: str) -> Touched:
    """What the batch *batch_id* changed, read from the change log (two grouped queries)."""
    fields: dict[str, set[str]] = {}
    rows: set[str] = set()
    for table, action, name in db.execute(
        "SELECT tbl, action, field FROM change_log WHERE batch_id = ? GROUP BY tbl, action, field", [batch_id]
    ).fetchall():
        if action != "update" or name == "deleted_at":
            rows.add(table)
        if action == "update" and name:
            fields.setdefault(table, set()).add(name)
    records: dict[str, frozenset[str] | None] = {}
    for table, count in db.execute(
        "SELECT tbl, count(DISTINCT record_id) FROM change_log WHERE batch_id = ? GROUP BY tbl", [batch_id]
    ).fetchall():
        if count > Touched.MANY:
            records[table] = None
        else:
            ids = db.execute(
                "SELECT DISTINCT record_id FROM change_log WHERE batch_id = ? AND tbl = ?", [batch_id, table]
            ).fetchall()
            records[table] = frozenset(r[0] for r in ids)
    return Touched(records, frozenset(rows), {t: frozenset(f) for t, f in fields.items()})


@dataclass(frozen=True)
class Batch:
    id: str
    at: str
    who: str
    label: str
    kind: str
    reverts: str | None = None
    changes: int = 0
    # What it changed (None: not known, e.g. a batch read back from the history).
    touched: Touched | None = None


_CHANGE_SQL = (
    "SELECT l.seq, coalesce(b.at, ''), coalesce(b.who, ''), coalesce(b.label, ''), coalesce(b.kind, ''), "
    "l.tbl, l.record_id, l.action, l.field, l.old, l.new, l.batch_id "
    "FROM change_log l LEFT JOIN change_batch b ON b.id = l.batch_id "
)


def record_history(store: OpenStore, record_id: str, *, limit: int = 200, quiet: bool = False) -> list[Change]:
    """The changes to one record, and the exports about it (a briefing note, a letter drafted),
    newest first; *quiet* includes the bookkeeping fields."""
    rows = store.db.execute(
        _CHANGE_SQL + "WHERE l.record_id = ? OR (l.tbl = 'export_record' AND l.record_id IN "
        "(SELECT e.id FROM export_record e, json_each(e.subjects) s WHERE s.value = ?)) "
        "ORDER BY l.seq DESC LIMIT ?",
        [record_id, record_id, limit],
    ).fetchall()
    changes = [Change(*row) for row in rows]
    return changes if quiet else [c for c in changes if c.field not in QUIET_FIELDS]


def batch_changes(store: OpenStore, batch_id: str) -> list[Change]:
    rows = store.db.execute(_CHANGE_SQL + "WHERE l.batch_id = ? ORDER BY l.seq", [batch_id]).fetchall()
    return [Change(*row) for row in rows]


def get_batch(store: OpenStore, batch_id: str) -> Batch | None:
    row = store.db.execute(
        "SELECT id, at, who, label, kind, reverts, (SELECT count(*) FROM change_log WHERE batch_id = b.id) "
        "FROM change_batch b WHERE id = ?",
        [batch_id],
    ).fetchone()
    return Batch(*row) if row else None


def recent_batches(store: OpenStore, limit: int = 50) -> list[Batch]:
    rows = store.db.execute(
        "SELECT id, at, who, label, kind, reverts, (SELECT count(*) FROM change_log WHERE batch_id = b.id) "
        "FROM change_batch b ORDER BY seq DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [Batch(*row) for row in rows]


def last_change_seq(store: OpenStore) -> int:
    row = store.db.execute("SELECT max(seq) FROM change_log").fetchone()
    return int(row[0] or 0)


# --- reverting -------------------------------------------------------------------------------


def revert(store: OpenStore, batch_id: str, *, kind: str = "undo", label: str = "") -> str:
    """Write the inverse of batch *batch_id* as a new batch; returns the new batch's id."""
    original = get_batch(store, batch_id)
    if original is None:
        raise StoreError(Message("No change %1 in the history.", Typed(batch_id)))
    if original.kind == "export":
        raise StoreError(
            Message(
                "%1 wrote a file, which the database cannot take back; delete the file if it "
                "should not exist (the history keeps the record of the export).",
                ChangeName(original.label),
            )
        )
    changes = batch_changes(store, batch_id)
    if not changes:
        raise StoreError(
            Message("The change %1 wrote nothing; there is nothing to revert.", ChangeName(original.label))
        )
    verb = "Undo" if kind == "undo" else "Redo"
    with store.batch(label or f"{verb}: {root_label(store, original)}", kind=kind, reverts=batch_id) as new_id:
        for change in reversed(changes):
            _invert(store, change, original)
        if any(c.table == "record_merge" for c in changes):
            refresh(store)  # merged ids are derived from the merges
    return new_id


def _invert(store: OpenStore, change: Change, original: Batch) -> None:
    db, table, rid = store.db, change.table, change.record_id
    if table not in TABLES:
        raise StoreError(Message("Cannot revert a change to %1.", Typed(table)))
    if change.action == "insert":
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [rid]).fetchone() is None:
            raise RevertConflict(Message("Cannot revert %1: the record it added is gone.", ChangeName(original.label)))
        try:
            db.execute(f"DELETE FROM {table} WHERE id = ?", [rid])
        except Exception as exc:  # a foreign key: something added later refers to it
            if "FOREIGN KEY" in str(exc).upper():
                raise RevertConflict(
                    Message("Cannot revert %1: records added since refer to what it added.", ChangeName(original.label))
                ) from exc
            raise
    elif change.action == "delete":
        row = json.loads(change.old)
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [rid]).fetchone() is not None:
            raise RevertConflict(Message("Cannot revert %1: the record exists again.", ChangeName(original.label)))
        cols = ", ".join(row)
        db.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    else:
        assert change.field is not None
        current = db.execute(f"SELECT {change.field} FROM {table} WHERE id = ?", [rid]).fetchone()
        if current is None:
            raise RevertConflict(
                Message("Cannot revert %1: the record it changed is gone.", ChangeName(original.label))
            )
        if change.field not in QUIET_FIELDS and current[0] != change.new:
            raise RevertConflict(
                Message(
                    "Cannot revert %1: %2 was changed again since.", ChangeName(original.label), Field(change.field)
                )
            )
        db.execute(f"UPDATE {table} SET {change.field} = ? WHERE id = ?", [change.old, rid])


@dataclass
class UndoStack:
    """The user's changes in this window, to undo and redo (a new change clears the redo side)."""

    undo: list[str] = field(default_factory=list)
    redo: list[str] = field(default_factory=list)
    limit: int = 100

    def pushed(self, batch: Batch) -> None:
        """Called for every batch committed; keeps the user's own (an export is passed over:
        there is nothing to undo, and what could be redone stays so)."""
        if batch.kind in ("user", "import"):
            self.undo.append(batch.id)
            del self.undo[: -self.limit]
            self.redo.clear()

    def undo_label(self, store: OpenStore) -> str | None:
        return _label(store, self.undo)

    def redo_label(self, store: OpenStore) -> str | None:
        return _label(store, self.redo)

    def undo_last(self, store: OpenStore) -> str:
        if not self.undo:
            raise StoreError(Message("There is nothing to undo."))
        new_id = revert(store, self.undo[-1], kind="undo")
        self.redo.append(new_id)
        self.undo.pop()
        return new_id

    def redo_last(self, store: OpenStore) -> str:
        if not self.redo:
            raise StoreError(Message("There is nothing to redo."))
        new_id = revert(store, self.redo[-1], kind="redo")
        self.undo.append(new_id)
        self.redo.pop()
        return new_id


def root_label(store: OpenStore, batch: Batch) -> str:
    """What the user did first: the undo of X and the redo of X are both about X."""
    original: Batch | None = batch
    while original is not None and original.reverts:
        batch = original
        original = get_batch(store, original.reverts)
    return (original or batch).label


def _label(store: OpenStore, stack: list[str]) -> str | None:
    batch = get_batch(store, stack[-1]) if stack else None
    return root_label(store, batch) if batch else None
