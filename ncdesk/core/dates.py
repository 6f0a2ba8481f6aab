"""Dates as the sources and the delegates write them.

The sources write day month year ("25 May 2010", "24-10-2024"); a travel alert is
often only partly dated ("mid-October 2025", "3–6 April 2025"). A `PartialDate` keeps
what was written together with the first and last day it can mean, so that rules can
ask "was the State a party on every day of the visit?".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from ncdesk.core import date_words
from ncdesk.core.date_words import FOREIGN_MONTH_NAMES, in_english
from ncdesk.core.text import Message, closest, fold


class DateError(ValueError):
    """A date that cannot be read, with a message that says what is wrong."""


class Precision(StrEnum):
    DAY = "day"
    RANGE = "range"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    YEAR = "year"


MONTHS = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.casefold(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_NAMES = [calendar.month_name[i] for i in range(1, 13)]

_PARTS = {
    "early": (1, 10),
    "beginning of": (1, 10),
    "mid": (11, 20),
    "mid-": (11, 20),
    "middle of": (11, 20),
    "late": (21, 31),
    "end of": (21, 31),
}

_DASH = r"\s*(?:-|–|—|to|until|till)\s*"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A day, a range of days, part of a month, a month or a year."""

    start: dt.date
    end: dt.date
    precision: Precision
    text: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DateError(
                Message("%1: the range ends (%2) before it starts (%3)", repr(self.text), self.end, self.start)
            )

    @classmethod
    def day(cls, day: dt.date) -> PartialDate:
        return cls(day, day, Precision.DAY, format_day(day))

    @property
    def is_exact(self) -> bool:
        return self.precision is Precision.DAY

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def iso(self) -> str:
        """ISO 8601 form: a day, or an interval "start/end"."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def format_day(day: dt.date) -> str:
    """Day month year, as the Assembly's documents write dates."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _month(word: str, original: str) -> int:
    key = fold(word).rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    # A text in French or Spanish ("2 décembr 2026") is offered those months' names too.
    names = MONTH_NAMES if in_english(original) is None else [*FOREIGN_MONTH_NAMES, *MONTH_NAMES]
    hint = closest(word, names, n=1)
    if hint:
        raise DateError(Message("%1: %2 is not a month (did you mean %3?)", repr(original), repr(word), hint[0]))
    raise DateError(Message("%1: %2 is not a month", repr(original), repr(word)))


def _year(word: str, original: str) -> int:
    year = int(word)
    if not 1900 <= year <= 2200:
        raise DateError(Message("%1: year %2 is out of range (1900–2200)", repr(original), year))
    return year


def _make(year: int, month: int, day: int, original: str) -> dt.date:
    if not 1 <= month <= 12:
        raise DateError(Message("%1: month %2 does not exist (months are 1–12)", repr(original), month))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateError(
            Message("%1: %2 has %3 days, not %4", repr(original), f"{MONTH_NAMES[month - 1]} {year}", last, day)
        )
    return dt.date(year, month, day)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z.]+),?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z.]+)\s+(\d{4})$")
_DAYS_RANGE = re.compile(rf"^(?:from\s+)?(\d{{1,2}}){_DASH}(\d{{1,2}})\s+([A-Za-z.]+),?\s+(\d{{4}})$")
_PART = re.compile(r"^(early|beginning of|mid-?|middle of|late|end of)\s*([A-Za-z.]+)\s+(\d{4})$")


def parse_day(text: str) -> dt.date:
    """One exact day: ISO ``2025-04-03``, ``3 April 2025``, ``April 3, 2025`` or ``03-04-2025`` (day first);
    also as ncdesk writes it in French, Spanish or Arabic ("1er avril 2025", "3 de abril de 2025")."""
    try:
        return _parse_day(text, text)
    except DateError:
        english = in_english(text)
        if english is None:
            raise
    return _parse_day(english, text)


def _parse_day(text: str, original: str) -> dt.date:
    """`parse_day` in English words; messages quote *original*."""
    text = " ".join(text.strip().split())
    if not text:
        raise DateError(Message("no date given"))
    if m := _ISO_DAY.match(text):
        return _make(_year(m[1], original), int(m[2]), int(m[3]), original)
    if m := _NUMERIC_DMY.match(text):
        return _make(_year(m[3], original), int(m[2]), int(m[1]), original)
    if m := _DAY_MONTH_YEAR.match(text):
        return _make(_year(m[3], original), _month(m[2], original), int(m[1]), original)
    if m := _MONTH_DAY_YEAR.match(text):
        return _make(_year(m[3], original), _month(m[1], original), int(m[2]), original)
    raise DateError(
        Message("%1 is not a date; write it as YYYY-MM-DD or day month year (3 April 2025)", repr(original))
    )


def parse_iso_day(text: str) -> dt.date:
    """Strict YYYY-MM-DD, as the command line asks for."""
    m = _ISO_DAY.match(text.strip())
    if not m or len(m[2]) != 2 or len(m[3]) != 2:
        raise DateError(Message("%1 is not a date in the form YYYY-MM-DD", repr(text)))
    return _make(_year(m[1], text), int(m[2]), int(m[3]), text)


