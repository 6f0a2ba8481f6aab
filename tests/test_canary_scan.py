"""The canary scan of the encrypted mode (tests/encrypted_mode.py) can fail: it finds a planted
string in a plain data folder (database or -wal, backups, attachments, a UTF-16 log line, a
file deleted while the session watches), and finds nothing once the folder is encrypted.
Runs in both modes, with a canary of its own (the session's is never written in clear)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest

from ncdesk.store.file import backups, crypto
from ncdesk.store.file.db import write_meta
from ncdesk.store.records.attachments import attach
from ncdesk.store.records.editing import save
from tests import encrypted_mode as enc

pytestmark = pytest.mark.manages_encryption  # plain on purpose, then encrypted by hand


@pytest.fixture
def canary() -> str:
    return "NCDESK-CANARY-" + secrets.token_hex(10)


def _plain_folder(folder: Path, reference_db: Path, canary: str, outside: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "ncdesk.sqlite3").write_bytes(reference_db.read_bytes())
    store = enc.open_plain(folder, load_reference=False)
    try:
        write_meta(store.db, enc.CANARY_KEY, canary)
        pid = save(store, "person", {"name": f"Person {canary}", "notes": canary})
        memo = outside / "memo.txt"
        memo.write_text(f"memo {canary}\n", encoding="utf-8")
        attach(store, "person", pid, memo)
        backups.make_backup(store, "manual")
    finally:
        store.close()
    return folder


def test_the_scan_finds_the_canary_in_a_plain_folder(tmp_path: Path, reference_db: Path, canary: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = _plain_folder(tmp_path / "data", reference_db, canary, outside)
    (folder / "log.txt").write_bytes(f"a log line: {canary}".encode("utf-16-le"))
    (folder / "upper.txt").write_text(canary.upper(), encoding="utf-8")
    assert enc.data_folders(tmp_path) == [folder]
    result = enc.scan([folder], [], enc.needles(canary))
    hit_names = {Path(h.split(" (holds")[0]).name for h in result.hits}
    assert "log.txt" in hit_names and "upper.txt" in hit_names
    assert {"ncdesk.sqlite3", "ncdesk.sqlite3-wal"} & hit_names, result.hits
    assert any("/backups/" in h for h in result.hits), result.hits
    assert any("/attachments/" in h for h in result.hits), result.hits
    assert result.folders == 1 and result.databases >= 2
    # not the session's canary, nor something else
    assert enc.scan([folder], [], enc.needles("NCDESK-CANARY-" + secrets.token_hex(10))).hits == []
    # the structural check names the plain database, backup and attachment
    assert len(enc.plain_files(folder)) >= 3


def test_the_scan_finds_nothing_once_the_folder_is_encrypted(tmp_path: Path, reference_db: Path, canary: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = _plain_folder(tmp_path / "data", reference_db, canary, outside)
    store = enc.open_plain(folder, load_reference=False)
    try:
        enc.encrypt_and_plant(store)  # encrypts, then plants the session's canary
    finally:
        store.close()
    assert crypto.is_encrypted(folder)
    assert enc.scan([folder], [], enc.needles(canary)).hits == []
    assert enc.scan([folder], [], enc.needles(enc.CANARY)).hits == []
    assert enc.plain_files(folder) == []
    assert enc.canary_inside(folder) is True  # there, encrypted
    assert enc.file_hit(outside / "memo.txt", enc.needles(canary)) is not None  # the user's own file: in clear


def test_a_file_deleted_in_a_watched_folder_is_scanned_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not enc.ENABLED:  # the hook is installed in the encrypted mode only: call it as Python would
        monkeypatch.setattr(enc.SESSION, "basetemp", tmp_path.resolve())
    monkeypatch.setattr(enc.SESSION, "auto", True)  # as in a test whose folders the encrypted mode encrypts
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "ncdesk.lock").write_text("{}")  # a data folder
    leaked = folder / "leaked.tmp"
    leaked.write_text(f"plaintext {enc.CANARY}", encoding="utf-8")
    (tmp_path / "export.txt").write_text(f"an export, outside the data folder: {enc.CANARY}", encoding="utf-8")
    before = len(enc.SESSION.deleted_hits)
    try:
        if not enc.ENABLED:
            enc._audit("os.remove", (str(leaked), None))
            enc._audit("os.remove", (str(tmp_path / "export.txt"), None))
        leaked.unlink()
        (tmp_path / "export.txt").unlink()  # exempt
        caught = enc.SESSION.deleted_hits[before:]
    finally:
        del enc.SESSION.deleted_hits[before:]  # planted on purpose: not a failure of the session
    assert len(caught) == 1 and "leaked.tmp" in caught[0], caught


def test_the_reference_text_is_looked_for_in_what_was_written_since_the_encryption(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    kdf = folder / "encryption.json"
    kdf.write_text("{}", encoding="utf-8")
    text = enc.REFERENCE_TEXTS[0]
    before, after = folder / "before.tmp", folder / "after.tmp"
    for path in (before, after):
        path.write_text(f"a dump: {text}", encoding="utf-8")
    stamp = kdf.stat().st_mtime_ns
    os.utime(before, ns=(stamp - 10**9, stamp - 10**9))  # a plain database's file, from before
    os.utime(after, ns=(stamp + 10**9, stamp + 10**9))
    result = enc.scan([folder], [], enc.encrypted_needles)
    assert [Path(h.split(" (holds")[0]).name for h in result.hits] == ["after.tmp"], result.hits
    # the canary is looked for in both
    before.write_text(f"a dump: {enc.CANARY}", encoding="utf-8")
    try:
        os.utime(before, ns=(stamp - 10**9, stamp - 10**9))
        assert len(enc.scan([folder], [], enc.encrypted_needles).hits) == 2
    finally:
        before.unlink()  # planted on purpose: not for the session's final scan to find
