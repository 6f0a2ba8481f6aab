"""Backups: made with SQLite's backup API, checked, renamed into place, thinned to about a year.

Automatic backups (`auto`) are made when something changed: on closing the window, every
so often while it is open, and after a command that wrote. They are thinned to the three
newest, and the newest of each of the last 12 days, then of each of 10 weeks, then of each
of 9 months. Backups the
user asks for (`manual`) are kept until the user deletes them; the copies made before a
migration or a restore (`before-…`) are kept five of each.

Restoring copies a checked backup into the open database (SQLite's backup API again: one
transaction, so a crash leaves the database as it was before or after), after backing up
what is there. A backup from an older ncdesk is upgraded; one from a newer one is refused.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk import paths
from ncdesk.core.text import Message, Typed, said
from ncdesk.store import crypto, engine
from ncdesk.store.db import APPLICATION_ID, backup_copy, check_not_newer, upgrade, write_meta
from ncdesk.store.errors import DatabaseCorruptError, DatabaseNewerError, StoreError
from ncdesk.store.migrations import MIGRATIONS

if TYPE_CHECKING:
    from ncdesk.store.store import Store

KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 3, 12, 10, 9
KEEP_BEFORE = 5
_NAME = re.compile(
    r"(?:ncdesk-(?P<stamp>\d{8}T\d{6}Z)-(?P<kind>[a-z]+(?:-[a-z]+)*)(?:-\d+)?"
    r"|before-(?P<what>.+)-(?P<stamp2>\d{8}T\d{6}Z))\.sqlite3"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: dt.datetime  # UTC
    kind: str  # auto, manual, before-restore, before-<migration>
    size: int
    written_ns: int = 0  # orders backups made within the same second

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Verified:
    ok: bool
    message: str
    schema: int = 0
    records: int = 0


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _parse(path: Path) -> BackupInfo | None:
    if path.suffix != ".sqlite3":
        return None
    match = _NAME.fullmatch(path.name)
    try:
        stat = path.stat()
    except OSError:
        return None
    if match is None:
        return None
    stamp = match.group("stamp") or match.group("stamp2")
    kind = match.group("kind") or "before-" + (match.group("what") or "")
    at = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return BackupInfo(path, at, kind, stat.st_size, stat.st_mtime_ns)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in the data folder, newest first."""
    where = paths.backups_dir(folder)
    if not where.is_dir():
        return []
    found = [info for p in where.iterdir() if (info := _parse(p)) is not None]
    return sorted(found, key=_order, reverse=True)


def _order(b: BackupInfo) -> tuple[dt.datetime, int, int]:
    return b.at, _number(b.path), b.written_ns


def _number(path: Path) -> int:
    """Backups made in the same second are numbered -2, -3…; the first has none."""
    match = re.search(r"-(\d+)\.sqlite3$", path.name)
    return int(match.group(1)) if match else 1


def _connect_ro(path: Path, key: crypto.Key | None) -> Any:
    """A read-only connection to a backup: keyed if the file is encrypted."""
    encrypted = crypto.looks_encrypted(path)
    return engine.connect(
        f"file:{path}?mode=ro&immutable=1", uri=True, key=key.sqlcipher if key is not None and encrypted else None
    )


