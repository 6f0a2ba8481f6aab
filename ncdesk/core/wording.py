"""How a `Message` (ncdesk/core/text.py) becomes text in a language: the window (ui/formatting.py
`window_wording`) and the exports (io/translations.py `wording`) say every message with `render`
and a `Wording`, which says how to translate a template (from the catalogue of the language),
write a day, name a State or a situation and give any other argument; `ENGLISH` leaves the
template as it is. No Qt here: the core stays importable anywhere.

The rules compose their sentences with `say` (context "rules", placeholders %1…%9): text as it
is, days, State names (`StateName`, given in the reader's language), situation names
(`SituationName`, as the records give them), or other messages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ncdesk.core.dates import format_day
from ncdesk.core.labels import value_label
from ncdesk.core.text import QT_TRANSLATE_NOOP, Day, Message, SituationName, StateName, fill, situation_words

CONTEXT = "rules"


def say(text: str, *args: object, context: str = CONTEXT) -> Message:
    """A sentence of the rules: `say(QT_TRANSLATE_NOOP("rules", "%1 is a State Party."), StateName(n))`;
    a day among *args* is said as a day, None as nothing."""
    return Message(text, *(_argument(a) for a in args), context=context)


def _argument(value: object) -> object:
    if isinstance(value, dt.date) and not isinstance(value, str):
        return Day(value, format_day(value))
    return "" if value is None else value


def _same(context: str, text: str) -> str:
    return text


def _name(name: str) -> str:
    return name


def value_words(value: str, translate: Callable[[str, str], str] = _same) -> str:
    """A stored value by its label in ncdesk/core/labels.py ("arrest_warrant": "Warrant of arrest"),
    through *translate*; a value without one as words ("Some_value": "Some value")."""
    return value_label(value, translate) or value.replace("_", " ").capitalize()


_LATIN = re.compile("[A-Za-z]")


def left_to_right(text: str) -> str:
    """Text with Latin letters (a name, a title as the records give it) kept in one left-to-right
    piece inside a right-to-left sentence, between LEFT-TO-RIGHT MARKs: "(19–21 January 2025)"
    would otherwise come out as "(January 2025 21–19)"."""
    return f"\u200e{text}\u200e" if _LATIN.search(text) else text


@dataclass(frozen=True)
class Wording:
    """How messages become text: translation, days, State names (English by default)."""

    translate: Callable[[str, str], str] = _same
    day: Callable[[dt.date], str] = format_day
    state: Callable[[str], str] = _name
    situation: Callable[[str], str] = situation_words
    lang: str = "en"
    text: Callable[[str], str] = _name  # any other argument (right to left: `left_to_right`)
    value: Callable[[str], str] = value_words  # a stored value by its label (the window's: ui/labels.py value_label)


ENGLISH = Wording()


def render(item: object, w: Wording | None = None) -> str:
    """A message, a day, a State name or any other value as text in *w*'s language."""
    w = w or ENGLISH
    if isinstance(item, Message):
        return fill(w.translate(item.context, item.template), [render(a, w) for a in item.args])
    if isinstance(item, StateName):
        return w.state(item.name)
    if isinstance(item, SituationName):
        return w.situation(item.name)
    if isinstance(item, Day):
        return w.day(item.day)
    if isinstance(item, dt.date):
        return w.day(item)
    return "" if item is None else w.text(item if isinstance(item, str) else str(item))


def render_all(items: Iterable[object], w: Wording | None = None, sep: str = " ") -> str:
    return sep.join(render(i, w) for i in items)


def and_list(items: list[object]) -> Message | str:
    """ "A", "A and B", "A, B and C" as a message ("et", "y", "و" in the other languages)."""
    return _listed(items, QT_TRANSLATE_NOOP("rules", "%1 and %2"))


def or_list(items: list[object]) -> Message | str:
    """ "A", "A or B", "A, B or C" as a message ("ou", "o", "أو" in the other languages)."""
    return _listed(items, QT_TRANSLATE_NOOP("rules", "%1 or %2"))


def _listed(items: list[object], last: str) -> Message | str:
    """*items* joined by the rules' "%1, %2", the last two by *last*."""
    if not items:
        return ""
    if len(items) == 1:
        return say("%1", items[0])
    head: object = items[0]
    for item in items[1:-1]:
        head = say(QT_TRANSLATE_NOOP("rules", "%1, %2"), head, item)
    return say(last, head, items[-1])
