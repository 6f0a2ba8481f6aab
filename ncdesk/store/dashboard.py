"""The first screen: what is coming, what needs doing, what is due, what the Court decided lately."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ncdesk.core.alerts import UPCOMING_DAYS, Flag, is_upcoming
from ncdesk.store.alerts import DestinationObligation, alert_flags, obligations
from ncdesk.store.store import Record, Store

RECENT_FINDINGS_DAYS = 365


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


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def build(store: Store, today: dt.date | None = None, upcoming_days: int = UPCOMING_DAYS) -> Dashboard:
    today = today or dt.date.today()
    board = Dashboard(today)
    persons = {p["id"]: p for p in store.rows("person")}
    for alert in store.rows("travel_alert", order_by="date_from"):
        person = persons.get(alert["person_id"])
        if person is None:
            continue
        found = alert_flags(store, alert, today)
        start, end = _day(alert["date_from"]), _day(alert["date_to"])
        if alert["status"] != "closed" and is_upcoming(start, end, today, upcoming_days):
            board.upcoming.append(UpcomingVisit(alert, person, obligations(store, alert), found))
        if found:
            board.needing_action.append(AlertNeedingAction(alert, person, found))
    board.needing_action.sort(key=lambda a: (not any(f.urgent for f in a.flags), a.alert["date_from"] or "9999"))
    for d in store.rows("deadline", "done_on IS NULL", order_by="due_on"):
        due = dt.date.fromisoformat(d["due_on"])
        kind_ok = d["record_kind"] and store.get(d["record_kind"], d["record_id"]) is not None
        state = store.get("state", d["state_id"]) if d["state_id"] else None
        board.deadlines.append(
            Deadline(d, (d["record_kind"], d["record_id"]) if kind_ok else None, state, due < today, (due - today).days)
        )
    since = (today - dt.timedelta(days=RECENT_FINDINGS_DAYS)).isoformat()
    board.recent_findings = store.rows(
        "finding", "date >= ? AND date <= ?", [since, today.isoformat()], order_by="date DESC"
    )
    if not board.recent_findings:  # a quiet year: show the latest ones
        board.recent_findings = store.rows("finding", order_by="date DESC")[:5]
    return board
