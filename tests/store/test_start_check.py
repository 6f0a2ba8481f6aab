"""The check at start: skipped only for a database exactly as the last ncdesk left it on a clean
close; any change to the file since (a write, a copy put in its place, damage) is checked."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ncdesk.store.file import db as db_module
from ncdesk.store.file.errors import DatabaseDamagedError
from ncdesk.store.file.lock import InstanceLock, file_stamp
from ncdesk.store.store import Store


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each check the opens make: True for the full integrity_check, False for the quick one."""
    made: list[bool] = []
    real = db_module.check_integrity

    def spy(conn: object, path: Path, *, full: bool = False) -> None:
        made.append(full)
        real(conn, path, full=full)

    monkeypatch.setattr(db_module, "check_integrity", spy)
    return made


def _reopen(folder: Path) -> None:
    Store.open(folder, load_reference=False).close()


def test_a_database_left_as_it_was_is_not_checked_again(store: Store, checks: list[bool]) -> None:
    folder = store.folder
    store.close()
    _reopen(folder)
    _reopen(folder)
    assert checks == []


def test_a_database_changed_since_the_clean_close_is_checked(store: Store, checks: list[bool]) -> None:
    folder = store.folder
    store.close()
    path = folder / "ncdesk.sqlite3"
    data = path.read_bytes()
    path.write_bytes(data)  # the same bytes, written by someone else
    _reopen(folder)
    assert checks == [False]
    _reopen(folder)  # ncdesk closed it cleanly since: trusted again
    assert checks == [False]


def test_a_copy_put_in_its_place_is_checked(store: Store, checks: list[bool], tmp_path: Path) -> None:
    folder = store.folder
    store.close()
    path = folder / "ncdesk.sqlite3"
    shutil.copy2(path, tmp_path / "copy.sqlite3")  # same size and modification time
    shutil.copy2(tmp_path / "copy.sqlite3", path)
    _reopen(folder)
    assert checks == [False]


def test_damage_right_after_a_clean_close_is_found(store: Store, checks: list[bool]) -> None:
    folder = store.folder
    store.close()
    path = folder / "ncdesk.sqlite3"
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = bytes(4096)  # a page zeroed in place: the size does not change
    with path.open("r+b") as fh:
        fh.write(data)
    with pytest.raises(DatabaseDamagedError):
        Store.open(folder, load_reference=False)
    assert checks == [False]


def test_after_a_crash_the_full_check_runs(store: Store, checks: list[bool]) -> None:
    folder = store.folder
    store.db.close()
    assert store._lock is not None and store._lock._fd is not None
    os.close(store._lock._fd)  # the process dies holding the lock: the file still says "open"
    store._lock._fd = None
    _reopen(folder)
    assert checks == [True]


def test_an_open_write_ahead_log_is_no_clean_close(tmp_path: Path) -> None:
    database = tmp_path / "ncdesk.sqlite3"
    database.write_bytes(b"x")
    assert file_stamp(database) is not None
    (tmp_path / "ncdesk.sqlite3-wal").write_bytes(b"pages")
    assert file_stamp(database) is None
    lock = InstanceLock(tmp_path).acquire()
    lock.release(database)
    again = InstanceLock(tmp_path).acquire()
    assert not again.unchanged(database)
    again.release()
