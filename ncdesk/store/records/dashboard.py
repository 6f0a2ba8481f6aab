"""The first screen: what is coming, what needs doing, what is due, what the Court decided lately."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ncdesk.core.alerts import UPCOMING_DAYS, Flag, flags, is_upcoming
from ncdesk.store.file.schema import TABLES
from ncdesk.store.records.alerts import (
    DestinationObligation,
    FactsCache,
    destinations_of,
    facts_from,
    obligation_preview,
)
from ncdesk.store.records.duplicates import Pair, pairs
from ncdesk.store.store import Record, Store

RECENT_FINDINGS_DAYS = 365
# Rows of each list the dashboard shows (the soonest, the most urgent, the latest); the rest are
# counted, and the Travel alerts view lists them all. Ten or a hundred times the real record
# would otherwise put thousands of rows on the first screen.
SHOWN = 50


@dataclass
class UpcomingVisit:
    alert: Record
    person: Record
    obligations: list[DestinationObligation]
    flags: list[Flag]


@dataclass
class AlertNeedingAction:
    alert: Record
    person: Record
    flags: list[Flag]


@dataclass
class Deadline:
    deadline: Record
    about: tuple[str, str] | None  # (kind, id) of the record it concerns
    state: Record | None
    overdue: bool
    days_left: int


@dataclass
class Dashboard:
    today: dt.date
    upcoming: list[UpcomingVisit] = field(default_factory=list)
    needing_action: list[AlertNeedingAction] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    recent_findings: list[Record] = field(default_factory=list)
    latest_visits: list[tuple[Record, Record | None]] = field(default_factory=list)  # closed alerts, person
    # How many there are in all (each list above holds at most SHOWN of them).
    upcoming_total: int = 0
    needing_action_total: int = 0
    recent_findings_total: int = 0
    # Records a package brought that may be one with a record here (store/records/duplicates.py).
    duplicates: list[Pair] = field(default_factory=list)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _live_records(store: Store, refs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of the (table, id) *refs* name a record that is there (not deleted), a query a table."""
    live: set[tuple[str, str]] = set()
    by_table: dict[str, list[str]] = {}
    for table, record_id in refs:
        by_table.setdefault(table, []).append(record_id)
    for table, ids in by_table.items():
        if table not in TABLES:  # as store.get says
            raise ValueError(f"unknown table {table!r}")
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id IN ({marks})"
            live.update((table, str(r[0])) for r in store.db.execute(sql, chunk).fetchall())
    return live


def _read(store: Store, table: str, ids: list[str]) -> dict[str, Record]:
    """The records of *table* with *ids* (not deleted), by id: a query per 500."""
    out: dict[str, Record] = {}
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        for r in store.rows(table, f"id IN ({', '.join('?' * len(chunk))})", chunk):
            out[r["id"]] = r
    return out


