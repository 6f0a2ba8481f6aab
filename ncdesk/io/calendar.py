"""Upcoming visits and deadlines as an iCalendar file (.ics) for Outlook or any calendar.

Uses the `icalendar` library (RFC 5545 escaping and folding done right). Each event keeps
the record's UUID, so importing the file again updates the events instead of doubling them.
A calendar updates an event only when its SEQUENCE is higher, and removes one only when it is
sent as cancelled: each export compares its events with what the previous one sent
(store/records/calendar_events.py), raises the sequence of each that changed, keeps a visit that was
cancelled (or whose record is gone) as STATUS:CANCELLED until its days are past, and keeps a
visit closed otherwise or a deadline done, so that the calendars see the change.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from icalendar import Calendar, Event

from ncdesk import __version__
from ncdesk.core import labels
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.core.wording import render
from ncdesk.core.wording import say as sentence
from ncdesk.io.translations import check_language, country_name, format_dates, translate, wording
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.records.alerts import destinations, obligations
from ncdesk.store.records.calendar_events import SentEvent, remember, sent_events
from ncdesk.store.records.detail import state_list
from ncdesk.store.store import Store


@dataclass
class CalendarExport:
    """A calendar and what to remember of its events once written (`remember`)."""

    calendar: Calendar
    events: list[SentEvent] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.events)

    def to_ical(self) -> bytes:
        return bytes(self.calendar.to_ical())


def _finish(
    event: Event, uid: str, first: dt.date, last: dt.date, stamp: dt.datetime, before: SentEvent | None
) -> SentEvent:
    """Give *event* its UID, days, stamp and sequence: the previous one, raised by one when its
    content differs from what was last sent."""
    event.add("uid", uid)
    event.add("dtstart", first)
    event.add("dtend", last + dt.timedelta(days=1))
    fingerprint = hashlib.sha256(event.to_ical()).hexdigest()
    sequence = 0 if before is None else before.sequence + (before.fingerprint != fingerprint)
    event.add("sequence", sequence)
    event.add("dtstamp", stamp)
    cancelled = str(event.get("status", "")) == "CANCELLED"
    summary = str(event.get("summary", ""))
    return SentEvent(uid, sequence, fingerprint, summary, first.isoformat(), last.isoformat(), cancelled)


def build_calendar(store: Store, today: dt.date | None = None, lang: str = "en") -> Calendar:
    """The calendar, its words in *lang* (en, fr, es, ar); what was typed stays as typed."""
    return export_calendar(store, today, lang).calendar


def export_calendar(store: Store, today: dt.date | None = None, lang: str = "en") -> CalendarExport:  # noqa: PLR0912, PLR0915 - the visits, the deadlines and the cancelled events in one pass, in file order
    """The calendar and its events' sequences, compared with what the last export sent (read
    only: `remember` records them once the file is written)."""
    today = today or store.today()
    lang = check_language(lang)
    w = wording(lang)
    before = sent_events(store)
    sent: list[SentEvent] = []

    def say(text: str, *args: object) -> str:
        return render(sentence(text, *args, context="calendar"), w)

    cal = Calendar()
    cal.add("prodid", f"-//ncdesk//ncdesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", say(QT_TRANSLATE_NOOP("calendar", "ncdesk: visits and deadlines")))
    stamp = store.clock().astimezone(dt.UTC).replace(microsecond=0)
    for alert in store.rows("travel_alert", "date_from IS NOT NULL", order_by="date_from, id"):
        uid = f"{alert['id']}@ncdesk"
        if alert["status"] == "closed" and uid not in before:
            continue  # a visit closed before it was ever sent: nothing to tell the calendars
        start = dt.date.fromisoformat(alert["date_from"])
        end = dt.date.fromisoformat(alert["date_to"] or alert["date_from"])
        if end < today:
            continue
        person = store.require("person", alert["person_id"])
        states = [s["name"] for s in destinations(store, alert["id"])]
        in_lang = functools.partial(translate, lang=lang)
        status = labels.value_label(alert["status"], in_lang) or alert["status"]
        if alert["status"] == "closed" and alert["outcome"]:
            outcome = alert["outcome"]
            status += f" ({labels.value_label(outcome, in_lang) or outcome})"
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
        summary = say(QT_TRANSLATE_NOOP("calendar", "Visit: %1 to %2"), person["name"], state_list(states))
        event.add("summary", summary if states else say(QT_TRANSLATE_NOOP("calendar", "Visit: %1"), person["name"]))
        event.add("description", "\n".join(lines))
        event.add("categories", ["ncdesk", "travel alert"])
        if alert["status"] == "closed" and alert["outcome"] == "cancelled":
            event.add("status", "CANCELLED")
        else:  # a report not yet verified is tentative
            event.add("status", "TENTATIVE" if alert["status"] == "reported" else "CONFIRMED")
        sent.append(_finish(event, uid, start, end, stamp, before.get(uid)))
        cal.add_component(event)
    for deadline in store.rows("deadline", order_by="due_on, id"):
        uid = f"{deadline['id']}@ncdesk"
        if deadline["done_on"] and uid not in before:
            continue
        due = dt.date.fromisoformat(deadline["due_on"])
        if deadline["done_on"] and due < today:
            continue
        event = Event()
        state_row = store.get("state", deadline["state_id"]) if deadline["state_id"] else None
        what = str(deadline["description"])
        if state_row:
            what = say(QT_TRANSLATE_NOOP("calendar", "%1: %2"), country_name(state_row["name"], lang), what)
        event.add("summary", say(QT_TRANSLATE_NOOP("calendar", "Deadline: %1"), what))
        if deadline["done_on"]:
            event.add(
                "description",
                say(QT_TRANSLATE_NOOP("calendar", "Done on %1."), format_dates(deadline["done_on"], lang)),
            )
        elif due < today:
            event.add("description", say(QT_TRANSLATE_NOOP("calendar", "Overdue.")))
        event.add("categories", ["ncdesk", "deadline"])
        event.add("status", "CONFIRMED")
        sent.append(_finish(event, uid, due, due, stamp, before.get(uid)))
        cal.add_component(event)
    # what an earlier export sent whose record is gone (deleted, undated, merged away): cancelled
    # until its days are past
    present = {e.uid for e in sent}
    for uid, gone in sorted(before.items(), key=lambda item: (item[1].first_day, item[0])):
        if uid in present or dt.date.fromisoformat(gone.last_day) < today:
            continue
        event = Event()
        event.add("summary", gone.summary)
        event.add("status", "CANCELLED")
        first, last = dt.date.fromisoformat(gone.first_day), dt.date.fromisoformat(gone.last_day)
        sent.append(_finish(event, uid, first, last, stamp, gone))
        cal.add_component(event)
    return CalendarExport(cal, sent)


def write_calendar(store: Store, target: Path, today: dt.date | None = None, lang: str = "en") -> CalendarExport:
    """Write the calendar, its words in *lang*, without recording it: `remember` the events
    once the file is written (on a writable connection)."""
    export = export_calendar(store, today, lang)
    with atomic_write(Path(target), "wb", encoding=None, folder=store.folder) as fh:
        fh.write(export.to_ical())
    return export


def write_ics(store: Store, target: Path, today: dt.date | None = None, lang: str = "en") -> int:
    """Write the calendar, its words in *lang*, and remember what it sent; returns the number
    of events."""
    export = write_calendar(store, target, today, lang)
    remember(store, export.events)
    return export.count
