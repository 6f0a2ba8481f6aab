"""No plaintext anywhere after `encrypt` (issue 17, case 3): a damaged copy moved aside earlier,
the unfinished files of a killed backup, a backup that fails its check; each reproduced in a
plain folder with a planted string, then `encrypt`, then a scan of every file of the folder.

A copy too damaged to be read is removed only with the user's agreement (`remove_plain`, the
command's `--remove-unreadable` or its question at a terminal); refused, it stays and is named.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from ncdesk.store.file import backups, crypto, encryption, engine
from ncdesk.store.records.editing import save
from ncdesk.store.reference import Release
from ncdesk.store.store import Store
from tests.cli_helpers import run

FAST = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
A = "first passphrase, A"

pytestmark = pytest.mark.manages_encryption  # these tests encrypt their folders themselves


def _every_file(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _hits(canary: str, root: Path) -> list[str]:
    needle = canary.encode("utf-8")
    return [str(p.relative_to(root)) for p in _every_file(root) if needle in p.read_bytes()]


def _plain_db_with_wal(path: Path, canary: str, rows: int = 20) -> None:
    """A plain SQLite database whose records are still in its -wal (as a database moved aside
    while open is), written with the standard library."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
        conn.executemany("INSERT INTO person(name) VALUES (?)", [(f"{canary} damaged {n}",) for n in range(rows)])
        conn.commit()
        keep = {s: path.with_name(path.name + s).read_bytes() for s in ("", "-wal")}
    finally:
        conn.close()  # (closing checkpoints: the files as they were while open are put back)
    for suffix, data in keep.items():
        path.with_name(path.name + suffix).write_bytes(data)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    assert canary.encode() in path.with_name(path.name + "-wal").read_bytes()


def _unreadable(path: Path, source: Path) -> None:
    """A plain copy that cannot be read any more: its first page (the SQLite header) zeroed."""
    data = bytearray(source.read_bytes())
    data[:4096] = bytes(4096)
    path.write_bytes(bytes(data))


