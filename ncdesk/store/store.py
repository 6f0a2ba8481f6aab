"""The store: one open database and the operations every part of ncdesk uses on it.

Built once (by the CLI or the application) and passed to whoever needs it. Records are
written with their timestamps and origin; an edit to a reference record is remembered in the
row's `user_fields`, so a later reference release leaves that field alone. Deletion is soft
(`deleted_at`), so a deleted record can be restored and a reference release does not bring
back what the user removed.

Over 800 lines and kept whole, one cohesive thing: the `Store` class, the one object every part
of ncdesk is handed (opening in order, batches, reading and writing rows); the steps on the data
folder before it opens are store/file/folder.py's, the records' own operations store/records/.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ncdesk import paths
from ncdesk.core.labels import kind_label
from ncdesk.core.persons import NameVocabulary
from ncdesk.core.text import Message, Typed
from ncdesk.store.clock import Clock, stamp, system_clock
from ncdesk.store.file import backups, crypto, encryption, engine, fts, pending_exports, recovery, sort_keys
from ncdesk.store.file.db import has_pending_wal, open_database, open_read_only, open_reader, read_meta
from ncdesk.store.file.errors import (
    DatabaseCorruptError,
    DatabaseDamagedError,
    DatabaseNewerError,
    DatabaseReadOnlyError,
    NotFoundError,
    ReadOnlyFolderError,
    StoreError,
    check_folder_length,
    read_only_note,
    translate,
)
from ncdesk.store.file.folder import (
    folder_encrypted,
    last_change,
    lost_changes,
    new_start_key,
    opening_key,
    refuse_new_start,
)
from ncdesk.store.file.history import Batch, touched_by
from ncdesk.store.file.lock import InstanceLock
from ncdesk.store.file.schema import COMMON_COLUMNS, DERIVED_COLUMNS, KIND_BY_TABLE, TABLES, json_columns
from ncdesk.store.reference import ApplyReport, Release, apply_release, version_key
from ncdesk.store.reference_files import read_release, release_digest, release_version

Record = dict[str, Any]

# The page cache of a bulk write (KiB): see Store.bulk.
_BULK_CACHE_KIB = 65536


def _user_name() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name (a service account, an odd environment)
        return "unknown"


def _moved_aside(folder: Path, exc: StoreError, clock: Clock = system_clock) -> DatabaseDamagedError:
    """Move a damaged database (with its -wal and -shm) to damaged/, never deleting it, name the
    last good backup, and remember the recovery (`recovery.record`): from now on nothing starts
    a new database here until the user restores a backup or starts anew (`Store.open(new=True)`)."""
    source = paths.database_path(folder)
    encrypted = folder_encrypted(folder)
    target_dir = paths.private_dir(recovery.damaged_dir(folder))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"ncdesk-{stamp}.sqlite3"
    n = 2
    while target.exists():
        target = target_dir / f"ncdesk-{stamp}-{n}.sqlite3"
        n += 1
    for suffix in ("-wal", "-shm", ""):
        part = source.with_name(source.name + suffix)
        if part.exists():
            part.replace(target.with_name(target.name + suffix))
    good = backups.latest_good(folder)
    message = str(exc).removesuffix(exc.what_to_do).strip()
    backup = good[0].path if good else None
    recovery.record(
        folder,
        moved_to=target,
        backup=backup,
        encrypted=encrypted,
        reason=message,
        at=clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    )
    return DatabaseDamagedError(message, moved_to=target, backup=backup)


def _decoded(record: Record, lists: Iterable[str]) -> Record:
    """*record* with its JSON columns read (an empty list, by far the most common, without the
    JSON parser: a thousand rows read for a State's detail spent half their time in it)."""
    for col in lists:
        value = record.get(col)
        if isinstance(value, str):
            record[col] = [] if value == "[]" else json.loads(value)
    return record


def table_label(table: str) -> str:
    """A kind of record as the history names it in English ("travel alert"): a kind people search for
    by its label in ncdesk/core/labels.py, any other table by its name ("party event")."""
    return kind_label(table).lower() if table in KIND_BY_TABLE else table.replace("_", " ")


class Store:
    def __init__(self, db: Database, folder: Path, clock: Clock = system_clock) -> None:
        self.db = db
        self.folder = folder
        self.clock = clock
        self._columns: dict[str, list[str]] = {}
        self.who = _user_name()
        self._lock: InstanceLock | None = None
        self._closed = False
        self._locked = False
        self._batch: str | None = None
        # Called with each batch after it is committed (the window's undo stack listens).
        self.listeners: list[Callable[[Batch], None]] = []
        # The key of an encrypted database (None for a plain one); see `crypto`.
        self.key: crypto.Key | None = None
        # Opened in a data folder that cannot be written (see `_open_read_only`): reads only.
        self.read_only = False
        # The lock file that keeps the last committed change (see lock.py; None: not kept).
        self._progress: InstanceLock | None = None
        # The persons' names, word by word, for a misspelt name (`search`); read again after a write.
        self._names: tuple[object, NameVocabulary] | None = None

    # --- lifecycle -------------------------------------------------------------------------

    @classmethod
    def open(  # noqa: PLR0912, PLR0915 - the opening's steps in order: lock, key, migrations, checks
        cls,
        folder: Path,
        *,
        clock: Clock = system_clock,
        reference: Release | None = None,
        load_reference: bool = True,
        program: str = "a command",
        key: crypto.Key | None = None,
        passphrase: str | None = None,
        new: bool = False,
    ) -> Store:
        """Open the store in the data *folder*, creating it and loading the reference data if needed.

        An encrypted database needs its *key* (from `crypto.unlock`), or the *passphrase*, or
        a key remembered in this process; otherwise PassphraseRequiredError, nothing opened.

        A missing database is created only in a folder that never had one: after a move-aside,
        or in an encrypted folder, RecoveryPendingError (nothing created) until the user restores
        a backup or starts anew with *new* (`ncdesk init --new`): then a new database is created,
        encrypted with the folder's *passphrase* in an encrypted folder, and the recovery is
        cleared. With *new*, an existing database is refused (StoreError), never replaced.
        A folder that cannot be written is opened read-only (`_open_read_only`)."""
        check_folder_length(folder)
        try:
            paths.ensure_data_dir(folder)
            lock = InstanceLock(folder, program).acquire()
        except OSError as exc:
            if not paths.is_read_only_error(exc):
                raise
            return cls._open_read_only(folder, clock=clock, key=key, passphrase=passphrase)
        except ReadOnlyFolderError:
            return cls._open_read_only(folder, clock=clock, key=key, passphrase=passphrase)
        try:
            backups.remove_leftovers(folder)  # what a killed backup or restore left (one process holds the lock)
            pending_exports.remove_leftovers(folder)  # the part of an export a kill left beside its target, in clear
            if new:
                if paths.database_path(folder).exists():
                    raise StoreError(
                        Message("There is a database in %1 already; nothing was changed.", Typed(folder)),
                        Message("A new database is started only where the damaged one was moved aside."),
                    )
                key = new_start_key(folder, passphrase)
                lock.forget_last_change()  # a new database: nothing to compare it with, even after a kill
            else:
                refuse_new_start(folder)
            try:
                key = opening_key(folder, key, passphrase) if not new else key
            except DatabaseCorruptError as exc:  # this folder's passphrase, and the file does not decrypt
                raise _moved_aside(folder, exc, clock) from exc
            try:
                db = open_database(
                    paths.database_path(folder),
                    backups_dir=paths.backups_dir(folder),
                    full_check=lock.unclean,
                    # Exactly as the last ncdesk left it on closing: nothing to check (see lock.py).
                    check=not lock.unchanged(paths.database_path(folder)),
                    key=key,
                )
            except DatabaseNewerError:
                raise
            except DatabaseCorruptError as exc:
                raise _moved_aside(folder, exc, clock) from exc
            current = last_change(db)
            recorded = lock.recorded_change
            if not new and lost_changes(recorded, current):
                db.close()
                assert recorded is not None
                lost = DatabaseCorruptError(
                    Message(
                        "Changes recorded up to number %1 are missing from the database %2 (it ends at number %3): "
                        "its write-ahead log (-wal) was lost.",
                        Typed(recorded.get("seq")),
                        Typed(paths.database_path(folder)),
                        Typed(current["seq"]),
                    )
                )
                lock.forget_last_change()  # what comes next (a restore, a new start) starts afresh
                raise _moved_aside(folder, lost, clock)
            store = cls(db, folder, clock)
            store._lock = lock
            store._progress = lock
            store.key = key
            lock.note_change(current)
            if new:
                recovery.clear(folder)  # the user chose: a new database
            if key is not None:
                crypto.remember(folder, key)
                crypto.record_check(folder, key)  # a database that opened but was not encrypted here
        except BaseException:
            lock.release()
            raise
        if load_reference:
            try:
                store.apply_reference(reference)
            except DatabaseCorruptError as exc:  # damage the quick check did not see
                store.close()
                raise _moved_aside(folder, exc, clock) from exc
            except UnicodeDecodeError as exc:  # damaged text in a row the check did not read
                store.close()
                raise _moved_aside(
                    folder, DatabaseCorruptError(f"The database file is damaged ({folder})."), clock
                ) from exc
            except BaseException:
                store.close()
                raise
        if store.key is not None or crypto.kdf_path(folder).exists():
            try:
                encryption.finish(store)  # what a conversion interrupted by a crash left to do
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def _open_read_only(cls, folder: Path, *, clock: Clock, key: crypto.Key | None, passphrase: str | None) -> Store:
        """The folder cannot be written (its lock cannot be created or opened for writing): its
        database is opened read-only, with no migration, no reference data, no backup, no move-aside;
        `read_only` is set and whatever would save something is refused (ReadOnlyFolderError)."""
        path = paths.database_path(folder)
        if not path.is_file() or path.stat().st_size == 0:
            raise ReadOnlyFolderError(
                Message(
                    "The data folder %1 is read-only and holds no database; ncdesk cannot create one there.",
                    Typed(folder),
                ),
                Message("Choose a folder you may write to (--data-dir)."),
            )
        try:
            key = opening_key(folder, key, passphrase)
            db = open_read_only(path, key=key)
        except DatabaseCorruptError as exc:
            raise DatabaseCorruptError(
                Message(
                    "%1 The folder is read-only, so the file was left as it is.",
                    str(exc).removesuffix(exc.what_to_do).strip(),
                ),
                Message(
                    "Copy the folder to a place you may write to, open the copy and restore its last good backup there."
                ),
            ) from exc
        store = cls(db, folder, clock)
        store.read_only = True
        store.key = key
        if key is not None:
            crypto.remember(folder, key)
        return store

    def require_writable(self) -> None:
        """ReadOnlyFolderError if this store was opened read-only (before anything is written)."""
        if self.read_only:
            raise ReadOnlyFolderError(read_only_note(self.folder))

    def open_writer(self) -> Store:
        """A second writable connection to this store's database, for work in a worker thread:
        the same pragmas, no migrations and no check (this store's own open did them)."""
        writer = Store(open_database(self.path, migrate=False, check=False, key=self.key), self.folder, self.clock)
        writer.key = self.key
        writer._progress = self._progress  # its commits are noted in this store's lock file too
        return writer

    def announce(self, batch: Batch) -> None:
        """Tell the listeners of a batch committed (also one committed on another connection)."""
        for listener in list(self.listeners):
            listener(batch)

    @classmethod
    def open_readonly(cls, folder: Path, clock: Clock = system_clock) -> Store:
        """A second, read-only connection to an existing store, for work in another thread
        (an encrypted one with the key its store was opened with in this process)."""
        path = paths.database_path(folder)
        key = crypto.key_for(folder) if crypto.looks_encrypted(path) else None
        # In a folder that cannot be written (the store is read-only), as `open_read_only`: no -shm.
        immutable = not os.access(folder, os.W_OK) and not has_pending_wal(path)
        try:
            db = open_reader(path, key=key, immutable=immutable)
        except engine.Error as exc:
            raise (translate(exc, path, backups.last_good_name) or StoreError(f"Cannot open {path}: {exc}")) from exc
        reader = cls(db, folder, clock)
        reader.key = key
        return reader

    @property
    def is_open(self) -> bool:
        return not self._closed and not self._locked

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Close the database and forget its key, keeping the data folder to this process
        (the idle lock). `unlock` opens it again."""
        if self.key is None or self._locked:
            return
        self.db.close()
        crypto.forget(self.folder)
        self.key = None
        self._locked = True

    def unlock(self, key: crypto.Key) -> None:
        """Open the database again with *key* (from `crypto.unlock`) after `lock`."""
        if not self._locked:
            return
        if self.read_only:
            self.db = open_read_only(self.path, key=key)
        else:
            self.db = open_database(self.path, migrate=False, check=False, key=key)
        self.key = key
        crypto.remember(self.folder, key)
        self._locked = False
        self.forget_schema()

    def suspend(self) -> None:
        """Close this connection for a while, keeping the key (an encryption change runs on a
        connection of its own, in a worker): `is_open` is False until `resume`."""
        with suppress(*engine.Error):  # the conversion checks the log itself
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        self._locked = True

    def resume(self, key: crypto.Key | None) -> None:
        """Open the connection again after `suspend`, under *key* (the database's key now)."""
        self.db = open_database(self.path, migrate=False, check=False, key=key)
        self.forget_schema()
        self.key = key
        if key is not None:
            crypto.remember(self.folder, key)
        self._locked = False

    def close(self) -> None:
        self._closed = True
        try:
            self.db.close()
        finally:
            if self.read_only and self.key is not None:  # opened read-only: no lock, the key goes too
                crypto.forget(self.folder)
                self.key = None
            if self._lock is not None:
                self._lock.release(self.path)
                self._lock = None
                if self.key is not None:  # the store that unlocked it: the key goes with it
                    crypto.forget(self.folder)
                    self.key = None

    def forget_schema(self) -> None:
        """Drop what was cached about the tables (after a restore replaced the database), and
        note the database's last change as it now is (a restore legitimately goes back)."""
        self._columns.clear()
        self.note_last_change()

    def going_back(self) -> None:
        """The database is about to be replaced by an earlier one on purpose (a restore): forget
        the last change recorded, so that a kill before the restore's end is not taken for a lost
        -wal (`forget_schema` records the new last change once it is done)."""
        if self._progress is not None:
            self._progress.forget_last_change()

    def note_last_change(self) -> None:
        """Keep the last committed change in the lock file, to find at the next start whether
        the database lost committed transactions (a lost -wal). Cheap: no fsync."""
        if self._progress is None or self._closed or self._locked:
            return
        try:
            change = last_change(self.db)
        except engine.Error:
            return
        self._progress.note_change(change)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return paths.database_path(self.folder)

    def now(self) -> str:
        return stamp(self.clock())

    def today(self) -> dt.date:
        """The local day by the store's clock (tests inject it: nothing may depend on the real date)."""
        return self.clock().astimezone().date()

    def apply_reference(self, release: Release | None = None, *, force: bool = False) -> ApplyReport:
        if release is None and not force:
            # At every start: the bundled release is usually the one applied already; its digest
            # says so without parsing it, or writing anything.
            digest = release_digest(paths.resource_path("reference"))
            if digest and read_meta(self.db, "reference_digest") == digest:
                return ApplyReport(applied=False)
        received = read_meta(self.db, "reference_received_version")
        # A release received from the publisher newer than (or as new as) the bundled one stays
        # (told from the manifest alone: the start does not parse the bundled release for it).
        if (
            release is None
            and not force
            and received is not None
            and version_key(release_version(paths.resource_path("reference"))) <= version_key(received)
        ):
            return ApplyReport(applied=False)
        chosen = release or read_release(paths.resource_path("reference"))

        def run() -> ApplyReport:
            with self.batch(f"Reference data {chosen.version}", kind="reference"):
                return apply_release(self.db, chosen, self.now(), force=force)

        report: ApplyReport = self._guard(run)
        return report

    def reference_version(self) -> str | None:
        return read_meta(self.db, "reference_version")

    # --- batches: one thing somebody did, one transaction, one entry in the history -------

    @contextmanager
    def batch(self, label: str, *, kind: str = "user", reverts: str | None = None) -> Iterator[str]:
        """One transaction recorded in the history as one change (nested calls join the outer one)."""
        if self._batch is not None:
            yield self._batch
            return
        self.require_writable()
        batch_id = str(uuid.uuid4())
        at = self.now()
        committed = False
        touched = None
        try:
            with self._translated(), self.db.atomic():
                self._batch = batch_id
                self.db.execute("UPDATE history_context SET batch_id = ? WHERE id = 1", [batch_id])
                yield batch_id
                self.db.execute("UPDATE history_context SET batch_id = NULL WHERE id = 1")
                if self.db.execute("SELECT 1 FROM change_log WHERE batch_id = ? LIMIT 1", [batch_id]).fetchone():
                    self.db.execute(
                        "INSERT INTO change_batch(id, at, who, label, kind, reverts) VALUES (?, ?, ?, ?, ?, ?)",
                        [batch_id, at, self.who, label, kind, reverts],
                    )
                    touched = touched_by(self.db, batch_id)
                    committed = True
        finally:
            self._batch = None
        if committed:
            self.note_last_change()
            self.announce(Batch(batch_id, at, self.who, label, kind, reverts, touched=touched))

    @property
    def current_batch(self) -> str | None:
        return self._batch

    # --- errors ----------------------------------------------------------------------------

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Known SQLite failures (disk full, read-only, locked) as StoreError; bugs unchanged."""
        try:
            yield
        except engine.Error as exc:
            err = translate(exc, self.path, backups.last_good_name)
            if isinstance(err, DatabaseReadOnlyError) and self.read_only:
                err = ReadOnlyFolderError(read_only_note(self.folder))
            if err is not None:
                raise err from exc
            raise

    def _guard(self, fn: Any) -> Any:
        try:
            return fn()
        except engine.Error as exc:
            err = translate(exc, self.path, backups.last_good_name)
            if isinstance(err, DatabaseReadOnlyError) and self.read_only:
                err = ReadOnlyFolderError(read_only_note(self.folder))
            if err is not None:
                raise err from exc
            raise

    # --- reading ---------------------------------------------------------------------------

    def columns(self, table: str) -> list[str]:
        """The fields of a record of *table*: its columns, less those the database derives from
        other rows (sort keys: `schema.DERIVED_COLUMNS`), which no record, export or package holds."""
        if table not in self._columns:
            self._check_table(table)
            derived = DERIVED_COLUMNS.get(table, ())
            self._columns[table] = [
                r[1] for r in self.db.execute(f"PRAGMA table_info({table})").fetchall() if r[1] not in derived
            ]
        return self._columns[table]

    def selected(self, table: str) -> str:
        """The select list of a record of *table* (its fields: what `SELECT *` would be without
        the derived columns)."""
        return ", ".join(self.columns(table))

    @staticmethod
    def _check_table(table: str) -> None:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")

    def _decode(self, table: str, columns: Sequence[str], row: Sequence[Any]) -> Record:
        return _decoded(dict(zip(columns, row, strict=True)), json_columns(table))

    def query(self, table: str, sql: str, args: Iterable[Any] = ()) -> list[Record]:
        """Rows of *table* selected by *sql* (a full SELECT returning the table's columns)."""
        with self._translated():  # text that is not UTF-8 (a damaged row) fails here, on reading
            cur = self.db.execute(sql, list(args))
            columns = [c[0] for c in cur.description]
            lists = [c for c in json_columns(table) if c in columns]
            records = [_decoded(dict(zip(columns, row, strict=True)), lists) for row in cur.fetchall()]
            derived = [c for c in DERIVED_COLUMNS.get(table, ()) if c in columns]
            if derived:  # a `SELECT *`: the record's fields only
                for record in records:
                    for c in derived:
                        del record[c]
            return records

    def get(self, table: str, record_id: str, *, include_deleted: bool = False) -> Record | None:
        self._check_table(table)
        deleted = "" if include_deleted else " AND deleted_at IS NULL"
        rows = self.query(table, f"SELECT {self.selected(table)} FROM {table} WHERE id = ?{deleted}", [record_id])
        return rows[0] if rows else None

    def require(self, table: str, record_id: str) -> Record:
        record = self.get(table, record_id)
        if record is None:
            raise NotFoundError(Message("No %1 with id %2.", Typed(table), Typed(record_id)))
        return record

    def _select_sql(
        self,
        table: str,
        where: str,
        *,
        select: str,
        order_by: str | None,
        limit: int | None,
        offset: int | None,
        include_deleted: bool,
    ) -> str:
        """The SELECT of `rows`/`iter_rows`, in the manner of sqlite-utils' `rows_where`."""
        self._check_table(table)
        clauses = [] if include_deleted else ["deleted_at IS NULL"]
        if where:
            clauses.append(f"({where})")
        sql = f"SELECT {self.selected(table) if select == '*' else select} FROM {table}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset is not None:
            sql += f"{'' if limit is not None else ' LIMIT -1'} OFFSET {int(offset)}"
        return sql

    def rows(
        self,
        table: str,
        where: str = "",
        args: Iterable[Any] = (),
        *,
        order_by: str | None = None,
        select: str = "*",
        limit: int | None = None,
        offset: int | None = None,
        include_deleted: bool = False,
    ) -> list[Record]:
        """The live records of *table* matching *where* (with *args*): every column, or those of
        *select* (SQL: "id, name"), in *order_by*, at most *limit* of them after *offset*."""
        sql = self._select_sql(
            table, where, select=select, order_by=order_by, limit=limit, offset=offset, include_deleted=include_deleted
        )
        return self.query(table, sql, args)

    def iter_rows(
        self,
        table: str,
        where: str = "",
        args: Iterable[Any] = (),
        *,
        order_by: str | None = None,
        select: str = "*",
        limit: int | None = None,
        offset: int | None = None,
        include_deleted: bool = False,
    ) -> Generator[Record, None, None]:
        """`rows`, one record at a time as SQLite finds it: a caller that stops early (a picker
        that has its thirty) reads no further, and a long table is never held whole in memory.
        Finish with the iterator before writing on this connection."""
        sql = self._select_sql(
            table, where, select=select, order_by=order_by, limit=limit, offset=offset, include_deleted=include_deleted
        )
        with self._translated():
            cur = self.db.execute(sql, list(args))
            columns = [c[0] for c in cur.description]
            lists = [c for c in json_columns(table) if c in columns]
            try:
                while True:
                    chunk = cur.fetchmany(64)
                    if not chunk:
                        return
                    for row in chunk:
                        yield _decoded(dict(zip(columns, row, strict=True)), lists)
            finally:
                cur.close()

    def count(self, table: str, *, include_deleted: bool = False) -> int:
        self._check_table(table)
        where = "" if include_deleted else " WHERE deleted_at IS NULL"
        return int(self.db.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])

    # --- writing ---------------------------------------------------------------------------

    def _encode(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        allowed = set(self.columns(table))
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"{table} has no column(s) {', '.join(sorted(unknown))}")
        out: dict[str, Any] = {}
        for key, value in values.items():
            if key in json_columns(table) and not isinstance(value, str):
                value = json.dumps(value, ensure_ascii=False)
            elif isinstance(value, bool):
                value = int(value)
            out[key] = value
        return out

    def insert(self, table: str, values: dict[str, Any], *, origin: str = "user") -> str:
        """Add a record; returns its new UUID."""
        record_id = str(values.get("id") or uuid.uuid4())
        now = self.now()
        record = {
            **self._encode(table, {k: v for k, v in values.items() if k not in COMMON_COLUMNS or k == "notes"}),
            "id": record_id,
            "origin": origin,
            "created_at": now,
            "updated_at": now,
        }
        cols = ", ".join(record)
        marks = ", ".join("?" for _ in record)

        def run() -> None:
            with self.batch(f"Add {table_label(table)}"):
                self.db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(record.values()))

        self._guard(run)
        return record_id

    def update(self, table: str, record_id: str, changes: dict[str, Any]) -> list[str]:
        """Change fields of a record; returns the names of the fields that changed.

        On a reference record, the changed fields are added to `user_fields` so that a later
        reference release keeps the user's values.
        """
        protected = set(COMMON_COLUMNS) - {"notes"}
        bad = protected & set(changes)
        if bad:
            raise ValueError(f"cannot set {', '.join(sorted(bad))} directly")
        encoded = self._encode(table, changes)

        def run() -> list[str]:
            with self.batch(f"Edit {table_label(table)}"):
                current = self.get(table, record_id, include_deleted=True)
                if current is None:
                    raise NotFoundError(Message("No %1 with id %2.", Typed(table), Typed(record_id)))
                raw = dict(
                    zip(
                        self.columns(table),
                        self.db.execute(
                            f"SELECT {self.selected(table)} FROM {table} WHERE id = ?", [record_id]
                        ).fetchone(),
                        strict=True,
                    )
                )
                changed = [k for k, v in encoded.items() if raw.get(k) != v]
                if not changed:
                    return []
                sets: dict[str, Any] = {k: encoded[k] for k in changed}
                if current["origin"] == "reference":
                    fields = sorted(set(current["user_fields"]) | set(changed))
                    sets["user_fields"] = json.dumps(fields)
                sets["updated_at"] = self.now()
                assignments = ", ".join(f"{k} = ?" for k in sets)
                self.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*sets.values(), record_id])
                return changed

        result: list[str] = self._guard(run)
        return result

    def delete(self, table: str, record_id: str) -> None:
        """Delete a record softly: it disappears from views and search, and can be restored."""
        self._set_deleted(table, record_id, self.now())

    def restore(self, table: str, record_id: str) -> None:
        self._set_deleted(table, record_id, None)

    def _set_deleted(self, table: str, record_id: str, when: str | None) -> None:
        verb = "Delete" if when else "Restore"

        def run() -> None:
            with self.batch(f"{verb} {table_label(table)}"):
                current = self.get(table, record_id, include_deleted=True)
                if current is None:
                    raise NotFoundError(Message("No %1 with id %2.", Typed(table), Typed(record_id)))
                fields = set(current["user_fields"])
                if current["origin"] == "reference":
                    fields.add("deleted_at")
                    if when is None:
                        fields.discard("deleted_at")
                self.db.execute(
                    f"UPDATE {table} SET deleted_at = ?, updated_at = ?, user_fields = ? WHERE id = ?",
                    [when, self.now(), json.dumps(sorted(fields)), record_id],
                )

        self._guard(run)

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Inside a batch: many rows written at the speed of the database. The search index and the
        alerts' sort keys are brought up to date once, at the end, for the rows written (not at each
        row), and the connection's page cache is raised meanwhile to 64 MiB, so that inserting
        thousands of rows at random places of large indexes (ids are random) reads each page once."""
        if self._batch is None:
            raise RuntimeError("Store.bulk() must run inside a batch")
        before = int(self.db.execute("PRAGMA cache_size").fetchone()[0])
        self.db.execute(f"PRAGMA cache_size = {min(before, -_BULK_CACHE_KIB)}")
        try:
            with fts.suspended(self.db), sort_keys.suspended(self.db):
                yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {before}")

    def insert_many(self, table: str, records: list[dict[str, Any]], *, origin: str = "user") -> int:
        """Add many records in one transaction, indexing them for search once at the end."""
        if not records:
            return 0
        now = self.now()
        prepared = [
            {
                **self._encode(table, {k: v for k, v in values.items() if k not in COMMON_COLUMNS or k == "notes"}),
                "id": str(values.get("id") or uuid.uuid4()),
                "origin": origin,
                "created_at": now,
                "updated_at": now,
            }
            for values in records
        ]
        columns = list(prepared[0])
        if any(list(p) != columns for p in prepared):
            raise ValueError("insert_many needs the same fields in every record")
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"

        def run() -> None:
            with self.batch(f"Add {len(prepared)} × {table_label(table)}"), self.bulk():
                self.db.conn.executemany(sql, [list(p.values()) for p in prepared])

        self._guard(run)
        return len(prepared)

    # --- search ----------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        kinds: tuple[str, ...] | None = None,
        limit: int = 50,
        snippets: bool = True,
        also: tuple[str, ...] = (),
    ) -> list[Record]:
        result: list[Record] = self._guard(
            lambda: fts.search(self.db, text, kinds=kinds, limit=limit, snippets=snippets, also=also)
        )
        if len(result) < FEW_RESULTS and (kinds is None or "person" in kinds):
            shown = {r["record_id"] for r in result}
            for pid, _cost in self._guard(lambda: self._name_vocabulary().find(text, limit=FEW_RESULTS)):
                if pid not in shown and len(result) < limit:
                    name = self.db.execute("SELECT name FROM person WHERE id = ?", [pid]).fetchone()[0]
                    result.append({"kind": "person", "record_id": pid, "title": name, "snippet": "", "rank": 0.0})
        return result

    def _name_vocabulary(self) -> NameVocabulary:
        """Every live person's names and aliases as words (`core.persons`), read again only once
        something was written (here: `total_changes()`; by another program: `data_version`)."""
        key = (
            self.db.execute("PRAGMA data_version").fetchone()[0],
            self.db.execute("SELECT total_changes()").fetchone()[0],
        )
        if self._names is None or self._names[0] != key:
            rows = self.db.execute("SELECT id, name, aliases FROM person WHERE deleted_at IS NULL").fetchall()
            vocabulary = NameVocabulary((pid, [name, *json.loads(aliases or "[]")]) for pid, name, aliases in rows)
            self._names = (key, vocabulary)
        return self._names[1]

    def snippet(self, text: str, record_id: str) -> str:
        """What `search` says of *record_id* for *text*, asked for when it is shown."""
        found: str = self._guard(lambda: fts.snippet(self.db, text, record_id))
        return found


# Fewer results than this from the index: the persons' names are also read give or take a typo.
FEW_RESULTS = 5

__all__ = ["Store", "StoreError", "NotFoundError", "Record"]
