"""The State's detail pane shows a party-status date not checked against the depositary's record
as such (issue 20, region D4)."""

from __future__ import annotations

import os
from pathlib import Path

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.detail import DetailPane


def test_an_unverified_date_is_said_to_be(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """party_status.csv: Mauritius's signature and deposit are UNVERIFIED (the compiler's recollection);
    Albania's signature of 18 July 1998 was read in the reproduction of the UNTC record."""
    pane = DetailPane(store)
    qtbot.addWidget(pane)
    pane.resize(720, 900)
    assert pane.show_record("state", ref_id("state", "MUS"))
    text = pane.plain_text()
    assert "5 March 2002 (unverified)" in text
    assert "11 November 1998 (unverified)" in text
    shots = os.environ.get("NCDESK_SHOTS")
    if shots:  # looked at by hand: NCDESK_SHOTS=/work/notes/shots
        pane.grab().save(str(Path(shots) / "d4-mauritius-detail.png"))
    assert pane.show_record("state", ref_id("state", "ALB"))
    assert "18 July 1998" in pane.plain_text() and "(unverified)" not in pane.plain_text()
