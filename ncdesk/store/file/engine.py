"""The SQLite engine: SQLCipher, through `sqlcipher3`, for every database ncdesk opens.

One engine on every platform, encrypted or not: an unencrypted database is an ordinary SQLite
file (the standard `sqlite3` tools read it); an encrypted one is keyed with a raw 256-bit key
and its 16-byte salt (see `crypto`). Nothing else in ncdesk imports a database driver.

`connect` is the one function in ncdesk that makes a connection, and every caller says why with
an `Opening`, which decides how the file is opened. The user's database is opened only in `db`:
for work by `db.open_database` (pragmas, migrations), in a folder that cannot be written by
`db.open_read_only`, and for a second, reading connection by `db.open_reader`; the other
callers read or write a copy, a backup or a file being converted, each for a reason listed in
tests/store/test_one_opening.py, which fails on a new caller.

`sqlcipher3` raises its own exception classes, which are not subclasses of the standard
library's; the names below catch both, so code written against `sqlite3` (and a few
sqlite-utils paths that raise standard `sqlite3` errors themselves) is caught the same way.
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as _cipher

Connection = _cipher.Connection

Error: tuple[type[Exception], ...] = (sqlite3.Error, _cipher.Error)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError, _cipher.DatabaseError)
OperationalError: tuple[type[Exception], ...] = (sqlite3.OperationalError, _cipher.OperationalError)
IntegrityError: tuple[type[Exception], ...] = (sqlite3.IntegrityError, _cipher.IntegrityError)
DataError: tuple[type[Exception], ...] = (sqlite3.DataError, _cipher.DataError)
InterfaceError: tuple[type[Exception], ...] = (sqlite3.InterfaceError, _cipher.InterfaceError)
ProgrammingError: tuple[type[Exception], ...] = (sqlite3.ProgrammingError, _cipher.ProgrammingError)

SQLITE_HEADER = b"SQLite format 3\x00"


def key_pragma(raw: bytes, salt: bytes | None = None) -> str:
    """The value for `PRAGMA key`: a raw key (no SQLCipher key derivation), with its salt when given."""
    value = raw.hex() + (salt.hex() if salt else "")
    return f"\"x'{value}'\""


class Opening(enum.Enum):
    """Why a file is opened, which says how."""

    WRITE = "write"
    """Read and written: the user's database opened for work, a backup copy being written, a
    converted file being finished."""
    READ = "read"
    """Read only (`mode=ro`), through the -wal a writer may have left: a file copied or compared
    while it may be open elsewhere, the user's database read by a second connection."""
    READ_IMMUTABLE = "read-immutable"
    """Read only, as a file no one writes (`mode=ro&immutable=1`): no lock, no -shm, nothing
    created beside it: a backup's test, whether a key opens a file, a database in a folder that
    cannot be written."""


def uri(path: Path | str, opening: Opening) -> tuple[str, bool]:
    """The name SQLite opens for *path* opened for *opening*, and whether it is a URI."""
    if opening is Opening.WRITE:
        return str(path), False
    query = "?mode=ro&immutable=1" if opening is Opening.READ_IMMUTABLE else "?mode=ro"
    return Path(path).absolute().as_uri() + query, True


def connect(
    path: Path | str,
    *,
    opening: Opening = Opening.WRITE,
    key: tuple[bytes, bytes] | None = None,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> Any:
    """A connection to the database file *path*, opened for *opening*; keyed with *key* =
    (raw 32-byte key, 16-byte salt) if given.

    Keying reads nothing: a wrong key shows on the first statement ("file is not a database")."""
    name, is_uri = uri(path, opening)
    conn = _cipher.connect(name, uri=is_uri, timeout=timeout, check_same_thread=check_same_thread)
    # SQLCipher logs failed page checks on stderr; ncdesk reports them as errors itself.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Sorts and temporary indexes stay in memory: never a plaintext temporary file on disk.
    conn.execute("PRAGMA temp_store = MEMORY")
    if key is not None:
        conn.execute(f"PRAGMA key = {key_pragma(*key)}")
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """Does *path* start with the plain SQLite header (an unencrypted database)?"""
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def version() -> str:
    return str(_cipher.sqlite_version)
