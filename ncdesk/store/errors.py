"""Errors the store raises: environmental ones the user can act on, and everything else.

SQLite reports trouble with the disk, the lock or the file as an `OperationalError` or a
`DatabaseError` (see `engine`); `translate()` turns the known ones into a `StoreError` whose message
says what happened and what to do. Anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

from pathlib import Path

from ncdesk.core.text import Message, Typed
from ncdesk.store import engine


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
        else:
            todo = Message("There is no good backup; ncdesk will start with a new database and the reference data.")
        if moved_to:
            where = Message("The damaged file was moved to %1; nothing was deleted.", Typed(moved_to))
            message = Message("%1 %2", message, where)
        super().__init__(message, todo)


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
