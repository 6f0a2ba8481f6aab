"""Text folding for matching what people type against names in the record."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable

_PUNCT_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of *text* ("Päivi" and "PAIVI" fold alike)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def loose(text: str) -> str:
    """Folded and stripped of punctuation: "Al-Bashir" and "al bashir" match."""
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def closest(query: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates closest to *query*, best first, compared in folded form."""
    by_folded: dict[str, str] = {}
    for cand in candidates:
        by_folded.setdefault(loose(cand), cand)
    target = loose(query)
    found: list[str] = []
    # Names that contain what was typed come first: "Bashir" finds "Omar Al Bashir".
    if target:
        for key, cand in by_folded.items():
            if target in key and cand not in found:
                found.append(cand)
    for key in difflib.get_close_matches(target, list(by_folded), n=n, cutoff=0.5):
        cand = by_folded[key]
        if cand not in found:
            found.append(cand)
    return found[:n]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """*text*, marked as a string to translate in *context*: pyside6-lupdate finds the calls by this
    name and puts the string in the .ts files. The one definition: every module that marks strings,
    the window's too, imports it from here."""
    return text


class Message(str):
    """A message in English that also keeps its wording and what fills it, so that the window and
    the exports can say it in their language: `Message("%1: year %2 is out of range", "'1800'",
    "1800")` is the English text everywhere (the terminal, the tests) and `context`/`template`/
    `args` for a translation (`ncdesk.core.wording.render`). A message of the store or of io is in
    the context "messages", its wording listed in core/messages.py `MESSAGES`; the rules'
    sentences (`ncdesk.core.wording.say`) are in "rules", "report", "briefing"… marked with
    `QT_TRANSLATE_NOOP` where written. What fills one stays what it is (a `Message`, a `Value`, a
    `StateName`, a `Day`…), to be said in the language too."""

    template: str
    args: tuple[str, ...]
    context: str

    def __new__(cls, template: str, *args: object, context: str = "messages") -> Message:
        filled = tuple(a if isinstance(a, str) else str(a) for a in args)
        message = super().__new__(cls, fill(template, filled))
        message.template = template
        message.args = filled
        message.context = context
        return message

    @classmethod
    def rebuilt(cls, template: str, args: list[str] | tuple[str, ...]) -> Message:
        """A Message that crossed into this process as its wording and arguments (a briefing note's
        child process said it): its wording was written, and marked, where it was first made."""
        return cls(template, *args)


class StateName(str):
    """A State's name inside a `Message` (as the reference data writes it in English): the name in
    the reader's language where it is said."""

    name: str

    def __new__(cls, name: str) -> StateName:
        state = super().__new__(cls, name)
        state.name = name
        return state


def situation_words(name: str) -> str:
    """ "the situation in Ukraine" (the records name situations in English, "Situation in Ukraine")."""
    return f"the s{name[1:]}" if name.startswith("Situation") else name


class SituationName(str):
    """A situation's name as the records give it ("Situation in Ukraine") inside a `Message`: "the
    situation in Ukraine" in English, quoted as it is in the other languages."""

    name: str

    def __new__(cls, name: str) -> SituationName:
        situation = super().__new__(cls, situation_words(name))
        situation.name = name
        return situation


class Day(str):
    """A day inside a `Message`: as *english* writes it ("3 April 2025"), as each language writes
    it where it is said."""

    day: dt.date

    def __new__(cls, day: dt.date, english: str) -> Day:
        said_so = super().__new__(cls, english)
        said_so.day = day
        return said_so

    def __getnewargs__(self) -> tuple[dt.date, str]:  # type: ignore[override]  # pickled with its day
        return (self.day, str(self))


class Value(str):
    """A stored value (an alert's status "letter_sent") inside a `Message`: "letter sent" in English,
    its label in the window's language (ui/labels.py `value_label`)."""

    key: str

    def __new__(cls, key: str) -> Value:
        value = super().__new__(cls, key.replace("_", " "))
        value.key = key
        return value


class Field(Value):
    """A form's field ("status_since") inside a `Message`: "status since" in English, its label in the
    window's language (ui/labels.py `field_label`)."""


class ChangeName(str):
    """A change in the history, by its label ("Edit person"), inside a `Message`: quoted in English
    ("'Edit person'"), in the window's language there (ui/labels.py `change_text`)."""

    label: str

    def __new__(cls, label: str) -> ChangeName:
        change = super().__new__(cls, repr(label))
        change.label = label
        return change


class KindName(str):
    """A kind of record inside a `Message`: as given in English ("travel alerts"), its label in the
    window's language there (ui/labels.py `kind_label`, lower case)."""

    key: str
    plural: bool

    def __new__(cls, key: str, english: str, plural: bool = False) -> KindName:
        name = super().__new__(cls, english)
        name.key, name.plural = key, plural
        return name


class Typed(str):
    """What a user wrote (a finding's title) inside a `Message`: said as written in every language."""


def said(exc: BaseException) -> str:
    """What *exc* says, a `Message` kept as one (`str(exc)` would make it plain text)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, args: Iterable[str]) -> str:
    """*template* with %1, %2… replaced by *args*, in one pass: a value that contains "%2" (a title
    typed so) stays as it is; a placeholder without a value too."""
    if "%" not in template:
        return template
    values = list(args)

    def one(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return values[i] if 0 <= i < len(values) else m.group(0)

    return _PLACEHOLDER.sub(one, template)
