"""Backups never thin away the last good copy of the user's records (issue 17, case 2), and a
killed or failed backup leaves nothing behind (case 4)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from ncdesk import paths
from ncdesk.store.file import backups, db, engine, recovery
from ncdesk.store.file.backups import KEPT_LACKING, KEPT_OTHER_KEY, KEPT_RECOVERY, BackupInfo, to_remove
from ncdesk.store.file.errors import DatabaseDamagedError, StoreError
from ncdesk.store.records.editing import save
from ncdesk.store.store import Store
from tests import encrypted_mode
from tests.conftest import FixedClock


def _user_names(path: Path, key: Any) -> set[str]:
    """The names of the user's own persons in a backup (read-only)."""
    conn = backups._connect_ro(path, key)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM person WHERE origin = 'user' AND deleted_at IS NULL")}
    finally:
        conn.close()


def _held(folder: Path, key: Any, names: set[str]) -> list[str]:
    """The backups still in *folder* that hold every one of *names*."""
    return [b.name for b in backups.list_backups(folder) if names <= _user_names(b.path, key)]


def _command(store: Store, clock: FixedClock, n: int) -> None:
    """One command that wrote, then its automatic backup, as `_open_store` makes it."""
    save(store, "person", {"name": f"New start {n}"})
    backups.auto_backup(store, min_interval=dt.timedelta(minutes=10))
    clock.advance(minutes=15)


def _records_with_backups(store: Store, clock: FixedClock) -> set[str]:
    names = {f"Recorded {i}" for i in range(5)}
    for name in sorted(names):
        save(store, "person", {"name": name})
        assert backups.auto_backup(store, min_interval=dt.timedelta(minutes=10)) is not None
        clock.advance(minutes=15)
    return names


@pytest.mark.plain_only(
    "after `init --new` an encrypted folder's older backups are under another salt and kept as such; "
    "tests/store/test_worst_day.py covers encrypted folders"
)
def test_after_a_move_aside_new_automatic_backups_never_thin_away_the_users_records(
    store: Store, clock: FixedClock, data_dir: Path
) -> None:
    """The issue's scenario: records and their automatic backups; the database is damaged and
    moved aside; the user starts anew; then commands 15 minutes apart for a day and one a day
    for a month. Before, five commands left no backup holding the user's records."""
    names = _records_with_backups(store, clock)
    store.close()
    db_path = paths.database_path(data_dir)
    db_path.write_bytes(b"this is not a database any more" * 100)
    with pytest.raises(DatabaseDamagedError):
        Store.open(data_dir, clock=clock)
    # the user chose to start anew (`ncdesk init --new`)
    with Store.open(data_dir, clock=clock, new=True, passphrase=encrypted_mode.PASS) as new:
        assert len(new.rows("person", "origin = 'user'")) == 0
        for n in range(96):
            _command(new, clock, n)
            if n % 16 == 0:
                assert _held(data_dir, new.key, names), f"no backup holds the user's records after {n + 1} commands"
        for n in range(30):
            clock.advance(days=1)
            _command(new, clock, 1000 + n)
        held = _held(data_dir, new.key, names)
        assert len(held) == 1, held
        assert backups.kept_for_safety(data_dir, new.db.conn, new.key) == {
            paths.backups_dir(data_dir) / held[0]: KEPT_LACKING
        }
        assert len(backups.list_backups(data_dir)) < 40  # the new database's backups are thinned as ever
        # restored, the database holds them again: that backup is thinned like any other (and
        # the copy made before restoring holds the new start's records, which it now lacks)
        before = backups.restore(new, paths.backups_dir(data_dir) / held[0])
        assert len(new.rows("person", "origin = 'user'")) == len(names)
        assert backups.kept_for_safety(data_dir, new.db.conn, new.key) == {before.path: KEPT_LACKING}


def test_the_backup_named_for_recovery_is_kept_until_the_user_chooses(store: Store, clock: FixedClock) -> None:
    named = backups.make_backup(store, "auto")  # nothing of the user's in it: kept only as named
    clock.advance(minutes=15)
    recovery.record(store.folder, moved_to=None, backup=named.path, encrypted=store.key is not None)
    for n in range(40):
        _command(store, clock, n)
    assert named.path.exists()
    assert backups.kept_for_safety(store.folder, store.db.conn, store.key) == {named.path: KEPT_RECOVERY}
    recovery.clear(store.folder)  # the user restored or started anew
    _command(store, clock, 40)
    assert not named.path.exists()


def test_a_restored_older_backup_keeps_the_newer_records_in_a_backup(store: Store, clock: FixedClock) -> None:
    empty = backups.make_backup(store, "manual")
    clock.advance(minutes=15)
    names = _records_with_backups(store, clock)
    assert backups.kept_for_safety(store.folder, store.db.conn, store.key) == {}  # nothing lacks: all as usual
    before = backups.restore(store, empty.path)
    kept = backups.kept_for_safety(store.folder, store.db.conn, store.key)
    assert kept == {before.path: KEPT_LACKING} and names <= _user_names(before.path, store.key)
    for n in range(50):
        _command(store, clock, n)
    assert before.path in backups.kept_for_safety(store.folder, store.db.conn, store.key)
    assert _held(store.folder, store.key, names)


