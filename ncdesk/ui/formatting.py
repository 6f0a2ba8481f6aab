"""Values as the window shows them: dates in the user's language, codes as words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ncdesk.core.alerts import Flag, flag_words
from ncdesk.core.text import ChangeName, Field, KindName, Message, Typed, Value, said
from ncdesk.core.wording import ENGLISH, Wording, left_to_right, render
from ncdesk.io.translations import QUOTES, country_name, format_day
from ncdesk.store.file.backups import last_good_name
from ncdesk.store.file.errors import StoreError, translate
from ncdesk.ui.i18n import comma, current_language, format_dates
from ncdesk.ui.labels import change_text, field_label, kind_noun, value_label

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LTR_PIECE = re.compile("[A-Za-z0-9]")
FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_DOC_NUMBER = re.compile(r"^(ICC|S|A)[-/]")  # ICC-02/05, S/RES/1593 (2005): never a date


def format_date(iso: str | None) -> str:
    """ "3 April 2025" in English, "1er avril 2025", "3 de abril de 2025", "3 نيسان/أبريل 2025": day
    month year, as the Assembly's documents write it (and ncdesk's exports)."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    lang = current_language()
    if lang != "en":
        return format_day(day, lang)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def message_text(message: str) -> str:
    """A message of ncdesk in the window's language: a `Message` said with `window_wording` (as the
    exports say one with theirs), its days and months written as the language writes them
    ("December 2026" → "décembre 2026"); any other text as it is."""
    if not isinstance(message, Message) or current_language() == "en":
        return message
    return render(message, window_wording())


def failure_text(exc: BaseException, path: Path | None = None) -> str:
    """What went wrong in background work, in the window's language: a known failure of the
    database at *path* (damaged text read, a full disk) or of the system as `error_text` says it,
    a bug by its name and words."""
    if path is not None:
        exc = translate(exc, path, last_good_name) or exc
    if isinstance(exc, (StoreError, OSError, ValueError)):
        return error_text(exc)
    return f"{type(exc).__name__}: {exc}"


def error_text(exc: BaseException) -> str:
    """What an error says, in the window's language: a store's error with what to do about it, a
    `Message` translated; any other (the system's: a file that cannot be written) as it says it."""
    if isinstance(exc, StoreError):
        return f"{message_text(said(exc))} {message_text(exc.what_to_do)}".strip()
    return message_text(said(exc))


def _argument(arg: str) -> str:
    """What fills a message, in the window's language: a stored value by its label, what was typed
    (quoted) or a document number as it is, days and months as the language writes them; in Arabic
    kept in one piece (`isolated`). (A message, a day, a State or a situation among the arguments
    `render` gives to the wording's own functions.)"""
    if isinstance(arg, ChangeName):
        return QUOTES.get(current_language(), "'%1'").replace("%1", isolated(change_text(arg.label)))
    if isinstance(arg, KindName):
        return kind_noun(arg.key, arg.plural)
    if isinstance(arg, Field):
        return field_label(arg.key)
    if isinstance(arg, Value):
        return value_label(arg.key)
    if isinstance(arg, Typed) or arg.startswith(("'", '"')) or _DOC_NUMBER.match(arg):
        return isolated(arg)
    return isolated(format_dates(arg))


def window_wording() -> Wording:
    """How the window says a `Message` (a store's error, a rule's sentence, a State's standing) in its
    language: the words of its catalogue (the translator in place, ui/i18n.py), its days, the UN's
    State names, what fills a message as `_argument` says it."""
    lang = current_language()
    if lang == "en":
        return ENGLISH
    return Wording(
        translate=lambda context, text: QCoreApplication.translate(context, text),
        day=lambda day: format_date(day.isoformat()),
        state=lambda name: country_name(name, lang),
        situation=lambda name: QUOTES.get(lang, "%1").replace("%1", left_to_right(name) if lang == "ar" else name),
        lang=lang,
        text=_argument,
        value=value_label,
    )


# Fields holding codes, shown as they are ("HUN", not the State it names).
CODES = frozenset({"iso3", "iso2", "numeric_code"})


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, list):
        return "; ".join(format_value(v) for v in value)
    text = str(value)
    if _ISO_DAY.match(text):
        return format_date(text)
    if _STAMP.match(text):
        return format_date(text[:10]) + " " + text[11:16] + " UTC"
    if "," in text and all(part.strip() in _KNOWN for part in text.split(",")):
        return comma().join(value_label(part.strip()) for part in text.split(","))
    label = value_label(text)
    return country_name(text, current_language()) if label == text else label


def format_names(text: str) -> str:
    """State names joined by ", " (as the store lists an alert's destinations), each in the
    window's language: "Mongolie, Kirghizistan", "منغوليا، قيرغيزستان"."""
    separator = "، " if current_language() == "ar" else ", "
    return separator.join(format_value(name) for name in text.split(", "))


_KNOWN = {"at_large", "in_custody", "deceased", "withdrawn", "summons"}


def isolated(text: str) -> str:
    """Text as the records give it (a date typed "8–10 October 2025", a title, a document
    number, a name) kept in one piece in the Arabic window, between FIRST STRONG ISOLATE and
    POP DIRECTIONAL ISOLATE: in a right-to-left line the bidi algorithm would otherwise show
    "October 2025 10–8". The piece takes the direction of its first letter, so Arabic text stays
    right to left. Unchanged in the other languages."""
    if not text or current_language() != "ar" or not _LTR_PIECE.search(text):
        return text
    return f"{FSI}{text}{PDI}"


def without_isolates(text: str) -> str:
    """What the window shows, as text to copy or test: without the isolates `isolated` added."""
    return text.replace(FSI, "").replace(PDI, "")


def set_direction(document: QTextDocument) -> None:
    """Every paragraph of *document* right to left in Arabic (right-aligned, English titles
    too), left to right otherwise: Qt's rich text takes each paragraph's direction from its
    first letter, not from the window."""
    option = QTextOption()
    if current_language() == "ar":
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)


def cells(*html_cells: str) -> str:
    """A table row's cells in reading order: Qt's rich text does not lay tables out right to
    left, so in Arabic the first cell is written last (it then stands on the right)."""
    return "".join(reversed(html_cells) if current_language() == "ar" else html_cells)


class IsolatingDelegate(QStyledItemDelegate):
    """A table's or a list's cells drawn `isolated`: "8–10 October 2025" reads so in Arabic too.
    Only the drawing changes: the model's text (copied with Ctrl+C) stays as it is."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolated(option.text)


def flag_text(flag: Flag) -> str:
    """What needs doing, in the window's language, the days in its locale."""
    return flag_words(flag, QCoreApplication.translate, QLocale().toString)
