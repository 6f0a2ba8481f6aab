"""Test set-up: headless Qt before any Qt import, a temporary data folder for every test, and
no network connection from any code path."""

from __future__ import annotations

import os
from pathlib import Path as _Path

# Offscreen, on a virtual 1920×1200 screen (the plugin's default is 800×800, too small to
# restore a remembered window size).
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={_Path(__file__).resolve().parent / 'offscreen-screen.json'}"
)
os.environ.setdefault("LANG", "C.UTF-8")
# The window and the exports in English whatever the developer's language (Qt reads LANGUAGE,
# then LC_ALL, LC_MESSAGES and LANG): the tests read English words.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ncdesk.store.reference import Release, read_release  # noqa: E402
from ncdesk.store.store import Store  # noqa: E402

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "reference"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open an internet socket fails the test (ncdesk never uses the network)."""
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc]
        def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                raise NetworkUsed(f"ncdesk opened a network socket (family {family})")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed(f"ncdesk tried to connect to {args[0] if args else kwargs}")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder per test; the user's own folder is never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv("NCDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def release() -> Release:
    return read_release(REFERENCE_DIR)


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory: pytest.TempPathFactory, release: Release) -> Path:
    """A database file with the reference data, built once and copied for each test."""
    folder = tmp_path_factory.mktemp("template")
    Store.open(folder, clock=FixedClock(), reference=release).close()
    return folder / "ncdesk.sqlite3"


@pytest.fixture
def store(data_dir: Path, reference_db: Path, release: Release, clock: FixedClock) -> Iterator[Store]:
    """A freshly migrated database with the reference data loaded."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    s = Store.open(data_dir, clock=clock, reference=release)
    yield s
    s.close()


@pytest.fixture
def empty_store(data_dir: Path, clock: FixedClock) -> Iterator[Store]:
    """A freshly migrated database without reference data."""
    s = Store.open(data_dir, clock=clock, load_reference=False)
    yield s
    s.close()


@pytest.fixture
def initialised(data_dir: Path, reference_db: Path) -> Path:
    """A data folder holding a database with the reference data (for the command line)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")
    return data_dir
