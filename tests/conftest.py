"""Test set-up: headless Qt before any Qt import, a temporary data folder for every test, and
no network connection from any code path.

With NCDESK_TEST_ENCRYPTED=1 the whole suite runs encrypted: every data folder a test opens is
encrypted, with a planted canary, and the session fails if the canary is found in clear in any
file ncdesk wrote (see tests/encrypted_mode.py)."""

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
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ncdesk.store.reference import Release  # noqa: E402
from ncdesk.store.reference_files import read_release  # noqa: E402
from ncdesk.store.store import Store  # noqa: E402
from tests import encrypted_mode as enc  # noqa: E402

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "reference"


# --- the encrypted mode (NCDESK_TEST_ENCRYPTED=1) ---------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    if enc.ENABLED:
        enc.install_store_wrapper()
        enc.install_audit_hook()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not enc.ENABLED:
        return
    for item in items:
        marker = item.get_closest_marker("plain_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "a plain database")
            item.add_marker(pytest.mark.skip(reason=f"plain only: {reason}"))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture of the test: does it want its folders encrypted?"""
    if enc.ENABLED:
        enc.SESSION.auto = item.get_closest_marker("manages_encryption") is None
        enc.SESSION.current = item.nodeid


@pytest.fixture(scope="session", autouse=True)
def encrypted_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """In encrypted mode: the session's own temporary folder (scanned at the end) and the
    passphrase file for the command line (outside any data folder)."""
    if not enc.ENABLED:
        yield
        return
    base = tmp_path_factory.getbasetemp().resolve()
    enc.SESSION.basetemp = base
    system_tmp = base / "system-tmp"
    system_tmp.mkdir(exist_ok=True)
    enc.SESSION.tmpdir = system_tmp
    secret = base / "suite-passphrase"
    secret.write_text(enc.PASS + "\n", encoding="utf-8")
    secret.chmod(0o600)
    enc.SESSION.passphrase_file = secret
    saved = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = str(system_tmp)
    tempfile.tempdir = str(system_tmp)
    try:
        yield
    finally:
        if saved[0] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved[0]
        tempfile.tempdir = saved[1]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not enc.ENABLED or enc.SESSION.basetemp is None:
        return
    started = time.monotonic()
    report = enc.final_scan(full_run=session.testscollected >= 500)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = report.lines + [f"(the scan took {time.monotonic() - started:.1f} s)"]
    if reporter is not None:
        reporter.ensure_newline()
        reporter.write_sep("=", "encrypted mode: canary scan", red=report.failed, green=not report.failed)
        for line in lines:
            reporter.write_line(line)
    if report.failed and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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
    if enc.ENABLED and enc.SESSION.auto and enc.SESSION.passphrase_file is not None:
        monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", str(enc.SESSION.passphrase_file))
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
    enc.open_plain(folder, clock=FixedClock(), reference=release).close()
    return folder / "ncdesk.sqlite3"


@pytest.fixture(scope="session")
def encrypted_reference(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Path:
    """In encrypted mode: a data folder with the reference data, the canary planted, encrypted
    with the suite's passphrase (copied, with its key-derivation file, for each test)."""
    folder = tmp_path_factory.mktemp("template-encrypted")
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    with enc.open_plain(folder, clock=FixedClock(), load_reference=False) as s:
        enc.encrypt_and_plant(s)
    enc.SESSION.opened[folder.resolve()] = True
    return folder


def _fill(data_dir: Path, request: pytest.FixtureRequest, reference_db: Path) -> None:
    """Put the reference database in *data_dir*: encrypted (with its key-derivation file) in
    encrypted mode, unless the test manages encryption itself."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if enc.ENABLED and enc.SESSION.auto:
        enc.copy_database(request.getfixturevalue("encrypted_reference"), data_dir)
        enc.SESSION.opened[data_dir.resolve()] = True
    else:
        shutil.copyfile(reference_db, data_dir / "ncdesk.sqlite3")


@pytest.fixture
def store(
    data_dir: Path, reference_db: Path, release: Release, clock: FixedClock, request: pytest.FixtureRequest
) -> Iterator[Store]:
    """A freshly migrated database with the reference data loaded."""
    _fill(data_dir, request, reference_db)
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
def initialised(data_dir: Path, reference_db: Path, request: pytest.FixtureRequest) -> Path:
    """A data folder holding a database with the reference data (for the command line)."""
    _fill(data_dir, request, reference_db)
    return data_dir
