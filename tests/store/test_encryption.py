"""Encryption at rest (RELIABILITY.md, "at rest" and "keys"): a round trip through encrypt,
passwd and decrypt; no planted string in any file the app writes; every single-bit flip
detected; a passphrase change that survives kill -9; every sqlite-utils feature ncdesk uses,
on a keyed SQLCipher connection; the errors a user can meet; the command line.

Argon2id runs at its cheapest (`FAST`) except in the round trip, which uses the defaults.
Never open an ncdesk database with the standard library's `sqlite3` while a SQLCipher
connection to it is open in this process (two SQLite libraries release each other's POSIX
locks): the checks with the standard tools here run on closed files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ncdesk.store.file import backups, conversion, crypto, encryption, engine, fts, history
from ncdesk.store.file.crypto import KdfParams, KeyFileMissingError, WrongPassphraseError
from ncdesk.store.file.db import open_database
from ncdesk.store.file.errors import DatabaseCorruptError, DatabaseDamagedError, StoreError
from ncdesk.store.records.attachments import attach, read_bytes, stored_path
from ncdesk.store.records.editing import save
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store
from tests.cli_helpers import run

FAST = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
A = "first passphrase, A"
B = "second passphrase, B"
KILLS = 300 if os.environ.get("NCDESK_TORTURE") else 40
FLIPS = 200
PAGE = 4096
SOURCE = Path(__file__).resolve().parents[2] / "ncdesk"

pytestmark = [
    pytest.mark.timeout(600 if os.environ.get("NCDESK_TORTURE") else 180),
    pytest.mark.manages_encryption,  # the encrypted mode of the suite leaves these folders to the tests
]


# --- helpers ---------------------------------------------------------------------------------


def _plain_folder(folder: Path, reference_db: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    return folder


def _every_file(*roots: Path) -> list[Path]:
    return sorted(p for root in roots if root.exists() for p in root.rglob("*") if p.is_file())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _digests(folder: Path) -> dict[str, str]:
    """Every file of the data folder but the instance lock (which records each start, by design)."""
    return {str(p.relative_to(folder)): _sha256(p) for p in _every_file(folder) if p.name != "ncdesk.lock"}


def _lock_state(folder: Path) -> str:
    return str(json.loads((folder / "ncdesk.lock").read_text())["state"])


def _encrypted_folder(folder: Path, reference_db: Path, passphrase: str = A, n_backups: int = 1) -> Path:
    """A data folder with the reference data, a few records and backups, encrypted and closed."""
    _plain_folder(folder, reference_db)
    with Store.open(folder, load_reference=False) as store:
        for i in range(5):
            save(store, "person", {"name": f"Encrypted Person {i}", "notes": "a long note " * 200})
        for _ in range(n_backups):
            backups.make_backup(store, "manual")
        encryption.encrypt(store, passphrase, params=FAST)
    return folder


def _stdlib_refuses(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM person").fetchone()
    finally:
        conn.close()


def _stdlib_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        conn.close()


def _sqlite_tool(path: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("sqlite3")
    assert tool, "the sqlite3 command-line tool is needed (apt-get install sqlite3)"
    return subprocess.run([tool, str(path), "SELECT count(*) FROM person;"], capture_output=True, text=True)


def _read_everything(conn: Any) -> None:
    """Read every row of every table, then the full integrity check (raises, or AssertionError)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    for table in tables:
        conn.execute(f'SELECT * FROM "{table}"').fetchall()
    result = conn.execute("PRAGMA integrity_check").fetchall()
    assert result == [("ok",)], result


# --- 1. the round trip --------------------------------------------------------------------------


def _assert_readable(store: Store, pid: str, att: str, source: Path, persons: int) -> None:
    """Everything is there and readable through the store, the backups too."""
    assert store.require("person", pid)["name"] == "Round Trip"
    assert store.count("person") == persons
    record = store.require("attachment", att)
    assert read_bytes(store, record) == source.read_bytes()
    assert encryption.is_sealed(stored_path(store, record)) == (store.key is not None)
    assert pid in {r["record_id"] for r in store.search("Round Trip")}
    assert store.db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    found = backups.list_backups(store.folder)
    assert {b.kind for b in found} == {"manual", "auto"}
    for b in found:
        assert crypto.looks_encrypted(b.path) == (store.key is not None), b.name
        checked = backups.verify(b.path, store.key)
        assert checked.ok and checked.records > 0, (b.name, checked)


