"""Encrypt a data folder, change its passphrase, remove its encryption: every step undoable by a crash.

The database is converted by writing a complete, verified copy beside it (`sqlcipher_export`)
and renaming the copy over it: a kill at any moment leaves the old file or the new one, each
openable with its own passphrase (or none). The key-derivation file learns the new key's
check value before the rename and forgets the old one after it.

Backups and stored attachments follow the database: they are converted before the database
when encryption is removed and after it otherwise, and whatever a crash left behind is
converted the next time the store is opened (`finish`). Attachments are encrypted with
AES-256-GCM under a random file key kept inside the encrypted database (so a passphrase
change does not touch them).

No plaintext is left behind (SECURITY.md): the damaged copies in `damaged/` are encrypted too
(a complete, checked copy named `….encrypted` is put in place of the plain one, so a crash leaves
one whole copy or the other), the unfinished files of a killed or failed backup or conversion are
removed, and a plain copy that cannot be read (damaged beyond reading) is listed in the report:
it is removed only when the user agrees (`remove_plain`), since it may hold records no backup has.
"""

from __future__ import annotations

import os
import secrets
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ncdesk import paths
from ncdesk.core.text import Message, Typed
from ncdesk.store.file import crypto, engine
from ncdesk.store.file.backups import list_backups
from ncdesk.store.file.conversion import ATTACHMENT_KEY, attachment_key, export_copy
from ncdesk.store.file.crypto import KdfParams, Key
from ncdesk.store.file.db import open_database, write_meta
from ncdesk.store.file.errors import DatabaseCorruptError, EncryptionError

if TYPE_CHECKING:
    from ncdesk.store.file.opened import OpenStore

_MAGIC = b"NCDESK-AES256GCM-1\n"
Progress = Callable[[str], None]


# What converting a damaged copy or a failing backup raises: it is left as it is (and, if plain, listed).
_UNREADABLE: tuple[type[Exception], ...] = (*engine.Error, EncryptionError)


@dataclass
class Report:
    backups: int = 0
    attachments: int = 0
    skipped: tuple[str, ...] = ()  # backups under an earlier passphrase (left as they are)
    damaged: int = 0  # damaged copies converted
    leftovers: int = 0  # unfinished files of a killed or failed backup or conversion, removed
    unreadable: tuple[Path, ...] = ()  # plain copies that could not be converted: see `remove_plain`
    removed: int = 0  # unreadable plain copies removed with the user's agreement

    def summary(self, *, database: bool = True) -> list[Message]:
        """What was done to each kind of file, one sentence each: after `encrypt`, or after `finish`
        (*database* False: the database was encrypted already)."""
        counts = (self.backups, self.damaged, self.attachments)
        lines = [
            Message("Encrypted the database, %1 backup(s), %2 damaged copy(ies) and %3 attachment(s).", *counts)
            if database
            else Message("Encrypted %1 backup(s), %2 damaged copy(ies) and %3 attachment(s) left in clear.", *counts)
        ]
        if self.leftovers:
            lines.append(Message("Removed %1 unfinished backup or conversion file(s).", self.leftovers))
        if self.removed:
            lines.append(Message("Removed %1 unreadable plain copy(ies) with your agreement.", self.removed))
        if self.unreadable:
            lines.append(
                Message(
                    "%1 plain copy(ies) could not be read to be encrypted and stay readable by anyone who has "
                    "this computer's files: %2.",
                    len(self.unreadable),
                    Typed(", ".join(str(p) for p in self.unreadable)),
                )
            )
        return lines


def _noop(_message: str) -> None:
    pass


# --- copies -----------------------------------------------------------------------------------


def _swap(store: OpenStore, new_file: Path, key: Key | None) -> None:
    """Put *new_file* in place of the store's database and reopen the store on it."""
    db_path = store.path
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            if suffix == "-wal" and side.stat().st_size > 0:
                store.db = open_database(db_path, migrate=False, check=False, key=store.key)
                raise EncryptionError(
                    Message("The database is still in use by another connection; close it and try again.")
                )
            side.unlink()
    new_file.replace(db_path)
    crypto._fsync_dir(db_path.parent)
    store.db = open_database(db_path, migrate=False, check=False, key=key)
    store.forget_schema()
    if store.key is not None and store.key is not key:
        crypto.forget(store.folder)
    store.key = key
    if key is not None:
        crypto.remember(store.folder, key)


