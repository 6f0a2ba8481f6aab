"""After a move-aside nothing carries on (issue 17, cases 1, 5 and 9): a damaged, empty or foreign
database file, or one that lost its -wal, is moved aside with the backup named; no command starts a
new database by itself; `restore` (in one run, encrypted too) or `init --new` are the two ways on."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ncdesk.store.file import crypto, recovery
from tests import encrypted_mode as enc
from tests.cli_helpers import run

ADD = ("alert", "add", "--person", "Putin", "--state", "Mongolia", "--from")


def _alerts(capsys: pytest.CaptureFixture[str], *extra: str) -> int:
    code, out, err = run(capsys, "alert", "list", "--json", *extra)
    assert code == 0, err
    return len(json.loads(out))


def _backups(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "backups").glob("*.sqlite3"))


def _encrypt(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", crypto.KdfParams(1, 1024, 1))
    secret = tmp_path / "passphrase"
    secret.write_text("the passphrase of this folder\n", encoding="utf-8")
    secret.chmod(0o600)
    code, _, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 0, err
    return secret


def _flip(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x10  # one bit, in a page of the records
    db.write_bytes(bytes(data))


def _refused(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    """A command that must refuse (exit 1) and create nothing: no database, no backup."""
    before = _backups(folder)
    code, out, err = run(capsys, *args)
    assert code == 1, (out, err)
    assert "ncdesk init --new" in err and "Traceback" not in err, err
    assert not (folder / "ncdesk.sqlite3").exists() and _backups(folder) == before
    return err


@pytest.mark.manages_encryption
def test_case_1_an_encrypted_folder_never_goes_plain(  # type: ignore[no-untyped-def]
    capsys, initialised: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = _encrypt(capsys, tmp_path, monkeypatch)
    p = ("--passphrase-file", str(secret))
    assert run(capsys, *ADD, "2030-01-02", *p)[0] == 0
    count = _alerts(capsys, *p)
    code, out, _ = run(capsys, "backup", *p)
    assert code == 0
    good = Path(json.loads(run(capsys, "backups", "--json", *p)[1])[0]["file"])
    db = initialised / "ncdesk.sqlite3"
    _flip(db)
    code, _, err = run(capsys, "check", *p)
    assert code == 1 and "damaged" in err and f"ncdesk restore {good}" in err and "ncdesk init --new" in err, err
    pending = recovery.pending(initialised)
    assert pending is not None and pending.encrypted and pending.backup == good and not db.exists()
    # the next commands refuse, say what happened and the two choices, and create nothing
    err = _refused(capsys, initialised, *ADD, "2030-02-03", *p)
    assert "was moved to" in err and str(pending.moved_to) in err and f"ncdesk restore {good}" in err
    _refused(capsys, initialised, "alert", "list")
    _refused(capsys, initialised, "check", *p)
    # the backup named comes back, with the passphrase, and nothing waits any more
    code, out, err = run(capsys, "restore", good.name, *p)
    assert code == 0 and "Restored" in out, (out, err)
    assert recovery.pending(initialised) is None and crypto.looks_encrypted(db)
    assert _alerts(capsys, *p) == count
    assert run(capsys, "check", *p)[0] == 0
    # damaged again: this time the user starts anew, and the new database is encrypted too
    _flip(db)
    assert run(capsys, "check", *p)[0] == 1
    code, out, err = run(capsys, "init", "--new")  # no passphrase: asked for, none to be had
    assert code == 1 and "passphrase" in err and not db.exists(), err
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase of this folder\n", encoding="utf-8")
    code, out, err = run(capsys, "init", "--new", "--passphrase-file", str(wrong))
    assert code == 1 and "The passphrase is wrong" in err and not db.exists(), err
    code, out, err = run(capsys, "init", "--new", *p)
    assert code == 0 and "Started a new database" in out and "(encrypted)" in out, (out, err)
    assert crypto.looks_encrypted(db) and recovery.pending(initialised) is None
    assert _alerts(capsys, *p) == count - 1  # the reference data only (its one alert)
    code, _, err = run(capsys, "alert", "list")  # never opens without the passphrase
    assert code == 1 and "passphrase" in err.lower()
    assert run(capsys, "check", *p)[0] == 0


@pytest.mark.manages_encryption
def test_restore_in_an_encrypted_folder_whose_database_is_damaged_takes_one_run(  # type: ignore[no-untyped-def]
    capsys, initialised: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = _encrypt(capsys, tmp_path, monkeypatch)
    monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", str(secret))
    assert run(capsys, *ADD, "2030-01-02")[0] == 0
    count = _alerts(capsys)
    assert run(capsys, "backup")[0] == 0
    good = Path(json.loads(run(capsys, "backups", "--json")[1])[0]["file"])
    _flip(initialised / "ncdesk.sqlite3")
    code, out, err = run(capsys, "restore", good.name)
    assert code == 0 and f"Restored {good.name} as the database" in out, (out, err)
    assert "damaged" in err and len(list((initialised / "damaged").glob("ncdesk-*.sqlite3"))) == 1
    assert recovery.pending(initialised) is None and _alerts(capsys) == count
    assert run(capsys, "check")[0] == 0
    # an encrypted folder whose database is gone altogether: refused, then restored
    (initialised / "ncdesk.sqlite3").unlink()
    err = _refused(capsys, initialised, "alert", "list")
    assert "encrypted data folder" in err
    code, out, err = run(capsys, "restore", good.name)
    assert code == 0, (out, err)
    assert _alerts(capsys) == count


def test_after_a_move_aside_only_restore_or_init_new_go_on(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    """In the suite's encrypted mode the folder is encrypted: the new database is too."""
    assert run(capsys, *ADD, "2030-01-02")[0] == 0
    count = _alerts(capsys)
    good = Path(json.loads(run(capsys, "backups", "--json")[1])[0]["file"])
    db = initialised / "ncdesk.sqlite3"
    db.write_bytes(db.read_bytes()[:50000])  # truncated
    code, _, err = run(capsys, "alert", "list")
    assert code == 1 and f"ncdesk restore {good}" in err
    for args in ((*ADD, "2030-02-03"), ("alert", "list"), ("init",), ("backup",), ("search", "Putin")):
        _refused(capsys, initialised, *args)
    code, out, err = run(capsys, "init", "--new")
    assert code == 0 and "Started a new database" in out, (out, err)
    assert recovery.pending(initialised) is None
    assert crypto.looks_encrypted(db) == (enc.ENABLED and enc.SESSION.auto)
    assert _alerts(capsys) == count - 1
    code, _, err = run(capsys, "init", "--new")  # a database is there: never replaced
    assert code == 1 and "already" in err
    assert run(capsys, "check")[0] == 0
    # the backup named for recovery is still there to go back to
    code, out, err = run(capsys, "restore", str(good))
    assert code == 0, (out, err)
    assert _alerts(capsys) == count


