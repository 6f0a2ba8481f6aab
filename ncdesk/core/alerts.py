"""The life of a travel alert, and what a delegate should do next.

reported → verified → focal points activated → letter sent → Court informed → closed (with an
outcome). Steps go forward (a step may be skipped: the Court can be told before a letter is
sent), each at a moment no earlier than the step before it; an outcome is recorded when the
alert is closed, and only then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ncdesk.core.dates import format_day
from ncdesk.core.labels import Translate
from ncdesk.core.model import AlertOutcome, AlertStatus
from ncdesk.core.text import QT_TRANSLATE_NOOP, Message, Value

ORDER: tuple[AlertStatus, ...] = (
    AlertStatus.REPORTED,
    AlertStatus.VERIFIED,
    AlertStatus.FOCAL_POINTS_ACTIVATED,
    AlertStatus.LETTER_SENT,
    AlertStatus.COURT_INFORMED,
    AlertStatus.CLOSED,
)

# How close a visit must be for a missing letter to need action now.
LETTER_HORIZON_DAYS = 14
UPCOMING_DAYS = 30


class StepError(ValueError):
    """A step that cannot be taken, with why."""


_RANK: dict[str, int] = {status: i for i, status in enumerate(ORDER)}  # members and values hash alike


def rank(status: AlertStatus | str) -> int:
    found = _RANK.get(status)  # the dashboard ranks every open alert: no enum lookup for a known one
    return found if found is not None else ORDER.index(AlertStatus(status))


def check_step(
    current: AlertStatus | str,
    step: AlertStatus | str,
    *,
    at: dt.date,
    last_at: dt.date | None = None,
    outcome: AlertOutcome | str | None = None,
) -> None:
    """Raise `StepError` if *step* cannot follow *current* on *at*."""
    cur, nxt = AlertStatus(current), AlertStatus(step)
    if cur is AlertStatus.CLOSED:
        raise StepError(Message("the alert is closed; reopen it before taking another step"))
    if rank(nxt) <= rank(cur):
        raise StepError(
            Message(
                "the alert is already at “%1”; “%2” comes before it (steps only go forward)",
                Value(cur.value),
                Value(nxt.value),
            )
        )
    if last_at is not None and at < last_at:
        raise StepError(
            Message("the step is dated %1, before the previous step (%2)", format_day(at), format_day(last_at))
        )
    if nxt is AlertStatus.CLOSED and outcome is None:
        raise StepError(Message("closing an alert needs its outcome (cancelled, arrested, not arrested, unknown)"))
    if nxt is not AlertStatus.CLOSED and outcome is not None:
        raise StepError(Message("an outcome is recorded when the alert is closed"))
    if outcome is not None:
        AlertOutcome(outcome)


def next_steps(current: AlertStatus | str) -> list[AlertStatus]:
    """The steps that may follow *current*, nearest first."""
    cur = AlertStatus(current)
    return [] if cur is AlertStatus.CLOSED else list(ORDER[rank(cur) + 1 :])


@dataclass(frozen=True)
class AlertFacts:
    """What the dashboard needs to know about an alert."""

    status: AlertStatus
    date_from: dt.date | None
    date_to: dt.date | None
    has_letter: bool
    shared_with_court: bool


class FlagKind(StrEnum):
    """What needs doing about an open alert."""

    VISIT_PASSED_OPEN = "visit_passed_open"
    NOT_SHARED = "not_shared"
    VERIFIED_NO_LETTER = "verified_no_letter"
    UNVERIFIED_CLOSE = "unverified_close"


# How each flag is said, one set of templates for every place that shows one: English, marked for
# translation (in the context of the window's dashboard, where the translations are), %n the days
# before the visit. The window, the command line and the JSON each word a flag with `flag_words`.
FLAG_CONTEXT = "DashboardView"
FLAG_WORDS: dict[FlagKind, str] = {
    FlagKind.VISIT_PASSED_OPEN: QT_TRANSLATE_NOOP(
        "DashboardView", "the visit dates have passed: record the outcome and close the alert"
    ),
    FlagKind.NOT_SHARED: QT_TRANSLATE_NOOP(
        "DashboardView", "verified but not yet shared with the Court (the Assembly asks that it be shared promptly)"
    ),
    FlagKind.VERIFIED_NO_LETTER: QT_TRANSLATE_NOOP(
        "DashboardView", "the visit is in %n day(s) and no letter has been sent"
    ),
    FlagKind.UNVERIFIED_CLOSE: QT_TRANSLATE_NOOP(
        "DashboardView", "the visit is in %n day(s) and the report is not yet verified"
    ),
}


@dataclass(frozen=True)
class Flag:
    """Something to do about an open alert: its kind, the alert's status when it was raised, and
    for a visit coming soon the days before it begins. Words come where it is shown (`flag_words`)."""

    kind: FlagKind
    urgent: bool
    status: AlertStatus
    days: int | None = None

    @property
    def code(self) -> str:
        return self.kind.value


def _english(context: str, text: str) -> str:
    return text


def flag_words(flag: Flag, translate: Translate = _english, number: Callable[[int], str] = str) -> str:
    """*flag* in words: its template through *translate* (context, English) → words, and the days
    written by *number* (the window's locale; the terminal's digits). English by default."""
    text = translate(FLAG_CONTEXT, FLAG_WORDS[flag.kind])
    return text if flag.days is None else text.replace("%n", number(flag.days))


def flags(alert: AlertFacts, today: dt.date) -> list[Flag]:
    """What needs doing about an open alert, most urgent first."""
    if alert.status is AlertStatus.CLOSED:
        return []
    out: list[Flag] = []
    start, end = alert.date_from, alert.date_to or alert.date_from
    verified = rank(alert.status) >= rank(AlertStatus.VERIFIED)
    days = (start - today).days if start else None
    soon = days is not None and 0 <= days <= LETTER_HORIZON_DAYS
    if end is not None and end < today:
        out.append(Flag(FlagKind.VISIT_PASSED_OPEN, True, alert.status))
    if verified and not alert.shared_with_court:
        out.append(Flag(FlagKind.NOT_SHARED, True, alert.status))
    if verified and not alert.has_letter and soon:
        out.append(Flag(FlagKind.VERIFIED_NO_LETTER, True, alert.status, days))
    if not verified and soon:
        out.append(Flag(FlagKind.UNVERIFIED_CLOSE, False, alert.status, days))
    return sorted(out, key=lambda f: not f.urgent) if len(out) > 1 else out


def is_upcoming(date_from: dt.date | None, date_to: dt.date | None, today: dt.date, days: int = UPCOMING_DAYS) -> bool:
    """Does the visit fall (at least partly) within the next *days* days, today included?"""
    if date_from is None:
        return False
    end = date_to or date_from
    return end >= today and date_from <= today + dt.timedelta(days=days)
