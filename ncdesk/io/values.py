"""The values of an imported file as a delegate typed them, read where that is safe and asked
where it is not (docs/IMPORT_FORMAT.md, "Mapping, asking, refusing").

- A closed list's value (a reliability, a status, a kind) is read in any case and accents, as
  its name (`letter_sent`, `letter sent`) or as its label in English, French, Spanish or Arabic
  ("Letter sent", "Lettre envoyée").
- A numeric date whose day and month could be swapped (10/09/2027) is not read until the file
  says which order its dates are in: one answer per file (`Mapping.dates`).
- A State name that people use for two States ("Congo", "Korea", "Guinea") is asked, with the
  United Nations' short names offered; so is a name that finds nothing, or several records.
- What is asked is a `Question`; the answers are a `Mapping`, which a file of the same shape
  (`shape_key`: its sorted headers) is offered again.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ncdesk.core import labels
from ncdesk.core.text import Day, Message, loose
from ncdesk.io.translations import LANGUAGES, translate

DAY_FIRST = "day_first"
MONTH_FIRST = "month_first"
DATE_ORDERS = (DAY_FIRST, MONTH_FIRST)
IGNORED = ""  # a column mapped to nothing: its values are not read


@dataclass
class Mapping:
    """The answers for one file: what its unknown columns are, what its unknown values mean, in
    which order its numeric dates are written.

    *columns*: a header as written → the column it is (its name, `destinations`), or `IGNORED`.
    *values*: (column name, text) → the value meant: a closed list's value, a name, or a
    record's id; the column "" stands for any column. *dates*: `DAY_FIRST`, `MONTH_FIRST` or
    None (not said). *states*: a State as written → the State's id (or a name that finds it).
    Headers and texts are compared ignoring case, accents and punctuation."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[tuple[str, str], str] = field(default_factory=dict)
    dates: str | None = None
    states: dict[str, str] = field(default_factory=dict)

    def column(self, header: str) -> str | None:
        """The column *header* was mapped to (`IGNORED` for none), or None when not mapped."""
        if not self.columns:
            return None
        key = loose(header)
        return next((v for k, v in self.columns.items() if loose(k) == key), None)

    def value(self, column: str, text: str, *, state: bool = False) -> str | None:
        """What *text* in *column* was mapped to, or None."""
        if not self.values and not (state and self.states):
            return None
        key = loose(text)
        if not key:
            return None
        if state:
            found = next((v for k, v in self.states.items() if loose(k) == key), None)
            if found is not None:
                return found
        for wanted in (column, ""):
            found = next((v for (c, k), v in self.values.items() if c == wanted and loose(k) == key), None)
            if found is not None:
                return found
        return None

    def merged(self, other: Mapping) -> Mapping:
        """This mapping with *other*'s answers over it."""
        return Mapping(
            {**self.columns, **other.columns},
            {**self.values, **other.values},
            other.dates or self.dates,
            {**self.states, **other.states},
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "columns": self.columns,
                "values": [[c, t, v] for (c, t), v in self.values.items()],
                "dates": self.dates,
                "states": self.states,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """A mapping written by `to_json`; what is not of its shape is left out."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        columns = data.get("columns")
        columns = columns if isinstance(columns, dict) else {}
        states = data.get("states")
        states = states if isinstance(states, dict) else {}
        values = data.get("values")
        values = values if isinstance(values, list) else []
        dates = data.get("dates") if data.get("dates") in DATE_ORDERS else None
        return cls(
            {str(k): str(v) for k, v in columns.items()},
            {(str(v[0]), str(v[1])): str(v[2]) for v in values if isinstance(v, list) and len(v) == 3},
            dates,
            {str(k): str(v) for k, v in states.items()},
        )


@dataclass
class Question:
    """Something the file does not say and ncdesk will not guess, asked once per file.

    *what*: "column" (a header not known), "value" (a closed list's value not known), "state",
    "person", "situation", "case" (a name that finds no record, several, or a State name used
    for two States), "date_order" (numeric dates whose day and month could be swapped).
    *column*: the column's name (for "column": the header). *text*: what the file says.
    *suggestions*: the answers, most likely first. *places*: (sheet, row, column) of every cell
    it is asked for (the first ones). *count*: how many cells."""

    what: str
    column: str
    text: str
    suggestions: list[str]
    file: str
    places: list[tuple[str | None, int | None, str | None]] = field(default_factory=list)
    count: int = 0

    def where(self) -> str:
        """The first place it is asked for, as a problem names it (file:sheet:row)."""
        sheet, row, _ = self.places[0] if self.places else (None, None, None)
        out = self.file
        if sheet:
            out += f":{sheet}"
        if row is not None:
            out += f":{row}"
        return out

    def answer_flag(self, answer: str | None = None) -> str:
        """The command line's option that answers it (with *answer*, else the first suggestion)."""
        answer = answer if answer is not None else (self.suggestions[0] if self.suggestions else "…")
        if self.what == "date_order":
            return "--day-first" if answer == DAY_FIRST else "--month-first"
        if self.what == "column":
            return f'--map-column "{self.text}={answer}"'
        if self.what == "value":
            return f'--map-value "{self.column}:{self.text}={answer}"'
        return f'--map-value "{self.text}={answer}"'


# --- closed lists ------------------------------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", loose(text)).split())


def closed_names(value: str) -> list[str]:
    """Every way *value* of a closed list may be written: itself, and its label in each language."""
    names = [value, value.replace("_", " ")]
    label = labels.VALUES.get(value)
    if label:
        names += [translate(labels.CONTEXT, label, lang) for lang in LANGUAGES]
    return names


_DOUBT = "?¿؟？"


def closed_value(choices: Iterable[str], text: str) -> str | None:
    """The value of *choices* that *text* names, ignoring case, accents and punctuation; or None.
    A question mark (?, ¿, Arabic ؟) is not ignored: "Probable?" is the typist's doubt, asked rather
    than read."""
    if any(mark in text for mark in _DOUBT):
        return None
    return _closed_index(tuple(choices)).get(_cell_key(text))


@functools.lru_cache(maxsize=64)
def _closed_index(choices: tuple[str, ...]) -> dict[str, str]:
    """Every way of writing each value of *choices*, folded, to the value (the first value wins)."""
    index: dict[str, str] = {}
    for value in choices:
        for name in closed_names(value):
            index.setdefault(_key(name), value)
    index.pop("", None)
    return index


@functools.lru_cache(maxsize=4096)
def _cell_key(text: str) -> str:
    """`_key` of a cell's text, remembered: a file repeats the same few values thousands of times."""
    return _key(text)


def ranked(text: str, candidates: Iterable[str], n: int = 5) -> list[str]:
    """*candidates* most like *text* first (containing it, then by similarity), at most *n*."""
    target = _key(text)
    scored = []
    for i, cand in enumerate(dict.fromkeys(candidates)):
        key = _key(cand)
        contains = bool(target) and bool(key) and (target in key or key in target)
        ratio = difflib.SequenceMatcher(None, target, key).ratio()
        scored.append((not contains, -ratio, i, cand))
    return [c for *_, c in sorted(scored)[:n]]


def closed_suggestions(choices: Iterable[str], text: str, n: int = 5) -> list[str]:
    """The values of *choices* whose names look most like *text*, best first."""
    best: dict[str, tuple[bool, float]] = {}
    target = _key(text)
    for value in choices:
        for name in closed_names(value):
            key = _key(name)
            score = (not (target and key and (target in key or key in target)), -_ratio(target, key))
            if value not in best or score < best[value]:
                best[value] = score
    return sorted(best, key=lambda v: best[v])[:n]


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


# --- numeric dates -----------------------------------------------------------------------------

_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d.-]|/\d)")


