"""`ncdesk backups` lists the damaged copies and says which backups are kept for safety;
`ncdesk restore` takes a damaged copy's name (issue 17, case 2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ncdesk import paths
from ncdesk.store.file import recovery
from tests.cli_helpers import run
from tests.encrypted_mode import damaged_bytes

ADD = ("alert", "add", "--person", "Putin", "--state", "Mongolia", "--from")


def _alerts(capsys: pytest.CaptureFixture[str]) -> int:
    code, out, _ = run(capsys, "alert", "list", "--json")
    assert code == 0
    return len(json.loads(out))


def test_damaged_copies_are_listed_and_a_sound_one_can_be_restored(
    capsys: pytest.CaptureFixture[str], initialised: Path
) -> None:
    code, _, err = run(capsys, *ADD, "2030-01-02")
    assert code == 0, err
    then = _alerts(capsys)
    code, out, _ = run(capsys, "backup")
    assert code == 0
    backup = next(b for b in paths.backups_dir(initialised).iterdir() if b.name.endswith("-manual.sqlite3"))
    damaged = recovery.damaged_dir(initialised)
    damaged.mkdir()
    sound = damaged / "ncdesk-20261201T000000Z.sqlite3"  # moved aside for a lost -wal: still sound
    shutil.copyfile(backup, sound)
    broken = damaged / "ncdesk-20261202T000000Z.sqlite3"
    broken.write_bytes(damaged_bytes())
    recovery.record(initialised, moved_to=broken, backup=backup, encrypted=False)
    code, out, _ = run(capsys, "backups", "--json")
    listed = {Path(b["file"]).name: b for b in json.loads(out)}
    assert listed[sound.name]["kind"] == "damaged" and listed[sound.name]["sound"]
    assert listed[broken.name]["kind"] == "damaged" and not listed[broken.name]["sound"]
    assert listed[backup.name]["kept"] == "recovery"
    code, out, _ = run(capsys, "backups")
    assert code == 0
    assert f"damaged/{sound.name}" in out and "2 damaged copy(ies)" in out
    line = next(x for x in out.splitlines() if backup.name in x)
    assert line.endswith("(kept: named for recovery)")

    code, out, err = run(capsys, "restore", broken.name)
    assert code != 0 and f"The damaged copy {broken.name}" in err and "nothing was changed" in err, err
    assert broken.exists()
    recovery.clear(initialised)  # (the database is there: nothing waits for the user)

    run(capsys, *ADD, "2030-03-04")
    assert _alerts(capsys) == then + 1
    code, out, err = run(capsys, "restore", sound.name)
    assert code == 0, err
    assert f"Restored {sound.name}" in out
    assert _alerts(capsys) == then
    assert sound.exists()  # the damaged copy stays where it was


def test_backups_say_which_one_holds_records_the_database_lacks(
    capsys: pytest.CaptureFixture[str], initialised: Path
) -> None:
    code, out, _ = run(capsys, "backup")
    assert code == 0
    empty = next(b for b in paths.backups_dir(initialised).iterdir() if b.name.endswith("-manual.sqlite3"))
    run(capsys, *ADD, "2030-01-02")
    code, out, _ = run(capsys, "backups", "--json")
    assert all(b["kept"] is None for b in json.loads(out))  # nothing lacks: the usual schedule
    code, out, err = run(capsys, "restore", empty.name)  # back to before the alert
    assert code == 0, err
    code, out, _ = run(capsys, "backups", "--json")
    kept = [b for b in json.loads(out) if b["kept"]]
    assert [(b["kind"], b["kept"]) for b in kept] == [("before-restore", "lacking")]
    code, out, _ = run(capsys, "backups")
    assert "(kept: holds records the database lacks)" in out


@pytest.mark.plain_only("a folder that was never encrypted")
def test_a_copy_whose_first_page_was_zeroed_is_listed_as_unreadable_with_a_passphrase_given(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long worst-day run, case 172: a plain folder's database with its first page zeroed was
    moved aside; with a passphrase in the environment, `backups` took the copy for an encrypted
    one, found no encryption.json and refused to list anything."""
    damaged = recovery.damaged_dir(initialised)
    damaged.mkdir()
    zeroed = damaged / "ncdesk-20261202T000000Z.sqlite3"
    zeroed.write_bytes(b"\0" * 4096 + b"\x07" * 8000)
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("not needed here", encoding="utf-8")
    monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", str(passphrase))
    for extra in ((), ("--json",)):
        code, out, err = run(capsys, "backups", *extra)
        assert code == 0, err
    listed = {Path(b["file"]).name: b for b in json.loads(out)}
    assert not listed[zeroed.name]["sound"]
    assert "does not start as an SQLite file" in listed[zeroed.name]["check"]
