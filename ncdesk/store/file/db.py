"""The one place that opens the user's database.

`open_database()` refuses a file written by a newer ncdesk before writing anything to it,
sets the pragmas (WAL, foreign keys, synchronous=FULL), copies the file aside before
applying pending migrations, applies them, and brings the full-text index up to date.
`open_read_only()` opens it, checked, in a folder that cannot be written; `open_reader()`
gives a second, reading connection beside an open store. Nothing else in ncdesk connects to
the user's database. An encrypted database is opened with its key (see `crypto`); the checks
and pragmas are the same.

Every connection is made by `engine.connect`, which says why each other caller opens a file
(a backup, a copy, a file being converted); tests/store/test_one_opening.py fails on a new one.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ncdesk import __version__, paths
from ncdesk.core.text import Message, Typed
from ncdesk.store.file import engine, fts, history, sort_keys
from ncdesk.store.file.errors import (
    DatabaseCorruptError,
    DatabaseNewerError,
    DatabaseReadOnlyError,
    StoreError,
    translate,
)
from ncdesk.store.file.migrations import MIGRATIONS

if TYPE_CHECKING:
    from ncdesk.store.file.crypto import Key

DB_FILENAME = "ncdesk.sqlite3"
APPLICATION_ID = 0x6E636473  # "ncds": marks the file as ncdesk's in its header


def _utc_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _inspect(conn: Any, path: Path, migrations: Migrations, encrypted: bool = False) -> tuple[int, list[str]]:
    """The file's schema version and applied migrations, read without writing."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if not encrypted and header != engine.SQLITE_HEADER:
        # SQLite would take a short file for an empty database and write over it.
        raise DatabaseCorruptError(
            Message("The database file is damaged (%1): it does not start as an SQLite file.", Typed(path))
        )
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        has_migrations = "_sqlite_migrations" in tables
        applied: list[str] = []
        if has_migrations:
            applied = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [migrations.name]
                )
            ]
    except UnicodeDecodeError as exc:  # SQLite's message quoted damaged bytes
        raise DatabaseCorruptError(
            Message("The database file cannot be read (%1): its schema is damaged.", Typed(path))
        ) from exc
    except engine.DatabaseError as exc:
        err = translate(exc, path)
        if encrypted and "file is not a database" in str(exc):  # the key was checked: damage
            err = DatabaseCorruptError(
                Message("The encrypted database file is damaged (%1): it does not decrypt.", Typed(path))
            )
        raise (
            err or DatabaseCorruptError(Message("The database file cannot be read (%1): %2.", Typed(path), Typed(exc)))
        ) from exc
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and not applied and "meta" not in tables):
        # Another program's file (an ncdesk file without the mark is one from before it: it has
        # our migrations or our meta table; one without any table is one ncdesk began to create).
        raise DatabaseCorruptError(Message("%1 is an SQLite file, but not an ncdesk database.", Typed(path)))
    return version, applied


def check_not_newer(version: int, applied: list[str], path: Path, migrations: Migrations = MIGRATIONS) -> None:
    known = [m.name for m in migrations._migrations]
    unknown = [name for name in applied if name not in known]
    if version > len(known) or unknown:
        raise DatabaseNewerError(
            Message(
                "%1 was written by a newer ncdesk (schema %2, this is ncdesk %3 with schema %4).",
                Typed(path),
                version,
                __version__,
                len(known),
            )
        )


# The temporary files a backup or a restore of this process is writing now: the clean-up of
# leftovers (`backups.remove_leftovers`) leaves them alone. One process holds a data folder at
# a time (the lock), but its window backs up in a worker thread.
_WRITING: set[Path] = set()
_WRITING_LOCK = threading.Lock()
JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")


def in_progress() -> frozenset[Path]:
    """The temporary files being written by this process now (absolute paths)."""
    with _WRITING_LOCK:
        return frozenset(_WRITING)


@contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Mark *path* (a temporary file) as being written by this process while the block runs."""
    where = Path(os.path.abspath(path))
    with _WRITING_LOCK:
        _WRITING.add(where)
    try:
        yield path
    finally:
        with _WRITING_LOCK:
            _WRITING.discard(where)


def remove_with_journals(path: Path) -> list[Path]:
    """Delete *path* and SQLite's journal files beside it; the ones that were there."""
    removed = []
    for victim in [path, *(path.with_name(path.name + s) for s in JOURNAL_SUFFIXES)]:
        try:
            victim.unlink()
            removed.append(victim)
        except FileNotFoundError:
            continue
    return removed


def backup_copy(conn: Any, target: Path, key: Key | None = None) -> Path:
    """Copy the open database to *target* with SQLite's backup API, verified, then renamed into place.

    With *key* (the source's), the copy is encrypted with the same key and salt. If anything
    fails, the temporary `.part` and its journal files are removed (a full disk leaves nothing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with writing(tmp):
        remove_with_journals(tmp)
        try:
            paths.create_private_file(tmp)  # a backup is as private as the database, and so is `backup -o FILE`
            dest = engine.connect(tmp, opening=engine.Opening.WRITE, key=key.sqlcipher if key else None)
            try:
                conn.backup(dest)
                result = dest.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise DatabaseCorruptError(
                        Message("The backup copy %1 failed its check: %2.", Typed(tmp), Typed(result))
                    )
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            tmp.replace(target)
        except BaseException:
            with suppress(OSError):  # a read-only or vanished folder: the next backup or start removes it
                remove_with_journals(tmp)
            raise
    return target


def open_database(
    path: Path,
    *,
    backups_dir: Path | None = None,
    migrate: bool = True,
    migrations: Migrations = MIGRATIONS,
    full_check: bool = False,
    check: bool = True,
    key: Key | None = None,
) -> Database:
    """Open (creating if needed) the ncdesk database at *path*, ready for use.

    An existing file is checked first, before anything is written to it: `quick_check`, or
    the full `integrity_check` when *full_check* (after an unclean shutdown). An encrypted
    file is opened with *key* (already checked against the key-derivation file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    if existed and path.stat().st_size == 0:
        # SQLite would take it for a new database: an empty file where the database was is damage
        # (a failed copy, a full disk), never a new start (ncdesk creates a database only where none is).
        raise DatabaseCorruptError(Message("The database file %1 is empty (0 bytes).", Typed(path)))
    if not existed:
        paths.create_private_file(path)  # 0600, and so its -wal and -shm, whatever the umask
    try:
        conn = engine.connect(path, opening=engine.Opening.WRITE, timeout=5.0, key=key.sqlcipher if key else None)
    except engine.Error as exc:
        raise (translate(exc, path) or StoreError(Message("Cannot open %1: %2", Typed(path), Typed(exc)))) from exc
    try:
        version, applied = _inspect(conn, path, migrations, key is not None) if existed else (0, [])
        check_not_newer(version, applied, path, migrations)
        if existed and check:
            check_integrity(conn, path, full=full_check)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(
                Message("Cannot use write-ahead logging for %1 (journal mode is %2).", Typed(path), Typed(mode))
            )
        conn.execute("PRAGMA synchronous = FULL")
        # No sqlite-utils plugin (any installed in the same environment) runs on ncdesk's
        # connection: it could register functions that read the data. Not looking for them also
        # saves the scan of every installed package's entry points at each start.
        db = Database(conn, execute_plugins=False)
        if migrate:
            if migrations.pending(db) and existed and applied:
                backup_copy(
                    conn,
                    (backups_dir or path.parent / "backups")
                    / f"before-{migrations.pending(db)[0].name}-{_utc_stamp()}.sqlite3",
                    key,
                )
            upgrade(db, migrations)
        return db
    except StoreError:
        conn.close()
        raise
    except engine.Error as exc:
        conn.close()
        err = translate(exc, path)
        if err is not None:
            raise err from exc
        raise


def has_pending_wal(path: Path) -> bool:
    """Does the write-ahead log beside *path* hold pages (committed changes not yet in the file)?"""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def open_reader(path: Path, *, key: Key | None, immutable: bool) -> Database:
    """A second connection to the user's database, which only reads (`query_only`): for work in
    another thread beside the open store (`Store.open_readonly`); *immutable* in a folder that
    cannot be written, as `open_read_only`. Raises the driver's error as it is."""
    conn = engine.connect(
        path,
        opening=engine.Opening.READ_IMMUTABLE if immutable else engine.Opening.READ,
        key=key.sqlcipher if key else None,
    )
    try:
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return Database(conn, execute_plugins=False)  # as open_database: no plugin on our connection


def open_read_only(path: Path, *, key: Key | None = None, migrations: Migrations = MIGRATIONS) -> Database:
    """Open the database of a data folder that cannot be written (see `Store.open`): checked
    and read, never written (no migration, no pragma that writes).

    A closed database (no -wal holding pages) is opened immutable: SQLite then needs no -shm
    and creates no file. One whose -wal still holds changes (the last ncdesk did not close) is
    read through it, which needs the -shm left beside it."""
    path = Path(path)
    pending_wal = has_pending_wal(path)
    try:
        conn = engine.connect(
            path,
            opening=engine.Opening.READ if pending_wal else engine.Opening.READ_IMMUTABLE,
            key=key.sqlcipher if key else None,
        )
        conn.execute("PRAGMA query_only = ON")
    except engine.Error as exc:
        raise (translate(exc, path) or StoreError(Message("Cannot open %1: %2", Typed(path), Typed(exc)))) from exc
    try:
        version, applied = _inspect(conn, path, migrations, key is not None)
        check_not_newer(version, applied, path, migrations)
        check_integrity(conn, path)
        if [m.name for m in migrations._migrations] != applied or version != len(migrations._migrations):
            raise StoreError(
                Message(
                    "%1 was written by an older ncdesk and must be upgraded, which cannot be done in a read-only "
                    "folder.",
                    Typed(path),
                ),
                Message("Copy the data folder to a place you may write to and open the copy (--data-dir)."),
            )
        return Database(conn, execute_plugins=False)  # as open_database: no plugin on our connection
    except BaseException as exc:
        conn.close()
        if pending_wal and isinstance(exc, DatabaseReadOnlyError):
            raise StoreError(
                Message(
                    "%1 was not closed cleanly: its last changes are in %2, which can only be read in a folder "
                    "you may write to.",
                    Typed(path),
                    Typed(path.name + "-wal"),
                ),
                Message("Copy the data folder to a place you may write to and open the copy (--data-dir)."),
            ) from exc
        raise


def check_integrity(conn: Any, path: Path, *, full: bool = False) -> None:
    """Raise DatabaseCorruptError unless SQLite's quick (or full) check finds the file sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
    except UnicodeDecodeError as exc:
        raise DatabaseCorruptError(
            Message("The database file is damaged (%1): its schema is unreadable.", Typed(path))
        ) from exc
    except engine.DatabaseError as exc:
        raise DatabaseCorruptError(Message("The database file is damaged (%1): %2.", Typed(path), Typed(exc))) from exc
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseCorruptError(Message("The database file is damaged (%1): %2.", Typed(path), Typed(rows[0][0])))


def upgrade(db: Database, migrations: Migrations = MIGRATIONS) -> None:
    """Apply pending migrations, mark the file, and bring derived triggers and index up to date."""
    if migrations.pending(db):
        migrations.apply(db)
    # Also after a crash between the last migration's commit and these lines.
    if int(db.execute("PRAGMA user_version").fetchone()[0]) != len(migrations._migrations):
        db.execute(f"PRAGMA user_version = {len(migrations._migrations)}")
    if int(db.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    fts.ensure(db)
    sort_keys.ensure(db)
    history.ensure(db)
    _write_meta(db, "last_opened_by", __version__)


def _write_meta(db: Database, key: str, value: str) -> None:
    current = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    if current is None or current[0] != value:
        with db.atomic():
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])


def read_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def write_meta(db: Database, key: str, value: str) -> None:
    _write_meta(db, key, value)