def _truncated(path: Path, source: Path) -> None:
    """A plain copy that opens but whose tables run past its end (it fails its check)."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.fixture
def leaky(data_dir: Path, reference_db: Path, clock: Any, release: Release) -> tuple[Path, str, dict[str, Path]]:
    """A plain data folder with a planted string in its records, a good backup, and every kind of
    plain copy `encrypt` used to leave behind."""
    canary = f"CaNary{uuid.uuid4().hex[:12]}Zq"
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    with Store.open(data_dir, clock=clock, reference=release) as store:
        for n in range(30):
            save(store, "person", {"name": f"{canary} person {n}", "notes": f"{canary} notes " * 50})
        good = backups.make_backup(store, "manual").path
    bdir, ddir = data_dir / "backups", data_dir / "damaged"
    ddir.mkdir()
    files = {"good": good}
    # a damaged database moved aside earlier, still readable (with its -wal)
    files["readable"] = ddir / "ncdesk-20261201T100000Z.sqlite3"
    _plain_db_with_wal(files["readable"], canary)
    # one damaged beyond reading
    files["zeroed"] = ddir / "ncdesk-20261202T100000Z.sqlite3"
    _unreadable(files["zeroed"], good)
    # a killed backup: its .part and journal
    files["part"] = bdir / "ncdesk-20261203T100000Z-auto.sqlite3.part"
    shutil.copyfile(good, files["part"])
    files["journal"] = bdir / "ncdesk-20261203T100000Z-auto.sqlite3.part-journal"
    files["journal"].write_bytes(good.read_bytes()[:8192])
    # a backup that fails its check
    files["failing"] = bdir / "ncdesk-20261204T100000Z-manual.sqlite3"
    _truncated(files["failing"], good)
    assert {p.split("/")[0] for p in _hits(canary, data_dir)} >= {"ncdesk.sqlite3", "backups", "damaged"}
    return data_dir, canary, files


def test_encrypt_leaves_no_plaintext_once_the_user_agrees_to_remove_what_cannot_be_read(
    leaky: tuple[Path, str, dict[str, Path]], clock: Any, release: Release
) -> None:
    folder, canary, files = leaky
    with Store.open(folder, clock=clock, reference=release) as store:
        report = encryption.encrypt(store, A, params=FAST)
        assert report.backups == 1 and report.damaged == 1
        # the killed backup's .part and its journal: removed when the store opened (as at every
        # start), so gone before encrypt looks (encrypt removes any it still finds)
        assert not files["part"].exists() and not files["journal"].exists() and report.leftovers == 0
        assert set(report.unreadable) == {files["zeroed"], files["failing"]}
        said = " ".join(report.summary())
        assert "Encrypted the database, 1 backup(s), 1 damaged copy(ies)" in said
        assert str(files["zeroed"]) in said and str(files["failing"]) in said
        # the user agrees
        assert encryption.remove_plain(store, report.unreadable) == 2
        key = store.key
        assert key is not None
        # the damaged copy is encrypted and still holds every record (those of its -wal too)
        readable = files["readable"]
        assert crypto.file_salt(readable) == key.salt
        assert not readable.with_name(readable.name + "-wal").exists()
        conn = engine.connect(readable, opening=engine.Opening.READ, key=key.sqlcipher)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM person")]
        finally:
            conn.close()
        assert len(names) == 20 and all(canary in n for n in names)
        assert backups.verify(files["good"], key).ok
    assert encryption.plain_copies(folder) == []
    assert not files["zeroed"].exists() and not files["failing"].exists() and not files["part"].exists()
    assert _hits(canary, folder) == []


def test_refused_the_unreadable_copies_stay_are_named_and_everything_else_is_encrypted(
    leaky: tuple[Path, str, dict[str, Path]], clock: Any, release: Release
) -> None:
    folder, canary, files = leaky
    with Store.open(folder, clock=clock, reference=release) as store:
        report = encryption.encrypt(store, A, params=FAST)
    # nothing removed without the user's agreement; only those files can hold the planted string
    assert files["zeroed"].exists() and files["failing"].exists()
    assert set(_hits(canary, folder)) <= {str(p.relative_to(folder)) for p in report.unreadable}
    assert _hits(canary, folder)
    assert encryption.plain_copies(folder) == sorted(report.unreadable)
    # the next start converts what it can again, removes nothing, and still names them
    with Store.open(folder, clock=clock, reference=release, passphrase=A) as store:
        again = encryption.finish(store)
        assert set(again.unreadable) == set(report.unreadable) and again.damaged == 0
        assert "stay readable by anyone" in " ".join(again.summary(database=False))


def test_a_crash_during_a_damaged_copys_conversion_is_finished_at_the_next_start(
    leaky: tuple[Path, str, dict[str, Path]], clock: Any, release: Release, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, canary, files = leaky
    readable = files["readable"]
    real = encryption._put_in_place
    monkeypatch.setattr(encryption, "_put_in_place", lambda ready: (_ for _ in ()).throw(KeyboardInterrupt()))
    # killed between the checked copy and its renaming
    with Store.open(folder, clock=clock, reference=release) as store, pytest.raises(KeyboardInterrupt):
        encryption.encrypt(store, A, params=FAST)
    ready = readable.with_name(readable.name + ".encrypted")
    assert ready.exists() and readable.with_name(readable.name + "-wal").exists()  # both whole
    (folder / "damaged" / (readable.name + ".converting")).write_bytes(b"half a copy")  # another one, killed early
    monkeypatch.setattr(encryption, "_put_in_place", real)
    with Store.open(folder, clock=clock, reference=release, passphrase=A) as store:
        assert store.key is not None and crypto.file_salt(readable) == store.key.salt
    assert not ready.exists() and not readable.with_name(readable.name + "-wal").exists()
    assert not (folder / "damaged" / (readable.name + ".converting")).exists()
    assert set(_hits(canary, folder)) <= {"damaged/" + files["zeroed"].name, "backups/" + files["failing"].name}


def test_the_command_asks_removes_with_the_flag_and_says_what_was_done(
    capsys: pytest.CaptureFixture[str],
    leaky: tuple[Path, str, dict[str, Path]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, canary, files = leaky
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", FAST)
    monkeypatch.setenv("NCDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("NCDESK_PASSPHRASE_FILE", raising=False)
    secret = tmp_path / "passphrase"
    secret.write_text(A + "\n", encoding="utf-8")
    secret.chmod(0o600)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: nothing removed without the flag
    code, out, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 1, (out, err)
    assert "Encrypted the database, 1 backup(s), 1 damaged copy(ies) and 0 attachment(s)." in out
    assert not files["part"].exists() and not files["journal"].exists()  # removed at the command's start
    assert str(files["zeroed"]) in out and str(files["failing"]) in out
    assert "ncdesk encrypt --remove-unreadable" in err
    assert files["zeroed"].exists() and files["failing"].exists()

    # at a terminal, the user says no: still there
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    code, out, err = run(capsys, "--passphrase-file", str(secret), "encrypt")
    assert code == 1 and "Remove them? [y/N]" in out and files["zeroed"].exists(), (out, err)
    assert "The database was already encrypted." in out

    # then yes
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    code, out, err = run(capsys, "--passphrase-file", str(secret), "encrypt")
    assert code == 0, (out, err)
    assert "Removed 2 unreadable plain copy(ies) with your agreement." in out
    assert _hits(canary, folder) == []

    # nothing left: `encrypt` refuses as before
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "--passphrase-file", str(secret), "encrypt")
    assert code == 2 and "already encrypted" in err


def test_the_flag_removes_without_a_terminal(
    capsys: pytest.CaptureFixture[str],
    leaky: tuple[Path, str, dict[str, Path]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, canary, _ = leaky
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", FAST)
    monkeypatch.setenv("NCDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("NCDESK_PASSPHRASE_FILE", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    secret = tmp_path / "passphrase"
    secret.write_text(A + "\n", encoding="utf-8")
    secret.chmod(0o600)
    code, out, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret), "--remove-unreadable")
    assert code == 0, (out, err)
    assert "Removed 2 unreadable plain copy(ies) with your agreement." in out
    assert _hits(canary, folder) == []


def test_a_passphrase_change_names_plain_copies_left(
    leaky: tuple[Path, str, dict[str, Path]], clock: Any, release: Release
) -> None:
    folder, _, files = leaky
    with Store.open(folder, clock=clock, reference=release) as store:
        encryption.encrypt(store, A, params=FAST)
        report = encryption.change_passphrase(store, "second passphrase, B", params=FAST)
    assert set(report.unreadable) == {files["zeroed"], files["failing"]}


def test_a_folder_without_leftovers_is_encrypted_as_before(store: Store) -> None:
    if store.key is not None:
        pytest.skip("already encrypted")
    report = encryption.encrypt(store, A, params=FAST)
    assert report.unreadable == () and report.leftovers == 0 and report.damaged == 0
    assert encryption.plain_copies(store.folder) == []
