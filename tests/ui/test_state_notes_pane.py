"""The State's detail pane shows what was announced but not notified to the depositary beside the
party status, as information and not as a party event (issue 20, region D4)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.detail import DetailPane


def test_burkina_fasos_announcement_is_shown_beside_its_status(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """state_notes.toml: Burkina Faso, Mali and Niger announced their withdrawal on 22 September 2025
    (Zambian Observer, MedAfrica Times, Reuters); no notification was found, so the status stays."""
    pane = DetailPane(store)
    qtbot.addWidget(pane)
    pane.resize(760, 1000)
    assert pane.show_record("state", ref_id("state", "BFA"))
    text = pane.plain_text()
    heading = "Beside the party status: announced, not notified (information, not a party event)"
    assert heading in text
    assert "Announced, not notified to the depositary: 22 September 2025 — In a joint statement" in text
    # after the party status, before what follows it; and not one of its events
    assert text.index("Party status") < text.index(heading) < text.index("Chronology")
    party = text[text.index("Party status") : text.index(heading)]
    assert "Entry into force" in party and "22 September 2025" not in party
    assert "Announced its withdrawal (not notified to the depositary)" in text  # its chronology's line
    shots = os.environ.get("NCDESK_SHOTS")
    if shots:  # looked at by hand: NCDESK_SHOTS=/work/notes/shots
        pane.grab().save(str(Path(shots) / "d4-bfa.png"))
    # The day is a link to the record, which shows its sources.
    html = pane.browser.toHtml()
    note_id = ref_id("state_note", "bfa-announced-withdrawal-2025-09-22")
    assert f"ncdesk:state_note/{note_id}" in html
    with qtbot.waitSignal(pane.record_link_activated) as opened:
        pane.browser.anchorClicked.emit(QUrl(f"ncdesk:state_note/{note_id}"))
    assert opened.args == ["state_note", note_id]
    assert pane.show_record("state_note", note_id)
    shown = pane.plain_text()
    assert "Information beside the party status" in shown
    assert "declared on Monday, September 22" in shown and "in a joint statement published on Monday" in shown


def test_venezuelas_vote_is_a_domestic_act(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    pane = DetailPane(store)
    qtbot.addWidget(pane)
    assert pane.show_record("state", ref_id("state", "VEN"))
    assert "Domestic act, not notified to the depositary: 11 December 2025" in pane.plain_text()
    assert pane.show_record("state", ref_id("state", "HUN"))
    assert "not notified to the depositary" not in pane.plain_text()
