"""The forms' notice of a record already recorded (issue 24): "Already recorded: Vladimir Putin
in Tajikistan, 8–10 October 2025, closed", with Open it and Save anyway."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.formatting import without_isolates
from ncdesk.ui.forms import RecordForm
from ncdesk.ui.mainwindow import MainWindow

PUTIN = ref_id("person", "vladimir-putin")
TJK, KGZ = ref_id("state", "TJK"), ref_id("state", "KGZ")
TAJIKISTAN_2025 = ref_id("travel_alert", "putin-tajikistan-2025")


def save_enabled(form: RecordForm) -> bool:
    return form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def putin_in_tajikistan(qtbot, window: MainWindow, date: str = "8–10 October 2025") -> RecordForm:  # type: ignore[no-untyped-def]
    form = window.alert_actions.new_alert()
    qtbot.addWidget(form)
    form.set_value("person_id", PUTIN)
    form.set_value("destinations", [KGZ, TJK])
    assert form.duplicate_box.isHidden()  # no dates yet: nothing to compare
    form.set_value("date", date)
    return form


def test_the_alert_form_names_the_recorded_visit_as_it_is_typed(qtbot, window: MainWindow, store: Store) -> None:
    form = putin_in_tajikistan(qtbot, window, "9–12 October 2025")
    assert form.duplicate_box.isVisible()
    assert without_isolates(form.duplicate_label.text()) == (
        "Already recorded: Vladimir Putin in Tajikistan, 8–10 October 2025, Closed"
    )
    assert not save_enabled(form)
    assert not form.try_save()  # Enter does not save it either
    assert "Already recorded" in form.summary.text()
    form.set_value("date", "11–12 October 2025")  # other days: another visit
    assert form.duplicate_box.isHidden() and save_enabled(form)
    form.set_value("date", "10 October 2025")
    assert form.duplicate_box.isVisible() and not save_enabled(form)
    form.set_value("destinations", [KGZ])  # no destination in common
    assert form.duplicate_box.isHidden() and save_enabled(form)


def test_open_it_shows_the_recorded_alert_and_closes_the_form(qtbot, window: MainWindow, store: Store) -> None:
    before = store.count("travel_alert")
    form = putin_in_tajikistan(qtbot, window)
    with qtbot.waitSignal(form.rejected):
        form.open_duplicate.click()
    assert (window.detail.kind, window.detail.record_id) == ("travel_alert", TAJIKISTAN_2025)
    assert store.count("travel_alert") == before


def test_save_anyway_saves_the_second_alert(qtbot, window: MainWindow, store: Store) -> None:
    before = store.count("travel_alert")
    form = putin_in_tajikistan(qtbot, window)
    with qtbot.waitSignal(window.record_saved):
        form.save_duplicate.click()
    assert store.count("travel_alert") == before + 1
    assert window.detail.kind == "travel_alert" and window.detail.record_id not in (None, TAJIKISTAN_2025)


def test_editing_an_alert_does_not_name_itself(qtbot, window: MainWindow) -> None:
    form = window.record_actions.edit_record("travel_alert", TAJIKISTAN_2025)
    assert form is not None
    qtbot.addWidget(form)
    assert form.duplicate_box.isHidden() and save_enabled(form)


@pytest.mark.parametrize(
    ("kind", "values", "said"),
    [
        (
            "letter",
            {"state_id": TJK, "date": "7 October 2025", "sender_name": "P", "sender_office": "O",
             "addressee_office": "Minister of foreign affairs of the republic of Tajikistan"},
            "Already recorded: Minister of Foreign Affairs of the Republic of Tajikistan, Tajikistan, 7 October 2025",
        ),
        (
            "activity",
            {"kind": "plenary", "title": "Debate on non-cooperation", "date": "3–4 December 2031"},
            "Already recorded: Debate on non-cooperation, 3–4 December 2031, Held",
        ),
    ],
)  # fmt: skip
def test_the_letter_and_activity_forms_say_it_too(qtbot, window: MainWindow, store: Store, kind, values, said) -> None:  # type: ignore[no-untyped-def]
    if kind == "activity":
        window.record_actions.new_record(kind, {**values, "status": "held"}).try_save()
    form = window.record_actions.new_record(kind)
    qtbot.addWidget(form)
    for name, value in values.items():
        form.set_value(name, value)
    assert form.duplicate_box.isVisible(), form.last_errors
    assert without_isolates(form.duplicate_label.text()) == said
    assert not save_enabled(form)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_notice_in_english_and_arabic(qtbot, window: MainWindow, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The notice in the window's language (NCDESK_SHOTS: a screenshot to look at)."""
    import os
    from pathlib import Path

    window.set_language(lang)
    form = putin_in_tajikistan(qtbot, window)
    assert form.duplicate_box.isVisible()
    words = {"en": ("Already recorded", "Open it", "Save anyway"), "ar": ("مسجل من قبل", "فتحه", "الحفظ على أي حال")}
    text = without_isolates(form.duplicate_label.text())
    assert text.startswith(words[lang][0])
    assert (form.open_duplicate.text().replace("&", ""), form.save_duplicate.text().replace("&", "")) == words[lang][1:]
    shots = os.environ.get("NCDESK_SHOTS")
    if shots:
        form.show()
        qtbot.waitExposed(form)
        assert form.grab().save(str(Path(shots) / f"24a-alert-form-duplicate-{lang}.png"))
