"""Running the command line in-process, and fingerprinting a database's content."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ncdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def content_digest(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()
