"""One ncdesk at a time on a data folder, and whether the last one closed cleanly.

The lock is an operating-system lock on `ncdesk.lock` in the data folder (flock on Linux and
macOS, a byte-range lock on Windows): it goes away with the process, so a crash never leaves
a folder locked. The file also says who holds it (for the message a second ncdesk shows) and
whether the holder closed cleanly: "open" left behind means the last session ended without
closing (a crash, a power cut, a kill), and the next start checks the whole database.

A clean close also records the database file as it was left (size, modification and change
times to the nanosecond, file number). A database exactly as the last ncdesk left it needs no
check at the next start (`unchanged`): the check reads every page (seconds at ten times the
record) and could only find what has happened to the file since, which changes those stamps.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import sys
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

from ncdesk.core.text import Message, Typed
from ncdesk.store.file.errors import ReadOnlyFolderError, StoreError, read_only_note

LOCK_NAME = "ncdesk.lock"
_SIZE = 512
_WIN_OFFSET = 1 << 30  # Windows locks a byte far past the text, which stays readable
# File times are kept at the kernel's tick (a few ms), not to the nanosecond: a stamp is taken
# at least this long after the file's last change, so any later change shows in the times.
_TICK_NS = 20_000_000


class InstanceLockedError(StoreError):
    what_to_do = Message("Close the other ncdesk (window or command) using this data folder, then try again.")


class InstanceLock:
    def __init__(self, folder: Path, program: str = "ncdesk") -> None:
        self.path = folder / LOCK_NAME
        self.program = program
        self._fd: int | None = None
        self.previous: dict[str, Any] = {}
        self.last_change: dict[str, Any] | None = None
        self._mutex = threading.Lock()  # a worker's connection notes its commits too

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def unclean(self) -> bool:
        """The session before this one did not close cleanly."""
        return self.previous.get("state") == "open"

    def unchanged(self, database: Path) -> bool:
        """Is *database* exactly as the session before this one left it when it closed cleanly?"""
        stamp = file_stamp(database)
        return stamp is not None and self.previous.get("state") == "closed" and self.previous.get("database") == stamp

    def acquire(self) -> InstanceLock:
        """Take the lock; ReadOnlyFolderError when the lock cannot be created or opened for writing
        (the store then opens the database read-only, see `Store.open`)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                raise ReadOnlyFolderError(read_only_note(self.path.parent)) from exc
            raise
        try:
            _lock(fd)
        except OSError:
            holder = _read(fd)
            os.close(fd)
            since = holder.get("since", "")
            name = str(holder.get("program", "ncdesk"))
            program = Message("the window") if name == "the window" else Typed(name)  # or a command: "ncdesk import"
            pid = Typed(holder.get("pid", "?"))
            if holder.get("host") and holder.get("host") != socket.gethostname():
                who = Message("%1, process %2 on %3", program, pid, Typed(holder["host"]))
            else:
                who = Message("%1, process %2", program, pid)
            if since:
                raise InstanceLockedError(
                    Message("ncdesk is already open on this data folder (%1, since %2).", who, Typed(since))
                ) from None
            raise InstanceLockedError(Message("ncdesk is already open on this data folder (%1).", who)) from None
        self._fd = fd
        self.previous = _read(fd)
        if not self.previous and os.fstat(fd).st_size:
            self.previous = {"state": "open"}  # unreadable: assume the worst, check everything
        recorded = self.previous.get("last_change")
        self.last_change = recorded if isinstance(recorded, dict) else None
        self._write("open")
        return self

    @property
    def recorded_change(self) -> dict[str, Any] | None:
        """The last committed change the session before this one recorded, or None."""
        recorded = self.previous.get("last_change")
        return recorded if isinstance(recorded, dict) else None

    def note_change(self, change: dict[str, Any] | None) -> None:
        """Remember the last committed change (after a commit; no fsync: cheap, and the database
        is always ahead of what is written here)."""
        if self._fd is None:
            return
        with self._mutex:
            self.last_change = change
            with suppress(OSError):  # the disk may be full: the next commit writes it again
                self._write("open", sync=False)

    def forget_last_change(self) -> None:
        """The database is replaced by an earlier one on purpose (a restore): nothing to compare.
        Written with fsync: the replacement comes after it."""
        if self._fd is None:
            return
        with self._mutex:
            self.last_change = None
            self._write("open")

    def release(self, database: Path | None = None) -> None:
        """Mark a clean close (with the stamp of the closed *database* file) and let go of the lock."""
        if self._fd is None:
            return
        try:
            stamp = settled_stamp(database) if database is not None else None
            with self._mutex:
                self._write("closed", stamp)
        except OSError:
            pass  # the disk may be full or gone: the lock still goes
        finally:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def _write(self, state: str, database: dict[str, int] | None = None, *, sync: bool = True) -> None:
        assert self._fd is not None
        info: dict[str, Any] = {
            "program": self.program,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
            "state": state,
        }
        if database is not None:
            info["database"] = database
        if self.last_change is not None:
            info["last_change"] = self.last_change
        # One write of a fixed length, never a truncation first: a kill leaves the old text or
        # the new, never an empty file.
        data = json.dumps(info).encode().ljust(_SIZE - 1) + b"\n"
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data[:_SIZE])
        if sync:
            os.fsync(self._fd)


def file_stamp(database: Path) -> dict[str, int] | None:
    """What identifies the state of a closed database file; None when it is missing or its
    write-ahead log still holds pages (then it is not closed)."""
    try:
        st = database.stat()
        wal = database.with_name(database.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "ino": st.st_ino}


def settled_stamp(database: Path) -> dict[str, int] | None:
    """The stamp of *database*, taken once its last change is a clock tick old (see _TICK_NS)."""
    stamp = file_stamp(database)
    if stamp is None:
        return None
    wait = max(stamp["mtime_ns"], stamp["ctime_ns"]) + _TICK_NS - time.time_ns()
    if wait > 0:
        time.sleep(wait / 1e9)
        stamp = file_stamp(database)
    return stamp


def _read(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _SIZE)
        value = json.loads(raw.decode("utf-8")) if raw.strip() else {}
        return value if isinstance(value, dict) else {}
    except (OSError, ValueError):
        return {}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