def _convert_file(
    path: Path, old: Key | None, new: Key | None, file_key: bytes | None = None, *, target: Path | None = None
) -> None:
    """Re-encrypt (or decrypt, or encrypt) one database file, atomically: in place, or to
    *target*. The copy carries *file_key* (the attachments' key) when encrypted, and no key
    when plain, so a backup restored later opens the attachments of its time and place."""
    src = engine.connect(path, opening=engine.Opening.READ, key=old.sqlcipher if old else None)
    part = path.with_name(path.name + ".converting")
    try:
        export_copy(src, part, new)
        _set_attachment_key(part, new, file_key if new is not None else None)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    part.replace(target or path)


def _set_attachment_key(path: Path, key: Key | None, file_key: bytes | None) -> None:
    conn = engine.connect(path, opening=engine.Opening.WRITE, key=key.sqlcipher if key else None)
    try:
        has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
        if not has_meta:
            return
        if file_key is None:
            conn.execute("DELETE FROM meta WHERE key = ?", [ATTACHMENT_KEY])
        else:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [ATTACHMENT_KEY, file_key.hex()])
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def _state(path: Path, key: Key | None) -> str:
    """plain, current (encrypted with *key*'s salt) or other (encrypted with another key)."""
    if not crypto.looks_encrypted(path):
        return "plain"
    if key is not None and crypto.file_salt(path) == key.salt:
        return "current"
    return "other"


def _backup_files(folder: Path) -> list[Path]:
    return [b.path for b in list_backups(folder)]


def _convert_backups(
    folder: Path,
    old: Key | None,
    new: Key | None,
    progress: Progress,
    file_key: bytes | None = None,
    *,
    staged: bool = False,
) -> tuple[int, list[str]]:
    """Bring every backup to *new* (None: plain). With *staged*, each converted copy is left
    beside its backup as `….rekeyed`, to be put in place by `_place_staged` once the database
    itself is under the new key (a passphrase change: never some backups under each)."""
    done, skipped = 0, []
    files = _backup_files(folder)
    for n, path in enumerate(files, 1):
        state = _state(path, new)
        if (new is None and state == "plain") or (new is not None and state == "current"):
            continue
        source_key = None if state == "plain" else old
        if state == "other" and (old is None or crypto.file_salt(path) != old.salt):
            skipped.append(path.name)  # encrypted with a passphrase older than the current one
            continue
        progress(Message("Converting backup %1 of %2…", n, len(files)))
        try:
            _convert_file(path, source_key, new, file_key, target=_staged(path) if staged else None)
            done += 1
        except _UNREADABLE:
            skipped.append(path.name)  # damaged, or fails its check: left as it is (see plain_copies)
    return done, skipped


def _staged(path: Path) -> Path:
    return path.with_name(path.name + ".rekeyed")


def _place_staged(folder: Path, key: Key | None) -> int:
    """Put the staged copies made under *key* over their backups; drop any other."""
    placed = 0
    for side in sorted(paths.backups_dir(folder).glob("*.sqlite3.rekeyed")):
        original = side.with_name(side.name.removesuffix(".rekeyed"))
        if key is not None and original.exists() and crypto.file_salt(side) == key.salt:
            side.replace(original)
            placed += 1
        else:
            side.unlink(missing_ok=True)
    if placed:
        crypto._fsync_dir(paths.backups_dir(folder))
    return placed


# --- damaged copies, leftovers, plain copies ----------------------------------------------------

_SIDES = ("-wal", "-shm", "-journal")
_READY = ".encrypted"  # a damaged copy's converted copy, complete and checked, waiting to be put in place


def _damaged_dir(folder: Path) -> Path:
    from ncdesk.store.file.recovery import damaged_dir

    return damaged_dir(folder)


def _unlink_with_sides(path: Path) -> int:
    """Remove *path* and its -wal, -shm, -journal; the number of files removed."""
    removed = 0
    for suffix in ("", *_SIDES):
        try:
            path.with_name(path.name + suffix).unlink()
            removed += 1
        except FileNotFoundError:
            continue
    return removed


