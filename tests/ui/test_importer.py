"""File ▸ Import…: the preview shows each row and its problems, Import is offered only for a
file without any, the work runs in the background, the views show what was added; the
exports and templates from the File menu."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction

from ncdesk.io.importing import preview
from ncdesk.store.records.editing import save
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store
from ncdesk.ui.importer import PROBLEM_ROLE, ImportDialog
from ncdesk.ui.mainwindow import MainWindow
from tests.conftest import FixedClock
from tests.io.import_helpers import state, unmark, write_csv
from tests.ui.conftest import FakePrompter, settled

HEAD = ["person", "destinations", "date", "purpose", "reliability"]
BAD = [
    HEAD,
    ["Vladimir Putin", "Mongolia", "3–6 April 2031", "Summit", "probable"],
    ["Nobody Known", "Narnia", "31 February 2031", "", "sure"],
    ["Vladimir Putin", "mongolia", "2031-04-03/2031-04-06", "", ""],
]
GOOD = [HEAD, ["Vladimir Putin", "Mongolia; Kyrgyzstan", "3–6 April 2031", "Regional summit", "probable"]]


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _open(qtbot, window: MainWindow, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = window.file_actions.import_records()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.load(path)
    return dialog


def test_a_file_with_problems_is_previewed_row_by_row_and_cannot_be_imported(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "alerts.csv", BAD)
    before = state(window.store)
    dialog = _open(qtbot, window, path)
    qtmodeltester.check(dialog.model)
    assert not dialog.import_button.isEnabled()
    model = dialog.model
    assert model.rowCount() == 3 and model.columnCount() == 2 + len(HEAD)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Row", "Import", "person"]
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(3)]
    assert rows == [
        [2, "to add", "Vladimir Putin"],
        [3, "4 problem(s)", "Nobody Known"],
        [4, "1 problem(s)", "Vladimir Putin"],
    ]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 3).data(PROBLEM_ROLE) == 4
    assert "destinations: unknown State 'Narnia'" in model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0] == "row 3 — person: unknown person 'Nobody Known'"
    assert problems[-1].startswith("row 4 — person, destinations, date: duplicate of row 2 of this file")
    assert "Nothing can be imported until every problem below is corrected" in dialog.summary.text()
    # A problem leads to its row.
    dialog._go_to_problem(dialog.problems.item(4))
    assert dialog.table.selectionModel().selectedRows()[0].row() == 2
    dialog.start_import()  # refused: the button is off, and so is the slot
    assert not dialog.runner.busy()
    assert state(window.store) == before


def test_a_good_file_is_imported_in_the_background_and_the_views_show_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "alerts.csv", GOOD)
    dialog = _open(qtbot, window, path)
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == "alerts.csv: travel alerts: 1 to add."
    alerts_before = window.views["alerts"].model.rowCount()
    moved: list[tuple[int, int]] = []
    dialog._progress.moved.connect(lambda d, t: moved.append((d, t)))
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert moved[-1] == (1, 1)
    assert not dialog.import_button.isEnabled()
    assert "Imported 1 record(s)" in dialog.status.text()
    (alert,) = window.store.rows("travel_alert", "origin = 'user'")
    assert alert["purpose"] == "Regional summit"
    # The table of alerts, hidden, is read again when shown (only the views on screen are refreshed at once).
    assert window.views["alerts"].model.rowCount() == alerts_before
    window.show_view("alerts")
    assert window.views["alerts"].model.rowCount() == alerts_before + 1
    # The import is one change in the history: Undo takes it back.
    assert window.act_undo.isEnabled() and "Import alerts.csv" in window.act_undo.text()
    window.act_undo.trigger()
    settled(qtbot, window)  # undone in a worker
    assert window.store.rows("travel_alert", "origin = 'user'") == []


def test_changes_since_the_preview_are_checked_again_and_nothing_is_written(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "people.csv", [["name"], ["Jane Roe"]])
    dialog = _open(qtbot, window, path)
    assert dialog.import_button.isEnabled()
    window.store.insert("person", {"name": "Jane Roe"})
    before = state(window.store)
    with qtbot.waitSignal(dialog.previewed, timeout=20000):  # shown again, with what is wrong now
        dialog.start_import()
    assert dialog.problems.count() == 1
    assert "duplicate of a person already recorded" in dialog.problems.item(0).text()
    assert dialog.status.text() == "Nothing was imported: the records changed since the preview."
    assert not dialog.import_button.isEnabled()
    assert state(window.store) == before


def test_an_unreadable_file_says_so_in_the_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04 damaged")
    dialog = _open(qtbot, window, path)
    assert dialog.model.rowCount() == 0
    assert dialog.problems.item(0).text().startswith("not a readable Excel workbook (.xlsx)")
    assert not dialog.import_button.isEnabled()


def test_choosing_the_kind_reads_the_file_again(
    qtbot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.files = [write_csv(tmp_path / "who.csv", [["name", "function"], ["Jane Roe", "Minister"]])]
    dialog = window.file_actions.import_records()
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        dialog.choose_button.click()
    assert blocker.args[0].ok and blocker.args[0].sections[0].kind == "person"
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
    lines = [p.line() for p in blocker.args[0].problems]
    assert lines[0].startswith("who.csv:1: name: unknown column; the columns of letters are: id, state,")
    assert not dialog.import_button.isEnabled()


def test_a_full_export_is_previewed_table_by_table(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    from ncdesk.io.export_json import write_json

    write_json(window.store, target)
    dialog = _open(qtbot, window, target)
    model = dialog.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Already recorded"
    tables = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert tables["state"] == 196 and tables["travel_alert"] == 14
    assert not dialog.import_button.isEnabled()  # nothing to add


def test_a_full_export_of_another_laptop_merges_and_says_what_it_did(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path, release: Release
) -> None:
    """The old laptop loaded the reference data on another day: its rows merge, its records are added."""
    from ncdesk.io.export_json import write_json

    putin = ref_id("person", "vladimir-putin")
    with Store.open(
        tmp_path / "old-laptop", clock=FixedClock(dt.datetime(2025, 6, 1, tzinfo=dt.UTC)), reference=release
    ) as old:
        save(old, "person", {"name": "Jane Roe"})
        old.update("person", putin, {"function": "edited on the old laptop"})
        write_json(old, tmp_path / "export.json")
    references = window.store.count("person", include_deleted=True)
    dialog = _open(qtbot, window, tmp_path / "export.json")
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Table", "To add", "To update", "Already recorded", "Kept (newer here)", "With problems"
    ]  # fmt: skip
    persons = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "person")
    assert [model.index(persons, c).data() for c in range(1, 6)] == [1, 1, references - 1, 0, 0]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    rows = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))["tables"].values()
    unchanged = sum(r["origin"] == "reference" for table in rows for r in table) - 1  # all but Putin
    assert dialog.status.text() == (
        f"Imported: 1 added, 1 updated, {unchanged} unchanged (incl. reference), 0 kept (local newer). "
        "Edit ▸ Undo takes the whole import back."
    )
    assert not dialog.import_button.isEnabled()
    assert window.store.require("person", putin)["function"] == "edited on the old laptop"
    assert len(window.store.rows("person", "name = 'Jane Roe'")) == 1


def test_menus_export_excel_and_csv_and_save_templates(
    qtbot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.save_path = tmp_path / "records"  # the suffix is added
    with qtbot.waitSignal(window.export_finished, timeout=20000) as blocker:
        _action(window, "export_xlsx").trigger()
    assert blocker.args == [str(tmp_path / "records.xlsx")]
    plan = preview(window.store, tmp_path / "records.xlsx")
    assert plan.ok and plan.counts()["travel_alert"] == {"add": 0, "unchanged": 14, "rejected": 0, "unchecked": 0}
    window.show_view("dashboard")
    prompter.save_path = tmp_path / "x.csv"
    _action(window, "export_csv").trigger()
    assert "Open the table of persons" in window.statusBar().currentMessage()
    window.show_view("letters")
    with qtbot.waitSignal(window.export_finished, timeout=20000):
        _action(window, "export_csv").trigger()
    assert (tmp_path / "x.csv").read_text(encoding="utf-8-sig").startswith("id,state,addressee_office,date")
    prompter.save_path = tmp_path / "template.csv"
    _action(window, "template_activity").trigger()
    plan = preview(window.store, tmp_path / "template.csv")  # the example row, marked, is not imported
    assert plan.notes == ["row 2 is the import template's example: not imported"]
    unmark(tmp_path / "template.csv")
    assert preview(window.store, tmp_path / "template.csv").counts() == {
        "activity": {"add": 1, "unchanged": 0, "rejected": 0, "unchecked": 0}
    }


def test_the_dialog_saves_the_template_of_the_kind_chosen(
    qtbot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    dialog = window.file_actions.import_records()
    dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
    prompter.save_path = tmp_path / "letters.xlsx"
    with qtbot.waitSignal(dialog.template_saved) as blocker:
        dialog.template_button.click()
    assert blocker.args == [str(tmp_path / "letters.xlsx")]
    assert preview(window.store, tmp_path / "letters.xlsx").sections[0].kind == "letter"


def test_the_preview_model_is_empty_without_a_plan(qtmodeltester) -> None:
    from ncdesk.ui.importer import PreviewModel

    model = PreviewModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.columnCount() == 0 and model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_the_dialog_stays_open_while_it_works(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "alerts.csv", GOOD)
    dialog = _open(qtbot, window, path)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.start_import()
        dialog.reject()
        assert dialog.isVisible() and dialog.status.text() == "Wait until the work in progress finishes."
    dialog.reject()
    assert not dialog.isVisible()


def test_the_preview_says_what_is_wrong_in_french(qtbot, window: MainWindow, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    """The summary, the rows' problems (a lookup, a date, a value, a duplicate) in the window's language."""
    window.set_language("fr")
    dialog = _open(qtbot, window, write_csv(tmp_path / "alerts.csv", BAD))
    assert dialog.summary.text().startswith(
        "alerts.csv\u00a0: alertes de voyage\u00a0: 1 à ajouter, 2 avec des problèmes\u00a0; 5 problèmes. "
        "Rien ne peut être importé"
    )
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0] == "ligne 3 — person\u00a0: personne inconnue 'Nobody Known'"
    assert problems[2] == "ligne 3 — date\u00a0: '31 February 2031'\u00a0: février 2031 compte 28 jours, pas 31"
    assert problems[-1] == (
        "ligne 4 — person, destinations, date\u00a0: doublon de la ligne 2 de ce fichier "
        "(identiques\u00a0: personne, destinations et dates)"
    )
