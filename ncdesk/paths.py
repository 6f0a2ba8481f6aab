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
