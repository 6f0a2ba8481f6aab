"""Reference fields as type-ahead pickers: a short list whatever the size of the record, the
keyboard alone enough, the mouse too, and a form that opens in the same time on 2,000 alerts as on 200."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ncdesk.store.records import pickers
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.forms import RecordForm, RefListWidget
from ncdesk.ui.picker import RecordPicker

PUTIN = ref_id("person", "vladimir-putin")


def picker(form: RecordForm, name: str) -> RecordPicker:
    w = form.widgets[name]
    found = w.picker if isinstance(w, RefListWidget) else w
    assert isinstance(found, RecordPicker)
    return found


def key(qtbot: Any, p: RecordPicker, k: Qt.Key) -> None:
    """A key as the user presses it: to the list while it is open (it holds the keyboard), else the field."""
    qtbot.keyClick(p.popup if p.popup.isVisible() else p, k)


def many_alerts(store: Store, n: int, start: int = 0) -> None:
    store.insert_many(
        "travel_alert",
        [
            {"person_id": PUTIN, "title": "", "date_text": f"{1 + i % 28} May 2031", "date_from": "2031-05-01",
             "date_to": "2031-05-31", "date_precision": "day", "reliability": "probable", "purpose": f"Visit {i}"}
            for i in range(start, start + n)
        ],
    )  # fmt: skip


def open_form(qtbot: Any, store: Store, kind: str, **kw: Any) -> RecordForm:
    form = RecordForm(store, kind, **kw)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_typing_filters_the_list_and_enter_chooses(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person")
    p = picker(form, "nationality_state_id")
    p.setFocus()
    qtbot.keyClicks(p, "tajik")
    assert p.popup.isVisible()
    assert p.choices_shown() == ["Tajikistan"]
    key(qtbot, p, Qt.Key.Key_Down)
    key(qtbot, p, Qt.Key.Key_Return)
    assert not p.popup.isVisible()
    assert p.text() == "Tajikistan"
    assert form.raw()["nationality_state_id"] == ref_id("state", "TJK")


def test_enter_with_nothing_highlighted_takes_the_best_match(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person")
    p = picker(form, "nationality_state_id")
    p.setFocus()
    qtbot.keyClicks(p, "hung")
    key(qtbot, p, Qt.Key.Key_Return)
    assert form.raw()["nationality_state_id"] == ref_id("state", "HUN")


def test_escape_closes_the_list_and_down_opens_it_with_the_current_first(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person", defaults={"nationality_state_id": ref_id("state", "MNG")})
    p = picker(form, "nationality_state_id")
    assert p.text() == "Mongolia"
    p.setFocus()
    key(qtbot, p, Qt.Key.Key_Down)
    assert p.popup.isVisible()
    shown = p.choices_shown()
    assert shown[0] == "Mongolia" and len(shown) == pickers.LIMIT
    key(qtbot, p, Qt.Key.Key_Escape)
    assert not p.popup.isVisible()
    assert form.raw()["nationality_state_id"] == ref_id("state", "MNG")  # unchanged
    assert not form.isHidden()  # Escape closed the list, not the form


def test_up_and_down_move_in_the_list(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person")
    p = picker(form, "nationality_state_id")
    p.setFocus()
    qtbot.keyClicks(p, "guinea")
    assert p.choices_shown()[:3] == ["Guinea", "Guinea-Bissau", "Equatorial Guinea"]
    for k in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        key(qtbot, p, k)
    key(qtbot, p, Qt.Key.Key_Return)
    assert form.raw()["nationality_state_id"] == ref_id("state", "GNB")


def test_the_mouse_chooses_too(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person")
    p = picker(form, "nationality_state_id")
    p.list_action.trigger()  # the arrow at the end of the field
    assert p.popup.isVisible()
    row = p.choices_shown().index("Albania")
    rect = p.popup.visualRect(p.popup.model().index(row, 0))
    qtbot.mouseClick(p.popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.raw()["nationality_state_id"] == ref_id("state", "ALB")
    assert p.text() == "Albania"


def test_unknown_text_is_an_error_and_clearing_sets_none(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person")
    form.set_value("name", "Someone")
    p = picker(form, "nationality_state_id")
    p.setFocus()
    qtbot.keyClicks(p, "Atlantis")
    assert p.choices_shown() == []
    assert "choose one from the list" in form.errors["nationality_state_id"].text()
    assert not form.try_save()
    p.selectAll()
    qtbot.keyClick(p, Qt.Key.Key_Backspace)
    assert form.raw()["nationality_state_id"] is None
    assert form.errors["nationality_state_id"].text() == ""
    assert form.try_save()
    [person] = store.rows("person", "name = 'Someone'")
    assert person["nationality_state_id"] is None


def test_set_value_by_id_or_by_visible_text(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "person")
    form.set_value("nationality_state_id", "hungary")
    assert form.raw()["nationality_state_id"] == ref_id("state", "HUN")
    form.set_value("nationality_state_id", ref_id("state", "TJK"))
    assert picker(form, "nationality_state_id").text() == "Tajikistan"
    form.set_value("nationality_state_id", None)
    assert form.raw()["nationality_state_id"] is None


def test_the_picker_says_what_it_is_and_how_to_use_it(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "letter")
    p = picker(form, "alert_id")
    assert p.accessibleName() == "Travel alert"
    assert "Enter chooses" in p.toolTip() and "Escape" in p.toolTip()
    assert p.placeholderText()


def test_editing_shows_the_current_references(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    [alert] = store.rows("travel_alert", "title LIKE '%Mongolia%'", limit=1)
    form = open_form(qtbot, store, "travel_alert", record_id=alert["id"])
    assert picker(form, "person_id").text() == store.require("person", alert["person_id"])["name"]
    chooser = form.widgets["destinations"]
    assert isinstance(chooser, RefListWidget)
    assert [chooser.chosen.item(i).text() for i in range(chooser.chosen.count())] == ["Mongolia"]
    letter = store.insert("letter", {"state_id": ref_id("state", "MNG"), "alert_id": alert["id"],
        "addressee_office": "Minister", "date": "2024-08-30", "sender_name": "P", "sender_office": "O"})  # fmt: skip
    form = open_form(qtbot, store, "letter", record_id=letter)
    assert picker(form, "alert_id").text().startswith(alert["title"])
    assert picker(form, "state_id").text() == "Mongolia"
    assert form.raw()["alert_id"] == alert["id"]


def test_the_case_picker_offers_the_cases_of_the_situation(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "warrant")
    form.set_value("situation_id", ref_id("situation", "ICC-02/05"))
    cases = picker(form, "case_id")
    cases.show_choices()
    darfur = {r["id"] for r in store.rows("icc_case", "situation_id = ?", [ref_id("situation", "ICC-02/05")])}
    assert set(cases.ids_shown()) == darfur
    # A case of Darfur chosen, then another situation: the case goes.
    cases.choose_row(0)
    assert form.raw()["case_id"] in darfur
    form.set_value("situation_id", ref_id("situation", "ICC-01/22"))
    assert form.raw()["case_id"] is None


def test_a_list_of_states_with_the_picker_as_its_input(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, store, "travel_alert")
    chooser = form.widgets["destinations"]
    assert isinstance(chooser, RefListWidget)
    p = chooser.picker
    p.setFocus()
    for typed in ("mongol", "tajik"):
        qtbot.keyClicks(p, typed)
        key(qtbot, p, Qt.Key.Key_Return)
        assert p.text() == ""  # ready for the next
    assert form.raw()["destinations"] == [ref_id("state", "MNG"), ref_id("state", "TJK")]
    chooser.chosen.setCurrentRow(0)
    chooser.chosen.setFocus()
    qtbot.keyClick(chooser.chosen, Qt.Key.Key_Delete)
    assert form.raw()["destinations"] == [ref_id("state", "TJK")]


def test_the_list_holds_at_most_the_limit(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    many_alerts(store, 2000)
    form = open_form(qtbot, store, "letter")
    p = picker(form, "alert_id")
    p.setFocus()
    key(qtbot, p, Qt.Key.Key_Down)
    assert len(p.choices_shown()) == pickers.LIMIT
    key(qtbot, p, Qt.Key.Key_Escape)
    qtbot.keyClicks(p, "putin")
    assert len(p.choices_shown()) == pickers.LIMIT
    assert all(text.startswith("Vladimir") for text in p.choices_shown())
    qtbot.keyClicks(p, " mongol")  # a destination of the reference alerts, not of the 2,000
    assert len(p.choices_shown()) == 1


def _statements_to_open(qtbot: Any, store: Store, alert_id: str) -> int:
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        open_form(qtbot, store, "letter", defaults={"alert_id": alert_id, "state_id": ref_id("state", "MNG")})
    finally:
        store.db.conn.set_trace_callback(None)
    return len([s for s in statements if not s.startswith("-- ")])


def test_the_letter_form_opens_in_the_same_time_on_many_alerts(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Proved without timing: the statements run to open the form (the alert's title made, the
    fields checked) are as many with 2,000 more alerts as with 200."""
    [alert] = store.rows("travel_alert", "title LIKE '%Mongolia%'", limit=1)
    many_alerts(store, 200)
    _statements_to_open(qtbot, store, alert["id"])  # once first: what a store reads once (its columns) is read
    few = _statements_to_open(qtbot, store, alert["id"])
    many_alerts(store, 2000, start=200)
    assert _statements_to_open(qtbot, store, alert["id"]) == few
    assert few < 60