class DateOrderProblem(ValueError):
    """A numeric date that cannot be read in the order the file's dates are said to be in."""


def swappable(text: str) -> str | None:
    """The first numeric date of *text* whose day and month could be swapped (10/09/2027), or None."""
    for m in _NUMERIC.finditer(text):
        a, b = int(m[1]), int(m[3])
        if 1 <= a <= 12 and 1 <= b <= 12 and a != b:
            return m[0]
    return None


def order_evidence(text: str) -> str | None:
    """Which order a numeric date of *text* can only be in (25/09/2027: day first), or None."""
    for m in _NUMERIC.finditer(text):
        a, b = int(m[1]), int(m[3])
        if a > 12 >= b >= 1:
            return DAY_FIRST
        if b > 12 >= a >= 1:
            return MONTH_FIRST
    return None


def in_order(text: str, order: str) -> str:
    """*text* with its numeric dates written as YYYY-MM-DD, read in *order*; raises DateOrderProblem
    for one that is not a date in that order (13/09/2027 month first)."""

    def one(m: re.Match[str]) -> str:
        a, b, year = int(m[1]), int(m[3]), m[4]
        day, month = (a, b) if order == DAY_FIRST else (b, a)
        if not 1 <= month <= 12:
            raise DateOrderProblem(
                Message(
                    "%1 is not a date when the day comes %2: there is no month %3",
                    repr(m[0]),
                    Message("first") if order == DAY_FIRST else Message("second"),
                    month,
                )
            )
        return f"{year}-{month:02d}-{day:02d}"

    return _NUMERIC.sub(one, text)


def both_readings(text: str) -> tuple[Day, Day]:
    """The two days a swappable date may be: (day first, month first), each a `Day` (written in
    English as ncdesk writes days, and in the language of the window or the document where said)."""
    from ncdesk.core.dates import format_day, parse_iso_day

    first, second = parse_iso_day(in_order(text, DAY_FIRST)), parse_iso_day(in_order(text, MONTH_FIRST))
    return Day(first, format_day(first)), Day(second, format_day(second))


# --- States ------------------------------------------------------------------------------------

# Names people use for either of two (or three) States: asked, never taken for one of them.
# By the States' ISO codes; the United Nations' short names are offered.
SHARED_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "congo": ("COG", "COD"),
    "the congo": ("COG", "COD"),
    "korea": ("KOR", "PRK"),
    "guinea": ("GIN", "GNB", "GNQ"),
}


def shared_state_name(text: str) -> tuple[str, ...]:
    """The ISO codes of the States *text* may mean when it is a name used for several, else ()."""
    return SHARED_STATE_NAMES.get(_key(text), ())


# --- the file's shape --------------------------------------------------------------------------


def shape_key(headers: Iterable[Iterable[str]]) -> str:
    """The key of a file's shape: its sheets' headers, folded and sorted; files of the same shape
    are offered the same answers."""
    sheets = sorted("|".join(sorted({_key(h) for h in header if _key(h)})) for header in headers)
    return "\n".join(s for s in sheets if s)
