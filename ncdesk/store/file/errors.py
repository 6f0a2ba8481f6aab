"""Errors the store raises: environmental ones the user can act on, and everything else.

SQLite reports trouble with the disk, the lock or the file as an `OperationalError` or a
`DatabaseError` (see `engine`); `translate()` turns the known ones into a `StoreError` whose message
says what happened and what to do. Anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import errno
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from ncdesk.core.text import Message, Typed
from ncdesk.store.file import engine
from ncdesk.store.file.recovery import Recovery


class StoreError(Exception):
    """A problem with the database file that the user can act on."""

    what_to_do: str = ""  # a Message, to be said in the window's language (ui/formatting.py error_text)

    def __init__(self, message: str, what_to_do: str = "") -> None:
        super().__init__(message)
        if what_to_do:
            self.what_to_do = what_to_do

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} {self.what_to_do}".strip()


class EncryptionError(StoreError):
    what_to_do = Message("Nothing was changed.")


class DatabaseNewerError(StoreError):
    what_to_do = Message("Install the newer version of ncdesk to open it; the file was left unchanged.")


class DatabaseCorruptError(StoreError):
    what_to_do = Message("Restore the last good backup; the damaged file was not changed.")


class DatabaseDamagedError(DatabaseCorruptError):
    """The database failed its check at start and was moved aside (never deleted)."""

    def __init__(self, message: str, moved_to: Path | None = None, backup: Path | None = None) -> None:
        self.moved_to = moved_to
        self.backup = backup
        if backup is not None:
            todo = Message(
                "Restore the last good backup: ncdesk restore %1 (in the window: File ▸ Restore…).", Typed(backup)
            )
            todo = Message(
                "%1 Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).",
                todo,
            )
        else:
            todo = Message(
                "There is no good backup. To start anew, with an empty database: ncdesk init --new (in the "
                "window: Start a new database); ncdesk does not do it by itself."
            )
        if moved_to:
            where = Message("The damaged file was moved to %1; nothing was deleted.", Typed(moved_to))
            message = Message("%1 %2", message, where)
        super().__init__(message, todo)


class RecoveryPendingError(StoreError):
    """The database is missing and ncdesk may not start a new one by itself: it was moved aside
    as damaged (a recovery waits, see `recovery`), or the folder is encrypted. The user chooses:
    restore the named backup, or start anew explicitly (`ncdesk init --new`)."""

    def __init__(self, folder: Path, pending: Recovery | None, encrypted: bool) -> None:
        self.folder = folder
        self.recovery = pending
        self.encrypted = encrypted
        self.moved_to = pending.moved_to if pending else None
        self.backup = pending.backup if pending else None
        if pending is not None and pending.moved_to is not None:
            when = Typed(_local_stamp(pending.at)) if pending.at else Typed("?")
            message = Message(
                "The database of %1 was moved to %2 on %3 because it was damaged; ncdesk does not start a new "
                "database by itself.",
                Typed(folder),
                Typed(pending.moved_to),
                when,
            )
            if pending.reason:
                message = Message("%1 (%2)", message, Typed(pending.reason))
        elif pending is not None:
            message = Message(
                "The database of %1 was moved aside as damaged; ncdesk does not start a new database by itself.",
                Typed(folder),
            )
        else:
            message = Message(
                "The database of the encrypted data folder %1 is missing; ncdesk does not start a new database "
                "by itself (it would not be encrypted).",
                Typed(folder),
            )
        if self.backup is not None:
            todo = Message(
                "Restore the last good backup: ncdesk restore %1 (in the window: Restore the backup). Or start "
                "anew, with an empty database: ncdesk init --new (in the window: Start a new database).",
                Typed(self.backup),
            )
        else:
            todo = Message(
                "Restore a backup if you have one (ncdesk backups lists them; ncdesk restore FILE), or start "
                "anew, with an empty database: ncdesk init --new (in the window: Start a new database)."
            )
        super().__init__(message, todo)


def _local_stamp(at: str) -> str:
    """A UTC stamp (2026-12-06T21:40:00.000Z) as local date and time."""
    import datetime as dt

    try:
        when = dt.datetime.strptime(at[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return at
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class DatabaseLockedError(StoreError):
    what_to_do = Message("Close the other ncdesk window or command using it, then try again.")


class DatabaseReadOnlyError(StoreError):
    what_to_do = Message("Check that you may write to the data folder, or choose another with --data-dir.")


class ReadOnlyFolderError(DatabaseReadOnlyError):
    """The data folder cannot be written (a write-protected stick, a colleague's copy): the store
    is opened read-only, and whatever would save something is refused, nothing written."""

    what_to_do = Message("To change it, copy the folder to a place you may write to and open the copy (--data-dir).")


def read_only_note(folder: Path) -> str:
    """What the command line and the window say of a store opened read-only."""
    return Message("The data folder %1 is read-only: you can read and export, nothing can be saved.", Typed(folder))


class DiskFullError(StoreError):
    what_to_do = Message("Free some space on the disk, then try again; nothing was saved.")


class DamagedTextError(DatabaseCorruptError):
    """A row holds text that is not valid UTF-8 (bytes changed outside ncdesk): SQLite stores it,
    and reading it fails. `ncdesk check` says where; `check --repair` mends it."""


class PathTooLongError(StoreError):
    what_to_do = Message("Choose a data folder with a shorter path, with --data-dir (or NCDESK_DATA_DIR).")


# SQLite opens no file whose path is 512 bytes or more (SQLITE_MAX_PATHNAME on Unix); the longest
# name ncdesk gives a file inside its folder is 74 bytes ("/backups/ncdesk-…-before-restore-2.sqlite3.part"
# with "-journal"). Measured: backups fail from a 458-byte folder, the database itself from 490.
MAX_FOLDER_BYTES = 512 - 1 - 80


def check_folder_length(folder: Path) -> None:
    """Refuse, before anything is written, a data folder whose files SQLite could not open."""
    length = len(str(folder).encode("utf-8", "surrogateescape"))
    if length > MAX_FOLDER_BYTES:
        raise PathTooLongError(
            Message(
                "The path of the data folder is too long (%1 bytes; at most %2): its database and backups could "
                "not be written (%3).",
                Typed(str(length)),
                Typed(str(MAX_FOLDER_BYTES)),
                Typed(folder),
            )
        )


class NotFoundError(StoreError):
    """A record asked for by id or name does not exist."""


# SQLite's driver names the column and quotes the damaged text (not repeated: it may be private).
_UNDECODABLE = re.compile(r"could not decode to utf-8(?: column '([^']*)')?", re.IGNORECASE)
FULL_BELOW = 1 << 20  # bytes free: a write that failed with less than this left failed for lack of space


def disk_is_full(path: Path | None) -> bool:
    """Whether the disk holding *path* (or its nearest existing parent) has no room left."""
    if path is None:
        return False
    where = Path(path)
    while not where.exists() and where != where.parent:
        where = where.parent
    try:
        return shutil.disk_usage(where).free < FULL_BELOW
    except OSError:
        return False


def translate(  # noqa: PLR0911 - a return per SQLite error it knows
    exc: BaseException, path: Path | None = None, last_good: Callable[[Path], str | None] | None = None
) -> StoreError | None:
    """The user-facing form of a known SQLite failure (or of a full disk), or None for a bug. Damaged
    text in the database *path* names the backup to restore that *last_good* finds
    (`backups.last_good_name`: the backups lie above this module)."""
    where = Typed(f" ({path})" if path else "")
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(Message("The disk is full%1.", where))
    if not isinstance(exc, engine.Error):
        return None
    text = str(exc).lower()
    if damaged := _UNDECODABLE.search(str(exc)):
        return damaged_text(damaged.group(1) or "?", path, last_good)
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return DatabaseLockedError(Message("The database is in use by another ncdesk%1.", where))
    if "readonly" in text or "read-only" in text or "attempt to write a readonly database" in text:
        return DatabaseReadOnlyError(Message("The database cannot be written%1.", where))
    if "database or disk is full" in text or "disk i/o error" in text and "full" in text:
        return DiskFullError(Message("The disk is full%1.", where))
    if (
        "file is not a database" in text
        or "malformed" in text
        or "database disk image is malformed" in text
        or "file is encrypted" in text
    ):
        return DatabaseCorruptError(Message("The database file is damaged or not an ncdesk database%1.", where))
    if "unable to open database file" in text:
        return DatabaseReadOnlyError(Message("The database file cannot be opened%1.", where))
    if "disk i/o error" in text:
        if disk_is_full(path):  # SQLite says SQLITE_IOERR when a write to the WAL or a sync finds no room
            return DiskFullError(Message("The disk is full%1.", where))
        return DiskFullError(Message("The disk reported an input/output error%1.", where))
    return None


def damaged_text(
    column: str, path: Path | None, last_good: Callable[[Path], str | None] | None = None
) -> DamagedTextError:
    """Invalid UTF-8 met while reading *column*: what happened, and the check, repair or backup to turn to."""
    where = Typed(f" ({path})" if path else "")
    message = Message(
        "The database is damaged: the column %1 holds text that is not valid UTF-8%2.", Typed(column), where
    )
    backup = last_good(path) if last_good is not None and path is not None else None
    if backup is not None:
        todo = Message(
            "Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters "
            "become �); or restore the last good backup: ncdesk restore %1.",
            Typed(backup),
        )
    else:
        todo = Message(
            "Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �)."
        )
    return DamagedTextError(message, todo)
