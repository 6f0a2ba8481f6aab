"""Private files (issue 17, case 7): whatever the umask, the data folder and its subfolders are
0700 and every file ncdesk writes 0600: the database and its -wal/-shm, backups, `backup -o`,
damaged copies, encryption.json, exports; a folder left readable by an older ncdesk is made
private when it is opened."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ncdesk import paths
from ncdesk.store.store import Store
from tests.cli_helpers import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes (Windows: the user's profile)")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, which made everything 0644 and 0755."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def not_private(folder: Path) -> list[str]:
    """Every folder under (and including) *folder* that is not 0700, every file not 0600."""
    found = []
    for root, dirs, files in os.walk(folder):
        for name in [Path(root), *(Path(root) / f for f in files)]:
            mode = stat.S_IMODE(os.lstat(name).st_mode)
            wanted = 0o700 if name.is_dir() else 0o600
            if mode != wanted:
                found.append(f"{oct(mode)} {os.path.relpath(name, folder.parent)}")
        assert dirs is not None
    return found


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.manages_encryption
def test_every_file_and_folder_is_private_whatever_the_umask(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, umask_022: None
) -> None:
    code, _, err = run(capsys, "init")
    assert code == 0, err
    assert not_private(data_dir) == []
    code, _, err = run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", "--from", "2030-01-02")
    assert code == 0, err
    assert any(paths.backups_dir(data_dir).iterdir())  # the automatic backup after a write
    assert not_private(data_dir) == []
    code, _, err = run(capsys, "backup")
    assert code == 0, err
    outside = tmp_path / "stick" / "copy.sqlite3"
    code, _, err = run(capsys, "backup", "-o", str(outside))
    assert code == 0, err
    assert _mode(outside) == 0o600
    exported = tmp_path / "export.json"
    code, _, err = run(capsys, "export", "-o", str(exported))
    assert code == 0, err
    assert _mode(exported) == 0o600
    assert not_private(data_dir) == []
    # an open database's -wal and -shm take the database's mode
    with Store.open(data_dir, load_reference=False) as s:
        s.insert("activity", {"title": "wal", "kind": "other"})
        wal = s.path.with_name(s.path.name + "-wal")
        assert wal.exists() and _mode(wal) == 0o600
        assert _mode(s.path.with_name(s.path.name + "-shm")) == 0o600
    # a damaged database moved aside: damaged/ and the copies in it
    db = paths.database_path(data_dir)
    with db.open("r+b") as fh:
        fh.write(b"\0" * 100)
    code, _, err = run(capsys, "alert", "list")
    assert code == 1 and "damaged" in err
    assert any((data_dir / "damaged").iterdir())
    assert not_private(data_dir) == []


@pytest.mark.manages_encryption
def test_encrypt_leaves_every_file_private(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path, umask_022: None
) -> None:
    code, _, err = run(capsys, "backup")
    assert code == 0, err
    secret = tmp_path / "new-passphrase"
    secret.write_text("correct horse battery staple, twice over")
    secret.chmod(0o600)
    code, out, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 0, err
    assert (initialised / "encryption.json").exists()
    assert not_private(initialised) == []


def test_a_folder_an_older_ncdesk_left_readable_is_made_private_at_open(
    data_dir: Path, reference_db: Path, umask_022: None
) -> None:
    for sub in ("", "backups", "attachments", "damaged"):
        (data_dir / sub).mkdir(parents=True, exist_ok=True)
        (data_dir / sub).chmod(0o755)
    db = paths.database_path(data_dir)
    db.write_bytes(reference_db.read_bytes())
    db.chmod(0o644)
    for name in ("backups/ncdesk-20260101T000000Z-auto.sqlite3", "attachments/a.pdf", "damaged/ncdesk-x.sqlite3"):
        (data_dir / name).write_bytes(b"old")
        (data_dir / name).chmod(0o644)
    assert len(not_private(data_dir)) == 8
    Store.open(data_dir, load_reference=False).close()
    assert not_private(data_dir) == []


def test_making_private_takes_away_and_never_gives(tmp_path: Path, umask_022: None) -> None:
    """A folder its owner made read-only stays read-only (only group and others lose their rights)."""
    folder = tmp_path / "protected"
    folder.mkdir()
    (folder / "ncdesk.sqlite3").write_bytes(b"x")
    (folder / "ncdesk.sqlite3").chmod(0o444)
    folder.chmod(0o555)
    try:
        paths.make_private_tree(folder)
        assert _mode(folder) == 0o500 and _mode(folder / "ncdesk.sqlite3") == 0o400
    finally:
        folder.chmod(0o700)


def test_new_files_are_private_even_with_an_odd_umask(tmp_path: Path) -> None:
    previous = os.umask(0o277)
    try:
        created = paths.create_private_file(tmp_path / "new.sqlite3")
        folder = paths.private_dir(tmp_path / "sub")
    finally:
        os.umask(previous)
    assert _mode(created) == 0o600 and _mode(folder) == 0o700
