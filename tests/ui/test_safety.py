"""From the window: undo and redo, the history in the detail pane, backups (now, every so
often, on closing), restore, a damaged database at start, a synchronised data folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ncdesk.store.file import backups
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from tests.ui.conftest import settled


def test_undo_and_redo_an_edit_from_the_keyboard(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert not window.act_undo.isEnabled()
    pid = save(store, "person", {"name": "Undo Person", "function": "Minister"})
    save(store, "person", {"function": "Envoy"}, pid)
    window.open_record("person", pid)
    assert window.act_undo.isEnabled() and window.act_undo.text() == "&Undo Edit person"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)  # undone in a worker
    assert window.operations.ran[-1] == "undo"
    assert store.get("person", pid)["function"] == "Minister"
    assert "Minister" in window.detail.plain_text()
    assert window.act_redo.text() == "&Redo Edit person"
    assert "Undone: Edit person" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settled(qtbot, window)
    assert store.get("person", pid)["function"] == "Envoy"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the addition itself
    settled(qtbot, window)
    assert store.get("person", pid, include_deleted=True) is None
    assert window.detail.record_id is None and not window.act_undo.isEnabled()


def test_an_undo_that_would_overwrite_later_work_is_refused(qtbot, window: MainWindow, store: Store, prompter) -> None:  # type: ignore[no-untyped-def]
    pid = save(store, "person", {"name": "Conflict", "function": "A"})
    save(store, "person", {"function": "B"}, pid)
    store.db.execute("UPDATE person SET function = 'C' WHERE id = ?", [pid])  # by someone else
    store.db.conn.commit()
    window.record_actions.undo()  # in a worker
    settled(qtbot, window)
    assert prompter.errors and "function was changed again since" in prompter.errors[-1][1]
    assert store.get("person", pid)["function"] == "C"


def test_the_detail_pane_shows_the_history(window: MainWindow, store: Store) -> None:
    pid = save(store, "person", {"name": "History <b>Person</b>", "function": "Minister"})
    save(store, "person", {"function": "Former <i>minister</i>"}, pid)
    window.open_record("person", pid)
    text = window.detail.plain_text()
    assert "History" in text and "Edit person" in text and "Add person" in text
    assert "Minister → Former <i>minister</i>" in text  # typed text is shown as text
    assert store.who in text


def test_back_up_now_and_restore(qtbot, window: MainWindow, store: Store, prompter) -> None:  # type: ignore[no-untyped-def]
    keep = save(store, "person", {"name": "Before the backup"})
    with qtbot.waitSignal(window.backup_made, timeout=10000) as made:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert Path(made.args[0]).is_file() and "Backed up to" in window.statusBar().currentMessage()
    later = save(store, "person", {"name": "After the backup"})
    dialog = window.backup_actions.open_restore()
    qtbot.waitUntil(lambda: dialog.is_checked)  # checked in a worker
    assert dialog.table.rowCount() == 1 and "sound" in dialog.table.item(0, 3).text()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_button.click()
    assert prompter.questions and "Everything recorded since then will be replaced" in prompter.questions[-1]
    assert store.get("person", keep) is not None and store.get("person", later, include_deleted=True) is None
    assert "Restored the backup" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.is_checked)  # the list read again, in a worker
    assert "Restored the backup" in dialog.status.text()
    assert dialog.table.rowCount() == 2  # and the copy made before restoring
    window.show_view("persons")
    assert "After the backup" not in [window.views["persons"].model.index(r, 0).data() for r in range(200)]


def test_a_refused_restore_changes_nothing(qtbot, window: MainWindow, store: Store, prompter) -> None:  # type: ignore[no-untyped-def]
    backups.make_backup(store, "manual")
    later = save(store, "person", {"name": "Stays"})
    prompter.confirm_answer = False
    dialog = window.backup_actions.open_restore()
    qtbot.waitUntil(lambda: dialog.is_checked)  # checked in a worker
    dialog.table.selectRow(0)
    dialog.start_restore()
    assert store.get("person", later) is not None


def test_automatic_backups_every_so_often_and_on_closing(qtbot, store: Store, prompter, settings) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(store, prompter, settings)
    qtbot.addWidget(w)
    assert w.backup_timer.isActive() and w.backup_timer.interval() == 10 * 60 * 1000
    with qtbot.waitSignal(w.backup_made, timeout=10000):
        w.backup_actions.periodic_backup()  # what the timer calls
    assert not backups.needs_backup(store)
    w.backup_actions.periodic_backup()  # nothing changed: nothing made
    assert len(backups.list_backups(store.folder)) == 1
    save(store, "person", {"name": "Changed before closing"})
    w.close()
    made = backups.list_backups(store.folder)
    assert len(made) == 2 and made[0].kind == "auto" and not backups.needs_backup(store)
    assert w.operations.ran.count("auto backup") == 1 and w.operations.ran[-1] == "backup at close"


def test_a_damaged_database_at_start_offers_the_last_good_backup(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, reference_db: Path, prompter
) -> None:
    from ncdesk.app import build_window

    data_dir.mkdir(parents=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    with Store.open(data_dir) as store:
        save(store, "person", {"name": "In the backup"})
        backups.make_backup(store, "manual")
    db = data_dir / "ncdesk.sqlite3"
    db.write_bytes(db.read_bytes()[:40000])
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    try:
        assert prompter.damaged_seen and prompter.damaged_seen[0].moved_to is not None
        assert [p["name"] for p in store.rows("person", "origin = 'user'")] == ["In the backup"]
    finally:
        window.close()
        store.close()
    db.write_bytes(b"garbage" * 100)
    prompter.damaged_answer = "quit"
    message = build_window(data_dir, prompter)
    assert isinstance(message, str) and "damaged" in message
    # encrypted: the damaged-database dialog, not the unlock dialog refusing the passphrase
    assert len(prompter.damaged_seen) == 2 and prompter.passphrase_errors == []
    prompter.damaged_answer = "new"
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    assert store.rows("person", "origin = 'user'") == [] and store.count("state") > 100
    assert len(list((data_dir / "damaged").glob("*.sqlite3"))) == 2  # nothing deleted
    window.close()
    store.close()


def test_a_synchronised_data_folder_is_warned_about(qtbot, tmp_path: Path, prompter) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.app import build_window

    built = build_window(tmp_path / "Dropbox" / "ncdesk", prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    assert prompter.warnings and "synchronised to the cloud" in prompter.warnings[0][1]
    assert "at risk" in window.status_label.text()
    window.close()
    store.close()


def test_undo_in_the_window_follows_a_saved_form(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    putin = ref_id("person", "vladimir-putin")
    function = store.get("person", putin)["function"]
    form = window.record_actions.edit_record("person", putin)
    assert form is not None
    form.set_value("function", "Changed in a form")
    assert form.try_save(), form.last_errors
    assert store.get("person", putin)["function"] == "Changed in a form"
    assert store.get("person", putin)["user_fields"] == ["function"]
    assert window.act_undo.text() == "&Undo Edit person"
    window.record_actions.undo()  # in a worker
    settled(qtbot, window)
    assert store.get("person", putin)["function"] == function and store.get("person", putin)["user_fields"] == []


def test_a_form_on_a_full_disk_keeps_what_was_typed(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = window.record_actions.new_record("person")
    form.set_value("name", "Typed on a full disk")
    form.set_value("notes", "n" * 200_000)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    assert not form.try_save()
    assert (
        "Not saved: The disk is full" in form.summary.text() and "What you typed is still here" in form.summary.text()
    )
    assert form.isVisible() and form.raw()["name"] == "Typed on a full disk"
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert form.try_save()
    assert store.rows("person", "name = 'Typed on a full disk'")


def test_a_window_started_after_a_command_moved_the_database_aside_asks_first(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, reference_db: Path, prompter, tmp_path: Path
) -> None:
    """Issue 17: the window never creates a new database by itself after a move-aside: it shows
    the same choice (restore the backup named, first; or start a new database), also when a
    command moved the database aside earlier."""
    from ncdesk.app import build_window
    from ncdesk.store.file import crypto, recovery
    from ncdesk.store.file.errors import DatabaseDamagedError, RecoveryPendingError
    from ncdesk.ui.safety import damaged_box
    from tests import encrypted_mode as enc

    data_dir.mkdir(parents=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    with Store.open(data_dir) as store:
        save(store, "person", {"name": "In the backup"})
        backups.make_backup(store, "manual")
    db = data_dir / "ncdesk.sqlite3"
    db.write_bytes(b"")  # an empty file: damage, not a new start
    with pytest.raises(DatabaseDamagedError) as moved:
        Store.open(data_dir)  # as a command would
    pending = recovery.pending(data_dir)
    assert pending is not None and pending.backup is not None and not db.exists()
    # the dialogs as the user sees them
    for name, err in (
        ("damaged-dialog", moved.value),
        ("moved-aside-dialog", RecoveryPendingError(data_dir, pending, False)),
    ):
        box, restore, new, quit_button = damaged_box(err)
        assert restore is not None and box.defaultButton() is restore and box.escapeButton() is quit_button
        box.resize(640, 300)
        box.show()
        box.grab().save(str(tmp_path / f"{name}.png"))
        box.close()
    prompter.damaged_answer = "quit"
    message = build_window(data_dir, prompter)
    assert isinstance(message, str) and "ncdesk init --new" in message and not db.exists()
    assert isinstance(prompter.damaged_seen[-1], RecoveryPendingError)
    prompter.damaged_answer = "restore"
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    try:
        assert [p["name"] for p in store.rows("person", "origin = 'user'")] == ["In the backup"]
        assert recovery.pending(data_dir) is None
    finally:
        window.close()
        store.close()
    # the window's explicit second choice: a new database (encrypted, in an encrypted folder)
    db.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError):
        Store.open(data_dir)
    prompter.damaged_answer = "new"
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    try:
        assert store.rows("person", "origin = 'user'") == [] and recovery.pending(data_dir) is None
        assert crypto.looks_encrypted(db) == (enc.ENABLED and enc.SESSION.auto)
    finally:
        window.close()
        store.close()
