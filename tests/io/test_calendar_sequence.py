"""The calendar tells the calendars what changed (issue 21): stable UIDs, SEQUENCE raised when
an event changes and only then, a cancelled visit (or one whose record is gone) sent again as
STATUS:CANCELLED until its days are past, a deadline done kept with when it was done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from icalendar import Calendar

from ncdesk.io.calendar import write_calendar, write_ics
from ncdesk.store.records import alerts
from ncdesk.store.records.calendar_events import remember, sent_events
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock

TODAY = dt.date(2026, 11, 23)
PUTIN = ref_id("person", "vladimir-putin")


def _alert(store: Store) -> str:
    return alerts.create_alert(
        store,
        {"person_id": PUTIN, "destinations": [ref_id("state", "MNG")], "date": "2026-12-01/2026-12-03",
         "reliability": "probable", "source_description": "press", "received_at": "2026-11-20"},
        status="reported",
    )  # fmt: skip


def _deadline(store: Store, alert_id: str, description: str = "Letter to send") -> str:
    return save(store, "deadline", {"record_kind": "travel_alert", "record_id": alert_id, "due_on": "2026-11-30",
                                    "description": description})  # fmt: skip


def _export(store: Store, target: Path, today: dt.date = TODAY) -> dict[str, Any]:
    write_ics(store, target, today)
    cal = Calendar.from_ical(target.read_bytes())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def _seq(event: Any) -> int:
    return int(event.decoded("sequence"))


def test_an_unchanged_export_is_the_same_file_and_a_change_raises_the_sequence(
    store: Store, tmp_path: Path, clock: FixedClock
) -> None:
    aid = _alert(store)
    did = _deadline(store, aid)
    first = tmp_path / "first.ics"
    events = _export(store, first)
    visit, deadline = events[f"{aid}@ncdesk"], events[f"{did}@ncdesk"]
    assert (_seq(visit), _seq(deadline)) == (0, 0)
    assert str(visit["status"]) == "TENTATIVE"  # a report not yet verified
    assert str(deadline["status"]) == "CONFIRMED"
    assert visit.decoded("dtstamp") == clock()  # the injected clock, not the machine's
    again = tmp_path / "again.ics"
    _export(store, again)
    assert again.read_bytes() == first.read_bytes()
    alerts.take_step(store, aid, "verified", at=dt.date(2026, 11, 21))
    clock.advance(hours=1)
    events = _export(store, tmp_path / "verified.ics")
    visit = events[f"{aid}@ncdesk"]
    assert (_seq(visit), str(visit["status"])) == (1, "CONFIRMED")
    assert "Status: Verified" in str(visit["description"])
    assert _seq(events[f"{did}@ncdesk"]) == 0  # the deadline did not change
    assert visit.decoded("dtstamp") == clock()


def test_a_cancelled_visit_stays_as_cancelled_until_its_days_are_past(store: Store, tmp_path: Path) -> None:
    aid = _alert(store)
    uid = f"{aid}@ncdesk"
    assert _seq(_export(store, tmp_path / "1.ics")[uid]) == 0
    alerts.take_step(store, aid, "closed", at=dt.date(2026, 11, 22), outcome="cancelled")
    visit = _export(store, tmp_path / "2.ics")[uid]
    assert (_seq(visit), str(visit["status"])) == (1, "CANCELLED")
    assert str(visit["summary"]) == "Visit: Vladimir Vladimirovich Putin to Mongolia"
    assert visit.decoded("dtstart") == dt.date(2026, 12, 1)
    visit = _export(store, tmp_path / "3.ics")[uid]
    assert (_seq(visit), str(visit["status"])) == (1, "CANCELLED")  # the same again: no new sequence
    assert uid not in _export(store, tmp_path / "4.ics", today=dt.date(2026, 12, 4))  # past: left alone


def test_a_visit_closed_before_it_was_ever_sent_is_not_sent(store: Store, tmp_path: Path) -> None:
    aid = _alert(store)
    alerts.take_step(store, aid, "closed", at=dt.date(2026, 11, 22), outcome="cancelled")
    assert f"{aid}@ncdesk" not in _export(store, tmp_path / "cal.ics")


def test_a_deleted_record_is_sent_cancelled_and_a_deadline_done_stays(store: Store, tmp_path: Path) -> None:
    aid = _alert(store)
    gone = _deadline(store, aid, "Reply to the Bureau")
    done = _deadline(store, aid, "Letter to send")
    _export(store, tmp_path / "1.ics")
    store.delete("deadline", gone)
    save(store, "deadline", {**store.require("deadline", done), "done_on": "2026-11-22"}, done)
    events = _export(store, tmp_path / "2.ics")
    cancelled = events[f"{gone}@ncdesk"]
    assert (_seq(cancelled), str(cancelled["status"])) == (1, "CANCELLED")
    assert str(cancelled["summary"]) == "Deadline: Reply to the Bureau"
    assert cancelled.decoded("dtstart") == dt.date(2026, 11, 30)
    kept = events[f"{done}@ncdesk"]
    assert (_seq(kept), str(kept["status"])) == (1, "CONFIRMED")
    assert str(kept["description"]) == "Done on 22 November 2026."
    assert _seq(events[f"{aid}@ncdesk"]) == 0


def test_the_file_is_valid_icalendar(store: Store, tmp_path: Path) -> None:
    aid = _alert(store)
    _deadline(store, aid)
    _export(store, tmp_path / "1.ics")
    alerts.take_step(store, aid, "closed", at=dt.date(2026, 11, 22), outcome="cancelled")
    write_ics(store, tmp_path / "2.ics", TODAY)
    data = (tmp_path / "2.ics").read_bytes()
    cal = Calendar.from_ical(data)  # the parser refuses what breaks RFC 5545's grammar
    assert str(cal["version"]) == "2.0"
    for event in cal.walk("VEVENT"):
        for prop in ("uid", "dtstamp", "dtstart", "dtend", "sequence", "summary", "status"):
            assert prop in event, prop
        assert str(event["status"]) in ("TENTATIVE", "CONFIRMED", "CANCELLED")
        assert event.decoded("dtend") > event.decoded("dtstart")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded


def test_a_written_calendar_is_only_remembered_when_told(store: Store, tmp_path: Path) -> None:
    """The window writes the file from a read-only connection, then remembers on its own."""
    aid = _alert(store)
    export = write_calendar(store, tmp_path / "cal.ics", TODAY)
    assert sent_events(store) == {}
    remember(store, export.events)
    [sent] = sent_events(store).values()
    assert (sent.uid, sent.sequence, sent.first_day, sent.last_day) == (f"{aid}@ncdesk", 0, "2026-12-01", "2026-12-03")