def _remove_leftovers(folder: Path) -> int:
    """Remove the unfinished files a killed or failed backup, conversion or attachment copy left
    (each is renamed over its original only when complete, so none is ever needed): a plain
    one would otherwise keep records in clear in an encrypted folder. The number removed."""
    removed = 0
    backups_dir, damaged = paths.backups_dir(folder), _damaged_dir(folder)
    db = paths.database_path(folder)
    parts = [db.with_name(f"{db.name}.{x}") for x in ("encrypting", "rekeying", "decrypting", "restoring")]
    for where in (backups_dir, damaged):
        if where.is_dir():
            for pattern in ("*.part", "*.part-*", "*.sqlite3.converting", "*.sqlite3.converting-*", ".restoring-*"):
                for found in where.glob(pattern):
                    main = found.name
                    for suffix in _SIDES:
                        main = main.removesuffix(suffix)
                    parts.append(found.with_name(main))
    for part in dict.fromkeys(parts):
        removed += _unlink_with_sides(part)
    for where in (folder, backups_dir):
        for stale in where.glob(f".{crypto.KDF_FILENAME}.*.part"):  # a killed write of encryption.json
            stale.unlink(missing_ok=True)
    attachments = paths.attachments_dir(folder)
    if attachments.is_dir():
        for stale in attachments.glob(".attach.*"):  # a killed copy of an attached file
            stale.unlink(missing_ok=True)
            removed += 1
    return removed


