"""A workbook is read from its file, its shared strings kept compact and named by number in the
rows (issue 22: reading a file costs at most about twice its size). NCDESK_TORTURE=1 measures a
20 MB workbook."""

from __future__ import annotations

import gc
import os
import random
import string
import tracemalloc
from pathlib import Path

import pytest

from ncdesk.io.importing import read
from ncdesk.io.readers import read_file
from ncdesk.io.readers_tables import LIMITS, Rows, SharedStrings, SharedText, Tables
from ncdesk.io.readers_xlsx import each_sheet, load_workbook, sheet_values

TORTURE = os.environ.get("NCDESK_TORTURE") == "1"
DATA = Path(__file__).parent.parent / "data" / "import"


def test_rows_keep_a_shared_string_by_its_number() -> None:
    table = SharedStrings(["Mongolia", "Hungary", "Côte d’Ivoire", *(f"s{i}" for i in range(2_000))])
    assert len(table) == 2_003 and table.text(2) == "Côte d’Ivoire" and table.text(2_002) == "s1999"
    with pytest.raises(IndexError):
        table.text(2_003)
    rows = Rows()
    rows.append((2, [table[0], "typed", table[2]]))
    rows.append((3, [table[1_500], "a\x01b"]))  # a cell that holds the marker: kept as typed
    rows.append((4, []))
    assert rows.strings is table
    assert list(rows) == [(2, ["Mongolia", "typed", "Côte d’Ivoire"]), (3, ["s1497", "a\x01b"]), (4, [])]
    assert all(type(c) is str for _, cells in rows for c in cells)
    other = SharedStrings(["Chad"])
    rows.append((5, [SharedText(other, 0)]))  # another workbook's string: kept as its text
    assert rows[-1] == (5, ["Chad"])


def test_a_workbook_saved_by_libreoffice_reads_its_shared_strings(tmp_path: Path) -> None:
    # named .csv: the workbook is known by its content, and read from the file all the same
    path = tmp_path / "saved.csv"
    path.write_bytes((DATA / "alerts_saved_by_libreoffice.xlsx").read_bytes())
    tables = read_file(path)
    assert isinstance(tables, Tables) and tables.format == "xlsx"
    rows = tables.sheets[0].rows
    assert rows.strings is not None and len(rows) > 0
    again = read_file(DATA / "alerts_saved_by_libreoffice.xlsx")
    assert isinstance(again, Tables) and again.sheets == tables.sheets


@pytest.mark.timeout(900)
@pytest.mark.skipif(not TORTURE, reason="NCDESK_TORTURE=1: writes and reads a 20 MB workbook (a minute or two)")
def test_a_20_mb_workbook_is_read_in_at_most_2_times_its_size(tmp_path: Path) -> None:
    from openpyxl import Workbook

    rng = random.Random(22)
    book = Workbook(write_only=True)
    ws = book.create_sheet("Travel alerts")
    ws.append(["person", "destinations", "date", "purpose", "reliability", "received_at", "notes"])
    for i in range(100_000):
        notes = " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) for _ in range(40))
        person = rng.choice(["Vladimir Putin", "Omar Al Bashir", "Ahmed Harun"])
        place = rng.choice(["Mongolia", "Chad", "Hungary", "Kenya; Djibouti"])
        day = f"{1 + i % 28} {rng.choice(['March', 'April', 'May'])} 2031"
        ws.append([person, place, day, "Summit", rng.choice(["probable", "confirmed"]), "2031-02-01", notes])
    path = tmp_path / "alerts.xlsx"
    book.save(path)
    del book, ws
    size = path.stat().st_size
    assert size > 19_000_000
    tracemalloc.start()
    try:
        plan = read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(plan.source, Tables) and not plan.problems
    assert len(plan.source.sheets[0].rows) == 100_000
    assert peak <= 2.0 * size, f"peak {peak:,} bytes: {peak / size:.2f}× the file's {size:,}"


def _sizeless_workbook(path: Path, rows: int) -> Path:
    """A workbook written by openpyxl's write-only mode, which does not declare the sheet's size."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("Travel alerts")
    ws.append(["person", "notes"])
    for i in range(rows):
        ws.append([f"p{i}", i])
    book.save(path)
    return path


def test_a_sheet_s_rows_are_read_without_keeping_an_element_per_row(tmp_path: Path) -> None:
    path = _sizeless_workbook(tmp_path / "rows.xlsx", 20_000)
    peaks = {}
    with path.open("rb") as stream:
        book = load_workbook(stream)
        ws = book.worksheets[0]
        for how, rows in (
            ("openpyxl", lambda: ws.iter_rows(max_col=65, values_only=True)),
            ("ours", lambda: sheet_values(ws, 65)),
        ):
            gc.collect()
            tracemalloc.start()
            try:
                count = sum(1 for _ in rows())
                peaks[how] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert count == 20_001
        assert list(sheet_values(ws, 65)) == list(ws.iter_rows(max_col=65, values_only=True))
        book.close()
    # openpyxl's own loop keeps an emptied element for each row until the sheet ends (about 90 bytes)
    assert peaks["openpyxl"] > 20_000 * 80 and peaks["ours"] < 20_000 * 40, peaks


def test_the_parse_that_sizes_a_sheet_is_not_left_for_the_rows_to_wait_on(tmp_path: Path) -> None:
    path = _sizeless_workbook(tmp_path / "rows.xlsx", 20_000)
    at_first_row: list[int] = []

    def visit(title: str, rows: object) -> None:
        at_first_row.append(tracemalloc.get_traced_memory()[0])

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        with path.open("rb") as stream:
            each_sheet(stream, path.name, LIMITS, visit)
    finally:
        tracemalloc.stop()
    # sizing the sheet parses it to its end (it declares no size): that tree costs about 150
    # bytes a row while it is built, and nothing once the workbook is open
    assert at_first_row and at_first_row[0] - before < 20_000 * 20, at_first_row[0] - before
