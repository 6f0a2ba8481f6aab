"""Upcoming visits and deadlines as an iCalendar file (.ics) for Outlook or any calendar.

Uses the `icalendar` library (RFC 5545 escaping and folding done right). Each event keeps
the record's UUID, so importing the file again updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from ncdesk import __version__
from ncdesk.io.atomic import atomic_write
from ncdesk.store.alerts import destinations, obligations
from ncdesk.store.store import Store


def build_calendar(store: Store, today: dt.date | None = None) -> Calendar:
    today = today or dt.date.today()
    cal = Calendar()
    cal.add("prodid", f"-//ncdesk//ncdesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "ncdesk: visits and deadlines")
    stamp = dt.datetime.now(dt.UTC)
    for alert in store.rows("travel_alert", "status != 'closed' AND date_from IS NOT NULL", order_by="date_from"):
        start = dt.date.fromisoformat(alert["date_from"])
        end = dt.date.fromisoformat(alert["date_to"] or alert["date_from"])
        if end < today:
            continue
        person = store.require("person", alert["person_id"])
        states = ", ".join(s["name"] for s in destinations(store, alert["id"]))
        lines = [f"Dates as reported: {alert['date_text']}", f"Status: {alert['status'].replace('_', ' ')}"]
        for d in obligations(store, alert):
            verdict = "obliged to arrest and surrender" if d.obliged else "not obliged to arrest and surrender"
            basis = f" ({d.at_start.basis})" if d.at_start.basis else ""
            lines.append(f"{d.state['name']}: {verdict}{basis}")
        event = Event()
        event.add("uid", f"{alert['id']}@ncdesk")
        event.add("dtstamp", stamp)
        event.add("summary", f"Visit: {person['name']} to {states}")
        event.add("dtstart", start)
        event.add("dtend", end + dt.timedelta(days=1))
        event.add("description", "\n".join(lines))
        event.add("categories", ["ncdesk", "travel alert"])
        cal.add_component(event)
    for d in store.rows("deadline", "done_on IS NULL", order_by="due_on"):
        due = dt.date.fromisoformat(d["due_on"])
        event = Event()
        event.add("uid", f"{d['id']}@ncdesk")
        event.add("dtstamp", stamp)
        state = store.get("state", d["state_id"]) if d["state_id"] else None
        who = f"{state['name']}: " if state else ""
        event.add("summary", f"Deadline: {who}{d['description']}")
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))
        if due < today:
            event.add("description", "Overdue.")
        event.add("categories", ["ncdesk", "deadline"])
        cal.add_component(event)
    return cal


def write_ics(store: Store, target: Path, today: dt.date | None = None) -> int:
    """Write the calendar; returns the number of events."""
    cal = build_calendar(store, today)
    with atomic_write(Path(target), "wb", encoding=None) as fh:
        fh.write(cal.to_ical())  # type: ignore[arg-type]
    return len(cal.subcomponents)
