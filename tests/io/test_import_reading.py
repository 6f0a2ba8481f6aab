"""Reading the sheets delegates keep (issue 22): the table found below titles, merged cells spread,
date-times giving their day, the template's example row, and the memory a file costs."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import tracemalloc
from pathlib import Path

import pytest

from ncdesk.io import readers, readers_tables, readers_xlsx, tabular
from ncdesk.io.importing import import_file, preview, read
from ncdesk.io.readers_tables import ImportRejected, Limits, Rows, Tables
from ncdesk.store.store import Store
from tests.io.import_helpers import state, unmark, write_csv

HEAD = ["person", "destinations", "date", "purpose", "reliability", "received_at"]
ALERT = ["Vladimir Putin", "Mongolia; KGZ", "3–6 April 2031", "Summit", "probable", "2031-03-20"]
TITLE = "Focal points — travel tracker"


def _book(path: Path, sheets: dict[str, list[list[object]]], merged: dict[str, list[str]] | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
        for ref in (merged or {}).get(title, []):
            ws.merge_cells(ref)
    book.save(path)
    return path


def _alerts(store: Store) -> list[tuple[str, str, str]]:
    names = {p["id"]: p["name"] for p in store.rows("person")}
    return sorted(
        (names[a["person_id"]], a["date_text"] or "", a["received_at"] or "")
        for a in store.rows("travel_alert", "origin = 'user'")
    )


# --- the table found in the sheet ---------------------------------------------------------------


def test_a_title_above_the_header_is_skipped_and_said(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "tracker.csv", [[TITLE], [], HEAD, ALERT, ["", "", "", "", "", ""]])
    plan = preview(store, path)
    assert plan.ok, [p.line() for p in plan.problems]
    assert plan.notes == [f"rows 1–2 above the header are not read: ‘{TITLE}’"]
    assert plan.sections[0].rows[0].number == 4  # the spreadsheet's own row numbers
    # a problem names the row as the spreadsheet numbers it
    bad = write_csv(tmp_path / "bad.csv", [[TITLE, "", "kept as typed"], HEAD, [*ALERT[:2], "31 February 2031"]])
    plan = preview(store, bad)
    assert [p.line() for p in plan.problems] == [
        "bad.csv:3: date: '31 February 2031': February 2031 has 28 days, not 31"
    ]
    assert plan.notes == [f"row 1 above the header is not read: ‘{TITLE}; kept as typed’"]


def test_the_table_is_found_anywhere_in_the_first_rows_of_a_sheet_named_for_no_kind(
    store: Store, tmp_path: Path
) -> None:
    # The table starts in column B, below a title, a note and a blank row; the sheet's name says no
    # kind, so the columns say it; empty rows and columns after it are ignored.
    rows: list[list[object]] = [
        [None, TITLE],
        [None, "Updated by the Mexican delegation", None, "confidential"],
        [],
        [None, *HEAD, None, None],
        [None, *ALERT],
        [None, "Omar Al Bashir", "Chad", "2031", None, None, None, None, None],
        [],
        [],
    ]
    path = _book(tmp_path / "t.xlsx", {"Sheet1": rows, "Lists": [["reliability"], ["probable"]]})
    plan = preview(store, path)
    assert plan.ok, [p.line() for p in plan.problems]
    assert plan.sections[0].kind == "travel_alert" and plan.counts()["travel_alert"]["add"] == 2
    assert plan.notes == [
        "sheet “Lists” is not read (only the first sheet is, unless sheets are named by kind)",
        f"sheet “Sheet1”: rows 1–3 above the header are not read: ‘{TITLE}; Updated by the Mexican delegation; "
        "confidential’",
    ]
    assert [r.number for r in plan.sections[0].rows] == [5, 6]


def test_the_first_row_that_names_the_columns_is_the_header() -> None:
    # "Notes" alone names one column: not yet a header; the next row names the required ones.
    data = b"Notes\r\nname,function\r\nJane Roe,Minister\r\n"
    tables = readers.read_bytes(data, "p.csv")
    assert isinstance(tables, Tables)
    (sheet,) = tables.sheets
    assert (sheet.header_row, sheet.header, list(sheet.rows)) == (
        2,
        ["name", "function"],
        [(3, ["Jane Roe", "Minister"])],
    )
    # A single column that is every required one of a kind is a header.
    tables = readers.read_bytes(b"A list\r\nname\r\nJane Roe\r\n", "p.csv")
    assert isinstance(tables, Tables) and tables.sheets[0].header_row == 2


def test_a_sheet_that_names_no_column_in_its_first_rows_is_refused_as_before(store: Store) -> None:
    rows = [[f"title {i}"] for i in range(25)] + [HEAD, ALERT]
    with pytest.raises(ImportRejected) as caught:
        import_file(store, Path("t.csv"), data=_csv(rows))
    assert [p.line() for p in caught.value.problems] == [
        "t.csv:1: no column is recognised: the header row must name the columns, or they must be mapped "
        "(see the templates; docs/IMPORT_FORMAT.md)"
    ]
    # a row of one cell is a title, not a header: nothing is asked of it
    assert preview(store, Path("t.csv"), data=_csv(rows)).questions == []
    # The row that names the most columns is the header when none names enough: its problems are said.
    with pytest.raises(ImportRejected) as caught:
        import_file(store, Path("t.csv"), data=_csv([[TITLE], ["Person", "Where"], ["Vladimir Putin", "Mongolia"]]))
    assert caught.value.problems[0].row == 2


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode()


# --- merged cells, date-times --------------------------------------------------------------------


def test_a_cell_merged_over_rows_gives_its_value_to_each(store: Store, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [TITLE],
        HEAD,
        ["Vladimir Putin", "Mongolia", "3 September 2031", "Visit", "confirmed", None],
        [None, "Tajikistan", "8–10 October 2031", None, None, None],
        ["Omar Al Bashir", "Chad", "2031", "Summit", "probable", None],
    ]
    merged = {"Travel alerts": ["A1:F1", "A3:A4", "D3:D4"]}
    path = _book(tmp_path / "m.xlsx", {"Travel alerts": rows}, merged)
    plan = preview(store, path)
    assert plan.ok, [p.line() for p in plan.problems]
    assert [r.cells for r in plan.sections[0].rows] == [
        ["Vladimir Putin", "Mongolia", "3 September 2031", "Visit", "confirmed"],
        ["Vladimir Putin", "Tajikistan", "8–10 October 2031", "Visit"],
        ["Omar Al Bashir", "Chad", "2031", "Summit", "probable"],
    ]
    # the title merged across the row is quoted once
    assert plan.notes == [f"sheet “Travel alerts”: row 1 above the header is not read: ‘{TITLE}’"]


def test_a_header_merged_over_two_rows_is_one_header(store: Store, tmp_path: Path) -> None:
    merged = {"Travel alerts": [f"{c}1:{c}2" for c in "ABCDEF"]}
    path = _book(tmp_path / "h.xlsx", {"Travel alerts": [HEAD, [], ALERT]}, merged)
    plan = preview(store, path)
    assert plan.ok and [r.number for r in plan.sections[0].rows] == [3]
    assert plan.notes == ["sheet “Travel alerts”: row 2 repeats the header: not read"]


def test_merged_ranges_spread_across_columns_and_are_limited() -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["name", "function", "notes"])
    ws.append(["Jane Roe", "Minister", None])
    ws.append(["John Roe"])
    ws.merge_cells("B2:C3")
    out = io.BytesIO()
    book.save(out)
    ((_, rows),) = readers_xlsx.read_xlsx(out.getvalue(), "p.xlsx")
    assert list(rows) == [
        (1, ["name", "function", "notes"]),
        (2, ["Jane Roe", "Minister", "Minister"]),
        (3, ["John Roe", "Minister", "Minister"]),
    ]
    with pytest.raises(ImportRejected, match="more than 0 merged ranges in a sheet"):
        readers_xlsx.read_xlsx(out.getvalue(), "p.xlsx", Limits(merged_ranges=0))


def test_date_time_cells_and_texts_give_their_day(store: Store, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEAD + ["notes"],
        [*ALERT[:5], dt.datetime(2031, 3, 20, 9, 30), "seen 2031-03-20 09:30"],
        ["Omar Al Bashir", "Chad", dt.datetime(2031, 5, 1, 17, 45, 12), "", "", "2031-03-21 09:30:00", "x"],
    ]
    import_file(store, _book(tmp_path / "d.xlsx", {"Travel alerts": rows}))
    assert _alerts(store) == [
        ("Omar Hassan Ahmad Al Bashir", "1 May 2031", "2031-03-21"),
        ("Vladimir Vladimirovich Putin", "3–6 April 2031", "2031-03-20"),
    ]
    # In a CSV, an ISO date and time in a date column gives its day; in another column it stays as typed.
    tables = readers.read_bytes(_csv([["name", "notes"], ["Jane Roe", "2031-03-21 09:30:00"]]), "p.csv")
    assert isinstance(tables, Tables) and tables.sheets[0].rows[0][1] == ["Jane Roe", "2031-03-21 09:30:00"]
    data = _csv([["state", "addressee_office", "date", "sender_name", "sender_office"]])
    for text, day in [
        ("2031-03-21 09:30:00", "2031-03-21"),
        ("2031-03-21T09:30", "2031-03-21"),
        ("2031-03-21T23:30:00.000+05:00", "2031-03-21"),
        ("2031-02-30 09:30", "2031-02-30 09:30"),  # no such day: left for the date's own check
        ("21/03/2031 09:30", "21/03/2031 09:30"),  # not ISO: not guessed here
    ]:
        tables = readers.read_bytes(data + _csv([["Mongolia", "Minister", text, "P", "O"]]), "l.csv")
        assert isinstance(tables, Tables) and tables.sheets[0].rows[0][1][2] == day, text


# --- the template's example row ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_template_s_example_row_is_marked_and_skipped_while_unchanged(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"alerts{suffix}"
    tabular.write_template("travel_alert", path)
    before = state(store)
    plan = preview(store, path)
    sheet = "sheet “Travel alerts”: " if suffix == ".xlsx" else ""
    assert f"{sheet}row 2 is the import template's example: not imported" in plan.notes
    assert [p.message for p in plan.problems] == ["no rows to import below the header"]
    # A record typed below the example: the example is skipped, the record imported.
    if suffix == ".csv":
        path.write_bytes(path.read_bytes() + _csv([["Omar Al Bashir", "Chad", "2031"]]))
    else:
        from openpyxl import load_workbook

        book = load_workbook(path)
        book["Travel alerts"].append(["Omar Al Bashir", "Chad", "2031"])
        book.save(path)
    import_file(store, path)
    assert [a[0] for a in _alerts(store)] == ["Omar Hassan Ahmad Al Bashir"]
    assert state(store) != before


def test_a_marked_example_that_was_changed_is_refused_and_an_unmarked_one_imported(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "persons.csv"
    tabular.write_template("person", path)
    path.write_bytes(path.read_bytes().replace(b"Jane Example", b"Jane Roe"))
    plan = preview(store, path)
    assert [p.line() for p in plan.problems][:1] == [
        "persons.csv:2: this row is marked as the template's example (“(example: delete this row)”) but holds "
        "other values: delete that cell to import the row, or delete the row"
    ]
    unmark(path)
    import_file(store, path)
    assert store.rows("person", "name = 'Jane Roe'")
    # Unmarked, the template's example itself is a record like any other (only the marker skips it).
    other = tmp_path / "other.csv"
    tabular.write_template("person", other)
    unmark(other)
    assert preview(store, other).counts()["person"]["add"] == 1


def test_the_template_shows_its_marker_in_the_example_row(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "letters.xlsx"
    tabular.write_template("letter", path)
    ws = load_workbook(path)["Letters"]
    head = [c.value for c in ws[1]]
    example = [c.value for c in ws[2]]
    assert head[-1] in (None, "") and example[-1] == tabular.EXAMPLE_MARK == "(example: delete this row)"
    assert head[:-1] == tabular.template_rows("letter")[0]
    about = [c.value for c in load_workbook(path)["About"]["B"]]
    assert any(tabular.EXAMPLE_MARK in str(v) for v in about)


# --- streaming, and what a file costs ----------------------------------------------------------


def test_a_csv_is_read_in_chunks_with_the_same_refusals_and_line_numbers(tmp_path: Path) -> None:
    chunk = readers_tables.CHUNK
    head = b"name,function\r\n"
    filler = b"Jane Roe,Minister\r\n"
    body = filler * (chunk // len(filler) + 10)
    # a byte that is not UTF-8 after the first chunk: its line is counted through the chunks
    path = tmp_path / "p.csv"
    path.write_bytes(head + body + b"P\xe4ivi,x\r\n")
    with pytest.raises(ImportRejected) as caught:
        readers.read_file(path)
    line = 2 + body.count(b"\n")
    assert str(caught.value.problems[0].message).startswith(f"the file is not UTF-8 text (byte 0xe4 on line {line})")
    path.write_bytes(head + body + b"Ja\x00ne,x\r\n")
    with pytest.raises(ImportRejected, match=f"contains a NUL character on line {line}:"):
        readers.read_file(path)
    # a character and a line end split by a chunk's end; a line ended by a lone CR (old Mac files)
    rows = b"x" * 99 + b"\r\n"
    fill = head + rows * ((chunk - len(head)) // len(rows))
    for pad in (b"", b"x", b"xx"):
        tail = "é,Minister\r\nJohn Roe,Judge\rJim Roe,yy\r\n".encode()
        for data in (fill + b"x" * (chunk - len(fill) - 1) + pad + tail, codecs.BOM_UTF8 + fill + pad + tail):
            path.write_bytes(data)
            tables = readers.read_file(path)
            assert isinstance(tables, Tables)
            got = [c for _, c in tables.sheets[0].rows]
            assert got[-2:] == [["John Roe", "Judge"], ["Jim Roe", "yy"]], pad
            assert got[-3][0].endswith("é") and got[-3][1] == "Minister"
            assert len(got) == data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n") - 1


def test_rows_are_kept_compact_and_read_back_as_they_were() -> None:
    rows = Rows([(1, ["a", "", "b"]), (2, ["nul\x00inside", "x"]), (3, []), (5, [""])])
    assert list(rows) == [(1, ["a", "", "b"]), (2, ["nul\x00inside", "x"]), (3, []), (5, [""])]
    assert rows[-1] == (5, [""]) and rows[1:2] == [(2, ["nul\x00inside", "x"])] and len(rows) == 4
    rows.dated = frozenset({0})
    rows.append((6, ["2031-01-02 10:00"]))
    assert rows[4] == (6, ["2031-01-02"])


@pytest.mark.timeout(300)
def test_reading_a_20_mb_csv_costs_at_most_two_and_a_half_times_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    row = [*ALERT, "Reported by two delegations; to be verified with the host State's mission in New York " * 2]
    line = _csv([row])
    count = min(20_000_000 // len(line) + 1, 100_000)
    path.write_bytes(_csv([[*HEAD, "notes"]]) + line * count)
    size = path.stat().st_size
    assert size >= 19_000_000
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        plan = read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert plan.source is not None and not plan.problems
    assert isinstance(plan.source, Tables) and len(plan.source.sheets[0].rows) == count
    print(f"\nread {size:,} bytes of CSV ({count:,} rows): peak {peak:,} bytes, {peak / size:.2f}× its size")
    assert peak <= 2.5 * size


@pytest.mark.timeout(300)
def test_previewing_a_20_mb_csv_costs_about_twice_its_size(store: Store, tmp_path: Path) -> None:
    # The preview's rows keep their cells in the file's compact rows (issue 22): it costs what the
    # reading costs, not a list of strings per row on top (5.4× its size before).
    path = tmp_path / "big.csv"
    row = [*ALERT, "Reported by two delegations; to be verified with the host State's mission in New York " * 2]
    line = _csv([row])
    count = min(20_000_000 // len(line) + 1, 100_000)
    path.write_bytes(_csv([[*HEAD, "notes"]]) + line * count)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        plan = preview(store, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # every row after the first is a duplicate of it: the rehearsal stops after 1,000 problems
    assert len(plan.problems) == 1_001 and plan.sections[0].rows[1].problems[0].field == "person, destinations, date"
    rows = plan.sections[0].rows
    assert len(rows) == count and rows[-1].number == count + 1 and rows[-1].cells == row
    print(f"\npreviewed {size:,} bytes of CSV ({count:,} rows): peak {peak:,} bytes, {peak / size:.2f}× its size")
    assert peak <= 2.2 * size
