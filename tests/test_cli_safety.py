"""backup, backups, restore, check --repair; a damaged database, a second ncdesk, a synchronised folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ncdesk.store.file import crypto
from ncdesk.store.store import Store
from tests.cli_helpers import content_digest, run


def _alerts(capsys) -> int:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "list", "--json")
    assert code == 0
    return len(json.loads(out))


def test_backup_list_and_restore(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "backups")
    assert code == 0 and "No backups yet" in out
    add = ("alert", "add", "--person", "Putin", "--state", "Mongolia", "--from")
    code, _, err = run(capsys, *add, "2030-01-02")
    assert code == 0, err
    before = _alerts(capsys) - 1
    # a command that wrote leaves an automatic backup (at most one per ten minutes)
    code, out, _ = run(capsys, "backups", "--json")
    assert [b["kind"] for b in json.loads(out)] == ["auto"]
    run(capsys, *add, "2030-02-03")
    code, out, _ = run(capsys, "backups", "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "backup")
    assert code == 0 and "Backed up to" in out and "checked: ok" in out
    assert _alerts(capsys) == before + 2
    code, out, _ = run(capsys, "backups", "--json")
    listed = json.loads(out)
    assert [b["kind"] for b in listed] == ["manual", "auto"] and all(b["sound"] for b in listed)
    code, out, _ = run(capsys, "restore", Path(listed[1]["file"]).name)
    assert code == 0 and "Restored" in out and "kept in" in out
    assert _alerts(capsys) == before + 1
    code, out, _ = run(capsys, "backups")
    assert "before-restore" in out and "manual" in out and "records" in out


def test_backup_to_a_file_of_ones_choosing(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "usb" / "ncdesk-copy.sqlite3"
    code, out, _ = run(capsys, "backup", "-o", str(target))
    assert code == 0 and target.is_file()
    code, _, err = run(capsys, "backup", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_a_bad_backup_is_refused_and_nothing_changes(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    digest = content_digest(initialised / "ncdesk.sqlite3")
    code, _, err = run(capsys, "restore", str(bad))
    assert code == 2 and "nothing was changed" in err
    code, _, err = run(capsys, "restore", "nonexistent.sqlite3")
    assert code == 2 and "ncdesk backups" in err
    assert content_digest(initialised / "ncdesk.sqlite3") == digest


@pytest.mark.manages_encryption
def test_in_an_encrypted_folder_a_file_that_is_no_backup_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
    capsys, initialised: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", crypto.KdfParams(1, 1024, 1))
    secret = tmp_path / "passphrase"
    secret.write_text("the passphrase of this folder\n", encoding="utf-8")
    secret.chmod(0o600)
    code, _, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 0, err
    monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", str(secret))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")  # 16 bytes and more that are not SQLite's: "encrypted"?
    db = initialised / "ncdesk.sqlite3"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    code, _, err = run(capsys, "restore", str(bad))
    assert code == 2 and "is not a backup of this data folder" in err and "nothing was changed" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_a_damaged_database_names_the_backup_and_restore_brings_it_back(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", "--from", "2030-01-02")
    count = _alerts(capsys)
    code, out, _ = run(capsys, "backups", "--json")
    good = json.loads(out)[0]["file"]
    db = initialised / "ncdesk.sqlite3"
    db.write_bytes(db.read_bytes()[:50000])  # truncated
    code, _, err = run(capsys, "alert", "list")
    assert code == 1 and "damaged" in err and f"ncdesk restore {good}" in err and "nothing was deleted" in err
    assert list((initialised / "damaged").glob("ncdesk-*.sqlite3"))
    code, out, _ = run(capsys, "restore", good)
    assert code == 0, out
    assert _alerts(capsys) == count


@pytest.mark.manages_encryption
def test_an_encrypted_database_damaged_in_its_first_bytes_is_moved_aside_and_the_backup_named(  # type: ignore[no-untyped-def]
    capsys, initialised: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", crypto.KdfParams(1, 1024, 1))
    secret, wrong = tmp_path / "passphrase", tmp_path / "wrong"
    for path, text in ((secret, "the passphrase of this folder"), (wrong, "not the passphrase of this folder")):
        path.write_text(text + "\n", encoding="utf-8")
        path.chmod(0o600)
    code, _, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 0, err
    monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", str(secret))
    run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", "--from", "2030-01-02")
    count = _alerts(capsys)
    assert run(capsys, "backup")[0] == 0  # (encrypt's automatic backup came before the alert)
    code, out, _ = run(capsys, "backups", "--json")
    good = json.loads(out)[0]["file"]
    db = initialised / "ncdesk.sqlite3"
    data = bytearray(db.read_bytes())
    data[:16] = bytes(16)  # the salt, the first 16 bytes, zeroed
    db.write_bytes(bytes(data))
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    # a wrong passphrase: told so, nothing moved
    code, _, err = run(capsys, "alert", "list", "--passphrase-file", str(wrong))
    assert code == 1 and "The passphrase is wrong" in err and not (initialised / "damaged").exists(), err
    # the right one: damaged, moved aside unchanged, the last good backup named
    code, _, err = run(capsys, "alert", "list")
    assert code == 1 and "damaged" in err and f"ncdesk restore {good}" in err and "nothing was deleted" in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    moved = list((initialised / "damaged").glob("ncdesk-*.sqlite3"))
    assert len(moved) == 1 and hashlib.sha256(moved[0].read_bytes()).hexdigest() == digest and not db.exists()
    # with the database moved aside, the backups are still checked, each with the passphrase
    code, out, err = run(capsys, "backups")
    assert code == 0 and Path(good).name in out, (out, err)
    unusable = [line for line in out.splitlines() if "NOT USABLE" in line]
    assert unusable == [next(x for x in out.splitlines() if f"damaged/{moved[0].name}" in x)], out  # listed too
    code, out, err = run(capsys, "backups", "--passphrase-file", str(wrong))
    assert code == 0 and out.count("NOT USABLE: does not open with the passphrase given") >= 2, (out, err)
    code, out, err = run(capsys, "restore", good)
    assert code == 0, (out, err)
    assert _alerts(capsys) == count


def test_check_repair(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(initialised, load_reference=False) as store:
        store.db.execute("DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_index LIMIT 2)")
        store.db.conn.commit()
    code, out, _ = run(capsys, "check")
    assert code == 1 and "[repair: rebuild the search index]" in out
    code, out, _ = run(capsys, "check", "--repair")
    assert code == 0 and "Repaired 1 problem(s)" in out and "healthy" in out
    code, out, _ = run(capsys, "check", "--repair")
    assert code == 0 and "Repaired 0 problem(s)" in out


def test_a_second_ncdesk_is_told_clearly(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(initialised, program="the window"):
        code, _, err = run(capsys, "alert", "list")
    assert code == 1
    assert "ncdesk is already open on this data folder (the window, process" in err
    assert "Close the other ncdesk" in err


def test_a_synchronised_folder_is_warned_about(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "OneDrive" / "ncdesk"
    code, out, err = run(capsys, "--data-dir", str(folder), "init")
    assert code == 0 and "warning:" in err and "synchronised to the cloud" in err
