"""Errors the store raises: environmental ones the user can act on, and everything else.

SQLite reports trouble with the disk, the lock or the file as an `OperationalError` or a
`DatabaseError` (see `engine`); `translate()` turns the known ones into a `StoreError` whose message
says what happened and what to do. Anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

from pathlib import Path

from ncdesk.core.text import Message, Typed
from ncdesk.store import engine
from ncdesk.store.recovery import Recovery


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


class DiskFullError(StoreError):
    what_to_do = Message("Free some space on the disk, then try again; nothing was saved.")


class NotFoundError(StoreError):
    """A record asked for by id or name does not exist."""


def translate(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """The user-facing form of a known SQLite failure, or None for a bug."""
    if not isinstance(exc, engine.Error):
        return None
    text = str(exc).lower()
    where = Typed(f" ({path})" if path else "")
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
        return DiskFullError(Message("The disk reported an input/output error%1.", where))
    return None