def verify(path: Path, key: crypto.Key | None = None) -> Verified:
    """Is *path* a sound ncdesk database this version can open (with *key* if it is encrypted)?
    Read-only; changes nothing."""
    if crypto.looks_encrypted(path):
        if key is None:
            return Verified(False, Message("is encrypted: unlock the database first"))
        if crypto.file_salt(path) != key.salt:
            return Verified(
                False, Message("was encrypted with another passphrase (an earlier one, or another folder's)")
            )
    try:
        conn = _connect_ro(path, key)
    except engine.Error as exc:
        return Verified(False, Message("cannot be opened: %1", Typed(exc)))
    try:
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) not in (0, APPLICATION_ID):
            return Verified(False, Message("is not an ncdesk database"))
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return Verified(False, Message("is damaged (%1)", Typed(result)))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        try:
            applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
            check_not_newer(version, applied, path)
        except engine.Error:
            return Verified(False, Message("is not an ncdesk database"))
        except DatabaseNewerError as exc:
            return Verified(False, Message("%1 %2", said(exc), exc.what_to_do), version)
        records = 0
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if table in ("travel_alert", "letter", "activity", "finding", "person", "state"):
                records += int(conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
        return Verified(True, "ok", version, records)
    except engine.Error as exc:
        return Verified(False, Message("is damaged (%1)", Typed(exc)))
    except UnicodeDecodeError:
        return Verified(False, Message("is damaged (its schema is unreadable)"))
    finally:
        conn.close()


def _fingerprint(conn: Any) -> tuple[object, ...]:
    """The last change recorded in a database: equal in a backup and its source."""
    try:
        row = conn.execute("SELECT seq, batch_id FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
    except engine.Error:  # no history (a backup from before it existed), or another key
        return ()
    return tuple(row) if row else (0, None)


def needs_backup(store: Store) -> bool:
    """Has anything changed since the newest backup? (Read from the backup itself, so the
    database is not written to keep count, and a restore does not confuse it.)"""
    newest = next(iter(list_backups(store.folder)), None)
    if newest is None:
        return True
    if crypto.looks_encrypted(newest.path) != (store.key is not None):
        return True  # encrypted since (or no longer)
    try:
        conn = _connect_ro(newest.path, store.key)
    except engine.Error:
        return True
    try:
        return _fingerprint(conn) != _fingerprint(store.db.conn)
    finally:
        conn.close()


def make_backup(
    store: Store,
    kind: str = "auto",
    *,
    source: Any = None,
    target: Path | None = None,
) -> BackupInfo:
    """Back up the store now (from *source*, a read connection, when given) and thin the old ones."""
    now = store.clock()
    dest = target or paths.backups_dir(store.folder) / f"ncdesk-{_stamp(now)}-{kind}.sqlite3"
    if target is None and dest.exists():  # two in the same second
        n = 2
        while dest.exists():
            dest = dest.with_name(f"ncdesk-{_stamp(now)}-{kind}-{n}.sqlite3")
            n += 1
    try:
        backup_copy(source or store.db.conn, dest, store.key)
    except engine.Error as exc:
        raise StoreError(
            Message("The backup could not be written (%1).", Typed(exc)),
            Message("Check the disk space; nothing was lost."),
        ) from exc
    except OSError as exc:
        raise StoreError(
            Message("The backup could not be written to %1 (%2).", Typed(dest.parent), Typed(exc.strerror or exc)),
            Message("Free some space or check the folder; the database itself is untouched."),
        ) from exc
    info = _parse(dest) or BackupInfo(dest, now.astimezone(dt.UTC), kind, dest.stat().st_size)
    if target is None:
        thin(store.folder, keep=dest)
    return info


def auto_backup(store: Store, *, min_interval: dt.timedelta = dt.timedelta(0)) -> BackupInfo | None:
    """An automatic backup if something changed and the last one is older than *min_interval*."""
    if not needs_backup(store):
        return None
    newest = next(iter(list_backups(store.folder)), None)
    if newest is not None and min_interval and store.clock() - newest.at < min_interval:
        return None
    return make_backup(store, "auto")


def to_remove(backups: list[BackupInfo]) -> list[BackupInfo]:
    """The backups thinning deletes. Automatic ones: the three newest are kept, and the newest
    of each of the last 12 days with a backup, then, among older ones, the newest of each of
    10 weeks, then of each of 9 months (about a year in all). `before-…` copies: the newest
    five of each kind."""
    autos = sorted((b for b in backups if b.kind == "auto"), key=_order, reverse=True)
    keep: set[Path] = {b.path for b in autos[:KEEP_RECENT]}  # the last few, whatever the day
    levels: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ]
    cutoff: dt.datetime | None = None
    for count, key in levels:
        seen: list[object] = []
        for b in autos:
            if cutoff is not None and b.at >= cutoff:
                continue  # covered by the finer level
            k = key(b.at)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(b.path)
        kept = [b.at for b in autos if b.path in keep]
        cutoff = min(kept) if kept else cutoff
    drop = [b for b in autos if b.path not in keep]
    by_kind: dict[str, list[BackupInfo]] = {}
    for b in backups:
        if b.kind.startswith("before-"):
            by_kind.setdefault(b.kind, []).append(b)
    for group in by_kind.values():
        drop += sorted(group, key=_order, reverse=True)[KEEP_BEFORE:]
    return drop


def thin(folder: Path, keep: Path | None = None) -> list[BackupInfo]:
    """Delete what to_remove() names, never *keep* (the backup just made)."""
    removed = []
    for b in to_remove(list_backups(folder)):
        if b.path == keep:
            continue
        try:
            b.path.unlink()
            removed.append(b)
        except OSError:
            continue  # in use or read-only: try again next time
    return removed


def latest_good(folder: Path, key: crypto.Key | None = None) -> tuple[BackupInfo, Verified] | None:
    """The newest backup that passes its check. Without the key, an encrypted backup whose
    passphrase ncdesk has a record of counts (it is checked when restored)."""
    kdf = None
    for b in list_backups(folder):
        if key is None and crypto.looks_encrypted(b.path):
            try:
                kdf = kdf or crypto.read_kdf(folder)
            except StoreError:
                kdf = None
            if kdf is not None and crypto.file_salt(b.path).hex() in kdf.checks:
                return b, Verified(True, "encrypted (checked when restored)")
            continue
        checked = verify(b.path, key)
        if checked.ok:
            return b, checked
    return None


def restore(store: Store, backup: Path) -> BackupInfo:
    """Replace the open database's content with *backup*; returns the copy made of it before."""
    checked = verify(backup, store.key)
    if not checked.ok:
        raise DatabaseCorruptError(
            Message("The backup %1 %2.", Typed(backup.name), checked.message), Message("Choose another backup.")
        )
    from ncdesk.store.encryption import ATTACHMENT_KEY, attachment_key

    file_key = attachment_key(store)  # the key the attachment files on disk are sealed with
    before = make_backup(store, "before-restore")
    staged: Path | None = None
    if crypto.looks_encrypted(backup) != (store.key is not None):
        # The backup API copies pages as they are: first write the backup in the store's form.
        from ncdesk.store.encryption import export_copy

        staged = paths.backups_dir(store.folder) / f".restoring-{backup.name}"
        plain_src = _connect_ro(backup, store.key)
        try:
            export_copy(plain_src, staged, store.key)
        finally:
            plain_src.close()
        backup = staged
    store.going_back()  # not a lost -wal, even if killed from here on (issue 17 case 9)
    src = _connect_ro(backup, store.key)
    try:
        src.backup(store.db.conn)
    finally:
        src.close()
        if staged is not None:
            staged.unlink(missing_ok=True)
    store.forget_schema()
    upgrade(store.db, MIGRATIONS)
    if file_key is not None:  # the files stay as they are: so does their key
        write_meta(store.db, ATTACHMENT_KEY, file_key.hex())
    store.apply_reference()
    return before


def restore_file(folder: Path, backup: Path, key: crypto.Key | None = None) -> None:
    """Put *backup* in place as the database of *folder*, which has none (it was moved aside).
    An encrypted backup needs its *key* (`crypto.unlock(folder, passphrase, backup)`)."""
    db_path = paths.database_path(folder)
    if db_path.exists():
        raise StoreError(Message("%1 exists; open ncdesk and restore from the File menu instead.", Typed(db_path)))
    checked = verify(backup, key)
    if not checked.ok:
        raise DatabaseCorruptError(
            Message("The backup %1 %2.", Typed(backup.name), checked.message), Message("Choose another backup.")
        )
    part = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, part)
    with open(part, "rb") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        stale = db_path.with_name(db_path.name + suffix)
        if stale.exists():
            stale.unlink()
    os.replace(part, db_path)
