"""What the calendar export last sent of each event (table `calendar_event`, migration m009).

A calendar program that imports the .ics again updates an event only when its SEQUENCE is
higher than the one it holds, and removes it only when it is sent as STATUS:CANCELLED: an
event that simply disappears from the file stays in the calendars. So each export compares
every event with what was last sent (a fingerprint of its content), raises the sequence of
those that changed, and sends again, cancelled, the events whose record is gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ncdesk.store.store import Store


@dataclass(frozen=True)
class SentEvent:
    uid: str
    sequence: int
    fingerprint: str
    summary: str
    first_day: str  # ISO days, the last one included
    last_day: str
    cancelled: bool = False


def sent_events(store: Store) -> dict[str, SentEvent]:
    """Every event an export sent, by UID."""
    rows = store.db.execute(
        "SELECT uid, sequence, fingerprint, summary, first_day, last_day, cancelled FROM calendar_event"
    ).fetchall()
    return {r[0]: SentEvent(r[0], int(r[1]), r[2], r[3], r[4], r[5], bool(r[6])) for r in rows}


def remember(store: Store, events: Iterable[SentEvent]) -> None:
    """Record what an export just wrote (nothing in a read-only folder: its file is written, and
    the next export from a writable copy compares with what that copy sent)."""
    if store.read_only:
        return
    at = store.now()
    rows = [
        (e.uid, e.sequence, e.fingerprint, e.summary, e.first_day, e.last_day, int(e.cancelled), at) for e in events
    ]
    with store._translated(), store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO calendar_event(uid, sequence, fingerprint, summary, first_day, last_day, cancelled, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uid) DO UPDATE SET sequence = excluded.sequence, "
            "fingerprint = excluded.fingerprint, summary = excluded.summary, first_day = excluded.first_day, "
            "last_day = excluded.last_day, cancelled = excluded.cancelled, sent_at = excluded.sent_at",
            rows,
        )
