"""The restore dialog lists the copies moved aside as damaged, and the backups kept for safety
(issue 17, case 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

from ncdesk.store.file import backups, recovery
from ncdesk.store.records.editing import save
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.safety import RestoreDialog
from tests.encrypted_mode import damaged_bytes


def _row(dialog: RestoreDialog, path: Path) -> int:
    return next(i for i, (b, _) in enumerate(dialog.found) if b.path == path)


def damaged_copies(store: Store) -> tuple[Path, Path]:
    """A sound copy moved aside (its -wal went missing) and a broken one, in damaged/."""
    made = backups.make_backup(store, "manual")
    where = recovery.damaged_dir(store.folder)
    where.mkdir()
    sound = where / "ncdesk-20261120T100000Z.sqlite3"
    shutil.copyfile(made.path, sound)
    broken = where / "ncdesk-20261122T100000Z.sqlite3"
    broken.write_bytes(damaged_bytes())
    return sound, broken


def test_the_restore_dialog_lists_damaged_copies_and_restores_a_sound_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, store: Store, prompter
) -> None:
    kept = save(store, "person", {"name": "In the moved copy"})
    sound, broken = damaged_copies(store)
    later = save(store, "person", {"name": "Recorded later"})
    dialog = window.backup_actions.open_restore()
    qtbot.waitUntil(lambda: dialog.is_checked)  # checked in a worker
    assert dialog.table.rowCount() == 3
    row = _row(dialog, broken)
    assert dialog.table.item(row, 1).text() == "moved aside as damaged"
    assert dialog.table.item(row, 3).text().startswith("NOT USABLE")
    dialog.table.selectRow(row)
    assert not dialog.restore_button.isEnabled()
    row = _row(dialog, sound)
    assert dialog.table.item(row, 1).text() == "moved aside as damaged" and "sound" in dialog.table.item(row, 3).text()
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_button.click()
    assert "moved aside as damaged" in prompter.questions[-1]
    assert store.get("person", kept) is not None and store.get("person", later, include_deleted=True) is None
    assert sound.exists()  # the copy stays where it was
    qtbot.waitUntil(lambda: dialog.is_checked)  # the list read again, in a worker
    # the copy made before restoring holds what was recorded later: it says it is kept
    before = next(b for b, _ in dialog.found if b.kind == "before-restore")
    assert dialog.table.item(_row(dialog, before.path), 3).text().endswith("kept: holds records the database lacks")


def test_the_backup_named_for_recovery_says_so(qtbot, window: MainWindow, store: Store) -> None:
    named = backups.make_backup(store, "manual")
    recovery.record(store.folder, moved_to=None, backup=named.path, encrypted=store.key is not None)
    dialog = window.backup_actions.open_restore()
    qtbot.waitUntil(lambda: dialog.is_checked)  # checked in a worker
    assert dialog.table.item(_row(dialog, named.path), 3).text().endswith("kept: named for recovery")
