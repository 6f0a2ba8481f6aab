"""A data folder's database file before a store is open on it: whether the folder is (or was)
encrypted and which key opens its file, a new start refused or keyed with the folder's
passphrase, a backup put in place of a file moved aside, and the last change the lock
remembers, which tells a file that went back in time. `Store.open` (store/store.py) takes
these steps in order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ncdesk import paths
from ncdesk.core.text import Message, Typed, said
from ncdesk.store.file import backups, crypto, engine, recovery
from ncdesk.store.file.errors import RecoveryPendingError, StoreError
from ncdesk.store.file.lock import InstanceLock


def folder_encrypted(folder: Path) -> bool:
    """Is *folder* an encrypted data folder (its database, or what comes next, must be encrypted)?
    Its key-derivation file (or the copy in backups/) says so, whatever became of the database."""
    return crypto.kdf_path(folder).exists() or crypto.kdf_copy_path(folder).exists() or crypto.is_encrypted(folder)


def refuse_new_start(folder: Path) -> None:
    """RecoveryPendingError if a missing database may not be replaced by a new one here: its
    move-aside waits for the user's choice, or the folder is encrypted (a new database would be plain)."""
    if paths.database_path(folder).exists():
        return
    pending = recovery.pending(folder)
    encrypted = folder_encrypted(folder) or (pending is not None and pending.encrypted)
    if pending is not None or encrypted:
        raise RecoveryPendingError(folder, pending, encrypted)


def needs_passphrase_to_start_anew(folder: Path) -> bool:
    """Does a new database in *folder* (`Store.open(new=True)`) need the folder's passphrase?
    Its database is missing and the folder is (or was, when its database was moved aside) encrypted."""
    if paths.database_path(folder).exists():
        return False
    pending = recovery.pending(folder)
    return folder_encrypted(folder) or (pending is not None and pending.encrypted)


def restore_in_place(folder: Path, backup: Path, key: crypto.Key | None = None, *, replace: bool = False) -> None:
    """Put *backup* in place as the database of *folder*, which has none (it was moved aside),
    holding the folder's lock; the recovery is then cleared (the user chose), and the last change
    the lock remembers is forgotten (the restored file legitimately goes back in time).

    With *replace*, the present database (already backed up by the caller) is replaced: for a
    backup encrypted with another salt of the folder's passphrase (one from before `init --new`),
    which the page-by-page restore of an open store cannot read with its key."""
    paths.ensure_data_dir(folder)
    lock = InstanceLock(folder, "a command").acquire()
    try:
        db = paths.database_path(folder)
        aside = db.with_name(db.name + ".replaced")
        if replace and db.exists():
            for suffix in ("-wal", "-shm"):  # a cleanly closed database has none that matter
                db.with_name(db.name + suffix).unlink(missing_ok=True)
            db.replace(aside)
        lock.forget_last_change()  # before the file goes back in time (a kill may come at any moment)
        try:
            backups.restore_file(folder, backup, key)
        except BaseException:
            if aside.exists() and not db.exists():
                aside.replace(db)
            raise
        aside.unlink(missing_ok=True)
        recovery.clear(folder)
    finally:
        lock.release()


def check_folder_passphrase(folder: Path, passphrase: str) -> crypto.KdfFile:
    """Is *passphrase* the encrypted *folder*'s (it gives one of the check values recorded there),
    whatever became of its database? WrongPassphraseError if not; its key-derivation file if so."""
    kdf = crypto.require_kdf(folder)
    if kdf.checks:
        if not crypto._one_of_this_folders(passphrase, kdf):
            raise crypto.WrongPassphraseError(Message("The passphrase is wrong."))
    else:
        try:
            crypto.check_passphrase(passphrase)
        except crypto.WeakPassphraseError as exc:
            raise StoreError(said(exc)) from exc
    return kdf


def new_start_key(folder: Path, passphrase: str | None) -> crypto.Key | None:
    """The key of a new database started explicitly in *folder* (`Store.open(new=True)`): None in
    a plain folder; in an encrypted one a new key (a new salt) from the folder's passphrase, its
    check value recorded first, so that the folder never goes plain."""
    pending = recovery.pending(folder)
    if not folder_encrypted(folder) and not (pending is not None and pending.encrypted):
        return None
    if passphrase is None:
        raise crypto.PassphraseRequiredError(
            Message(
                "The data folder %1 is encrypted: a new database there is encrypted with its passphrase.",
                Typed(folder),
            )
        )
    kdf = check_folder_passphrase(folder, passphrase)
    new = crypto.new_key(passphrase, kdf.params)
    crypto.add_check(folder, new, kdf.params)
    return new


def opening_key(folder: Path, key: crypto.Key | None, passphrase: str | None) -> crypto.Key | None:
    """The key to open *folder*'s database with: None if it is not encrypted. DatabaseCorruptError
    when the passphrase is this folder's and the file does not decrypt with it (see `crypto.unlock`)."""
    if not crypto.looks_encrypted(paths.database_path(folder)):
        return None
    if not crypto.is_encrypted(folder):
        return None  # not an SQLite file and never encrypted here: damaged (the open says so)
    crypto.require_kdf(folder)
    if key is not None:
        return key
    if passphrase is not None:
        return crypto.unlock(folder, passphrase)
    remembered = crypto.key_for(folder)
    if remembered is not None and remembered.salt == crypto.file_salt(paths.database_path(folder)):
        return remembered
    raise crypto.PassphraseRequiredError(f"The database in {folder} is encrypted.")


def last_change(db: Database) -> dict[str, Any]:
    """The database's last committed change: the number of the newest row of `change_log`, its
    batch, and the batch of the first row (which tells this database and its backups from another)."""
    try:
        last = db.execute("SELECT seq, batch_id FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
        first = db.execute("SELECT batch_id FROM change_log ORDER BY seq LIMIT 1").fetchone()
    except engine.OperationalError:  # no history table (not an ncdesk database yet)
        return {"seq": 0, "batch": None, "origin": None}
    return {
        "seq": int(last[0]) if last else 0,
        "batch": last[1] if last else None,
        "origin": first[0] if first else None,
    }


def lost_changes(recorded: dict[str, Any] | None, current: dict[str, Any]) -> bool:
    """Is the database (*current*) behind the last change recorded for it? Another database
    (another first batch) or one ahead is fine."""
    if recorded is None:
        return False
    origin = recorded.get("origin")
    if origin and current["origin"] and origin != current["origin"]:
        return False
    seq = recorded.get("seq")
    return isinstance(seq, int) and seq > current["seq"]