def _holds_plaintext(path: Path) -> bool:
    """Could *path* be read without a key? Plain SQLite, or a file whose bytes compress (a
    damaged plain database whose first page was lost still holds its text): an encrypted file
    is indistinguishable from random bytes. An empty file holds nothing."""
    try:
        size = path.stat().st_size
        if size == 0:
            return False
        if not crypto.looks_encrypted(path):
            return True
        with path.open("rb") as fh:
            chunks = []
            for n in range(16):  # a sample spread over the file (the whole of a small one)
                fh.seek(size * n // 16 if size > 16 * 4096 else n * 4096)
                chunks.append(fh.read(4096))
    except OSError:
        return False
    sample = b"".join(chunks)
    return len(zlib.compress(sample, 1)) < 0.9 * len(sample)


def plain_copies(folder: Path) -> list[Path]:
    """The database copies in *folder*'s backups and damaged copies that anyone can read
    (in an encrypted folder, those `finish` could not convert). Their -wal and -shm go with them."""
    found = []
    for where in (paths.backups_dir(folder), _damaged_dir(folder)):
        if not where.is_dir():
            continue
        for path in sorted(where.iterdir()):
            if not path.is_file() or path.suffix == ".json" or path.name.endswith("-shm"):
                continue  # the key-derivation file's copy, recovery.json; a -shm holds no records
            if path.name.endswith(("-wal", "-journal")):
                main = path.with_name(path.name.removesuffix("-wal").removesuffix("-journal"))
                if main.exists() and _holds_plaintext(main):
                    continue  # listed with its database
            if _holds_plaintext(path):
                found.append(path)
    return found


def remove_plain(store: OpenStore, files: tuple[Path, ...] | list[Path]) -> int:
    """Remove the plain copies the user agreed to remove (from `Report.unreadable`), each with its
    -wal, -shm and -journal; a file that is no longer plain, or not a copy in this folder, is left."""
    allowed = {paths.backups_dir(store.folder).resolve(), _damaged_dir(store.folder).resolve()}
    removed = 0
    for path in files:
        if path.parent.resolve() not in allowed or not _holds_plaintext(path):
            continue
        _unlink_with_sides(path)
        removed += 1
    if removed:
        for where in allowed:
            if where.is_dir():
                crypto._fsync_dir(where)
    return removed


def _put_in_place(ready: Path) -> None:
    """The last step of a damaged copy's conversion (again by `finish` after a crash): the plain
    copy's -wal and -shm are removed (their records are in *ready*), then *ready* replaces it."""
    original = ready.with_name(ready.name.removesuffix(_READY))
    for suffix in _SIDES:
        original.with_name(original.name + suffix).unlink(missing_ok=True)
    ready.replace(original)
    crypto._fsync_dir(original.parent)


def _convert_damaged(folder: Path, key: Key, file_key: bytes | None, progress: Progress) -> int:
    """Encrypt the plain damaged copies that can still be read (with their -wal): a checked copy
    holding every row that can be read, carrying the attachments' key as a backup does. Those that
    cannot be read are left for `plain_copies`. The number converted."""
    where = _damaged_dir(folder)
    if not where.is_dir():
        return 0
    for ready in sorted(where.glob("*.sqlite3" + _READY)):  # a conversion a crash interrupted at its end
        if crypto.looks_encrypted(ready) and crypto.file_salt(ready) == key.salt:
            _put_in_place(ready)
    files = [p for p in sorted(where.glob("*.sqlite3")) if _holds_plaintext(p) and not crypto.looks_encrypted(p)]
    done = 0
    for n, path in enumerate(files, 1):
        progress(Message("Converting damaged copy %1 of %2…", n, len(files)))
        part = path.with_name(path.name + ".converting")
        try:
            src = engine.connect(path, opening=engine.Opening.READ)
            try:
                export_copy(src, part, key)
            finally:
                src.close()
            _set_attachment_key(part, key, file_key)
        except _UNREADABLE:
            _unlink_with_sides(part)
            continue  # cannot be read: listed by plain_copies, removed only if the user agrees
        except BaseException:
            _unlink_with_sides(part)
            raise
        ready = path.with_name(path.name + _READY)
        part.replace(ready)
        _put_in_place(ready)
        done += 1
    return done


# --- attachments ------------------------------------------------------------------------------


def _ensure_attachment_key(store: OpenStore) -> bytes:
    existing = attachment_key(store)
    if existing is not None:
        return existing
    value = secrets.token_bytes(32)
    write_meta(store.db, ATTACHMENT_KEY, value.hex())
    return value


def is_sealed(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(_MAGIC)) == _MAGIC


def seal(data: bytes, file_key: bytes, name: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return _MAGIC + nonce + AESGCM(file_key).encrypt(nonce, data, name.encode("utf-8"))


def unseal(blob: bytes, file_key: bytes | None, name: str) -> bytes:
    """The content of a stored attachment file (decrypted if it was encrypted)."""
    if not blob.startswith(_MAGIC):
        return blob
    if file_key is None:
        raise EncryptionError(Message("The attachment %1 is encrypted; unlock the database first.", Typed(name)))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = blob[len(_MAGIC) :]
    try:
        return AESGCM(file_key).decrypt(body[:12], body[12:], name.encode("utf-8"))
    except InvalidTag as exc:
        raise DatabaseCorruptError(
            Message("The stored attachment %1 is damaged: it does not decrypt.", Typed(name))
        ) from exc


def _write_atomic(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".converting")
    paths.create_private_file(part)
    with part.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    part.replace(path)


def _convert_attachments(store: OpenStore, file_key: bytes | None, progress: Progress) -> int:
    """Encrypt (file_key given) or decrypt (None) every stored attachment that is not yet so."""
    folder = paths.attachments_dir(store.folder)
    if not folder.is_dir():
        return 0
    old_key = attachment_key(store)
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    done = 0
    for n, path in enumerate(files, 1):
        if path.name.endswith(".converting"):
            path.unlink(missing_ok=True)
            continue
        sealed = is_sealed(path)
        if sealed == (file_key is not None):
            continue
        progress(Message("Converting attachment %1 of %2…", n, len(files)))
        data = path.read_bytes()
        plain = unseal(data, old_key, path.name)
        _write_atomic(path, seal(plain, file_key, path.name) if file_key else plain)
        done += 1
    return done


# --- the three operations ---------------------------------------------------------------------


def encrypt(
    store: OpenStore, passphrase: str, *, params: KdfParams | None = None, progress: Progress = _noop
) -> Report:
    """Encrypt the store's database, its backups and attachments with a key from *passphrase*."""
    store.require_writable()
    if store.key is not None:
        raise EncryptionError(Message("The database is already encrypted."), Message("Use Change passphrase instead."))
    crypto.check_passphrase(passphrase)
    progress(Message("Deriving the key…"))
    params = params or crypto.DEFAULT_PARAMS  # read now: tests make it cheap
    key = crypto.new_key(passphrase, params)
    part = store.path.with_name(store.path.name + ".encrypting")
    progress(Message("Encrypting the database…"))
    try:
        export_copy(store.db.conn, part, key)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    crypto.add_check(store.folder, key, params)
    _swap(store, part, key)
    return finish(store, progress)


def change_passphrase(
    store: OpenStore, new_passphrase: str, *, params: KdfParams | None = None, progress: Progress = _noop
) -> Report:
    """Re-encrypt the database (and its backups) with a key from *new_passphrase*."""
    store.require_writable()
    if store.key is None:
        raise EncryptionError(Message("The database is not encrypted."), Message("Use Encrypt this database instead."))
    crypto.check_passphrase(new_passphrase)
    kdf = crypto.require_kdf(store.folder)
    params = params or kdf.params
    progress(Message("Deriving the key…"))
    old = store.key
    key = crypto.new_key(new_passphrase, params)
    file_key = attachment_key(store)
    # The backups first, each to a copy beside it; they are put in place only once the
    # database is under the new key (by `finish` if a crash comes between), so no backup
    # stays readable with the old passphrase.
    _place_staged(store.folder, None)
    try:
        done, skipped = _convert_backups(store.folder, old, key, progress, file_key, staged=True)
        part = store.path.with_name(store.path.name + ".rekeying")
        progress(Message("Re-encrypting the database…"))
        export_copy(store.db.conn, part, key)
    except BaseException:
        store.path.with_name(store.path.name + ".rekeying").unlink(missing_ok=True)
        _place_staged(store.folder, None)
        raise
    crypto.add_check(store.folder, key, params)
    _swap(store, part, key)
    _place_staged(store.folder, key)
    _prune_checks(store.folder, key)
    return Report(done, 0, tuple(skipped), unreadable=tuple(plain_copies(store.folder)))


def decrypt(store: OpenStore, *, progress: Progress = _noop) -> Report:
    """Remove the encryption: attachments, backups, then the database are written in clear."""
    store.require_writable()
    if store.key is None:
        raise EncryptionError(Message("The database is not encrypted."))
    key = store.key
    attachments = _convert_attachments(store, None, progress)
    done, skipped = _convert_backups(store.folder, key, None, progress)
    if skipped:
        raise EncryptionError(
            Message("%1 backup(s) could not be decrypted (%2).", len(skipped), Typed(", ".join(skipped[:3]))),
            Message(
                "Delete them (Restore a backup… shows them) or restore them first; the database is still encrypted."
            ),
        )
    with store.db.atomic():
        store.db.execute("DELETE FROM meta WHERE key = ?", [ATTACHMENT_KEY])
    part = store.path.with_name(store.path.name + ".decrypting")
    progress(Message("Decrypting the database…"))
    try:
        export_copy(store.db.conn, part, None)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    _swap(store, part, None)
    crypto.remove_kdf(store.folder)
    return Report(done, attachments, ())


def finish(store: OpenStore, progress: Progress = _noop) -> Report:
    """Bring backups, damaged copies and attachments in line with the database (after a
    conversion, or a crash in one), and remove what a killed conversion or backup left."""
    leftovers = _remove_leftovers(store.folder)
    _place_staged(store.folder, store.key)
    if store.key is None:
        if crypto.kdf_path(store.folder).exists() and not any(
            crypto.looks_encrypted(p) for p in _backup_files(store.folder)
        ):
            crypto.remove_kdf(store.folder)  # a decryption finished but for this file
        return Report(leftovers=leftovers)
    file_key = _ensure_attachment_key(store)
    attachments = _convert_attachments(store, file_key, progress)
    done, skipped = _convert_backups(store.folder, None, store.key, progress, file_key)
    damaged = _convert_damaged(store.folder, store.key, file_key, progress)
    if crypto.kdf_path(store.folder).exists():
        _prune_checks(store.folder, store.key)
    unreadable = tuple(plain_copies(store.folder))
    skipped = [name for name in skipped if name not in {p.name for p in unreadable}]
    return Report(done, attachments, tuple(skipped), damaged, leftovers, unreadable)


def _prune_checks(folder: Path, key: Key) -> None:
    """Forget check values no file uses any more."""
    kdf = crypto.read_kdf(folder)
    if kdf is None:
        return
    used = {key.salt.hex()} | {crypto.file_salt(p).hex() for p in _backup_files(folder) if crypto.looks_encrypted(p)}
    kept = {salt: value for salt, value in kdf.checks.items() if salt in used}
    if kept != kdf.checks:
        crypto.write_kdf(folder, crypto.KdfFile(kdf.params, kept))