def test_case_5_an_empty_database_file_is_damage(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, *ADD, "2030-01-02")[0] == 0
    count = _alerts(capsys)
    good = Path(json.loads(run(capsys, "backups", "--json")[1])[0]["file"])
    db = initialised / "ncdesk.sqlite3"
    db.write_bytes(b"")
    code, out, err = run(capsys, "check")
    assert code == 1 and "empty (0 bytes)" in err and f"ncdesk restore {good}" in err, (out, err)
    moved = list((initialised / "damaged").glob("ncdesk-*.sqlite3"))
    assert len(moved) == 1 and moved[0].stat().st_size == 0 and not db.exists()
    _refused(capsys, initialised, "check")
    assert run(capsys, "restore", good.name)[0] == 0
    assert _alerts(capsys) == count


def test_case_5_another_programs_sqlite_file_is_never_adopted(capsys, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    db = data_dir / "ncdesk.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('someone', '+31 70 000')")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    code, out, err = run(capsys, "alert", "list")
    assert code == 1 and "not an ncdesk database" in err and "Traceback" not in err, (out, err)
    moved = list((data_dir / "damaged").glob("ncdesk-*.sqlite3"))
    assert len(moved) == 1 and hashlib.sha256(moved[0].read_bytes()).hexdigest() == digest  # unchanged
    _refused(capsys, data_dir, "alert", "list")


def test_case_9_a_lost_wal_is_found_at_the_next_start(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    db = initialised / "ncdesk.sqlite3"
    assert run(capsys, *ADD, "2030-01-02")[0] == 0
    assert run(capsys, "backup")[0] == 0
    count = _alerts(capsys)
    good = Path(json.loads(run(capsys, "backups", "--json")[1])[0]["file"])
    before = db.read_bytes()  # the file as it was, without the transactions still to come
    for day in ("2030-02-03", "2030-03-04", "2030-04-05"):
        assert run(capsys, *ADD, day)[0] == 0
    assert _alerts(capsys) == count + 3
    assert run(capsys, "backup")[0] == 0  # a copy of all of them
    # the -wal holding those three commits disappears: the file is as it was before them
    db.write_bytes(before)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    code, out, err = run(capsys, "check")
    assert code == 1 and "write-ahead log (-wal) was lost" in err and "are missing from the database" in err, err
    assert not db.exists() and recovery.pending(initialised) is not None
    assert "ncdesk restore" in err and "Traceback" not in err
    # the newest backup holds them all
    newest = Path(json.loads(run(capsys, "backups", "--json")[1])[0]["file"])
    assert newest != good
    assert run(capsys, "restore", newest.name)[0] == 0
    assert _alerts(capsys) == count + 3
    assert run(capsys, "check")[0] == 0  # a restore goes back on purpose: no misfire after it


def test_case_9_no_misfire_after_a_restore_of_an_older_backup(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, *ADD, "2030-01-02")[0] == 0
    count = _alerts(capsys)
    older = Path(json.loads(run(capsys, "backups", "--json")[1])[0]["file"])
    for day in ("2030-02-03", "2030-03-04"):
        assert run(capsys, *ADD, day)[0] == 0
    assert run(capsys, "restore", older.name)[0] == 0  # the database goes back, on purpose
    code, out, err = run(capsys, "check")
    assert code == 0 and "lost" not in err, (out, err)
    assert _alerts(capsys) == count
    # and after the database file is swapped by encrypt (the same changes): no misfire either
    assert not (initialised / "damaged").exists()
    assert (initialised / "ncdesk.lock").exists()
