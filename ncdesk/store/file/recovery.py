"""What a data folder remembers after its database was moved aside: the recovery it waits for.

When the database fails its check it is moved to `damaged/` (never deleted) and the last good
backup is named (`store._moved_aside`). From then on nothing may carry on by itself: no command
and no window may create a new database in the folder until the user chooses, either to restore
a backup (`ncdesk restore NAME`, File ▸ Restore…) or to start anew (`ncdesk init --new`, the
window's "Start a new database"). The choice waits in `damaged/recovery.json`:

    {"format": 1, "at": "2026-12-06T21:40:00.000Z", "moved_to": "damaged/ncdesk-….sqlite3",
     "backup": "backups/ncdesk-…-auto.sqlite3" | null, "encrypted": true, "reason": "…"}

Paths are relative to the data folder (the folder may be moved). The backup named here is kept
by the thinning of backups (`backups.to_remove`) until the user restores or deletes it. The file
is written atomically and 0600; `clear` removes it once the user has chosen.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ncdesk import paths

RECOVERY_NAME = "recovery.json"
FORMAT = 1


def damaged_dir(folder: Path) -> Path:
    return folder / "damaged"


def recovery_path(folder: Path) -> Path:
    return damaged_dir(folder) / RECOVERY_NAME


@dataclass(frozen=True)
class Recovery:
    """A move-aside the user has not yet answered."""

    at: str  # UTC stamp of the move-aside
    moved_to: Path | None  # the damaged copy (absolute)
    backup: Path | None  # the backup named for recovery (absolute), None when there was none
    encrypted: bool  # the folder was encrypted: whatever comes next must be too
    reason: str = ""  # what was wrong, as it was said (English)


def _relative(folder: Path, path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return str(Path(path).resolve().relative_to(folder.resolve()))
    except ValueError:
        return str(path)


def _absolute(folder: Path, text: Any) -> Path | None:
    if not isinstance(text, str) or not text:
        return None
    path = Path(text)
    return path if path.is_absolute() else folder / path


def pending(folder: Path) -> Recovery | None:
    """The recovery this folder waits for, or None. An unreadable file still means one waits
    (the worst is assumed: nothing carries on by itself)."""
    path = recovery_path(folder)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return Recovery(at="", moved_to=None, backup=None, encrypted=False)
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        return Recovery(at="", moved_to=None, backup=None, encrypted=False)
    return Recovery(
        at=str(data.get("at") or ""),
        moved_to=_absolute(folder, data.get("moved_to")),
        backup=_absolute(folder, data.get("backup")),
        encrypted=bool(data.get("encrypted")),
        reason=str(data.get("reason") or ""),
    )


def record(
    folder: Path, *, moved_to: Path | None, backup: Path | None, encrypted: bool, reason: str = "", at: str = ""
) -> Recovery:
    """Remember a move-aside (atomically, 0600). A recovery already waiting keeps its backup
    when this one has none (the first named backup is the one that holds the user's records)."""
    earlier = pending(folder)
    if backup is None and earlier is not None:
        backup = earlier.backup
    encrypted = encrypted or (earlier is not None and earlier.encrypted)
    at = at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    data = {
        "format": FORMAT,
        "at": at,
        "moved_to": _relative(folder, moved_to),
        "backup": _relative(folder, backup),
        "encrypted": encrypted,
        "reason": reason,
    }
    target = recovery_path(folder)
    paths.private_dir(target.parent)
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(target)
    return Recovery(at=at, moved_to=moved_to, backup=backup, encrypted=encrypted, reason=reason)


def clear(folder: Path) -> None:
    """The user has chosen (restored a backup, or started anew): nothing waits any more."""
    recovery_path(folder).unlink(missing_ok=True)
    recovery_path(folder).with_name(RECOVERY_NAME + ".part").unlink(missing_ok=True)
