"""Backups: made with SQLite's backup API, checked, renamed into place, thinned to about a year.

Automatic backups (`auto`) are made when something changed: on closing the window, every
so often while it is open, and after a command that wrote. They are thinned to the three
newest, and the newest of each of the last 12 days, then of each of 10 weeks, then of each
of 9 months. Backups the
user asks for (`manual`) are kept until the user deletes them; the copies made before a
migration or a restore (`before-…`) are kept five of each. Whatever the schedule, thinning
never deletes the backup named for recovery after a damaged database was moved aside, nor the
newest backup holding records the current database lacks (`kept_for_safety`): after a
move-aside or the restore of an older backup, new automatic backups cannot push the user's
records out. The copies in `damaged/` are listed beside the backups (`list_copies`).

Restoring copies a checked backup into the open database (SQLite's backup API again: one
transaction, so a crash leaves the database as it was before or after), after backing up
what is there. A backup from an older ncdesk is upgraded; one from a newer one is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk import paths
from ncdesk.core.text import Message, Typed, said
from ncdesk.store.file import crypto, engine, recovery
from ncdesk.store.file.conversion import ATTACHMENT_KEY, attachment_key, export_copy
from ncdesk.store.file.db import (
    APPLICATION_ID,
    backup_copy,
    check_not_newer,
    in_progress,
    remove_with_journals,
    upgrade,
    write_meta,
    writing,
)
from ncdesk.store.file.errors import DatabaseCorruptError, DatabaseNewerError, DiskFullError, StoreError, translate
from ncdesk.store.file.migrations import MIGRATIONS

if TYPE_CHECKING:
    from ncdesk.store.file.opened import OpenStore

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


DAMAGED = "damaged"  # the kind of a copy moved aside to damaged/ (never thinned, never deleted)
_DAMAGED_STAMP = re.compile(r"(\d{8}T\d{6}Z)")


def _parse_damaged(path: Path) -> BackupInfo | None:
    if path.suffix != ".sqlite3":
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    match = _DAMAGED_STAMP.search(path.name)
    if match is not None:
        at = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    else:
        at = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
    return BackupInfo(path, at, DAMAGED, stat.st_size, stat.st_mtime_ns)


def list_damaged(folder: Path) -> list[BackupInfo]:
    """The databases moved aside to damaged/, newest first."""
    where = recovery.damaged_dir(folder)
    if not where.is_dir():
        return []
    found = [info for p in where.iterdir() if p.is_file() and (info := _parse_damaged(p)) is not None]
    return sorted(found, key=_order, reverse=True)


def list_copies(folder: Path) -> list[BackupInfo]:
    """Every copy the user may go back to: the backups, then the damaged copies (each newest
    first). A damaged copy may still be sound (one moved aside because its -wal went missing)."""
    return list_backups(folder) + list_damaged(folder)


def find_copy(folder: Path, name: str) -> BackupInfo | None:
    """The backup or damaged copy of *folder* called *name* (as `list_copies` names them)."""
    return next((b for b in list_copies(folder) if b.name == name), None)


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
        path, opening=engine.Opening.READ_IMMUTABLE, key=key.sqlcipher if key is not None and encrypted else None
    )


def verify(path: Path, key: crypto.Key | None = None) -> Verified:  # noqa: PLR0911 - a return per way a backup fails its check
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


KEPT_RECOVERY = "recovery"  # named for recovery after a move-aside (damaged/recovery.json)
KEPT_LACKING = "lacking"  # the newest backup holding records the current database lacks
KEPT_OTHER_KEY = "other-key"  # encrypted with another key: cannot be compared, so kept
_NOT_REFERENCE = "kind <> 'reference'"


def _table_exists(conn: Any, table: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    return row is not None


_NO_HISTORY = "-"  # in the index: a backup from before the history (compared by its records)
INDEX_NAME = ".history-index.json"


def _last_user_batch(conn: Any) -> str | None:
    """The id of the last batch of the user's in a database (not a reference release); None if
    it holds nothing of the user's; _NO_HISTORY if it is from before the history existed."""
    if not _table_exists(conn, "change_batch"):
        return _NO_HISTORY
    row = conn.execute(f"SELECT id FROM change_batch WHERE {_NOT_REFERENCE} ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row is not None else None


def _lacks_batch(current: Any | None, batch_id: str) -> bool:
    if current is None or not _table_exists(current, "change_batch"):
        return True
    return current.execute("SELECT 1 FROM change_batch WHERE id = ?", [batch_id]).fetchone() is None


def holds_more(conn: Any, current: Any | None) -> bool:
    """Does the database on *conn* hold records that *current* (None: there is no database)
    lacks? Told by the history: its last batch of the user's (not a reference release) is not
    in *current*'s history. Batch ids are random, so sharing the last one means sharing all
    that came before. A database from before the history: its own records (origin user)
    whose ids *current* does not have."""
    last = _last_user_batch(conn)
    if last != _NO_HISTORY:
        return last is not None and _lacks_batch(current, last)
    from ncdesk.store.file.schema import TABLES

    for table in TABLES:
        if not _table_exists(conn, table):
            continue
        mine = {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE origin = 'user'")}  # noqa: S608 (TABLES)
        if not mine:
            continue
        if current is None or not _table_exists(current, table):
            return True
        if mine - {r[0] for r in current.execute(f"SELECT id FROM {table}")}:  # noqa: S608 (TABLES)
            return True
    return False


def _read_index(folder: Path) -> dict[str, list[Any]]:
    """Each backup's last batch of the user's, remembered beside the backups (by name, size and
    time written) so that thinning does not open every backup at each backup: opening one
    costs about 10 ms. Random ids only: nothing of the records."""
    try:
        data = json.loads((paths.backups_dir(folder) / INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_index(folder: Path, index: dict[str, list[Any]]) -> None:
    target = paths.backups_dir(folder) / INDEX_NAME
    tmp = target.with_name(target.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, json.dumps(index).encode("utf-8"))
        finally:
            os.close(fd)
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only folder: worked out again next time


def _other_key(path: Path, key: crypto.Key | None) -> bool:
    return crypto.looks_encrypted(path) and (key is None or crypto.file_salt(path) != key.salt)


def _holds_more_than(b: BackupInfo, current: Any | None, key: crypto.Key | None, index: dict[str, list[Any]]) -> bool:
    entry = index.get(b.name)
    last: str | None
    if isinstance(entry, list) and len(entry) == 3 and entry[:2] == [b.size, b.written_ns]:
        last = entry[2]
        if last != _NO_HISTORY:
            return last is not None and _lacks_batch(current, last)
    try:
        conn = _connect_ro(b.path, key)
    except engine.Error:
        return False  # unreadable: damaged, it holds nothing that can be given back
    try:
        last = _last_user_batch(conn)
        index[b.name] = [b.size, b.written_ns, last]
        return holds_more(conn, current)
    except engine.Error:
        return False  # damaged: nothing to give back from it
    except UnicodeDecodeError:
        return False
    finally:
        conn.close()


def kept_now(folder: Path, key: crypto.Key | None) -> dict[Path, str]:
    """`kept_for_safety` for a listing, with no store open: the folder's database is read
    (read-only) when it is there; when it cannot be read (open in the window, damaged), only
    the backup named for recovery is told."""
    db_path = paths.database_path(folder)
    if not db_path.exists():
        return kept_for_safety(folder, None, key)
    try:
        conn = engine.connect(
            db_path,
            opening=engine.Opening.READ,
            key=key.sqlcipher if key and crypto.looks_encrypted(db_path) else None,
        )
    except engine.Error:
        return kept_for_safety(folder, None, key, compare=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return kept_for_safety(folder, conn, key)
    except engine.Error:
        return kept_for_safety(folder, None, key, compare=False)
    finally:
        conn.close()


def kept_for_safety(
    folder: Path,
    current: Any | None,
    key: crypto.Key | None,
    backups: list[BackupInfo] | None = None,
    *,
    compare: bool = True,
) -> dict[Path, str]:
    """The backups thinning must not delete, and why (KEPT_…): the one named for recovery; the
    newest one holding records *current* (a connection to the database in use; None when there
    is none) lacks; and encrypted ones this *key* cannot read (they cannot be compared). Kept
    until the user restores them (then the database holds their records) or deletes them.
    Without *compare*, only the first and the last."""
    backups = list_backups(folder) if backups is None else backups
    index = _read_index(folder)
    known = dict(index)
    kept: dict[Path, str] = {}
    lacking_found = False
    for b in backups:
        if _other_key(b.path, key):
            kept[b.path] = KEPT_OTHER_KEY
        elif compare and not lacking_found and _holds_more_than(b, current, key, index):
            lacking_found = True
            kept[b.path] = KEPT_LACKING
    names = {b.name for b in backups}
    index = {name: entry for name, entry in index.items() if name in names}
    if index != known:
        _write_index(folder, index)
    waiting = recovery.pending(folder)
    if waiting is not None and waiting.backup is not None:
        named = next((b.path for b in backups if b.path.resolve() == waiting.backup.resolve()), None)
        if named is not None:
            kept[named] = KEPT_RECOVERY
    return kept


def needs_backup(store: OpenStore) -> bool:
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
    store: OpenStore,
    kind: str = "auto",
    *,
    source: Any = None,
    target: Path | None = None,
) -> BackupInfo:
    """Back up the store now (from *source*, a read connection, when given) and thin the old ones.
    To a *target* outside the folder, also from a store opened read-only."""
    if target is None:
        store.require_writable()
    now = store.clock()
    remove_leftovers(store.folder)  # what a killed backup left
    dest = target or paths.backups_dir(store.folder) / f"ncdesk-{_stamp(now)}-{kind}.sqlite3"
    if target is None and dest.exists():  # two in the same second
        n = 2
        while dest.exists():
            dest = dest.with_name(f"ncdesk-{_stamp(now)}-{kind}-{n}.sqlite3")
            n += 1
    failures: tuple[type[Exception], ...] = (*engine.Error, OSError)
    try:
        backup_copy(source or store.db.conn, dest, store.key)
    except failures as exc:
        full = translate(exc, dest)
        if isinstance(full, DiskFullError) and "input/output" not in str(full):
            raise full from exc  # said as such (issue 17, case 10), not as an input/output error
        if isinstance(exc, OSError):
            raise StoreError(
                Message("The backup could not be written to %1 (%2).", Typed(dest.parent), Typed(exc.strerror or exc)),
                Message("Free some space or check the folder; the database itself is untouched."),
            ) from exc
        raise StoreError(
            Message("The backup could not be written (%1).", Typed(exc)),
            Message("Check the disk space; nothing was lost."),
        ) from exc
    info = _parse(dest) or BackupInfo(dest, now.astimezone(dt.UTC), kind, dest.stat().st_size)
    if target is None:
        thin(store.folder, keep=dest, current=source or store.db.conn, key=store.key)
    return info


def auto_backup(store: OpenStore, *, min_interval: dt.timedelta = dt.timedelta(0)) -> BackupInfo | None:
    """An automatic backup if something changed and the last one is older than *min_interval*."""
    if not needs_backup(store):
        return None
    newest = next(iter(list_backups(store.folder)), None)
    if newest is not None and min_interval and store.clock() - newest.at < min_interval:
        return None
    return make_backup(store, "auto")


def to_remove(backups: list[BackupInfo], protected: Collection[Path] = ()) -> list[BackupInfo]:
    """The backups thinning deletes. Automatic ones: the three newest are kept, and the newest
    of each of the last 12 days with a backup, then, among older ones, the newest of each of
    10 weeks, then of each of 9 months (about a year in all). `before-…` copies: the newest
    five of each kind. Never one of *protected* (`kept_for_safety`), which count for nothing
    in the schedule."""
    backups = [b for b in backups if b.path not in protected]
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


def thin(
    folder: Path, keep: Path | None = None, *, current: Any | None = None, key: crypto.Key | None = None
) -> list[BackupInfo]:
    """Delete what to_remove() names: never *keep* (the backup just made), nor what
    `kept_for_safety` keeps, compared with *current* (a connection to the database in use;
    None: there is none, so every backup holding the user's records counts)."""
    found = list_backups(folder)
    protected = set(kept_for_safety(folder, current, key, found))
    removed = []
    for b in to_remove(found, protected):
        if b.path == keep:
            continue
        try:
            b.path.unlink()
            removed.append(b)
        except OSError:
            continue  # in use or read-only: try again next time
    return removed


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what a killed or failed backup or restore left (`backups/*.part` with their
    journal files, `backups/.restoring-*`, `ncdesk.sqlite3.restoring`), except what this
    process is writing now. Returns what was removed; a file that cannot be removed (a
    read-only folder) is left for the next time. Never touches damaged/."""
    busy = in_progress()
    candidates: list[Path] = []
    where = paths.backups_dir(folder)
    if where.is_dir():
        for p in where.iterdir():
            base = p.name
            for suffix in ("-journal", "-wal", "-shm"):
                base = base.removesuffix(suffix)
            if base.endswith(".part") or base.startswith(".restoring-"):
                candidates.append(p)
    db_path = paths.database_path(folder)
    staged = db_path.with_name(db_path.name + ".restoring")
    candidates += [p for p in folder.glob(staged.name + "*") if p.name.removeprefix(staged.name) in ("", "-journal")]
    removed = []
    for p in candidates:
        main = p
        for suffix in ("-journal", "-wal", "-shm"):
            if p.name.endswith(suffix):
                main = p.with_name(p.name.removesuffix(suffix))
        if Path(os.path.abspath(main)) in busy:
            continue
        try:
            if p.is_file():
                p.unlink()
                removed.append(p)
        except OSError:
            continue
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


def last_good_name(database: Path) -> str | None:
    """The name of the newest backup that passes its check, if *database* is a data folder's
    database (for the damaged-text message: `errors.translate`'s *last_good*)."""
    if database != paths.database_path(database.parent):
        return None
    try:
        found = latest_good(database.parent)
    except Exception:  # noqa: BLE001 - naming a backup is a courtesy; the error itself must be said
        return None
    return found[0].path.name if found else None


def restore(store: OpenStore, backup: Path) -> BackupInfo:
    """Replace the open database's content with *backup*; returns the copy made of it before."""
    store.require_writable()
    checked = verify(backup, store.key)
    if not checked.ok:
        raise DatabaseCorruptError(
            Message("The backup %1 %2.", Typed(backup.name), checked.message), Message("Choose another backup.")
        )
    file_key = attachment_key(store)  # the key the attachment files on disk are sealed with
    before = make_backup(store, "before-restore")
    staged: Path | None = None
    if crypto.looks_encrypted(backup) != (store.key is not None):
        # The backup API copies pages as they are: first write the backup in the store's form.
        staged = paths.backups_dir(store.folder) / f".restoring-{backup.name}"
    with writing(staged or backup):
        try:
            if staged is not None:
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
        finally:
            if staged is not None:
                remove_with_journals(staged)
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
    with writing(part):
        try:
            part.unlink(missing_ok=True)
            paths.create_private_file(part)
            shutil.copyfile(backup, part)
            with part.open("rb") as fh:
                os.fsync(fh.fileno())
            for suffix in ("-wal", "-shm"):
                stale = db_path.with_name(db_path.name + suffix)
                if stale.exists():
                    stale.unlink()
            part.replace(db_path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
