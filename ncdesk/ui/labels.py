"""The words the window uses for the store's names: fields, kinds, values, sections, events, in the
window's language. The table is ncdesk/core/labels.py (Qt-free, shared with the exports and the
command line); here each label passes through Qt's translation (context "labels").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ncdesk.core import labels
from ncdesk.core.text import QT_TRANSLATE_NOOP, fill
from ncdesk.ui.i18n import comma, format_dates


def _t(context: str, text: str) -> str:
    """*text* (a table's English entry) in the window's language."""
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    return labels.field_label(name, _t)


def kind_label(kind: str, plural: bool = False) -> str:
    return labels.kind_label(kind, plural, _t)


def kind_noun(kind: str, plural: bool = False) -> str:
    """A kind's label inside a sentence: "alerte de voyage", "communication à la Cour", "État"."""
    return labels.kind_noun(kind, plural, _t)


def value_label(value: str) -> str:
    """A stored value's label; a value without one as it is stored."""
    return labels.value_label(value, _t) or value


def section_label(key: str) -> str:
    return labels.section_label(key, _t)


def event_label(key: str) -> str:
    return labels.event_label(key, _t)


# How the history names a change ("Edit person", "Alert: letter sent"), in the window's language.
CHANGES = {
    "Add %1": QT_TRANSLATE_NOOP("changes", "Add %1"),
    "Edit %1": QT_TRANSLATE_NOOP("changes", "Edit %1"),
    "Delete %1": QT_TRANSLATE_NOOP("changes", "Delete %1"),
    "Restore %1": QT_TRANSLATE_NOOP("changes", "Restore %1"),
    "Add %1 × %2": QT_TRANSLATE_NOOP("changes", "Add %1 × %2"),
    "Undo: %1": QT_TRANSLATE_NOOP("changes", "Undo: %1"),
    "Redo: %1": QT_TRANSLATE_NOOP("changes", "Redo: %1"),
    "Alert: %1": QT_TRANSLATE_NOOP("changes", "Alert: %1"),
    "Reference data %1": QT_TRANSLATE_NOOP("changes", "Reference data %1"),
    "Import %1": QT_TRANSLATE_NOOP("changes", "Import %1"),
    "Repair: %1 problem(s)": QT_TRANSLATE_NOOP("changes", "Repair: %1 problem(s)"),
    "Reopen travel alert": QT_TRANSLATE_NOOP("changes", "Reopen travel alert"),
    "Alert shared with the Court": QT_TRANSLATE_NOOP("changes", "Alert shared with the Court"),
    "Record the President's letter": QT_TRANSLATE_NOOP("changes", "Record the President's letter"),
    "Received from %1, package %2": QT_TRANSLATE_NOOP("changes", "Received from %1, package %2"),
    # exports, as the history of exports names them (store/records/exports.py label; what io/briefing describe says)
    "Exported %1 as %2 to %3": QT_TRANSLATE_NOOP("changes", "Exported %1 as %2 to %3"),
    "Exported %1 to %2": QT_TRANSLATE_NOOP("changes", "Exported %1 to %2"),
    "briefing note on %1": QT_TRANSLATE_NOOP("changes", "briefing note on %1"),
    "meeting pack of %1 notes (%2)": QT_TRANSLATE_NOOP("changes", "meeting pack of %1 notes (%2)"),
    "draft report of the Bureau, %1 to %2": QT_TRANSLATE_NOOP("changes", "draft report of the Bureau, %1 to %2"),
    "letter draft for %1": QT_TRANSLATE_NOOP("changes", "letter draft for %1"),
    "calendar of visits and deadlines": QT_TRANSLATE_NOOP("changes", "calendar of visits and deadlines"),
    "every record": QT_TRANSLATE_NOOP("changes", "every record"),
    "attachment %1": QT_TRANSLATE_NOOP("changes", "attachment %1"),
    "table of %1": QT_TRANSLATE_NOOP("changes", "table of %1"),
    "tables of %1": QT_TRANSLATE_NOOP("changes", "tables of %1"),
}
_Pattern = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]  # a label's form, and its wording

