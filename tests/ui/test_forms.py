"""Add and edit forms: checked as you type, unsavable while wrong, edits kept as the user's."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ncdesk.store.reference import ref_id
from ncdesk.store.reference_files import read_release
from ncdesk.store.store import Store
from ncdesk.ui.forms import RecordForm
from ncdesk.ui.mainwindow import MainWindow
from tests.conftest import REFERENCE_DIR


def save_enabled(form: RecordForm) -> bool:
    return form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def error_of(form: RecordForm, name: str) -> str:
    label = form.errors[name]
    return label.text() if label.isVisible() else ""


def test_new_finding_checks_every_field_as_you_type(qtbot, window: MainWindow, store: Store) -> None:
    form = window.record_actions.new_record("finding")
    qtbot.addWidget(form)
    assert not save_enabled(form)
    form.set_value("title", "Decision on the non-compliance by the Republic of Testland")
    form.set_value("date", "31 February 2025")
    assert "February 2025 has 28 days" in error_of(form, "date")
    form.set_value("date", "3 March 2025")
    assert error_of(form, "date") == ""
    form.set_value("documents", "ICC-01/22-900 -ENG")
    assert "contains a space" in error_of(form, "documents")
    form.set_value("situation_id", ref_id("situation", "ICC-01/22"))
    form.set_value("documents", "ICC-01/18-900")
    assert "is not a document of ICC-01/22" in error_of(form, "documents")
    form.set_value("documents", "ICC-01/22-900-ENG\nICC-01/22-900-FRA")
    assert error_of(form, "documents") == ""
    form.set_value("sc_document", "S/RES/1593 (2005)")
    assert "Security Council resolution" in error_of(form, "sc_document")
    form.set_value("sc_document", "")
    form.set_value("state_id", ref_id("state", "MNG"))
    form.set_value("basis", "art_87_7")
    form.set_value("referred_to", "assembly")
    assert save_enabled(form), form.last_errors
    with qtbot.waitSignal(window.record_saved):
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [row] = store.rows("finding_document", "number = 'ICC-01/22-900-ENG'")
    finding = store.require("finding", row["finding_id"])
    assert finding["date"] == "2025-03-03" and finding["origin"] == "user"
    assert window.detail.record_id == finding["id"]
    assert window.views["findings"].current_id() == finding["id"]
    assert any(r["record_id"] == finding["id"] for r in store.search("Testland"))


def test_an_invalid_form_cannot_be_saved(qtbot, window: MainWindow, store: Store) -> None:
    before = store.count("situation")
    form = window.record_actions.new_record("situation")
    qtbot.addWidget(form)
    form.set_value("icc_number", "ICC-02/05")  # already recorded
    form.set_value("name", "A duplicate")
    form.set_value("trigger", "proprio_motu")
    assert "already recorded" in error_of(form, "icc_number")
    assert not save_enabled(form)
    assert not form.try_save()
    assert store.count("situation") == before
    form.set_value("icc_number", "ICC-02/99")
    form.set_value("referred_on", "2025-13-01")
    assert "month 13 does not exist" in error_of(form, "referred_on")
    form.set_value("referred_on", "")
    assert form.try_save()
    assert store.count("situation") == before + 1


def test_a_case_must_belong_to_its_situation(qtbot, window: MainWindow) -> None:
    form = window.record_actions.new_record("icc_case")
    qtbot.addWidget(form)
    form.set_value("situation_id", ref_id("situation", "ICC-01/11"))
    form.set_value("icc_number", "ICC-02/05-01/25")
    form.set_value("title", "Prosecutor v. X")
    assert "ICC-01/11-NN/NN" in error_of(form, "icc_number")
    form.set_value("icc_number", "ICC-01/11-01/25")
    assert save_enabled(form)


def test_editing_a_reference_record_is_kept_as_the_users(qtbot, window: MainWindow, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rid = ref_id("finding", "ICC-01/18-462")
    window.open_record("finding", rid)
    form = window.record_actions.edit_record("finding", rid)
    assert form is not None
    qtbot.addWidget(form)
    assert form.raw()["documents"] == "ICC-01/18-462"
    form.set_value("chamber", "Pre-Trial Chamber I (Judges A, B, C)")
    with qtbot.waitSignal(window.record_saved):
        assert form.try_save()
    assert store.require("finding", rid)["user_fields"] == ["chamber"]
    text = window.detail.plain_text()
    assert "Pre-Trial Chamber I (Judges A, B, C)" in text and "changed by you" in text
    # A later reference release changes the chamber: the user's value stays.
    store.apply_reference(read_release(REFERENCE_DIR), force=True)
    assert store.require("finding", rid)["chamber"] == "Pre-Trial Chamber I (Judges A, B, C)"


def test_add_a_warrant_to_a_person(qtbot, window: MainWindow, store: Store) -> None:
    window.open_record("person", ref_id("person", "vladimir-putin"))
    form = window.record_actions.add_warrant()
    assert form is not None
    qtbot.addWidget(form)
    form.set_value("situation_id", ref_id("situation", "ICC-01/22"))
    form.set_value("issued_on", "2025-01-01")
    form.set_value("status", "in_custody")
    form.set_value("status_since", "2024-12-31")
    assert "before the day it was issued" in error_of(form, "status_since")
    form.set_value("status_since", "")
    form.set_value("status", "at_large")
    form.set_value("icc_document", "ICC-02/05-01/09-1")
    assert "is not a document of ICC-01/22" in error_of(form, "icc_document")
    form.set_value("icc_document", "")
    with qtbot.waitSignal(window.record_saved):
        assert form.try_save()
    warrants = store.rows("warrant", "person_id = ?", [ref_id("person", "vladimir-putin")])
    assert len(warrants) == 2
    assert window.detail.kind == "person"
    assert window.detail.plain_text().count("Warrant of arrest issued") == 2


def test_add_a_party_status_event(qtbot, window: MainWindow, store: Store) -> None:
    window.open_record("state", ref_id("state", "HUN"))
    form = window.record_actions.add_party_event()
    assert form is not None
    qtbot.addWidget(form)
    form.set_value("event", "withdrawal_rescinded")
    form.set_value("date", "2026-05-27")
    form.set_value("notes", "Notice of revocation (to be confirmed against the depositary notification).")
    with qtbot.waitSignal(window.record_saved):
        assert form.try_save()
    assert "Revoked its notice of withdrawal" in window.detail.plain_text()
    form = window.record_actions.add_party_event()
    qtbot.addWidget(form)
    form.set_value("event", "withdrawal_rescinded")
    form.set_value("date", "2026-05-27")
    assert "already recorded" in error_of(form, "date")


def test_a_person_with_aliases(qtbot, window: MainWindow, store: Store) -> None:
    form = window.record_actions.new_record("person")
    qtbot.addWidget(form)
    form.set_value("name", "Zoltán Example")
    form.set_value("aliases", "Zoltan Example\n  \nZ. E.")
    form.set_value("nationality_state_id", "Hungry")  # typed, not chosen: not a State
    assert "choose one from the list" in error_of(form, "nationality_state_id")
    form.set_value("nationality_state_id", ref_id("state", "HUN"))
    with qtbot.waitSignal(window.record_saved):
        assert form.try_save()
    [person] = store.rows("person", "name = 'Zoltán Example'")
    assert person["aliases"] == ["Zoltan Example", "Z. E."]
    assert any(r["record_id"] == person["id"] for r in store.search("zoltan"))


@pytest.mark.parametrize("kind", ["situation", "icc_case", "person", "warrant", "finding", "party_event"])
def test_every_form_opens_for_a_new_record(qtbot, store: Store, kind: str) -> None:
    form = RecordForm(store, kind)
    qtbot.addWidget(form)
    form.show()
    assert not save_enabled(form)
    assert form.windowTitle().startswith("New")


def test_an_alert_dated_in_french(qtbot, window: MainWindow, store: Store) -> None:
    """A French delegate types the visit's days as the French window writes them: saved as typed,
    shown in French in the French window and in English in the English one."""
    from ncdesk.ui.i18n import apply_language

    try:
        window.set_language("fr")
        form = window.alert_actions.new_alert()
        qtbot.addWidget(form)
        form.set_value("person_id", ref_id("person", "vladimir-putin"))
        form.set_value("destinations", [ref_id("state", "TJK")])
        form.set_value("date", "2–4 decembre 2026")
        assert error_of(form, "date") == ""
        assert form.hints["date"].text() == "du 2 décembre 2026 au 4 décembre 2026"
        form.set_value("source_description", "Une délégation, par téléphone")
        with qtbot.waitSignal(window.record_saved):
            assert form.try_save(), form.last_errors
        [alert] = store.rows("travel_alert", "source_description = 'Une délégation, par téléphone'")
        assert (alert["date_text"], alert["date_from"], alert["date_to"]) == (
            "2–4 decembre 2026",
            "2026-12-02",
            "2026-12-04",
        )
        window.open_record("travel_alert", alert["id"])
        assert "2–4 décembre 2026" in window.detail.plain_text()
        window.set_language("en")
        window.open_record("travel_alert", alert["id"])
        assert "2–4 December 2026" in window.detail.plain_text()
    finally:
        apply_language("en")
