"""The main window, driven as a delegate would: views, links, history, search, filters."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.dashboard import DashboardView
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.signals import emit
from ncdesk.ui.views import RecordView, SituationsView
from tests import encrypted_mode
from tests.ui.conftest import settled


def distinct_colours(image: QImage, step: int = 23) -> int:
    colours = set()
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def click_row(qtbot, view: RecordView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def link(kind: str, key: str) -> QUrl:
    return QUrl(f"ncdesk:{kind}/{ref_id(kind, key)}")


@pytest.mark.parametrize("number", range(1, 10))
def test_each_view_is_reached_by_its_shortcut_and_shows_records(
    qtbot, window: MainWindow, number: int, tmp_path: Path
) -> None:
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    view = window.current_view()
    assert view is list(window.views.values())[number - 1]
    if isinstance(view, SituationsView):
        assert view.model.rowCount() == window.store.count("situation") > 5  # the whole docket
    elif isinstance(view, DashboardView):
        assert "The Court’s recent decisions on non-cooperation" in view.plain_text()
    else:
        assert view.model.rowCount() > 0
    image = window.grab().toImage()
    image.save(str(tmp_path / f"view{number}.png"))
    assert distinct_colours(image) > 8  # text and lines were drawn, not an empty frame


def test_master_detail_links_and_history(qtbot, window: MainWindow) -> None:
    states = window.views["states"]
    window.show_view("states")
    states.filter_edit.setText("Chad")
    qtbot.waitUntil(lambda: states.model.rowCount() == 1)
    click_row(qtbot, states, 0)
    qtbot.waitUntil(lambda: window.detail.kind == "state")
    text = window.detail.plain_text()
    assert "Chad" in text and "Findings and communications" in text
    assert "Decision on the Non-compliance of the Republic of Chad" in text

    with qtbot.waitSignal(window.record_opened):
        emit(window.detail.browser.anchorClicked, link("finding", "ICC-02/05-01/09-151"))
    assert window.current_view() is window.views["findings"]
    settled(qtbot, window)
    assert window.views["findings"].current_id() == ref_id("finding", "ICC-02/05-01/09-151")
    text = window.detail.plain_text()
    assert "S/2013/229" in text and "Pre-Trial Chamber II" in text

    emit(window.detail.browser.anchorClicked, link("icc_case", "ICC-02/05-01/09"))
    assert window.current_view() is window.views["situations"]
    assert "Prosecutor v. Omar Al Bashir" in window.detail.plain_text()

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.record_id == ref_id("finding", "ICC-02/05-01/09-151")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.record_id == ref_id("state", "TCD")
    assert window.current_view() is states
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.record_id == ref_id("finding", "ICC-02/05-01/09-151")


def test_the_detail_shows_sources_and_conflicting_dates(window: MainWindow) -> None:
    window.open_record("focal_point", ref_id("focal_point", "fp-poland-2024"))
    text = window.detail.plain_text()
    assert "1 May 2024" in text and "8 May 2024" in text
    assert "Report of the Bureau on non-cooperation" in text


def test_person_chronology(window: MainWindow) -> None:
    window.open_record("person", ref_id("person", "omar-al-bashir"))
    text = window.detail.plain_text()
    assert "Chronology" in text
    for expected in (
        "4 March 2009",
        "Warrant of arrest issued",
        "Transmitted to the Security Council",
        "July 2010",  # the visit to Chad, a partly known date
        "Appeal judgment",
    ):
        assert expected in text, expected
    lines = [ln for ln in text.splitlines() if "Warrant of arrest issued" in ln]
    assert len(lines) == 2


def test_state_chronology_has_party_status_and_letters(window: MainWindow) -> None:
    window.open_record("state", ref_id("state", "HUN"))
    text = window.detail.plain_text()
    for expected in (
        "The Statute entered into force for it",
        "Notified its withdrawal",
        "Letter of the President of the Assembly",
        "3–6 April 2025",
        "Transmitted to the Assembly of States Parties",
    ):
        assert expected in text, expected


def test_findings_filters_and_plot(qtbot, window: MainWindow) -> None:
    view = window.views["findings"]
    window.show_view("findings")
    assert sum(view.plot.totals().values()) == 26
    view.situation_box.setCurrentIndex(view.situation_box.findText("Situation in Ukraine"))
    assert view.model.rowCount() == 6
    view.year_box.setCurrentIndex(view.year_box.findData("2024"))
    assert view.model.rowCount() == 4
    view.clear_filters()
    assert view.model.rowCount() == 26
    view.referred_box.setCurrentIndex(view.referred_box.findData("deferred"))
    assert view.model.rowCount() == 1
    view.clear_filters()
    # Clicking a bar of the plot picks its year.
    plot = view.plot
    plot.repaint()
    rect, year = plot._bars[0]
    qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.year_box.currentData() == str(year)
    assert all(view.model.index(r, 0).data().endswith(str(year)) for r in range(view.model.rowCount()))


def test_table_filters_as_you_type(qtbot, window: MainWindow) -> None:
    view = window.views["persons"]
    window.show_view("persons")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_edit
    qtbot.keyClicks(view.filter_edit, "kushayb")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == "Ali Muhammad Ali Abd-Al-Rahman"


def test_global_search_opens_the_record(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.edit, "PAIVI")
    qtbot.waitUntil(lambda: dialog.model.first_result() is not None)
    assert dialog.model.index(0, 0).data().startswith("Focal points")
    with qtbot.waitSignal(window.record_opened):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert window.detail.kind == "focal_point"
    assert "Päivi Kaukoranta" in window.detail.plain_text()
    assert not dialog.isVisible()


def test_global_search_arrow_keys_skip_headers(qtbot, window: MainWindow) -> None:
    window.search.open_search("Hungary")
    dialog = window.search
    qtbot.waitUntil(lambda: dialog.model.first_result() is not None)
    start = dialog.view.currentIndex().row()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    row = dialog.view.currentIndex().row()
    assert row > start and not dialog.view.currentIndex().data(Qt.ItemDataRole.UserRole + 3)
    with qtbot.waitSignal(window.record_opened):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)


def test_delete_and_restore(qtbot, window: MainWindow, store: Store, prompter) -> None:  # type: ignore[no-untyped-def]
    rid = ref_id("finding", "ICC-01/22-112")
    window.open_record("finding", rid)
    prompter.confirm_answer = False
    assert not window.record_actions.delete_record()
    assert store.get("finding", rid) is not None
    prompter.confirm_answer = True
    assert window.record_actions.delete_record()
    assert store.get("finding", rid) is None
    assert "This record was deleted" in window.detail.plain_text()
    assert window.views["findings"].model.row_of(rid) is None
    assert window.act_restore.isEnabled()
    window.act_restore.trigger()
    assert store.get("finding", rid) is not None
    assert window.views["findings"].model.row_of(rid) is not None


def test_export_runs_in_the_background(qtbot, window: MainWindow, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prompter.save_path = tmp_path / "out.json"
    with qtbot.waitSignal(window.export_finished, timeout=20000):
        window.findChild(type(window.act_export), "export_json").trigger()
    data = json.loads(prompter.save_path.read_text(encoding="utf-8"))
    assert data["counts"]["finding"] == 26


def test_about_names_the_version_and_the_data_folder(window: MainWindow, prompter, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.about()
    [(title, text)] = prompter.infos
    from ncdesk import __version__
    from ncdesk.store.reference_files import release_version
    from tests.conftest import REFERENCE_DIR

    assert __version__ in text and str(store.folder) in text and release_version(REFERENCE_DIR) in text


def test_layout_is_remembered(qtbot, store: Store, prompter, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(store, prompter, settings)
    qtbot.addWidget(first)
    first.resize(1300, 800)
    first.show()
    first.show_view("states")
    first.splitter.setSizes([150, 600, 550])
    sizes = first.splitter.sizes()
    first.views["states"].table.setColumnWidth(0, 321)
    first.close()
    second = MainWindow(store, prompter, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_view() is second.views["states"]
    assert second.splitter.sizes() == sizes
    assert second.views["states"].table.columnWidth(0) == 321


def test_build_window_explains_a_database_it_cannot_open(qtbot, data_dir: Path, reference_db: Path, prompter) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from ncdesk.app import build_window

    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("ncdesk")
    store.close()
    conn = encrypted_mode.connect(data_dir / "ncdesk.sqlite3")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    message = build_window(data_dir, prompter)
    assert isinstance(message, str)
    assert "newer ncdesk" in message and str(data_dir) in message


def test_a_letter_opens_in_the_letter_register(window: MainWindow) -> None:
    window.open_record("letter", ref_id("letter", "letter-tajikistan-2025-10-07"))
    assert window.current_view() is window.views["letters"]
    text = window.detail.plain_text()
    assert "Minister of Foreign Affairs of the Republic of Tajikistan" in text and "86, 89(1)" in text


def test_unknown_record_is_reported(window: MainWindow) -> None:
    assert not window.open_record("finding", "00000000-0000-0000-0000-000000000000")
    assert "no longer exists" in window.statusBar().currentMessage()


def test_click_in_empty_space_does_nothing(qtbot, window: MainWindow) -> None:
    view = window.views["persons"]
    window.show_view("persons")
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, view.table.viewport().height() - 3)
    )
    assert window.isVisible()


def test_build_window_explains_a_folder_it_cannot_create(tmp_path: Path) -> None:
    from ncdesk.app import build_window

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    message = build_window(blocker / "data")
    assert isinstance(message, str) and str(blocker / "data") in message


def test_a_warrant_in_a_case_puts_the_person_under_the_case(qtbot, window: MainWindow, store: Store) -> None:
    from ncdesk.store.records.editing import save

    person = store.insert("person", {"name": "Nouvelle Personne"})
    save(
        store,
        "warrant",
        {
            "person_id": person,
            "situation_id": ref_id("situation", "ICC-01/11"),
            "case_id": ref_id("icc_case", "ICC-01/11-01/11"),
            "kind": "arrest_warrant",
            "issued_on": "2025-02-01",
            "status": "at_large",
        },
    )
    window.refresh_all()
    tree = window.views["situations"].model
    assert not tree.index_of("person", person).isValid()  # hidden: read again when next shown
    window.show_view("situations")
    assert tree.index_of("person", person).isValid()
