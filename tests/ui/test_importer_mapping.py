"""The import's mapping step in the window: what the file does not say (a column not known, a
value not in its list, "Congo", a date that may be read day or month first) is asked in the
preview, answered from ranked suggestions, the file previewed again off the GUI thread with the
answers; Import is offered only when nothing is open; the answers are kept and offered again for
a file of the same shape."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ncdesk.io.import_plan import ImportPlan
from ncdesk.io.values import DAY_FIRST, IGNORED, MONTH_FIRST
from ncdesk.store.reference import ref_id
from ncdesk.ui.import_mapping import ANSWER, CHOICES_ROLE, OPEN_ROLE, QUESTION, TEXT, WHERE
from ncdesk.ui.importer import ImportDialog
from ncdesk.ui.mainwindow import MainWindow
from tests.io.import_helpers import state, write_csv

HEAD = ["person", "destinations", "date", "Where from", "reliability", "status"]
TRACKER = [
    HEAD,
    ["Vladimir Putin", "Congo", "10/09/2031", "Press reports", "Probable", "Reçue"],
    ["Vladimir Putin", "Mongolia", "3/4/2031", "A State", "possible", "reported"],
]
# The same columns, another month: the answers given for the first file are offered again.
NEXT_MONTH = [HEAD, ["Vladimir Putin", "Congo", "05/06/2032", "Social media", "Probable", "Reçue"]]


def _open(qtbot, window: MainWindow, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = window.file_actions.import_records()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.load(path)
    return dialog


def _asked(dialog: ImportDialog) -> list[tuple[str, str, str, bool]]:
    """Each question as the table shows it: what, where, the text, still open."""
    m = dialog.questions
    return [
        (
            m.index(r, QUESTION).data(),
            m.index(r, WHERE).data(),
            m.index(r, TEXT).data(),
            m.index(r, ANSWER).data(OPEN_ROLE),
        )
        for r in range(m.rowCount())
    ]


def _row(dialog: ImportDialog, text: str) -> int:
    m = dialog.questions
    return next(r for r in range(m.rowCount()) if m.index(r, TEXT).data() == text)


def _answer(qtbot, dialog: ImportDialog, text: str, answer: str) -> ImportPlan:  # type: ignore[no-untyped-def]
    """Answer the question about *text* as the combo would; the file is previewed again."""
    index = dialog.questions.index(_row(dialog, text), ANSWER)
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        assert dialog.questions.setData(index, answer)
    plan: ImportPlan = blocker.args[0]
    return plan


def _choices(dialog: ImportDialog, text: str) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = dialog.questions.index(_row(dialog, text), ANSWER).data(CHOICES_ROLE)
    return choices


def test_each_question_is_asked_answered_and_the_file_imported(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "tracker.csv", TRACKER)
    before = state(window.store)
    dialog = _open(qtbot, window, path)
    qtmodeltester.check(dialog.questions)
    # The header first: the rows are read once the file's columns are known.
    assert _asked(dialog) == [("Which column is this?", "row 1", "Where from", True)]
    assert dialog.questions_box.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "tracker.csv: travel alerts: 0 to add, 2 not checked; 1 problem(s). Answer the questions below, then import."
    )
    assert dialog.problems_label.text() == "1 cell(s) wait for the answers above"
    columns = _choices(dialog, "Where from")
    assert ("source_description", "Source of the information (source_description)") in columns
    assert columns[-1] == (IGNORED, "Ignore this column")
    assert "id" not in [value for value, _ in columns]

    # By the keyboard: the first open question's answer has the keyboard; F2 opens its combo.
    view = dialog.questions_view
    view.setFocus()
    assert view.currentIndex() == dialog.questions.index(0, ANSWER)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.findChild(QComboBox, "importAnswer")
    assert combo is not None and not combo.isEditable()
    assert [combo.itemText(i) for i in range(combo.count())] == [label for _, label in columns]
    combo.setCurrentIndex(combo.findData("source_description"))
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    plan: ImportPlan = blocker.args[0]
    assert plan.mapping.columns == {"Where from": "source_description"}
    assert view.hasFocus(), "the keyboard stays with the questions"

    # Now the rows are read: "Probable" is a reliability in any case (not asked); "Congo", the
    # dates and "Reçue" are.
    qtmodeltester.check(dialog.questions)
    assert _asked(dialog) == [
        ("Which column is this?", "row 1", "Where from", False),
        ("Destinations: which State?", "row 2", "Congo", True),
        ("In which order are the dates?", "row 2 (2 cell(s))", "10/09/2031", True),
        ("Status: which value?", "row 2", "Reçue", True),
    ]
    assert dialog.questions.index(0, ANSWER).data() == "Source of the information (source_description)"
    assert dialog.questions.index(1, ANSWER).data() == "Choose an answer…"
    assert view.currentIndex() == dialog.questions.index(1, ANSWER), "the next open question is current"
    # The States people call "Congo", by their United Nations short names; the dates read both ways.
    assert _choices(dialog, "Congo") == [
        ("Congo", "Congo"),
        ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
    ]
    assert _choices(dialog, "10/09/2031") == [
        (DAY_FIRST, "Day first: 10 September 2031"),
        (MONTH_FIRST, "Month first: 9 October 2031"),
    ]
    statuses = [value for value, _ in _choices(dialog, "Reçue")]
    assert sorted(statuses) == sorted(
        ["reported", "verified", "focal_points_activated", "letter_sent", "court_informed", "closed"]
    ), "the whole list is offered, the likeliest first"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "row 2 — status: 'Reçue' is not one of reported, verified, focal_points_activated, " in " ".join(problems)

    # Two answers in a row: the second, given while the first is previewed, is previewed after it.
    with qtbot.waitSignal(
        dialog.previewed, timeout=20000, check_params_cb=lambda plan: plan.mapping.dates == DAY_FIRST
    ) as blocker:
        assert dialog.questions.setData(dialog.questions.index(1, ANSWER), "Democratic Republic of the Congo")
        assert dialog.runner.busy()
        assert dialog.questions.setData(dialog.questions.index(2, ANSWER), DAY_FIRST)
    assert [q.text for q in blocker.args[0].questions] == ["Reçue"]
    assert not dialog.import_button.isEnabled()
    plan = _answer(qtbot, dialog, "Reçue", "reported")
    assert plan.ok and not plan.questions
    assert [open_ for *_, open_ in _asked(dialog)] == [False] * 4
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == "tracker.csv: travel alerts: 2 to add."
    assert state(window.store) == before, "nothing is written by the questions"

    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        dialog.import_button.click()
    assert blocker.args == [2]
    alerts = window.store.rows("travel_alert", "origin = 'user'", order_by="date_from")
    assert [(a["date_from"], a["reliability"], a["status"]) for a in alerts] == [
        ("2031-04-03", "possible", "reported"),
        ("2031-09-10", "probable", "reported"),
    ]
    assert alerts[1]["source_description"] == "Press reports"
    destinations = window.store.db.execute(
        "SELECT state_id FROM alert_destination WHERE alert_id = ?", [alerts[1]["id"]]
    ).fetchall()
    assert [d[0] for d in destinations] == [ref_id("state", "COD")]

    # A file of the same shape: the answers are offered again (the order of the dates is not kept:
    # it is said for each file).
    dialog = _open(qtbot, window, write_csv(tmp_path / "next.csv", NEXT_MONTH))
    qtmodeltester.check(dialog.questions)
    before_again = "answered before, for a file with these columns"
    assert _asked(dialog) == [
        ("Which column is this?", before_again, "Where from", False),
        ("Destinations: which State?", before_again, "Congo", False),
        ("Status: which value?", before_again, "Reçue", False),
        ("In which order are the dates?", "row 2", "05/06/2032", True),
    ]
    assert dialog.questions.index(1, ANSWER).data() == "Democratic Republic of the Congo"
    assert not dialog.import_button.isEnabled()
    _answer(qtbot, dialog, "05/06/2032", MONTH_FIRST)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    (alert,) = window.store.rows("travel_alert", "origin = 'user' AND date_from LIKE '2032%'")
    assert (alert["date_from"], alert["source_description"], alert["status"]) == (
        "2032-05-06",
        "Social media",
        "reported",
    )


def test_a_remembered_answer_can_be_changed_and_a_column_ignored(qtbot, window: MainWindow, tmp_path: Path) -> None:
    rows = [["name", "Desk", "nationality"], ["Jane Roe", "NY", "Congo"]]
    dialog = _open(qtbot, window, write_csv(tmp_path / "people.csv", rows))
    plan = _answer(qtbot, dialog, "Desk", IGNORED)
    assert plan.sections[0].columns.keys() == {"name", "nationality"}, "an ignored column is not read"
    assert dialog.questions.index(_row(dialog, "Desk"), ANSWER).data() == "Ignore this column"
    _answer(qtbot, dialog, "Congo", "Congo")
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    (jane,) = window.store.rows("person", "name = 'Jane Roe'")
    assert jane["nationality_state_id"] == ref_id("state", "COG")

    rows = [["name", "Desk", "nationality"], ["John Doe", "Geneva", "Congo"]]
    dialog = _open(qtbot, window, write_csv(tmp_path / "more.csv", rows))
    assert dialog.import_button.isEnabled(), "nothing left to ask: the answers kept answer it all"
    assert "all answered (once imported, the answers are kept" in dialog.questions_label.text()
    _answer(qtbot, dialog, "Congo", "Democratic Republic of the Congo")  # this file meant the other Congo
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    (john,) = window.store.rows("person", "name = 'John Doe'")
    assert john["nationality_state_id"] == ref_id("state", "COD")


def test_a_name_typed_in_the_answer_that_finds_nothing_is_said_in_words(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [["name", "nationality"], ["Jane Roe", "Narnia"]]
    dialog = _open(qtbot, window, write_csv(tmp_path / "people.csv", rows))
    assert _asked(dialog)[0][:3] == ("Nationality: which State?", "row 2", "Narnia")
    view = dialog.questions_view
    view.setFocus()
    view.setCurrentIndex(dialog.questions.index(0, ANSWER))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.findChild(QComboBox, "importAnswer")
    assert combo is not None and combo.isEditable(), "a State may be typed by its name"
    combo.setEditText("Atlantis")
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert not dialog.import_button.isEnabled()
    assert (
        dialog.problems.item(0)
        .text()
        .startswith("row 2 — nationality: 'Narnia' is mapped to 'Atlantis': unknown State 'Atlantis'; closest: ")
    )
    assert dialog.questions.index(0, ANSWER).data() == "Atlantis", "the answer stays, to be changed"
    assert dialog.problems_label.text().startswith("1 problem(s): correct them")


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_the_questions_in_the_four_languages(qtbot, window: MainWindow, tmp_path: Path, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The dialog with its questions open, in each language (NCDESK_SHOTS: a screenshot to look at)."""
    window.set_language(lang)
    dialog = _open(qtbot, window, write_csv(tmp_path / "tracker.csv", TRACKER))
    _answer(qtbot, dialog, "Where from", "source_description")
    assert dialog.questions.open_count() == 3
    congo = {
        "en": ["Congo", "Democratic Republic of the Congo"],
        "fr": ["République du Congo", "République démocratique du Congo"],
        "es": ["Congo", "República Democrática del Congo"],
        "ar": ["الكونغو", "جمهوريّة الكونغو الدّيموقراطيّة"],
    }
    assert _choices(dialog, "Congo") == list(
        zip(["Congo", "Democratic Republic of the Congo"], congo[lang], strict=True)
    )
    assert dialog.questions.headerData(ANSWER, Qt.Orientation.Horizontal)
    # A date that may be read two ways gives both days in the window's language.
    days = {
        "en": ("10 September 2031", "9 October 2031"),
        "fr": ("10 septembre 2031", "9 octobre 2031"),
        "es": ("10 de septiembre de 2031", "9 de octubre de 2031"),
        "ar": ("10 أيلول/سبتمبر 2031", "9 تشرين الأول/أكتوبر 2031"),
    }
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    said = next(p for p in problems if "10/09/2031" in p)
    assert all(day in said for day in days[lang]), said
    # And the States a name may be, by their names in the window's language.
    said = next(p for p in problems if "'Congo'" in p)
    states = {
        "en": "Congo or Democratic Republic of the Congo",
        "fr": "République du Congo ou République démocratique du Congo",
        "es": "Congo o República Democrática del Congo",
        "ar": "الكونغو أو جمهوريّة الكونغو الدّيموقراطيّة",
    }
    assert states[lang] in said, said
    # The State's question open by the keyboard: its combo offers the United Nations' short names.
    view = dialog.questions_view
    view.setFocus()
    assert view.currentIndex() == dialog.questions.index(_row(dialog, "Congo"), ANSWER)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.findChild(QComboBox, "importAnswer")
    assert combo is not None and combo.currentData() == "Congo" and combo.currentText() == congo[lang][0]
    shots = os.environ.get("NCDESK_SHOTS")
    if shots:  # looked at by hand: NCDESK_SHOTS=/work/notes/shots
        from PySide6.QtGui import QPainter

        combo.showPopup()
        popup = combo.view().window()
        qtbot.waitExposed(popup)
        image = dialog.grab()
        painter = QPainter(image)  # the open list is a window of its own: painted where it shows
        painter.drawPixmap(dialog.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())), popup.grab())
        painter.end()
        assert image.save(str(Path(shots) / f"i3-questions-{lang}.png"))
        combo.hidePopup()