_CHANGE_PATTERNS: tuple[_Pattern, ...] = (
    (
        re.compile(r"^Exported (.+) as ([A-Z]+) to (.+)$"),
        lambda m: _c("Exported %1 as %2 to %3", _export(m[1]), m[2], m[3]),
    ),
    (re.compile(r"^Exported (attachment .+) to (.+)$"), lambda m: _c("Exported %1 to %2", _export(m[1]), m[2])),
    (re.compile(r"^(Undo|Redo): (.+)$"), lambda m: _c(f"{m[1]}: %1", change_text(m[2]))),
    (re.compile(r"^Add (\d+) × (.+)$"), lambda m: _c("Add %1 × %2", m[1], _noun(m[2]))),
    (re.compile(r"^(Add|Edit|Delete|Restore) (.+)$"), lambda m: _c(f"{m[1]} %1", _noun(m[2]))),
    (re.compile(r"^Alert: (.+)$"), lambda m: _c("Alert: %1", value_label(m[1].replace(" ", "_")).lower())),
    (re.compile(r"^Reference data (.+)$"), lambda m: _c("Reference data %1", m[1])),
    (re.compile(r"^Import (.+)$"), lambda m: _c("Import %1", m[1])),
    (
        re.compile(r"^Received from (.+), package ([0-9a-f]{8})$"),
        lambda m: _c("Received from %1, package %2", m[1], m[2]),
    ),
    (re.compile(r"^Repair: (\d+) problem\(s\)$"), lambda m: _c("Repair: %1 problem(s)", m[1])),
)


def _c(template: str, *args: str) -> str:
    return fill(QCoreApplication.translate("changes", template), args)


def _noun(english: str) -> str:
    """A kind of record as the history names it in English ("travel alert", "party event"), in the language."""
    from ncdesk.store.store import table_label

    for table in labels.KINDS:
        if table_label(table) == english:
            return kind_noun(table)
    return english


_EXPORT_PATTERNS: tuple[_Pattern, ...] = (
    (re.compile(r"^briefing note on (.+)$"), lambda m: _c("briefing note on %1", m[1])),
    (re.compile(r"^meeting pack of (\d+) notes \((.*)\)$"), lambda m: _c("meeting pack of %1 notes (%2)", m[1], m[2])),
    (
        re.compile(r"^draft report of the Bureau, (.+) to (.+)$"),
        lambda m: _c("draft report of the Bureau, %1 to %2", _dates(m[1]), _dates(m[2])),
    ),
    (re.compile(r"^letter draft for (.+)$"), lambda m: _c("letter draft for %1", m[1])),
    (re.compile(r"^attachment (.+)$"), lambda m: _c("attachment %1", m[1])),
    (re.compile(r"^table of (.+)$"), lambda m: _c("table of %1", _kinds(m[1]))),
    (re.compile(r"^tables of (.+)$"), lambda m: _c("tables of %1", _kinds(m[1]))),
)


def _export(what: str) -> str:
    """What an export wrote, as the history names it ("briefing note on Hungary"), in the language."""
    if what in ("calendar of visits and deadlines", "every record"):
        return _c(what)
    for pattern, say in _EXPORT_PATTERNS:
        if m := pattern.match(what):
            return say(m)
    return what


def _dates(text: str) -> str:
    return format_dates(text)


def _kinds(english: str) -> str:
    """ "travel alerts, letters" (the tables exported) in the language."""
    from ncdesk.io.tabular import KINDS

    by_name = {labels.kind_label(kind, plural=True, tables=True).lower(): kind for kind in KINDS}
    names = [kind_noun(by_name[n], plural=True) if n in by_name else n for n in english.split(", ")]
    return comma().join(names)


def change_text(label: str) -> str:
    """What the history says was done (its English label, "Edit person") in the window's language
    ("Modification : personne"); a label of another form (an export's) as it is."""
    if label in CHANGES:
        return _c(label)
    for pattern, say in _CHANGE_PATTERNS:
        if m := pattern.match(label):
            return say(m)
    return label
