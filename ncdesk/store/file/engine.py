"""The SQLite engine: SQLCipher, through `sqlcipher3`, for every database ncdesk opens.

One engine on every platform, encrypted or not: an unencrypted database is an ordinary SQLite
file (the standard `sqlite3` tools read it); an encrypted one is keyed with a raw 256-bit key
and its 16-byte salt (see `crypto`). Nothing else in ncdesk imports a database driver.

`sqlcipher3` raises its own exception classes, which are not subclasses of the standard
library's; the names below catch both, so code written against `sqlite3` (and a few
sqlite-utils paths that raise standard `sqlite3` errors themselves) is caught the same way.
"""

from __future__ import annotations

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


def connect(
    path: Path | str,
    *,
    key: tuple[bytes, bytes] | None = None,
    uri: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> Any:
    """A connection to *path*; keyed with *key* = (raw 32-byte key, 16-byte salt) if given.

    Keying reads nothing: a wrong key shows on the first statement ("file is not a database")."""
    conn = _cipher.connect(str(path), uri=uri, timeout=timeout, check_same_thread=check_same_thread)
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