def test_screenshots_of_the_pickers(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The letter form and the alert form with a list open, for a person to look at: in the folder
    NCDESK_SHOTS names (pickers-letter.png, pickers-alert.png), else in the test's temp folder."""
    shots = Path(os.environ.get("NCDESK_SHOTS") or tmp_path)
    many_alerts(store, 300)
    places = [ref_id("state", iso) for iso in ("MNG", "TJK", "KGZ", "HUN", "ZAF")]
    ids = [r["id"] for r in store.rows("travel_alert", "date_from = '2031-05-01'", select="id")]
    store.insert_many("alert_destination", [{"alert_id": a, "state_id": places[i % 5]} for i, a in enumerate(ids)])
    [alert] = store.rows("travel_alert", "title LIKE '%Mongolia%'", limit=1)
    form = open_form(qtbot, store, "letter", defaults={"alert_id": alert["id"], "state_id": ref_id("state", "MNG")})
    form.resize(760, 720)
    p = picker(form, "alert_id")
    p.setFocus()
    p.selectAll()
    qtbot.keyClicks(p, "putin")
    assert p.popup.isVisible()
    key(qtbot, p, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert composite(form, p).save(str(shots / "pickers-letter.png"))
    alert_form = open_form(qtbot, store, "travel_alert", record_id=alert["id"])
    alert_form.resize(760, 720)
    states = picker(alert_form, "destinations")
    states.setFocus()
    qtbot.keyClicks(states, "gu")
    assert states.popup.isVisible()
    QApplication.processEvents()
    assert composite(alert_form, states).save(str(shots / "pickers-alert.png"))


def composite(form: RecordForm, p: RecordPicker):  # type: ignore[no-untyped-def]
    """The form with its open list painted where it shows (a popup is a window of its own)."""
    from PySide6.QtGui import QPainter

    image = form.grab()
    painter = QPainter(image)
    where = form.mapFromGlobal(p.popup.mapToGlobal(p.popup.rect().topLeft()))
    painter.drawPixmap(where, p.popup.grab())
    painter.end()
    return image


def test_states_are_found_and_shown_in_the_windows_language(qtbot, store: Store, english) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.i18n import apply_language

    apply_language("fr")
    form = open_form(qtbot, store, "person")
    p = picker(form, "nationality_state_id")
    p.setFocus()
    qtbot.keyClicks(p, "allem")
    assert p.choices_shown() == ["Allemagne"]
    key(qtbot, p, Qt.Key.Key_Return)
    assert form.raw()["nationality_state_id"] == ref_id("state", "DEU")
    p.clear()
    qtbot.keyClicks(p, "hongr")
    assert p.choices_shown() == ["Hongrie"]
