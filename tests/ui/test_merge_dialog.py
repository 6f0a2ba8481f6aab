"""Alerts ▸ Merge with… (issue 24b): the other alert chosen, a field both hold differently chosen
side by side, one merge, undone by Edit ▸ Undo; screenshots in English and Arabic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ncdesk.store.records import alerts, merge
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

TAJIKISTAN = "0c5e2437-93ba-50c6-83ff-5530abb69ec0"
SHOTS = Path(os.environ.get("NCDESK_SHOTS", "/work/notes/shots"))


def _new(store: Store) -> str:
    return alerts.create_alert(
        store,
        {"person_id": ref_id("person", "vladimir-putin"), "destinations": [ref_id("state", "TJK")],
         "date": "2025-10-08/2025-10-10", "purpose": "CIS summit", "reliability": "probable",
         "source_description": "press"},
    )  # fmt: skip


def test_merge_dialog_merges_with_the_field_chosen(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.merging import MergeDialog

    new = _new(store)
    dialog = MergeDialog(store, "travel_alert", new)
    qtbot.addWidget(dialog)
    assert dialog.other_box.currentData() == TAJIKISTAN  # the same person's, nearest in date
    assert "purpose" in dialog.choices
    dialog.findChild(type(dialog.choices["purpose"].button(2)), "purpose_other").setChecked(True)
    with qtbot.waitSignal(dialog.merged) as got:
        dialog.accept()
    assert got.args == ["travel_alert", TAJIKISTAN]
    assert merge.resolve(store, "travel_alert", new) == TAJIKISTAN
    kept = store.require("travel_alert", TAJIKISTAN)
    assert kept["purpose"] != "CIS summit"  # the other's value, as chosen


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_merge_dialog_screenshot(qtbot, store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.i18n import apply_language
    from ncdesk.ui.merging import MergeDialog

    apply_language(lang)
    try:
        dialog = MergeDialog(store, "travel_alert", _new(store))
        qtbot.addWidget(dialog)
        dialog.resize(720, 420)
        dialog.show()
        qtbot.waitExposed(dialog)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"24b-merge-dialog-{lang}.png"))
    finally:
        apply_language("en")