def parse_partial(text: str) -> PartialDate:
    """A day, a range, part of a month, a month or a year, as a delegate writes it.

    In English, its `text` is the days as ncdesk writes them ("3–6 April 2025"); written in French,
    Spanish or Arabic as ncdesk writes them in that language ("3–6 avril 2025", "3–6 de abril de 2025",
    "mi-octobre 2025"), it is read in English words (`ncdesk.core.date_words`) and keeps its text
    as typed."""
    try:
        return _parse_partial(text)
    except DateError:
        english = in_english(text)
        if english is None:
            raise
    return replace(_parse_partial(english, text), text=date_words.clean(text))


def _parse_partial(text: str, typed: str | None = None) -> PartialDate:
    """`parse_partial` in English words; messages quote what was *typed* (default: *text*)."""
    original = text if typed is None else typed
    clean = " ".join(text.replace("\u2013", "–").replace("\u2014", "—").strip().split())
    if not clean:
        raise DateError(Message("no date given"))
    low = clean.casefold()

    if any(rx.match(clean) for rx in (_ISO_DAY, _NUMERIC_DMY, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR)):
        return PartialDate.day(_parse_day(clean, clean if typed is None else typed))

    if m := _YEAR.match(clean):
        year = _year(m[1], original)
        return PartialDate(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, str(year))
    if m := _ISO_MONTH.match(clean):
        year, month = _year(m[1], original), int(m[2])
        return _month_range(year, month, original)
    if m := _MONTH_YEAR.match(clean):
        return _month_range(_year(m[2], original), _month(m[1], original), original)
    if m := _PART.match(low):
        part = m[1].rstrip("-") if m[1] != "mid-" else "mid"
        lo, hi = _PARTS.get(part, _PARTS.get(m[1], (1, 31)))
        year, month = _year(m[3], original), _month(m[2], original)
        hi = min(hi, _last_day(year, month))
        label = {"beginning of": "early", "middle of": "mid", "end of": "late"}.get(part, part)
        sep = "-" if label == "mid" else " "
        return PartialDate(
            dt.date(year, month, lo),
            dt.date(year, month, hi),
            Precision.PART_OF_MONTH,
            f"{label}{sep}{MONTH_NAMES[month - 1]} {year}",
        )
    if m := _DAYS_RANGE.match(clean):
        year, month = _year(m[4], original), _month(m[3], original)
        start = _make(year, month, int(m[1]), original)
        end = _make(year, month, int(m[2]), original)
        return _range(start, end, original)
    # Two full dates: "28 March – 2 April 2025", "30 December 2025 – 2 January 2026",
    # "2025-04-03/2025-04-06", "from 8 October to 10 October 2025".
    body = re.sub(r"^(from|between)\s+", "", clean, flags=re.IGNORECASE)
    parts = re.split(r"\s*/\s*|\s+(?:-|–|—|to|until|till|and)\s+|\s*–\s*", body, maxsplit=1)
    if len(parts) == 2:
        left, right = parts
        end = _parse_day(right, right)
        try:
            start = _parse_day(left, left)
        except DateError:
            # "28 March" borrows the year of the end: "28 March – 2 April 2025".
            m2 = re.match(r"^(\d{1,2})\s+([A-Za-z.]+)$", left.strip())
            if not m2:
                raise DateError(
                    Message("%1: cannot read %2 as the start of the range", repr(original), repr(left))
                ) from None
            start = _make(end.year, _month(m2[2], original), int(m2[1]), original)
        return _range(start, end, original)
    raise DateError(
        Message(
            "%1 is not a date; examples: 2025-04-03, 3 April 2025, 3–6 April 2025, April 2025, mid-October 2025, 2025",
            repr(original),
        )
    )


def _month_range(year: int, month: int, original: str) -> PartialDate:
    if not 1 <= month <= 12:
        raise DateError(Message("%1: month %2 does not exist (months are 1–12)", repr(original), month))
    return PartialDate(
        dt.date(year, month, 1),
        dt.date(year, month, _last_day(year, month)),
        Precision.MONTH,
        f"{MONTH_NAMES[month - 1]} {year}",
    )


def _range(start: dt.date, end: dt.date, original: str) -> PartialDate:
    if end < start:
        raise DateError(
            Message("%1: the range ends (%2) before it starts (%3)", repr(original), format_day(end), format_day(start))
        )
    if start == end:
        return PartialDate(start, end, Precision.DAY, format_day(start))
    if start.year == end.year and start.month == end.month:
        label = f"{start.day}–{end.day} {calendar.month_name[start.month]} {start.year}"
    elif start.year == end.year:
        label = f"{start.day} {calendar.month_name[start.month]} – {format_day(end)}"
    else:
        label = f"{format_day(start)} – {format_day(end)}"
    return PartialDate(start, end, Precision.RANGE, label)


def partial_from_bounds(start: str, end: str, precision: str, text: str) -> PartialDate:
    """Rebuild a stored partial date from its columns."""
    return PartialDate(dt.date.fromisoformat(start), dt.date.fromisoformat(end), Precision(precision), text)
