"""The window with 100,000 records in a table: it opens, sorts and scrolls (timings belong to
the benchmarks)."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from tests import encrypted_mode
from tests.conftest import FixedClock
from tests.ui.conftest import settled

N = 100_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Path:
    folder = tmp_path_factory.mktemp("big")
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    with Store.open(folder, clock=FixedClock()) as store:
        store.insert_many("person", [{"name": f"Généré {i:06d}", "function": f"Rôle {i % 97}"} for i in range(N)])
    return folder


def test_a_hundred_thousand_rows(qtbot, big_db: Path, data_dir: Path, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    encrypted_mode.copy_database(big_db, data_dir)  # with its key-derivation file, if encrypted
    store = Store.open(data_dir)
    try:
        window = MainWindow(store, prompter, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        window.show_view("persons")
        view = window.views["persons"]
        assert view.model.rowCount() == store.count("person") and store.count("person") > N
        # Only the pages shown were read.
        assert len(view.model._pages) <= 3
        view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # read in a worker: the window stays live
        assert view.model.loading and window.operations.busy()
        settled(qtbot, window)
        assert "sort person" in window.operations.ran
        names = sorted(
            (r["name"] for r in store.rows("person") if not r["name"].startswith("Généré")), key=str.casefold
        )
        assert view.model.index(0, 0).data() == names[-1]
        view.table.scrollToBottom()
        last = view.model.rowCount() - 1
        assert view.model.index(last, 0).data() == names[0]
        view.table.selectRow(N // 2)
        qtbot.waitUntil(lambda: window.detail.kind == "person")
        assert "Généré" in window.detail.plain_text()
        view.filter_edit.setText("genere 004242")
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        assert len(view.model._pages) <= view.model.MAX_PAGES
        window.close()
    finally:
        store.close()
