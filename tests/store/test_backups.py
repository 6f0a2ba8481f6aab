"""Backups: made, checked, thinned to about a year, restored; one ncdesk per folder; a damaged
database moved aside with the last good backup offered."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from ncdesk.store.file import backups, engine
from ncdesk.store.file.backups import BackupInfo, to_remove
from ncdesk.store.file.errors import DatabaseDamagedError, DatabaseNewerError
from ncdesk.store.file.lock import InstanceLock, InstanceLockedError
from ncdesk.store.records.editing import save
from ncdesk.store.store import Store
from tests import encrypted_mode
from tests.conftest import FixedClock


def _names(store: Store) -> list[str]:
    return sorted(p["name"] for p in store.rows("person", "origin = 'user'"))


def test_a_backup_is_checked_and_named_by_time(store: Store, clock: FixedClock) -> None:
    assert backups.needs_backup(store)
    info = backups.make_backup(store)
    assert info.kind == "auto" and info.at == dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    assert info.path.name == "ncdesk-20261123T090000Z-auto.sqlite3"
    assert not info.path.with_name(info.path.name + ".part").exists()
    assert backups.verify(info.path, store.key).ok
    assert not backups.needs_backup(store)
    assert backups.auto_backup(store) is None  # nothing changed
    save(store, "person", {"name": "Kept Person"})
    assert backups.needs_backup(store)
    clock.advance(minutes=1)
    assert backups.auto_backup(store, min_interval=dt.timedelta(minutes=10)) is None
    again = backups.auto_backup(store)
    assert again is not None and [b.path for b in backups.list_backups(store.folder)] == [again.path, info.path]


def test_two_backups_in_the_same_second_do_not_overwrite(store: Store) -> None:
    first = backups.make_backup(store, "manual")
    second = backups.make_backup(store, "manual")
    assert first.path != second.path and second.kind == "manual" and first.path.exists()


def _fake(folder: Path, when: dt.datetime, kind: str = "auto") -> BackupInfo:
    return BackupInfo(folder / f"ncdesk-{when:%Y%m%dT%H%M%SZ}-{kind}.sqlite3", when, kind, 1)


def test_thinning_keeps_about_a_year(tmp_path: Path) -> None:
    start = dt.datetime(2025, 1, 1, 18, tzinfo=dt.UTC)
    # three backups a day for two years, plus manual ones and migrations' copies
    made = [_fake(tmp_path, start + dt.timedelta(hours=8 * i)) for i in range(3 * 730)]
    manual = [_fake(tmp_path, start + dt.timedelta(days=d), "manual") for d in (1, 200, 700)]
    before = [_fake(tmp_path, start + dt.timedelta(days=d), "before-restore") for d in range(8)]
    dropped = {b.path for b in to_remove(made + manual + before)}
    kept = sorted((b for b in made if b.path not in dropped), key=lambda b: b.at, reverse=True)
    assert 12 + 10 + 9 <= len(kept) <= 3 + 12 + 10 + 9  # the three newest may share days with the daily ones
    assert [b.at for b in kept[:3]] == [b.at for b in made[-1:-4:-1]]  # the newest are always kept
    assert len({b.at.date() for b in kept[:14]}) == 12
    span = kept[0].at - kept[-1].at
    assert dt.timedelta(days=300) < span < dt.timedelta(days=400)
    assert not dropped & {b.path for b in manual}
    assert {b.path for b in before} - dropped == {b.path for b in before[-5:]}
    assert not to_remove([b for b in made + manual + before if b.path not in dropped])  # stable


def test_thinning_removes_files(store: Store, clock: FixedClock) -> None:
    for _ in range(20):
        save(store, "person", {"name": f"P{clock.now:%d}"})
        backups.auto_backup(store)
        clock.advance(days=1)
    kept = [b.at.date() for b in backups.list_backups(store.folder) if b.kind == "auto"]
    # 23 Nov – 12 Dec: 12 days (1–12 Dec), then the weeks of 30 Nov and 29 Nov, then November
    assert kept == [dt.date(2026, 12, d) for d in range(12, 0, -1)] + [
        dt.date(2026, 11, 30),
        dt.date(2026, 11, 29),
        dt.date(2026, 11, 28),
    ]


def test_restore_brings_back_what_was_recorded(store: Store, clock: FixedClock) -> None:
    save(store, "person", {"name": "Before"})
    kept = backups.make_backup(store, "manual")
    clock.advance(minutes=1)
    save(store, "person", {"name": "After"})
    assert _names(store) == ["After", "Before"]
    clock.advance(minutes=1)
    safety = backups.restore(store, kept.path)
    assert _names(store) == ["Before"]
    # (the search may offer a person whose name is close to "After": a typo allowed, not this record)
    assert "After" not in [r["title"] for r in store.search("After", kinds=("person",))]
    assert safety.kind == "before-restore" and backups.verify(safety.path, store.key).ok
    # the copy made before restoring holds what was there
    conn = engine.connect(safety.path, key=store.key.sqlcipher if store.key else None)
    assert sorted(r[0] for r in conn.execute("SELECT name FROM person WHERE origin = 'user'")) == ["After", "Before"]
    conn.close()
    save(store, "person", {"name": "Later"})  # the store works on
    assert _names(store) == ["Before", "Later"]


def test_a_restore_from_a_bad_backup_changes_nothing(store: Store, tmp_path: Path) -> None:
    save(store, "person", {"name": "Stays"})
    bad = tmp_path / "ncdesk-20260101T000000Z-manual.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(Exception, match="Choose another backup"):
        backups.restore(store, bad)
    assert _names(store) == ["Stays"]
    assert not [b for b in backups.list_backups(store.folder) if b.kind == "before-restore"]


def test_one_ncdesk_per_data_folder(store: Store) -> None:
    with pytest.raises(InstanceLockedError, match=r"already open on this data folder \(a command, process \d+"):
        Store.open(store.folder, load_reference=False)
    assert store.count("state") > 100  # the first one is unharmed


def test_the_lock_tells_a_clean_close_from_a_crash(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path).acquire()
    lock.release()
    again = InstanceLock(tmp_path).acquire()
    assert not again.unclean
    # a crash: the process dies holding the lock; the OS drops it, the file still says "open"
    assert again._fd is not None
    os.close(again._fd)  # the process dies: no clean close, the OS lets go of the lock
    again._fd = None
    third = InstanceLock(tmp_path).acquire()
    assert third.unclean
    third.release()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_database_is_moved_aside_and_the_last_good_backup_named(
    store: Store, data_dir: Path, clock: FixedClock
) -> None:
    save(store, "person", {"name": "Backed up"})
    good = backups.make_backup(store, "manual")
    store.close()
    db_path = data_dir / "ncdesk.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)  # pages 4-6 destroyed
    db_path.write_bytes(bytes(data))
    damaged = _digest(db_path)
    with pytest.raises(DatabaseDamagedError) as caught:
        Store.open(data_dir, load_reference=False)
    err = caught.value
    assert err.backup == good.path and err.moved_to is not None
    assert err.moved_to.parent == data_dir / "damaged" and _digest(err.moved_to) == damaged
    assert not db_path.exists()
    assert f"ncdesk restore {good.path}" in str(err)
    backups.restore_file(data_dir, err.backup, encrypted_mode.key_of(data_dir, err.backup))
    reopened = Store.open(data_dir, load_reference=False)
    try:
        assert _names(reopened) == ["Backed up"]
    finally:
        reopened.close()


def test_a_newer_database_is_refused_unchanged(store: Store, data_dir: Path) -> None:
    store.db.execute("PRAGMA user_version = 99")
    store.close()
    before = _digest(data_dir / "ncdesk.sqlite3")
    with pytest.raises(DatabaseNewerError):
        Store.open(data_dir)
    assert _digest(data_dir / "ncdesk.sqlite3") == before
    assert not (data_dir / "damaged").exists()


def test_after_a_crash_the_whole_file_is_checked(store: Store, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store.close()
    (data_dir / "ncdesk.lock").write_text('{"state": "open"}\n')
    seen: list[bool] = []
    import ncdesk.store.file.db as db_module

    real = db_module.check_integrity

    def spy(conn, path, *, full=False):  # type: ignore[no-untyped-def]
        seen.append(full)
        real(conn, path, full=full)

    monkeypatch.setattr(db_module, "check_integrity", spy)
    Store.open(data_dir, load_reference=False).close()
    Store.open(data_dir, load_reference=False).close()
    # The full check after the crash; then the file is as that clean close left it, and is
    # not checked again (tests/store/test_start_check.py: any change since is).
    assert seen == [True]


def test_a_backup_from_an_older_ncdesk_is_upgraded_on_restore(store: Store, tmp_path: Path) -> None:
    from sqlite_utils import Database

    from ncdesk.store.file.migrations import MIGRATIONS

    old = tmp_path / "ncdesk-20250101T000000Z-manual.sqlite3"
    db = Database(str(old))
    MIGRATIONS.apply(db, stop_before="m004_history")
    db.execute("PRAGMA user_version = 3")
    db.execute("PRAGMA application_id = 1852007539")
    db.close()
    backups.restore(store, old)
    assert store.db.execute("SELECT count(*) FROM change_log").fetchone()[0] > 0  # reference data reloaded
    assert store.count("state") > 100
    shutil.rmtree(tmp_path / "data" / "backups", ignore_errors=True)


def test_restore_drill_over_every_backup_made(store: Store, clock: FixedClock) -> None:
    """Thirty days of work with an automatic backup after each: every backup still kept
    restores to exactly the records as they were when it was made."""
    from ncdesk.io.export_json import export_data

    def snapshot() -> dict[str, list[dict[str, object]]]:
        tables = export_data(store)["tables"]
        return {t: rows for t, rows in tables.items() if t in ("person", "travel_alert", "alert_destination")}

    made: dict[Path, dict[str, list[dict[str, object]]]] = {}
    people: list[str] = []
    for day in range(30):
        people.append(save(store, "person", {"name": f"Day {day}"}))
        if day % 3 == 0 and len(people) > 1:
            store.delete("person", people[day // 3])
        if day % 4 == 0:
            save(store, "person", {"function": f"changed on day {day}"}, people[0])
        info = backups.auto_backup(store)
        assert info is not None
        made[info.path] = snapshot()
        clock.advance(days=1)
    kept = [b for b in backups.list_backups(store.folder) if b.kind == "auto"]
    assert 12 <= len(kept) < 30 and all(b.path in made for b in kept)
    for b in kept:
        backups.restore(store, b.path)
        assert snapshot() == made[b.path], b.path.name
