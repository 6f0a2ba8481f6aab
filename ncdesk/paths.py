"""Every folder ncdesk uses, in one place.

The data folder is the platform's user data folder (platformdirs), unless `--data-dir` or
the environment variable NCDESK_DATA_DIR says otherwise. Resources are found next to the
package in a source checkout, inside the installed package, or in a PyInstaller bundle.
Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ncdesk.core.text import Message, Typed

APP_NAME = "ncdesk"
ENV_DATA_DIR = "NCDESK_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: *override* (from --data-dir), else $NCDESK_DATA_DIR, else the platform's."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def database_path(folder: Path) -> Path:
    return folder / "ncdesk.sqlite3"


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def attachments_dir(folder: Path) -> Path:
    return folder / "attachments"


def ensure_data_dir(folder: Path) -> Path:
    """Create the data folder (and its subfolders) if missing; SQLite will not."""
    folder.mkdir(parents=True, exist_ok=True)
    backups_dir(folder).mkdir(exist_ok=True)
    attachments_dir(folder).mkdir(exist_ok=True)
    return folder


def resources_dir() -> Path:
    """The folder holding reference data, fonts, templates, translations and icons."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# Folders kept in step by a synchronisation client: two copies of a live SQLite database
# (and its -wal) get out of step or conflict, and the database is damaged.
_SYNCED_NAMES = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "icloud",
    "mobile documents",
    "com~apple~clouddocs",
    "nextcloud",
    "owncloud",
    "box",
    "box sync",
    "pcloud",
    "pcloud drive",
    "mega",
    "megasync",
    "synologydrive",
    "seafile",
    "tresorit",
)
_NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "9p",
    "afs",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
    "ceph",
    "glusterfs",
    "afpfs",
    "webdav",
}


def folder_warning(folder: Path) -> str | None:
    """Why *folder* is a risky place for the database (synchronised or on the network), or None."""
    resolved = Path(os.path.abspath(folder))
    for part in resolved.parts:
        name = part.lower()
        if name in _SYNCED_NAMES or name.startswith(("onedrive - ", "dropbox (")):
            return Message(
                "The data folder %1 is inside %2, a folder synchronised to the cloud. A synchronised "
                "copy of an open database can be damaged or leak; move the data folder to an ordinary local "
                "folder (ncdesk --data-dir, or NCDESK_DATA_DIR) and keep copies with the backups instead.",
                Typed(folder),
                Typed(part),
            )
    fs = _filesystem(resolved)
    if str(resolved).startswith("\\\\") or (fs is not None and fs in _NETWORK_FS):
        return Message(
            "The data folder %1 is on a network drive%2. SQLite databases can be "
            "damaged over a network connection; move the data folder to a local disk.",
            Typed(folder),
            Typed(f" ({fs})" if fs else ""),
        )
    return None


def _filesystem(path: Path) -> str | None:
    """The file system type holding *path* (Linux: from /proc/self/mounts; Windows: remote or not)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(str(path))[0] + "\\"
        return "network" if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None  # DRIVE_REMOTE
    mounts = Path("/proc/self/mounts")
    if not mounts.exists():
        return None
    best, fs = "", None
    try:
        for line in mounts.read_text(errors="replace").splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            point = fields[1].replace("\\040", " ")
            if (str(path) == point or str(path).startswith(point.rstrip("/") + "/")) and len(point) > len(best):
                best, fs = point, fields[2]
    except OSError:
        return None
    return fs