def test_round_trip_encrypt_passwd_decrypt(
    data_dir: Path, reference_db: Path, release: Release, clock: Any, tmp_path: Path
) -> None:
    _plain_folder(data_dir, reference_db)
    db = data_dir / "ncdesk.sqlite3"
    source = tmp_path / "memo.txt"
    source.write_text("The memo that travels with the record.\n", encoding="utf-8")
    with Store.open(data_dir, clock=clock, reference=release) as store:
        pid = save(store, "person", {"name": "Round Trip", "notes": "kept through it all"})
        att = attach(store, "person", pid, source, text="memo text")
        backups.make_backup(store, "manual")
        clock.advance(minutes=1)
        save(store, "person", {"function": "Minister"}, pid)
        assert backups.auto_backup(store) is not None
        persons = store.count("person")
        report = encryption.encrypt(store, A)  # the default cost, as the application uses it
        assert (report.backups, report.attachments, report.skipped) == (2, 1, ())
        assert store.key is not None and crypto.looks_encrypted(db)
        _assert_readable(store, pid, att, source, persons)
    kdf = json.loads(crypto.kdf_path(data_dir).read_text())
    assert kdf == json.loads(crypto.kdf_copy_path(data_dir).read_text())
    assert (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]) == (3, 65536, 2)  # KdfParams()

    # closed and encrypted: neither standard tool reads it (nor a backup)
    result = _sqlite_tool(db)
    assert result.returncode != 0 and "file is not a database" in result.stderr, result
    _stdlib_refuses(db)
    for b in backups.list_backups(data_dir):
        _stdlib_refuses(b.path)

    with Store.open(data_dir, passphrase=A, clock=clock, reference=release) as store:
        _assert_readable(store, pid, att, source, persons)
        report = encryption.change_passphrase(store, B)
        assert (report.backups, report.skipped) == (2, ())
        _assert_readable(store, pid, att, source, persons)
    with pytest.raises(WrongPassphraseError):
        Store.open(data_dir, passphrase=A)
    for b in backups.list_backups(data_dir):
        with pytest.raises(WrongPassphraseError):
            crypto.unlock(data_dir, A, path=b.path)
        crypto.unlock(data_dir, B, path=b.path).wipe()
    assert len(json.loads(crypto.kdf_path(data_dir).read_text())["checks"]) == 1  # A's is forgotten

    with Store.open(data_dir, passphrase=B, clock=clock, reference=release) as store:
        _assert_readable(store, pid, att, source, persons)
        report = encryption.decrypt(store)
        assert (report.backups, report.attachments, report.skipped) == (2, 1, ())
        _assert_readable(store, pid, att, source, persons)
    assert not crypto.kdf_path(data_dir).exists() and not crypto.kdf_copy_path(data_dir).exists()
    with Store.open(data_dir, clock=clock, reference=release) as store:  # no passphrase
        _assert_readable(store, pid, att, source, persons)

    # closed and plain again: the standard tools read it, and its backups
    result = _sqlite_tool(db)
    assert result.returncode == 0 and result.stdout.split() == [str(persons)], result
    assert _stdlib_count(db) == persons
    assert all(_stdlib_count(b.path) > 0 for b in backups.list_backups(data_dir))


# --- 2. the canary: no planted string in any file ------------------------------------------------


def _needles(canary: str) -> list[bytes]:
    forms = {canary, canary.casefold()}
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le")]


def _hits(needles: list[bytes], *roots: Path) -> list[str]:
    """Files holding a needle, as it is or in any case (ASCII case-folding of the bytes)."""
    found = []
    for path in _every_file(*roots):
        data = path.read_bytes()
        folded = data.lower()
        for needle in needles:
            if needle in data or needle.lower() in folded:
                found.append(f"{path} ({needle[:12]!r}…)")
                break
    return found


def _write_csv(path: Path, canary: str, n: int) -> Path:
    rows = "".join(f"{canary} Imported {n}-{k},{canary} import notes {k}\n" for k in range(3))
    path.write_text("name,notes\n" + rows, encoding="utf-8")
    return path


