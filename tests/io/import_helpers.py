"""What the import tests share: the database's fingerprint, and files written from rows."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from ncdesk.io.tabular import EXAMPLE_MARK
from ncdesk.store.file import engine
from ncdesk.store.store import Store
from tests.cli_helpers import iterdump


def file_hashes(store: Store) -> tuple[str, str]:
    """The bytes of the database file and of its write-ahead log."""
    out = []
    for suffix in ("", "-wal"):
        path = store.path.with_name(store.path.name + suffix)
        out.append(hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "")
    return out[0], out[1]


def dump(store: Store) -> str:
    """Every row of every table, read through a second connection (what is committed)."""
    conn = engine.connect(store.path, key=store.key.sqlcipher if store.key else None)
    try:
        return hashlib.sha256("\n".join(iterdump(conn)).encode()).hexdigest()
    finally:
        conn.close()


def state(store: Store) -> tuple[str, str, str]:
    assert not store.db.conn.in_transaction
    return (*file_hashes(store), dump(store))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def unmark(path: Path) -> None:
    """A template with its example row's marker cell deleted."""
    if path.suffix == ".csv":
        path.write_bytes(path.read_bytes().replace(("," + EXAMPLE_MARK).encode(), b""))
        return
    from openpyxl import load_workbook

    book = load_workbook(path)
    ws = book.worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == EXAMPLE_MARK:
                cell.value = None
    book.save(path)
