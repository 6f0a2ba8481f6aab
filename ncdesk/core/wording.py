"""The sentences the rules compose, kept as English templates with their arguments until they are
shown, so that the window (Qt's translator) and the exports (the .ts read without Qt) can put
them into French, Spanish or Arabic. No Qt here: the core stays importable anywhere.

A `Phrase` is a template marked for pyside6-lupdate (context "rules", placeholders %1…%9) and
its arguments: text as it is, days, State names (`StateName`, given in the reader's language),
situation names (`SituationName`, as the records give them), or other phrases. `Wording` says
how to translate, write a day and name a State or a situation; `ENGLISH` leaves the template as
it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ncdesk.core.dates import format_day
from ncdesk.core.text import QT_TRANSLATE_NOOP, fill

CONTEXT = "rules"


@dataclass(frozen=True)
class StateName:
    """A State's name (as the reference data writes it in English): translated when shown."""

    name: str


@dataclass(frozen=True)
class SituationName:
    """A situation's name as the records give it ("Situation in Ukraine"), inside a sentence."""

    name: str


@dataclass(frozen=True)
class Phrase:
    text: str  # English, with %1… placeholders; marked QT_TRANSLATE_NOOP("rules", …) where written
    args: tuple[object, ...] = ()
    context: str = CONTEXT

    def render(self, w: Wording | None = None) -> str:
        return render(self, w)

    def __str__(self) -> str:
        return render(self)


def say(text: str, *args: object) -> Phrase:
    """A phrase of the rules: `say(QT_TRANSLATE_NOOP("rules", "%1 is a State Party."), StateName(n))`."""
    return Phrase(text, tuple(args))


def _same(context: str, text: str) -> str:
    return text


def _name(name: str) -> str:
    return name


def _words(value: str) -> str:
    """A stored value ("arrest_warrant") as words: "Arrest warrant"."""
    return value.replace("_", " ").capitalize()


_LATIN = re.compile("[A-Za-z]")


def left_to_right(text: str) -> str:
    """Text with Latin letters (a name, a title as the records give it) kept in one left-to-right
    piece inside a right-to-left sentence, between LEFT-TO-RIGHT MARKs: "(19–21 January 2025)"
    would otherwise come out as "(January 2025 21–19)"."""
    return f"\u200e{text}\u200e" if _LATIN.search(text) else text


def _situation(name: str) -> str:
    """ "the situation in Ukraine" (the records name situations in English)."""
    return f"the s{name[1:]}" if name.startswith("Situation") else name


@dataclass(frozen=True)
class Wording:
    """How phrases become text: translation, days, State names (English by default)."""

    translate: Callable[[str, str], str] = _same
    day: Callable[[dt.date], str] = format_day
    state: Callable[[str], str] = _name
    situation: Callable[[str], str] = _situation
    lang: str = "en"
    text: Callable[[str], str] = _name  # any other argument (right to left: `left_to_right`)
    value: Callable[[str], str] = _words  # a stored value by its label (the window's: ui/labels.py value_label)


ENGLISH = Wording()


def render(item: object, w: Wording | None = None) -> str:
    """A phrase, a day, a State name or any other value as text in *w*'s language."""
    w = w or ENGLISH
    if isinstance(item, Phrase):
        return fill(w.translate(item.context, item.text), [render(a, w) for a in item.args])
    if isinstance(item, StateName):
        return w.state(item.name)
    if isinstance(item, SituationName):
        return w.situation(item.name)
    if isinstance(item, dt.date):
        return w.day(item)
    return "" if item is None else w.text(str(item))


def render_all(items: Iterable[object], w: Wording | None = None, sep: str = " ") -> str:
    return sep.join(render(i, w) for i in items)


def and_list(items: list[object]) -> Phrase | str:
    """ "A", "A and B", "A, B and C" as a phrase ("et", "y", "و" in the other languages)."""
    if not items:
        return ""
    if len(items) == 1:
        return say("%1", items[0])
    head: object = items[0]
    for item in items[1:-1]:
        head = say(QT_TRANSLATE_NOOP("rules", "%1, %2"), head, item)
    return say(QT_TRANSLATE_NOOP("rules", "%1 and %2"), head, items[-1])