def test_no_planted_string_in_any_file(
    data_dir: Path,
    reference_db: Path,
    release: Release,
    clock: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ncdesk.io.briefing.export import export_note
    from ncdesk.io.briefing.model import ExportOptions
    from ncdesk.io.importing import import_file
    from ncdesk.store.records.alerts import create_alert, record_letter
    from ncdesk.store.records.check import repair, run_check

    canary = f"CaNary{uuid.uuid4().hex[:12]}Zq"  # one word: the search index keeps it whole, folded
    needles = _needles(canary)
    outside = tmp_path / "outside"  # the user's own folders: sources, exports
    outside.mkdir()
    watched = tmp_path / "watched-tmp"  # the temporary folder of everything below
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    _plain_folder(data_dir, reference_db)
    mng, tjk = ref_id("state", "MNG"), ref_id("state", "TJK")

    store = Store.open(data_dir, clock=clock, reference=release)
    try:
        # every kind of user text, while the folder is plain
        pid = save(
            store,
            "person",
            {"name": f"{canary} Person", "aliases": [f"{canary} alias"], "function": f"{canary} function",
             "notes": f"{canary} notes"},
        )  # fmt: skip
        aid = create_alert(
            store,
            {"person_id": pid, "destinations": [mng, tjk], "date": "2027-03-01", "title": f"{canary} alert",
             "purpose": f"{canary} purpose", "source_description": f"{canary} source", "reliability": "probable",
             "notes": f"{canary} alert notes"},
        )  # fmt: skip
        record_letter(
            store,
            aid,
            {"state_id": mng, "addressee_office": f"{canary} office", "date": "2026-11-24",
             "sender_name": f"{canary} sender", "sender_office": "President of the Assembly",
             "subject": f"{canary} subject", "notes": f"{canary} letter notes"},
        )  # fmt: skip
        save(
            store,
            "activity",
            {"kind": "bureau_meeting", "title": f"{canary} activity", "date": "2026-11-20", "status": "held",
             "summary": f"{canary} summary", "participants": [f"{canary} participant"],
             "location": f"{canary} place", "states_concerned": [mng]},
        )  # fmt: skip
        memo = outside / f"{canary} memo.txt"
        memo.write_text(f"The content of the memo: {canary}.\n", encoding="utf-8")
        att = attach(store, "person", pid, memo, text=f"extracted text {canary}")
        import_file(store, _write_csv(outside / "first.csv", canary, 1), "person")
        save(store, "person", {"notes": f"{canary} edited"}, pid)
        history.revert(store, history.recent_batches(store, 1)[0].id)  # the history keeps both
        assert store.require("person", pid)["notes"] == f"{canary} notes"
        backups.make_backup(store, "manual")
        clock.advance(minutes=1)
        save(store, "person", {"function": f"{canary} function 2"}, pid)
        assert backups.auto_backup(store) is not None
        plain_copy = backups.make_backup(store, "manual", target=outside / "plain-copy.sqlite3").path
        # the scan finds what is planted (in the database or its -wal, the backups, the attachment)
        plain_hits = _hits(needles, data_dir)
        assert any("ncdesk.sqlite3" in h for h in plain_hits), plain_hits
        assert any("/backups/" in h for h in plain_hits), plain_hits
        assert any("/attachments/" in h for h in plain_hits), plain_hits

        encryption.encrypt(store, A, params=FAST)
        assert store.key is not None
        raw_key = bytes(store.key.raw)  # (closing the store wipes it)
        file_key = conversion.attachment_key(store)
        assert file_key is not None

        # more work, encrypted
        undo = history.UndoStack()
        store.listeners.append(undo.pushed)
        save(store, "person", {"notes": f"{canary} after encryption"}, pid)
        save(store, "person", {"name": f"{canary} Second Person"})
        undo.undo_last(store)
        undo.redo_last(store)
        undo.undo_last(store)
        import_file(store, _write_csv(outside / "second.csv", canary, 2), "person")
        memo2 = outside / "second memo.txt"
        memo2.write_text(f"Attached while encrypted: {canary}.\n", encoding="utf-8")
        att2 = attach(store, "person", pid, memo2, text=f"second extract {canary}")
        clock.advance(minutes=1)
        manual = backups.make_backup(store, "manual")
        clock.advance(minutes=1)
        save(store, "person", {"function": f"{canary} function 3"}, pid)
        assert backups.auto_backup(store) is not None
        clock.advance(minutes=1)
        backups.restore(store, plain_copy)  # a plain backup: staged encrypted in backups/, then copied
        clock.advance(minutes=1)
        backups.restore(store, manual.path)  # an encrypted one (it holds the attachments' key)
        assert read_bytes(store, store.require("attachment", att)) == memo.read_bytes()
        assert read_bytes(store, store.require("attachment", att2)) == memo2.read_bytes()
        run_check(store)
        repair(store)
        export_note(store, "person", pid, outside / "note.pdf", ExportOptions(), dt.date(2026, 11, 23))
        assert (outside / "note.pdf").stat().st_size > 0
        assert {r["record_id"] for r in store.search(canary)} >= {pid, aid}  # the text is there, encrypted
    finally:
        store.close()

    assert crypto.looks_encrypted(data_dir / "ncdesk.sqlite3")
    scanned = _every_file(data_dir, watched)
    names = {p.name for p in scanned}
    assert {"ncdesk.sqlite3", "encryption.json", "ncdesk.lock"} <= names, names
    assert len([p for p in scanned if "/backups/" in str(p) and p.suffix == ".sqlite3"]) >= 4
    assert len([p for p in scanned if "/attachments/" in str(p)]) == 2
    assert _hits(needles, data_dir, watched) == []
    secrets_ = [k for key in (raw_key, file_key) for k in (key, key.hex().encode(), key.hex().upper().encode())]
    assert _hits(secrets_, data_dir, watched) == [], "a key was written to a file"


# --- 3. every single-bit flip is detected ------------------------------------------------------


@pytest.fixture(scope="module")
def sealed_db(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Path:
    """An encrypted data folder, checkpointed and closed: no -wal, no free page."""
    folder = _encrypted_folder(tmp_path_factory.mktemp("sealed") / "data", reference_db, n_backups=0)
    db = folder / "ncdesk.sqlite3"
    assert not db.with_name("ncdesk.sqlite3-wal").exists()
    key = crypto.unlock(folder, A)
    conn = engine.connect(db, key=key.sqlcipher)
    try:
        # A flip in a free page would never be read: there is none (the file is sqlcipher_export's).
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("PRAGMA page_count").fetchone()[0] * PAGE == db.stat().st_size
        _read_everything(conn)
    finally:
        conn.close()
        key.wipe()
    shutil.copyfile(db, folder.parent / "pristine.sqlite3")
    return folder


DAMAGE_SEEN: tuple[type[BaseException], ...] = (*engine.DatabaseError, UnicodeDecodeError, AssertionError)


def _reads_as_sound(conn: Any) -> bool:
    """Quick check, every row, integrity check: all pass."""
    try:
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return False
        _read_everything(conn)
    except DAMAGE_SEEN:
        return False
    return True


def _detected_directly(folder: Path, damaged: Path) -> bool:
    """Unlock and read *damaged* as ncdesk would."""
    try:
        key = crypto.unlock(folder, A, path=damaged)
    except DatabaseCorruptError:  # the flip hit the salt: A is this folder's, and the file does not decrypt with it
        return True
    conn = engine.connect(damaged, key=key.sqlcipher)
    try:
        return not _reads_as_sound(conn)
    finally:
        conn.close()
        key.wipe()


def _detected_by_open(folder: Path, flipped: bytes) -> bool:
    """Store.open with the passphrase, as a start would; then every row and the full check."""
    try:
        store = Store.open(folder, passphrase=A, load_reference=False)
    except DatabaseDamagedError as err:  # also a flip in the salt: A is this folder's passphrase
        assert err.moved_to is not None and err.moved_to.parent == folder / "damaged"
        assert _sha256(err.moved_to) == hashlib.sha256(flipped).hexdigest(), "the damaged file was changed"
        return True
    except StoreError:
        return True
    with store:
        try:
            _read_everything(store.db.conn)
        except DAMAGE_SEEN:
            return True
    return False


def test_every_single_bit_flip_is_detected(sealed_db: Path, tmp_path: Path) -> None:
    pristine = (sealed_db.parent / "pristine.sqlite3").read_bytes()
    assert _detected_directly(sealed_db, sealed_db / "ncdesk.sqlite3") is False  # the sound file passes
    rng = random.Random(20261123)
    detected, where = 0, []
    for i in range(FLIPS):
        data = bytearray(pristine)
        bit = rng.randrange(len(data) * 8)
        data[bit // 8] ^= 1 << (bit % 8)
        if i % 25 == 0:  # a handful through Store.open, each in a fresh copy of the folder
            folder = tmp_path / f"open{i}"
            shutil.copytree(sealed_db, folder)
            (folder / "ncdesk.sqlite3").write_bytes(data)
            found = _detected_by_open(folder, bytes(data))
        else:
            damaged = tmp_path / "flipped.sqlite3"
            for side in ("", "-wal", "-shm"):
                Path(f"{damaged}{side}").unlink(missing_ok=True)
            damaged.write_bytes(data)
            found = _detected_directly(sealed_db, damaged)
        detected += found
        if not found:
            where.append(f"byte {bit // 8} (page {bit // 8 // PAGE + 1}, offset {bit // 8 % PAGE}) bit {bit % 8}")
    assert detected == FLIPS, f"undetected flips: {where}"


def test_the_same_flips_mostly_go_unseen_in_a_plain_database(reference_db: Path, tmp_path: Path) -> None:
    """The control: the same checks on a plain SQLite file miss most flips (so the test above can fail)."""
    pristine = reference_db.read_bytes()
    rng = random.Random(20261123)
    unseen = 0
    for _ in range(20):
        data = bytearray(pristine)
        bit = rng.randrange(len(data) * 8)
        data[bit // 8] ^= 1 << (bit % 8)
        flipped = tmp_path / "flipped.sqlite3"
        flipped.write_bytes(data)
        conn = engine.connect(flipped)
        try:
            unseen += _reads_as_sound(conn)
        finally:
            conn.close()
        for side in ("", "-wal", "-shm"):
            Path(f"{flipped}{side}").unlink(missing_ok=True)
    assert unseen >= 5, unseen


# --- 4. kill -9 during a passphrase change -------------------------------------------------------


def _child_passwd(folder: Path, ack: Callable[[str], object]) -> None:
    store = Store.open(folder, passphrase=A, load_reference=False)
    ack("opened")
    encryption.change_passphrase(store, B)  # the folder's own (cheap) Argon2 cost
    store.close()
    ack("changed")


def _fork_and_kill(folder: Path, kill_after: float | None) -> tuple[list[str], float]:
    """Run _child_passwd in a forked child; SIGKILL it after *kill_after* seconds (None: let it end).
    Returns its acknowledgements and how long it ran."""
    read_end, write_end = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        try:
            _child_passwd(folder, lambda line: os.write(write_end, (line + "\n").encode()))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails
            os.write(write_end, f"CRASH {type(exc).__name__}: {exc}\n".encode())
        os._exit(0)
    os.close(write_end)
    data = b""
    while True:
        left = None if kill_after is None else kill_after - (time.monotonic() - started)
        if left is not None and left <= 0:
            break
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            data += chunk
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    elapsed = time.monotonic() - started
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    lines = data.decode().splitlines()
    assert not [line for line in lines if line.startswith("CRASH")], lines
    return lines, elapsed


@pytest.fixture(scope="module")
def passwd_template(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> tuple[Path, dict[str, int]]:
    """An encrypted folder with the reference data, records and four backups, and its counts."""
    folder = _encrypted_folder(tmp_path_factory.mktemp("passwd") / "data", reference_db, n_backups=4)
    with Store.open(folder, passphrase=A, load_reference=False) as store:
        counts = {t: store.count(t, include_deleted=True) for t in ("person", "state", "finding", "travel_alert")}
    assert len(backups.list_backups(folder)) == 4
    return folder, counts


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)")
def test_a_passphrase_change_survives_kill_9(passwd_template: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    template, counts = passwd_template
    # an uninterrupted run: it finishes, and its duration spreads the kills over the whole change
    folder = tmp_path / "whole"
    shutil.copytree(template, folder)
    lines, duration = _fork_and_kill(folder, None)
    assert lines == ["opened", "changed"]
    crypto.unlock(folder, B).wipe()
    rng = random.Random(4040)
    outcomes = {"A": 0, "B": 0}
    for i in range(KILLS):
        folder = tmp_path / f"run{i}"
        shutil.copytree(template, folder)
        # half the kills over the whole change, half around its end (where the database is
        # switched and the staged backups put in place; a loaded machine runs slower than
        # the measured run, so the window reaches well past it)
        when = rng.uniform(0, duration * 1.05) if i % 2 else rng.uniform(duration * 0.8, duration * 2.0)
        lines, _ = _fork_and_kill(folder, when)
        unlocking = []
        for name, passphrase in (("A", A), ("B", B)):
            try:
                crypto.unlock(folder, passphrase).wipe()
                unlocking.append((name, passphrase))
            except WrongPassphraseError:
                pass
        assert len(unlocking) == 1, f"kill {i}: {[n for n, _ in unlocking]} unlock the database"
        name, passphrase = unlocking[0]
        if "changed" in lines:
            assert name == "B", "an acknowledged change was lost"
        outcomes[name] += 1
        with Store.open(folder, passphrase=passphrase, load_reference=False) as store:  # finish() runs
            assert store.db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            assert {t: store.count(t, include_deleted=True) for t in counts} == counts
        # no backup lost, and every one under the database's passphrase: none left readable
        # with the old one after the change went through (staged copies put in place by finish)
        found = backups.list_backups(folder)
        assert len(found) == 4, [b.name for b in found]
        for b in found:
            keys = []
            for p in (A, B):
                with contextlib.suppress(WrongPassphraseError):
                    keys.append((p, crypto.unlock(folder, p, path=b.path)))
            assert [p for p, _ in keys] == [passphrase] and backups.verify(b.path, keys[0][1]).ok, b.name
            keys[0][1].wipe()
        kdf = crypto.read_kdf(folder)
        assert kdf is not None and len(kdf.checks) == 1  # the other passphrase's check is forgotten
        leftovers = [
            *folder.glob("ncdesk.sqlite3.*"),
            *folder.glob("backups/*.converting*"),
            *folder.glob("backups/*.rekeyed"),
            *folder.glob(".encryption.json.*"),
            *folder.glob("backups/.encryption.json.*"),
        ]
        assert leftovers == [], leftovers  # finish() removed the partial copies (and their journals)
        shutil.rmtree(folder)
    assert outcomes["A"] > 0 and outcomes["B"] > 0, outcomes  # kills fell before and after the switch


# --- 5. sqlite-utils on a keyed SQLCipher connection ---------------------------------------------


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[tuple[Database, Path, crypto.Key]]:
    key = crypto.new_key(A, FAST)
    path = tmp_path / "keyed.sqlite3"
    db = Database(engine.connect(path, key=key.sqlcipher))
    yield db, path, key
    db.close()


def _reopened_count(path: Path, key: crypto.Key, table: str) -> int:
    conn = engine.connect(path, key=key.sqlcipher)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_sqlite_utils_tables_inserts_and_transactions(keyed: tuple[Database, Path, crypto.Key]) -> None:
    db, path, key = keyed
    db.table("person").insert({"id": 1, "name": "First"}, pk="id")  # creates the table
    db.executescript("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); CREATE INDEX note_text ON note(text);")
    assert set(db.table_names()) == {"person", "note"} and db["person"].exists() and not db["nothing"].exists()
    assert list(db["person"].rows) == [{"id": 1, "name": "First"}]
    with db.atomic():  # commit
        db.execute("INSERT INTO person (id, name) VALUES (?, ?)", [2, "Second"])
    assert _reopened_count(path, key, "person") == 2  # committed: another connection sees it
    with pytest.raises(RuntimeError), db.atomic():  # roll back on an exception
        db.execute("INSERT INTO person (id, name) VALUES (3, 'Lost')")
        raise RuntimeError("boom")
    with pytest.raises(engine.IntegrityError), db.atomic():  # and on SQLCipher's own errors
        db.execute("INSERT INTO person (id, name) VALUES (4, 'Lost too')")
        db.execute("INSERT INTO person (id, name) VALUES (1, 'Duplicate')")
    assert [r["name"] for r in db["person"].rows] == ["First", "Second"]
    with db.atomic():  # nested: the inner block is a savepoint, rolled back alone
        db.execute("INSERT INTO person (id, name) VALUES (5, 'Outer')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO person (id, name) VALUES (6, 'Inner')")
            raise ValueError("inner")
        with db.atomic():
            db.execute("INSERT INTO note (text) VALUES ('kept')")
    assert [r["name"] for r in db["person"].rows] == ["First", "Second", "Outer"]
    assert _reopened_count(path, key, "note") == 1
    db.register_function(lambda s: s.upper(), name="shout", deterministic=True)
    assert db.execute("SELECT shout(name) FROM person WHERE id = 1").fetchone() == ("FIRST",)
    assert not db.conn.in_transaction
    assert crypto.looks_encrypted(path) and crypto.file_salt(path) == key.salt


def test_sqlite_utils_migrations_and_the_search_index(keyed: tuple[Database, Path, crypto.Key]) -> None:
    db, path, key = keyed
    migrations = Migrations("test")

    @migrations(name="m1")
    def m1(db: Database) -> None:
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")

    @migrations(name="m2")
    def m2(db: Database) -> None:
        db.execute("ALTER TABLE t ADD COLUMN name TEXT")

    assert [m.name for m in migrations.pending(db)] == ["m1", "m2"]
    migrations.apply(db)
    assert migrations.pending(db) == [] and db["t"].columns_dict == {"id": int, "name": str}
    db.close()
    # ncdesk's own migrations, index and history on a new encrypted file, then a search (FTS5 MATCH)
    store_db = open_database(path.with_name("store.sqlite3"), key=key)
    try:
        from ncdesk.store.file.migrations import MIGRATIONS

        assert MIGRATIONS.pending(store_db) == []
        store = Store(store_db, path.parent)
        pid = store.insert("person", {"name": "Zebulon Cipherfield", "aliases": ["Zed"]})
        assert [r["record_id"] for r in fts.search(store_db, "cipherf")] == [pid]
        assert [r["record_id"] for r in store.search("zed")] == [pid]
        assert store_db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        store_db.close()
    assert crypto.file_salt(path.with_name("store.sqlite3")) == key.salt


def test_sqlite_utils_paths_that_catch_only_the_standard_librarys_errors(
    keyed: tuple[Database, Path, crypto.Key],
) -> None:
    """`drop(ignore=True)` and `alter=True` catch `sqlite3.OperationalError` only: on a SQLCipher
    connection they raise. ncdesk must not use them (it does not)."""
    db, _, _ = keyed
    db.table("t").insert({"id": 1}, pk="id")
    with pytest.raises(engine.OperationalError, match="no such table"):
        db.table("missing").drop(ignore=True)
    with pytest.raises(engine.OperationalError, match="has no column"):
        db.table("t").insert({"id": 2, "new_column": "x"}, alter=True)
    pattern = re.compile(r"\.drop\(\s*ignore\s*=\s*True|\balter\s*=\s*True")
    users = [
        f"{p.relative_to(SOURCE.parent)}:{n}"
        for p in sorted(SOURCE.rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert users == [], users


# --- 6. the errors -------------------------------------------------------------------------------


def test_a_wrong_passphrase_changes_nothing(data_dir: Path, reference_db: Path) -> None:
    _encrypted_folder(data_dir, reference_db)
    before = _digests(data_dir)
    with pytest.raises(WrongPassphraseError, match="The passphrase is wrong") as info:
        Store.open(data_dir, passphrase="not the passphrase")
    assert "nothing was changed" in str(info.value)
    with pytest.raises(crypto.PassphraseRequiredError):
        Store.open(data_dir)
    assert _digests(data_dir) == before
    assert _lock_state(data_dir) == "closed" and not (data_dir / "damaged").exists()
    with Store.open(data_dir, passphrase=A, load_reference=False) as store:  # still opens
        assert store.count("person") > 0


def test_a_missing_key_derivation_file_is_named_and_nothing_changes(data_dir: Path, reference_db: Path) -> None:
    _encrypted_folder(data_dir, reference_db)
    crypto.kdf_path(data_dir).unlink()
    before = _digests(data_dir)
    with pytest.raises(KeyFileMissingError) as info:
        Store.open(data_dir, passphrase=A)
    assert str(crypto.kdf_path(data_dir)) in str(info.value)
    assert str(crypto.kdf_copy_path(data_dir)) in str(info.value)  # where the copy is
    assert _digests(data_dir) == before and not (data_dir / "damaged").exists()
    shutil.copyfile(crypto.kdf_copy_path(data_dir), crypto.kdf_path(data_dir))  # as the message says
    with Store.open(data_dir, passphrase=A, load_reference=False) as store:
        assert store.count("person") > 0


def test_without_any_key_derivation_file_the_database_is_not_taken_for_damaged(
    data_dir: Path, reference_db: Path
) -> None:
    _encrypted_folder(data_dir, reference_db)
    crypto.kdf_path(data_dir).unlink()
    crypto.kdf_copy_path(data_dir).unlink()
    before = _digests(data_dir)
    try:
        with pytest.raises(KeyFileMissingError, match=re.escape(str(crypto.kdf_path(data_dir)))):
            Store.open(data_dir, passphrase=A)
    finally:
        assert _digests(data_dir) == before and not (data_dir / "damaged").exists()


def test_a_damaged_encrypted_database_is_moved_aside_and_the_last_good_backup_offered(
    data_dir: Path, reference_db: Path
) -> None:
    _encrypted_folder(data_dir, reference_db, n_backups=2)
    db = data_dir / "ncdesk.sqlite3"
    good = backups.latest_good(data_dir)
    assert good is not None
    data = bytearray(db.read_bytes())
    middle = len(data) // PAGE // 2 * PAGE
    data[middle : middle + PAGE] = random.Random(7).randbytes(PAGE)
    db.write_bytes(data)
    digest = _sha256(db)
    backups_before = {b.name: _sha256(b.path) for b in backups.list_backups(data_dir)}
    with pytest.raises(DatabaseDamagedError) as info:
        Store.open(data_dir, passphrase=A)
    err = info.value
    assert err.backup == good[0].path and str(good[0].path) in str(err)
    assert err.moved_to is not None and err.moved_to.parent == data_dir / "damaged"
    assert _sha256(err.moved_to) == digest and not db.exists()  # moved, unchanged, never deleted
    assert {b.name: _sha256(b.path) for b in backups.list_backups(data_dir)} == backups_before
    # what the message says to do works: the backup's key, then the backup in place
    key = crypto.unlock(data_dir, A, path=good[0].path)
    backups.restore_file(data_dir, good[0].path, key)
    with Store.open(data_dir, passphrase=A, load_reference=False) as store:
        assert store.count("person") > 5 and store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_finish_converts_what_a_crash_left_behind(
    data_dir: Path, reference_db: Path, release: Release, tmp_path: Path
) -> None:
    _plain_folder(data_dir, reference_db)
    source = tmp_path / "memo.txt"
    source.write_text("left in clear by a crash\n", encoding="utf-8")
    with Store.open(data_dir, reference=release) as store:
        pid = save(store, "person", {"name": "Straggler"})
        att = attach(store, "person", pid, source)
        plain_backup = backups.make_backup(store, "manual").path
        stored = stored_path(store, store.require("attachment", att))
        plain = {plain_backup: plain_backup.read_bytes(), stored: stored.read_bytes()}
        encryption.encrypt(store, A, params=FAST)
        salt = store.key.salt if store.key else b""
    assert crypto.looks_encrypted(plain_backup) and encryption.is_sealed(stored)
    # as if the conversion had been killed before these two, and the database's copy left over
    for path, data in plain.items():
        path.write_bytes(data)
    leftover = data_dir / "ncdesk.sqlite3.encrypting"
    leftover.write_bytes(b"half a copy")
    assert not crypto.looks_encrypted(plain_backup) and not encryption.is_sealed(stored)
    with Store.open(data_dir, passphrase=A, reference=release) as store:
        assert crypto.file_salt(plain_backup) == salt and backups.verify(plain_backup, store.key).ok
        assert encryption.is_sealed(stored) and read_bytes(store, store.require("attachment", att)) == plain[stored]
    assert not leftover.exists()


def test_attachments_stay_readable_after_restoring_a_backup_made_before_encryption(
    data_dir: Path, reference_db: Path, release: Release, tmp_path: Path
) -> None:
    _plain_folder(data_dir, reference_db)
    source = tmp_path / "memo.txt"
    source.write_text("an attachment\n", encoding="utf-8")
    with Store.open(data_dir, reference=release) as store:
        pid = save(store, "person", {"name": "Attached"})
        att = attach(store, "person", pid, source)
        before = backups.make_backup(store, "manual")
        encryption.encrypt(store, A, params=FAST)
        backups.restore(store, before.path)
    with Store.open(data_dir, passphrase=A, reference=release) as store:
        assert read_bytes(store, store.require("attachment", att)) == source.read_bytes()
    # The backup converted at encryption carries the attachments' key: restored in place of a
    # database that is gone (damaged and moved aside), the attachments open.
    (data_dir / "ncdesk.sqlite3").unlink()
    for side in ("-wal", "-shm"):
        (data_dir / f"ncdesk.sqlite3{side}").unlink(missing_ok=True)
    key = crypto.unlock(data_dir, A, path=before.path)
    backups.restore_file(data_dir, before.path, key)
    with Store.open(data_dir, passphrase=A, reference=release) as store:
        assert read_bytes(store, store.require("attachment", att)) == source.read_bytes()


def test_a_database_copied_from_another_data_folder_is_not_taken_for_damaged(
    tmp_path: Path, reference_db: Path
) -> None:
    here = _encrypted_folder(tmp_path / "here", reference_db)
    same = _encrypted_folder(tmp_path / "same", reference_db)  # the same passphrase, another salt
    other = _encrypted_folder(tmp_path / "other", reference_db, passphrase=B)
    db = here / "ncdesk.sqlite3"
    # encrypted elsewhere with this folder's passphrase: it opens, and its check value is recorded
    shutil.copyfile(same / "ncdesk.sqlite3", db)
    salt = crypto.file_salt(db).hex()
    assert salt not in json.loads(crypto.kdf_path(here).read_text())["checks"]
    with pytest.raises(WrongPassphraseError, match="The passphrase is wrong"):
        Store.open(here, passphrase="not the passphrase", load_reference=False)
    assert not (here / "damaged").exists()
    with Store.open(here, passphrase=A, load_reference=False) as store:
        assert store.count("person") > 5
        made = backups.make_backup(store, "manual")
    assert salt in json.loads(crypto.kdf_path(here).read_text())["checks"]
    assert json.loads(crypto.kdf_copy_path(here).read_text()) == json.loads(crypto.kdf_path(here).read_text())
    latest = backups.latest_good(here)
    assert latest is not None and latest[0].path == made.path  # a backup of it is offered
    crypto.unlock(here, A).wipe()  # now as any database encrypted here
    # encrypted elsewhere with another passphrase: with this folder's it does not decrypt, and
    # cannot be told from a damaged one (moved aside, never deleted); with its own it opens
    shutil.copyfile(other / "ncdesk.sqlite3", db)
    with pytest.raises(DatabaseDamagedError, match="another passphrase") as info:
        Store.open(here, passphrase=A, load_reference=False)
    assert info.value.moved_to is not None and info.value.backup == made.path
    shutil.copyfile(info.value.moved_to, db)
    with Store.open(here, passphrase=B, load_reference=False) as store:
        assert store.count("person") > 5


# --- 7. the command line -----------------------------------------------------------------------


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line uses the default Argon2id cost; make it the cheapest for these tests
    (`encrypt` may have bound the default at definition time)."""
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", FAST)
    defaults = encryption.encrypt.__kwdefaults__ or {}
    if isinstance(defaults.get("params"), KdfParams):
        monkeypatch.setitem(defaults, "params", FAST)


def _secret_file(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return str(path)


def test_the_command_line(
    capsys: pytest.CaptureFixture[str],
    initialised: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cheap_argon2: None,
) -> None:
    folder, db = initialised, initialised / "ncdesk.sqlite3"
    first, second = _secret_file(tmp_path, "first", A), _secret_file(tmp_path, "second", B)
    wrong = _secret_file(tmp_path, "wrong", "not the passphrase")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to ask
    monkeypatch.delenv("NCDESK_PASSPHRASE_FILE", raising=False)
    assert run(capsys, "backup")[0] == 0

    code, out, err = run(capsys, "encrypt", "--new-passphrase-file", first)
    assert code == 0 and "Encrypted" in out and "1 backup(s)" in out, (out, err)
    assert crypto.is_encrypted(folder) and json.loads(crypto.kdf_path(folder).read_text())["time_cost"] == 1
    assert all(crypto.looks_encrypted(b.path) for b in backups.list_backups(folder))

    before = _digests(folder)
    code, out, err = run(capsys, "search", "Putin")
    assert code == 1 and out == "", (out, err)
    assert err.count("\n") == 1 and "encrypted" in err and "--passphrase-file" in err, err
    code, out, err = run(capsys, "search", "Putin", "--passphrase-file", wrong)
    assert code == 1 and err.startswith("ncdesk search: The passphrase is wrong") and err.count("\n") == 1, err
    code, _, err = run(capsys, "backups")
    assert code == 1 and "encrypted" in err
    assert _digests(folder) == before, "a refused command changed a file"

    code, out, _ = run(capsys, "search", "Putin", "--passphrase-file", first)
    assert code == 0 and "Putin" in out
    monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", first)
    code, out, _ = run(capsys, "backup")
    assert code == 0 and "checked: ok" in out
    code, out, _ = run(capsys, "backups")
    assert code == 0 and "2 backup(s)" in out and "NOT USABLE" not in out, out
    oldest = backups.list_backups(folder)[-1]
    code, out, err = run(capsys, "restore", oldest.name)
    assert code == 0 and f"Restored {oldest.name}" in out, (out, err)

    monkeypatch.delenv("NCDESK_PASSPHRASE_FILE")
    code, out, err = run(capsys, "passwd", "--passphrase-file", first, "--new-passphrase-file", second)
    assert code == 0 and "Changed the passphrase" in out, (out, err)
    assert run(capsys, "search", "Putin", "--passphrase-file", first)[0] == 1
    assert run(capsys, "search", "Putin", "--passphrase-file", second)[0] == 0
    code, out, _ = run(capsys, "backups", "--passphrase-file", second)
    assert code == 0 and "3 backup(s)" in out and "NOT USABLE" not in out, out

    code, _, err = run(capsys, "decrypt", "--passphrase-file", second)
    assert code == 2 and "--yes" in err and crypto.is_encrypted(folder)
    code, out, err = run(capsys, "decrypt", "--passphrase-file", second, "--yes")
    assert code == 0 and "Removed the encryption" in out, (out, err)
    assert not crypto.looks_encrypted(db) and not crypto.kdf_path(folder).exists()
    assert not any(crypto.looks_encrypted(b.path) for b in backups.list_backups(folder))
    code, out, _ = run(capsys, "search", "Putin")
    assert code == 0 and "Putin" in out
