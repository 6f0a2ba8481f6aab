"""A data folder whose path is too long for SQLite (512 bytes, with the backups' and journals' names):
refused up front with what to do, instead of every backup failing with a warning; at the limit,
the longest backup name still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncdesk.store.file import backups
from ncdesk.store.file.errors import MAX_FOLDER_BYTES, PathTooLongError
from ncdesk.store.store import Store
from tests.cli_helpers import run
from tests.conftest import FixedClock


def _deep(base: Path, length: int) -> Path:
    """A folder path of exactly *length* bytes under *base* (made of parts of at most 100)."""
    path = str(base)
    while len(path) < length:
        path += "/" + "d" * min(100, length - len(path) - 1)
    assert len(path) == length
    return Path(path)


@pytest.mark.manages_encryption
def test_at_the_limit_every_backup_name_works(tmp_path: Path, clock: FixedClock) -> None:
    folder = _deep(tmp_path, MAX_FOLDER_BYTES)
    with Store.open(folder, load_reference=False, clock=clock) as store:
        backups.make_backup(store, "before-restore")
        made = backups.make_backup(store, "before-restore")  # the same second: "-2"
        assert made.path.name.endswith("-before-restore-2.sqlite3") and backups.verify(made.path).ok


def test_a_longer_path_is_refused_up_front_with_what_to_do(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _deep(tmp_path, MAX_FOLDER_BYTES + 1)
    with pytest.raises(PathTooLongError):
        Store.open(folder)
    assert not folder.exists()  # nothing written
    code, _, err = run(capsys, "--data-dir", str(folder), "alert", "list")
    assert code == 1 and "The path of the data folder is too long" in err
    assert "Choose a data folder with a shorter path, with --data-dir" in err
