"""A person's status in the window (issue 20): edited in the person form, shown in the detail pane;
a misspelt name typed in the search box finds the person. Screenshots in /work/notes/shots/c-*.png
when that folder exists (for the reviewer's eyes; nothing is asserted on them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow

SHOTS = Path("/work/notes/shots")
NETANYAHU = ref_id("person", "benjamin-netanyahu")


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"c-{name}.png"))


def test_the_status_is_edited_in_the_form_and_shown(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.open_record("person", NETANYAHU)
    form = window.record_actions.edit_record("person", NETANYAHU)
    assert form is not None
    qtbot.addWidget(form)
    form.set_value("status", "at_large")
    form.set_value("status_as_of", "2026-12-01")
    form.set_value("status_note", "Warrant outstanding; travels reported to Hungary and the United States.")
    _shot(form, "person-form")
    with qtbot.waitSignal(window.record_saved):
        assert form.try_save(), form.last_errors
    person = store.require("person", NETANYAHU)
    assert (person["status"], person["status_as_of"]) == ("at_large", "2026-12-01")
    # the fields changed are the user's (the release's own status may already be "at large")
    assert {"status_as_of", "status_note"} <= set(person["user_fields"]) <= {"status", "status_as_of", "status_note"}
    text = window.detail.plain_text()
    assert "At large" in text and "1 December 2026" in text
    _shot(window.detail, "person-detail")


def test_a_misspelt_name_in_the_search_box_opens_the_person(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search
    qtbot.keyClicks(dialog.edit, "Netanjahu")
    qtbot.waitUntil(lambda: dialog.model.first_result() is not None)
    first = dialog.model.first_result()
    assert first is not None
    assert dialog.model.index(first, 0).data() == "Benjamin Netanyahu"
    _shot(dialog, "search-misspelt")
    with qtbot.waitSignal(window.record_opened):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert (window.detail.kind, window.detail.record_id) == ("person", NETANYAHU)
