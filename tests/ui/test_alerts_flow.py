"""The heart of the work, driven through the window: log an alert, follow it to its end."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.forms import RecordForm
from ncdesk.ui.mainwindow import MainWindow
from tests.ui.conftest import settled

TODAY = dt.date.today()


def save(qtbot, window: MainWindow, form) -> None:  # type: ignore[no-untyped-def]
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled(), form.last_errors
    with qtbot.waitSignal(window.record_saved):
        assert form.try_save()


def test_an_alert_from_rumour_to_outcome(qtbot, window: MainWindow, store: Store, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start, end = TODAY + dt.timedelta(days=10), TODAY + dt.timedelta(days=12)
    # 1. Log it: the form shows the destination's obligation as the fields are filled.
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(RecordForm, "form_travel_alert")
    assert form is not None and form.isVisible()
    qtbot.addWidget(form)
    form.set_value("person_id", ref_id("person", "vladimir-putin"))
    form.set_value("destinations", [ref_id("state", "TJK")])
    form.set_value("date", f"{start.isoformat()}/{end.isoformat()}")
    form.set_value("source_description", "A delegation, by telephone")
    form.set_value("reliability", "probable")
    assert form.preview.isVisible()
    assert "Tajikistan" in form.preview.text() and "obliged to arrest and surrender" in form.preview.text()
    save(qtbot, window, form)
    [alert] = store.rows("travel_alert", "source_description = 'A delegation, by telephone'")
    aid = alert["id"]
    assert window.detail.record_id == aid
    assert "OBLIGED to arrest and surrender" in window.detail.plain_text()
    assert "Rome Statute, articles 86 and 89(1)" in window.detail.plain_text()

    # 2. The dashboard lists the visit with the obligation.
    window.show_view("dashboard")
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    board = window.dashboard.plain_text()
    assert "Vladimir Vladimirovich Putin" in board and "Tajikistan: obliged to arrest and surrender" in board

    # 3. Verify it.
    window.open_record("travel_alert", aid)
    dialog = window.alert_actions.next_step()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.step_box.setCurrentIndex(dialog.step_box.findData("verified"))
    with qtbot.waitSignal(dialog.step_taken):
        assert dialog.try_take()
    assert store.require("travel_alert", aid)["status"] == "verified"
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    assert "verified but not yet shared with the Court" in window.dashboard.plain_text()

    # 4. Record the President's letter.
    letter_form = window.alert_actions.record_letter()
    assert letter_form is not None
    qtbot.addWidget(letter_form)
    assert letter_form.raw()["state_id"] == ref_id("state", "TJK")
    assert letter_form.raw()["sender_name"] == "Päivi Kaukoranta"
    assert letter_form.raw()["articles_recalled"] == "86\n89(1)"
    letter_form.set_value("addressee_office", "Minister of Foreign Affairs of the Republic of Tajikistan")
    save(qtbot, window, letter_form)
    assert store.require("travel_alert", aid)["status"] == "letter_sent"

    # 5. Shared with the Court.
    share_form = window.alert_actions.share_alert()
    assert share_form is not None
    qtbot.addWidget(share_form)
    share_form.set_value("channel", "e-mail to the Registry")
    share_form.set_value("shared_by", "Sierra Leone")
    save(qtbot, window, share_form)
    assert store.require("travel_alert", aid)["status"] == "court_informed"
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    assert "not yet shared" not in window.dashboard.plain_text()

    # 6. Close it with its outcome (a date after the visit).
    window.open_record("travel_alert", aid)
    dialog = window.alert_actions.next_step()
    qtbot.addWidget(dialog)
    dialog.step_box.setCurrentIndex(dialog.step_box.findData("closed"))
    assert "needs its outcome" in dialog.error.text()
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData("not_arrested"))
    dialog.date_edit.setText((TODAY - dt.timedelta(days=1)).isoformat())
    assert "before the previous step" in dialog.error.text()
    dialog.date_edit.setText(end.isoformat())
    with qtbot.waitSignal(dialog.step_taken):
        assert dialog.try_take()
    alert = store.require("travel_alert", aid)
    assert (alert["status"], alert["outcome"]) == ("closed", "not_arrested")

    # 7. Found in the State's chronology and in search.
    window.open_record("state", ref_id("state", "TJK"))
    chronology = window.detail.plain_text().split("Chronology", 1)[1]
    assert "Vladimir Vladimirovich Putin to Tajikistan" in chronology
    assert "Letter of the President of the Assembly" in chronology
    results = store.search("delegation telephone")
    assert [r["record_id"] for r in results] == [aid]

    # 8. Draft letter and calendar.
    window.open_record("travel_alert", aid)
    prompter.save_path = tmp_path / "draft.docx"
    with qtbot.waitSignal(window.letter_drafted):
        window.act_draft.trigger()
    assert prompter.save_path.exists()


def test_a_new_person_from_the_alert_form(qtbot, window: MainWindow, store: Store) -> None:
    form = window.alert_actions.new_alert()
    qtbot.addWidget(form)
    form._new_referenced(form.spec.field("person_id"))
    sub = form.sub_form
    qtbot.addWidget(sub)
    sub.set_value("name", "Someone Newly Wanted")
    with qtbot.waitSignal(sub.record_saved):
        assert sub.try_save()
    [person] = store.rows("person", "name = 'Someone Newly Wanted'")
    assert form.raw()["person_id"] == person["id"]


def test_activity_with_states_heard(qtbot, window: MainWindow, store: Store) -> None:
    form = window.record_actions.new_record("activity")
    qtbot.addWidget(form)
    form.set_value("kind", "bureau_meeting")
    form.set_value("title", "The Bureau hears Tajikistan")
    form.set_value("date", "15 December 2026")
    form.set_value("states_heard", [ref_id("state", "TJK")])
    save(qtbot, window, form)
    [activity] = store.rows("activity", "title = 'The Bureau hears Tajikistan'")
    assert [(r["role"]) for r in store.rows("activity_state", "activity_id = ?", [activity["id"]])] == ["heard"]
    assert window.current_view() is window.views["activities"]


def test_procedure_step_and_deadline_on_a_finding(qtbot, window: MainWindow, store: Store) -> None:
    rid = ref_id("finding", "ICC-01/18-462")
    window.open_record("finding", rid)
    form = window.alert_actions.add_procedure_step()
    qtbot.addWidget(form)
    form.set_value("step", "plenary_debate")
    form.set_value("date", "2025-12-03")
    save(qtbot, window, form)
    assert "Plenary debate" in window.detail.plain_text()
    form = window.alert_actions.add_deadline()
    qtbot.addWidget(form)
    form.set_value("description", "Hungary to present its position")
    form.set_value("due_on", (TODAY - dt.timedelta(days=2)).isoformat())
    save(qtbot, window, form)
    assert "Hungary to present its position" in window.detail.plain_text()
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    assert "overdue by 2 day(s)" in window.dashboard.plain_text()


def test_calendar_export_from_the_dashboard(qtbot, window: MainWindow, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prompter.save_path = tmp_path / "cal.ics"
    with qtbot.waitSignal(window.calendar_exported):
        window.dashboard.findChild(QPushButton, "calendarButton").click()
    assert prompter.save_path.read_bytes().startswith(b"BEGIN:VCALENDAR")
