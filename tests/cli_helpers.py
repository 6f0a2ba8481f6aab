"""Running the command line in-process, and fingerprinting a database's content."""

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ncdesk.app import main  # as the `ncdesk` program runs: the command line, or the window
from tests import encrypted_mode


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def iterdump(conn: Any) -> Iterator[str]:
    """Every schema entry and row, in a fixed order (sqlcipher3 has no `iterdump`)."""
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"):
        yield str(sql)
        if str(sql).upper().startswith("CREATE TABLE"):
            yield from sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"'))


def content_digest(db_path: Path) -> str:
    """The content of a closed database: read with the test suite's passphrase if it is encrypted."""
    conn = encrypted_mode.connect(db_path)
    try:
        return hashlib.sha256("\n".join(iterdump(conn)).encode()).hexdigest()
    finally:
        conn.close()
