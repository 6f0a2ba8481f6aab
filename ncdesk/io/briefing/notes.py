"""Briefing notes on a State, a person, a case, a situation or a travel alert, by kind.

`build_note` picks the builder of a kind: `state_note`, `person_note`, `case_notes` (a case and a
situation) and `alert_note`, each in a module of its own; what they share (footnotes and their
sources, words in the document's language, the common tables) is in `note_parts`.
"""

from __future__ import annotations

import datetime as dt

from ncdesk.io.briefing.alert_note import alert_note
from ncdesk.io.briefing.case_notes import case_note, situation_note
from ncdesk.io.briefing.model import Doc
from ncdesk.io.briefing.person_note import person_note
from ncdesk.io.briefing.state_note import state_note
from ncdesk.io.briefing.templates import Template
from ncdesk.store.store import Store

BUILDERS = {
    "state": state_note,
    "person": person_note,
    "case": case_note,
    "situation": situation_note,
    "alert": alert_note,
}

TABLE_OF_KIND = {
    "state": "state",
    "person": "person",
    "case": "icc_case",
    "situation": "situation",
    "alert": "travel_alert",
}


def build_note(
    store: Store, kind: str, record_id: str, today: dt.date | None = None, template: Template | None = None
) -> Doc:
    if kind not in BUILDERS:
        raise ValueError(f"no briefing note for {kind!r}; notes exist for {', '.join(BUILDERS)}")
    return BUILDERS[kind](store, record_id, today, template)
