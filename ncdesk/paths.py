"""Every folder ncdesk uses, in one place.

The data folder is the platform's user data folder (platformdirs), unless `--data-dir` or
the environment variable NCDESK_DATA_DIR says otherwise. Resources are found next to the
package in a source checkout, inside the installed package, or in a PyInstaller bundle.
Nothing here touches the disk at import time.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


# Everything ncdesk keeps in the data folder is private to the user, whatever the umask: the
# folders 0700, the files 0600 (POSIX; on Windows the folder is under the user's profile).
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_SUBFOLDERS = ("backups", "attachments", "damaged", "templates")
# A folder (or a lock) that cannot be written: a write-protected stick, a colleague's copy.
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EROFS, errno.EPERM})


def is_read_only_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in READ_ONLY_ERRNOS


def ensure_data_dir(folder: Path) -> Path:
    """Create the data folder (and its subfolders) if missing, SQLite will not, and make what
    an older ncdesk left readable by others private. In a read-only folder that exists, a
    missing subfolder stays missing (the store opens it read-only)."""
    private_dir(folder, parents=True)
    for sub in (backups_dir(folder), attachments_dir(folder)):
        try:
            private_dir(sub)
        except OSError as exc:
            if not is_read_only_error(exc):
                raise
    make_private_tree(folder)
    return folder


def private_dir(path: Path, *, parents: bool = False) -> Path:
    """Create *path* 0700 if missing; an existing one loses what group and others may do."""
    try:
        path.mkdir(mode=PRIVATE_DIR, parents=parents)
    except FileExistsError:
        if not path.is_dir():
            raise
        make_private(path)
    else:
        if sys.platform != "win32" and path.stat().st_mode & 0o777 != PRIVATE_DIR:
            path.chmod(PRIVATE_DIR)  # an odd umask (0277) took the owner's write away
    return path


def create_private_file(path: Path) -> Path:
    """Create *path* empty and 0600 if missing (before SQLite or a copy opens a new file: SQLite
    creates files with the umask's modes, and gives its -wal and -shm the main file's)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        if sys.platform != "win32" and os.fstat(fd).st_mode & 0o777 != PRIVATE_FILE:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return path


def make_private(path: Path) -> None:
    """Take from a file or folder what group and others may do (an older ncdesk left 0644 and
    0755: they become 0600 and 0700), never adding anything: a folder its owner made read-only
    stays so. Never follows a link; best effort (a file someone else owns is left as it is)."""
    if sys.platform == "win32":  # pragma: no cover - POSIX modes do not apply (see docs/SECURITY.md)
        return
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISLNK(st.st_mode) or not st.st_mode & 0o077:
        return
    with contextlib.suppress(OSError):
        path.chmod(st.st_mode & 0o700)


def make_private_tree(folder: Path) -> None:
    """Make the data folder, its files and those of its subfolders private (what an older ncdesk,
    which left them 0644 and 0755, wrote)."""
    make_private(folder)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        make_private(Path(entry.path))
        if entry.name in _SUBFOLDERS and entry.is_dir(follow_symlinks=False):
            try:
                inner = list(os.scandir(entry.path))
            except OSError:
                continue
            for item in inner:
                make_private(Path(item.path))


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
