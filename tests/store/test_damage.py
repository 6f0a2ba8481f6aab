"""Damaged databases: truncated, zeroed, scribbled over, bits flipped, header destroyed, a torn
-wal. Opening one never crashes and never writes to it: either it is sound and opens, or it
is moved aside unchanged (or, when it claims to be from a newer ncdesk, left unchanged) and
the last good backup is offered. 200 damaged copies in CI; NCDESK_TORTURE=1 runs 1,000."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ncdesk.store.file import backups, encryption
from ncdesk.store.file.crypto import WrongPassphraseError
from ncdesk.store.file.errors import DatabaseDamagedError, DatabaseNewerError
from ncdesk.store.records.editing import save
from ncdesk.store.store import Store
from tests import encrypted_mode

COUNT = 1000 if os.environ.get("NCDESK_TORTURE") else 200
pytestmark = pytest.mark.timeout(180 * COUNT // 200)
PAGE = 4096


def _truncate(data: bytearray, rng: random.Random) -> bytearray:
    return data[: rng.randrange(0, len(data))]


def _zero_pages(data: bytearray, rng: random.Random) -> bytearray:
    start = rng.randrange(0, len(data) // PAGE) * PAGE
    data[start : start + PAGE * rng.randint(1, 4)] = bytes(min(PAGE * 4, len(data) - start))[: PAGE * 4]
    return data


def _scribble(data: bytearray, rng: random.Random) -> bytearray:
    start = rng.randrange(0, len(data) - 64)
    length = rng.randint(1, 2048)
    data[start : start + length] = rng.randbytes(min(length, len(data) - start))
    return data


def _flip_bits(data: bytearray, rng: random.Random) -> bytearray:
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return data


def _header(data: bytearray, rng: random.Random) -> bytearray:
    start = rng.randrange(0, 100)
    data[start : start + rng.randint(1, 16)] = rng.randbytes(16)[: rng.randint(1, 16)]
    return data


def _garbage(data: bytearray, rng: random.Random) -> bytearray:
    return bytearray(rng.randbytes(rng.choice([1, 100, 512, PAGE, len(data)])))


DAMAGE: list[Callable[[bytearray, random.Random], bytearray]] = [
    _truncate,
    _zero_pages,
    _scribble,
    _flip_bits,
    _header,
    _garbage,
]


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Path:
    folder = tmp_path_factory.mktemp("sound")
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    with Store.open(folder) as store:
        for i in range(30):
            save(store, "person", {"name": f"Person {i}", "function": "Minister " * 20})
        backups.make_backup(store, "manual")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_copies_never_crash_and_are_never_written(sound: Path, tmp_path: Path) -> None:
    good_backup = backups.list_backups(sound)[0].path.name
    outcomes: dict[str, int] = {}
    original = bytearray((sound / "ncdesk.sqlite3").read_bytes())
    with Store.open(sound, load_reference=False) as store:
        persons = store.count("person")
    for i in range(COUNT):
        rng = random.Random(i)
        damage = DAMAGE[i % len(DAMAGE)]
        folder = tmp_path / f"copy{i}"
        shutil.copytree(sound, folder)
        damaged = bytes(damage(bytearray(original), rng))
        (folder / "ncdesk.sqlite3").write_bytes(damaged)
        digest = hashlib.sha256(damaged).hexdigest()
        try:
            store = Store.open(folder)
        except DatabaseDamagedError as err:
            assert err.moved_to is not None and _digest(err.moved_to) == digest, "the damaged file was changed"
            assert err.backup is not None and err.backup.name == good_backup, "the good backup was not offered"
            assert not (folder / "ncdesk.sqlite3").exists()
            outcome = "moved aside"
        except DatabaseNewerError:
            assert _digest(folder / "ncdesk.sqlite3") == digest
            outcome = "refused as newer"
        else:
            with store:  # it passed its check: it works
                if damage is _truncate:  # only a torn last page can be lost, and it held nothing
                    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                    assert store.count("person") == persons
                store.search("Person")
            outcome = "opened"
        outcomes[f"{damage.__name__} {outcome}"] = outcomes.get(f"{damage.__name__} {outcome}", 0) + 1
        shutil.rmtree(folder)
    moved = sum(n for k, n in outcomes.items() if "moved aside" in k)
    assert moved > COUNT // 2, outcomes
    # a file that is not SQLite at all is never taken for a new, empty database
    assert "_garbage opened" not in outcomes, outcomes


@pytest.mark.manages_encryption
def test_an_encrypted_database_damaged_in_its_first_bytes_is_moved_aside_and_the_backup_offered(
    data_dir: Path, reference_db: Path
) -> None:
    passphrase = "the passphrase of this folder"
    data_dir.mkdir(parents=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    with Store.open(data_dir, load_reference=False) as store:
        save(store, "person", {"name": "In the backup"})
        good = backups.make_backup(store, "manual")
        encryption.encrypt(store, passphrase, params=encrypted_mode.fast_params())
    db = data_dir / "ncdesk.sqlite3"
    data = bytearray(db.read_bytes())
    data[:16] = bytes(16)  # the salt zeroed (a zeroed first page, a scribble at the start of the file)
    db.write_bytes(bytes(data))
    digest = _digest(db)
    # a wrong passphrase is still told as one, and changes nothing
    with pytest.raises(WrongPassphraseError, match="The passphrase is wrong"):
        Store.open(data_dir, passphrase="not the passphrase of this folder", load_reference=False)
    assert _digest(db) == digest and not (data_dir / "damaged").exists()
    # the right one: the file does not decrypt with it, so it is damaged
    with pytest.raises(DatabaseDamagedError) as caught:
        Store.open(data_dir, passphrase=passphrase, load_reference=False)
    err = caught.value
    assert err.moved_to is not None and _digest(err.moved_to) == digest
    assert err.backup == good.path
    assert "damaged" in str(err) and f"ncdesk restore {good.path}" in str(err)
    assert not db.exists()


def test_a_lost_wal_holding_commits_is_damage_not_a_silent_loss(data_dir: Path, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    """Issue 17 case 9: the -wal goes while it holds committed transactions (a crash, then a
    clean-up tool): the lock file's last committed change shows the database is behind it."""
    from ncdesk.store.file import recovery
    from ncdesk.store.file.errors import DatabaseDamagedError
    from ncdesk.store.records.editing import save

    db = store.path
    before = db.read_bytes()  # the main file: the three commits below stay in the -wal
    for name in ("One", "Two", "Three"):
        save(store, "person", {"name": name})
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    lock = (data_dir / "ncdesk.lock").read_bytes()  # as a crash leaves it: "open", the last change
    store.close()
    db.write_bytes(before)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    (data_dir / "ncdesk.lock").write_bytes(lock)
    with pytest.raises(DatabaseDamagedError) as caught:
        Store.open(data_dir, clock=clock)
    assert "write-ahead log (-wal) was lost" in str(caught.value) and caught.value.moved_to is not None
    assert not db.exists() and recovery.pending(data_dir) is not None


def test_commits_noted_by_a_writer_connection_and_no_misfire_when_ahead(data_dir: Path, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    from ncdesk.store.records.editing import save

    writer = store.open_writer()
    try:
        save(writer, "person", {"name": "From a worker"})
    finally:
        writer.close()
    noted = _json.loads((data_dir / "ncdesk.lock").read_bytes())["last_change"]
    assert noted["seq"] == store.db.execute("SELECT max(seq) FROM change_log").fetchone()[0]
    store.close()
    reopened = Store.open(data_dir, clock=clock)  # equal: fine
    reopened.close()