def test_a_database_with_no_history_is_compared_by_its_records(store: Store) -> None:
    save(store, "person", {"name": "Only here"})
    other = backups.make_backup(store, "manual")
    conn = engine.connect(other.path, key=store.key.sqlcipher if store.key else None)
    try:
        assert backups.holds_more(conn, store.db.conn) is False
        assert backups.holds_more(conn, None) is True  # no database at all lacks everything
        conn.execute("DROP TABLE change_batch")  # a backup from before the history existed
        conn.commit()
        assert backups.holds_more(conn, store.db.conn) is False
        store.db.execute("DELETE FROM person WHERE origin = 'user'")
        assert backups.holds_more(conn, store.db.conn) is True
    finally:
        conn.close()


def test_a_backup_with_another_key_is_kept(store: Store, clock: FixedClock) -> None:
    stranger = paths.backups_dir(store.folder) / "ncdesk-20200101T000000Z-auto.sqlite3"
    stranger.parent.mkdir(exist_ok=True)
    stranger.write_bytes(os.urandom(8192))  # encrypted with a key this folder does not have
    for n in range(20):
        _command(store, clock, n)
    assert stranger.exists()
    assert backups.kept_for_safety(store.folder, store.db.conn, store.key)[stranger] == KEPT_OTHER_KEY


def test_protected_backups_count_for_nothing_in_the_schedule(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    made = [
        BackupInfo(tmp_path / f"ncdesk-{start + dt.timedelta(hours=i):%Y%m%dT%H%M%SZ}-auto.sqlite3",
                   start + dt.timedelta(hours=i), "auto", 1)
        for i in range(10)
    ]  # fmt: skip
    assert {b.path for b in to_remove(made)} == {b.path for b in made[:5]}
    protected = {made[0].path, made[-1].path}
    dropped = {b.path for b in to_remove(made, protected)}
    assert dropped == {b.path for b in made[1:4]}  # the others thinned as if the protected were not there
    assert dropped == {b.path for b in to_remove([b for b in made if b.path not in protected])}


# --- leftovers (case 4) ----------------------------------------------------------------------


class _FullDisk:
    """A source connection whose copy fails half-way, as on a full disk."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def backup(self, dest: Any) -> None:
        dest.execute("CREATE TABLE half(x)")
        dest.execute("INSERT INTO half VALUES (zeroblob(100000))")
        dest.commit()
        raise engine.OperationalError[0]("database or disk is full")


def test_a_failed_backup_leaves_no_part_file(store: Store) -> None:
    with pytest.raises(StoreError, match=r"^The disk is full \(.*backups.*\)\. Free some space"):
        backups.make_backup(store, "manual", source=_FullDisk(store.db.conn))
    assert [p.name for p in paths.backups_dir(store.folder).iterdir() if p.name.startswith("ncdesk-")] == []
    target = store.folder.parent / "elsewhere" / "copy.sqlite3"
    with pytest.raises(engine.OperationalError):
        db.backup_copy(_FullDisk(store.db.conn), target)
    assert list(target.parent.iterdir()) == []


def _leftovers(folder: Path) -> list[Path]:
    where = paths.backups_dir(folder)
    where.mkdir(exist_ok=True)
    made = [
        where / "ncdesk-20261123T080000Z-auto.sqlite3.part",
        where / "ncdesk-20261123T080000Z-auto.sqlite3.part-journal",
        where / "ncdesk-20261123T081500Z-auto.sqlite3.part",  # a full disk's empty one
        where / "ncdesk-20261123T081500Z-auto.sqlite3.part-wal",
        where / "ncdesk-20261123T081500Z-auto.sqlite3.part-shm",
        where / ".restoring-ncdesk-20261120T080000Z-auto.sqlite3",
        where / ".restoring-ncdesk-20261120T080000Z-auto.sqlite3-journal",
        folder / "ncdesk.sqlite3.restoring",
    ]
    for i, p in enumerate(made):
        p.write_bytes(b"" if i == 2 else b"part of a copy " * 1000)
    return made


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_backup(store: Store) -> None:
    made = _leftovers(store.folder)
    keep = paths.backups_dir(store.folder) / "ncdesk-20261123T080000Z-manual.sqlite3"
    keep.write_bytes(b"a backup's name: not a leftover")
    info = backups.make_backup(store, "auto")
    assert not [p for p in made if p.exists()]
    left = sorted(p.name for p in paths.backups_dir(store.folder).iterdir() if p.name != "encryption.json")
    assert left == sorted([info.name, keep.name, backups.INDEX_NAME])
    assert (store.folder / "damaged").exists() is False


@pytest.mark.plain_only(
    "in an encrypted folder a damaged/*.part is an unfinished conversion holding records in clear, which "
    "encryption's clean-up removes (ncdesk/store/file/encryption.py, _remove_leftovers)"
)
def test_leftovers_are_removed_at_the_next_start(store: Store, clock: FixedClock) -> None:
    store.close()
    made = _leftovers(store.folder)
    damaged = store.folder / "damaged" / "ncdesk-20261101T000000Z.sqlite3.part"
    damaged.parent.mkdir()
    damaged.write_bytes(b"never touched")
    with Store.open(store.folder, clock=clock):
        assert not [p for p in made if p.exists()]
    assert damaged.exists()


def test_a_backup_being_written_is_not_a_leftover(store: Store) -> None:
    made = _leftovers(store.folder)
    with db.writing(made[0]), db.writing(made[5]):
        removed = backups.remove_leftovers(store.folder)
    assert sorted(removed) == sorted([made[2], made[3], made[4], made[7]])  # the busy ones kept with their journals
    assert sorted(backups.remove_leftovers(store.folder)) == sorted([made[0], made[1], made[5], made[6]])
