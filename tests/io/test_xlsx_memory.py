"""A workbook is read from its file, its shared strings kept compact and named by number in the
rows (issue 22: reading a file costs at most about twice its size). NCDESK_TORTURE=1 measures a
20 MB workbook."""

from __future__ import annotations

import os
import random
import string
import tracemalloc
from pathlib import Path

import pytest

from ncdesk.io.importing import read
from ncdesk.io.readers import Rows, SharedStrings, SharedText, Tables, read_file

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
def test_a_20_mb_workbook_is_read_in_at_most_2_2_times_its_size(tmp_path: Path) -> None:
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
    assert peak <= 2.2 * size, f"peak {peak:,} bytes: {peak / size:.2f}× the file's {size:,}"
