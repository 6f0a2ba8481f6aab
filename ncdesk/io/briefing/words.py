"""Words for the kinds of dated events in exported chronologies (no Qt: exports run anywhere), in
the language of the document: the window's own words (the table of ncdesk/core/labels.py, context
"labels"), read from the same .ts, except where a note words an event its own way (`NOTE_WORDS`)."""

from __future__ import annotations

from ncdesk.core import labels
from ncdesk.io.translations import words


def _words(context: str, text: str) -> str:
    return words(text, context)


def event_words(key: str) -> str:
    return labels.event_label(key, _words, note=True)
