"""The exports being written: each export's temporary file is recorded in the data folder before
it is created, and the record removed once the file is renamed into place (or removed after a
failure). A kill in between leaves a hidden `.NAME.….part` beside the export's target holding
part of the export in clear; `remove_leftovers`, called when the store opens, removes it.

One small file per export in `exports-pending/` (0600, the folder 0700), written atomically:
`{"part": "/home/…/.hungary.pdf.3f2a9c1e.part"}`. It names the export's file, as the history does.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

PENDING_DIR = "exports-pending"


def pending_dir(folder: Path) -> Path:
    return folder / PENDING_DIR


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened (and need no flush) on Windows
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _is_export_part(path: Path) -> bool:
    """Only what `atomic_write` creates is ever removed: a hidden `.NAME.TOKEN.part`."""
    return path.name.startswith(".") and path.name.endswith(".part")


def begin(folder: Path, part: Path) -> Path:
    """Record *part* (not yet created) as an export being written; returns the record, for `end`.
    The record is on disk before the function returns, so a kill after it cannot hide the file."""
    where = pending_dir(folder)
    where.mkdir(mode=0o700, parents=True, exist_ok=True)
    entry = where / f"{secrets.token_hex(8)}.json"
    tmp = entry.with_name(entry.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, json.dumps({"part": str(Path(part).absolute())}).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(entry)
    _fsync_dir(where)
    return entry


def end(entry: Path) -> None:
    """The export's temporary file is gone (renamed into place, or removed): forget it."""
    entry.unlink(missing_ok=True)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary file of every export a kill interrupted; the files removed. A record
    whose file is in a folder that is not there now (a stick not plugged in) is kept for later."""
    where = pending_dir(folder)
    removed: list[Path] = []
    try:
        entries = sorted(where.iterdir())
    except OSError:
        return removed  # none recorded (or a folder that cannot be read: nothing to do here)
    for entry in entries:
        try:
            if entry.name.endswith(".tmp"):  # a record killed while written: its file was never created
                entry.unlink()
                continue
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
                part = Path(data["part"]) if isinstance(data, dict) and isinstance(data.get("part"), str) else None
            except ValueError:
                part = None
            if part is not None and _is_export_part(part):
                if not part.parent.is_dir():
                    continue
                try:
                    part.unlink()
                    removed.append(part)
                except FileNotFoundError:
                    pass
            entry.unlink()
        except OSError:
            continue  # read-only, or in use: tried again at the next start
    return removed
