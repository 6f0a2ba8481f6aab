"""Upcoming visits and deadlines as an iCalendar file (.ics) for Outlook or any calendar.

Uses the `icalendar` library (RFC 5545 escaping and folding done right). Each event keeps
the record's UUID, so importing the file again updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from ncdesk import __version__
from ncdesk.core.wording import Phrase, render
from ncdesk.io.atomic import atomic_write
from ncdesk.io.briefing.notes import LABELS
from ncdesk.io.translations import QT_TRANSLATE_NOOP, check_language, country_name, format_dates, translate, wording
from ncdesk.store.alerts import destinations, obligations
from ncdesk.store.detail import state_list
from ncdesk.store.store import Store


def build_calendar(store: Store, today: dt.date | None = None, lang: str = "en") -> Calendar:
    """The calendar, its words in *lang* (en, fr, es, ar); what was typed stays as typed."""
    today = today or dt.date.today()
    lang = check_language(lang)
    w = wording(lang)

    def say(text: str, *args: object) -> str:
        return render(Phrase(text, tuple(args), "calendar"), w)

    cal = Calendar()
    cal.add("prodid", f"-//ncdesk//ncdesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", say(QT_TRANSLATE_NOOP("calendar", "ncdesk: visits and deadlines")))
    stamp = dt.datetime.now(dt.UTC)
    for alert in store.rows("travel_alert", "status != 'closed' AND date_from IS NOT NULL", order_by="date_from"):
        start = dt.date.fromisoformat(alert["date_from"])
        end = dt.date.fromisoformat(alert["date_to"] or alert["date_from"])
        if end < today:
            continue
        person = store.require("person", alert["person_id"])
        states = [s["name"] for s in destinations(store, alert["id"])]
        status = translate("labels", LABELS[alert["status"]], lang) if alert["status"] in LABELS else alert["status"]
        lines = [
            say(QT_TRANSLATE_NOOP("calendar", "Dates as reported: %1"), format_dates(alert["date_text"], lang)),
            say(QT_TRANSLATE_NOOP("calendar", "Status: %1"), status),
        ]
        for d in obligations(store, alert):
            basis = d.at_start.basis_in(w)
            state = country_name(d.state["name"], lang)
            if d.obliged:
                verdict = say(QT_TRANSLATE_NOOP("calendar", "%1: obliged to arrest and surrender"), state)
            else:
                verdict = say(QT_TRANSLATE_NOOP("calendar", "%1: not obliged to arrest and surrender"), state)
            lines.append(f"{verdict} ({basis})" if basis else verdict)
        event = Event()
        event.add("uid", f"{alert['id']}@ncdesk")
        event.add("dtstamp", stamp)
        summary = say(QT_TRANSLATE_NOOP("calendar", "Visit: %1 to %2"), person["name"], state_list(states))
        event.add("summary", summary if states else say(QT_TRANSLATE_NOOP("calendar", "Visit: %1"), person["name"]))
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
        what = str(d["description"])
        if state:
            what = say(QT_TRANSLATE_NOOP("calendar", "%1: %2"), country_name(state["name"], lang), what)
        event.add("summary", say(QT_TRANSLATE_NOOP("calendar", "Deadline: %1"), what))
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))
        if due < today:
            event.add("description", say(QT_TRANSLATE_NOOP("calendar", "Overdue.")))
        event.add("categories", ["ncdesk", "deadline"])
        cal.add_component(event)
    return cal


def write_ics(store: Store, target: Path, today: dt.date | None = None, lang: str = "en") -> int:
    """Write the calendar, its words in *lang*; returns the number of events."""
    cal = build_calendar(store, today, lang)
    with atomic_write(Path(target), "wb", encoding=None, folder=store.folder) as fh:
        fh.write(cal.to_ical())  # type: ignore[arg-type]
    return len(cal.subcomponents)
