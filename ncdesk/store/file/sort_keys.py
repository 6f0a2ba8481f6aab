"""Sort keys stored on the records, kept current by triggers (migration m008 added the columns).

The Travel alerts table sorts by the alert's destinations and by when it was last shared with the
Court. Computed per row, those took a subquery per alert (8.7 s to sort 1,000,000 alerts); stored
on the alert, with an index, they are read like any column. Triggers on the tables they come from
(a destination, a sharing, a State's name) keep them current, whichever path writes: a form, an
import, a package received, undo and redo, a restore.

They are derived data (`schema.DERIVED_COLUMNS`), like the search index: their triggers are defined
here, not in a migration, and renewed (the keys recomputed) when the definition changes. The
history's triggers leave the columns out, so a key that changes is no change of the user's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ncdesk.store.file import triggers

if TYPE_CHECKING:
    from sqlite_utils import Database

TRIGGER_PREFIX = "sortkey_"

# The text the Travel alerts table shows: the live destinations' State names, in the order of
# their State ids (the order the table showed when it computed them per row).
_DESTINATIONS = (
    "(SELECT group_concat(name, ', ') FROM (SELECT s.name FROM alert_destination d JOIN state s ON s.id = d.state_id "
    "WHERE d.alert_id = {alert} AND d.deleted_at IS NULL ORDER BY d.state_id))"
)
_SHARED = "(SELECT max(c.shared_at) FROM court_share c WHERE c.alert_id = {alert} AND c.deleted_at IS NULL)"


def destinations_sql(alert: str) -> str:
    """SQL computing the destinations text of the alert whose id is the SQL *alert*."""
    return _DESTINATIONS.format(alert=alert)


def shared_sql(alert: str) -> str:
    """SQL computing when the alert whose id is the SQL *alert* was last shared with the Court."""
    return _SHARED.format(alert=alert)


def _set(column: str, value: str, where: str) -> str:
    return f"UPDATE travel_alert SET {column} = {value} WHERE {where}"


def _child_triggers(table: str, column: str, compute: str, watched: str) -> list[str]:
    """Triggers on *table* (rows naming their alert in alert_id) that recompute *column* of that alert."""

    def update(row: str) -> str:
        return _set(column, compute.format(alert=f"{row}.alert_id"), f"id = {row}.alert_id")

    name = f"{TRIGGER_PREFIX}{table}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN {update('NEW')}; END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"{update('NEW')}; {update('OLD')} AND OLD.alert_id IS NOT NEW.alert_id; END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN {update('OLD')}; END",
    ]


def definition() -> list[str]:
    both = f"destinations_text = {destinations_sql('travel_alert.id')}, shared_latest = {shared_sql('travel_alert.id')}"
    return [
        *_child_triggers("alert_destination", "destinations_text", _DESTINATIONS, "alert_id, state_id, deleted_at"),
        *_child_triggers("court_share", "shared_latest", _SHARED, "alert_id, shared_at, deleted_at"),
        # A State renamed: the alerts going there show its new name.
        f"CREATE TRIGGER {TRIGGER_PREFIX}state_name AFTER UPDATE OF name ON state WHEN OLD.name IS NOT NEW.name "
        f"BEGIN UPDATE travel_alert SET destinations_text = {destinations_sql('travel_alert.id')} "
        "WHERE id IN (SELECT alert_id FROM alert_destination WHERE state_id = NEW.id); END",
        # An alert written with keys, or after rows that name it (a revert puts back a removed alert
        # as it was): its keys as its rows say. A new alert has neither, and costs two look-ups.
        f"CREATE TRIGGER {TRIGGER_PREFIX}travel_alert_insert AFTER INSERT ON travel_alert "
        "WHEN NEW.destinations_text IS NOT NULL OR NEW.shared_latest IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM alert_destination WHERE alert_id = NEW.id) "
        "OR EXISTS (SELECT 1 FROM court_share WHERE alert_id = NEW.id) "
        f"BEGIN UPDATE travel_alert SET {both} WHERE id = NEW.id; END",
    ]


def definition_hash() -> str:
    return hashlib.sha256("\n".join(definition()).encode()).hexdigest()[:16]


def refill(db: Database) -> None:
    """Recompute every alert's keys (inside the caller's transaction)."""
    db.execute(
        f"UPDATE travel_alert SET destinations_text = {destinations_sql('travel_alert.id')}, "
        f"shared_latest = {shared_sql('travel_alert.id')}"
    )


def ensure(db: Database) -> bool:
    """Create or renew the triggers when their definition changed; True if they were renewed.

    Migration m008 fills the keys as it adds them; a later definition recomputes them."""
    if "destinations_text" not in {r[1] for r in db.execute("PRAGMA table_info(travel_alert)").fetchall()}:
        return False  # an older schema (a migration test stopped before m008)
    return triggers.renew(
        db,
        prefix=TRIGGER_PREFIX,
        statements=definition(),
        meta_key="sort_keys_definition",
        wanted=definition_hash(),
        after=lambda conn, had_one: refill(conn) if had_one else None,
    )


_SUSPENDED: set[int] = set()


@contextmanager
def suspended(db: Database) -> Iterator[None]:
    """Within the caller's transaction: add many alerts and destinations without recomputing an
    alert's keys at each destination (each recomputation rewrites the alert and its two sort
    indexes), then compute them once for each alert written meanwhile, and restore the triggers
    (bulk imports). Only the insert triggers are set aside; updates and deletions keep theirs.
    If the block raises, nothing is computed: the caller rolls the transaction back. A
    suspension inside another on the same connection does nothing of its own."""
    if not db.conn.in_transaction:
        raise RuntimeError("sort_keys.suspended() must run inside a transaction")
    key = id(db.conn)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    inserts = [s for s in definition() if s.split()[2].endswith("_insert") and s.split()[2] in names]
    if key in _SUSPENDED or not inserts:
        yield
        return
    marks = {t: int(db.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0]) for t in _WATCHED}
    for statement in inserts:
        db.execute(f"DROP TRIGGER {statement.split()[2]}")
    _SUSPENDED.add(key)
    try:
        yield
    finally:
        _SUSPENDED.discard(key)
    db.execute(
        f"UPDATE travel_alert SET destinations_text = {destinations_sql('travel_alert.id')}, "
        f"shared_latest = {shared_sql('travel_alert.id')} "
        "WHERE rowid > ? OR id IN (SELECT alert_id FROM alert_destination WHERE rowid > ?) "
        "OR id IN (SELECT alert_id FROM court_share WHERE rowid > ?)",
        [marks["travel_alert"], marks["alert_destination"], marks["court_share"]],
    )
    for statement in inserts:
        db.execute(statement)


_WATCHED = ("travel_alert", "alert_destination", "court_share")