def build(
    store: Store, today: dt.date | None = None, upcoming_days: int = UPCOMING_DAYS, shown: int = SHOWN
) -> Dashboard:
    today = today or store.today()
    board = Dashboard(today)
    # Which persons are there (an alert about a deleted one is not shown); only those shown are read.
    live_persons = {str(r[0]) for r in store.db.execute("SELECT id FROM person WHERE deleted_at IS NULL")}
    # Only open alerts can be upcoming or need action (a closed one has no flag). Their flags are
    # judged from one light query (whether each has a letter and was shared included); only the
    # alerts shown are read in full.
    found_rows = store.db.execute(
        "SELECT r.id, r.person_id, r.status, r.date_from, r.date_to, "
        "EXISTS (SELECT 1 FROM letter x WHERE x.alert_id = r.id AND x.deleted_at IS NULL), "
        "EXISTS (SELECT 1 FROM court_share c WHERE c.alert_id = r.id AND c.deleted_at IS NULL) "
        "FROM travel_alert r INDEXED BY idx_alert_open "  # (migration m006)
        "WHERE r.deleted_at IS NULL AND r.status != 'closed' ORDER BY r.date_from, r.rowid"
    ).fetchall()
    upcoming: list[tuple[str, str, list[Flag]]] = []
    needing: list[tuple[str, str, list[Flag], str | None]] = []
    for alert_id, person_id, status, date_from, date_to, has_letter, shared in found_rows:
        if person_id not in live_persons:
            continue
        known = {"status": status, "date_from": date_from, "date_to": date_to}
        found = flags(facts_from(known, has_letter=bool(has_letter), shared=bool(shared)), today)
        if is_upcoming(_day(date_from), _day(date_to), today, upcoming_days):
            upcoming.append((alert_id, person_id, found))
        if found:
            needing.append((alert_id, person_id, found, date_from))
    needing.sort(key=lambda a: (not any(f.urgent for f in a[2]), a[3] or "9999"))
    board.upcoming_total, board.needing_action_total = len(upcoming), len(needing)
    facts: FactsCache = {}  # the same persons and States come back from visit to visit
    shown_ids = [a[0] for a in upcoming[:shown]] + [a[0] for a in needing[:shown]]
    alerts = _read(store, "travel_alert", shown_ids)  # the alerts shown, read in full at once
    latest = store.query(
        "travel_alert",
        "SELECT * FROM travel_alert INDEXED BY idx_alert_closed "  # (migration m006)
        "WHERE deleted_at IS NULL AND status = 'closed' ORDER BY date_to DESC LIMIT 5",
    )
    persons = _read(
        store,
        "person",
        [a[1] for a in upcoming[:shown]] + [a[1] for a in needing[:shown]] + [a["person_id"] for a in latest],
    )
    destinations = destinations_of(store, [a[0] for a in upcoming[:shown]])
    for alert_id, person_id, found in upcoming[:shown]:
        alert = alerts[alert_id]
        state_ids = [d["id"] for d in destinations[alert_id]]
        found_obligations = obligation_preview(
            store, alert["person_id"], state_ids, _day(alert["date_from"]), _day(alert["date_to"]), facts=facts
        )
        board.upcoming.append(UpcomingVisit(alert, persons[person_id], found_obligations, found))
    for alert_id, person_id, found, _ in needing[:shown]:
        board.needing_action.append(AlertNeedingAction(alerts[alert_id], persons[person_id], found))
    deadlines = store.rows("deadline", "done_on IS NULL", order_by="due_on")
    states = {s["id"]: s for s in store.rows("state")} if deadlines else {}
    live = _live_records(store, [(d["record_kind"], d["record_id"]) for d in deadlines if d["record_kind"]])
    for d in deadlines:
        due = dt.date.fromisoformat(d["due_on"])
        kind_ok = d["record_kind"] and (d["record_kind"], d["record_id"]) in live
        state = states.get(d["state_id"]) if d["state_id"] else None
        board.deadlines.append(
            Deadline(d, (d["record_kind"], d["record_id"]) if kind_ok else None, state, due < today, (due - today).days)
        )
    since = (today - dt.timedelta(days=RECENT_FINDINGS_DAYS)).isoformat()
    board.recent_findings = store.query(
        "finding",
        "SELECT * FROM finding WHERE deleted_at IS NULL AND date >= ? AND date <= ? ORDER BY date DESC LIMIT ?",
        [since, today.isoformat(), shown],
    )
    board.recent_findings_total = int(
        store.db.execute(
            "SELECT count(*) FROM finding WHERE deleted_at IS NULL AND date >= ? AND date <= ?",
            [since, today.isoformat()],
        ).fetchone()[0]
    )
    if not board.recent_findings:  # a quiet year: show the latest ones
        board.recent_findings = store.query(
            "finding", "SELECT * FROM finding WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 5"
        )
        board.recent_findings_total = len(board.recent_findings)
    board.latest_visits = [(a, persons.get(a["person_id"])) for a in latest]
    board.duplicates = pairs(store, received_only=True)[:shown]
    return board
