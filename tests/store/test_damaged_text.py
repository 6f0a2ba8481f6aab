"""Text that is not valid UTF-8 in a row (bytes changed outside ncdesk): damage, said as such, that
`check` finds and `check --repair` mends; and the disk that is full, said as such."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest

from ncdesk.store.file import backups, errors
from ncdesk.store.file.errors import DamagedTextError, DiskFullError, translate
from ncdesk.store.records.check import damaged_text, healthy, last_good_backup, repair, run_check
from ncdesk.store.store import Store

DAMAGE = "UPDATE travel_alert SET notes = CAST(x'554eff41' AS TEXT) WHERE rowid = (SELECT min(rowid) FROM travel_alert)"


def damage(store: Store) -> str:
    """Invalid UTF-8 in the first alert's notes, as `sqlite3` would write it; the alert's id."""
    store.db.execute(DAMAGE)
    store.db.conn.commit()
    return str(store.db.execute("SELECT id FROM travel_alert ORDER BY rowid LIMIT 1").fetchone()[0])


def test_check_names_the_damaged_value_and_the_last_good_backup(store: Store) -> None:
    assert last_good_backup(store, run_check(store)) is None  # nothing damaged: no backup to name
    good = backups.make_backup(store, "manual")
    alert = damage(store)
    problems = run_check(store)  # no traceback
    assert not healthy(problems)
    found = [p for p in problems if p.table == "travel_alert"]
    assert len(found) == 1 and found[0].record_id == alert and found[0].damage
    assert "column notes: text that is not valid UTF-8: the file is damaged" in found[0].line()
    assert "[repair: replace the damaged bytes with �]" in found[0].line()
    assert last_good_backup(store, problems) == good.path.name


def test_repair_mends_it_in_one_transaction_and_a_second_check_finds_nothing(store: Store) -> None:
    alert = damage(store)
    batches = store.db.execute("SELECT count(*) FROM change_batch").fetchone()[0]
    report = repair(store)
    assert report.repaired and healthy(report.remaining) and report.remaining == run_check(store)
    assert damaged_text(store.db) == []  # the history and the search index too
    assert store.get("travel_alert", alert)["notes"] == "UN\ufffdA"  # type: ignore[index]
    assert store.db.execute("SELECT count(*) FROM change_batch").fetchone()[0] == batches + 1
    assert store.search("Putin")  # the index was rebuilt from the mended records


def test_reading_damaged_text_is_damage_with_what_to_do(store: Store) -> None:
    backups.make_backup(store, "manual")
    good = backups.latest_good(store.folder, store.key)
    assert good is not None
    damage(store)
    with pytest.raises(DamagedTextError) as caught:
        store.rows("travel_alert")
    said = str(caught.value)
    assert said.startswith("The database is damaged: the column notes holds text that is not valid UTF-8")
    assert "UN" not in said.split("UTF-8")[1].split(".")[0]  # the damaged text itself is not repeated
    assert "ncdesk check --repair" in said and f"ncdesk restore {good[0].path.name}" in said


def test_damaged_text_without_a_backup_says_check(data_dir: Path) -> None:
    err = translate(sqlite3.OperationalError("Could not decode to UTF-8 column 'title' with text 'x'"),
                    data_dir / "ncdesk.sqlite3")  # fmt: skip
    assert isinstance(err, DamagedTextError)
    assert "column title" in str(err) and "ncdesk check --repair" in str(err) and "restore" not in str(err)


class Usage(NamedTuple):
    total: int
    used: int
    free: int


def test_an_input_output_error_on_a_full_disk_is_a_full_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    path = tmp_path / "data" / "ncdesk.sqlite3"  # not there yet: its disk is asked about
    monkeypatch.setattr(shutil, "disk_usage", lambda p: Usage(10**9, 10**9, 0))
    full = translate(io_error, path)
    assert isinstance(full, DiskFullError) and str(full).startswith(f"The disk is full ({path}).")
    assert "Free some space" in str(full)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: Usage(10**9, 10**8, 9 * 10**8))
    other = translate(io_error, path)
    assert isinstance(other, DiskFullError) and "input/output error" in str(other)
    assert not errors.disk_is_full(None)


def test_no_space_left_from_the_system_is_a_full_disk(tmp_path: Path) -> None:
    full = translate(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "backups")
    assert isinstance(full, DiskFullError) and str(full).startswith("The disk is full (")
    assert translate(OSError(errno.EACCES, "Permission denied")) is None
